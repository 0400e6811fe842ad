#!/usr/bin/env python3
"""Generate test/goldens/format.json: NumPy's own str()/repr() of many arrays.

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_format_goldens.py

Output (one JSON object):
  numpy      -- the NumPy version that produced it
  cases      -- arrays: {dtype, shape, data, options, [call], str, repr}
                data is the flattened C-order list; nan/inf as "nan", "inf", "-inf".
                options are np.printoptions(**options) in force; call (optional) holds
                keyword arguments of np.array_str / np.array_repr (max_line_width,
                precision, suppress_small).
  scalars    -- {dtype, value, str}: str() of a NumPy scalar.
  format_float -- {fn: "positional"|"scientific", dtype, value, kwargs, out}:
                np.format_float_positional / np.format_float_scientific.
"""
import json
import math
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'format.json')
CONFORMANCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared',
                           'conformance', 'public.jsonl')

DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
          'float32', 'float64']

cases = []
seen = set()


def enc(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    if math.isnan(f):
        return 'nan'
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    return f


def zero_hidden(a, options):
    """For a summarised array, zero the elements `...` hides.

    NumPy only looks at the edge items of a summarised array, so str/repr are unchanged
    and the JSON stays small (this also checks that the runtime ignores the hidden part).
    """
    threshold = options.get('threshold', 1000)
    edge = options.get('edgeitems', 3)
    if a.ndim == 0 or a.size <= threshold or edge <= 0:
        return a
    keep = np.zeros(a.shape, dtype=bool)
    idx = []
    for n in a.shape:
        idx.append(np.r_[0:edge, n - edge:n] if n > 2 * edge else np.arange(n))
    keep[np.ix_(*idx)] = True
    b = a.copy()
    b[~keep] = 0
    return b


def add(a, options=None, call=None):
    """Record str/repr of array `a` under np.printoptions(**options)."""
    a = np.asarray(a)
    assert a.dtype.name in DTYPES, a.dtype
    options = dict(options or {})
    call = dict(call or {})
    a = zero_hidden(a, options)
    with np.printoptions(**options):
        if call:
            s = np.array_str(a, **call)
            r = np.array_repr(a, **call)
        else:
            s = str(a)
            r = repr(a)
    data = [enc(v) for v in a.ravel(order='C').tolist()] if a.dtype.kind != 'b' else \
        [bool(v) for v in a.ravel(order='C').tolist()]
    json_options = {k: (enc(v) if isinstance(v, float) else v) for k, v in options.items()}
    case = {'dtype': a.dtype.name, 'shape': list(a.shape), 'data': data, 'options': json_options}
    if call:
        case['call'] = call
    case['str'] = s
    case['repr'] = r
    key = json.dumps(case, sort_keys=True)
    if key in seen:
        return
    seen.add(key)
    cases.append(case)


rng = np.random.default_rng(20240501)


def rand_ints(dtype, n):
    info = np.iinfo(dtype)
    lo, hi = int(info.min), int(info.max)
    if dtype in ('int64', 'uint64'):
        # exact doubles only (the runtime keeps 64-bit ints in doubles)
        lo, hi = max(lo, -(2 ** 53)), min(hi, 2 ** 53)
    return rng.integers(lo, hi, size=n, endpoint=True).astype(dtype)


def small_ints(dtype, n):
    info = np.iinfo(dtype)
    lo = max(int(info.min), -100)
    hi = min(int(info.max), 100)
    return rng.integers(lo, hi, size=n, endpoint=True).astype(dtype)


# ---------------------------------------------------------------------------------------
# 1. Every ndarray of the conformance corpus (except the 44100-sample audio clip)
# ---------------------------------------------------------------------------------------
def dec(v):
    if v == 'nan':
        return float('nan')
    if v == 'inf':
        return float('inf')
    if v == '-inf':
        return float('-inf')
    return v


if os.path.exists(CONFORMANCE):
    with open(CONFORMANCE) as f:
        rows = [json.loads(line) for line in f if line.strip()]

    def walk(e):
        if e.get('kind') == 'ndarray' and e['dtype'] in DTYPES:
            size = int(np.prod(e['shape'])) if e['shape'] else 1
            if size <= 5000:
                a = np.array([dec(v) for v in e['data']], dtype=e['dtype']).reshape(e['shape'])
                assert repr(a) == e['repr'] and str(a) == e['str'], (e['repr'], repr(a))
                add(a)
        for it in e.get('items') or []:
            walk(it)

    for r in rows:
        walk(r['expect'])
else:
    print('warning: conformance corpus not found at', CONFORMANCE, file=sys.stderr)

# ---------------------------------------------------------------------------------------
# 2. The printing section of the corpus, spelled out
# ---------------------------------------------------------------------------------------
add(np.array([1, 2, 3]))
add(np.array([[1, -20], [300, 4]]))
add(np.array([0.1, 0.25, 3.0]))
add(np.array([1.5, 1000.25, 0.001]))
add(np.array([1e-5, 1e5]))
add(np.array([0.1, 123456789.0]))
add(np.array([1 / 3, 2 / 3, 1.0]))
add(np.array([100.0, 2.5]))
add(np.array([[1.5, -2.25], [10.0, 0.0]]))
add(np.array([1e-5, 1e5, 0.5]), {'suppress': True})
add(np.array([1 / 3, 2 / 3]), {'precision': 3})
add(np.array([[1.2345, 10.5], [100.0, 0.001]]), {'precision': 2})
add(np.arange(10), {'threshold': 5})
add(np.arange(10), {'threshold': 5, 'edgeitems': 2})
add(np.arange(20), {'linewidth': 30})
add(np.arange(2000))
add(np.arange(2000).reshape(40, 50))
add(np.arange(1001) * 0.5)
add(np.arange(1000))
add(np.arange(24).reshape(2, 3, 4))
add(np.arange(16).reshape(2, 2, 2, 2))
add(np.array([True, False, True]))
add(np.array([1.5, 2.0, 3.25], dtype=np.float32))
add(np.array([0.1, 0.2], dtype=np.float32))
add(np.array([1, 2], dtype=np.int32))
add(np.array([0, 128, 255], dtype=np.uint8))
add(np.array([[1, 2], [3, 4]], dtype=np.int8))
add(np.array([]))
add(np.zeros((0, 3)))
add(np.array(5))
add(np.array(1.0))
add(np.array([-0.0, 1.0]))
add(np.array([np.nan, np.inf, -np.inf, 1.5]))
add(np.array([np.nan, np.inf]))
add(np.arange(30))
add(np.linspace(0, 1, 20))
add(np.arange(12).reshape(3, 4) * 1000)
add(np.array([[0.5, 1.0], [1.5, 2.0]]))
# the audio clip of the corpus, at a size that keeps the file small
add((np.sin(np.arange(3000) / 7.0) * 12000).astype(np.int16))

# ---------------------------------------------------------------------------------------
# 3. Every dtype x shape, including 0-d and empty
# ---------------------------------------------------------------------------------------
SHAPES = [(), (0,), (0, 3), (3, 0), (2, 0, 3), (1,), (5,), (2, 3), (3, 1), (1, 4), (2, 3, 4),
          (2, 2, 2, 2), (1, 1, 1, 1), (3, 2, 1, 2)]
for dt in DTYPES:
    for shape in SHAPES:
        n = int(np.prod(shape)) if shape else 1
        if dt == 'bool':
            a = rng.integers(0, 2, size=n).astype(bool)
        elif dt.startswith('float'):
            a = (rng.standard_normal(n) * 10).astype(dt)
        else:
            a = small_ints(dt, n)
        add(a.reshape(shape))
        if dt not in ('bool',) and n > 0:
            if dt.startswith('float'):
                add(rng.uniform(0, 1, n).astype(dt).reshape(shape))
            else:
                add(rand_ints(dt, n).reshape(shape))

# bools
add(np.array(True))
add(np.array(False))
add(np.array([True]))
add(np.array([False]))
add(np.array([False, False]))
add(np.ones((3, 4), dtype=bool))
add(rng.integers(0, 2, size=(3, 30)).astype(bool))
add(rng.integers(0, 2, size=1200).astype(bool))

# integer extremes
for dt in DTYPES[1:9]:
    info = np.iinfo(dt)
    lo, hi = int(info.min), int(info.max)
    if dt == 'int64':
        vals = [-(2 ** 63), -(2 ** 53), -1, 0, 1, 2 ** 53, 2 ** 60, 2 ** 62]
    elif dt == 'uint64':
        vals = [0, 1, 2 ** 53, 2 ** 63, 2 ** 64 - 2048]
    else:
        vals = [lo, lo + 1, -1 if lo < 0 else 0, 0, 1, hi - 1, hi]
    add(np.array(vals, dtype=dt))
    add(np.array(vals[-1], dtype=dt))
    add(np.array(vals[0], dtype=dt))
    add(np.array(vals, dtype=dt).reshape(-1, 1) if len(vals) else np.array(vals, dtype=dt))
add(np.array([-5, 3, 17]))
add(np.array([7, 100000, -3]))
add(np.array([[-1]]))

# ---------------------------------------------------------------------------------------
# 4. Floats: magnitudes, exponent switching, special values
# ---------------------------------------------------------------------------------------
FLOAT_SETS = [
    [0.0], [-0.0], [0.0, -0.0], [-0.0, 0.0, 1.0], [1.0], [1.0, 2.0], [1.5], [-1.5, 2.25],
    [0.1, 0.2, 0.3], [0.1 + 0.2], [1 / 3], [2 / 3, -1 / 3], [1e-4], [9.99e-5, 1.0], [1e-4, 5e-4],
    [1e8], [99999999.0], [1e8, 1.0], [99999999.0, 1.0], [123456789.0], [1e16], [1e22], [1e300, 1.0],
    [1.7976931348623157e308], [5e-324], [2.2250738585072014e-308], [1e-300, 1.0],
    [1000.0, 1.0], [1001.0, 1.0], [999.9, 1.0], [1000.5, 0.5], [1e3, 1e-1], [1234.5678, 0.001234],
    [3.14159265358979, 2.718281828459045], [1e-9, 1.0], [1e-8, 1.0], [5e-9, 1.0], [4e-9, 1.0],
    [0.5, 0.25, 0.125, 0.0625, 0.03125], [1e5, 1e6, 1e7], [12345678.9], [0.000123456],
    [100.0, 200.0, 300.0], [1.0, 10.0, 100.0, 1000.0], [1.0, 10.0, 100.0, 1000.0, 10000.0],
    [-1e-5, 1e5], [-1.0, -10.0, -100.0], [1.0000001], [1.00000001], [1.000000001], [0.999999999],
    [9.999999999], [99.99999999], [0.00015, 0.00025, 0.00035], [2.5, 3.5, 4.5, 5.5],
    [0.125, 0.375], [0.05, 0.15, 0.25, 0.35], [1e15 + 0.3], [4.35, 4.45, 4.55],
    [float('nan')], [float('inf')], [float('-inf')], [float('nan'), float('inf'), float('-inf')],
    [float('nan'), 1.0], [float('inf'), 1.0], [float('-inf'), 1.0], [float('-inf'), 1e-10],
    [float('nan'), 1e10, 1.0], [float('nan'), -0.0], [float('inf'), 0.0], [float('nan'), float('nan')],
    [float('nan'), 0.001234, 123.4], [-float('inf'), -1.5, 2.25e-7],
]
for vals in FLOAT_SETS:
    for dt in ('float64', 'float32'):
        with np.errstate(over='ignore'):
            a = np.array(vals, dtype=dt)
        add(a)
        if len(vals) == 1:
            add(a.reshape(()))
        if len(vals) >= 2:
            add(a.reshape(1, -1))

# random magnitudes
for k in range(-12, 13, 2):
    add((rng.standard_normal(6) * 10.0 ** k))
    add((rng.standard_normal(6) * 10.0 ** k).astype(np.float32))
    add(rng.uniform(-1, 1, (2, 3)) * 10.0 ** k)
# mixed magnitudes
for _ in range(10):
    add(rng.standard_normal(8) * 10.0 ** rng.integers(-10, 10, 8))
    add((rng.standard_normal(5) * 10.0 ** rng.integers(-6, 6, 5)).astype(np.float32))
# whole numbers as floats
add(np.arange(10, dtype=float))
add(np.arange(-5, 5, dtype=np.float32))
add(np.arange(12.0).reshape(3, 4) * 1e3)
add(np.array([1e7, 2e7, 3e7], dtype=np.float32))
add(np.array([1e5, 2e5, 3e5], dtype=np.float32))
add(np.array([999999.0, 5.0], dtype=np.float32))
add(np.array([1e6, 5.0], dtype=np.float32))
add(np.array([16777216.0, 1.0], dtype=np.float32))
add(np.array([3.4028235e38, 1.0], dtype=np.float32))
add(np.array([1.4e-45, 1.0], dtype=np.float32))
add(np.array([1.17549435e-38], dtype=np.float32))
add(np.array([0.1, 0.7, 1.1, 2.3, 1e-3, 123.456], dtype=np.float32))
add(np.array(0.1, dtype=np.float32))
add(np.array(np.pi, dtype=np.float32))
add(np.array(1e10, dtype=np.float32))
add(np.array(np.nan))
add(np.array(-np.inf, dtype=np.float32))
add(np.array(-0.0))
add(np.array(1e-5))
add(np.array(123456789.123))
add(np.random.default_rng(0).random(3))
add(np.random.default_rng(1).random((3, 3)))
add(np.random.default_rng(2).standard_normal((2, 3, 4)))
add(np.random.default_rng(3).random((4, 4)).astype(np.float32))

# ---------------------------------------------------------------------------------------
# 5. Print options
# ---------------------------------------------------------------------------------------
OPT_ARRAYS = [
    np.array([1 / 3, 2 / 3, 1.0, 10.5]),
    np.array([0.5, 0.25, 100.0]),
    np.array([1.23456789e-5, 1.0, 1234.5]),
    np.array([np.pi * 1e8, -np.e]),
    np.array([1.5, np.nan, -np.inf]),
    np.array([0.1, 0.2], dtype=np.float32),
    np.array([1 / 3, 100.0], dtype=np.float32),
    np.array([0.0, -0.0, 1.0]),
    np.array([[1.0, 2.5], [-3.125, 4.0]]),
    np.array([0.999999, 9.9999, 0.05]),
    np.array([2.5, 3.5, 0.125]),
    np.array([123.456, 0.001]),
    np.array([0.0]),
    np.array(1 / 3),
]
for p in range(0, 11):
    for fm in ('fixed', 'unique', 'maxprec', 'maxprec_equal'):
        for a in OPT_ARRAYS:
            add(a, {'precision': p, 'floatmode': fm})
for a in OPT_ARRAYS:
    for p in (0, 3, 8):
        add(a, {'precision': p, 'suppress': True})
        add(a, {'precision': p, 'suppress': True, 'floatmode': 'fixed'})
    for sign in ('+', ' ', '-'):
        add(a, {'sign': sign})
        add(a, {'sign': sign, 'floatmode': 'fixed', 'precision': 3})
    add(a, {'nanstr': 'NaN', 'infstr': 'Inf'})
    add(a, {'nanstr': 'not-a-number', 'infstr': '∞'})
    add(a, {'legacy': '2.1'})
    add(a, {'legacy': '1.25'})
for p in (12, 15, 17, 20):
    add(np.array([np.pi, np.e, 0.1]), {'precision': p})
    add(np.array([np.pi, 1e-20]), {'precision': p, 'floatmode': 'fixed'})
    add(np.array([0.1, 1 / 3], dtype=np.float32), {'precision': p, 'floatmode': 'fixed'})

# suppress
add(np.array([1e-6, 4e-7, 2, 3]), {'suppress': True, 'precision': 6})
add(np.array([1e-16, 1, 2, 3]), {'suppress': True})
add(np.array([1e-16, 1, 2, 3]), {'suppress': True, 'precision': 2})
add(np.array([1e10, 1.5]), {'suppress': True})
add(np.array([1e20, 1.5]), {'suppress': True})
add(np.array([1e-20, -1e-20]), {'suppress': True})
add(np.array([-4.9304e-32, -4.4409e-16, 0.0, 0.0]), {'suppress': True})
add(np.array([-4.9304e-32, -4.4409e-16, 0.0, 0.0]), {'precision': 4})
add(np.array([1e-5, 1e5, 0.5], dtype=np.float32), {'suppress': True})
add(np.linspace(0, 10, 10), {'precision': 2, 'suppress': True, 'threshold': 5})

# integer sign option
for sign in ('+', ' ', '-'):
    add(np.array([1, 2, 3]), {'sign': sign})
    add(np.array([-1, 2, 30]), {'sign': sign})
    add(np.array([0, 200], dtype=np.uint8), {'sign': sign})
    add(np.array([[-5, 10], [3, -100]], dtype=np.int16), {'sign': sign})
    add(np.array(5), {'sign': sign})
    add(np.array([True, False]), {'sign': sign})
    add(np.array(2.5), {'sign': sign})
    add(np.array([1e-10, 1.0]), {'sign': sign})

# linewidth
for lw in (1, 5, 10, 20, 30, 40, 50, 60, 74, 75, 76, 80, 100, 200):
    add(np.arange(40), {'linewidth': lw})
    add(np.linspace(-1, 1, 15), {'linewidth': lw})
    add(np.arange(24).reshape(2, 3, 4) * 11, {'linewidth': lw})
    add(np.arange(30, dtype=np.int32), {'linewidth': lw})
    if lw in (1, 75, 200):
        add(np.arange(3000, dtype=np.uint16).reshape(30, 100), {'linewidth': lw})

# threshold / edgeitems
for th in (0, 1, 5, 10, 23, 24, 100):
    add(np.arange(24).reshape(2, 3, 4), {'threshold': th})
    add(np.arange(10.0) / 3, {'threshold': th})
    add(np.arange(7, dtype=np.int8), {'threshold': th})
for ed in (0, 1, 2, 4, 5):
    add(np.arange(30), {'threshold': 10, 'edgeitems': ed})
    add(np.arange(120).reshape(4, 5, 6), {'threshold': 10, 'edgeitems': ed})
    add(np.arange(60.0).reshape(6, 10) / 7, {'threshold': 10, 'edgeitems': ed})
add(np.array(5), {'threshold': 0})
add(np.array(5.5, dtype=np.float32), {'threshold': 0})
add(np.array([], dtype=np.int8), {'threshold': 0})
add(np.array([]), {'threshold': -1})
add(np.zeros((0, 3)), {'threshold': -1})
add(np.arange(1010), {'threshold': float('inf')})

# legacy modes
for leg in ('2.1', '2.2', '1.25', '1.21'):
    add(np.arange(2000), {'legacy': leg})
    add(np.array([1e6, 5.0], dtype=np.float32), {'legacy': leg})
    add(np.array([1e7, 2.5], dtype=np.float32), {'legacy': leg})
    add(np.array(3.5e7, dtype=np.float32), {'legacy': leg})
for a in [np.arange(2000), np.array([1.5, -2.0, 3.25]), np.array([1e-5, 1e5]), np.array(1.5),
          np.array(3), np.array(True), np.array([True, False]), np.arange(24).reshape(2, 3, 4),
          np.arange(1001) * 0.5, np.linspace(0, 1, 20), np.array([np.nan, 1.0, -np.inf]),
          np.array([1, 2], dtype=np.int32), np.array(0.1, dtype=np.float32),
          np.arange(2000).reshape(40, 50), np.array([1e8, 1.0]), np.zeros((0, 3)),
          np.array([0.1, 0.2], dtype=np.float32), np.array([1 / 3, 1e-20])]:
    add(a, {'legacy': '1.13'})

# array_str / array_repr keyword arguments
add(np.array([1e-6, 4e-7, 2, 3]), call={'precision': 6, 'suppress_small': True})
add(np.arange(30), call={'max_line_width': 20})
add(np.linspace(0, 1, 7), call={'precision': 3})
add(np.linspace(0, 1, 7), {'precision': 2}, call={'precision': 5})
add(np.arange(12, dtype=np.int8).reshape(3, 4), call={'max_line_width': 10})

# ---------------------------------------------------------------------------------------
# 6. Summarisation and wrapping in n-d
# ---------------------------------------------------------------------------------------
add(np.arange(1001))
add(np.arange(1001, dtype=np.uint8))
add(np.arange(1001, dtype=np.float32) / 7)
add(np.arange(1728).reshape(12, 12, 12))
add(np.arange(1296).reshape(6, 6, 6, 6))
add(np.arange(1296, dtype=np.float64).reshape(9, 9, 4, 4) * 1.5 + 0.25)
add(np.arange(2000).reshape(2, 1000))
add(np.arange(2000).reshape(1000, 2))
add(np.arange(1200).reshape(3, 400) / 3)
add(np.random.default_rng(5).random((40, 30)))
add(np.random.default_rng(6).standard_normal(1500) * 1e5)
add(np.random.default_rng(7).random(1100) > 0.5)
add(np.arange(2002, dtype=np.int64).reshape(2, 7, 11, 13) - 1000)
add(np.arange(30).reshape(5, 6), {'threshold': 10, 'linewidth': 20})
add(np.arange(200, dtype=np.uint32).reshape(10, 20) * 1000001, {'threshold': 100})
# wide rows that wrap inside a 2-d / 3-d array
add(np.arange(60).reshape(2, 30))
add(np.arange(90.0).reshape(3, 30) / 7)
add(np.arange(120, dtype=np.int32).reshape(2, 2, 30))
add(np.arange(40, dtype=np.float32).reshape(2, 20) * 1.1)
# dtype= / shape= suffix placement
for n in range(8, 26):
    add(np.arange(n, dtype=np.int32) * 7)
    add(np.arange(n, dtype=np.uint8))
for n in range(10, 17):
    add(np.linspace(0, 1, n, dtype=np.float32))
    add(np.arange(n, dtype=np.int16).reshape(1, n) * 1000)
for n in range(60, 72):
    add(np.arange(n, dtype=np.int8).reshape(1, -1), {'threshold': 50})
    add(np.arange(n), {'threshold': 20, 'edgeitems': 9})
    add(np.arange(n, dtype=np.int32), {'threshold': 20, 'edgeitems': 9})

# ---------------------------------------------------------------------------------------
# Scalars: str() of NumPy scalars
# ---------------------------------------------------------------------------------------
scalars = []


def add_scalar(dt, v):
    with np.errstate(over='ignore'):
        x = np.array([v]).astype(dt)[0]
    value = enc(x)
    scalars.append({'dtype': dt, 'value': value, 'str': str(x)})


SCALAR_VALUES = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 1 / 3, 2 / 3, 100.0, 1e-4, 9.99e-5, 1e-5,
                 1e15, 1e16, 9.9e15, 1e6, 999999.0, 1e7, 123456.7, 1234567.0, 1e22, 1e23, 1e300,
                 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, np.pi, np.e, 1e-300,
                 float('nan'), float('inf'), float('-inf'), 0.1 + 0.2, 1.1, 2.675, 1e-7,
                 3.4028235e38, 1.4e-45, 1.17549435e-38, 16777217.0, 0.3]
for v in SCALAR_VALUES:
    add_scalar('float64', v)
    add_scalar('float32', v)
for dt in DTYPES[1:9]:
    for v in rand_ints(dt, 4).tolist() + [0]:
        add_scalar(dt, v)
add_scalar('bool', True)
add_scalar('bool', False)
# shortest round-trip digits for random bit patterns
bits64 = rng.integers(0, 2 ** 63, size=400, dtype=np.uint64)
for b in bits64:
    x = np.array([b], dtype=np.uint64).view(np.float64)[0]
    if np.isfinite(x):
        add_scalar('float64', float(x))
bits32 = rng.integers(0, 2 ** 31, size=250, dtype=np.uint32)
for b in bits32:
    x = np.array([b], dtype=np.uint32).view(np.float32)[0]
    if np.isfinite(x):
        add_scalar('float32', float(x))
for v in rng.uniform(0, 1, 100):
    add_scalar('float64', float(v))
    add_scalar('float32', float(v))

# ---------------------------------------------------------------------------------------
# np.format_float_positional / np.format_float_scientific
# ---------------------------------------------------------------------------------------
format_float = []
FF_VALUES = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 123.456, 1e-10, 1.5e10, 5e-324, 1.7976931348623157e308,
             2.5, 9.5, 99.95, 0.05, np.pi, 1234567890123.0, 0.000123456789,
             float('nan'), float('-inf'), 4.35, 1e23]
FF_POS_KW = [{}, {'precision': 0}, {'precision': 3}, {'precision': 10}, {'precision': 25},
             {'unique': False, 'precision': 0}, {'unique': False, 'precision': 5},
             {'unique': False, 'precision': 30}, {'fractional': False, 'precision': 3},
             {'fractional': False, 'precision': 1}, {'unique': False, 'fractional': False, 'precision': 6},
             {'trim': '.'}, {'trim': '0'}, {'trim': '-'}, {'trim': '-', 'precision': 2},
             {'trim': '0', 'precision': 2, 'unique': False},
             {'sign': True}, {'pad_left': 5}, {'pad_right': 6}, {'pad_left': 4, 'pad_right': 4, 'trim': '-'},
             {'min_digits': 5}, {'min_digits': 20}, {'min_digits': 3, 'precision': 4},
             {'min_digits': 3, 'fractional': False}]
FF_SCI_KW = [{}, {'precision': 0}, {'precision': 3}, {'precision': 12}, {'unique': False, 'precision': 0},
             {'unique': False, 'precision': 4}, {'unique': False, 'precision': 25}, {'trim': '.'},
             {'trim': '0'}, {'trim': '-'}, {'sign': True}, {'pad_left': 4}, {'exp_digits': 0}, {'exp_digits': 1},
             {'exp_digits': 4}, {'exp_digits': 7}, {'min_digits': 6}, {'min_digits': 2, 'precision': 5}]
for v in FF_VALUES:
    for dt in ('float64', 'float32'):
        with np.errstate(over='ignore'):
            x = np.array([v]).astype(dt)[0]
        for kw in FF_POS_KW:
            format_float.append({'fn': 'positional', 'dtype': dt, 'value': enc(x), 'kwargs': kw,
                                 'out': np.format_float_positional(x, **kw)})
        for kw in FF_SCI_KW:
            format_float.append({'fn': 'scientific', 'dtype': dt, 'value': enc(x), 'kwargs': kw,
                                 'out': np.format_float_scientific(x, **kw)})

out = {'numpy': np.__version__, 'cases': cases, 'scalars': scalars, 'format_float': format_float}
with open(OUT, 'w') as f:
    json.dump(out, f, ensure_ascii=False, separators=(',', ':'), allow_nan=False)
    f.write('\n')
print(f'{OUT}: {len(cases)} cases, {len(scalars)} scalars, {len(format_float)} format_float, '
      f'{os.path.getsize(OUT)} bytes')
