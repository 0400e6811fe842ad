"""Goldens for complex operands in the products, np.linalg and the remaining functions
(issue 16). Writes test/goldens/complex2.json; complex arrays as make_complex_goldens.carr."""
import json
import os
import warnings

import numpy as np

from golden_json import enc_num

warnings.simplefilter('ignore')
OUT = os.path.join(os.path.dirname(__file__), 'complex2.json')
rng = np.random.default_rng(16)


def carr(a):
    a = np.asarray(a)
    if a.dtype.kind == 'c':
        return {'dtype': str(a.dtype), 'shape': list(a.shape),
                're': [enc_num(v, True) for v in a.real.ravel().tolist()],
                'im': [enc_num(v, True) for v in a.imag.ravel().tolist()]}
    if a.dtype == np.bool_:
        return {'dtype': 'bool', 'shape': list(a.shape), 're': [bool(v) for v in a.ravel().tolist()]}
    return {'dtype': str(a.dtype), 'shape': list(a.shape), 're': [enc_num(v, True) for v in a.ravel().tolist()]}


def crand(shape, dt='complex128'):
    a = rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
    return np.round(a, 3).astype(dt)


def rrand(shape, dt='float64'):
    return np.round(rng.standard_normal(shape), 3).astype(dt)


# ---- products ---------------------------------------------------------------------------
products = []


def prod(name, args, extra=None, call=None):
    r = call(*args) if call else getattr(np, name)(*args, **(extra or {}))
    products.append({'name': name, 'args': [carr(a) for a in args], 'extra': extra or {}, 'out': carr(r)})


for dt in ['complex128', 'complex64']:
    A, B = crand((3, 4), dt), crand((4, 2), dt)
    prod('matmul', [A, B])
    prod('dot', [A, B])
    prod('matmul', [crand((2, 3, 4), dt), crand((4, 5), dt)])
    prod('dot', [crand(5, dt), crand(5, dt)])
    prod('vdot', [crand(5, dt), crand(5, dt)])
    prod('vdot', [crand((2, 3), dt), crand((2, 3), dt)])
    prod('inner', [crand((2, 4), dt), crand((3, 4), dt)])
    prod('outer', [crand(3, dt), crand(4, dt)])
    prod('vecdot', [crand((3, 4), dt), crand(4, dt)])
    prod('matvec', [crand((3, 4), dt), crand(4, dt)])
    prod('vecmat', [crand(3, dt), crand((3, 4), dt)])
    prod('tensordot', [crand((2, 3, 4), dt), crand((3, 4, 2), dt)])
    prod('matmul', [A, rrand((4, 2))])
    prod('matmul', [rrand((3, 4), 'float32'), B])
    prod('dot', [rrand(4, 'int64').astype('int64'), crand(4, dt)])
prod('matmul', [crand((40, 33)), crand((33, 50))])
prod('vdot', [crand(7), rrand(7)])
prod('vecdot', [rrand(4), crand((2, 4))])
prod('einsum', [crand((3, 4)), crand((4, 2))], {'subscripts': 'ij,jk->ik'}, lambda a, b: np.einsum('ij,jk->ik', a, b))
prod('einsum', [crand((3, 3))], {'subscripts': 'ii'}, lambda a: np.einsum('ii', a))
prod('einsum', [crand(3), crand(3), crand(3)], {'subscripts': 'i,i,i->'}, lambda a, b, c: np.einsum('i,i,i->', a, b, c))
prod('einsum', [crand((2, 3)), rrand(3)], {'subscripts': 'ij,j->i'}, lambda a, b: np.einsum('ij,j->i', a, b))


# ---- linalg -----------------------------------------------------------------------------
linalg = []


def la(name, args, out, extra=None):
    outs = out if isinstance(out, tuple) else (out,)
    extra = {k: (enc_num(v) if isinstance(v, float) else v) for k, v in (extra or {}).items()}
    linalg.append({'name': name, 'args': [carr(a) for a in args], 'extra': extra, 'out': [carr(o) for o in outs]})


for dt in ['complex128', 'complex64']:
    for n in [1, 2, 3, 6, 20]:
        A = crand((n, n), dt)
        la('inv', [A], np.linalg.inv(A))
        la('det', [A], np.linalg.det(A))
        la('slogdet', [A], tuple(np.linalg.slogdet(A)))
        b = crand(n, dt)
        la('solve', [A, b], np.linalg.solve(A, b))
        B = crand((n, 2), dt)
        la('solve', [A, B], np.linalg.solve(A, B))
    S = crand((2, 3, 3), dt)
    la('inv', [S], np.linalg.inv(S))
    la('det', [S], np.linalg.det(S))
    la('slogdet', [S], tuple(np.linalg.slogdet(S)))
    M = crand((3, 4), dt)
    v = crand(5, dt)
    for o in [None, 1, 2, np.inf, -np.inf, 0, 3, -1]:
        la('norm', [v], np.linalg.norm(v, o), {'ord': o})
    for o in [None, 'fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf]:
        la('norm', [M], np.linalg.norm(M, o), {'ord': o})
    la('norm', [M], np.linalg.norm(M, axis=1), {'axis': 1})
    la('norm', [S], np.linalg.norm(S, 2, axis=(1, 2)), {'ord': 2, 'axis': [1, 2]})
    la('svdvals', [M], np.linalg.svdvals(M))
    la('matrix_rank', [M], np.linalg.matrix_rank(M))
    R = crand((4, 2), dt)
    L = R @ crand((2, 5), dt)
    la('matrix_rank', [L], np.linalg.matrix_rank(L))
# mixed real / complex
A = rrand((3, 3))
b = crand(3)
la('solve', [A, b], np.linalg.solve(A, b))
Ac = crand((3, 3), 'complex64')
br = rrand(3)
la('solve', [Ac, br], np.linalg.solve(Ac, br))
Z = np.array([[1 + 1j, 2 + 2j], [1j, -1 + 1j]])
la('det', [Z], np.linalg.det(Z))
la('slogdet', [Z], tuple(np.linalg.slogdet(Z)))


# ---- the rest ---------------------------------------------------------------------------
rest = []


def case(name, args, out, extra=None):
    outs = out if isinstance(out, tuple) else (out,)
    extra = {k: (enc_num(v) if isinstance(v, float) else v) for k, v in (extra or {}).items()}
    rest.append({'name': name, 'args': [carr(a) for a in args], 'extra': extra, 'out': [carr(o) for o in outs]})


U = np.array([1 + 2j, 3 - 1j, 1 + 2j, 1 - 2j, complex(np.nan, 1), 0j, 3 - 1j, complex(1, np.nan), -1 + 0j, 1 + 2j])
# which NaN stands for all of them with equal_nan depends on NumPy 2.4's hash pass: the
# goldens with equal_nan keep NaNs out (a test checks there is one NaN value)
Un = U[~np.isnan(U)]
case('unique', [Un], np.unique(Un))
case('unique', [Un], tuple(np.unique(Un, return_index=True, return_inverse=True, return_counts=True)),
     {'return_index': True, 'return_inverse': True, 'return_counts': True})
case('unique', [U.astype('complex64')], tuple(np.unique(U.astype('complex64'), equal_nan=False, return_counts=True)),
     {'equal_nan': False, 'return_counts': True})
V = crand((3, 4))
# unique_values is in hash order in NumPy 2.4 (unspecified): compared sorted
Vr = np.concatenate([V.ravel(), V.ravel()[:5]])
case('unique_values', [Vr], np.sort(np.unique_values(Vr)))
for st, sp, num, ep in [(0j, 2 + 4j, 5, True), (1 - 1j, -3 + 0.5j, 7, False), (2, 1j, 4, True), (1j, 1j, 3, True),
                        (0.1 + 0.3j, 0.7 - 0.9j, 11, True), (1 + 1j, 2, 1, True)]:
    y, step = np.linspace(st, sp, num, endpoint=ep, retstep=True)
    case('linspace', [np.asarray(st, complex), np.asarray(sp, complex)], (y, np.asarray(step, complex)), {'num': num, 'endpoint': ep})
M = crand((3, 4))
case('mean', [M], np.mean(M, axis=0), {'axis': 0})
case('average', [M], np.average(M, axis=1), {'axis': 1})
w = np.array([1.0, 2.0, 0.5, 3.0])
case('average', [M, w], np.average(M, axis=1, weights=w), {'axis': 1, 'weights': True})
T = crand((4, 4))
case('trace', [T], np.trace(T))
d1 = crand(3)
case('diag', [d1], np.diag(d1))
case('diag', [d1], np.diag(d1, 1), {'k': 1})
case('diagflat', [d1], np.diagflat(d1, -1), {'k': -1})
case('diag', [T], np.diag(T, -1), {'k': -1})
case('vander', [d1], np.vander(d1))
case('vander', [d1.astype('complex64')], np.vander(d1.astype('complex64'), 4, increasing=True), {'N': 4, 'increasing': True})
case('conj', [np.array([1.5, -2.0])], np.conj(np.array([1.5, -2.0])))
a, b = crand(5), crand(3)
case('convolve', [a, b], np.convolve(a, b))
case('correlate', [a, b], np.correlate(a, b, 'full'), {'mode': 'full'})
case('correlate', [a, b], np.correlate(a, b))
x3, y3 = crand(3), crand(3)
case('cross', [x3, y3], np.cross(x3, y3))
P = crand((3, 3))
for k in [0, 1, 2, 5, -1, -3]:
    case('linalg.matrix_power', [P], np.linalg.matrix_power(P, k), {'n': k})
chain = [crand(3), crand((3, 4)), crand((4, 2)), crand(2)]
case('linalg.multi_dot', chain, np.linalg.multi_dot(chain))
chain2 = [crand((2, 3)), rrand((3, 4)), crand((4, 2))]
case('linalg.multi_dot', chain2, np.linalg.multi_dot(chain2))
S3 = crand((2, 3, 3))
case('linalg.trace', [S3], np.linalg.trace(S3))
case('allclose', [M, M + 1e-9j], np.asarray(np.allclose(M, M + 1e-9j)))
case('allclose', [M, M + 1e-3j], np.asarray(np.allclose(M, M + 1e-3j)))

# eigvals of complex matrices: compared as sets (sorted), the order being LAPACK's sweep
eigs = []
for dt in ['complex128', 'complex64']:
    for n in [1, 2, 3, 5, 8, 16]:
        A = crand((n, n), dt)
        eigs.append({'a': carr(A), 'out': carr(np.sort_complex(np.linalg.eigvals(A)).astype(dt))})
H = np.array([[1, 1j], [-1j, 1]])  # Hermitian: eigenvalues 0 and 2
eigs.append({'a': carr(H), 'out': carr(np.sort_complex(np.linalg.eigvals(H)))})
J = np.array([[2, 1, 0], [0, 2, 1], [0, 0, 2]], dtype=complex)  # defective
eigs.append({'a': carr(J), 'out': carr(np.sort_complex(np.linalg.eigvals(J)))})
S = crand((2, 4, 4))
eigs.append({'a': carr(S), 'out': carr(np.sort_complex(np.linalg.eigvals(S)))})

# eig of complex matrices: NumPy's order and zgeev's normalisation (unit norm, largest
# component real), so values and vectors compare directly
eigv = []
for dt in ['complex128', 'complex64']:
    for n in [1, 2, 3, 5, 8]:
        A = crand((n, n), dt)
        w, v = np.linalg.eig(A)
        eigv.append({'a': carr(A), 'w': carr(w), 'v': carr(v)})
S = crand((2, 3, 3))
w, v = np.linalg.eig(S)
eigv.append({'a': carr(S), 'w': carr(w), 'v': carr(v)})

json.dump({'products': products, 'linalg': linalg, 'rest': rest, 'eigvals': eigs, 'eig': eigv}, open(OUT, 'w'), indent=None)
