#!/usr/bin/env python3
"""Writes test/goldens/linalg.json: inputs and NumPy's outputs for runtime/linalg.

Run from the project root:  python3 test/goldens/make_linalg_goldens.py

Arrays are encoded as {"dtype", "shape", "data"} (data flattened in C order; NaN and
infinities as the strings "nan", "inf", "-inf"). Each case records the call as the test
makes it: a function name, positional arguments and keyword options.
"""
import json
import math
import os

import numpy as np

rng = np.random.default_rng(20240601)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'linalg.json')


def num(v):
    v = float(v)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v


def enc(x):
    """An array or scalar as JSON."""
    if isinstance(x, (bool, np.bool_)):
        return {'scalar': bool(x), 'dtype': 'bool'}
    if isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, np.ndarray):
        dt = np.asarray(x).dtype.name
        return {'scalar': num(x), 'dtype': dt}
    a = np.asarray(x)
    if a.dtype == np.bool_:
        data = [bool(v) for v in a.ravel()]
    elif a.dtype.kind in 'iu':
        data = [int(v) for v in a.ravel()]
    else:
        data = [num(v) for v in a.ravel()]
    return {'dtype': a.dtype.name, 'shape': list(a.shape), 'data': data}


def rand(*shape, dtype=np.float64):
    a = rng.standard_normal(shape)
    return np.round(a, 6).astype(dtype)


def randint(*shape, lo=-5, hi=6, dtype=np.int64):
    return rng.integers(lo, hi, size=shape).astype(dtype)


def well_conditioned(n, batch=()):
    a = rng.standard_normal(batch + (n, n))
    return np.round(a + n * np.eye(n), 6)


def sym(n):
    a = rng.standard_normal((n, n))
    return np.round((a + a.T) / 2, 6)


cases = []


def kwenc(v):
    """A keyword value as JSON: infinities as 'inf' / '-inf', tuples as lists."""
    if isinstance(v, float) and math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if isinstance(v, tuple):
        return list(v)
    return v


def case(fn, args, kwargs=None, tol=None, kind='value', group=None):
    """Runs np.linalg/np function `fn` on args and records the result (or the error)."""
    kwargs = kwargs or {}
    f = eval(fn, {'np': np})
    rec = {'fn': fn, 'args': [enc(a) for a in args], 'kwargs': {k: kwenc(v) for k, v in kwargs.items()}, 'kind': kind}
    if group:
        rec['group'] = group
    if tol:
        rec['tol'] = tol
    try:
        r = f(*args, **kwargs)
    except Exception as e:  # noqa: BLE001
        rec['error'] = {'type': type(e).__name__, 'message': str(e)}
        cases.append(rec)
        return
    if isinstance(r, tuple):
        rec['out'] = [enc(v) for v in r]
        # singular vectors and eigenvectors are checked by their properties (their signs
        # are LAPACK's choice): keep only dtype and shape
        drop = {'svd': (0, 2), 'eigh': (1,)}.get(kind, ())
        for i in drop:
            rec['out'][i] = {'dtype': rec['out'][i]['dtype'], 'shape': rec['out'][i]['shape'], 'data': []}
    else:
        rec['out'] = enc(r)
    cases.append(rec)


# ---------------------------------------------------------------- products
for sa, sb in [((3, 4), (4, 5)), ((1, 1), (1, 1)), ((5, 3), (3,)), ((3,), (3, 2)), ((4,), (4,)),
               ((2, 3, 4), (4, 2)), ((2, 1, 3, 4), (5, 4, 2)), ((3, 0), (0, 2)), ((7, 9), (9, 11)),
               ((2, 3), (2, 3, 4)), ((13, 17), (17, 12))]:
    case('np.matmul', [rand(*sa), rand(*sb)], tol=[1e-12, 1e-12], group='products')
case('np.matmul', [randint(3, 4), randint(4, 2)], group='products')
case('np.matmul', [randint(2, 3, dtype=np.int8, lo=50, hi=120), randint(3, 2, dtype=np.int8, lo=50, hi=120)], group='products')
case('np.matmul', [randint(2, 3, dtype=np.uint8, lo=0, hi=255), randint(3, 2, dtype=np.int32)], group='products')
case('np.matmul', [rand(3, 4, dtype=np.float32), rand(4, 2, dtype=np.float32)], tol=[1e-6, 1e-6], group='products')
case('np.matmul', [rand(3, 4, dtype=np.float32), randint(4, 2)], tol=[1e-12, 1e-12], group='products')
case('np.matmul', [rng.random((3, 4)) > 0.6, rng.random((4, 2)) > 0.6], group='products')
case('np.matmul', [np.array([1, 2, 3]), np.array([4, 5, 6])], group='products')
case('np.matmul', [np.ones((2, 3)), np.ones((2, 3))], group='products')
case('np.matmul', [np.ones((2, 3, 4)), np.ones((3, 4, 5))], group='products')
case('np.matmul', [np.array(1.0), np.ones(3)], group='products')
case('np.matmul', [np.ones(3), np.ones(4)], group='products')
for sa, sb in [((3,), (3,)), ((2, 3), (3, 4)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3, 4), (4,)),
               ((2, 3, 4), (5, 4, 3)), ((3, 4), (2, 4, 5)), ((2, 3), (2, 3)), ((3,), (4,))]:
    case('np.dot', [rand(*sa), rand(*sb)], tol=[1e-12, 1e-12], group='products')
case('np.dot', [randint(2, 3), randint(3, 2)], group='products')
case('np.dot', [rng.random((2, 3)) > 0.5, rng.random((3,)) > 0.5], group='products')
case('np.dot', [rand(2, 3), np.array(2.5)], tol=[1e-15, 0], group='products')
for sa, sb in [((3,), (3,)), ((2, 3), (4, 3)), ((2, 3, 4), (5, 4)), ((2, 3), (5, 4)), ((4,), (2, 3, 4))]:
    case('np.inner', [rand(*sa), rand(*sb)], tol=[1e-12, 1e-12], group='products')
case('np.inner', [randint(3), randint(3)], group='products')
case('np.outer', [randint(3), randint(4)], group='products')
case('np.outer', [rand(2, 2), rand(3)], tol=[1e-15, 0], group='products')
case('np.outer', [randint(3, dtype=np.int8, lo=20, hi=100), randint(2, dtype=np.int8, lo=20, hi=100)], group='products')
case('np.vdot', [randint(2, 2), randint(2, 2)], group='products')
case('np.vdot', [rand(6), rand(2, 3)], tol=[1e-12, 1e-12], group='products')
case('np.vdot', [np.ones(3), np.ones(4)], group='products')
case('np.trace', [np.arange(9).reshape(3, 3)], group='products')
case('np.trace', [np.arange(12).reshape(3, 4), 1], group='products')
case('np.trace', [np.arange(12).reshape(3, 4), -1], group='products')
case('np.trace', [np.arange(12).reshape(3, 4), 5], group='products')
case('np.trace', [rand(2, 3, 3)], {'axis1': 1, 'axis2': 2}, tol=[1e-15, 0], group='products')
case('np.trace', [rand(3, 2, 3)], {'axis1': 0, 'axis2': 2}, tol=[1e-15, 0], group='products')
case('np.trace', [np.ones((3, 3), dtype=np.int8)], group='products')
case('np.trace', [np.ones((3, 3), dtype=np.uint16)], group='products')
case('np.trace', [rand(4, 4, dtype=np.float32)], group='products')
case('np.trace', [rand(20, 20)], group='products')
case('np.trace', [np.ones(3)], group='products')

# ---------------------------------------------------------------- inv / det / solve
for n in [1, 2, 3, 5, 8]:
    case('np.linalg.inv', [well_conditioned(n)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.inv', [well_conditioned(3, (2,))], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.inv', [well_conditioned(3).astype(np.float32)], tol=[1e-5, 1e-6], group='lu')
case('np.linalg.inv', [np.array([[4, 7], [2, 6]])], tol=[1e-12, 1e-14], group='lu')
case('np.linalg.inv', [np.array([[1.0, 2.0], [2.0, 4.0]])], group='lu')
case('np.linalg.inv', [np.zeros((0, 0))], group='lu')
case('np.linalg.inv', [np.ones(3)], group='lu')
case('np.linalg.inv', [np.ones((2, 3))], group='lu')
for n in [1, 2, 3, 4, 6, 9]:
    case('np.linalg.det', [rand(n, n)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.det', [np.array([[1, 2], [3, 4]])], tol=[5e-16, 0], group='lu')
case('np.linalg.det', [rand(2, 3, 3)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.det', [np.array([[1.0, 2.0], [2.0, 4.0]])], group='lu')
case('np.linalg.det', [np.zeros((0, 0))], group='lu')
case('np.linalg.det', [rand(3, 3, dtype=np.float32)], tol=[1e-5, 1e-6], group='lu')
case('np.linalg.slogdet', [rand(4, 4)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.slogdet', [np.array([[1.0, 2.0], [2.0, 4.0]])], group='lu')
case('np.linalg.solve', [well_conditioned(4), rand(4)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.solve', [well_conditioned(4), rand(4, 3)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.solve', [well_conditioned(3, (2,)), rand(3)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.solve', [well_conditioned(3, (2,)), rand(3, 1)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.solve', [well_conditioned(3), rand(4, 3, 2)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.solve', [np.array([[4.0, 7.0], [2.0, 6.0]]), np.array([1.0, 2.0])], tol=[1e-12, 1e-14], group='lu')
case('np.linalg.solve', [np.eye(2), np.ones(3)], group='lu')
case('np.linalg.solve', [np.eye(2), np.ones((3, 1))], group='lu')
case('np.linalg.solve', [np.ones((3, 2, 2)), np.ones((2, 2, 1))], group='lu')
case('np.linalg.solve', [np.array([[1.0, 2.0], [2.0, 4.0]]), np.ones(2)], group='lu')
case('np.linalg.matrix_power', [np.array([[1, 1], [1, 0]]), 10], group='lu')
case('np.linalg.matrix_power', [rand(3, 3), 5], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.matrix_power', [well_conditioned(3), -2], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.matrix_power', [randint(2, 2), 0], group='lu')

# ---------------------------------------------------------------- qr (values compared directly: LAPACK's signs)
for shape in [(3, 3), (5, 3), (3, 5), (1, 1), (4, 1), (1, 4), (6, 6)]:
    a = rand(*shape)
    case('np.linalg.qr', [a], tol=[1e-10, 1e-12], group='qr')
    case('np.linalg.qr', [a], {'mode': 'complete'}, tol=[1e-10, 1e-12], group='qr')
    case('np.linalg.qr', [a], {'mode': 'r'}, tol=[1e-10, 1e-12], group='qr')
case('np.linalg.qr', [rand(2, 4, 3)], tol=[1e-10, 1e-12], group='qr')
case('np.linalg.qr', [np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])], tol=[1e-10, 1e-12], group='qr')
case('np.linalg.qr', [np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])], tol=[1e-10, 1e-12], group='qr')
case('np.linalg.qr', [rand(4, 3)], {'mode': 'raw'}, tol=[1e-10, 1e-12], group='qr')
case('np.linalg.qr', [np.ones((2, 2))], {'mode': 'foo'}, group='qr')
case('np.linalg.qr', [np.ones(3)], group='qr')

# ---------------------------------------------------------------- svd (S directly; U, Vh by reconstruction)
for shape in [(2, 2), (3, 3), (5, 3), (3, 5), (1, 4), (4, 1), (7, 7), (10, 4), (4, 10)]:
    a = rand(*shape)
    case('np.linalg.svd', [a], tol=[1e-10, 1e-12], kind='svd', group='svd')
    case('np.linalg.svd', [a], {'full_matrices': False}, tol=[1e-10, 1e-12], kind='svd', group='svd')
    case('np.linalg.svd', [a], {'compute_uv': False}, tol=[1e-10, 1e-12], group='svd')
for shape in [(50, 44), (44, 50), (60, 60)]:
    a = rand(*shape)
    case('np.linalg.svd', [a], {'full_matrices': False}, tol=[1e-10, 1e-12], kind='svd', group='svd')
case('np.linalg.eigh', [sym(50)], tol=[1e-10, 1e-12], kind='eigh', group='eigh')
lowrank = np.round(rng.standard_normal((6, 2)) @ rng.standard_normal((2, 5)), 6)
case('np.linalg.svd', [lowrank], tol=[1e-10, 1e-12], kind='svd', group='svd')
case('np.linalg.svd', [np.zeros((3, 2))], tol=[1e-10, 1e-12], kind='svd', group='svd')
case('np.linalg.svd', [np.array([[1.0, 2.0], [2.0, 4.0]])], tol=[1e-10, 1e-12], kind='svd', group='svd')
case('np.linalg.svd', [rand(2, 3, 4)], tol=[1e-10, 1e-12], kind='svd', group='svd')
case('np.linalg.svd', [np.array([[4.0, 7.0], [2.0, 6.0]])], tol=[1e-12, 1e-14], kind='svd', group='svd')
case('np.linalg.svd', [sym(4)], {'hermitian': True}, tol=[1e-10, 1e-12], kind='svd', group='svd')
case('np.linalg.svd', [rand(3, 3, dtype=np.float32)], {'compute_uv': False}, tol=[1e-5, 1e-6], group='svd')
case('np.linalg.svd', [np.array([[np.nan, 1.0], [1.0, 2.0]])], group='svd')
case('np.linalg.svd', [np.ones(3)], group='svd')
for a in [rand(4, 3), lowrank, np.eye(3), np.zeros((2, 2)), rand(2, 3, 3), np.array([1, 0, 0]), np.zeros(3)]:
    case('np.linalg.matrix_rank', [a], group='svd')
case('np.linalg.matrix_rank', [lowrank], {'tol': 1e-20}, group='svd')
for a in [rand(3, 2), rand(2, 4), rand(2, 3, 3), np.array([[1, 2], [3, 4], [5, 6]])]:
    case('np.linalg.pinv', [a], tol=[1e-9, 1e-11], group='svd')
case('np.linalg.cond', [np.array([[1, 0, -1], [0, 1, 0], [1, 0, 1]])], tol=[1e-12, 1e-14], group='svd')
case('np.linalg.cond', [rand(4, 4)], tol=[1e-9, 1e-12], group='svd')
case('np.linalg.cond', [rand(4, 4)], {'p': 'fro'}, tol=[1e-9, 1e-12], group='svd')
case('np.linalg.cond', [rand(4, 4), 1], tol=[1e-9, 1e-12], group='svd')

# ---------------------------------------------------------------- eigh
for n in [1, 2, 3, 5, 8, 12]:
    a = sym(n)
    case('np.linalg.eigh', [a], tol=[1e-10, 1e-12], kind='eigh', group='eigh')
    case('np.linalg.eigvalsh', [a], tol=[1e-10, 1e-12], group='eigh')
case('np.linalg.eigh', [np.array([[2.0, 1.0], [1.0, 2.0]])], tol=[1e-12, 1e-14], kind='eigh', group='eigh')
case('np.linalg.eigh', [np.eye(3)], tol=[1e-12, 1e-14], kind='eigh', group='eigh')
case('np.linalg.eigh', [np.diag([3.0, 1.0, 2.0, 1.0])], tol=[1e-12, 1e-14], kind='eigh', group='eigh')
nonsym = rand(4, 4)
case('np.linalg.eigh', [nonsym], tol=[1e-10, 1e-12], kind='eigh', group='eigh')
case('np.linalg.eigh', [nonsym], {'UPLO': 'U'}, tol=[1e-10, 1e-12], kind='eigh', group='eigh')
case('np.linalg.eigvalsh', [nonsym], {'UPLO': 'U'}, tol=[1e-10, 1e-12], group='eigh')
case('np.linalg.eigh', [np.stack([sym(3), sym(3)])], tol=[1e-10, 1e-12], kind='eigh', group='eigh')
case('np.linalg.eigh', [randint(3, 3) + randint(3, 3).T], tol=[1e-10, 1e-12], kind='eigh', group='eigh')
case('np.linalg.eigh', [np.ones((2, 3))], group='eigh')
case('np.linalg.eigh', [np.eye(2)], {'UPLO': 'X'}, group='eigh')

# ---------------------------------------------------------------- lstsq
case('np.linalg.lstsq', [np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), np.array([1.0, 2.0, 2.0])], tol=[1e-12, 1e-13], group='lstsq')
for sa, sb in [((6, 3), (6,)), ((6, 3), (6, 2)), ((3, 5), (3,)), ((4, 4), (4, 2)), ((5, 1), (5,))]:
    case('np.linalg.lstsq', [rand(*sa), rand(*sb)], tol=[1e-9, 1e-11], group='lstsq')
case('np.linalg.lstsq', [np.array([[1.0, 2], [2, 4], [3, 6]]), np.array([1.0, 2, 4])], tol=[1e-9, 1e-11], group='lstsq')
case('np.linalg.lstsq', [lowrank, rand(6)], {'rcond': 0.5}, tol=[1e-9, 1e-11], group='lstsq')
case('np.linalg.lstsq', [np.ones((3, 2)), np.ones(4)], group='lstsq')
case('np.linalg.lstsq', [np.ones(3), np.ones(3)], group='lstsq')
case('np.linalg.lstsq', [np.ones((3, 2)), np.ones((3, 2, 1))], group='lstsq')

# ---------------------------------------------------------------- norm
v = rand(7)
M = rand(4, 5)
T = rand(2, 3, 4)
for ord_ in [None, 1, 2, np.inf, -np.inf, 0, 3, -1, 0.5]:
    case('np.linalg.norm', [v], {'ord': ord_}, tol=[1e-12, 1e-14], group='norm')
for ord_ in [None, 'fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf]:
    case('np.linalg.norm', [M], {'ord': ord_}, tol=[1e-10, 1e-12], group='norm')
for kw in [{'axis': 0}, {'axis': 1}, {'axis': -1, 'keepdims': True}, {'axis': 0, 'ord': 1},
           {'axis': 1, 'ord': np.inf}, {'axis': (0, 1)}, {'axis': (1, 0), 'ord': 1}, {'keepdims': True}]:
    case('np.linalg.norm', [M], kw, tol=[1e-12, 1e-14], group='norm')
for kw in [{}, {'axis': (1, 2)}, {'axis': (2, 0), 'ord': 'nuc'}, {'axis': 1, 'ord': 3}, {'axis': (0, 2), 'ord': -np.inf, 'keepdims': True}]:
    case('np.linalg.norm', [T], kw, tol=[1e-10, 1e-12], group='norm')
case('np.linalg.norm', [np.array([3, 4])], group='norm')
case('np.linalg.norm', [np.array([3.0, 4.0], dtype=np.float32)], tol=[1e-6, 0], group='norm')
case('np.linalg.norm', [np.array([[1.0, 2.0], [3.0, 4.0]])], tol=[1e-12, 1e-14], group='norm')
case('np.linalg.norm', [v], {'ord': 'fro'}, group='norm')
case('np.linalg.norm', [M], {'ord': 3}, group='norm')
case('np.linalg.norm', [T], {'ord': 2}, group='norm')
case('np.linalg.norm', [M], {'axis': (0, 0)}, group='norm')
case('np.linalg.norm', [M], {'axis': 2}, group='norm')
case('np.linalg.norm', [np.zeros((0,))], group='norm')

# ---------------------------------------------------------------- empty shapes
for fn, args, kw in [
    ('np.linalg.inv', [np.zeros((0, 3, 3))], {}), ('np.linalg.det', [np.zeros((2, 0, 0))], {}),
    ('np.linalg.eigvalsh', [np.zeros((2, 0, 0))], {}), ('np.linalg.qr', [np.zeros((0, 3))], {}),
    ('np.linalg.qr', [np.zeros((3, 0))], {'mode': 'complete'}), ('np.linalg.svd', [np.zeros((0, 3))], {}),
    ('np.linalg.svd', [np.zeros((3, 0))], {}), ('np.linalg.svd', [np.zeros((3, 0))], {'full_matrices': False}),
    ('np.linalg.lstsq', [np.zeros((3, 0)), np.ones(3)], {}), ('np.linalg.lstsq', [np.zeros((0, 3)), np.ones(0)], {}),
    ('np.linalg.lstsq', [np.zeros((3, 2)), np.ones(3)], {}), ('np.linalg.pinv', [np.zeros((3, 0))], {}),
    ('np.linalg.pinv', [np.zeros((2, 2))], {}), ('np.linalg.matrix_rank', [np.zeros((0, 3))], {}),
    ('np.linalg.norm', [np.zeros((0, 3))], {}), ('np.linalg.norm', [np.zeros((0, 3))], {'axis': 0}),
    ('np.matmul', [np.zeros((2, 0)), np.zeros((0, 3))], {}), ('np.matmul', [np.zeros((0, 2, 3)), np.zeros((3, 4))], {}),
    ('np.linalg.solve', [np.zeros((0, 2, 2)), np.zeros((0, 2))], {}),
]:
    case(fn, args, kw, group='empty')

# ---------------------------------------------------------------- cholesky, and orders the wasm kernels take (n >= 16; 64-wide panels)
def spd(n, batch=()):
    m = rng.standard_normal(batch + (n, n))
    s = np.round(m @ np.swapaxes(m, -1, -2) / n + np.eye(n), 6)
    return (s + np.swapaxes(s, -1, -2)) / 2


for n in [1, 2, 3, 5, 8, 40, 70]:
    case('np.linalg.cholesky', [spd(n)], tol=[1e-10, 1e-12], group='cholesky')
case('np.linalg.cholesky', [spd(5)], {'upper': True}, tol=[1e-10, 1e-12], group='cholesky')
case('np.linalg.cholesky', [spd(40)], {'upper': True}, tol=[1e-10, 1e-12], group='cholesky')
case('np.linalg.cholesky', [spd(3, (2,))], tol=[1e-10, 1e-12], group='cholesky')
case('np.linalg.cholesky', [spd(4).astype(np.float32)], tol=[1e-5, 1e-6], group='cholesky')
case('np.linalg.cholesky', [np.array([[4, 2], [2, 3]])], tol=[1e-12, 1e-14], group='cholesky')
case('np.linalg.cholesky', [np.array([[True, False], [False, True]])], group='cholesky')
nonsym = np.array([[4.0, 9.0, -1.0], [2.0, 3.0, 5.0], [0.5, 1.0, 6.0]])
case('np.linalg.cholesky', [nonsym], tol=[1e-12, 1e-14], group='cholesky')
case('np.linalg.cholesky', [nonsym.T.copy()], {'upper': True}, tol=[1e-12, 1e-14], group='cholesky')
case('np.linalg.cholesky', [np.array([[4.0, np.nan], [np.nan, 3.0]])], group='cholesky')
case('np.linalg.cholesky', [np.array([[np.inf, 0.0], [0.0, 1.0]])], group='cholesky')
case('np.linalg.cholesky', [np.array([[1.0, 2.0], [2.0, 1.0]])], group='cholesky')
case('np.linalg.cholesky', [np.array([[4.0, 2.0], [2.0, -np.inf]])], group='cholesky')
case('np.linalg.cholesky', [spd(40) - 2 * np.eye(40)], group='cholesky')
case('np.linalg.cholesky', [np.stack([np.eye(2), np.array([[1.0, 2.0], [2.0, 1.0]])])], group='cholesky')
case('np.linalg.cholesky', [np.ones(3)], group='cholesky')
case('np.linalg.cholesky', [np.ones((2, 3))], group='cholesky')
case('np.linalg.cholesky', [np.zeros((0, 0))], group='cholesky')
case('np.linalg.cholesky', [np.zeros((2, 0, 0))], group='cholesky')
case('np.linalg.inv', [well_conditioned(40)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.det', [rand(40, 40)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.slogdet', [rand(40, 40)], tol=[1e-10, 1e-12], group='lu')
case('np.linalg.solve', [well_conditioned(70), rand(70, 2)], tol=[1e-10, 1e-12], group='lu')
sing = rand(40, 40)
sing[:, 7] = 0  # an exactly zero pivot (a repeated column would leave rounding noise, not 0)
case('np.linalg.det', [sing], group='lu')
case('np.linalg.slogdet', [sing], group='lu')
case('np.linalg.solve', [sing, rand(40)], group='lu')
case('np.linalg.inv', [sing], group='lu')
case('np.matmul', [rand(30, 40), rand(40, 35)], tol=[1e-12, 1e-12], group='products')
case('np.matmul', [rand(30, 40, dtype=np.float32), rand(40, 35, dtype=np.float32)], tol=[1e-5, 1e-5], group='products')

json_cases = json.dumps({'numpy': np.__version__, 'cases': cases}, separators=(',', ':'))
with open(OUT, 'w') as f:
    f.write(json_cases)
print(f'wrote {OUT}: {len(cases)} cases, {len(json_cases) // 1024} KB')
