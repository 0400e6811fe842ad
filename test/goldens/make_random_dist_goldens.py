#!/usr/bin/env python3
"""Writes test/goldens/random_dists.json: NumPy's distribution streams for
test/runtime/random-dists.test.ts.

Each case seeds a Generator (default_rng) or a RandomState, makes one call and records:
the first values exactly (floats as shortest round-trip reprs), an FNV-1a hash of all the
values' float64 bytes, probes (every 997th value), the sum, and `after`: the next three
`random()` doubles, which show the call consumed exactly NumPy's bits. Error cases record
the exception class and message.

Run: python3 test/goldens/make_random_dist_goldens.py   (NumPy 2.4)
"""
import json
import os
import warnings

import numpy as np

N = 10000


def fnv1a(b: bytes) -> int:
    h = 0x811C9DC5
    for byte in b:
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def enc(a):
    if isinstance(a, np.ndarray):
        return {"nd": {"data": a.ravel().tolist(), "shape": list(a.shape), "dtype": str(a.dtype)}}
    if isinstance(a, (list, tuple)):
        return [enc(x) for x in a]
    return a


# (method, args, kwargs); size is given in args or kwargs.
BOTH = [
    ("standard_exponential", [N], {}),
    ("exponential", [2.5, N], {}),
    ("standard_gamma", [0.5, N], {}),
    ("standard_gamma", [1.0, N], {}),
    ("standard_gamma", [3.7, N], {}),
    ("gamma", [2.0, 3.0, N], {}),
    ("beta", [0.5, 0.7, N], {}),
    ("beta", [2.0, 5.0, N], {}),
    ("chisquare", [3.0, N], {}),
    ("noncentral_chisquare", [3.0, 2.0, N], {}),
    ("noncentral_chisquare", [0.5, 2.0, N], {}),
    ("f", [5.0, 10.0, N], {}),
    ("noncentral_f", [5.0, 10.0, 2.0, N], {}),
    ("standard_cauchy", [N], {}),
    ("standard_t", [7.0, N], {}),
    ("vonmises", [0.5, 4.0, N], {}),
    ("pareto", [3.0, N], {}),
    ("weibull", [1.5, N], {}),
    ("power", [5.0, N], {}),
    ("laplace", [1.0, 2.0, N], {}),
    ("gumbel", [1.0, 2.0, N], {}),
    ("logistic", [1.0, 2.0, N], {}),
    ("lognormal", [1.0, 0.5, N], {}),
    ("rayleigh", [2.0, N], {}),
    ("wald", [3.0, 2.0, N], {}),
    ("triangular", [-3.0, 0.0, 8.0, N], {}),
    ("binomial", [10, 0.3, N], {}),
    ("binomial", [100, 0.4, N], {}),
    ("binomial", [1000, 0.7, N], {}),
    ("binomial", [20, 0.9, N], {}),
    ("negative_binomial", [5, 0.3, N], {}),
    ("poisson", [3.5, N], {}),
    ("poisson", [45.0, N], {}),
    ("poisson", [1e6, N], {}),
    ("geometric", [0.5, N], {}),
    ("geometric", [0.1, N], {}),
    ("zipf", [2.0, N], {}),
    ("logseries", [0.6, N], {}),
    ("logseries", [0.99, N], {}),
    ("hypergeometric", [15, 15, 10, N], {}),
    ("hypergeometric", [5, 20, 8, N], {}),
    ("hypergeometric", [100, 200, 50, N], {}),
    ("hypergeometric", [2000, 1000, 2900, N], {}),
    ("multinomial", [20, [1 / 6] * 6], {"size": 2000}),
    ("multinomial", [500, [0.1, 0.2, 0.3, 0.4]], {"size": 2000}),
    ("dirichlet", [[10.0, 5.0, 3.0]], {"size": 3000}),
    ("dirichlet", [[0.5, 0.3, 2.0]], {"size": 3000}),
    # parameters for which a draw takes no random bits (legacy binomial still draws)
    ("poisson", [0.0, 50], {}),
    ("binomial", [0, 0.5, 50], {}),
    ("binomial", [10, 0.0, 50], {}),
    ("standard_gamma", [0.0, 50], {}),
    ("weibull", [0.0, 50], {}),
    # broadcasting of array parameters
    ("exponential", [[1.0, 2.0, 3.0]], {"size": (4, 3)}),
    ("poisson", [[[1.0], [20.0]]], {"size": (2, 5)}),
    ("binomial", [[5, 50], [0.2, 0.9]], {}),
    ("gamma", [[[0.5], [2.0]], [1.0, 3.0]], {}),
    ("triangular", [[0.0, 1.0], 2.0, 5.0], {}),
    ("hypergeometric", [[10, 100], [5, 50], [8, 60]], {}),
]

GEN_ONLY = [
    ("standard_exponential", [N], {"method": "inv"}),
    ("standard_exponential", [N], {"dtype": np.float32}),
    ("standard_gamma", [2.5, N], {"dtype": np.float32}),
    ("standard_gamma", [0.4, N], {"dtype": np.float32}),
    ("standard_normal", [N], {"dtype": np.float32}),
    ("dirichlet", [[0.05, 0.02, 0.08]], {"size": 3000}),
    ("beta", [1e-110, 2e-110, N], {}),
    ("multinomial", [[[10], [20]], [0.2, 0.3, 0.5]], {}),
    ("multinomial", [[5, 50], [[0.5, 0.5], [0.1, 0.9]]], {"size": (3, 2)}),
]

# integers / randint edge cases and choice with p (long streams), per class.
PW = ((np.arange(500) % 7 + 1) / (np.arange(500) % 7 + 1).sum()).tolist()
GEN_INTS = [
    ("integers", [0, 256, N], {"dtype": "uint8"}),
    ("integers", [0, 255, N], {"dtype": "uint8", "endpoint": True}),
    ("integers", [-5, 100, N], {"dtype": "int8"}),
    ("integers", [0, 1000, N], {"dtype": "uint16"}),
    ("integers", [-70000, 70000, N], {"dtype": "int32"}),
    ("integers", [0, 2, N], {"dtype": "bool"}),
    ("integers", [7], {"size": N}),
    ("integers", [0, 10, N], {"endpoint": True}),
    ("integers", [-(2**40), 2**40, N], {}),
    ("choice", [500, 200], {"replace": False, "p": PW}),
    ("choice", [500, N], {"p": PW}),
]
LEGACY_INTS = [
    ("randint", [0, 256, N], {"dtype": "uint8"}),
    ("randint", [-5, 100, N], {"dtype": "int8"}),
    ("randint", [0, 1000, N], {"dtype": "uint16"}),
    ("randint", [-70000, 70000, N], {"dtype": "int32"}),
    ("randint", [0, 2, N], {"dtype": "bool"}),
    ("randint", [7], {"size": N}),
    ("randint", [-(2**40), 2**40, N], {}),
    ("choice", [500, 200], {"replace": False, "p": PW}),
    ("choice", [500, N], {"p": PW}),
]
INT_ERRORS = [
    ("integers", [0, 300], {"dtype": "uint8"}),
    ("integers", [-1, 10], {"dtype": "uint8"}),
    ("integers", [5, 5], {}),
    ("integers", [5, 4], {"endpoint": True}),
    ("integers", [0], {}),
    ("integers", [0, 2**31 + 1], {"dtype": "int32"}),
    ("integers", [[0, 5], [10, 3]], {}),
]
LEGACY_INT_ERRORS = [
    ("randint", [0, 300], {"dtype": "uint8"}),
    ("randint", [5, 5], {}),
    ("randint", [0], {}),
    ("randint", [-(2**31) - 1, 0], {"dtype": "int32"}),
    ("randint", [[0, 5], [10, 3]], {}),
    ("choice", [5, 4], {"replace": False, "p": [0.5, 0.5, 0, 0, 0]}),
    ("multinomial", [5, [[0.5, 0.5], [0.2, 0.8]]], {}),
    ("multinomial", [5, 0.5], {}),
]

MVN = [
    ([1.0, -2.0, 0.5], [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]]),
    ([0.0, 0.0], [[1.0, 0.9], [0.9, 1.0]]),
]

ERRORS = [
    ("exponential", [-1.0], {}),
    ("exponential", [[1.0, -2.0]], {}),
    ("gamma", [-1.0], {}),
    ("beta", [0.0, 1.0], {}),
    ("chisquare", [0.0], {}),
    ("poisson", [-1.0], {}),
    ("poisson", [1e19], {}),
    ("poisson", [[1.0, -1.0]], {}),
    ("binomial", [-1, 0.5], {}),
    ("binomial", [10, 1.5], {}),
    ("binomial", [10, [0.5, 1.5]], {}),
    ("geometric", [0.0], {}),
    ("geometric", [1.5], {}),
    ("negative_binomial", [0, 0.5], {}),
    ("zipf", [1.0], {}),
    ("logseries", [1.0], {}),
    ("hypergeometric", [5, 5, 11], {}),
    ("hypergeometric", [-1, 5, 3], {}),
    ("triangular", [1.0, 0.0, 2.0], {}),
    ("triangular", [0.0, 3.0, 2.0], {}),
    ("triangular", [1.0, 1.0, 1.0], {}),
    ("multinomial", [10, [0.5, 0.6, 0.1]], {}),
    ("multinomial", [-1, [0.5, 0.5]], {}),
    ("multinomial", [10, [0.5, -0.5]], {}),
    ("dirichlet", [[1.0, -1.0]], {}),
    ("dirichlet", [3], {}),
    ("dirichlet", [[[1.0, 2.0], [3.0, 4.0]]], {}),
    ("multivariate_normal", [[0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]]], {"check_valid": "raise"}),
    ("multivariate_normal", [[0.0, 0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]]], {}),
    ("multivariate_normal", [[0.0, 0.0], [1.0, 1.0]], {}),
    ("exponential", [[1.0, 2.0]], {"size": 3}),
    ("wald", [0.0, 1.0], {}),
    ("vonmises", [0.0, -1.0], {}),
]


def summarize(r):
    flat = np.asarray(r).ravel()
    out = {
        "dtype": str(np.asarray(r).dtype), "shape": list(np.asarray(r).shape),
        "head": [float(v) for v in flat[:10]],
        "hash": fnv1a(np.asarray(flat, dtype=np.float64).tobytes()),
        "probes": [float(flat[i]) for i in range(0, flat.size, 997)],
        "sum": float(np.asarray(flat, dtype=np.float64).sum()),
        "n": int(flat.size),
    }
    return out


def run(kind, seed, fn, args, kw):
    obj = np.random.default_rng(seed) if kind == "gen" else np.random.RandomState(seed)
    rec = {"kind": kind, "seed": seed, "fn": fn, "args": enc(args),
           "kw": {k: (np.dtype(v).name if isinstance(v, type) else enc(v)) for k, v in kw.items()}}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = getattr(obj, fn)(*args, **kw)
    except Exception as e:  # noqa: BLE001
        rec["error"] = {"type": type(e).__name__, "message": str(e)}
        return rec
    rec["expect"] = summarize(r)
    rec["after"] = [float(v) for v in (obj.random(3) if kind == "gen" else obj.random_sample(3))]
    return rec


def main():
    cases = []
    for seed in (0, 12345):
        for fn, args, kw in BOTH:
            cases.append(run("gen", seed, fn, args, kw))
            cases.append(run("legacy", seed, fn, args, kw))
        for fn, args, kw in GEN_ONLY + GEN_INTS:
            cases.append(run("gen", seed, fn, args, kw))
        for fn, args, kw in LEGACY_INTS:
            cases.append(run("legacy", seed, fn, args, kw))
    mvn = []
    for seed in (0, 7):
        for mean, cov in MVN:
            for kind, methods in (("gen", ("svd", "cholesky", "eigh")), ("legacy", ("svd",))):
                for m in methods:
                    kw = {"size": 500}
                    if kind == "gen":
                        kw["method"] = m
                    rec = run(kind, seed, "multivariate_normal", [mean, cov], kw)
                    rec["expect"]["values"] = None
                    obj = np.random.default_rng(seed) if kind == "gen" else np.random.RandomState(seed)
                    rec["values"] = obj.multivariate_normal(mean, cov, **kw)[:20].ravel().tolist()
                    mvn.append(rec)
    errors = []
    for fn, args, kw in ERRORS:
        errors.append(run("gen", 0, fn, args, kw))
        errors.append(run("legacy", 0, fn, args, kw))
    for fn, args, kw in INT_ERRORS:
        errors.append(run("gen", 0, fn, args, kw))
    for fn, args, kw in LEGACY_INT_ERRORS:
        errors.append(run("legacy", 0, fn, args, kw))
    scalars = []
    for kind in ("gen", "legacy"):
        for fn, args in (("exponential", []), ("poisson", [4.0]), ("binomial", [10, 0.5]), ("gamma", [2.0]), ("beta", [2.0, 3.0])):
            obj = np.random.default_rng(3) if kind == "gen" else np.random.RandomState(3)
            v = getattr(obj, fn)(*args)
            scalars.append({"kind": kind, "fn": fn, "args": args, "value": float(v), "type": type(v).__name__})
    out = {"numpy": np.__version__, "N": N, "cases": cases, "mvn": mvn, "errors": errors, "scalars": scalars}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "random_dists.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    print(path, len(cases), "cases", len(mvn), "mvn", len(errors), "errors")


if __name__ == "__main__":
    main()
