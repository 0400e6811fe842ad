/** np.linalg.svd and what builds on singular values: svdvals, matrix_rank, pinv, cond (over ../svd.ts and, for hermitian input, ../eigh.ts). */
import { NDArray } from '../../ndarray';
import { asarray, type ArrayLike } from '../../asarray';
import { LinAlgError, ValueError } from '../../errors';
import { sizeOf } from '../../shape';
import { gemm } from '../gemm';
import { matrixNorm, type NormOrd } from '../norm';
import { assertStackedSquare, fromFloat64, linalgResultType, matrixInput, stackOf } from '../stack';
import * as lu from '../lu';
import * as svdk from '../svd';
import { EPS, scalar, mat } from './common';
import { eigh } from './decompositions';

// ---------------------------------------------------------------------------------------
// SVD and what builds on it

/** Keyword options of np.linalg.svd. */
export interface SvdOptions {
  full_matrices?: boolean;
  compute_uv?: boolean;
  hermitian?: boolean;
}

/**
 * Singular value decomposition a = U @ diag(S) @ Vh (np.linalg.svd), of a matrix or a stack.
 * Returns [U, S, Vh], or S alone with `compute_uv: false`. S is descending. Singular
 * vectors are determined up to sign, so U and Vh may differ from NumPy's in column / row
 * signs; U @ diag(S) @ Vh agrees.
 *
 * Parameters
 * - x: array_like (..., M, N).
 * - full_matrices (default true): U is (..., M, M) and Vh (..., N, N); else K = min(M, N) wide.
 * - compute_uv (default true), hermitian (default false: a symmetric input may say so).
 * Positional as NumPy, or as an options object.
 *
 * @example
 * const [U, S, Vh] = np.linalg.svd(np.array([[4, 7], [2, 6]]));
 * S                                                                   // array([10.19994217,  0.98039772])
 * np.linalg.svd(np.array([[3, 0], [4, 5]]), {compute_uv: false})      // array([6.70820393, 2.23606798])
 */
export function svd(
  x: ArrayLike, full_matrices: boolean | SvdOptions = true, compute_uv = true, hermitian = false,
): any {
  let full = true;
  let uv = compute_uv;
  let herm = hermitian;
  if (typeof full_matrices === 'object' && full_matrices !== null) {
    full = full_matrices.full_matrices ?? true;
    uv = full_matrices.compute_uv ?? true;
    herm = full_matrices.hermitian ?? false;
  } else {
    full = full_matrices;
  }
  const a = asarray(x);
  if (herm) return svdHermitian(a, uv);
  if (a.ndim < 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const s = stackOf(a);
  const { m, n } = s;
  const k = Math.min(m, n);
  const dt = linalgResultType(a.dtype);
  const S = new Float64Array(s.count * k);
  if (!uv) {
    for (let t = 0; t < s.count; t++) S.set(svdk.svd(mat(s.data, t, m * n), m, n, false).s, t * k);
    return fromFloat64(S, [...s.batch, k], dt);
  }
  const uc = full ? m : k;
  const vr = full ? n : k;
  const U = new Float64Array(s.count * m * uc);
  const V = new Float64Array(s.count * vr * n);
  for (let t = 0; t < s.count; t++) {
    const r = svdk.svd(mat(s.data, t, m * n), m, n, true, full);
    U.set(r.u!, t * m * uc);
    S.set(r.s, t * k);
    V.set(r.vt!, t * vr * n);
  }
  return [fromFloat64(U, [...s.batch, m, uc], dt), fromFloat64(S, [...s.batch, k], dt), fromFloat64(V, [...s.batch, vr, n], dt)];
}

/** NumPy's hermitian SVD: from eigh, singular values |w| descending, signs moved into Vh. */
function svdHermitian(a: NDArray, uv: boolean): any {
  const [w, v] = eigh(a) as [NDArray, NDArray];
  const dt = w.dtype as 'float32' | 'float64';
  const n = a.shape[a.ndim - 1];
  const count = w.size / Math.max(1, n);
  const wd = w.contiguousData();
  const vd = v.contiguousData();
  const S = new Float64Array(w.size);
  const U = new Float64Array(v.size);
  const Vt = new Float64Array(v.size);
  for (let t = 0; t < count; t++) {
    const ws = Array.from(wd.subarray(t * n, (t + 1) * n));
    const abs = ws.map(Math.abs);
    // argsort ascending (stable), reversed
    const idx = abs.map((_, i) => i).sort((p, q) => abs[p] - abs[q] || p - q).reverse();
    for (let j = 0; j < n; j++) {
      const src = idx[j];
      S[t * n + j] = abs[src];
      const sg = ws[src] < 0 || Object.is(ws[src], -0) ? -1 : 1;
      for (let i = 0; i < n; i++) {
        const u = vd[t * n * n + i * n + src];
        U[t * n * n + i * n + j] = u;
        Vt[t * n * n + j * n + i] = u * sg;
      }
    }
  }
  const batch = a.shape.slice(0, -2);
  if (!uv) return fromFloat64(S, [...batch, n], dt);
  return [fromFloat64(U, [...batch, n, n], dt), fromFloat64(S, [...batch, n], dt), fromFloat64(Vt, [...batch, n, n], dt)];
}

/**
 * Singular values of a matrix or stack, descending (np.linalg.svdvals).
 *
 * @example
 * np.linalg.svdvals(np.array([[3, 0], [4, 5]]))   // array([6.70820393, 2.23606798])
 */
export function svdvals(x: ArrayLike): NDArray {
  return svd(x, { compute_uv: false });
}

/** Keyword options of np.linalg.matrix_rank. */
export interface MatrixRankOptions {
  tol?: number | null;
  hermitian?: boolean;
  rtol?: number | null;
}

/**
 * Rank of a matrix (np.linalg.matrix_rank): the number of singular values above
 * `tol`, by default S.max() * max(M, N) * eps. A number for one matrix, an int64 array
 * for a stack; for 1-d input, 1 unless all elements are zero.
 *
 * @example
 * np.linalg.matrix_rank(np.eye(4))                           // 4
 * np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))          // 1
 */
export function matrix_rank(
  x: ArrayLike, tol: number | null | MatrixRankOptions = null, hermitian = false, opts: MatrixRankOptions = {},
): any {
  let o: MatrixRankOptions = { tol: typeof tol === 'number' ? tol : null, hermitian, ...opts };
  if (tol !== null && typeof tol === 'object') o = { ...tol, ...opts };
  const a = asarray(x);
  if (a.ndim < 2) {
    const d = a.contiguousData();
    for (let i = 0; i < d.length; i++) if (d[i] !== 0) return 1;
    return 0;
  }
  const S = svd(a, { compute_uv: false, hermitian: o.hermitian ?? false }) as NDArray;
  const k = S.shape[S.ndim - 1];
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  const sd = S.contiguousData();
  const count = k === 0 ? sizeOf(S.shape.slice(0, -1)) : sd.length / k;
  const eps = S.dtype === 'float32' ? 1.1920928955078125e-7 : EPS;
  const ranks = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    let smax = 0;
    for (let i = 0; i < k; i++) smax = Math.max(smax, sd[t * k + i]);
    const thr = o.tol !== null && o.tol !== undefined ? o.tol : smax * (o.rtol ?? Math.max(m, n) * eps);
    let r = 0;
    for (let i = 0; i < k; i++) if (sd[t * k + i] > thr) r++;
    ranks[t] = r;
  }
  return a.ndim === 2 ? ranks[0] : fromFloat64(ranks, S.shape.slice(0, -1), 'int64');
}

/** Keyword options of np.linalg.pinv. */
export interface PinvOptions {
  rcond?: number | null;
  hermitian?: boolean;
  rtol?: number | null;
}

/**
 * Moore-Penrose pseudo-inverse (np.linalg.pinv) through the SVD, treating singular values
 * at or below rcond * S.max() as zero (rcond 1e-15 by default, as NumPy).
 *
 * @example
 * np.linalg.pinv(np.array([[1, 2], [3, 4], [5, 6]]))
 * // array([[-1.33333333, -0.33333333,  0.66666667],
 * //        [ 1.08333333,  0.33333333, -0.41666667]])
 */
export function pinv(x: ArrayLike, rcond: number | null | PinvOptions = null, hermitian = false, opts: PinvOptions = {}): NDArray {
  let o: PinvOptions = { rcond: typeof rcond === 'number' ? rcond : null, hermitian, ...opts };
  if (rcond !== null && typeof rcond === 'object') o = { ...rcond, ...opts };
  const a = matrixInput(x);
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  const batch = a.shape.slice(0, -2);
  if (o.rcond !== null && o.rcond !== undefined && 'rtol' in o && o.rtol !== undefined) {
    throw new ValueError("`rtol` and `rcond` can't be both set.");
  }
  let rc: number;
  if (o.rcond !== null && o.rcond !== undefined) rc = o.rcond;
  else if (!('rtol' in o) || o.rtol === undefined) rc = 1e-15;
  else if (o.rtol === null) rc = Math.max(m, n) * (a.dtype === 'float32' ? 1.1920928955078125e-7 : EPS);
  else rc = o.rtol;
  if (m === 0 || n === 0) return fromFloat64(new Float64Array(0), [...batch, n, m], a.dtype);
  const [U, S, Vt] = svd(a, { full_matrices: false, hermitian: o.hermitian ?? false }) as NDArray[];
  const k = Math.min(m, n);
  const ud = Float64Array.from(U.contiguousData());
  const sd = S.contiguousData();
  const vd = Float64Array.from(Vt.contiguousData());
  const count = sizeOf(batch);
  const out = new Float64Array(count * n * m);
  const M2 = new Float64Array(k * m);
  for (let t = 0; t < count; t++) {
    let smax = 0;
    for (let i = 0; i < k; i++) smax = Math.max(smax, sd[t * k + i]);
    const cutoff = rc * smax;
    for (let r = 0; r < k; r++) {
      const sv = sd[t * k + r];
      const si = sv > cutoff ? 1 / sv : 0;
      for (let j = 0; j < m; j++) M2[r * m + j] = si * ud[t * m * k + j * k + r];
    }
    // (Vt^T) (n x k) @ M2 (k x m)
    gemm(n, m, k, vd, t * k * n, 1, n, M2, 0, m, 1, out, t * n * m, m);
  }
  return fromFloat64(out, [...batch, n, m], linalgResultType(a.dtype));
}

/**
 * Condition number (np.linalg.cond): with p null, 2 or -2 the ratio of extreme singular
 * values; otherwise norm(x, p) * norm(inv(x), p) (infinite for a singular matrix).
 *
 * @example
 * np.linalg.cond(np.array([[1, 0, -1], [0, 1, 0], [1, 0, 1]]))   // 1.4142135623730951
 */
export function cond(x: ArrayLike, p: NormOrd = null): any {
  const a = matrixInput(x);
  if (p === null || p === undefined || p === 2 || p === -2) {
    const S = svd(a, { compute_uv: false }) as NDArray;
    const k = S.shape[S.ndim - 1];
    const sd = S.contiguousData();
    const count = sd.length / Math.max(1, k);
    const vals = new Float64Array(count);
    for (let t = 0; t < count; t++) {
      const hi = sd[t * k], lo = sd[t * k + k - 1];
      vals[t] = p === -2 ? lo / hi : hi / lo;
    }
    const dt = S.dtype as 'float32' | 'float64';
    return a.ndim === 2 ? scalar(vals[0], dt) : fromFloat64(vals, S.shape.slice(0, -1), dt);
  }
  assertStackedSquare(a);
  const s = stackOf(a);
  const n = s.n;
  const vals = new Float64Array(s.count);
  for (let t = 0; t < s.count; t++) {
    const A = mat(s.data, t, n * n);
    const na = matrixNorm(A, 0, n, 1, n, n, p);
    let ni: number;
    try {
      ni = matrixNorm(lu.inv(A, n), 0, n, 1, n, n, p);
    } catch (e) {
      if (!(e instanceof LinAlgError)) throw e;
      ni = Infinity;
    }
    vals[t] = na * ni;
  }
  const dt = linalgResultType(a.dtype);
  return a.ndim === 2 ? scalar(vals[0], dt) : fromFloat64(vals, s.batch, dt);
}
