#!/usr/bin/env python3
"""Write the small .npy files of test/runtime/io.test.ts with NumPy itself, plus
manifest.json describing each (dtype, shape, C-order data, and whether the runtime's
np.save must reproduce the file byte for byte).

Run from the project root with NumPy 2.4.x:

    python3 test/goldens/npy/make_npy.py
"""
import json
import math
import os

import numpy as np
from numpy.lib import format as npformat

HERE = os.path.dirname(os.path.abspath(__file__))
manifest = {'numpy': np.__version__, 'files': []}


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if v == 0 and math.copysign(1, v) < 0:
        return '-0'
    return v


def add(name, arr, roundtrip=True, version=None):
    path = os.path.join(HERE, name)
    if version is None:
        np.save(path, arr)
    else:
        with open(path, 'wb') as f:
            npformat.write_array(f, arr, version=version)
    dt = arr.dtype
    manifest['files'].append({
        'file': name,
        'dtype': dt.newbyteorder('=').name if dt.byteorder in '<>' else dt.name,
        'shape': list(arr.shape),
        'data': [enc(v) for v in np.asarray(arr).ravel(order='C').tolist()],
        'fortran_order': bool(arr.flags.f_contiguous and not arr.flags.c_contiguous),
        'roundtrip': roundtrip,
    })


add('f8_2x3.npy', np.arange(6.0).reshape(2, 3) * 1.5 - 2)
add('f4_special.npy', np.array([1.5, np.nan, np.inf, -np.inf, -0.0, 3.4028235e38, 1e-45], dtype=np.float32))
add('i8.npy', np.array([0, -1, 2**53 - 1, -(2**53), 123456789012], dtype=np.int64))
add('i4.npy', np.array([[-2147483648, 2147483647], [0, -5]], dtype=np.int32))
add('i2.npy', np.array([-32768, 32767, 7], dtype=np.int16))
add('i1.npy', np.array([-128, 127, 0, -1], dtype=np.int8))
add('u8.npy', np.array([0, 1, 2**53], dtype=np.uint64))
add('u4.npy', np.array([4294967295, 0, 17], dtype=np.uint32))
add('u2.npy', np.array([65535, 0], dtype=np.uint16))
add('u1_3d.npy', (np.arange(24) * 11 % 256).astype(np.uint8).reshape(2, 3, 4))
add('b1.npy', np.array([[True, False, True], [False, False, True]]))
add('fortran_f8.npy', np.asfortranarray(np.arange(12.0).reshape(3, 4) / 7))
add('fortran_i2_3d.npy', np.asfortranarray(np.arange(24, dtype=np.int16).reshape(2, 3, 4)))
add('scalar_f8.npy', np.array(3.25))
add('empty_f4.npy', np.zeros((0, 3), dtype=np.float32))
add('be_f8.npy', np.array([1.5, -2.25, 1e300], dtype='>f8'), roundtrip=False)
add('be_i4.npy', np.array([[1, -2], [300000, -400000]], dtype='>i4'), roundtrip=False)
add('be_u8.npy', np.array([1, 2**40 + 3], dtype='>u8'), roundtrip=False)
add('v2_i8.npy', np.arange(5, dtype=np.int64), roundtrip=False, version=(2, 0))
add('v3_f4.npy', np.arange(4, dtype=np.float32) / 3, roundtrip=False, version=(3, 0))
add('wide_shape.npy', np.zeros((1, 123456), dtype=np.uint8)[:, :3].copy(), roundtrip=True)
# dtypes the runtime does not have: loading them must fail clearly
np.save(os.path.join(HERE, 'unsupported_c16.npy'), np.array([1 + 2j]))
np.save(os.path.join(HERE, 'unsupported_struct.npy'), np.zeros(2, dtype=[('x', '<f8'), ('y', '<i4')]))
np.save(os.path.join(HERE, 'unsupported_f2.npy'), np.array([1.5], dtype='float16'))

with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=1)
    f.write('\n')
print(len(manifest['files']), 'files')
