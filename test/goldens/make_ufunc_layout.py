#!/usr/bin/env python3
"""Generate test/goldens/ufunc_layout.json: the memory layout (byte strides) NumPy gives
a ufunc's result when no `out` is passed, and bit-exact sums of such results.

NumPy allocates the output with its order='K' iterator: dense, positive strides, axes
nested in the inputs' memory order (all inputs considered, ties keep C order), so a
ufunc of a transposed or F-ordered array is transposed or F-ordered too. Sums of these
temporaries add in memory order, so their last bits depend on that layout.

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_ufunc_layout.py

Inputs are not stored: each is made, in Python and in the test alike, from the 53-bit
hash fraction of make_reduce_views.py (its "kind" 1: (f(i) - 0.5) * (1 + i % 7)) over
i < prod(shape), reshaped to `shape` (C order), cast to `dtype`, then `ops` applied:
["i", "::2, 1:"] (an index expression), ["t", [axes]] (transpose), ["b", [shape]]
(broadcast_to). A number operand is a Python scalar.

Output (one JSON object):
  numpy -- the NumPy version that produced it
  cases -- {fn, args: [operand...], expect: {dtype, shape, strides, sum}}
    sum: the result's .sum() (a JSON number), only for float results with a finite sum
"""
import json
import warnings
import os

import numpy as np

from hashed_data import fraction

warnings.simplefilter('ignore')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ufunc_layout.json')




def operand(o):
    if not isinstance(o, dict):
        return o
    n = int(np.prod(o['shape']))
    v = ((fraction(n) - 0.5) * (1 + (np.arange(n) % 7))).astype(o['dtype']).reshape(o['shape'])
    for op, arg in o['ops']:
        if op == 'i':
            v = v[eval(f'np.s_[{arg}]')]
        elif op == 't':
            v = v.transpose(arg)
        elif op == 'b':
            v = np.broadcast_to(v, arg)
    return v


cases = []


def case(fn, *args):
    r = getattr(np, fn)(*[operand(a) for a in args])
    e = {'dtype': str(r.dtype), 'shape': list(r.shape), 'strides': list(r.strides)}
    if r.dtype.kind == 'f' and np.isfinite(r.sum()):
        e['sum'] = float(r.sum())
    cases.append({'fn': fn, 'args': list(args), 'expect': e})


def arr(shape, *ops, dtype='float64'):
    return {'shape': list(shape), 'dtype': dtype, 'ops': [list(op) for op in ops]}


# One-input layouts: C, F, every 3-d transpose, slices, negative strides, size-1 axes,
# 0-d, casts (which keep NumPy off its trivial-loop path). Empty results are left out:
# their zero strides are covered by make_empty_strides.py.
singles = [
    arr((3, 4)), arr((3, 4), ('t', [1, 0])), arr((7,)), arr((7,), ('i', '::-1')), arr((9,), ('i', '1::3')),
    arr((6, 8), ('i', '::2, 1:')), arr((6, 8), ('i', '::-1')), arr((6, 8), ('i', ':, ::-1')),
    arr((6, 8), ('i', '::-2, ::-3')), arr((6, 8), ('t', [1, 0]), ('i', '::-1')),
    arr((6, 8), ('t', [1, 0]), ('i', '1:, ::2')), arr((3, 1, 4), ('t', [2, 1, 0])), arr((1, 5), ('t', [1, 0])),
    arr((3, 1), ('t', [1, 0])), arr((4, 1, 1, 3), ('t', [3, 2, 1, 0])), arr((2, 1, 3), ('t', [1, 2, 0])),
    arr(()), arr((3, 1, 4), ('t', [2, 1, 0]), dtype='int32'), arr((2, 1, 3), ('t', [1, 2, 0]), dtype='int32'),
    arr((3, 1, 8), ('i', ':, :, ::2'), ('t', [2, 1, 0])),
    arr((3, 4), ('t', [1, 0]), dtype='int32'), arr((3, 4), ('t', [1, 0]), dtype='float32'),
    arr((5, 6, 7), ('i', ':, ::2, ::-1'), ('t', [2, 0, 1])), arr((2, 3, 4, 5), ('t', [3, 1, 0, 2])),
    arr((2, 3, 4, 5), ('t', [0, 3, 2, 1])), arr((4, 6), ('b', [3, 4, 6])), arr((4, 6), ('t', [1, 0]), ('b', [3, 6, 4])),
    arr((4, 1), ('b', [4, 5])),
]
for p in ([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]):
    singles.append(arr((2, 3, 4), ('t', p)))
    singles.append(arr((5, 6, 7), ('i', '::2, 1:, ::-1'), ('t', p)))
for x in singles:
    case('negative', x)
    case('multiply', x, 2)
    case('add', 1.5, x)
    case('absolute', x)
    case('sqrt', x) if x['dtype'] == 'int32' else None

# Two inputs of mixed layouts, with broadcasting.
F = ('t', [1, 0])
pairs = [
    (arr((3, 4)), arr((4, 3), F)), (arr((4, 3), F), arr((3, 4))), (arr((4, 3), F), arr((4, 3), F)),
    (arr((4, 3), F), arr((4,))), (arr((4,)), arr((4, 3), F)), (arr((4, 3), F), arr((3, 1))),
    (arr((4, 3), F), arr((4, 1), F)), (arr((4,)), arr((3, 1))), (arr((3, 1)), arr((4,))),
    (arr((1, 3), F), arr((4,))), (arr((4, 3), F), arr((6, 8), ('i', '::2, ::-2'))),
    (arr((6, 8), ('i', '::-2, ::2')), arr((4, 3), F)), (arr((8, 6), F, ('i', '::-2, ::2')), arr((3, 4))),
    (arr((2, 3, 4), ('t', [2, 0, 1])), arr((3, 2, 4), ('t', [2, 1, 0]))),
    (arr((2, 3, 4), ('t', [2, 1, 0])), arr((4, 3, 2))), (arr((4, 3, 2)), arr((2, 3, 4), ('t', [2, 1, 0]))),
    (arr((2, 3, 4), ('t', [2, 1, 0])), arr((2,))), (arr((2, 3, 4), ('t', [2, 1, 0])), arr((3, 1))),
    (arr((2, 3, 4), ('t', [1, 2, 0])), arr((2, 4), F)), (arr((3, 2), F), arr((2, 3, 4), ('t', [2, 0, 1]))),
    (arr((5, 1, 3), ('t', [2, 1, 0])), arr((3, 4, 5), ('t', [0, 1, 2]))), (arr((3, 4)), arr((3, 4))),
    (arr((3, 4), dtype='int32'), arr((4, 3), F, dtype='float32')), (arr((4, 3), F, dtype='int32'), arr(())),
    (arr((4, 6), ('b', [3, 4, 6])), arr((3, 6, 4), ('t', [0, 2, 1]))), (arr((4, 1), ('b', [4, 5])), arr((5, 4), F)),
    (arr((3, 1, 4), ('t', [2, 1, 0])), arr((4, 1, 3))), (arr((3, 1, 4), ('t', [2, 1, 0])), arr(())),
    (arr((3, 1, 4), ('t', [2, 1, 0])), arr((3, 1, 4), ('t', [2, 1, 0]))),
    (arr((3, 1, 4), ('t', [2, 1, 0]), dtype='int32'), arr((3, 1, 4), ('t', [2, 1, 0]))),
    (arr((3, 1, 4), ('t', [2, 1, 0]), dtype='float32'), arr((4, 1, 3), ('i', ':, :, ::-1'))),
    (arr((9000,), ('i', '::-1'), dtype='int32'), arr((9000,))),
]
for x, y in pairs:
    case('add', x, y)
    case('multiply', y, x)

# Bit-exact sums of large temporaries: the layout decides their addition order.
A = arr((1000, 1000), F)
case('multiply', A, 2)
case('square', arr((1000, 1000), F, ('i', '::2')))
case('add', A, arr((1000, 1000), F))
case('subtract', A, arr((1000,)))
case('multiply', arr((100, 50, 30), ('t', [2, 0, 1])), 3)
case('add', arr((100, 50, 30), ('t', [1, 2, 0])), arr((100, 30), F))
case('multiply', arr((300, 400), ('i', '::-1, ::-1'), ('t', [1, 0])), 0.1)

with open(OUT, 'w') as fh:
    json.dump({'numpy': np.__version__, 'cases': cases}, fh, separators=(',', ':'), allow_nan=False)
    fh.write('\n')
print(f'{OUT}: {len(cases)} cases')
