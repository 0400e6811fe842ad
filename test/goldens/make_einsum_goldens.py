#!/usr/bin/env python3
"""Writes test/goldens/einsum.json: NumPy's np.einsum on subscripts and operands, and its
errors. Run from the project root:  python3 test/goldens/make_einsum_goldens.py

cases: {subscripts, operands, expect}: operands as {"nd": ...}; expect is {"nd": ...} or
{"error": type, "message": text}.
"""
import json
import os

import numpy as np

from golden_json import enc_result, nd

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'einsum.json')
rng = np.random.default_rng(20261209)


def f64(*shape):
    return np.round(rng.standard_normal(shape), 6)


def i64(*shape):
    return rng.integers(-5, 6, size=shape)


CASES = [
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

cases = []
for sub, *ops in CASES:
    try:
        expect = enc_result(np.asarray(np.einsum(sub, *ops)))
    except Exception as e:  # noqa: BLE001 - the error is the golden
        expect = {'error': type(e).__name__, 'message': str(e)}
    cases.append({'subscripts': sub, 'operands': [nd(o) for o in ops], 'expect': expect})

with open(OUT, 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': cases}, f)
print(f'{OUT}: {len(cases)} cases')
