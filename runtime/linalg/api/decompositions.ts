/** np.linalg.eigh, eigvalsh, qr (its four modes) and lstsq on stacks of matrices, over ../eigh.ts, ../qr.ts and ../lstsq.ts. */
import { NDArray } from '../../ndarray';
import { asarray, type ArrayLike } from '../../asarray';
import { LinAlgError, ValueError } from '../../errors';
import { assert2d, fromFloat64, linalgResultType, matrixInput, stackOf } from '../stack';
import * as qrk from '../qr';
import * as eighk from '../eigh';
import * as lsq from '../lstsq';
import { mat } from './common';

// ---------------------------------------------------------------------------------------
// eigh, qr, lstsq

export function checkUplo(UPLO: unknown): 'L' | 'U' {
  const u = typeof UPLO === 'string' ? UPLO.toUpperCase() : UPLO;
  if (u !== 'L' && u !== 'U') throw new ValueError("UPLO argument must be 'L' or 'U'");
  return u;
}

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix or stack (np.linalg.eigh), as
 * [w, v]: w ascending, v's columns the normalised eigenvectors (a @ v[:, i] = w[i] * v[:, i]).
 * Only the lower triangle is read ('L', the default) or the upper ('U'). Eigenvectors are
 * determined up to sign, which may differ from NumPy's.
 *
 * @example
 * const [w, v] = np.linalg.eigh(np.array([[2, 1], [1, 2]]));
 * w   // array([1., 3.])
 */
export function eigh(x: ArrayLike, UPLO: 'L' | 'U' | { UPLO?: 'L' | 'U' } = 'L'): [NDArray, NDArray] {
  const uplo = checkUplo(typeof UPLO === 'object' && UPLO !== null ? UPLO.UPLO ?? 'L' : UPLO);
  const a = matrixInput(x, true);
  const s = stackOf(a);
  const n = s.n;
  const W = new Float64Array(s.count * n);
  const V = new Float64Array(s.count * n * n);
  for (let t = 0; t < s.count; t++) {
    const r = eighk.eigh(mat(s.data, t, n * n), n, uplo, true);
    W.set(r.w, t * n);
    V.set(r.v!, t * n * n);
  }
  const dt = linalgResultType(a.dtype);
  return [fromFloat64(W, [...s.batch, n], dt), fromFloat64(V, a.shape.slice(), dt)];
}

/**
 * Eigenvalues of a real symmetric matrix or stack, ascending (np.linalg.eigvalsh).
 *
 * @example
 * np.linalg.eigvalsh(np.array([[2, 1], [1, 2]]))   // array([1., 3.])
 */
export function eigvalsh(x: ArrayLike, UPLO: 'L' | 'U' | { UPLO?: 'L' | 'U' } = 'L'): NDArray {
  const uplo = checkUplo(typeof UPLO === 'object' && UPLO !== null ? UPLO.UPLO ?? 'L' : UPLO);
  const a = matrixInput(x, true);
  const s = stackOf(a);
  const n = s.n;
  const W = new Float64Array(s.count * n);
  for (let t = 0; t < s.count; t++) W.set(eighk.eigh(mat(s.data, t, n * n), n, uplo, false).w, t * n);
  return fromFloat64(W, [...s.batch, n], linalgResultType(a.dtype));
}

/** np.linalg.qr's modes. */
export type QrMode = 'reduced' | 'complete' | 'r' | 'raw';

/**
 * QR decomposition a = Q @ R (np.linalg.qr) of a matrix or stack, with LAPACK's (and so
 * NumPy's) signs: R's diagonal entries may be negative.
 *
 * Parameters
 * - x: array_like (..., M, N); K = min(M, N).
 * - mode: 'reduced' (default; Q (..., M, K), R (..., K, N)), 'complete' (Q (..., M, M),
 *   R (..., M, N)), 'r' (R only), 'raw' ([h, tau], LAPACK's reflectors, h transposed).
 *
 * @example
 * const [Q, R] = np.linalg.qr(np.array([[1, 2], [3, 4]]));
 * R
 * // array([[-3.16227766, -4.42718872],
 * //        [ 0.        , -0.63245553]])
 */
export function qr(x: ArrayLike, mode: QrMode | { mode?: QrMode } = 'reduced'): any {
  const md = typeof mode === 'object' && mode !== null ? mode.mode ?? 'reduced' : mode;
  if (md !== 'reduced' && md !== 'complete' && md !== 'r' && md !== 'raw') {
    throw new ValueError(`Unrecognized mode '${md}'`);
  }
  const a = matrixInput(x);
  const s = stackOf(a);
  const { m, n } = s;
  const k = Math.min(m, n);
  const dt = linalgResultType(a.dtype);
  if (md === 'raw') {
    const H = new Float64Array(s.count * n * m);
    const T = new Float64Array(s.count * k);
    for (let t = 0; t < s.count; t++) {
      const f = qrk.householderQR(mat(s.data, t, m * n), m, n);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) H[t * n * m + j * m + i] = f.qr[i * n + j];
      T.set(f.tau, t * k);
    }
    return [fromFloat64(H, [...s.batch, n, m], dt), fromFloat64(T, [...s.batch, k], dt)];
  }
  const qCols = md === 'complete' ? m : k;
  const rRows = md === 'complete' ? m : k;
  const Q = new Float64Array(s.count * m * qCols);
  const R = new Float64Array(s.count * rRows * n);
  for (let t = 0; t < s.count; t++) {
    const f = qrk.householderQR(mat(s.data, t, m * n), m, n);
    R.set(qrk.extractR(f, rRows), t * rRows * n);
    if (md !== 'r') Q.set(qrk.formQ(f, qCols), t * m * qCols);
  }
  const Rout = fromFloat64(R, [...s.batch, rRows, n], dt);
  if (md === 'r') return Rout;
  return [fromFloat64(Q, [...s.batch, m, qCols], dt), Rout];
}

/**
 * Least-squares solution of a @ x = b (np.linalg.lstsq), as [x, residuals, rank, s]:
 * residuals are the squared 2-norms of b - a @ x per column (empty unless rank == N and
 * M > N), s the singular values of a. rcond null (default) means eps * max(M, N).
 *
 * @example
 * const X = np.array([[1, 0], [1, 1], [1, 2]]);
 * np.linalg.lstsq(X, np.array([1, 2, 2]))[0]   // array([1.16666667, 0.5       ])
 */
export function lstsq(a: ArrayLike, b: ArrayLike, rcond: number | null | { rcond?: number | null } = null): [NDArray, NDArray, number, NDArray] {
  const rc = typeof rcond === 'object' && rcond !== null ? rcond.rcond ?? null : rcond;
  const A = asarray(a);
  const B0 = asarray(b);
  const is1d = B0.ndim === 1;
  assert2d(A);
  const B = is1d ? new NDArray(B0.data, B0.dtype, [B0.shape[0], 1], [B0.elementStrides[0], 1], B0.offset, B0) : B0;
  assert2d(B);
  const [m, n] = A.shape;
  if (B.shape[0] !== m) throw new LinAlgError('Incompatible dimensions');
  const k = B.shape[1];
  const dt = linalgResultType(A.dtype, B0.dtype);
  const As = stackOf(A);
  const Bs = stackOf(B);
  const r = lsq.lstsq(As.data, m, n, Bs.data, k, rc);
  const x = fromFloat64(r.x, is1d ? [n] : [n, k], dt);
  const res = fromFloat64(r.residuals, [r.residuals.length], dt);
  return [x, res, r.rank, fromFloat64(r.s, [r.s.length], dt)];
}
