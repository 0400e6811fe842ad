#!/usr/bin/env python3
"""Generate test/goldens/argsort.json: NumPy's stable argsort (kind='stable') of rows long
enough for the wasm radix argsort, full of ties, NaNs of both signs, -0.0 mixed with 0.0,
infinities and subnormals, for each storage type.

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_argsort_goldens.py

The inputs are not stored: test/runtime/sorting/argsort-goldens.test.ts draws the same
values from the same xorshift32 stream (integer arithmetic, and doubles from a literal
table, so both languages get the same bits). Output: {numpy, cases: [{dtype, shape, seed,
axis, perm}]}, perm the flattened C-order int64 result.

NumPy's default kind ('quicksort': introsort, or x86-simd-sort where the CPU has AVX2 /
AVX-512) does not keep ties in input order, and its tie order depends on the CPU; the
runtime gives the stable order for every kind, so only kind='stable' is a golden.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'argsort.json')
M = 0xFFFFFFFF
SCALES = [1e-3, 1e-2, 1e-1, 1.0, 1e1, 1e2, 1e3]
SPECIALS = [float('nan'), -float('nan'), 0.0, -0.0, float('inf'), -float('inf'), 5e-324, -5e-324]


def stream(seed, n):
    s = seed
    out = []
    for _ in range(n):
        s ^= (s << 13) & M
        s ^= s >> 17
        s ^= (s << 5) & M
        out.append(s)
    return out


def values(dtype, n, seed):
    """The same rule as the test's `values`."""
    out = []
    for s in stream(seed, n):
        code = s % 16
        if dtype in ('float64', 'float32'):
            if code < len(SPECIALS):
                v = SPECIALS[code]
            elif code < 12:
                v = float((s >> 8) % 9 - 4)  # ties
            else:
                v = (s / 4294967296 - 0.5) * SCALES[(s >> 4) % 7]
        else:
            lo, hi = np.iinfo(dtype).min, np.iinfo(dtype).max
            v = (s >> 8) % 9 - 4 if code < 8 else lo + s % (hi - lo + 1) if hi - lo < 2**32 else (s - 2**31) * 12345
            v = max(lo, min(hi, v))
        out.append(v)
    return np.array(out, dtype=dtype)


def main():
    cases = []
    for dtype, shape, seed, axis in [
        ('float64', [4099], 1, -1), ('float32', [4099], 2, -1), ('int64', [4099], 3, -1),
        ('uint64', [3000], 4, -1), ('int32', [4099], 5, -1), ('uint32', [3000], 6, -1),
        ('int16', [3000], 7, -1), ('uint16', [3000], 8, -1), ('int8', [3000], 9, -1),
        ('uint8', [3000], 10, -1), ('float64', [2500, 2], 11, 0), ('float64', [3, 2100], 12, 1),
    ]:
        a = values(dtype, int(np.prod(shape)), seed).reshape(shape)
        perm = np.argsort(a, axis=axis, kind='stable')
        cases.append({'dtype': dtype, 'shape': shape, 'seed': seed, 'axis': axis, 'perm': perm.ravel().tolist()})
    with open(OUT, 'w') as f:
        json.dump({'numpy': np.__version__, 'cases': cases}, f, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
