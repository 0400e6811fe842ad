/** The LU family and Cholesky of np.linalg (inv, det, slogdet, solve, cholesky, matrix_power) on stacks of matrices, over the kernels in ../lu.ts and ../cholesky.ts. */
import { NDArray } from '../../ndarray';
import { asarray, type ArrayLike } from '../../asarray';
import { LinAlgError, NumpyTypeError, ValueError } from '../../errors';
import { cStrides, sizeOf } from '../../shape';
import { cholesky as choleskyKernel } from '../cholesky';
import { matmul } from '../products';
import { batchOffsets, broadcastBatch, fromFloat64, linalgResultType, matrixInput, stackOf } from '../stack';
import * as lu from '../lu';
import { scalar, mat } from './common';

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
