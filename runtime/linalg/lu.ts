/**
 * LU factorisation with partial pivoting (LAPACK's dgetrf) on a row-major n x n matrix,
 * and what NumPy builds on it: det / slogdet, solve, inv. From order WASM_MIN_N on, the
 * blocked wasm SIMD kernels (runtime/wasm/lu.ts) do the work; below it, and where wasm is
 * unavailable, the unblocked JS kernels here.
 */
import { LinAlgError } from '../errors';
import { wasmLuFactor, wasmLuInverse, wasmLuSolve } from '../wasm/lu';

/**
 * The order from which the wasm LU and Cholesky pay for their copies: measured, the JS and
 * wasm LU take the same time at n = 8, wasm 2x less at 16, 4.6x at 64 (Cholesky: 1x at 16,
 * 2.3x at 64). Below one 64-wide panel both run the same operations in the same order.
 */
export const WASM_MIN_N = 16;

/** PA = LU packed in one array: L's unit-diagonal multipliers below, U on and above. */
export interface LUFactors {
  /** The n x n factors, row-major. */
  lu: Float64Array;
  /** Row i of the factored matrix came from row `perm[i]` of the input. */
  perm: Int32Array;
  n: number;
  /** +1 or -1: the parity of the row permutation. */
  sign: number;
  /** True when some pivot is exactly zero (LAPACK's info > 0). */
  singular: boolean;
}

/**
 * Factors the n x n row-major matrix `a` (not modified) as PA = LU, choosing the largest
 * magnitude pivot in each column (first one on ties, as idamax). Like LAPACK it finishes
 * the factorisation when a pivot is zero and reports it in `singular`.
 *
 * @example
 * luFactor(new Float64Array([1, 2, 3, 4]), 2).lu   // Float64Array [3, 4, 1/3, 2/3]
 */
export function luFactor(a: ArrayLike<number>, n: number): LUFactors {
  return (n >= WASM_MIN_N && wasmLuFactor(a, n)) || luFactorJs(a, n);
}

/**
 * luFactor's unblocked JS kernel (the reference the wasm one is tested against).
 *
 * @example
 * luFactorJs(new Float64Array([1, 2, 3, 4]), 2).perm   // Int32Array [1, 0]
 */
export function luFactorJs(a: ArrayLike<number>, n: number): LUFactors {
  const lu = Float64Array.from(a as ArrayLike<number>);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(lu[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k]);
      if (v > best) { best = v; p = i; }
    }
    if (p !== k) {
      const rk = k * n, rp = p * n;
      for (let j = 0; j < n; j++) { const t = lu[rk + j]; lu[rk + j] = lu[rp + j]; lu[rp + j] = t; }
      const t = perm[k]; perm[k] = perm[p]; perm[p] = t;
      sign = -sign;
    }
    const pivot = lu[k * n + k];
    if (pivot === 0) { singular = true; continue; }
    // LAPACK scales by the reciprocal when it is safe to.
    const useRecip = Math.abs(pivot) >= 2.2250738585072014e-308;
    const r = 1 / pivot;
    const rk = k * n;
    for (let i = k + 1; i < n; i++) {
      const ri = i * n;
      const l = useRecip ? lu[ri + k] * r : lu[ri + k] / pivot;
      lu[ri + k] = l;
      for (let j = k + 1; j < n; j++) lu[ri + j] -= l * lu[rk + j];
    }
  }
  return { lu, perm, n, sign, singular };
}

/**
 * `np.linalg.slogdet` of an n x n matrix: [sign, log|det|], with [0, -inf] when singular.
 *
 * @example
 * slogdet(new Float64Array([1, 2, 3, 4]), 2)   // [-1, 0.6931471805599455]
 */
export function slogdet(a: ArrayLike<number>, n: number): [number, number] {
  if (n === 0) return [1, 0];
  const { lu, sign: s0 } = luFactor(a, n);
  let sign = s0;
  let logdet = 0;
  for (let i = 0; i < n; i++) {
    const d = lu[i * n + i];
    if (d === 0) return [0, -Infinity];
    if (d < 0) sign = -sign;
    logdet += Math.log(Math.abs(d));
  }
  if (Number.isNaN(logdet)) return [NaN, NaN];
  return [sign, logdet];
}

/**
 * `np.linalg.det` of an n x n matrix. As NumPy, computed as sign * exp(logdet) from the LU
 * factors, so results agree with NumPy to the last digits (det([[1, 2], [3, 4]]) is
 * -2.0000000000000004 in both).
 *
 * @example
 * det(new Float64Array([1, 2, 3, 4]), 2)   // -2.0000000000000004
 */
export function det(a: ArrayLike<number>, n: number): number {
  const [sign, logdet] = slogdet(a, n);
  return sign * Math.exp(logdet);
}

/**
 * Solves A X = B for X, A n x n and B n x nrhs (both row-major); returns X (n x nrhs).
 * Throws LinAlgError('Singular matrix') for an exactly singular A, as NumPy.
 *
 * @example
 * luSolve(new Float64Array([4, 7, 2, 6]), 2, new Float64Array([1, 2]), 1)   // [-0.8, 0.6]
 */
export function luSolve(a: ArrayLike<number>, n: number, b: ArrayLike<number>, nrhs: number): Float64Array {
  const w = n >= WASM_MIN_N ? wasmLuSolve(a, n, b, nrhs) : null;
  if (w) {
    if (w.singular) throw new LinAlgError('Singular matrix');
    return w.x;
  }
  const f = luFactorJs(a, n);
  if (f.singular) throw new LinAlgError('Singular matrix');
  return luSolveFactored(f, b, nrhs);
}

/**
 * Solves A X = B with an existing factorisation of A (see luSolve); B is n x nrhs.
 *
 * @example
 * luSolveFactored(luFactor([2, 0, 0, 4], 2), [2, 4], 1)   // Float64Array [1, 1]
 */
export function luSolveFactored(f: LUFactors, b: ArrayLike<number>, nrhs: number): Float64Array {
  const { lu, perm, n } = f;
  const x = new Float64Array(n * nrhs);
  for (let i = 0; i < n; i++) {
    const src = perm[i] * nrhs;
    for (let j = 0; j < nrhs; j++) x[i * nrhs + j] = b[src + j];
  }
  // forward: L y = P b (unit diagonal)
  for (let i = 0; i < n; i++) {
    const ri = i * nrhs;
    for (let k = 0; k < i; k++) {
      const l = lu[i * n + k];
      if (l === 0) continue;
      const rk = k * nrhs;
      for (let j = 0; j < nrhs; j++) x[ri + j] -= l * x[rk + j];
    }
  }
  // backward: U x = y
  for (let i = n - 1; i >= 0; i--) {
    const ri = i * nrhs;
    for (let k = i + 1; k < n; k++) {
      const u = lu[i * n + k];
      if (u === 0) continue;
      const rk = k * nrhs;
      for (let j = 0; j < nrhs; j++) x[ri + j] -= u * x[rk + j];
    }
    const d = lu[i * n + i];
    for (let j = 0; j < nrhs; j++) x[ri + j] /= d;
  }
  return x;
}

/**
 * `np.linalg.inv` of an n x n row-major matrix (solving A X = I, as NumPy does).
 *
 * @example
 * inv(new Float64Array([4, 7, 2, 6]), 2)   // [0.6, -0.7, -0.2, 0.4]
 */
export function inv(a: ArrayLike<number>, n: number): Float64Array {
  const w = n >= WASM_MIN_N ? wasmLuInverse(a, n) : null;
  if (w) {
    if (w.singular) throw new LinAlgError('Singular matrix');
    return w.x;
  }
  const eye = new Float64Array(n * n);
  for (let i = 0; i < n; i++) eye[i * n + i] = 1;
  return luSolve(a, n, eye, n);
}
