#!/usr/bin/env python3
"""Goldens of np.polynomial's other series classes and modules (test/runtime/polynomial-bases.test.ts):
str, ascii format and repr of Chebyshev, Legendre, Laguerre, Hermite and HermiteE objects
(a fitted one with its data's domain among them), their values, fits and conversions between
kinds (convert(kind=...), cast), each module's functions (chebval ... hermegauss) and errors,
each computed by NumPy 2.4. Each case is named; the test holds the same computation written
in TypeScript under that name.
Run from the project root: python3 test/goldens/make_polybases_goldens.py"""
import json
import os

import numpy as np
from numpy.polynomial import Polynomial, Chebyshev, Legendre, Laguerre, Hermite, HermiteE
import numpy.polynomial.chebyshev as C
import numpy.polynomial.legendre as L
import numpy.polynomial.laguerre as G
import numpy.polynomial.hermite as H
import numpy.polynomial.hermite_e as E

np.polynomial.set_default_printstyle('unicode')
x = np.linspace(0, 10, 21)
y = 3 + 0.5 * x - 0.2 * x ** 2 + np.sin(x)

CLASSES = {'Chebyshev': Chebyshev, 'Legendre': Legendre, 'Laguerre': Laguerre, 'Hermite': Hermite, 'HermiteE': HermiteE}
MODULES = {'cheb': C, 'leg': L, 'lag': G, 'herm': H, 'herme': E}


def cplx(a):
    a = np.asarray(a)
    return {'dtype': str(a.dtype), 're': a.real.tolist(), 'im': a.imag.tolist()}


def show(p):
    return {'str': str(p), 'ascii': format(p, 'ascii'), 'repr': repr(p), 'latex': p._repr_latex_()}


def printed_cases(K):
    return {
        'basic': K([1, 2, 3]),
        'neg_small': K([0, -1.5, 1e-9]),
        'wide': K(np.arange(1, 16)),
        'domain_shift': K([1, 2, 3], domain=[0, 2]),
        'symbol': K([1, -2, 0.25], symbol='t'),
        'fit': K.fit(x, y, 3),
        'product': K([1, 2, 3]) * K([1, -1]),
        'power': K([1, 1]) ** 3,
        'deriv': K([1, 2, 3, 4]).deriv(),
        'deriv2_domain': K([1, 2, 3, 4], domain=[0, 4]).deriv(2),
        'integ': K([1, 2, 3]).integ(),
        'integ_k_lbnd': K([1, 2, 3]).integ(2, k=[1, 2], lbnd=1),
        'fromroots': K.fromroots([1, 2, -3]),
        'identity_domain': K.identity(domain=[0, 10]),
        'basis': K.basis(3),
        'sub_scalar': K([1, 2]) - 3,
        'rsub_scalar': 3 - K([1, 2]),
        'rmul_scalar': 2 * K([1, 2]),
        'div_scalar': K([2, 4, 6]) / 2,
        'floordiv': K([1, 2, 1, 3]) // K([1, 1]),
        'mod': K([1, 2, 2, 3]) % K([1, 1]),
        'compose': K([1, 2, 3])(K([0.5, 2])),
        'to_poly': K([1, 2, 3]).convert(kind=Polynomial),
        'from_poly': Polynomial([1, 2, 3]).convert(kind=K),
        'cast_domain': K.cast(Polynomial([1, 2, 3], domain=[0, 2])),
        'fit_to_poly': K.fit(x, y, 3).convert(kind=Polynomial),
        'to_legendre': K([1, 2, 3]).convert(kind=Legendre),
        'convert_domain': K([1, 2, 3]).convert(domain=[0, 4]),
    }


printed = {}
values = {}
for name, K in CLASSES.items():
    printed[name] = {case: show(p) for case, p in printed_cases(K).items()}
    values[name] = {
        'call_array': K([1, 2, 3])(np.array([0.5, -1, 3])).tolist(),
        'call_domain': K([1, 2, 3], domain=[0, 2])(np.array([0.0, 1.0, 2.0])).tolist(),
        'call_scalar': float(K([1, -2, 3, 0.5])(0.3)),
        'fit_values': K.fit(x, y, 5)(x).tolist(),
        'fit_weighted': K.fit(x, y, 2, w=np.linspace(1, 2, 21)).convert(kind=Polynomial).coef.tolist(),
        'linspace': [a.tolist() for a in K([1, 0, -1], domain=[0, 2]).linspace(5)],
        'fit_degs': K.fit(x, y, [1, 3]).coef.tolist(),
        'roots': [cplx(K.fromroots([1, 2, -3]).roots()), cplx(K([1, 2, 3, 4]).roots()), cplx(K([1, 2, 3], domain=[0, 2]).roots()),
                  cplx(K.fit(x, y, 3).roots()), cplx(K([1, 2, 3, 0]).roots()), cplx(K([2]).roots())],
        'fit_full_rank': int(K.fit(x, y, 4, full=True)[1][1]),
        'eq': [bool(K([1, 2]) == K([1, 2])), bool(K([1, 2]) == Polynomial([1, 2])), bool(K([1, 2]) == K([1, 2], domain=[0, 3]))],
    }

modules = {}
for p, M in MODULES.items():
    f = lambda n: getattr(M, p + n)
    gx, gw = f('gauss')(5)
    modules[p] = {
        'val': f('val')(np.array([[0.5, -1.5], [2.0, 0.25]]), [1, -2, 3, 0.5]).tolist(),
        'val_scalar': float(f('val')(0.7, [1, 2, 3, 4, 5])),
        'fit': f('fit')(x / 10, y, 4).tolist(),
        'fit_w': f('fit')(x / 10, y, 3, w=np.linspace(1, 2, 21)).tolist(),
        'fit_degs': f('fit')(x / 10, y, [3, 0, 2]).tolist(),
        'fit_2d': f('fit')(x / 10, np.stack([y, y ** 2], axis=1), 2).tolist(),
        'fit_full': (lambda r: [r[0].tolist(), [r[1][0].tolist(), int(r[1][1]), r[1][2].tolist(), float(r[1][3])]])(f('fit')(x / 10, y, 3, full=True)),
        'add': f('add')([1, 2, 3], [1, 0, -3]).tolist(),
        'sub': f('sub')([1, 2], [1, 2, 3]).tolist(),
        'mul': f('mul')([1, 2, 3], [0.5, -1, 2, 4]).tolist(),
        'mulx': f('mulx')([1, 2, 3]).tolist(),
        'div': [a.tolist() for a in f('div')([1, 2, 3, 4, 5], [1, -1, 2])],
        'pow': f('pow')([1, 2, 0.5], 3).tolist(),
        'der': f('der')([1, 2, 3, 4, 5], 2, 3).tolist(),
        'der1': f('der')([1, 2, 3, 4]).tolist(),
        'int': f('int')([1, 2, 3], 2, k=[1, 2], lbnd=-1, scl=2).tolist(),
        'int1': f('int')([1, 2, 3, 4]).tolist(),
        'vander': f('vander')([0.5, -1, 2], 4).tolist(),
        'fromroots': f('fromroots')([3, -1, 0.5, 2]).tolist(),
        'line': f('line')(3, 2).tolist(),
        'trim': f('trim')([1, 2, 1e-12, 0], 1e-10).tolist(),
        'companion': f('companion')([1, 2, 3, 4, 5]).tolist(),
        'companion2': f('companion')([1, 2]).tolist(),
        'roots': [cplx(f('roots')(c)) for c in ([1, 2, 3, 4, 5], [1, 2], [5], [0, 0, 1], f('fromroots')([-1, 0.5, 2, 3]), [1, -2, 0.5, 3, 1, -1, 2])],
        'gauss': [gx.tolist(), gw.tolist()],
        'gauss1': [a.tolist() for a in f('gauss')(1)],
        'gauss20': [a.tolist() for a in f('gauss')(20)],
        'weight': f('weight')(np.array([0.1, 0.5, 0.9])).tolist(),
        'to_poly': f('2poly')([1, 2, 3, 4, 5]).tolist(),
        'to_poly2': f('2poly')([1, 2]).tolist(),
        'from_poly': getattr(M, 'poly2' + p)([1, 2, 3, 4, 5]).tolist(),
        'domain': f('domain').tolist(),
        'x': f('x').tolist(),
    }
import numpy.polynomial.polynomial as PP
c2 = np.arange(12.0).reshape(3, 4) / 7 - 0.5
c3 = np.arange(24.0).reshape(2, 3, 4) / 11 - 1
px = np.array([[0.5, -1.5], [2.0, 0.25]])
py = np.array([[0.1, 0.7], [-0.3, 1.25]])
pz = np.array([[1.0, -0.5], [0.2, 0.9]])
nd = {}
for p, M in {**MODULES, 'poly': PP}.items():
    f = lambda n: getattr(M, p + n)
    nd[p] = {
        'val_tensor': f('val')(np.array([0.5, -1, 2]), c2).tolist(),
        'val_tensor_scalar': f('val')(0.5, c2).tolist(),
        'val_no_tensor': f('val')(np.array([0.5, -1, 2, 0.1]), c2, tensor=False).tolist(),
        'roots': [cplx(f('roots')(c)) for c in ([1, 2, 3, 4, 5], [1, 2], [5], [0, 0, 1], [1, -2, 0.5, 3, 1, -1, 2])],
        'val2d': f('val2d')(px, py, c2).tolist(),
        'val3d': f('val3d')(px, py, pz, c3).tolist(),
        'val2d_scalar': float(f('val2d')(0.3, -0.6, c2)),
        'grid2d': f('grid2d')([0.5, -1, 2], [0.1, 0.9], c2).tolist(),
        'grid3d': f('grid3d')([0.5, -1], [0.1, 0.9, 1.5], [0.3, -0.2], c3).tolist(),
        'vander2d': f('vander2d')([0.5, -1, 2], [0.1, 0.9, 1.5], [2, 3]).tolist(),
        'vander3d': f('vander3d')([0.5, -1], [0.1, 0.9], [2, 3], [1, 2, 1]).tolist(),
    }

modules['cheb']['pts1'] = C.chebpts1(5).tolist()
modules['cheb']['pts2'] = C.chebpts2(5).tolist()
modules['cheb']['interpolate'] = C.chebinterpolate(np.exp, 6).tolist()
import numpy.polynomial.polyutils as pu
import numpy.polynomial.polynomial as PPm
values['class_attrs'] = {n: [K.domain.tolist(), K.window.tolist(), K.basis_name] for n, K in {**CLASSES, 'Polynomial': Polynomial}.items()}
values['valfromroots'] = [PPm.polyvalfromroots(np.array([[0.5, 1.5], [2.0, -3.0]]), [1, 2, -0.5]).tolist(), float(PPm.polyvalfromroots(2.5, [1, 2]))]
values['latex_poly'] = [Polynomial([1, 0, 3])._repr_latex_(), Polynomial([1, -2], domain=[0, 2])._repr_latex_(),
                        Polynomial([0])._repr_latex_(), Polynomial([1, 2, 3], domain=[1, 3], window=[0, 2])._repr_latex_()]
values['polyutils'] = {
    'as_series': [a.tolist() for a in pu.as_series([[1, 2, 0], [3]])],
    'as_series_untrimmed': [a.tolist() for a in pu.as_series([[1, 2, 0]], trim=False)],
    'trimseq': pu.trimseq(np.array([1.0, 2, 0, 0])).tolist(),
    'trimcoef': pu.trimcoef([1, 2, 1e-9, -1e-8], 1e-6).tolist(),
    'getdomain': pu.getdomain([3, -1, 2]).tolist(),
    'mapparms': [float(v) for v in pu.mapparms([0, 2], [-1, 1])],
    'mapdomain': pu.mapdomain(np.array([0.0, 1, 2]), [0, 2], [-1, 1]).tolist(),
    'format_float': [pu.format_float(0.5), pu.format_float(1e-9, parens=True), pu.format_float(123456789.0)],
}
values['has_same'] = [bool(b) for b in [Legendre([1, 2]).has_samecoef(Legendre([1, 2])), Legendre([1, 2]).has_samecoef(Legendre([1, 3])),
                      Legendre([1]).has_samedomain(Legendre([1], domain=[0, 1])), Legendre([1]).has_samewindow(Legendre([1], domain=[0, 1])),
                      Legendre([1]).has_sametype(Polynomial([1])), Legendre([1]).has_sametype(Legendre([2]))]]
ci = Chebyshev.interpolate(np.exp, 6, domain=[0, 2])
values['Chebyshev']['interpolate'] = {'repr': repr(ci), 'coef': ci.coef.tolist()}

errors = {}
for name, fn in {
    'types_differ': lambda: Chebyshev([1]) + Legendre([1]),
    'domains_differ': lambda: Hermite([1]) * Hermite([1], domain=[0, 1]),
    'pow_large': lambda: Legendre([1, 1]) ** 101,
    'module_pow_large': lambda: C.chebpow([1, 1], 17),
    'truediv_series': lambda: Chebyshev([1]) / Chebyshev([1]),
    'format': lambda: format(Laguerre([1]), 'latex'),
    'gauss_deg': lambda: L.leggauss(0),
    'pts1': lambda: C.chebpts1(0),
    'pts2': lambda: C.chebpts2(1),
    'companion': lambda: H.hermcompanion([1]),
    'int_constants': lambda: G.lagint([1, 2], 1, k=[1, 2]),
    'der_negative': lambda: E.hermeder([1, 2], -1),
    'vander_deg': lambda: C.chebvander([1, 2], -1),
    'div_zero': lambda: L.legdiv([1, 2], [0]),
    'fit_deg': lambda: Chebyshev.fit([1, 2], [1, 2], -1),
    'fit_2d_class': lambda: Chebyshev.fit(x, np.stack([y, y], axis=1), 2),
    'fit_deg_empty': lambda: C.chebfit([1, 2], [1, 2], []),
    'val2d_shapes': lambda: C.chebval2d([1, 2], [1, 2, 3], [[1]]),
    'val3d_shapes': lambda: H.hermval3d([1, 2], [1, 2], [1], [[[1]]]),
}.items():
    try:
        fn()
        errors[name] = None
    except Exception as e:
        errors[name] = {'type': type(e).__name__, 'message': str(e)}

out = {'numpy': np.__version__, 'printed': printed, 'values': values, 'modules': modules, 'nd': nd, 'errors': errors}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'polybases.json')
with open(path, 'w') as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
