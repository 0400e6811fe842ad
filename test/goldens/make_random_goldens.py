#!/usr/bin/env python3
"""Writes test/goldens/random.json: NumPy's own random streams for test/runtime/random.test.ts.

Each case seeds a generator (legacy RandomState, the global np.random functions, or
default_rng) and replays a sequence of calls; every result is stored exactly (floats as
shortest round-trip reprs) or, for long outputs, as an FNV-1a hash of the float64 bytes
plus the first values. Arguments that are arrays are stored as {"nd": {...}}, integers
beyond 2**53 as {"big": "..."}.

Run: python3 test/goldens/make_random_goldens.py   (NumPy 2.x)
"""
import json
import os

import numpy as np

HASH_ABOVE = 64


def fnv1a(b: bytes) -> int:
    h = 0x811C9DC5
    for byte in b:
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def enc_arg(a):
    if isinstance(a, np.ndarray):
        return {"nd": {"data": a.ravel().tolist(), "shape": list(a.shape), "dtype": str(a.dtype)}}
    if isinstance(a, tuple):
        return [enc_arg(x) for x in a]
    if isinstance(a, list):
        return [enc_arg(x) for x in a]
    if isinstance(a, int) and not isinstance(a, bool) and abs(a) > 2**53:
        return {"big": str(a)}
    if isinstance(a, float) and not np.isfinite(a):
        return {"float": repr(a)}
    return a


def enc_result(r):
    if isinstance(r, np.ndarray):
        out = {"dtype": str(r.dtype), "shape": list(r.shape)}
        flat = r.ravel()
        if flat.size > HASH_ABOVE:
            out["hash"] = fnv1a(np.asarray(flat, dtype=np.float64).tobytes())
            out["n"] = int(flat.size)
            out["head"] = flat[:5].tolist()
        else:
            out["data"] = flat.tolist()
        return out
    if isinstance(r, (bool, np.bool_)):
        return {"scalar": bool(r), "type": "bool"}
    if isinstance(r, (int, np.integer)):
        return {"scalar": int(r), "type": "int"}
    if isinstance(r, (float, np.floating)):
        return {"scalar": float(r), "type": "float"}
    raise TypeError(f"unexpected result {type(r)}")


def run_calls(obj, calls):
    out = []
    for c in calls:
        fn, args, kw = c[0], list(c[1]) if len(c) > 1 else [], c[2] if len(c) > 2 else {}
        rec = {"fn": fn, "args": enc_arg(args), "kw": {k: enc_arg(v) for k, v in kw.items()}}
        if fn in ("shuffle",):
            arr = args[0].copy()
            rec["args"] = enc_arg([arr])
            getattr(obj, fn)(arr, **kw)
            rec["expect"] = enc_result(arr)
        else:
            try:
                rec["expect"] = enc_result(getattr(obj, fn)(*args, **kw))
            except Exception as e:  # noqa: BLE001
                rec["error"] = {"type": type(e).__name__, "message": str(e)}
        out.append(rec)
    return out


P4 = [0.1, 0.2, 0.3, 0.4]
P6 = [0.05, 0.1, 0.15, 0.2, 0.2, 0.3]
A2D = np.arange(12).reshape(4, 3)
A2F = np.arange(10, dtype=np.float64).reshape(2, 5) / 4

LEGACY_CALLS = [
    ("random_sample", [5]),
    ("random_sample", []),
    ("rand", [2, 3]),
    ("randn", [3]),
    ("randn", []),
    ("random_sample", [1]),  # the cached Gaussian survives other draws
    ("standard_normal", [2]),
    ("normal", [5, 2, 4]),
    ("normal", [], {"size": 3}),
    ("uniform", [-3, 7, 5]),
    ("uniform", [], {"size": 2}),
    ("randint", [0, 10, 10]),
    ("randint", [-5, 5], {"size": 6}),
    ("randint", [10]),
    ("randint", [0, 2**31], {"size": 4}),
    ("randint", [0, 2**32], {"size": 3}),
    ("randint", [0, 2**33], {"size": 3}),
    ("randint", [-(2**40), 2**40], {"size": 3}),
    ("randint", [0, 2**53], {"size": 2}),
    ("randint", [5, 6], {"size": 3}),
    ("randint", [0, 10], {"size": 5, "dtype": "int32"}),
    ("randint", [0, 200], {"size": 7, "dtype": "uint8"}),
    ("randint", [-300, 300], {"size": 5, "dtype": "int16"}),
    ("randint", [0, 2], {"size": 9, "dtype": "bool"}),
    ("randint", [0, 256], {"size": 6, "dtype": "uint8"}),
    ("choice", [10, 5]),
    ("choice", [[1.5, 2.5, 3.5]], {"size": 4}),
    ("choice", [5, 3], {"replace": False}),
    ("choice", [4], {"size": 6, "p": P4}),
    ("choice", [6, 3], {"replace": False, "p": P6}),
    ("choice", [100, (2, 3)]),
    ("choice", [10]),
    ("choice", [[7, 8, 9]]),
    ("permutation", [10]),
    ("permutation", [A2D]),
    ("shuffle", [np.arange(10)]),
    ("shuffle", [A2D]),
    ("permutation", [np.array([3.5, 1.25, 7.0])]),
    ("randn", [2, 2]),
]

GEN_CALLS = [
    ("random", [5]),
    ("random", []),
    ("random", [3], {"dtype": "float32"}),
    ("integers", [0, 10, 10]),
    ("integers", [10]),
    ("integers", [-5, 5], {"size": 6}),
    ("integers", [0, 2**32], {"size": 3}),
    ("integers", [0, 2**33], {"size": 3}),
    ("integers", [-(2**40), 2**40], {"size": 3}),
    ("integers", [0, 2**53], {"size": 2}),
    ("integers", [0, 10], {"size": 5, "endpoint": True}),
    ("integers", [0, 255], {"size": 10, "dtype": "uint8", "endpoint": True}),
    ("integers", [0, 200], {"size": 10, "dtype": "uint8"}),
    ("integers", [-1000, 1000], {"size": 5, "dtype": "int16"}),
    ("integers", [0, 2], {"size": 10, "dtype": "bool"}),
    ("integers", [0, 2**31], {"size": 3, "dtype": "int32"}),
    ("integers", [3, 4], {"size": 3}),
    ("standard_normal", [5]),
    ("standard_normal", []),
    ("normal", [3, 2, 4]),
    ("normal", [[0, 10], [1, 2]]),
    ("uniform", [-1, 1, 5]),
    ("uniform", [[0, 5], 10, (3, 2)]),
    ("choice", [10, 5]),
    ("choice", [10]),
    ("choice", [[10, 20, 30]], {"size": 3}),
    ("choice", [10, 4], {"replace": False}),
    ("choice", [10, 4], {"replace": False, "shuffle": False}),
    ("choice", [4], {"size": 6, "p": P4}),
    ("choice", [6, 3], {"replace": False, "p": P6}),
    ("choice", [A2D, 2]),
    ("choice", [A2D, 2], {"axis": 1}),
    ("choice", [A2D]),
    ("permutation", [10]),
    ("permutation", [A2D]),
    ("permutation", [A2D], {"axis": 1}),
    ("shuffle", [np.arange(10)]),
    ("shuffle", [A2D]),
    ("shuffle", [A2F], {"axis": 1}),
    ("integers", [[0, 10, 100], [5, 20, 1000]]),
]

cases = []

for seed in [0, 1, 42, 123, 2**32 - 1, [1, 2, 3], [0], [2**32 - 1, 5]]:
    rs = np.random.RandomState(seed)
    cases.append({"kind": "legacy", "seed": enc_arg(seed), "calls": run_calls(rs, LEGACY_CALLS)})

for seed in [0, 1, 42, 123, 2**32 - 1, 2**64 + 5, [1, 2, 3], 2**100, [2**40, 7]]:
    g = np.random.default_rng(seed)
    cases.append({"kind": "generator", "seed": enc_arg(seed), "calls": run_calls(g, GEN_CALLS)})

# Generator on MT19937 (SeedSequence-seeded, as np.random.MT19937(seed)).
for seed in [0, 42]:
    g = np.random.Generator(np.random.MT19937(seed))
    cases.append({"kind": "generator-mt", "seed": seed, "calls": run_calls(g, GEN_CALLS)})

# Long streams and large outputs (hashed).
rs = np.random.RandomState(7)
cases.append({"kind": "legacy", "seed": 7, "calls": run_calls(rs, [
    ("random_sample", [1000]),
    ("randn", [1001]),
    ("randn", [3]),
    ("randint", [0, 1000], {"size": 1000}),
    ("randint", [-(2**45), 2**45], {"size": 200}),
    ("normal", [[[0.0], [10.0]], [1, 2, 3]]),
    ("uniform", [[0, 1], [2, 3]], {"size": (3, 2)}),
    ("randint", [[0, 5, 10], [3, 100, 11]]),
    ("randint", [[0, 5, 10], 12], {"size": (2, 3)}),
    ("choice", [50], {"size": 1000, "p": np.arange(50) / np.arange(50).sum()}),
    ("choice", [3000, 500], {"replace": False}),
    ("permutation", [5000]),
    ("standard_normal", [100000]),
])})
g = np.random.default_rng(7)
cases.append({"kind": "generator", "seed": 7, "calls": run_calls(g, [
    ("random", [1000]),
    ("standard_normal", [100000]),
    ("integers", [0, 1000], {"size": 1000}),
    ("integers", [-(2**45), 2**45], {"size": 200}),
    ("integers", [0, 2**32 - 1], {"size": 200}),
    ("integers", [0, 2**32 + 1], {"size": 200}),
    ("choice", [20000, 500], {"replace": False}),
    ("choice", [20000, 300], {"replace": False}),
    ("choice", [20000, 900], {"replace": False, "shuffle": False}),
    ("choice", [50], {"size": 1000, "p": np.arange(50) / np.arange(50).sum()}),
    ("permutation", [5000]),
    ("normal", [[[0.0], [10.0]], [1, 2, 3]]),
    ("random", [(10, 10)], {"dtype": "float32"}),
])})

# The global np.random functions: seed resets the stream and the cached Gaussian.
np.random.seed(0)
calls = run_calls(np.random, [("randn", [3]), ("rand", [2])])
np.random.seed(0)
calls += run_calls(np.random, [("randn", [4])])
np.random.seed(5)
calls += run_calls(np.random, [("random", [3]), ("randint", [0, 100], {"size": 4}), ("choice", [5, 5], {"replace": False})])
cases.append({"kind": "global", "seed": None, "calls": calls, "reseeds": [[0, 2], [0, 1], [5, 3]]})

# Errors, as NumPy raises them.
errors = []
for kind, seed, fn, args, kw in [
    ("legacy", 0, "randint", [5, 5], {}),
    ("legacy", 0, "randint", [0], {}),
    ("legacy", 0, "randint", [0, 2**64], {}),
    ("legacy", 0, "randint", [-1, 10], {"dtype": "uint8"}),
    ("legacy", 0, "randint", [0, 257], {"dtype": "uint8"}),
    ("legacy", 0, "randint", [0, 10], {"dtype": "float64"}),
    ("legacy", 0, "choice", [3, 5], {"replace": False}),
    ("legacy", 0, "choice", [[[1, 2], [3, 4]]], {}),
    ("legacy", 0, "choice", [0], {}),
    ("legacy", 0, "choice", [[], 3], {}),
    ("legacy", 0, "choice", [3], {"p": [0.5, 0.5]}),
    ("legacy", 0, "choice", [3], {"p": [0.5, 0.6, -0.1]}),
    ("legacy", 0, "choice", [4], {"p": [0.5, 0.5, 0.5, 0.5]}),
    ("legacy", 0, "choice", [3, 2], {"replace": False, "p": [1, 0, 0]}),
    ("legacy", 0, "normal", [0, -1], {}),
    ("legacy", 0, "uniform", [0, float("inf")], {}),
    ("legacy", 0, "random_sample", [-1], {}),
    ("legacy", 0, "normal", [[1, 2], 1], {"size": 3}),
    ("legacy", 0, "permutation", [np.array(5)], {}),
    ("generator", 0, "integers", [5, 5], {}),
    ("generator", 0, "integers", [0], {}),
    ("generator", 0, "integers", [1, 0], {"endpoint": True}),
    ("generator", 0, "integers", [0, 10], {"dtype": "float64"}),
    ("generator", 0, "choice", [3, 5], {"replace": False}),
    ("generator", 0, "choice", [4], {"p": [0.5, 0.5, 0.5, 0.5]}),
    ("generator", 0, "choice", [0], {}),
    ("generator", 0, "normal", [0, -1], {}),
    ("generator", 0, "uniform", [1, 0], {}),
    ("generator", 0, "uniform", [0, float("inf")], {}),
    ("generator", 0, "normal", [[1, 2], 1], {"size": 3}),
]:
    obj = np.random.RandomState(seed) if kind == "legacy" else np.random.default_rng(seed)
    try:
        getattr(obj, fn)(*args, **kw)
        raise SystemExit(f"expected an error from {fn}{args}{kw}")
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001
        errors.append({"kind": kind, "seed": seed, "fn": fn, "args": enc_arg(args),
                       "kw": {k: enc_arg(v) for k, v in kw.items()},
                       "error": {"type": type(e).__name__, "message": str(e)}})
for seed in [-1, 2**32]:
    try:
        np.random.seed(seed)
    except Exception as e:  # noqa: BLE001
        errors.append({"kind": "seed", "seed": enc_arg(seed), "error": {"type": type(e).__name__, "message": str(e)}})
try:
    np.random.default_rng(-1)
except Exception as e:  # noqa: BLE001
    errors.append({"kind": "rng-seed", "seed": -1, "error": {"type": type(e).__name__, "message": str(e)}})

# SeedSequence state words and raw PCG64 / MT19937 outputs.
raw = {
    "seedseq": [
        {"entropy": enc_arg(e), "u32": np.random.SeedSequence(e).generate_state(8).tolist()}
        for e in [0, 1, 42, 2**32 - 1, 2**32, 2**64 + 5, [1, 2, 3], 2**127 + 99]
    ],
    "pcg64_u64": [
        {"seed": enc_arg(s), "u64": [str(v) for v in np.random.PCG64(s).random_raw(6).tolist()]}
        for s in [0, 42, [7, 8]]
    ],
    "mt19937_ss_u32": [
        {"seed": enc_arg(s), "u32": np.random.MT19937(s).random_raw(6).tolist()}
        for s in [0, 42, [1, 2]]
    ],
    "mt19937_u32": [
        {"seed": enc_arg(s), "u32": np.random.RandomState(s).randint(0, 2**32, size=6, dtype=np.uint64).tolist()}
        for s in [0, 5489]
    ],
}

out = {"numpy": np.__version__, "cases": cases, "errors": errors, "raw": raw}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "random.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"), allow_nan=False)
print(f"wrote {path}: {os.path.getsize(path)} bytes, {len(cases)} cases, {len(errors)} errors")
