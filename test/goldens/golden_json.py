"""How the golden scripts write NumPy values as JSON (read back by test/runtime/golden.ts):
nan and infinities as strings, ints as ints, an ndarray as {nd: {dtype, shape, data}}."""
import math

import numpy as np


def enc_num(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    v = float(v)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v


def enc_val(v, dtype):
    if dtype == 'bool':
        return bool(v)
    if dtype.startswith('int') or dtype.startswith('uint'):
        return int(v)
    return enc_num(v)


def nd(a):
    a = np.asarray(a)
    dt = str(a.dtype)
    return {'nd': {'dtype': dt, 'shape': list(a.shape), 'data': [enc_val(v, dt) for v in a.ravel().tolist()]}}
