#!/usr/bin/env python3
"""Write the .npz archives of test/runtime/npz.test.ts with NumPy itself (savez and
savez_compressed), so np.load is tested on archives NumPy wrote (zip64 extra fields,
deflated members). Run from the project root: python3 test/goldens/npy/make_npz.py"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
a = np.arange(6, dtype=np.int16).reshape(2, 3)
x = np.linspace(0, 1, 5)
m = np.asfortranarray(np.arange(12.0).reshape(3, 4))
np.savez(os.path.join(HERE, 'stored.npz'), a, x=x, m=m)
np.savez_compressed(os.path.join(HERE, 'deflated.npz'), a, np.array([True, False]), x=x)
