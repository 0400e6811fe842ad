#!/usr/bin/env python3
"""Generate test/goldens/breadth.json: NumPy's results for the functions of issue 16 item 6
(runtime/lib/, runtime/windows.ts): triu/tril and their indices with a sweep of diagonal
offsets k of both signs over square and non-square shapes (also for eye, tri, diag,
diagflat), unravel_index, ravel_multi_index, take, take_along_axis, put, put_along_axis,
indices, ix_, geomspace, vander, fill_diagonal, gcd, lcm, fmod, divmod, modf, frexp, ldexp,
histogram2d, the window functions, i0 and kron: values, dtypes and error messages.

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_breadth_goldens.py

The format is test/goldens/stats.json's (see make_stats_goldens.py): cases
{fn, args, kwargs, expect[, tol][, inplace]}; the runtime calls np[fn](...args, kwargs).
An `inplace` case checks args[0] after the call (put, put_along_axis, fill_diagonal return
None and modify their first argument); its expect is that array afterwards.
"""
import json
import math
import os
import warnings

import numpy as np

import golden_json
from golden_json import py  # noqa: F401

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'breadth.json')
warnings.simplefilter('ignore')

cases = []


def enc_num(v):
    return golden_json.enc_num(v, signed_zero=True)


def enc_val(v, dtype):
    return golden_json.enc_val(v, dtype, signed_zero=True)


def nd(a):
    return golden_json.nd(a, signed_zero=True)


class A:
    """An array argument, built in Python with its dtype and sent to JS as {"nd": ...}."""

    def __init__(self, data, dtype='float64'):
        self.arr = np.array(data, dtype=dtype)


def js(v):
    """A Python argument as JavaScript will see it (integral floats are ints there)."""
    if isinstance(v, A):
        return nd(v.arr)
    if isinstance(v, (list, tuple)):
        return [js(x) for x in v]
    if isinstance(v, dict):
        return {k: js(x) for k, x in v.items()}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return enc_num(v)
    return v


def enc_result(r):
    return golden_json.enc_result(r, signed_zero=True)


def error(e):
    name = type(e).__name__
    if name == 'UFuncTypeError':
        name = 'TypeError'
    return {'error': name, 'message': str(e)}


def case(fn, *args, tol=None, **kwargs):
    try:
        r = getattr(np, fn)(*[py(a) for a in args], **{k: py(v) for k, v in kwargs.items()})
        expect = enc_result(r)
    except Exception as e:  # noqa: BLE001
        expect = error(e)
    c = {'fn': fn, 'args': [js(a) for a in args], 'kwargs': {k: js(v) for k, v in kwargs.items()}, 'expect': expect}
    if tol:
        c['tol'] = tol
    cases.append(c)


def inplace(fn, target, *args, **kwargs):
    """fn(target, *args) modifies target: expect is target afterwards."""
    t = py(target)
    try:
        getattr(np, fn)(t, *[py(a) for a in args], **{k: py(v) for k, v in kwargs.items()})
        expect = nd(t)
    except Exception as e:  # noqa: BLE001
        expect = error(e)
    cases.append({'fn': fn, 'args': [js(target)] + [js(a) for a in args], 'kwargs': {k: js(v) for k, v in kwargs.items()},
                  'expect': expect, 'inplace': True})


KS = (-5, -2, -1, 0, 1, 2, 5)
SHAPES = ((3, 3), (2, 4), (4, 2), (1, 5), (5, 1), (0, 3))

# ---- the k sweep: triu, tril, their indices, eye, tri, diag, diagflat ------------------------
for shape in SHAPES:
    m = A(np.arange(1, math.prod(shape) + 1).reshape(shape), 'int64')
    for k in KS:
        case('triu', m, k)
        case('tril', m, k)
        case('eye', shape[0], shape[1], k)
        case('tri', shape[0], shape[1], k)
        case('triu_indices', shape[0], k, shape[1])
        case('tril_indices', shape[0], k, shape[1])
        case('triu_indices_from', m, k)
        case('tril_indices_from', m, k)
        case('diag', m, k)
for n in (0, 1, 4):
    for k in KS:
        case('triu_indices', n, k)
        case('tril_indices', n, k)
        case('eye', n, k=k)
        case('tri', n, k=k)
        case('diag', A(np.arange(1, n + 1), 'int64'), k)
        case('diagflat', A(np.arange(1, n + 1), 'int64'), k)
for k in KS:
    case('diagflat', A([[1.5, 2], [3, 4]]), k)
    case('triu', A(np.arange(24).reshape(2, 3, 4), 'int64'), k)
    case('tril', A(np.arange(24).reshape(2, 3, 4), 'float32'), k)
    case('triu', A([1, 2, 3], 'int64'), k)
case('triu', A([[True, True], [True, True]], 'bool'))
case('tril', A([[1, 2], [3, 4]], 'uint8'), k=-1)
case('triu', 5)
case('triu_indices', 4, m=2, k=1)
case('tril_indices', 3, k=-1)
case('triu_indices_from', A([1.0, 2.0]))
case('tril_indices_from', A(np.zeros((2, 2, 2))))
case('eye', 3, dtype='int32', k=-1)
case('tri', 3, 4, -1, dtype='int64')
case('tri', -2)
case('tri', 3, -1, 1)

# ---- unravel_index, ravel_multi_index -------------------------------------------------------
case('unravel_index', 22, [7, 6])
case('unravel_index', A([22, 41, 37], 'int64'), [7, 6])
case('unravel_index', A([22, 41, 37], 'int64'), [7, 6], order='F')
case('unravel_index', A([[1, 5], [0, 3]], 'uint8'), [2, 3])
case('unravel_index', A([1, 0], 'bool'), [2, 3])
case('unravel_index', 6, [2, 3])
case('unravel_index', -1, [2, 3])
case('unravel_index', A([1.0]), [2, 3])
case('unravel_index', 2, [2, 3], order='X')
case('unravel_index', 0, [])
case('ravel_multi_index', [1, 2], [2, 3])
case('ravel_multi_index', [[3, 6, 6], [4, 5, 1]], [7, 6])
case('ravel_multi_index', [[3, 6, 6], [4, 5, 1]], [7, 6], order='F')
case('ravel_multi_index', [[3, 6, 6], [4, 5, 1]], [4, 6], mode='clip')
case('ravel_multi_index', [[3, 6, 6], [4, 5, 1]], [4, 4], mode=['clip', 'wrap'])
case('ravel_multi_index', [[1, 0], [3, -1]], [2, 3], mode='wrap')
case('ravel_multi_index', [[1, 0], [3, 1]], [2, 3])
case('ravel_multi_index', [[1, 0], [-1, 1]], [2, 3])
case('ravel_multi_index', [[1, 0]], [2, 3])
case('ravel_multi_index', [[1, 0], [1, 1, 1]], [2, 3])
case('ravel_multi_index', [[1, 0], [1, 1]], [2, 3], mode='x')
case('ravel_multi_index', [A([[1], [0]], 'int64'), A([0, 1, 2], 'int64')], [2, 3])
case('ravel_multi_index', [A([1.0]), A([1.0])], [2, 3])

# ---- take, put, take_along_axis, put_along_axis --------------------------------------------
M = A(np.arange(12).reshape(3, 4), 'int64')
MF = A(np.arange(12).reshape(3, 4) * 0.5, 'float32')
case('take', A([4, 3, 5, 7, 6, 8], 'int64'), [0, 1, 4])
case('take', M, [0, 5])
case('take', M, [[0, 2]], axis=1)
case('take', MF, [2, 0], axis=0)
case('take', M, [1, -1], axis=-1)
case('take', M, 5)
case('take', M, 1, axis=1)
case('take', M, 12)
case('take', M, -13)
case('take', M, 5, axis=1)
case('take', M, [12, -1], mode='wrap')
case('take', M, [12, -20], mode='clip')
case('take', M, [1], axis=2)
case('take', M, [1], mode='x')
case('take', M, A([1.5, 2.7]))
case('take', A(np.zeros((0, 3))), [0], axis=0)
case('take', A([True, False, True], 'bool'), [2, 1])
inplace('put', M, [0, 2], [-44, -55])
inplace('put', M, [0, 2, 5], [-1, -2])
inplace('put', M, [0, 13], 9)
inplace('put', M, [0, 13], 9, mode='wrap')
inplace('put', M, [0, 13, -20], 9, mode='clip')
inplace('put', M, [0, 1], 2.7)
inplace('put', M, [-1, 3], [7])
inplace('put', MF, [1, 3], [0.25, 1e40])
IDX = A([[0], [1], [2]], 'int64')
case('take_along_axis', M, IDX, axis=1)
case('take_along_axis', M, A([[2, 0, 1, 0]], 'int64'), axis=0)
case('take_along_axis', M, A([[-1]], 'int64'), axis=0)
case('take_along_axis', M, A([[1]], 'int64'))
case('take_along_axis', M, A([0, 5], 'int64'), axis=None)
case('take_along_axis', M, A([[0, 1]], 'int64'), axis=None)
case('take_along_axis', M, A([0, 1], 'int64'), axis=0)
case('take_along_axis', M, A([[0.0]]), axis=0)
case('take_along_axis', M, A([[True]], 'bool'), axis=0)
case('take_along_axis', M, A([[5]], 'int64'), axis=0)
case('take_along_axis', M, A([[1]], 'int64'), axis=3)
case('take_along_axis', M, A([[1], [0]], 'int64'), axis=1)
R = A(np.random.default_rng(5).integers(0, 100, size=(3, 5)), 'int64')
case('take_along_axis', R, A(np.argsort(R.arr, axis=1), 'int64'), axis=1)
case('take_along_axis', R, A(np.argsort(R.arr, axis=0), 'int64'), axis=0)
inplace('put_along_axis', M, IDX, 99, axis=1)
inplace('put_along_axis', M, A([[0, 2, 1, 0]], 'int64'), A([[1, 2, 3, 4]], 'int64'), axis=0)
inplace('put_along_axis', M, A([0, 11], 'int64'), 99, axis=None)
inplace('put_along_axis', M, A([[0, 1]], 'int64'), 99, axis=None)
inplace('put_along_axis', M, A([[0, 1]], 'int64'), 99, axis=0)
inplace('put_along_axis', MF, A([[1], [0], [3]], 'int64'), 2.5, axis=-1)

# ---- indices, ix_ ---------------------------------------------------------------------------
case('indices', [2, 3])
case('indices', [2, 3], dtype='float64')
case('indices', [2, 1, 3], sparse=True)
case('indices', [])
case('indices', [0, 2])
case('ix_', [0, 1], [2, 4])
case('ix_', A([True, False, True], 'bool'), [2, 4])
case('ix_', A([1.5, 2.5]))
case('ix_', [[1]])
case('ix_', A([0, 1], 'uint8'), [3], [0, 1, 2])

# ---- geomspace, vander, fill_diagonal -------------------------------------------------------
case('geomspace', 1, 1000, 4)
case('geomspace', 1, 1000, 3, endpoint=False, tol=1e-15)
case('geomspace', -1000, -1, 4, tol=1e-15)
case('geomspace', 1, 256, 9, tol=1e-15)
case('geomspace', 2, 3, 7, tol=1e-15)
case('geomspace', 1, 2, 1)
case('geomspace', 1, 2, 0)
case('geomspace', 1, -1, 3, tol=1e-15)
case('geomspace', 1, 1000, 4, dtype='int64')
case('geomspace', 0, 10)
case('geomspace', 1, 10, -1)
case('geomspace', A([1.0, 10.0]), A([100.0, 1000.0]), 3, tol=1e-15)
case('geomspace', A([1.0, 10.0]), 1000, 3, axis=1, tol=1e-15)
case('vander', A([1, 2, 3, 5], 'int64'))
case('vander', A([1, 2, 3, 5], 'int64'), 3)
case('vander', A([1, 2, 3, 5], 'int64'), increasing=True)
case('vander', A([1.5, -2, 0.25]), 4)
case('vander', A([1.5, -2, 0.25], 'float32'), 4, True)
case('vander', A([200, 3], 'uint8'))
case('vander', A([True, False], 'bool'))
case('vander', A([1, 2], 'int64'), 0)
case('vander', A([1, 2], 'int64'), 1)
case('vander', A([1, 2], 'int64'), -1)
case('vander', A([[1, 2]], 'int64'))
inplace('fill_diagonal', A(np.zeros((3, 3)), 'int64'), 5)
inplace('fill_diagonal', A(np.zeros((3, 3)), 'int64'), 2.7)
inplace('fill_diagonal', A(np.zeros((5, 3)), 'float64'), A([1, 2]), )
inplace('fill_diagonal', A(np.zeros((7, 3)), 'float64'), 4, wrap=True)
inplace('fill_diagonal', A(np.zeros((7, 3)), 'float64'), 4)
inplace('fill_diagonal', A(np.zeros((3, 5)), 'int64'), A([1, 2, 3, 4], 'int64'), True)
inplace('fill_diagonal', A(np.zeros((3, 3, 3)), 'int64'), 9)
inplace('fill_diagonal', A(np.zeros((3, 3, 2)), 'int64'), 9)
inplace('fill_diagonal', A(np.zeros(3), 'int64'), 9)

# ---- gcd, lcm, fmod, divmod, modf, frexp, ldexp ---------------------------------------------
I = A([12, -18, 0, 7, 100], 'int64')
J = A([8, 12, 0, -21, 75], 'int64')
for fn in ('gcd', 'lcm', 'fmod', 'divmod'):
    case(fn, I, J)
    case(fn, I, 6)
    case(fn, A([12, 200], 'uint8'), A([8, 3], 'int8'))
    case(fn, A([12, 200], 'uint8'), A([8, 3], 'uint8'))
    case(fn, 12, 20)
    case(fn, A([True, False], 'bool'), A([True, True], 'bool'))
    case(fn, A([1.5, -7.5, 5.0, 0.0]), 2)
    case(fn, A([-7, 7, 5], 'int32'), A([3, -3, 0], 'int32'))
    case(fn, A([-7.5, 7.0, 5.0]), A([3.0, -3.0, 0.0]))
    case(fn, A([-7.5, 7.0], 'float32'), 2)
case('divmod', 7, 2)
case('divmod', 7.5, -2)
case('divmod', A([7, -7], 'int8'), 0)
for x in (A([1.5, -2.25, 0.0, -0.0, np.inf, -np.inf, np.nan, -2.0, 1e300]), A([1, -2, 0], 'int64'), A([1, 2], 'int16'),
          A([1.5, -0.5], 'float32')):
    case('modf', x)
    case('frexp', x)
case('modf', -0.5)
case('modf', 3)
case('frexp', 8)
case('frexp', A([1e-310, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308]))
case('frexp', A([1e-40, 3.4e38], 'float32'))
case('ldexp', A([1.5, 2.0]), A([3, -1], 'int64'))
case('ldexp', A([1, 2], 'int64'), A([3, -1], 'int64'))
case('ldexp', A([1, 2], 'int32'), 2)
case('ldexp', A([1, 2], 'float32'), 3)
case('ldexp', A([1, 2], 'float32'), A([3, 200], 'int64'))
case('ldexp', A([1.0, 2.0]), A([1], 'int8'))
case('ldexp', A([1.0, 2.0]), 1.5)
case('ldexp', A([1.0, 2.0]), A([1], 'uint64'))
case('ldexp', A([1.0, 2.0]), A([1.0]))
case('ldexp', 5, 2)
case('ldexp', 0.75, 4)
case('ldexp', 5, A([0, 1, 2, 3], 'int64'))
case('ldexp', A([1.0, 1.5, 1.75, -1.0, 3.0]), A([-1074, -1075, -1075, -1074, 1023], 'int64'))
case('ldexp', A([1.0, 1e-300, 1e300, 0.0, np.inf, np.nan]), A([1024, 2000, -2000, 5000, -5, 7], 'int64'))

# ---- histogram2d ----------------------------------------------------------------------------
rng = np.random.default_rng(7)
X = A(rng.normal(size=40))
Y = A(rng.normal(size=40) * 2 + 1)
case('histogram2d', X, Y)
case('histogram2d', X, Y, bins=4)
case('histogram2d', X, Y, bins=[3, 5])
case('histogram2d', X, Y, bins=[A([-3.0, 0.0, 0.5, 3.0]), 4])
case('histogram2d', X, Y, bins=[-2, -1, 0, 1, 2])
case('histogram2d', X, Y, bins=3, range=[[-1, 1], [0, 2]])
case('histogram2d', X, Y, bins=3, density=True, tol=1e-14)
case('histogram2d', X, Y, bins=[2, 3], weights=A(rng.random(40)), tol=1e-14)
case('histogram2d', A([0, 1, 1, 2], 'int64'), A([0, 0, 1, 2], 'int64'), bins=2)
case('histogram2d', A([0, 1, 1, 2], 'int64'), A([0, 0, 1, 2], 'int64'), bins=[[0, 1, 2], [0, 2, 4]])
case('histogram2d', A([1.0, 1.0]), A([2.0, 2.0]), bins=2)
case('histogram2d', A([]), A([]), bins=2)
case('histogram2d', X, Y, bins=0)
case('histogram2d', X, Y, bins=[[2, 1, 3], 2])
case('histogram2d', X, Y, bins=3, range=[[1, -1], [0, 2]])
case('histogram2d', A([1.0, np.inf]), A([1.0, 2.0]))

# ---- windows, i0, kron ----------------------------------------------------------------------
for n_win in (-1, 0, 1, 2, 5, 6, 12):
    for fn in ('hanning', 'hamming', 'blackman', 'bartlett'):
        case(fn, n_win, tol=1e-15)
    case('kaiser', n_win, 5, tol=1e-14)
case('kaiser', 7, 0, tol=1e-15)
case('kaiser', 8, 14, tol=1e-14)
case('kaiser', 6, 8.6, tol=1e-14)
case('i0', A([0.0, 1.0, 2.0, -3.5, 7.99, 8.0, 8.5, 30.0, 700.0]), tol=1e-14)
case('i0', A([0, 1, 2], 'int64'), tol=1e-14)
case('kron', [1, 10, 100], [5, 6, 7])
case('kron', A(np.eye(2)), A(np.ones((2, 2)), 'int64'))
case('kron', A([[1, 2], [3, 4]], 'int64'), A([[0, 5], [6, 7]], 'int64'))
case('kron', A(np.arange(6).reshape(2, 3), 'int32'), A([1, -1], 'int8'))
case('kron', A([1, 2], 'int64'), A(np.arange(8).reshape(2, 2, 2), 'int64'))
case('kron', A([[1, 2]], 'uint8'), A([[2], [3]], 'uint8'))

# ---- more of the same family: diag_indices, choose, compress, extract, putmask, place,
# ---- histogramdd ----------------------------------------------------------------------------
MM = A(np.arange(12).reshape(3, 4), 'int64')
case('diag_indices', 3)
case('diag_indices', 2, 3)
case('diag_indices', 0)
case('diag_indices_from', A(np.ones((2, 2, 2))))
case('diag_indices_from', A(np.ones((2, 3))))
case('diag_indices_from', A(np.ones(3)))
case('choose', [0, 1, 2], [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
case('choose', [2, 0, 1], [[0, 1, 2], [10, 11, 12], [20, 21, 22]])
case('choose', [0, 3], [[1, 2], [4, 5]])
case('choose', [0, 3], [[1, 2], [4, 5]], mode='wrap')
case('choose', [0, -1], [[1, 2], [4, 5]], mode='clip')
case('choose', [0, 1], [A([1, 2], 'int8'), A([1.5, 2])])
case('choose', [[0], [1]], [[1, 2], [4, 5]])
case('choose', A([0.5, 1]), [[1, 2], [4, 5]])
case('choose', [0, 1, 0], [[1, 2], [4, 5]])
case('choose', [0, 1], [[1, 2, 3], [4, 5]])
case('choose', [0, 1], [[1, 2], [4, 5], [1, 2, 3]])
case('compress', [0, 1], MM, axis=0)
case('compress', [False, True, True], MM, axis=1)
case('compress', [False, True, True], MM)
case('compress', [False, True, True, True, True], MM, axis=1)
case('compress', [False, True, True, False], MM, axis=1)
case('compress', [[1]], MM)
case('extract', A(np.arange(12).reshape(3, 4) % 3 == 0, 'bool'), MM)
case('extract', [1, 0, 1], MM)
inplace('putmask', MM, A(np.arange(12).reshape(3, 4) > 6, 'bool'), [10, 20])
inplace('putmask', MM, A(np.arange(12).reshape(3, 4) > 6, 'bool'), [])
inplace('putmask', MF, A(np.arange(12).reshape(3, 4) % 2 == 1, 'bool'), 2.5)
inplace('putmask', MM, [True, False], 1)
inplace('place', MM, A(np.arange(12).reshape(3, 4) > 6, 'bool'), [10, 20])
inplace('place', MM, A(np.arange(12).reshape(3, 4) > 6, 'bool'), [])
inplace('place', MM, A(np.arange(12).reshape(3, 4) > 20, 'bool'), [])
inplace('place', MM, [True], 1)
inplace('place', 12, [True], 1)
inplace('putmask', 12, [True], 1)
S3 = A(rng.normal(size=(30, 3)))
case('histogramdd', S3)
case('histogramdd', S3, bins=[2, 3, 4])
case('histogramdd', S3, bins=3, density=True, tol=1e-14)
case('histogramdd', S3, bins=[A([-2.0, 0.0, 2.0]), 2, A([-1.0, 1.0])])
case('histogramdd', S3, bins=2, range=[[-1, 1], None, [0, 3]])
case('histogramdd', [A([0, 1, 1, 2], 'int64'), A([0.0, 0.5, 1.0, 2.0])], bins=2, weights=A([1.0, 2.0, 3.0, 4.0]))
case('histogramdd', A([0.5, 1.5, 1.5, 3.0]), bins=3)
case('histogramdd', S3, bins=[2, 3])
case('histogramdd', S3, bins=2, range=[[-1, 1]])

# ---- heaviside, logaddexp2, float_power ------------------------------------------------------
case('heaviside', A([-1, 0, 2], 'int8'), 0.5)
case('heaviside', A([-1.5, 0, 2, np.nan, -0.0]), A([0.5]))
case('heaviside', A([-1, 0, 2], 'float32'), 1)
case('heaviside', 3, 0.5)
case('heaviside', A([True, False], 'bool'), A([False, True], 'bool'))
case('logaddexp2', A([1, 2], 'int16'), 2, tol=1e-7)
case('logaddexp2', A([1.0, 2.0, -np.inf, 1000.0, np.nan]), A([1.0, 5.0, -np.inf, -1000.0, 1.0]), tol=1e-15)
case('logaddexp2', 1, 1)
case('float_power', A([2], 'int8'), 3)
case('float_power', A([2.0], 'float32'), 0.5, tol=1e-15)
case('float_power', A([2, 3], 'int64'), -1, tol=1e-15)
case('float_power', A([-8.0, 4.0]), A([1 / 3, 0.5]), tol=1e-15)

# ---- polynomials (numpy/lib/_polynomial_impl.py) ---------------------------------------------
XP = A(np.linspace(-2, 3, 11))
YP = A(np.linspace(-2, 3, 11) ** 3 + 0.5 * np.linspace(-2, 3, 11) ** 2 - 2 * np.linspace(-2, 3, 11) + 1 + 0.25 * np.cos(np.arange(11)))
case('polyfit', XP, YP, 3, tol=1e-12)
case('polyfit', XP, YP, 1, tol=1e-12)
case('polyfit', A([0, 1, 2, 3], 'int64'), A([1, 3, 5, 7], 'int64'), 1, tol=1e-12)
case('polyfit', XP, A(np.stack([np.linspace(-2, 3, 11) ** 2 + 0.3 * np.linspace(-2, 3, 11) - 1, np.sin(np.linspace(-2, 3, 11))], axis=1)), 2, tol=1e-12)
case('polyfit', XP, YP, 2, w=A(np.linspace(1, 2, 11)), tol=1e-12)
case('polyfit', XP, YP, 2, full=True, tol=1e-12)
case('polyfit', XP, YP, 2, cov=True, tol=1e-10)
case('polyfit', XP, YP, 2, cov='unscaled', tol=1e-10)
case('polyfit', XP, YP, -1)
case('polyfit', A([[1.0, 2.0]]), A([1.0]), 1)
case('polyfit', A([1.0, 2.0]), A([1.0, 2.0, 3.0]), 1)
case('polyfit', A([1.0, 2.0]), A([1.0, 2.0]), 1, w=A([[1.0, 2.0]]))
case('polyfit', A([1.0, 2.0]), A([1.0, 2.0]), 2, cov=True)
case('polyval', A([3, 0, 1], 'int64'), 5)
case('polyval', A([3, 0, 1], 'int64'), A([1, 2, 3], 'int64'))
case('polyval', A([1.5, -2.0, 0.25]), A([[0.0, 1.0], [2.0, -3.5]]))
case('polyval', A([1, 2], 'int32'), A([0.5, 1.5], 'float32'))
case('polyval', A([2.0]), A([1, 2], 'int64'))
case('polyval', [], A([1.0, 2.0]))
for m in (0, 1, 2, 5):
    case('polyder', A([1, 1, 1, 1], 'int64'), m)
    case('polyint', A([3, 2, 1], 'int64'), m)
case('polyder', A([0.5, -1.0, 2.0]), 1)
case('polyder', A([1.0, 2.0]), -1)
case('polyint', A([1.0, 2.0]), -1)
case('polyint', A([1.0, 1.0]), 2, k=A([3.0, 5.0]))
case('polyint', A([1.0, 1.0]), 3, k=2.0)
case('polyint', A([1.0, 1.0]), 3, k=A([1.0, 2.0]))
case('polyadd', A([1, 2], 'int64'), A([9, 5, 4], 'int64'))
case('polyadd', A([1.5]), A([1, 2], 'int64'))
case('polysub', A([2, 10, -2], 'int64'), A([3, 10, -4], 'int64'))
case('polymul', A([1, 2, 3], 'int64'), A([9, 5, 1], 'int64'))
case('polymul', A([1.0, -0.5]), A([2.0, 0.0, 1.0]))
case('poly', A([1.0, 2.0]))
case('poly', A([0.5, -1.0, 3.0]))
case('poly', A([], 'float64'))
case('poly', 2.0)
# A matrix: the characteristic polynomial, from eigenvalues (complex pairs give real coefficients).
case('poly', A([[1, 2], [3, 4]], 'float64'), tol=1e-12)
case('poly', A([[0, -1], [1, 0]], 'float64'), tol=1e-12)
case('poly', A([[2, 0, 0], [0, 3, 4], [0, 4, 9]], 'float64'), tol=1e-12)
# ---- NumPy 2's array-API names and small helpers -----------------------------------------------
V = A([-0.5, 0.0, 0.75])
for fn in ('acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh'):
    case(fn, A([0.5, 1.0, 2.0]) if fn == 'acosh' else V, tol=1e-15)
case('atan2', V, A([1.0, -1.0, 2.0]), tol=1e-15)
case('pow', A([2, 3], 'int64'), 3)
case('bitwise_left_shift', A([1, 2], 'int64'), 3)
case('bitwise_right_shift', A([16, 5], 'int64'), 2)
case('bitwise_invert', A([0, 5], 'uint8'))
case('concat', [A([1, 2], 'int64'), A([3], 'int64')])
case('permute_dims', A(np.arange(6).reshape(1, 2, 3), 'int64'), [2, 0, 1])
case('cumulative_sum', A([1, 2, 3], 'int64'))
case('cumulative_sum', A([1, 2, 3], 'int64'), include_initial=True)
case('cumulative_sum', A([[1, 2], [3, 4]], 'int64'), axis=1, include_initial=True)
case('cumulative_sum', A([[1, 2], [3, 4]], 'int64'), axis=0)
case('cumulative_sum', A([1.5, 2.0]), dtype='float32')
case('cumulative_sum', A([[1, 2], [3, 4]], 'int64'))
case('cumulative_sum', A([True, True, False], 'bool'))
case('cumulative_prod', A([1, 2, 3], 'int64'))
case('cumulative_prod', A([[1, 2], [3, 4]], 'int64'), axis=1, include_initial=True)
case('cumulative_prod', A([2.0, 0.5], 'float32'), include_initial=True)
case('unstack', A(np.arange(6).reshape(2, 3), 'int64'))
case('unstack', A(np.arange(6).reshape(2, 3), 'int64'), axis=1)
case('unstack', A(np.arange(8).reshape(2, 2, 2), 'float64'), axis=-1)
case('ndim', [[1, 2], [3, 4]])
case('ndim', 3)
case('shape', [[1, 2, 3]])
case('shape', 3)
case('size', A(np.ones((2, 3))))
case('size', A(np.ones((2, 3))), 1)
case('size', A(np.ones((2, 3))), -1)
case('broadcast_shapes', [2, 1], [3])
case('broadcast_shapes', [1, 2], [3, 1], [1])
case('broadcast_shapes', [2], [3])
case('broadcast_shapes', [2, 1], [3, 4], [5])
case('broadcast_shapes', [4, 1, 3], [2, 1], [4, 5, 1, 1])
case('broadcast_shapes')
for v, w in ((5, None), (-5, None), (-5, 8), (0, None), (0, 4), (8, None), (-8, 4), (-9, 3), (255, 4), (2**40 + 3, None)):
    case('binary_repr', v, w)
for v, b, p in ((255, 16, 0), (-10, 3, 0), (0, 2, 0), (0, 2, 3), (7, 2, 2), (35, 36, 0), (5, 40, 0), (5, 1, 0), (-7, 8, 1)):
    case('base_repr', v, b, p)
case('format_float_positional', 0.1, precision=3, unique=False)
case('format_float_positional', 1.5, trim='-')
case('format_float_scientific', 123456.789, precision=3)
case('array2string', A([1.5, 2.25, 3.0]), separator=', ')
case('array2string', A(np.arange(12).reshape(3, 4), 'int64'), threshold=5, edgeitems=1)
POLY1D = []
for coeffs, var in [([1, 2, 3], None), ([0, 0, 1.5, -2, 0], None), ([1, 0, -1, 0, 0, 7], 't'), ([0], None), ([-1.25, 1e-5, 123456.7], None),
                    ([1] * 30, None), ([2.0, -3.0], 'z'), ([1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1], None)]:
    p = np.poly1d(coeffs, variable=var)
    POLY1D.append({'coeffs': js(A(coeffs, 'float64' if any(isinstance(c, float) for c in coeffs) else 'int64')), 'variable': var,
                   'str': str(p), 'repr': repr(p), 'order': int(p.order), 'at': enc_result(p(1.5)),
                   'deriv': nd(p.deriv().coeffs), 'integ': nd(p.integ().coeffs)})

# poly1d's arithmetic (Python's data model: in cells, the operators call these)
P, Q = np.poly1d([1, 2]), np.poly1d([3, 0, -1])
POLY1D_OPS = []
for expr in ['p * q', '2 * p', 'p * 2', 'p + 1', '1 + p', 'p - q', '5 - p', '-p', 'p ** 3', 'p / 2', 'p == np.poly1d([1, 2])', 'p != q', 'p == 1']:
    v = eval(expr, {'np': np, 'p': P, 'q': Q})
    POLY1D_OPS.append({'expr': expr, 'repr': repr(v) if isinstance(v, np.poly1d) else str(bool(v)).lower()})

# ---- the rest of the namespace: float bits, packbits, unwrap, vector products, unique_*, text ----
for x1, x2 in ((1, 2), (1, 0), (0, 1), (0, -1), (-1, -2), (A([0, 1, -1, 1e300], 'float64'), A([1, 0, 0, np.inf], 'float64')),
               (A([0, 1, 2.5], 'float32'), 10), (A([1, 2], 'int8'), 3), (np.nan, 1), (A([1.0], 'float64'), np.nan)):
    case('nextafter', x1, x2)
for x in (1, -1, 0, A([1e300], 'float64'), A([1, -1, 0, np.inf, np.nan, 5e-324], 'float64'), A([1, 0, -3.5], 'float32'), A([1, 2], 'int32')):
    case('spacing', x)
for x in (A([-1, 7, 255], 'int16'), A([0, 1, 2**40 + 7], 'int64'), A([3, 255], 'uint8'), A([True, False], 'bool'), 1023, A([1.5], 'float64')):
    case('bitwise_count', x)
BITS = A([[1, 0, 1, 1, 0, 0, 0, 1, 1], [0, 1, 1, 0, 0, 0, 0, 0, 1]], 'int64')
case('packbits', BITS)
case('packbits', BITS, axis=1)
case('packbits', BITS, axis=0)
case('packbits', BITS, axis=-1, bitorder='little')
case('packbits', A([True, False, True], 'bool'))
case('packbits', A([1.5], 'float64'))
case('packbits', A([1, 0], 'int64'), bitorder='mid')
case('packbits', BITS, axis=2)
BYTES = A([[2, 7], [255, 128]], 'uint8')
case('unpackbits', BYTES)
case('unpackbits', BYTES, axis=1)
case('unpackbits', BYTES, axis=0, bitorder='little')
case('unpackbits', BYTES, axis=1, count=10)
case('unpackbits', BYTES, axis=1, count=-3)
case('unpackbits', BYTES, count=-17)
case('unpackbits', A([1, 2], 'int64'))
PHASE = A([0, 3, 6.5, 10, 2, -4, 7], 'float64')
case('unwrap', PHASE)
case('unwrap', PHASE, discont=4)
case('unwrap', PHASE, period=4)
case('unwrap', A([1, 2, 3, 4, 5, 6, 1, 2, 3], 'int64'), period=6)
case('unwrap', A([[0, 3, 6.5], [1, -3, 2]], 'float64'), axis=0)
case('unwrap', A([0, 5, 10, 15], 'int64'), period=10)
M23 = A(np.arange(6).reshape(2, 3), 'int64')
case('vecdot', M23, A([1, 2, 3], 'int64'))
case('vecdot', A(np.ones((3, 2)), 'float64'), A(np.ones((3, 2)), 'float64'), axis=0)
case('vecdot', A([1.5, 2], 'float64'), A([1, 1], 'float64'))
case('vecdot', A([1, 2], 'int8'), A([3, 4], 'int8'))
case('vecdot', A([1, 2], 'int64'), A([1, 2, 3], 'int64'))
case('vecdot', 3, A([1], 'int64'))
case('matvec', A([[1, 2], [3, 4]], 'int64'), A([1, 1], 'int64'))
case('matvec', A(np.arange(12).reshape(2, 2, 3), 'float64'), A([1, 0, -1], 'float64'))
case('matvec', A([[1, 2], [3, 4]], 'int64'), A([1, 1, 1], 'int64'))
case('matvec', A([1, 2], 'int64'), A([1, 2], 'int64'))
case('vecmat', A([1, 1], 'int64'), A([[1, 2], [3, 4]], 'int64'))
case('vecmat', A([1, 2, 3], 'float32'), A(np.arange(12).reshape(2, 3, 2), 'float32'))
case('vecmat', A([1, 2], 'int64'), A([1, 2], 'int64'))
case('vecmat', A([1, 2, 3], 'int64'), A([[1, 2], [3, 4]], 'int64'))
case('matrix_transpose', A(np.arange(6).reshape(1, 2, 3), 'int64'))
case('matrix_transpose', A([1, 2, 3], 'int64'))
U = A([[3, 1, 2], [1, 2, 9]], 'int64')
case('unique_all', U)
case('unique_counts', A([3, 1, 1, 5], 'int64'))
case('unique_counts', A([3.0, np.nan, 1, np.nan], 'float64'))
case('unique_inverse', U)
case('unique_values', A([2.5, -1, 2.5, 0], 'float64'))
case('fromstring', '1 2 3', sep=' ')
case('fromstring', '1,2,3', dtype='int64', sep=',')
case('fromstring', ' 1 ,  2,3', sep=',')
case('fromstring', '1\n2\t3', sep=' ')
case('fromstring', '1,2,', sep=',')
case('fromstring', 'nan inf -inf 1e3 -2.5', sep=' ')
case('fromstring', '1 2 3 4', dtype='int32', sep=' ', count=2)
case('fromstring', '1 2 x', sep=' ')
case('fromstring', '1.5 2', dtype='int64', sep=' ')
case('fromstring', '1 2', sep='')
case('fromstring', '', sep=',')
case('asfortranarray', A(np.arange(6).reshape(2, 3), 'int64'))
for arrs in ((A([1, 2], 'int64'), A([1.0], 'float32')), (A([1.0], 'float32'),), (A([1], 'uint8'), A([1], 'float32')), (A([True], 'bool'),)):
    try:
        expect = enc_result(np.dtype(np.common_type(*[py(a) for a in arrs])).name)
    except Exception as e:  # noqa: BLE001
        expect = error(e)
    cases.append({'fn': 'common_type', 'args': [js(a) for a in arrs], 'kwargs': {}, 'expect': expect})
case('mintypecode', ['d', 'f', 'S'])
case('mintypecode', ['F', 'd'])
case('mintypecode', ['b', 'h'])
case('mintypecode', ['f', 'F'])
case('typename', 'd')
case('typename', 'F')
for k in ('bool', 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating', 'numeric', 'int8', ('bool', 'float32'), 'bogus'):
    for d in ('bool', 'int8', 'uint16', 'int64', 'float32', 'float64'):
        try:
            r = np.isdtype(np.dtype(d), tuple(np.dtype(x) if x not in ('bool', 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating', 'numeric', 'bogus') else x for x in k) if isinstance(k, tuple) else (np.dtype(k) if k == 'int8' else k))
            expect = enc_result(bool(r))
        except Exception as e:  # noqa: BLE001
            expect = error(e)
        cases.append({'fn': 'isdtype', 'args': [d, list(k) if isinstance(k, tuple) else k], 'kwargs': {}, 'expect': expect})
ABSTRACT = {'generic': np.generic, 'number': np.number, 'integer': np.integer, 'signedinteger': np.signedinteger,
            'unsignedinteger': np.unsignedinteger, 'inexact': np.inexact, 'floating': np.floating, 'complexfloating': np.complexfloating}
for a in ('bool', 'int8', 'uint32', 'int64', 'float32', 'float64', *ABSTRACT):
    for b in ('int8', 'float32', 'float64', *ABSTRACT):
        cases.append({'fn': 'issubdtype', 'args': [a, b], 'kwargs': {}, 'expect': enc_result(bool(np.issubdtype(ABSTRACT.get(a, a), ABSTRACT.get(b, b))))})
inplace('copyto', A([0, 0, 0], 'float64'), A([1, 2, 3], 'int64'), where=A([True, False, True], 'bool'))
inplace('copyto', A([0, 0, 0], 'int8'), 5)
inplace('copyto', A([0, 0, 0], 'int64'), 1.5)
inplace('copyto', A([0, 0, 0], 'int8'), 300)
inplace('copyto', A([0, 0, 0], 'float64'), A([1, 2, 3], 'int64'), casting='no')
inplace('copyto', A([0, 0, 0], 'float64'), A([1, 2], 'int64'))
inplace('copyto', A([[0, 0], [0, 0]], 'float64'), A([1, 2], 'float64'))
inplace('copyto', A([0, 0], 'int8'), A([1, 2], 'int64'))

# ---- conversions and legacy spellings ----
R4 = A(np.arange(360).reshape(3, 4, 5, 6), 'int64')
for axis, start in ((3, 1), (2, 0), (1, 4), (-1, -2), (0, 5), (0, -5), (4, 0)):
    case('rollaxis', R4, axis, start)
case('asarray_chkfinite', A([1, 2], 'float64'))
case('asarray_chkfinite', A([1, np.nan], 'float64'))
case('asarray_chkfinite', A([1, np.inf], 'float32'))
case('asanyarray', A([[1, 2]], 'int16'))
case('astype', A([1.7, -1.7], 'float64'), 'int32')
case('astype', A([1, 0], 'int64'), 'bool')
for u, v in (([1, 2, 3, 4], [1, 1]), ([1, 2, 3], [2, 1]), ([3, 0, -1], [1, 2, 3, 4]), ([1, -3, 3, -1], [1, -1]), ([2, 4], [2])):
    case('polydiv', A(u, 'int64'), A(v, 'int64'))
case('setbufsize', 5)

# ---- memory: views of one array (index strings as a.get takes them), their overlap and flags ----
BASE = np.arange(24).reshape(4, 6)
VIEWS = ['...', '::2', '1::2', ':, ::2', ':, 1::2', '0', '1', ':2, :3', '2:, 3:', '1:3, 2:5', '::-1', ':, 5', '::3, ::4', '1, ::-2']
MEMORY = {'views': VIEWS, 'shares': [], 'may_share': [], 'flags': [], 'transposed_flags': None}
for v in VIEWS:
    x = eval(f'BASE[{v}]')
    MEMORY['flags'].append([bool(x.flags[k]) for k in ('C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA')])
    MEMORY['shares'].append([bool(np.shares_memory(x, eval(f'BASE[{w}]'))) for w in VIEWS])
    MEMORY['may_share'].append([bool(np.may_share_memory(x, eval(f'BASE[{w}]'))) for w in VIEWS])
CBASE = np.arange(12).reshape(3, 4) * (1 + 2j)
CVIEWS = [('...', None), ('::2', None), ('1::2', None), (':, 1', None), ('...', 'real'), ('...', 'imag'), (':, ::2', 'imag'), ('1', 'real'), ('1', 'imag')]
def cview(v, part):
    x = eval(f'CBASE[{v}]')
    return x if part is None else getattr(x, part)
MEMORY['complex_views'] = CVIEWS
MEMORY['complex_shares'] = [[bool(np.shares_memory(cview(*a), cview(*b))) for b in CVIEWS] for a in CVIEWS]
MEMORY['complex_strides'] = [list(cview(*a).strides) for a in CVIEWS]
MEMORY['flags_repr'] = repr(BASE[:, ::2].flags)
MEMORY['require_C_of_T'] = [bool(np.require(BASE.T, requirements=['C']).flags[k]) for k in ('C_CONTIGUOUS', 'F_CONTIGUOUS')]
MEMORY['require_FO'] = [bool(np.require(BASE, requirements='FO').flags[k]) for k in ('C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA')]
MEMORY['isfortran'] = [bool(np.isfortran(BASE)), bool(np.isfortran(BASE.T)), bool(np.isfortran(np.asfortranarray(BASE)))]
MEMORY['iterable'] = [bool(np.iterable(v)) for v in ([1], np.array(1), 2, 'ab', np.arange(2), None)]
MEMORY['apply_over_axes'] = nd(np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), [0, 2]))
MEMORY['apply_over_axes_neg'] = nd(np.apply_over_axes(np.mean, np.arange(24.0).reshape(2, 3, 4), -1))
MEMORY['fromiter'] = nd(np.fromiter((x * x for x in range(5)), np.int64, count=3))
MEMORY['fromiter_int8'] = nd(np.fromiter(iter([1.5, 2, -3.7]), dtype=np.int8))
try:
    np.fromiter([1, 2], np.int64, count=5)
except ValueError as e:
    MEMORY['fromiter_short'] = str(e)

with open(OUT, 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': cases, 'poly1d': POLY1D, 'poly1d_ops': POLY1D_OPS, 'memory': MEMORY}, f, separators=(',', ':'))
    f.write('\n')
print(f'{len(cases)} cases -> {OUT}')
