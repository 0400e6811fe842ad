#!/usr/bin/env python3
"""Generate test/goldens/savetxt.json: the text NumPy's np.savetxt writes (or the error it
raises) for arrays, formats and options; the runtime's np.savetxt must write the same bytes.

    python3 test/goldens/make_savetxt_goldens.py
"""
import io
import json
import os

import numpy as np

import golden_json

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'savetxt.json')
cases = []


def case(data, dtype, **kw):
    arr = np.array(data, dtype=dtype)
    buf = io.BytesIO()
    try:
        np.savetxt(buf, arr, **kw)
        expect = {'text': buf.getvalue().decode('latin-1')}
    except Exception as e:  # noqa: BLE001
        expect = {'error': type(e).__name__, 'message': str(e)}
    cases.append({'array': golden_json.nd(arr, signed_zero=True), 'kwargs': kw, 'expect': expect})


F = [[1.5, -2.25, 3.0], [0.1, 1e-7, 123456789.125], [-0.0, np.nan, -np.inf]]
case(F, 'float64')
case(F, 'float32')
case([[1, 2, 3], [4, -5, 6]], 'int64')
case([1.0, 2.5, -3.0], 'float64')
case([[1, 2], [3, 4]], 'int64', fmt='%d', delimiter=',')
case(F, 'float64', fmt='%.3f')
case(F, 'float64', fmt='%10.4e', delimiter='|')
case(F, 'float64', fmt='%g')
case(F, 'float64', fmt='%G')
case(F, 'float64', fmt='%s')
case([[0.5, 1.5, 2.5, 3.5]], 'float64', fmt='%.0f')
case([[0.125, 0.375, 2.675, 1.005]], 'float64', fmt='%.2f')
case([[1.5, 2.5]], 'float64', fmt=['%d', '%.2f'])
case([[1.5, 2.5]], 'float64', fmt='%d,%+.2e')
case([[1, 2], [3, 4]], 'int64', fmt='%-5d|%05d')
case([[1, -2]], 'int64', fmt='% d')
case([[255, 16]], 'uint8', fmt='%x')
case([[255, 16]], 'uint8', fmt='%#o')
case([[True, False]], 'bool', fmt='%d')
case([[True, False]], 'bool', fmt='%s')
case([[1.0, 2.0]], 'float64', header='x y\nunits: m', footer='end', comments='## ')
case([[1.0, 2.0]], 'float64', fmt='%.1f', newline='\r\n', header='h')
case([[1.0, 2.0]], 'float64', fmt='%.1f', header='', footer='')
case([[1.5, 2.5]], 'float64', fmt='%x')
case([[1.5, 2.5]], 'float64', fmt=['%d'])
case([[1.5, 2.5]], 'float64', fmt='%d %d %d')
case(np.zeros((2, 2, 2)), 'float64')
case(3.0, 'float64')
case([[np.nan, 1.0]], 'float64', fmt='%d')
case(np.zeros((0, 3)), 'float64')

with open(OUT, 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': cases}, f, indent=0)
    f.write('\n')
print(f'{len(cases)} cases -> {OUT}')
