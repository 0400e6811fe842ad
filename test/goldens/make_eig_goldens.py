#!/usr/bin/env python3
"""Writes test/goldens/eig.json: np.linalg.eig / eigvals and np.roots results.

Run from the project root:  python3 test/goldens/make_eig_goldens.py

Matrices are small-integer or 6-digit rounded values (exact in JSON). Complex results are
stored as re/im lists with the result dtype, so tests can check dtype (float64 when every
eigenvalue is real, complex128 otherwise), order and dgeev's vector normalisation.
"""
import json
import os

import numpy as np

rng = np.random.default_rng(16)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'eig.json')


def parts(z):
    z = np.asarray(z)
    return {'dtype': str(z.dtype), 'shape': list(z.shape), 're': z.real.ravel().tolist(), 'im': z.imag.ravel().tolist(), 'repr': repr(z)}


def rand(n):
    return np.round(rng.standard_normal((n, n)), 6)


mats = {
    '1x1': [[3.5]],
    'rotation': [[0, -1], [1, 0]],
    'defective': [[1, 1], [0, 1]],
    'symmetric': [[2, 1, 0], [1, 3, 1], [0, 1, 4]],
    'upper triangular': [[1, 2, 3], [0, 4, 5], [0, 0, 6]],
    'lower triangular': [[1, 0, 0], [2, 3, 0], [4, 5, 6]],
    'complex pair 3x3': [[1, 2, 0], [-2, 1, 0], [0, 0, 3]],
    'needs balancing': [[1, 1e6, 0], [1e-6, 2, 1e4], [0, 1e-4, 3]],
    'permutable': [[1, 0, 0, 0], [2, 3, 0, 4], [5, 6, 7, 8], [0, 0, 0, 9]],
    'companion': [[-(-6), -11, 6], [1, 0, 0], [0, 1, 0]],
    'zeros': [[0, 0], [0, 0]],
    'jordan 3': [[2, 1, 0], [0, 2, 1], [0, 0, 2]],
}
for n in (2, 3, 4, 5, 6, 8, 10, 20, 40):
    mats[f'random {n}'] = rand(n).tolist()

cases = []
for name, m in mats.items():
    a = np.array(m, dtype=float)
    w, v = np.linalg.eig(a)
    cases.append({'name': name, 'a': a.tolist(), 'w': parts(w), 'v': parts(v), 'eigvals': parts(np.linalg.eigvals(a))})

stack = np.round(rng.standard_normal((2, 3, 3)), 6)
ws, vs = np.linalg.eig(stack)
stacked = {'a': stack.tolist(), 'w': parts(ws), 'v': parts(vs)}

roots = []
for p in ([1, -6, 11, -6], [1, 0, 1], [0, 0, 1, 2, 0, 0], [2], [0, 0], [1, 0, 0], [3, -2, 5, 1, -7], [1, 2, 3, 4, 5, 6, 7, 8]):
    roots.append({'p': p, 'r': parts(np.roots(p))})

errors = {}
for label, arg in (('non-square', np.ones((2, 3))), ('1-d', np.ones(3)), ('nan', np.array([[1.0, np.nan], [0, 1]]))):
    try:
        np.linalg.eig(arg)
    except Exception as e:  # noqa: BLE001
        errors[label] = [type(e).__name__, str(e)]
try:
    np.roots(np.ones((2, 2)))
except Exception as e:  # noqa: BLE001
    errors['roots 2-d'] = [type(e).__name__, str(e)]

with open(OUT, 'w') as fh:
    json.dump({'cases': cases, 'stacked': stacked, 'roots': roots, 'errors': errors}, fh)
print('wrote', OUT)
