#!/usr/bin/env python3
"""Generate test/goldens/testing.json: what NumPy's own np.testing asserts do (pass, or
raise with which class and which exact message) for cases the runtime's np.testing replays.

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_testing_goldens.py

Output (one JSON object):
  numpy -- the NumPy version that produced it
  cases -- {fn, args, kwargs, expect}: the runtime calls np.testing[fn](...args, kwargs)
           (no options object when kwargs is empty).
           An array argument is {"nd": {dtype, shape, data}} (data a flattened C-order list,
           nan/inf as "nan", "inf", "-inf"); a Python float that is integral is sent as a
           JSON int and NumPy is called with the int, as JavaScript cannot tell them apart;
           {"exc": name} is an exception class (np[name] in the runtime), {"npfn": name} a
           NumPy function (np[name]); other arguments are JSON numbers, strings, lists and
           objects (Python dicts).
           printoptions, when present, are np.printoptions the call runs under.
           expect is {"ok": true} when the call returned, else {"error": class name,
           "message": str(exception)}.
"""
import builtins
import json
import math
import os
import warnings

import numpy as np

from golden_json import enc_num, enc_val, nd  # noqa: F401

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'testing.json')
warnings.simplefilter('ignore')

cases = []



class A:
    """An array argument, built in Python with its dtype and sent to JS as {"nd": ...}."""

    def __init__(self, data, dtype='float64'):
        self.arr = np.array(data, dtype=dtype)


class Exc:
    def __init__(self, name):
        self.name = name


class Fn:
    def __init__(self, name):
        self.name = name


def js(v):
    """A Python argument as JavaScript will see it (integral floats are ints there)."""
    if isinstance(v, A):
        return nd(v.arr)
    if isinstance(v, Exc):
        return {'exc': v.name}
    if isinstance(v, Fn):
        return {'npfn': v.name}
    if isinstance(v, (list, tuple)):
        return [js(x) for x in v]
    if isinstance(v, dict):
        return {k: js(x) for k, x in v.items()}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return enc_num(v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def py(v):
    """The Python value NumPy is called with (mirroring js())."""
    if isinstance(v, A):
        return v.arr.copy()
    if isinstance(v, Exc):
        return getattr(builtins, v.name, None) or getattr(np.exceptions, v.name, None) or getattr(np.linalg, v.name)
    if isinstance(v, Fn):
        return getattr(np, v.name)
    if isinstance(v, list):
        return [py(x) for x in v]
    if isinstance(v, tuple):
        return tuple(py(x) for x in v)
    if isinstance(v, dict):
        return {k: py(x) for k, x in v.items()}
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def case(fn, *args, printoptions=None, **kwargs):
    try:
        with np.printoptions(**(printoptions or {})):
            getattr(np.testing, fn)(*[py(a) for a in args], **{k: py(v) for k, v in kwargs.items()})
        expect = {'ok': True}
    except Exception as e:  # noqa: BLE001
        expect = {'error': type(e).__name__, 'message': str(e)}
    c = {'fn': fn, 'args': [js(a) for a in args], 'kwargs': {k: js(v) for k, v in kwargs.items()}, 'expect': expect}
    if printoptions:
        c['printoptions'] = printoptions
    cases.append(c)


nan, inf = np.nan, np.inf
rng = np.random.default_rng(20250112)
F3 = [1.0, 2.0, 3.0]
R = rng.normal(size=(4, 6))
R_near = R * (1 + 1e-9)
R_off = R.copy()
R_off[1, 2] += 1e-3
R_off[3, 5] = -R_off[3, 5]
W = np.linspace(0.001, 1000, 60).reshape(3, 20)   # a 2-d repr that wraps
W_off = W.copy()
W_off[0, 3] = 7.5
W_off[2, 19] = 0
BIG = np.arange(2000.0)
BIG_off = BIG.copy()
BIG_off[1500] = -1
MANY = np.arange(12.0).reshape(3, 4)

# ---- assert_allclose ---------------------------------------------------------------------
ac = 'assert_allclose'
case(ac, A(F3), A(F3))
case(ac, A(F3), A([1.0, 2.0, 4.0]))
case(ac, A(F3), A([1.0, 2.0, 3.0000001]))
case(ac, A(F3), A([1.0, 2.0, 3.0001]), rtol=1e-3)
case(ac, A(F3), A([1.0, 2.0, 3.0001]), 1e-3)                      # rtol positional
case(ac, A(F3), A([1.0, 2.0, 3.01]), 0, 0.05)                     # rtol, atol positional
case(ac, A(F3), A([1.0, 2.0, 3.01]), atol=0.001)
case(ac, A(F3), A([1.0, 2.0, 3.01]), rtol=0, atol=0.001)
case(ac, A([0.0, 1e-10]), A([0.0, 0.0]))
case(ac, A([0.0, 1e-10]), A([0.0, 0.0]), atol=1e-9)
case(ac, A(R), A(R_near))
case(ac, A(R), A(R_off))
case(ac, A(R), A(R_off), rtol=1e-5, atol=1e-8)
case(ac, A(W), A(W_off))
case(ac, A(BIG), A(BIG_off))
case(ac, A(BIG), A(BIG + 1))
case(ac, A(MANY), A(MANY + 1))
case(ac, A(MANY), A(MANY + np.eye(3, 4)))
case(ac, A([1.0, nan, 3.0]), A([1.0, nan, 3.0]))
case(ac, A([1.0, nan, 3.0]), A([1.0, 2.0, 3.0]))
case(ac, A([1.0, nan, 3.0]), A([1.0, nan, 3.0]), equal_nan=False)
case(ac, A([1.0, nan, 4.0]), A([1.0, nan, 3.0]))
case(ac, A([nan, nan]), A([nan, nan]))
case(ac, A([nan, nan]), nan)
case(ac, nan, nan)
case(ac, nan, 1.5)
case(ac, A([1.0, inf, -inf]), A([1.0, inf, -inf]))
case(ac, A([1.0, inf]), A([1.0, -inf]))
case(ac, A([1.0, inf]), A([1.0, 5.0]))
case(ac, inf, A([inf, inf]))
case(ac, inf, A([inf, -inf]))
case(ac, A([inf, nan]), A([inf, nan]), equal_nan=False)
case(ac, A(F3), A([1.0, 2.0, 3.0, 4.0]))
case(ac, A([[1.0, 2.0]]), A([1.0, 2.0]))
case(ac, A(F3), 2.0)
case(ac, A([2.0, 2.0]), 2)
case(ac, 2.5, A([2.5, 2.6]))
case(ac, A(np.sin(np.arange(3) * np.pi)), 0, atol=1e-15)
case(ac, A(np.sin(np.arange(3) * np.pi)), 0, atol=1e-15, strict=True)
case(ac, A(np.sin(np.arange(3) * np.pi)), A(np.zeros(3), 'float32'), atol=1e-15, strict=True)
case(ac, A(F3), A(F3, 'float32'), strict=True)
case(ac, A(F3), A(F3), strict=True)
case(ac, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'))
case(ac, A([1, 2, 3], 'int64'), A([1, 2, 3], 'int64'))
case(ac, A([1, 2], 'float32'), A([1.1, 2.0]))
case(ac, A([1, 2], 'float32'), A([1.1, 2.0], 'float32'))
case(ac, A([1e-5, 1e-3, 1e-1]), A(np.arccos(np.cos([1e-5, 1e-3, 1e-1]))), rtol=1e-5, atol=0)
case(ac, A([], 'float64'), A([], 'float64'))
case(ac, A([], 'float64'), 3.0)
case(ac, A([], 'float64'), A([1.0]))
case(ac, A(np.zeros((2, 0))), A(np.zeros((0, 2))))
case(ac, A(1.0), A(2.0))
case(ac, 1.0, 2.0)
case(ac, 1.0, 1.0)
case(ac, A(F3), A([1.0, 2.0, 4.0]), err_msg='my message')
case(ac, A(F3), A([1.0, 2.0, 4.0]), err_msg='a message that is long enough that it would not fit on the header line')
case(ac, A(F3), A([1.0, 2.0, 4.0]), err_msg='two\nlines')
case(ac, A(F3), A([1.0, 2.0, 4.0]), verbose=False)
case(ac, A(F3), A([1.0, 2.0, 4.0]), verbose=False, err_msg='quiet')
case(ac, A([1.0, nan]), A([1.0, 2.0]), verbose=False)
case(ac, A(F3), A([1.0, 2.0, 3.0, 4.0]), err_msg='shape')
case(ac, A(F3), A([1.0, 2.0, 4.0]), rtol=0.5e-3, atol=12345678.9)
case(ac, A(F3), A([1.0, 2.0, 4.0]), rtol=1e-20, atol=1e15)
case(ac, A([1.0, 2.0]), A([0.0, 0.0]))
case(ac, A([1.0, 0.0]), A([0.0, 1.0]))
case(ac, A([True, False]), A([True, True]))
case(ac, A([1, 2], 'uint8'), A([3, 2], 'uint8'))
case(ac, A([-128, 2], 'int8'), A([127, 2], 'int8'))
case(ac, A(rng.normal(size=(3, 4, 5))), A(rng.normal(size=(3, 4, 5))))
case(ac, A([1e-300, 1e300]), A([2e-300, 1e300]))
case(ac, A([123456.789, 0.000123]), A([123456.7, 0.000124]))

# ---- assert_array_equal ----------------------------------------------------------------------
ae = 'assert_array_equal'
case(ae, A([1, 2, 3], 'int64'), A([1, 2, 3], 'int64'))
case(ae, [1, 2, 3], [1, 2, 3])
case(ae, [1, 2, 3], [1, 2, 4])
case(ae, [1, 2, 3], [1, 2, 3, 4])
case(ae, 3, [1, 2, 3])
case(ae, [3, 3], 3)
case(ae, A([1, 2], 'uint8'), A([3, 1], 'uint8'))
case(ae, A([10, 200], 'uint8'), A([250, 100], 'uint8'))
case(ae, A([-128, 2], 'int8'), A([127, 3], 'int8'))
case(ae, A([1, 2], 'int32'), A([1, 2], 'int64'))
case(ae, A([1, 2], 'int32'), A([1, 2], 'int64'), strict=True)
case(ae, A([True, False]), A([False, False]))
case(ae, A([True, False]), A([True, False]))
case(ae, A([[True, False], [False, True]]), A([[True, True], [True, True]]))
case(ae, A([1.0, nan, 3.0]), A([1.0, nan, 4.0]))
case(ae, A([1.0, nan, 3.0]), A([1.0, nan, 3.0]))
case(ae, A([1.0, nan, 3.0]), A([1.0, 2.0, nan]))
case(ae, A([1.0, inf, 3.0]), A([1.0, -inf, 3.0]))
case(ae, A([1.0, inf, 3.0]), A([1.0, inf, 3.0]))
case(ae, A(1.5), A(2.5))
case(ae, 1.5, 2.5)
case(ae, A(1.5), A([2.5]))
case(ae, A([1.5]), A(1.5))
case(ae, A(np.zeros(0)), A(np.zeros(3)))
case(ae, A(np.zeros(0)), 3)
case(ae, A(np.zeros((2, 0))), A(np.zeros((2, 0)), 'int64'))
case(ae, A(np.zeros((2, 0))), A(np.zeros((2, 0)), 'int64'), strict=True)
case(ae, A(MANY), A(MANY.T))
case(ae, A(MANY), A(MANY + np.eye(3, 4)))
case(ae, A(W), A(W_off))
case(ae, A(BIG), A(BIG + 1))
case(ae, A(np.arange(2000), 'int64'), A(np.arange(2000), 'int64'))
case(ae, A(np.arange(2000), 'int64'), A(np.where(np.arange(2000) == 1234, -5, np.arange(2000)), 'int64'))
case(ae, A(np.arange(60).reshape(3, 4, 5), 'int64'), A(np.arange(60).reshape(3, 4, 5) * 2, 'int64'))
case(ae, A(np.arange(6), 'float32'), A(np.arange(6) + 0.1, 'float32'))
case(ae, A([0.0, -0.0]), A([-0.0, 0.0]))
case(ae, A([1e-20, 1e20]), A([2e-20, 1e20]))
case(ae, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'), err_msg='ints differ')
case(ae, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'), verbose=False)
case(ae, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'), 'positional msg', False)
case(ae, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'), 'positional msg')
case(ae, A([1, 2, 3], 'int64'), A([1, 2, 4], 'float64'))
case(ae, A([5, 6], 'int16'), A([5, 7], 'uint16'))
case(ae, A(np.arange(4.0).reshape(2, 2)), A([[0.0, 1.0], [2.0, 3.5]]))

# ---- assert_array_almost_equal ------------------------------------------------------------------
aa = 'assert_array_almost_equal'
case(aa, A([1.0, 2.333333333]), A([1.0, 2.33333334]))
case(aa, A([1.0, 2.33333, nan]), A([1.0, 2.33339, nan]))
case(aa, A([1.0, 2.33333, nan]), A([1.0, 2.33333, 5.0]))
case(aa, A([1.0, 2.33333, nan]), A([1.0, 2.33339, nan]), decimal=5)
case(aa, A([1.0, 2.33333, nan]), A([1.0, 2.33339, nan]), 4)
case(aa, A([1, 2.0000001]), A([1, 2.01]))
case(aa, A([1, 2.0000001]), A([1, 2.01]), decimal=1)
case(aa, A([1, 2.0000001]), A([1, 2.01]), decimal=0)
case(aa, A(R), A(R_off))
case(aa, A(R), A(R_off), decimal=2)
case(aa, A(R), A(R_off), decimal=3)
case(aa, A(R), A(R_off), decimal=10)
case(aa, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'))
case(aa, A([1, 2, 3], 'int64'), A([1, 2, 3.0000001]))
case(aa, A([1, 2], 'float32'), A([1.0000001, 2.1], 'float32'))
case(aa, A([True, False]), A([True, True]))
case(aa, A(F3), A([1.0, 2.0, 3.0, 4.0]))
case(aa, A(F3), 2.0)
case(aa, A([inf, 1.0]), A([inf, 1.0]))
case(aa, A([inf, 1.0]), A([-inf, 1.0]))
case(aa, A(W), A(W_off), decimal=3)
case(aa, A(F3), A([1.0, 2.0, 4.0]), err_msg='almost')
case(aa, A(F3), A([1.0, 2.0, 4.0]), verbose=False)
case(aa, [1.0, 2.5], [1.0, 2.50001])
case(aa, 1.5, 1.6)

# ---- assert_array_less ---------------------------------------------------------------------------
al = 'assert_array_less'
case(al, [1.0, 1.0], [1.1, 2.0])
case(al, [1, 2, 3], [1, 2, 3])
case(al, A([1.0, 2.0, 3.0]), A([2.0, 1.0, 4.0]))
case(al, A([1.0, 2.0, 3.0]), 4)
case(al, A([1.0, 2.0, 3.0]), 2)
case(al, 0, A([1.0, 2.0, 3.0]))
case(al, 2, A([1.0, 2.0, 3.0]))
case(al, A([1.0, nan]), A([1.1, nan]))
case(al, A([1.0, nan]), A([1.1, 2.0]))
case(al, A([1.0, inf]), A([2.0, inf]))
case(al, A([1.0, -inf]), A([2.0, inf]))
case(al, A([1.0, 2.0]), A([1.0, 2.0, 3.0]))
case(al, A([1, 2], 'int64'), A([2.0, 3.0]), strict=True)
case(al, A([1, 2], 'int64'), A([2.0, 3.0]))
case(al, A([[1, 5], [2, 6]], 'int64'), A([[3, 4], [3, 4]], 'int64'))
case(al, A([5, 2], 'uint8'), A([3, 4], 'uint8'))
case(al, A([True, False]), A([True, True]))
case(al, A([1.0, 2.0]), A([0.0, 3.0]))
case(al, A([1.0, 2.0]), A([0.0, 0.0]))
case(al, A(BIG), A(BIG))
case(al, A(F3), A([1.0, 1.0, 1.0]), err_msg='less')
case(al, A(F3), A([1.0, 1.0, 1.0]), verbose=False)

# ---- assert_equal ----------------------------------------------------------------------------------
eq = 'assert_equal'
case(eq, 3, 3)
case(eq, 3, 4)
case(eq, 3.5, 3)
case(eq, 1e-5, 2e16)
case(eq, nan, nan)
case(eq, nan, 1.0)
case(eq, inf, -inf)
case(eq, True, 1)
case(eq, True, False)
case(eq, 'abc', 'abc')
case(eq, 'abc', 'abd')
case(eq, "it's", 'x')
case(eq, None, None)
case(eq, None, 0)
case(eq, 3, [3])
case(eq, [3], 3)
case(eq, [1, 2], [1, 2])
case(eq, [1, 2], [1, 3])
case(eq, [1, 2], [1, 2, 3])
case(eq, [1, 2], [1, 3], err_msg='hello')
case(eq, [[1, 2], [3, 4]], [[1, 2], [3, 5]])
case(eq, [1.5, nan], [1.5, nan])
case(eq, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 2]})
case(eq, {'a': 1}, {'a': 2})
case(eq, {'a': 1}, {'b': 1})
case(eq, {'a': 1}, {'a': 1, 'b': 2})
case(eq, 3, {'a': 1})
case(eq, [1, 2], {'a': 1})
case(eq, A([1, 2, 3], 'int64'), A([1, 2, 4], 'int64'))
case(eq, A([1, 2, 3], 'int64'), [1, 2, 4])
case(eq, A([1, 2, 3], 'int64'), 2)
case(eq, A([1, 2], 'int32'), A([1, 2], 'int64'), strict=True)
case(eq, A([1.0, nan]), A([1.0, nan]))
case(eq, 3, 4, err_msg='numbers')
case(eq, 3, 4, verbose=False)
case(eq, [1, [2, 3]], [1, [2, 4]], 'nested')
case(eq, 'x' * 100, 'y')

# ---- assert_almost_equal -----------------------------------------------------------------------------
am = 'assert_almost_equal'
case(am, 2.3333333333333, 2.33333334)
case(am, 2.3333333333333, 2.33333334, decimal=10)
case(am, 2.3333333333333, 2.33333334, 10)
case(am, 1, 1.0000002)
case(am, 1, 1.0000002, decimal=6)
case(am, nan, nan)
case(am, nan, 1.0)
case(am, inf, inf)
case(am, inf, -inf)
case(am, 1.0, inf)
case(am, 3, 3)
case(am, [1.0, 2.3333333333333], [1.0, 2.33333334])
case(am, [1.0, 2.3333333333333], [1.0, 2.33333334], decimal=10)
case(am, A([1.0, 2.3333333333333]), A([1.0, 2.33333334]), decimal=10, err_msg='arr')
case(am, A([1.0, 2.3333333333333]), A([1.0, 2.33333334]), decimal=10, verbose=False)
case(am, 1.5, 1.6, err_msg='scalars', decimal=1)
case(am, 1.5, 1.6, verbose=False)

# ---- assert_approx_equal -----------------------------------------------------------------------------
ap = 'assert_approx_equal'
case(ap, 0.12345677777777e-20, 0.1234567e-20)
case(ap, 0.12345670e-20, 0.12345671e-20, significant=8)
case(ap, 0.12345672e-20, 0.12345671e-20, significant=8)
case(ap, 0.12345672e-20, 0.12345671e-20, 8)
case(ap, 1.0, 1.1)
case(ap, 1, 1)
case(ap, 0, 1e-300)
case(ap, 123456789, 123456788)
case(ap, 123456789, 123456788, significant=9)
case(ap, nan, nan)
case(ap, nan, 1)
case(ap, inf, inf)
case(ap, inf, -inf)
case(ap, 1.0, 1.1, err_msg='approx')
case(ap, 1.0, 1.1, verbose=False)

# ---- assert_raises -----------------------------------------------------------------------------------
ar = 'assert_raises'
case(ar, Exc('ValueError'), Fn('zeros'), 3)
case(ar, Exc('ValueError'), Fn('reshape'), A(np.arange(6), 'int64'), [4])
case(ar, Exc('IndexError'), Fn('zeros'), 3)
case(ar, Exc('AxisError'), Fn('sum'), A(np.arange(6), 'int64'), 1)
case(ar, Exc('ValueError'), Fn('sum'), A(np.arange(6), 'int64'), 1)
case(ar, Exc('IndexError'), Fn('sum'), A(np.arange(6), 'int64'), 1)

# ---- more edges -------------------------------------------------------------------------------------
case(ae, inf, inf)
case(ae, A(inf), A(-inf))
case(ae, A([0, 1], 'int8'), A([-128, 1], 'int8'))
case(ae, A([2**40, 3], 'int64'), A([2**40 + 1, 3], 'int64'))
case(ae, A([True, False]), [1, 0])
case(ae, A([True, False]), [1, 1])
case(ae, A([1.5, 2.5], 'float32'), A([1.5, 2.75]))
case(ae, A(np.arange(3000.0).reshape(30, 100)), A(np.arange(3000.0).reshape(30, 100) * 2))
case(ae, A(np.arange(24, dtype=np.int64).reshape(2, 3, 4)), A(np.arange(24, dtype=np.int64).reshape(2, 3, 4)))
case(ae, A(np.arange(24, dtype=np.int64).reshape(2, 3, 4)), A(np.arange(24, dtype=np.int64).reshape(2, 4, 3)))
case(ae, A([[nan, 1.0], [inf, 2.0]]), A([[nan, 1.0], [inf, 3.0]]))
case(ae, A([[nan, 1.0], [inf, 2.0]]), A([[nan, 1.0], [-inf, 3.0]]))
case(ae, A([1e-5, 1e-4, 123456789.125, 1e16]), A([1e-5, 1e-4, 123456789.25, 1e17]))
case(ae, A([7, 8], 'uint32'), A([9, 8], 'int8'))
case(ac, A([nan, 1.0]), A([nan, 2.0]), equal_nan=False)
case(ac, A([nan, 1.0]), A([nan, 1.0]), equal_nan=False)
case(ac, A([1.0, 2.0]), A([1.0, 2.0 + 1e-6]), rtol=1e-7, atol=1e-8, err_msg='x' * 40)
case(ac, A([-1.0, -2.0]), A([-1.0, 2.0]))
case(ac, A(np.float32(1) / np.arange(1, 8, dtype=np.float32)), A(1 / np.arange(1, 8)))
case(ac, A(np.arange(5), 'int16'), A(np.arange(5) + 0.5))
case(ac, A([1.0, 2.0]), A([1.0, 2.5]), 0.1, 0.0, True, 'all positional', False)
case(ac, A([1.0, 2.0]), A([1.0, 2.5]), 0.1, 0.0, True, 'all positional', True)
case(ac, A([1.0, 2.0]), A([1.0, 2.5]), 0.1, 0.0, True, 'all positional', True, strict=True)
case(eq, 3, 4, err_msg='y' * 58)
case(eq, 3, 4, err_msg='y' * 59)
case(eq, [1, 2], (1, 2))
case(eq, -1.5e-300, 5e-324)
case(eq, 0.1 + 0.2, 0.3)
case(al, A([1, 2], 'uint8'), A([0, 1], 'uint8'))
case(al, A([-5, 1], 'int8'), A([-6, 0], 'int8'))
case(al, A([1.0, 2.0], 'float32'), A([1.0, 3.0]))
case(al, A([nan, 1.0]), nan)
case(al, nan, A([nan, nan]))
case(aa, A([1.0, 2.0]), A([1.0, 2.0000015]))
case(aa, A([1.0, 2.0]), A([1.0, 2.0000014]))
case(aa, A([1.0, 2.0]), A([1.0, 2.0000015]), 5)
case(aa, A([100, 200], 'int64'), A([100, 201], 'int64'), decimal=-2)
case(aa, A([100, 200], 'int64'), A([100, 401], 'int64'), decimal=-2)
case(aa, A([1, 2], 'uint8'), A([1, 3], 'uint8'))
case(am, 0, 1e-8)
case(am, 0, 2e-7)
case(am, True, 1)
case(ap, -1.0, -1.0000001)
case(ap, -1.0, -1.000001)
case(ap, 5e-324, 1e-323)

# ---- under other print options: the reprs keep the assert's precision, the differences follow
case(ac, A(R), A(R_off), printoptions={'precision': 3})
case(aa, A(R), A(R_off), decimal=3, printoptions={'precision': 2, 'suppress': True})
case(ae, A(np.arange(40.0)), A(np.arange(40.0) + 0.5), printoptions={'threshold': 10, 'edgeitems': 2})
case(ae, A(np.arange(40.0)), A(np.arange(40.0) + 0.5), printoptions={'linewidth': 40})
case(ae, A([1.0, 2.0]), A([1.5, 2.0]), printoptions={'legacy': '1.13'})
case(ae, A(0.5), A(1.5), printoptions={'legacy': '1.13'})

cases_out = {'numpy': np.__version__, 'cases': cases}
with open(OUT, 'w') as f:
    json.dump(cases_out, f, indent=None, separators=(',', ':'), allow_nan=False)
    f.write('\n')
print(f'{OUT}: {len(cases)} cases')
