#!/usr/bin/env python3
"""Writes test/goldens/tensordot.json and einsum.json: NumPy's np.tensordot and np.einsum
on sets of arrays, and their errors. Run from the project root:

    python3 test/goldens/make_contraction_goldens.py

tensordot.json cases: {a, b, axes, expect}: a and b as {"nd": ...}; axes as JSON (an int,
or two ints or lists of ints).
einsum.json cases: {subscripts, operands, expect}: operands as {"nd": ...}.
expect is {"nd": ...} or {"error": type, "message": text}.
"""
import json
import os

import numpy as np

from golden_json import enc_result, nd

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261208)


def f64(*shape):
    return np.round(rng.standard_normal(shape), 6)


def i64(*shape):
    return rng.integers(-5, 6, size=shape)


def outcome(call):
    """NumPy's result, or its error as the golden."""
    try:
        return enc_result(np.asarray(call()))
    except Exception as e:  # noqa: BLE001 - the error is the golden
        return {'error': type(e).__name__, 'message': str(e)}


def write(name, cases):
    path = os.path.join(HERE, name)
    with open(path, 'w') as f:
        json.dump({'numpy': np.__version__, 'cases': cases}, f)
    print(f'{path}: {len(cases)} cases')


TENSORDOT_CASES = [
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



write('tensordot.json', [
    {'a': nd(a), 'b': nd(b), 'axes': axes,
     'expect': outcome(lambda: np.tensordot(a, b, tuple(axes) if isinstance(axes, list) else axes))}
    for a, b, axes in TENSORDOT_CASES
])

EINSUM_CASES = [
    ('ij,jk->ik', f64(3, 4), f64(4, 5)),
    ('ij,jk', f64(3, 4), f64(4, 5)),
    ('ij,kj->ik', f64(3, 4), f64(5, 4)),
    ('bij,bjk->bik', f64(2, 3, 4), f64(2, 4, 5)),
    ('bij,bjk->bki', f64(2, 3, 4), f64(2, 4, 5)),
    ('ij->ji', i64(2, 3)),
    ('ii', i64(4, 4)),
    ('ii->i', f64(4, 4)),
    ('iji->j', f64(3, 2, 3)),
    ('ij->', f64(3, 4)),
    ('i,i', f64(5), f64(5)),
    ('i,i->i', f64(5), f64(5)),
    ('i,j->ij', f64(3), f64(4)),
    ('i,i', f64(1), f64(4)),
    ('...ij,...jk->...ik', f64(2, 3, 4), f64(4, 2)),
    ('...j,j', f64(2, 3, 4), f64(4)),
    ('i...->...', f64(3, 2, 2)),
    ('ij,jk,kl->il', f64(2, 3), f64(3, 4), f64(4, 2)),
    ('Ba,aC', f64(2, 3), f64(3, 4)),
    ('ba', f64(2, 3)),
    ('i j', f64(2, 3)),
    ('ij,ij->ij', i64(2, 3), i64(2, 3)),
    ('ij,jk->ik', i64(3, 4) > 0, i64(4, 2) > 0),
    ('ij,jk->ik', f64(3, 4).astype(np.float32), f64(4, 2).astype(np.float32)),
    ('ij,jk->ik', i64(3, 4), f64(4, 2)),
    ('ij,jk->ik', f64(0, 4), f64(4, 2)),
    ('ij,jk->ik', f64(3, 0), f64(0, 2)),
    ('ij,jk->ik', f64(60, 50), f64(50, 40)),
    ('ij,jk', f64(2, 3), f64(3, 4), f64(2, 3)),
    ('ij,jk,kl', f64(2, 3), f64(3, 4)),
    ('ij', f64(2, 3, 4)),
    ('ijk', f64(2, 3)),
    ('i.j', f64(2, 3)),
    ('i...j...', f64(2, 3)),
    ('i2', f64(2, 3)),
    ('ij->ix', f64(2, 3)),
    ('ij->ii', f64(2, 3)),
    ('ii', f64(2, 3)),
    ('ij,ij', f64(2, 3), f64(3, 4)),
    ('ij,jk', f64(2, 3), f64(4, 5)),
    ('ij-->', f64(2, 3)),
    ('ij->i->j', f64(2, 3)),
]


write('einsum.json', [
    {'subscripts': sub, 'operands': [nd(o) for o in ops], 'expect': outcome(lambda: np.einsum(sub, *ops))}
    for sub, *ops in EINSUM_CASES
])
