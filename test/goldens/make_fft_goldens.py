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

with open(OUT, 'w') as fh:
    json.dump({'cases': cases}, fh)
print('wrote', OUT)
