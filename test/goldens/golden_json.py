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
