"""Goldens for complex64/complex128: printing, ufuncs, reductions, promotion, errors.
Writes test/goldens/complex.json. Complex arrays are {dtype, shape, re, im} with nan/inf as
strings (golden_json.enc_num)."""
import json
import os
import warnings

import numpy as np

from golden_json import enc_num

warnings.simplefilter('ignore')
OUT = os.path.join(os.path.dirname(__file__), 'complex.json')


def carr(a):
    a = np.asarray(a)
    if a.dtype.kind == 'c':
        return {'dtype': str(a.dtype), 'shape': list(a.shape),
                're': [enc_num(v, True) for v in a.real.ravel().tolist()],
                'im': [enc_num(v, True) for v in a.imag.ravel().tolist()]}
    if a.dtype == np.bool_:
        return {'dtype': 'bool', 'shape': list(a.shape), 're': [bool(v) for v in a.ravel().tolist()]}
    return {'dtype': str(a.dtype), 'shape': list(a.shape), 're': [enc_num(v, True) for v in a.ravel().tolist()]}


# ---- printing -------------------------------------------------------------------------
PRINT = [
    ([1 + 2j, -1j], 'complex128', {}),
    ([1 + 2j, 0 - 1j], 'complex64', {}),
    ([0.1 + 0.2j, 1.5 - 2.25j, 3j], 'complex128', {}),
    ([0.1 + 0.2j, 1.5 - 2.25j, 3j], 'complex64', {}),
    ([complex(np.nan, np.nan), complex(np.inf, -np.inf), 1 + 1j], 'complex128', {}),
    ([complex(1, np.nan), complex(-np.inf, 0), complex(0, np.inf)], 'complex128', {}),
    ([1e-10 + 1j, 1e10 - 1j], 'complex128', {}),
    ([1e-10 + 1j, 1e10 - 1j], 'complex128', {'suppress': True}),
    ([1 / 3 + 2j / 3, 2 / 7 - 1j / 9], 'complex128', {'precision': 3}),
    ([1 / 3 + 2j / 3, 2 / 7 - 1j / 9], 'complex128', {'floatmode': 'fixed', 'precision': 4}),
    ([1 / 3 + 2j / 3, 2 / 7 - 1j / 9], 'complex128', {'sign': '+'}),
    ([1 / 3 + 2j / 3, 2 / 7 - 1j / 9], 'complex128', {'sign': ' '}),
    ([[1 + 1j, 2 - 2j], [-3.5 + 0j, 4e-5 + 1e5j]], 'complex128', {}),
    ([[1 + 1j, 2 - 2j], [-3.5 + 0j, 4e-5 + 1e5j]], 'complex64', {}),
    ([-0.0 + 0j, complex(0.0, -0.0), -1 - 1j], 'complex128', {}),
    (list(np.arange(30) * (1 + 0.5j)), 'complex128', {}),
    (list(np.linspace(0, 1, 12) + 1j * np.linspace(-1, 1, 12)), 'complex128', {}),
    (list(np.arange(1001) * (0.5 - 1j)), 'complex128', {}),
    (list(np.arange(1001) * (0.5 - 1j)), 'complex64', {}),
    ([], 'complex128', {}),
    ([], 'complex64', {}),
    (1 + 2j, 'complex128', {}),
    (-1j, 'complex128', {}),
    (0j, 'complex128', {}),
    (complex(np.nan, np.inf), 'complex128', {}),
    (0.1 + 0.2j, 'complex64', {}),
    (1.5 - 2j, 'complex64', {}),
    (1e20 + 1j, 'complex128', {}),
    ([1e20 + 1j, 1], 'complex128', {}),
    ([123456789.123 + 1j], 'complex64', {}),
]

printing = []
for data, dt, opts in PRINT:
    a = np.array(data, dtype=dt)
    with np.printoptions(**opts):
        printing.append({'a': carr(a), 'opts': opts, 'repr': repr(a), 'str': str(a)})
# 3-d
a = (np.arange(24).reshape(2, 3, 4) * (1 - 0.25j)).astype('complex128')
printing.append({'a': carr(a), 'opts': {}, 'repr': repr(a), 'str': str(a)})

# ---- ufuncs --------------------------------------------------------------------------
X = np.array([1 + 2j, -1.5 + 0.5j, 0j, -0.0 - 0j, 3 - 4j, 1e-3 + 1e3j, -2 - 0j, 0.5 + 0j, 1j, -1j, 2 + 0j, -3.25 + 1.75j,
              complex(np.inf, 0), complex(0, np.inf), complex(np.nan, 1), complex(1, np.nan), 1e300 + 1e300j, 0.7 - 0.2j])
Y = np.array([2 - 1j, 0.5 + 0.5j, 1 + 0j, 2j, -1 - 1j, 4 + 3j, 1e-300 + 1j, -0.5 + 2j, 3 - 3j, 1e300 + 1e-300j, 0j, -2.5 + 0.1j,
              1 + 1j, 1 + 1j, 1 + 1j, 2 + 0j, 1 + 1e300j, 0.3 + 0.9j])
UNARY = ['negative', 'positive', 'conjugate', 'absolute', 'sqrt', 'exp', 'log', 'log10', 'log2', 'square', 'reciprocal',
         'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'isnan', 'isinf', 'isfinite', 'sign',
         'real', 'imag', 'angle', 'conj', 'expm1', 'log1p', 'arcsinh', 'arccosh', 'arctanh']
unary = []
for dt in ['complex128', 'complex64']:
    x = X.astype(dt)
    for name in UNARY:
        f = getattr(np, name)
        unary.append({'name': name, 'x': carr(x), 'out': carr(f(x))})
unary.append({'name': 'angle', 'x': carr(X), 'deg': True, 'out': carr(np.angle(X, deg=True))})

BINARY = ['add', 'subtract', 'multiply', 'divide', 'power', 'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal',
          'maximum', 'minimum', 'logical_and', 'logical_or', 'logical_xor']
binary = []
for dt in ['complex128', 'complex64']:
    x = X.astype(dt)
    y = Y.astype(dt)
    for name in BINARY:
        binary.append({'name': name, 'x': carr(x), 'y': carr(y), 'out': carr(getattr(np, name)(x, y))})
# integer and real exponents, mixed dtypes
P = np.array([1 + 1j, -2 + 0.5j, 0.5 - 0.25j, 3j, 0j, 1.1 + 0.0j])
for e in [0, 1, 2, 3, 4, 5, -1, -2, -3, 0.5, 2.5, -0.5, 7, 100]:
    binary.append({'name': 'power', 'x': carr(P), 'scalar': e, 'out': carr(np.power(P, e))})
for e in [0, 2, 3, -1, 0.5]:
    binary.append({'name': 'power', 'x': carr(P.astype('complex64')), 'scalar': e, 'out': carr(np.power(P.astype('complex64'), e))})
    binary.append({'name': 'power', 'x': carr(P), 'scalarc': [0.5, 1.5], 'out': carr(np.power(P, 0.5 + 1.5j))})
R = np.array([1.5, -2.0, 0.25, 3.0, 0.0, 7.0])
for dt in ['float64', 'float32', 'int8', 'int64']:
    r = R.astype(dt)
    for name in ['add', 'multiply', 'divide', 'subtract']:
        binary.append({'name': name, 'x': carr(r), 'y': carr(P.astype('complex64')), 'out': carr(getattr(np, name)(r, P.astype('complex64')))})
        binary.append({'name': name, 'x': carr(r), 'scalarc': [1.0, -2.0], 'out': carr(getattr(np, name)(r, 1 - 2j))})

# ---- promotion ------------------------------------------------------------------------
promo = []
for a in ['bool', 'int8', 'uint8', 'int16', 'int32', 'int64', 'uint64', 'float32', 'float64', 'complex64', 'complex128']:
    for b in ['complex64', 'complex128']:
        promo.append([a, b, str(np.promote_types(a, b))])
weak = []
for a in ['bool', 'int8', 'int64', 'float32', 'float64', 'complex64', 'complex128']:
    weak.append([a, str((np.zeros(2, a) + 1j).dtype)])

# ---- reductions ----------------------------------------------------------------------
Z = (np.arange(24).reshape(4, 6) * (0.1 - 0.3j) + np.sin(np.arange(24)).reshape(4, 6) * 1j)
red = []
for dt in ['complex128', 'complex64']:
    z = Z.astype(dt)
    for name in ['sum', 'prod', 'mean', 'cumsum', 'cumprod', 'var', 'std']:
        for axis in [None, 0, 1]:
            red.append({'name': name, 'axis': axis, 'x': carr(z), 'out': carr(getattr(np, name)(z, axis=axis))})
# lexicographic order: ties in the real part, and a NaN part
Z2 = np.round(Z.real / 3) + 1j * Z.imag
Z3 = Z2.copy()
Z3[1, 2] = complex(1, np.nan)
for z in [Z2, Z3, Z2.astype('complex64')]:
    for name in ['max', 'min', 'argmax', 'argmin', 'ptp']:
        for axis in [None, 0, 1]:
            red.append({'name': name, 'axis': axis, 'x': carr(z), 'out': carr(getattr(np, name)(z, axis=axis))})
S = np.array([[3 + 1j, complex(np.nan, 0), 1 - 1j, 1 + 1j, complex(1, np.nan), -2 + 0j],
              [complex(np.nan, np.nan), 0j, 0 - 2j, complex(np.nan, -1), 5 + 5j, 1 + 1j]])
for z in [S, S.astype('complex64')]:
    for name in ['sort', 'argsort']:
        for axis in [None, 0, 1]:
            red.append({'name': name, 'axis': axis, 'x': carr(z), 'out': carr(getattr(np, name)(z, axis=axis, kind='stable'))})
    red.append({'name': 'sort_complex', 'axis': None, 'x': carr(z), 'out': carr(np.sort_complex(z))})
red.append({'name': 'sort_complex', 'axis': None, 'x': carr(np.array([3, 1, 2], dtype='int16')), 'out': carr(np.sort_complex(np.array([3, 1, 2], dtype='int16')))})
big = (np.linspace(0, 1, 10001) * (1 + 1j) + 0.1j).astype('complex128')
red.append({'name': 'sum', 'axis': None, 'x': carr(big), 'out': carr(np.sum(big))})
red.append({'name': 'mean', 'axis': None, 'x': carr(big), 'out': carr(np.mean(big))})

# ---- functions ------------------------------------------------------------------------
fns = {
    'iscomplexobj': [np.iscomplexobj(np.array([1j])), np.iscomplexobj(np.array([1.0]))],
    'iscomplex': carr(np.iscomplex(np.array([1 + 0j, 1 + 1j, 2.0 + 0j]))),
    'isreal': carr(np.isreal(np.array([1 + 0j, 1 + 1j, 2.0 + 0j]))),
    'real_if_close_in': carr(np.array([2.1 + 4e-14j, 5.2 + 3e-15j])),
    'real_if_close': carr(np.real_if_close(np.array([2.1 + 4e-14j, 5.2 + 3e-15j]))),
    'real_if_close_keep': carr(np.real_if_close(np.array([2.1 + 4e-13j, 5.2 + 3e-15j]))),
    'isclose': carr(np.isclose(np.array([1 + 1j, 1 + 1.00000001j, 2 + 2j, complex(np.nan, 1)]), np.array([1 + 1j, 1 + 1j, 2 + 2.1j, complex(np.nan, 1)]))),
    'allclose': bool(np.allclose(np.array([1 + 1j, 2 - 1e-10j]), np.array([1 + 1j, 2 + 0j]))),
    'astype_float': carr(np.array([1.5 + 2j, -3 - 1j]).astype('float64')),
    'astype_int': carr(np.array([1.5 + 2j, -3.7 - 1j]).astype('int64')),
    'astype_bool': carr(np.array([0j, 1j, 0.5 + 0j]).astype('bool')),
    'sort_error': None,
}
errors = {}
for key, fn in {
    'less': lambda: np.less(np.array([1j]), np.array([2j])),
    'argmax': lambda: np.argmax(np.array([1j, 2j])),
    'floor_divide': lambda: np.floor_divide(np.array([1j]), np.array([2j])),
    'remainder': lambda: np.remainder(np.array([1j]), np.array([2j])),
    'floor': lambda: np.floor(np.array([1j])),
    'arctan2': lambda: np.arctan2(np.array([1j]), np.array([2j])),
    'array_float': lambda: np.array([1 + 2j], dtype='float64'),
}.items():
    try:
        fn()
        errors[key] = None
    except Exception as e:  # noqa: BLE001
        errors[key] = [type(e).__name__, str(e)]

# ---- .npy ------------------------------------------------------------------------------
import base64  # noqa: E402
import io  # noqa: E402

npy = []
for arr in [np.array([1 + 2j, -0.5 - 1e-300j, complex(np.nan, np.inf)]),
            (np.arange(6).reshape(2, 3) * (0.1 + 0.7j)).astype('complex64'),
            np.asfortranarray((np.arange(6).reshape(2, 3) * (1 - 2j))),
            np.array([1 + 2j, 3 - 4j], dtype='>c16'),
            np.zeros((0, 2), dtype='complex64')]:
    buf = io.BytesIO()
    np.save(buf, arr)
    npy.append({'a': carr(arr.astype(arr.dtype.newbyteorder('='))), 'bytes': base64.b64encode(buf.getvalue()).decode(),
                'native': arr.dtype.byteorder != '>' and not (arr.ndim > 1 and arr.flags.f_contiguous and not arr.flags.c_contiguous)})

# ---- Mandelbrot: the notebook favourite, z = z*z + c with the mask |z| <= 2 ---------------
n, iters = 120, 30
x = np.linspace(-2, 1, n)
y = np.linspace(-1.5, 1.5, n)
c = x[None, :] + y[:, None] * 1j
z = np.zeros_like(c)
counts = np.zeros((n, n), dtype=np.int64)
for _ in range(iters):
    z = z * z + c
    counts += np.abs(z) <= 2
mandel = {'n': n, 'iters': iters, 'counts': counts.ravel().tolist()}

with open(OUT, 'w') as f:
    json.dump({'printing': printing, 'unary': unary, 'binary': binary, 'promotion': promo, 'weak': weak,
               'reductions': red, 'functions': fns, 'errors': errors, 'npy': npy, 'mandelbrot': mandel}, f, indent=None, separators=(',', ':'))
print('wrote', OUT)
