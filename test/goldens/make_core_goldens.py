"""Golden values for the runtime core (dtypes, ufuncs, reductions, indexing), from NumPy.

Run with `npm run goldens` (python3 with NumPy 2.4); writes test/goldens/core.json, which
test/runtime/*.test.ts read. The tests never need Python.
"""
import json
import math
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64']


def enc(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    f = float(v)
    if math.isnan(f):
        return 'nan'
    if math.isinf(f):
        return 'inf' if f > 0 else '-inf'
    if isinstance(v, (np.integer, int)):
        return int(v)
    return f


def arr(a):
    a = np.asarray(a)
    return {'dtype': str(a.dtype), 'shape': list(a.shape), 'data': [enc(x) for x in a.ravel().tolist()]}


def sample(dtype):
    if dtype == 'bool':
        return np.array([True, False, True, True])
    if dtype.startswith('uint'):
        return np.array([0, 1, 7, 200], dtype=dtype)
    if dtype.startswith('int'):
        return np.array([-7, 0, 3, 100], dtype=dtype)
    return np.array([-2.5, 0.0, 1.5, 3.0], dtype=dtype)


def sample2(dtype):
    if dtype == 'bool':
        return np.array([True, True, False, False])
    if dtype.startswith('uint'):
        return np.array([3, 2, 1, 5], dtype=dtype)
    if dtype.startswith('int'):
        return np.array([2, -3, 1, 7], dtype=dtype)
    return np.array([0.5, -2.0, 4.0, 3.0], dtype=dtype)


def run(f):
    try:
        with np.errstate(all='ignore'):
            return {'ok': arr(f())}
    except Exception as e:  # noqa: BLE001
        return {'error': type(e).__name__, 'message': str(e)}


BINARY = ['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'remainder', 'power', 'maximum', 'minimum',
          'equal', 'less', 'greater_equal', 'logical_and', 'bitwise_and', 'arctan2', 'hypot']
UNARY = ['negative', 'absolute', 'square', 'sqrt', 'exp', 'log1p', 'sin', 'floor', 'ceil', 'rint', 'trunc', 'sign',
         'isnan', 'isfinite', 'logical_not', 'invert']

binary = []
for op in BINARY:
    for d1 in DTYPES:
        for d2 in DTYPES:
            a, b = sample(d1), sample2(d2)
            if op == 'power':
                b = np.abs(b) if b.dtype.kind != 'b' else b
            r = run(lambda: getattr(np, op)(a, b))
            binary.append({'op': op, 'a': d1, 'b': d2, **r})

scalars = []
for op in ['add', 'multiply', 'subtract', 'divide', 'greater', 'equal', 'floor_divide']:
    for d in DTYPES:
        for s in [1, -1, 300, 1.5, 0.1, True]:
            a = sample(d)
            r = run(lambda: getattr(np, op)(a, s))
            scalars.append({'op': op, 'a': d, 'scalar': s, **r})

unary = []
for op in UNARY:
    for d in DTYPES:
        a = sample(d)
        r = run(lambda: getattr(np, op)(a))
        unary.append({'op': op, 'a': d, **r})

rng = np.random.default_rng(7)
reductions = []
inputs = []


def ref(x):
    inputs.append(arr(x))
    return len(inputs) - 1


for shape in [(7,), (3, 4), (2, 3, 5), (4, 1, 130), (300,), (2, 2000)]:
    x = rng.standard_normal(shape) * 10.0 ** rng.integers(-3, 4, shape)
    xr = ref(x)
    axes = [None] + list(range(len(shape))) + ([[0, len(shape) - 1]] if len(shape) > 1 else [])
    for axis in axes:
        ax = tuple(axis) if isinstance(axis, list) else axis
        for op in ['sum', 'mean', 'std', 'var', 'min', 'max', 'prod']:
            r = getattr(np, op)(x, axis=ax)
            reductions.append({'op': op, 'x': xr, 'axis': axis, 'ok': arr(r)})
    xi = rng.integers(-50, 50, shape).astype('int32')
    xir = ref(xi)
    for op in ['sum', 'mean', 'max', 'argmax', 'argmin', 'cumsum']:
        for axis in [None, 0, len(shape) - 1]:
            if op == 'cumsum' and xi.size > 500:
                continue
            r = getattr(np, op)(xi, axis=axis)
            reductions.append({'op': op, 'x': xir, 'axis': axis, 'ok': arr(r)})
    xf = (rng.standard_normal(shape) * 3).astype('float32')
    xfr = ref(xf)
    for op in ['sum', 'mean', 'var']:
        for axis in [None, 0]:
            r = getattr(np, op)(xf, axis=axis)
            reductions.append({'op': op, 'x': xfr, 'axis': axis, 'ok': arr(r)})

t = np.arange(60).reshape(3, 4, 5)
INDEXES = ['1', '-1', '1, 2', '1, 2, 3', ':, 1', '..., 1', '1:, ::2', '::-1, 1:3, ::-2', 'None, 1', ':, None, 2',
           '..., None', '0:0', '5:', '-10:10:3, 0', '1, ..., 1', ':, :, -1']
indexing = []
for ix in INDEXES:
    r = run(lambda: eval(f't[{ix}]'))
    indexing.append({'index': ix, **r})
FANCY = [([0, 2],), ([0, 2], [1, 3]), (slice(None), [0, 3]), (1, [0, 2], slice(None)), ([0, 2], slice(None), [1, 4]),
         ([[0, 1], [2, 0]],), (slice(None), slice(None), [-1, 0])]
fancy = []
for ix in FANCY:
    r = run(lambda: t[ix])
    enc_ix = [('slice' if isinstance(i, slice) else i) for i in ix]
    fancy.append({'index': enc_ix, **r})

samples = {d: arr(sample(d)) for d in DTYPES}
samples2 = {d: arr(sample2(d)) for d in DTYPES}
samples2pos = {d: arr(np.abs(sample2(d)) if d != 'bool' else sample2(d)) for d in DTYPES}
out = {'dtypes': DTYPES, 'samples': samples, 'samples2': samples2, 'samples2pos': samples2pos, 'inputs': inputs, 'binary': binary, 'scalars': scalars, 'unary': unary, 'reductions': reductions,
       'indexing': indexing, 'fancy': fancy}
with open(os.path.join(HERE, 'core.json'), 'w') as f:
    json.dump(out, f, separators=(',', ':'))
print('wrote core.json:', {k: len(v) for k, v in out.items()})
