#!/usr/bin/env python3
"""Generate test/goldens/reduce_views.json: NumPy's sums (and mean, var, std, nansum,
nanmean, nanvar, nanstd, average) of NON-contiguous views, whose last bits depend on how
NumPy's buffered iterator orders and groups the additions (strided, reversed, transposed
and broadcast views; full reductions, axis tuples, keepdims, dtype=).

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_reduce_views.py

The inputs are not stored: each is computed, in Python and in the test alike, from a
53-bit hash fraction f(i) in [0, 1) (32-bit integer mixing, exact in both; a regular
sequence such as i * golden_ratio % 1 has sums too tame to tell summation orders apart):
    f(i) = (mix(i) * 2**21 + (mix(i + 0x7F4A7C15) >> 11)) / 2**53
    mix(x) = murmur3's finalizer of x * 0x9E3779B1 (all mod 2**32)
by its "kind":
    0: f(i) - 0.5        1: (f(i) - 0.5) * (1 + i % 7)        2: (f(i) - 0.5) + 3.0
    3: kind 1 with NaN where i % 97 == 5        4: floor(f(i) * 2000) - 1000 (for ints)
over i < prod(shape), reshaped to `shape` (C order) and cast to `dtype`.

Output (one JSON object):
  numpy -- the NumPy version that produced it
  cases -- {base: {shape, dtype, kind}, ops, fn, kwargs, expect}
    ops: applied in order to the base array: ["i", "::2, 1:"] (an index expression, as
         np's a.get(...) takes it), ["t", [axes]] (transpose), ["b", [shape]] (broadcast_to)
    kwargs: axis (int, list or null), keepdims, dtype, ddof, weights ({shape, kind}:
         a C-ordered float64 input made as above)
    expect: {dtype, shape, data}: data flattened in C order, floats as JSON numbers
         (shortest round-trip repr), nan as "nan". A result of more than 16 elements
         keeps 16 of them, at the flat indices `at`, and `hash`: h = h * 31 + w
         (mod 2**32) over the little-endian 32-bit words of all its data in C order,
         with every NaN made the quiet NaN 0x7ff8000000000000 (0x7fc00000 in float32).
"""
import json
import math
import os
import warnings

import numpy as np

from hashed_data import fraction

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'reduce_views.json')
warnings.simplefilter('ignore')



def base(shape, dtype, kind):
    n = int(np.prod(shape))
    f = fraction(n)
    if kind == 4:
        v = np.floor(f * 2000.0) - 1000.0
    else:
        v = f - 0.5
        if kind in (1, 3):
            v = v * (1 + (np.arange(n) % 7))
        if kind == 2:
            v = v + 3.0
        if kind == 3:
            v[np.arange(n) % 97 == 5] = np.nan
    return v.astype(dtype).reshape(shape)


def view(b, ops):
    v = base(b['shape'], b['dtype'], b['kind'])
    for op, arg in ops:
        if op == 'i':
            v = v[eval(f'np.s_[{arg}]')]
        elif op == 't':
            v = v.transpose(arg)
        elif op == 'b':
            v = np.broadcast_to(v, arg)
    return v


def num(x):
    return 'nan' if isinstance(x, float) and math.isnan(x) else x


def bits_hash(a):
    """h = h * 31 + w (mod 2**32) over the little-endian 32-bit words of the C-order data,
    NaNs made the one quiet NaN first (JavaScript does not keep NaN payloads)."""
    a = np.ascontiguousarray(a)
    if a.dtype.kind == 'f':
        a = np.where(np.isnan(a), a.dtype.type(np.nan), a)
    h = 0
    for w in np.frombuffer(a.astype(a.dtype.newbyteorder('<')).tobytes(), dtype='<u4').tolist():
        h = (h * 31 + w) & 0xFFFFFFFF
    return h


SAMPLE = 16


def enc(r):
    a = np.asarray(r)
    out = {'dtype': str(a.dtype), 'shape': list(a.shape)}
    flat = a.ravel()
    if flat.size <= SAMPLE:
        out['data'] = [num(x) for x in flat.tolist()]
    else:
        at = sorted({round(k * (flat.size - 1) / (SAMPLE - 1)) for k in range(SAMPLE)})
        out['at'] = at
        out['data'] = [num(x) for x in flat[at].tolist()]
        out['hash'] = bits_hash(a)
    return out


cases = []


def case(shape, base_dtype, kind, ops, fn, **kw):
    b = {'shape': list(shape), 'dtype': base_dtype, 'kind': kind}
    v = view(b, ops)
    args = dict(kw)
    if isinstance(args.get('axis'), list):
        args['axis'] = tuple(args['axis'])
    if 'weights' in args:
        w = args['weights']
        args['weights'] = base(w['shape'], 'float64', w['kind'])
    r = getattr(np, fn)(v, **args)
    cases.append({'base': b, 'ops': ops, 'fn': fn, 'kwargs': kw, 'expect': enc(r)})


def idx(*parts):
    return ', '.join(parts)


# The examples that started this: 2000 x 2000, full sums of strided / reversed views.
A = (2000, 2000)
for ops in (
    [['i', '::2, ::2']], [['i', '::-1']], [['i', ':, ::3']], [['i', '::3, :']], [['i', ':, :1500']],
    [['i', '::-1, ::-1']], [['i', ':, ::-2']], [['t', [1, 0]], ['i', '::2']], [['i', '1::2, 3:1997:4']],
):
    case(A, 'float64', 0, ops, 'sum')
case(A, 'float64', 1, [['i', '::2, ::2']], 'mean')
case(A, 'float64', 1, [['i', '::2, ::2']], 'std')
case(A, 'float64', 1, [['i', '::-1']], 'var')
case(A, 'float64', 1, [['i', ':, ::3']], 'sum', axis=0)
case(A, 'float64', 1, [['i', ':, ::3']], 'sum', axis=1)
case(A, 'float32', 1, [['i', '::2, ::2']], 'sum')
case(A, 'float32', 1, [['i', '::2, ::2']], 'sum', dtype='float64')
case(A, 'float32', 1, [['i', ':, ::3']], 'mean')

# One stride over all rows (coalesces): one pairwise sum, whatever the row length.
case((3, 20000), 'float64', 1, [['i', ':, ::2']], 'sum')
case((100000,), 'float64', 1, [['i', '::2']], 'sum')
case((100000,), 'float64', 1, [['i', '::-3']], 'mean')

# Two axes that do not coalesce: the buffer takes floor(8192 / row) rows at a time
# (rows longer than 8192 are summed one by one), for row lengths around the limits.
for n in (3, 8, 100, 1000, 1023, 2730, 2731, 4096, 4097, 8191, 8192, 8193, 10000):
    for k in (2, 3, 9, 17):
        case((k, 2 * n + 1), 'float64', 1, [['i', f':, :{2 * n}:2']], 'sum')
    case((9, n + 1), 'float64', 0, [['i', f'::-1, :{n}']], 'sum')
    case((9, n + 3), 'float32', 0, [['i', f':, :{n}']], 'sum')
    case((9, n + 3), 'float32', 0, [['i', f':, :{n}']], 'sum', dtype='float64')

# A dtype= cast buffers even a contiguous input: 8192 at a time.
for n in (8192, 8193, 50001):
    case((n,), 'float32', 1, [], 'sum', dtype='float64')
    case((n,), 'float32', 1, [], 'mean', dtype='float64')
    case((n,), 'float32', 1, [], 'var', dtype='float64')
case((20001,), 'int32', 4, [], 'mean')
case((300, 301), 'int32', 4, [['i', ':, ::2']], 'var')

# 3-d and 4-d views: full reductions, single axes and axis tuples, transposed, keepdims.
S3 = [(100, 50, 30), (5, 6, 7), (3, 40, 50), (50, 3, 40), (40, 50, 3), (9, 100, 11), (2, 300, 30), (64, 64, 4)]
for sh in S3:
    b = [2 * s + 1 for s in sh]
    step2 = [['i', idx(*(f':{2 * s}:2' for s in sh))]]
    rev = [['i', idx(*(f'{2 * s - 1}::-2' for s in sh))]]
    for axis in (None, 0, 1, 2, [0, 1], [1, 2], [0, 2]):
        case(b, 'float64', 1, step2, 'sum', axis=axis)
        case(b, 'float64', 1, step2 + [['t', [2, 0, 1]]], 'sum', axis=axis)
        case(b, 'float64', 1, step2 + [['t', [1, 2, 0]]], 'mean', axis=axis)
        case(b, 'float64', 1, rev, 'sum', axis=axis, keepdims=True)
        case(b, 'float64', 1, step2, 'std', axis=axis, ddof=1)
        case(b, 'float32', 1, step2 + [['t', [2, 1, 0]]], 'var', axis=axis)
for sh in ((3, 4, 5, 6), (6, 5, 40, 30), (2, 30, 3, 200), (10, 10, 10, 10)):
    b = [2 * s for s in sh]
    every2 = [['i', idx(*('::2' for _ in sh))]]
    for axis in (None, 0, 3, [1, 2], [0, 2], [1, 3], [0, 1, 3], [0, 2, 3]):
        case(b, 'float64', 0, every2, 'sum', axis=axis)
        case(b, 'float64', 0, every2 + [['t', [3, 1, 0, 2]]], 'mean', axis=axis, keepdims=True)
        case(sh, 'float64', 0, [['i', '::-1, :, ::-1, :'], ['t', [1, 3, 0, 2]]], 'var', axis=axis)

# Axis 0 of transposed views; dense transposed (F order) arrays.
case((300, 400), 'float64', 1, [['t', [1, 0]]], 'sum')
case((300, 400), 'float64', 1, [['t', [1, 0]]], 'var')
case((300, 400), 'float64', 1, [['t', [1, 0]], ['i', '::2']], 'sum', axis=0)
case((300, 400), 'float64', 1, [['t', [1, 0]], ['i', '::2']], 'var')
case((300, 400), 'float64', 1, [['t', [1, 0]], ['i', '::2']], 'std', axis=0)
case((40, 50, 60), 'float64', 1, [['t', [2, 0, 1]], ['i', '::2']], 'sum', axis=0)
case((40, 50, 60), 'float64', 1, [['t', [2, 0, 1]], ['i', '::2']], 'mean', axis=[0, 2])

# Broadcast views (zero strides).
case((1000,), 'float64', 1, [['b', [50, 1000]]], 'sum')
case((1000,), 'float64', 1, [['b', [50, 1000]]], 'sum', axis=1)
case((50, 1), 'float64', 1, [['b', [50, 1000]]], 'sum')
case((50, 1), 'float64', 1, [['b', [50, 1000]]], 'mean', axis=0)
case((7, 1, 30), 'float64', 1, [['b', [7, 40, 30]], ['i', ':, :, ::2']], 'sum')
case((7, 1, 30), 'float64', 1, [['b', [7, 40, 30]]], 'sum', axis=[0, 2])

# nan* reductions copy in the view's axis order; average multiplies in it.
for ops in ([['t', [1, 0]], ['i', '::2']], [['i', '::-1, ::3']], [['t', [1, 0]]]):
    for axis in (None, 0, 1):
        case((300, 400), 'float64', 3, ops, 'nansum', axis=axis)
        case((300, 400), 'float64', 3, ops, 'nanmean', axis=axis)
        case((300, 400), 'float64', 3, ops, 'nanvar', axis=axis)
        case((300, 400), 'float64', 3, ops, 'nanstd', axis=axis, ddof=1)
        case((300, 400), 'float64', 1, ops, 'average', axis=axis)
case((300, 400), 'float64', 1, [['t', [1, 0]], ['i', '::2']], 'average', weights={'shape': [200, 300], 'kind': 2})
case((300, 400), 'float64', 1, [['t', [1, 0]], ['i', '::2']], 'average', axis=1, weights={'shape': [300], 'kind': 2})
case((300, 400), 'float64', 1, [['i', '::-1, ::2']], 'average', axis=0, weights={'shape': [300], 'kind': 2})

with open(OUT, 'w') as fh:
    json.dump({'numpy': np.__version__, 'cases': cases}, fh, separators=(',', ':'))
print(f'wrote {len(cases)} cases to {OUT}')
