#!/usr/bin/env python3
"""Goldens of np.polynomial (test/runtime/polynomial-class.test.ts): str, ascii format and
repr of Polynomial objects, their values, fits, conversions and arithmetic, and the
np.polynomial.polynomial functions, each computed by NumPy 2.4. Each case is named; the
test holds the same computation written in TypeScript under that name.
Run from the project root: python3 test/goldens/make_polynomial_goldens.py"""
import json
import os

import numpy as np
from numpy.polynomial import Polynomial as P
import numpy.polynomial.polynomial as pp

np.polynomial.set_default_printstyle('unicode')
x = np.linspace(0, 10, 21)
y = 3 + 0.5 * x - 0.2 * x ** 2 + np.sin(x)
wide = P(np.arange(1, 22))

printed = {
    'basic': P([1, 2, 3]),
    'neg_small': P([0, -1.5, 1e-9]),
    'big': P([1e10, 2, 0.5]),
    'nonfinite': P([np.nan, np.inf, -2]),
    'zero': P([0]),
    'wide': wide,
    'domain_shift': P([1, 2, 3], domain=[0, 2]),
    'window_same': P([1, 2], domain=[1, 3], window=[1, 3]),
    'scale_only': P([1, 2], domain=[0, 1], window=[0, 2]),
    'fit': P.fit(x, y, 3),
    'fit_converted': P.fit(x, y, 3).convert(),
    'symbol': P([1, -2, 0.25], symbol='t'),
    'product': P([1, 2, 3]) * P([1, -1]),
    'power': P([1, 1]) ** 5,
    'deriv': P([1, 2, 3, 4]).deriv(),
    'deriv2_domain': P([1, 2, 3, 4], domain=[0, 4]).deriv(2),
    'integ': P([1, 2, 3]).integ(),
    'integ_k_lbnd': P([1, 2, 3]).integ(2, k=[1, 2], lbnd=1),
    'fromroots': P.fromroots([1, 2, -3]),
    'identity_domain': P.identity(domain=[0, 10]),
    'basis': P.basis(3),
    'sub_scalar': P([1, 2]) - 3,
    'rsub_scalar': 3 - P([1, 2]),
    'div_scalar': P([2, 4, 6]) / 2,
    'floordiv': P([1, 2, 1]) // P([1, 1]),
    'mod': P([1, 2, 2]) % P([1, 1]),
    'trim': P([1, 2, 1e-12, 1e-14]).trim(1e-10),
    'cutdeg': P([1, 2, 3, 4]).cutdeg(1),
    'compose': P([1, 2, 3])(P([0, 2])),
}

cases = {}
for name, p in printed.items():
    cases[name] = {'str': str(p), 'ascii': format(p, 'ascii'), 'repr': repr(p)}

values = {
    'call_scalar': float(P([1, 2, 3])(2)),
    'call_array': P([1, 2, 3])(np.array([0.5, -1, 3])).tolist(),
    'call_domain': P([1, 2, 3], domain=[0, 2])(np.array([0.0, 1.0, 2.0])).tolist(),
    'fit_values': P.fit(x, y, 3)(x).tolist(),
    'fit_weighted': P.fit(x, y, 2, w=np.linspace(1, 2, 21)).convert().coef.tolist(),
    'linspace': [a.tolist() for a in P([1, 0, -1], domain=[0, 2]).linspace(5)],
    'pp_polyfit': pp.polyfit(x, y, 3).tolist(),
    'pp_polyval': pp.polyval(np.array([1.5, 2.5]), [1, -2, 3]).tolist(),
    'pp_polyder': pp.polyder([1, 2, 3, 4], 2, 3).tolist(),
    'pp_polyint': pp.polyint([1, 2, 3], 2, k=[1, 2], lbnd=-1, scl=2).tolist(),
    'pp_polydiv': [a.tolist() for a in pp.polydiv([1, 2, 3, 4], [1, 1])],
    'pp_polyfromroots': pp.polyfromroots([3, -1, 0.5]).tolist(),
    'pp_polyvander': pp.polyvander([1, 2, 3], 3).tolist(),
    'pp_polypow': pp.polypow([1, 2], 3).tolist(),
    'pp_polymulx': pp.polymulx([1, 2]).tolist(),
    'eq': [bool(P([1, 2]) == P([1, 2])), bool(P([1, 2]) == P([1, 2], domain=[0, 1])), bool(P([1, 2]) == P([1, 2.5]))],
    'degree': P([1, 2, 3, 0]).degree(),
}

errors = {}
for name, fn in {
    'domains_differ': lambda: P([1]) + P([1], domain=[0, 1]),
    'bad_domain': lambda: P([1], domain=[0, 1, 2]),
    'bad_symbol': lambda: P([1], symbol='1x'),
    'truediv_poly': lambda: P([1]) / P([1]),
    'pow_negative': lambda: P([1, 1]) ** -1,
    'pow_large': lambda: P([1, 1]) ** 101,
    'empty': lambda: P([]),
    'fit_deg': lambda: P.fit([1, 2], [1, 2], -1),
    'fit_lengths': lambda: P.fit([1, 2, 3], [1, 2], 1),
}.items():
    try:
        fn()
        errors[name] = None
    except Exception as e:
        errors[name] = {'type': type(e).__name__, 'message': str(e)}

out = {'numpy': np.__version__, 'printed': cases, 'values': values, 'errors': errors}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'polynomial_class.json')
with open(path, 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
