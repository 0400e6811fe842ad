"""How the golden scripts write NumPy values as JSON (read back by test/runtime/golden.ts):
nan and infinities as strings, ints as ints, an ndarray as {nd: {dtype, shape, data}};
with signed_zero, -0.0 as '-0' (for goldens that check the sign of zero)."""
import math

import numpy as np


def enc_num(v, signed_zero=False):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    v = float(v)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if signed_zero and v == 0 and math.copysign(1, v) < 0:
        return '-0'
    return v


def enc_val(v, dtype, signed_zero=False):
    if dtype == 'bool':
        return bool(v)
    if dtype.startswith('int') or dtype.startswith('uint'):
        return int(v)
    return enc_num(v, signed_zero)


def nd(a, signed_zero=False):
    a = np.asarray(a)
    dt = str(a.dtype)
    return {'nd': {'dtype': dt, 'shape': list(a.shape), 'data': [enc_val(v, dt, signed_zero) for v in a.ravel().tolist()]}}


def py(v):
    """The Python value NumPy is called with: an array argument (anything with `.arr`) as a
    copy, integral floats as ints (JavaScript cannot tell them apart), containers mapped."""
    if hasattr(v, 'arr'):
        return v.arr.copy()
    if isinstance(v, list):
        return [py(x) for x in v]
    if isinstance(v, tuple):
        return tuple(py(x) for x in v)
    if isinstance(v, dict):
        return {k: py(x) for k, x in v.items()}
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def enc_result(r, signed_zero=False):
    """A NumPy call's result: an ndarray, a Python or NumPy scalar, or a tuple of them."""
    if isinstance(r, np.ndarray):
        return nd(r, signed_zero)
    if isinstance(r, (bool,)):
        return {'bool': r}
    if isinstance(r, np.bool_):
        return {'scalar': bool(r), 'dtype': 'bool'}
    if isinstance(r, np.generic):
        return {'scalar': enc_val(r, str(r.dtype), signed_zero), 'dtype': str(r.dtype)}
    if isinstance(r, (int, float)):
        return {'scalar': enc_num(r, signed_zero), 'dtype': 'python'}
    if isinstance(r, (tuple, list)):
        return {'tuple': [enc_result(x, signed_zero) for x in r]}
    if isinstance(r, str):
        return {'str': r}
    raise TypeError(f'cannot encode {type(r)}')
