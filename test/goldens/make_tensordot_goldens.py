#!/usr/bin/env python3
"""Writes test/goldens/tensordot.json: NumPy's np.tensordot on a set of arrays and axes,
and its errors. Run from the project root:  python3 test/goldens/make_tensordot_goldens.py

cases: {a, b, axes, expect}: a and b as {"nd": ...}; axes as JSON (an int, or two ints or
lists of ints); expect is {"nd": ...} or {"error": type, "message": text}.
"""
import json
import os

import numpy as np

from golden_json import enc_result, nd

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tensordot.json')
rng = np.random.default_rng(20261208)


def f64(*shape):
    return np.round(rng.standard_normal(shape), 6)


def i64(*shape):
    return rng.integers(-5, 6, size=shape)


CASES = [
    (f64(3, 4, 5), f64(4, 5, 2), 2),
    (f64(3, 4, 5), f64(4, 3, 2), [[1, 0], [0, 1]]),
    (f64(3, 4), f64(4, 5), 1),
    (f64(2, 3), f64(4), 0),
    (f64(5), f64(5), 1),
    (f64(2, 3, 4), f64(2, 3, 4), 3),
    (f64(4, 3), f64(3, 2), [1, 0]),
    (f64(4, 3), f64(2, 3), [-1, -1]),
    (i64(3, 4, 2), i64(2, 4), [[1, 2], [1, 0]]),
    (i64(3, 2), i64(2, 3), -1),
    (f64(40, 30, 20), f64(30, 20, 25), 2),
    (f64(0, 3), f64(3, 4), 1),
    (f64(3, 0), f64(0, 4), 1),
    (f64(3, 4).astype(np.float32), f64(4, 2).astype(np.float32), 1),
    (i64(3, 4) > 0, i64(4, 2) > 0, 1),
    (f64(3, 4), f64(5, 6), 1),
    (f64(3, 4), f64(4, 5), [[0, 0], [0, 1]]),
    (f64(3, 4), f64(4, 5), [[1], [0, 1]]),
    (f64(3, 4), f64(4, 5), [[5], [0]]),
    (f64(3, 4), f64(4, 5), 3),
]


def py_axes(axes):
    return tuple(axes) if isinstance(axes, list) else axes


cases = []
for a, b, axes in CASES:
    try:
        expect = enc_result(np.tensordot(a, b, py_axes(axes)))
    except Exception as e:  # noqa: BLE001 - the error is the golden
        expect = {'error': type(e).__name__, 'message': str(e)}
    cases.append({'a': nd(a), 'b': nd(b), 'axes': axes, 'expect': expect})

with open(OUT, 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': cases}, f)
print(f'{OUT}: {len(cases)} cases')
