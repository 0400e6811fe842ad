"""NumPy's singular values for the SVD's divide-and-conquer path (runtime/linalg/bdc.ts):
matrices the test rebuilds exactly from integer formulas (no data stored), around the
path's threshold (64) and its leaf size, tall and wide, rank-deficient, graded, repeated."""
import json
import os

import numpy as np

from golden_json import nd


def base(m, n, seed):
    i = np.arange(m)[:, None]
    j = np.arange(n)[None, :]
    return ((i * 37 + j * 91 + i * j * 13 + seed * 17) % 101) / 101.0 - 0.5


def rank(n, r):
    k = np.arange(r)
    x = (np.arange(n)[:, None] * 7 + k[None, :] * 3) % 11 - 5.0
    y = (k[:, None] * 5 + np.arange(n)[None, :] * 2) % 13 - 6.0
    return x @ y


def graded(n):
    # rows scaled by powers of two (exact): singular values spread over ~2^-40
    return base(n, n, 3) * (2.0 ** -(np.arange(n)[:, None] * 40 // n))


def hadamard(n):
    h = np.array([[1.0]])
    while h.shape[0] < n:
        h = np.block([[h, h], [h, -h]])
    return h


def diag(n):
    d = np.zeros(n)
    d[: n // 2] = 3.0
    d[n // 2: 3 * n // 4] = 1.0
    return np.diag(d)


CASES = [
    ('base', [63, 63, 1], base(63, 63, 1)),
    ('base', [64, 64, 2], base(64, 64, 2)),
    ('base', [65, 65, 3], base(65, 65, 3)),
    ('base', [100, 100, 4], base(100, 100, 4)),
    ('base', [130, 130, 5], base(130, 130, 5)),
    ('base', [150, 70, 6], base(150, 70, 6)),
    ('base', [70, 150, 7], base(70, 150, 7)),
    ('rank', [100, 20], rank(100, 20)),
    ('rank', [97, 1], rank(97, 1)),
    ('graded', [96], graded(96)),
    ('hadamard', [128], hadamard(128)),
    ('diag', [80], diag(80)),
]

out = {'numpy': np.__version__, 'cases': [
    {'kind': k, 'args': a, 'shape': list(m.shape), 's': nd(np.linalg.svd(m, compute_uv=False))} for k, a, m in CASES
]}
with open(os.path.join(os.path.dirname(__file__), 'svd_dc.json'), 'w') as f:
    json.dump(out, f)
