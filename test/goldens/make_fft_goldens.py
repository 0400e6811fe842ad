#!/usr/bin/env python3
"""Writes test/goldens/fft.json: NumPy's (pocketfft's) transforms of hashed inputs.

Run from the project root:  python3 test/goldens/make_fft_goldens.py

Inputs are hashed_data.fraction values minus 0.5 (the same bits in TypeScript): for length n,
real parts are fraction(2n)[:n], imaginary parts fraction(2n)[n:]. Outputs are stored as
re/im lists; the tests rebuild the inputs and compare within a few ulps * log2(n).
"""
import json
import os

import numpy as np

from hashed_data import fraction

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fft.json')
LENGTHS = [1, 2, 3, 5, 7, 8, 12, 17, 97, 128, 1000, 1009, 4096, 2 * 3 * 5 * 7 * 11, 4 * 13 * 13, 2 * 499]
SMALL = [n for n in LENGTHS if n <= 1009]


def inputs(n):
    f = fraction(2 * n) - 0.5
    return f[:n], f[n:]


def parts(z):
    z = np.asarray(z)
    return {'re': z.real.tolist(), 'im': z.imag.tolist()}


cases = []
for n in LENGTHS:
    re, im = inputs(n)
    x = re + 1j * im
    c = {'n': n, 'fft': parts(np.fft.fft(x)), 'rfft': parts(np.fft.rfft(re))}
    if n in SMALL:
        c['ifft'] = parts(np.fft.ifft(x))
        # irfft of the first n//2+1 hashed complex values, output length n
        c['irfft'] = np.fft.irfft(x[: n // 2 + 1], n).tolist()
    cases.append(c)


def res(z):
    z = np.asarray(z)
    return {'dtype': str(z.dtype), 'shape': list(z.shape), 're': z.real.ravel().tolist(), 'im': z.imag.ravel().tolist(), 'repr': repr(z)}


# The array API: (function, input, positional args, options) as the TypeScript test calls it.
M = np.round(fraction(24).reshape(2, 3, 4) - 0.5, 3)
V = np.round(fraction(7) - 0.5, 3)
api_calls = [
    ('fft', V, [], {}), ('fft', V, [4], {}), ('fft', V, [10], {}), ('fft', V, [], {'norm': 'ortho'}),
    ('fft', V, [], {'norm': 'forward'}), ('ifft', V, [], {}), ('ifft', V, [None, -1, 'ortho'], {}),
    ('ifft', V, [], {'norm': 'forward'}), ('fft', M, [], {'axis': 0}), ('fft', M, [5, 1], {}),
    ('rfft', V, [], {}), ('rfft', V, [6], {}), ('rfft', M, [], {'axis': 1, 'norm': 'ortho'}),
    ('irfft', V, [], {}), ('irfft', V, [7], {}), ('irfft', M, [], {'axis': 0}), ('irfft', V, [], {'norm': 'forward'}),
    ('hfft', V, [], {}), ('ihfft', V, [], {}),
    ('fft2', M, [], {}), ('ifft2', M, [], {}), ('fft2', M, [[3, 5]], {}), ('fftn', M, [], {}), ('ifftn', M, [], {'norm': 'ortho'}),
    ('fftn', M, [], {'axes': [0, 2]}), ('fftn', M, [[2, -1], [0, 1]], {}),
    ('rfftn', M, [], {}), ('rfft2', M, [], {}), ('irfftn', M, [], {}), ('irfft2', M, [], {}), ('irfftn', M, [[2, 3, 6]], {}),
    ('fftshift', M, [], {}), ('ifftshift', M, [], {}), ('fftshift', M, [], {'axes': 1}), ('ifftshift', V, [[0]], {}),
    ('fft', np.array([1, 2, 3, 4], dtype=np.float32), [], {}), ('rfft', np.array([1, 2, 3, 4, 5], dtype=np.float32), [], {}),
    ('fft', np.array([[1, 2], [3, 4]]), [], {}),
]
api = []
for fn, x, args, kw in api_calls:
    pos = [tuple(a) if isinstance(a, list) else a for a in args]
    kw2 = {k: (tuple(v) if isinstance(v, list) else v) for k, v in kw.items()}
    r = getattr(np.fft, fn)(x, *pos, **kw2)
    api.append({'fn': fn, 'x': {'dtype': str(x.dtype), 'shape': list(x.shape), 'data': x.ravel().tolist()}, 'args': args, 'opts': kw, 'out': res(r)})

freqs = [{'fn': fn, 'n': n, 'd': d, 'out': res(getattr(np.fft, fn)(n, d))}
         for fn in ('fftfreq', 'rfftfreq') for n, d in ((1, 1.0), (8, 1.0), (9, 0.1), (10, 2.5))]

errors = []
for label, call in (
    ('n=0', lambda: np.fft.fft([1, 2], n=0)), ('empty', lambda: np.fft.fft([])),
    ('norm', lambda: np.fft.fft([1, 2], norm='x')), ('axis', lambda: np.fft.fft(np.ones((2, 3)), axis=2)),
    ('irfft 1', lambda: np.fft.irfft([1])), ('n=2.5', lambda: np.fft.fft([1, 2, 3], n=2.5)), ('s/axes', lambda: np.fft.fftn(np.ones((2, 2)), s=[2], axes=[0, 1])),
):
    try:
        call()
    except Exception as e:  # noqa: BLE001
        errors.append({'label': label, 'type': type(e).__name__, 'msg': str(e)})

with open(OUT, 'w') as fh:
    json.dump({'cases': cases, 'api': api, 'freqs': freqs, 'errors': errors}, fh)
print('wrote', OUT)
