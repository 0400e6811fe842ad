/**
 * `np.linalg`: NumPy's linear algebra on NDArrays. Every function takes array_like input,
 * works on stacks of matrices `(..., M, N)` where NumPy does, returns float64 (float32 for
 * float32 input, as NumPy) and raises NumPy's LinAlgError / ValueError with NumPy's text.
 * Tuples come back as JS arrays (`const [U, S, Vh] = np.linalg.svd(a)`), 0-d results as
 * numbers.
 *
 * The numerical kernels live beside this file: gemm.ts (matrix multiply), lu.ts (det,
 * solve, inv), cholesky.ts, qr.ts, svd.ts (one-sided Jacobi), eigh.ts (tridiagonal QL), lstsq.ts,
 * norm.ts; products.ts holds np.dot / np.matmul and friends.
 */
import { type DType } from '../dtype';
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { LinAlgError, NumpyTypeError, ValueError } from '../errors';
import { cStrides, normalizeAxis, sizeOf } from '../shape';
import { gemm } from './gemm';
import * as lu from './lu';
import { cholesky as choleskyKernel } from './cholesky';
import * as qrk from './qr';
import * as svdk from './svd';
import * as eighk from './eigh';
import { eig, eigvals } from './eig';
import * as lsq from './lstsq';
import { matrixNorm, vectorNorm, type NormOrd } from './norm';
import { matmul, dot, inner, outer as npOuter, vdot, trace } from './products';
import {
  assert2d, assertStackedSquare, batchOffsets, broadcastBatch, fromFloat64, linalgResultType, matrixInput, stackOf,
} from './stack';

export { matmul, dot, inner, vdot, trace };
export { npOuter as outer };

const EPS = 2.220446049250313e-16;
const MATRIX_ORDS: unknown[] = [null, undefined, 'fro', 'nuc', 1, -1, 2, -2, Infinity, -Infinity];

/** A number as a result of dtype `dt` reads (float32 rounded). */
function scalar(v: number, dt: 'float32' | 'float64'): number {
  return dt === 'float32' ? Math.fround(v) : v;
}

/** One matrix of a stack, as a subarray (no copy). */
function mat(data: Float64Array, b: number, size: number): Float64Array {
  return data.subarray(b * size, (b + 1) * size);
}

// ---------------------------------------------------------------------------------------
// norm

/** Keyword options of np.linalg.norm. */
export interface NormOptions {
  ord?: NormOrd | 'f';
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
}

/**
 * Matrix or vector norm (np.linalg.norm).
 *
 * Parameters
 * - x: array_like.
 * - ord: null (2-norm of the flattened array, Frobenius for matrices), 'fro', 'nuc',
 *   Infinity, -Infinity, 0, 1, -1, 2, -2, or any p for vector p-norms.
 * - axis: null (all axes; 1-d and 2-d inputs), an axis (vector norms), or two axes
 *   (matrix norms). keepdims: keep the reduced axes with length 1.
 * Positional (`norm(x, ord, axis, keepdims)`) or as options (`norm(x, {ord, axis})`).
 *
 * @example
 * np.linalg.norm(np.array([3, 4]))                           // 5
 * np.linalg.norm(np.array([3, -4]), {ord: Infinity})         // 4
 * np.linalg.norm(np.array([[1, 2], [3, 4]]), 'fro')         // 5.477225575051661
 * np.linalg.norm(np.array([[1, 2], [3, 4]]), {axis: 1})     // array([2.23606798, 5.        ])
 */
export function norm(
  x: ArrayLike, ord: NormOrd | 'f' | NormOptions = null, axis: number | readonly number[] | null = null, keepdims = false,
): any {
  let o: NormOrd | 'f' = null;
  let ax = axis;
  let kd = keepdims;
  if (ord !== null && typeof ord === 'object') {
    o = ord.ord ?? null;
    ax = ord.axis ?? null;
    kd = ord.keepdims ?? false;
  } else {
    o = ord;
  }
  if (o === 'f') o = 'fro';
  const a = asarray(x);
  const dt = a.dtype === 'float32' ? 'float32' : 'float64';
  const nd = a.ndim;
  const wrap = (vals: Float64Array, shape: number[]): any =>
    shape.length === 0 ? scalar(vals[0], dt) : fromFloat64(vals, shape, dt);

  if (ax === null || ax === undefined) {
    if (o === null || o === undefined || (o === 'fro' && nd === 2) || (o === 2 && nd === 1)) {
      const d = a.contiguousData();
      let s = 0;
      for (let i = 0; i < d.length; i++) s += d[i] * d[i];
      const v = Math.sqrt(s);
      return kd ? fromFloat64(new Float64Array([v]), new Array(nd).fill(1), dt) : scalar(v, dt);
    }
    ax = Array.from({ length: nd }, (_, i) => i);
  }
  const axes = typeof ax === 'number' ? [ax] : Array.from(ax);
  for (const v of axes) {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new NumpyTypeError("'axis' must be None, an integer or a tuple of integers");
  }
  if (axes.length === 1) {
    const k = normalizeAxis(axes[0], nd);
    if (typeof o === 'string') throw new ValueError(`Invalid norm order '${o}' for vectors`);
    const rest = a.shape.map((_, i) => i).filter((i) => i !== k);
    const outShape = rest.map((i) => a.shape[i]);
    const offs = batchOffsets(outShape, rest.map((i) => a.elementStrides[i]), a.offset, outShape);
    const vals = new Float64Array(offs.length);
    for (let t = 0; t < offs.length; t++) vals[t] = vectorNorm(a.data, offs[t], a.elementStrides[k], a.shape[k], o);
    const shape = kd ? a.shape.map((s, i) => (i === k ? 1 : s)) : outShape;
    return wrap(vals, shape);
  }
  if (axes.length === 2) {
    const r = normalizeAxis(axes[0], nd);
    const c = normalizeAxis(axes[1], nd);
    if (r === c) throw new ValueError('Duplicate axes given.');
    const rest = a.shape.map((_, i) => i).filter((i) => i !== r && i !== c);
    const outShape = rest.map((i) => a.shape[i]);
    const offs = batchOffsets(outShape, rest.map((i) => a.elementStrides[i]), a.offset, outShape);
    const vals = new Float64Array(offs.length);
    for (let t = 0; t < offs.length; t++) {
      vals[t] = matrixNorm(a.data, offs[t], a.elementStrides[r], a.elementStrides[c], a.shape[r], a.shape[c], o);
    }
    if (offs.length === 0 && !MATRIX_ORDS.includes(o)) throw new ValueError('Invalid norm order for matrices.');
    const shape = kd ? a.shape.map((s, i) => (i === r || i === c ? 1 : s)) : outShape;
    return wrap(vals, shape);
  }
  throw new ValueError('Improper number of dimensions to norm.');
}

/**
 * Vector norm over `axis` (all axes by default), the array API's np.linalg.vector_norm.
 *
 * @example
 * np.linalg.vector_norm(np.array([[3, 4], [6, 8]]))             // 11.180339887498949
 * np.linalg.vector_norm(np.array([[3, 4], [6, 8]]), {axis: 1})  // array([ 5., 10.])
 */
export function vector_norm(
  x: ArrayLike, opts: { axis?: number | readonly number[] | null; keepdims?: boolean; ord?: number } = {},
): any {
  const a = asarray(x);
  const ord = opts.ord ?? 2;
  if (opts.axis === undefined || opts.axis === null || (Array.isArray(opts.axis) && opts.axis.length !== 1)) {
    // flatten the reduced axes into one
    const axes = opts.axis === undefined || opts.axis === null
      ? a.shape.map((_, i) => i)
      : (opts.axis as readonly number[]).map((v) => normalizeAxis(v, a.ndim));
    const keep = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
    const moved = new NDArray(a.data, a.dtype, [...keep, ...axes].map((i) => a.shape[i]), [...keep, ...axes].map((i) => a.elementStrides[i]), a.offset, a);
    const flat = asarray(moved.copy());
    const reshaped = new NDArray(flat.data, flat.dtype, [...keep.map((i) => a.shape[i]), sizeOf(axes.map((i) => a.shape[i]))]);
    const r = norm(reshaped, ord, -1);
    if (!opts.keepdims) return r;
    const shape = a.shape.map((s, i) => (axes.includes(i) ? 1 : s));
    const ra = asarray(r);
    return new NDArray(ra.data, ra.dtype, shape);
  }
  return norm(a, ord, opts.axis, opts.keepdims ?? false);
}

/**
 * Matrix norm over the last two axes, the array API's np.linalg.matrix_norm
 * (ord 'fro' by default).
 *
 * @example
 * np.linalg.matrix_norm(np.array([[1, 2], [3, 4]]))   // 5.477225575051661
 */
export function matrix_norm(x: ArrayLike, opts: { keepdims?: boolean; ord?: NormOrd } = {}): any {
  return norm(x, opts.ord ?? 'fro', [-2, -1], opts.keepdims ?? false);
}

// ---------------------------------------------------------------------------------------
// LU based: inv, det, slogdet, solve

/**
 * Inverse of a square matrix, or of each matrix in a stack (np.linalg.inv).
 * Raises LinAlgError('Singular matrix') when a matrix is singular.
 *
 * @example
 * np.linalg.inv(np.array([[4, 7], [2, 6]], {dtype: 'float64'}))
 * // array([[ 0.6, -0.7],
 * //        [-0.2,  0.4]])
 */
export function inv(x: ArrayLike): NDArray {
  const a = matrixInput(x, true);
  const s = stackOf(a);
  const n = s.n;
  const out = new Float64Array(s.count * n * n);
  for (let b = 0; b < s.count; b++) out.set(lu.inv(mat(s.data, b, n * n), n), b * n * n);
  return fromFloat64(out, a.shape.slice(), linalgResultType(a.dtype));
}

/**
 * Determinant of a square matrix (a number), or of each matrix in a stack (an array).
 *
 * @example
 * np.linalg.det(np.array([[1, 2], [3, 4]]))   // -2.0000000000000004
 */
export function det(x: ArrayLike): any {
  const a = matrixInput(x, true);
  const s = stackOf(a);
  const n = s.n;
  const dt = linalgResultType(a.dtype);
  const vals = new Float64Array(s.count);
  for (let b = 0; b < s.count; b++) vals[b] = lu.det(mat(s.data, b, n * n), n);
  return s.batch.length === 0 ? scalar(vals[0], dt) : fromFloat64(vals, s.batch, dt);
}

/**
 * Sign and natural log of the absolute determinant (np.linalg.slogdet), as [sign, logabsdet];
 * numbers for one matrix, arrays for a stack.
 *
 * @example
 * np.linalg.slogdet(np.array([[1, 2], [3, 4]]))   // [-1, 0.6931471805599455]
 */
export function slogdet(x: ArrayLike): [any, any] {
  const a = matrixInput(x, true);
  const s = stackOf(a);
  const n = s.n;
  const dt = linalgResultType(a.dtype);
  const sg = new Float64Array(s.count);
  const ld = new Float64Array(s.count);
  for (let b = 0; b < s.count; b++) [sg[b], ld[b]] = lu.slogdet(mat(s.data, b, n * n), n);
  if (s.batch.length === 0) return [scalar(sg[0], dt), scalar(ld[0], dt)];
  return [fromFloat64(sg, s.batch, dt), fromFloat64(ld, s.batch, dt)];
}

/**
 * Solves a x = b for x (np.linalg.solve). `a` is (..., M, M); `b` is (M,) — one right-hand
 * side — or (..., M, K); batch dimensions broadcast.
 *
 * @example
 * np.linalg.solve(np.array([[4, 7], [2, 6]]), np.array([1, 2]))   // array([-0.8,  0.6])
 */
export function solve(a: ArrayLike, b: ArrayLike): NDArray {
  const A = matrixInput(a, true);
  const B = asarray(b);
  const n = A.shape[A.ndim - 1];
  const dt = linalgResultType(A.dtype, B.dtype);
  const As = stackOf(A);
  if (B.ndim === 1) {
    if (B.shape[0] !== n) {
      throw new ValueError(
        `solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size ${B.shape[0]} is different from ${n})`,
      );
    }
    const bv = Float64Array.from(B.contiguousData());
    const out = new Float64Array(As.count * n);
    for (let t = 0; t < As.count; t++) out.set(lu.luSolve(mat(As.data, t, n * n), n, bv, 1), t * n);
    return fromFloat64(out, [...As.batch, n], dt);
  }
  if (B.ndim === 0 || B.shape[B.ndim - 2] !== n) {
    throw new ValueError(
      `solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size ${B.ndim === 0 ? 0 : B.shape[B.ndim - 2]} is different from ${n})`,
    );
  }
  const k = B.shape[B.ndim - 1];
  const Bs = stackOf(B);
  const batch = broadcastBatch([As.batch, Bs.batch], [A.shape, B.shape], [2, 2], [n, k]);
  const aOffs = batchOffsets(As.batch, cStrides(A.shape), 0, batch);
  const bOffs = batchOffsets(Bs.batch, cStrides(B.shape), 0, batch);
  const count = sizeOf(batch);
  const out = new Float64Array(count * n * k);
  for (let t = 0; t < count; t++) {
    const x = lu.luSolve(As.data.subarray(aOffs[t], aOffs[t] + n * n), n, Bs.data.subarray(bOffs[t], bOffs[t] + n * k), k);
    out.set(x, t * n * k);
  }
  return fromFloat64(out, [...batch, n, k], dt);
}

/** Keyword options of np.linalg.cholesky. */
export interface CholeskyOptions {
  /** Return the upper factor U (A = U^T U, read from A's upper triangle) instead of L. */
  upper?: boolean;
}

/** The n x n row-major matrix m transposed. */
function transposed(m: Float64Array, n: number): Float64Array {
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t[j * n + i] = m[i * n + j];
  return t;
}

/**
 * Cholesky factor of a symmetric positive definite matrix or stack (np.linalg.cholesky):
 * L, lower triangular with A = L @ L.T, from A's lower triangle; with `{upper: true}` U =
 * L.T from A's upper triangle. Raises LinAlgError('Matrix is not positive definite').
 *
 * @example
 * np.linalg.cholesky(np.array([[4, 2], [2, 3]]))
 * // array([[2.        , 0.        ],
 * //        [1.        , 1.41421356]])
 */
export function cholesky(x: ArrayLike, opts: CholeskyOptions = {}): NDArray {
  if (typeof opts !== 'object' || opts === null) throw new NumpyTypeError('cholesky() takes 1 positional argument but 2 were given');
  for (const k of Object.keys(opts)) {
    if (k !== 'upper') throw new NumpyTypeError(`cholesky() got an unexpected keyword argument '${k}'`);
  }
  const upper = Boolean(opts.upper);
  const a = matrixInput(x, true);
  const s = stackOf(a);
  const n = s.n;
  const out = new Float64Array(s.count * n * n);
  for (let t = 0; t < s.count; t++) {
    const m = mat(s.data, t, n * n);
    const r = choleskyKernel(upper ? transposed(m, n) : m, n);
    if (!r.ok) throw new LinAlgError('Matrix is not positive definite');
    out.set(upper ? transposed(r.l, n) : r.l, t * n * n);
  }
  return fromFloat64(out, a.shape.slice(), linalgResultType(a.dtype));
}

/**
 * Integer power of a square matrix (np.linalg.matrix_power); n = 0 gives the identity,
 * negative n powers of the inverse. Integer matrices stay integer.
 *
 * @example
 * np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10)
 * // array([[89, 55],
 * //        [55, 34]])
 */
export function matrix_power(x: ArrayLike, n: number): NDArray {
  const a0 = matrixInput(x, true);
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new NumpyTypeError('exponent must be an integer');
  let a = a0;
  if (n === 0) {
    const m = a.shape[a.ndim - 1];
    const vals = new Float64Array(a.size);
    for (let t = 0; t < a.size / Math.max(1, m * m); t++) for (let i = 0; i < m; i++) vals[t * m * m + i * m + i] = 1;
    return fromFloat64(vals, a.shape.slice(), a.dtype);
  }
  if (n < 0) {
    a = inv(a);
    n = -n;
  }
  if (n === 1) return a.copy();
  if (n === 2) return matmul(a, a);
  if (n === 3) return matmul(matmul(a, a), a);
  let z: NDArray | null = null;
  let result: NDArray | null = null;
  while (n > 0) {
    const zz: NDArray = z === null ? a : matmul(z, z);
    z = zz;
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? zz : matmul(result, zz);
  }
  return result!;
}

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

// ---------------------------------------------------------------------------------------
// eigh, qr, lstsq

function checkUplo(UPLO: unknown): 'L' | 'U' {
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

/**
 * Product of two or more matrices in the cheapest evaluation order (np.linalg.multi_dot).
 * The first argument may be 1-d (a row vector) and the last 1-d (a column vector).
 *
 * @example
 * np.linalg.multi_dot([np.ones([2, 3]), np.ones([3, 4]), np.ones([4, 1])]).shape   // [2, 1]
 */
export function multi_dot(arrays: readonly ArrayLike[]): any {
  const n = arrays.length;
  if (n < 2) throw new ValueError('Expecting at least two arrays.');
  if (n === 2) return dot(arrays[0], arrays[1]);
  const arrs = arrays.map((x) => asarray(x));
  const first = arrs[0], last = arrs[n - 1];
  const row = (x: NDArray) => new NDArray(x.data, x.dtype, [1, x.shape[0]], [0, x.elementStrides[0]], x.offset, x);
  const col = (x: NDArray) => new NDArray(x.data, x.dtype, [x.shape[0], 1], [x.elementStrides[0], 0], x.offset, x);
  if (first.ndim === 1) arrs[0] = row(first);
  if (last.ndim === 1) arrs[n - 1] = col(last);
  for (const x of arrs) assert2d(x);
  const dims = [arrs[0].shape[0], ...arrs.map((x) => x.shape[1])];
  // classic matrix-chain dynamic programme
  const cost: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  const split: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let len = 1; len < n; len++) {
    for (let i = 0; i < n - len; i++) {
      const j = i + len;
      cost[i][j] = Infinity;
      for (let s = i; s < j; s++) {
        const c = cost[i][s] + cost[s + 1][j] + dims[i] * dims[s + 1] * dims[j + 1];
        if (c < cost[i][j]) {
          cost[i][j] = c;
          split[i][j] = s;
        }
      }
    }
  }
  const chain = (i: number, j: number): NDArray => (i === j ? arrs[i] : dot(chain(i, split[i][j]), chain(split[i][j] + 1, j)));
  let result = chain(0, n - 1);
  if (first.ndim === 1 && last.ndim === 1) return (result as NDArray).item();
  if (first.ndim === 1 || last.ndim === 1) {
    const shape = first.ndim === 1 ? [result.shape[1]] : [result.shape[0]];
    result = new NDArray(result.data, result.dtype, shape, [first.ndim === 1 ? result.elementStrides[1] : result.elementStrides[0]], result.offset, result);
  }
  return result;
}

/**
 * Transposes the last two axes of a stack of matrices (np.linalg.matrix_transpose). A view.
 *
 * @example
 * np.linalg.matrix_transpose(np.zeros([2, 3, 4])).shape   // [2, 4, 3]
 */
export function matrix_transpose(x: ArrayLike): NDArray {
  const a = asarray(x);
  if (a.ndim < 2) throw new ValueError(`Input array must be at least 2-dimensional, but it is ${a.ndim}`);
  const nd = a.ndim;
  const shape = a.shape.slice();
  const st = a.elementStrides.slice();
  [shape[nd - 2], shape[nd - 1]] = [shape[nd - 1], shape[nd - 2]];
  [st[nd - 2], st[nd - 1]] = [st[nd - 1], st[nd - 2]];
  return new NDArray(a.data, a.dtype, shape, st, a.offset, a);
}

/**
 * Outer product of two 1-d arrays (np.linalg.outer; unlike np.outer it refuses other shapes).
 *
 * @example
 * np.linalg.outer(np.array([1, 2]), np.array([3, 4]))   // array([[3, 4], [6, 8]])
 */
function linalgOuter(x1: ArrayLike, x2: ArrayLike): NDArray {
  const a = asarray(x1), b = asarray(x2);
  if (a.ndim !== 1 || b.ndim !== 1) {
    throw new ValueError(`Input arrays must be one-dimensional, but they are ${a.ndim}-dimensional and ${b.ndim}-dimensional.`);
  }
  return npOuter(a, b);
}

/**
 * Sum along diagonals of the last two axes (np.linalg.trace; np.trace uses the first two).
 *
 * @example
 * np.linalg.trace(np.arange(8).reshape(2, 2, 2))   // array([ 3, 11])
 */
function linalgTrace(x: ArrayLike, opts: { offset?: number; dtype?: DType | null } = {}): any {
  return trace(x, { offset: opts.offset ?? 0, axis1: -2, axis2: -1, dtype: opts.dtype ?? null });
}

/**
 * The `np.linalg` namespace.
 *
 * @example
 * np.linalg.det(np.eye(3))   // 1
 */
export const linalg = {
  norm,
  vector_norm,
  matrix_norm,
  inv,
  det,
  slogdet,
  solve,
  cholesky,
  matrix_power,
  svd,
  svdvals,
  matrix_rank,
  pinv,
  cond,
  eig,
  eigvals,
  eigh,
  eigvalsh,
  qr,
  lstsq,
  multi_dot,
  matrix_transpose,
  matmul,
  /**
   * Outer product of two 1-d arrays (np.linalg.outer; unlike np.outer it refuses other shapes).
   *
   * @example
   * np.linalg.outer(np.array([1, 2]), np.array([3, 4]))   // array([[3, 4], [6, 8]])
   */
  outer: linalgOuter,
  /**
   * Sum along diagonals of the last two axes (np.linalg.trace; np.trace uses the first two).
   *
   * @example
   * np.linalg.trace(np.arange(8).reshape(2, 2, 2))   // array([ 3, 11])
   */
  trace: linalgTrace,
  LinAlgError,
};

export default linalg;
