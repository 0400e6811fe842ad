/**
 * Cholesky factorisation A = L L^T (LAPACK's dpotrf, lower) of a symmetric positive
 * definite row-major n x n matrix, reading its lower triangle. From order WASM_MIN_N on the
 * blocked wasm kernel (runtime/wasm/lu.ts) runs; below it, and without wasm, the unblocked
 * JS kernel here. As OpenBLAS (NumPy's LAPACK), only a pivot <= 0 fails: a NaN propagates.
 */
import { wasmCholesky } from '../wasm/lu';
import { WASM_MIN_N } from './lu';

/** L (zeros above the diagonal), and whether the matrix was positive definite. */
export interface CholeskyResult {
  l: Float64Array;
  ok: boolean;
}

/**
 * The lower Cholesky factor of `a` (n x n, row-major; lower triangle read).
 *
 * @example
 * cholesky([4, 2, 2, 3], 2).l   // Float64Array [2, 0, 1, 1.4142135623730951]
 */
export function cholesky(a: ArrayLike<number>, n: number): CholeskyResult {
  return (n >= WASM_MIN_N && wasmCholesky(a, n)) || choleskyJs(a, n);
}

/**
 * cholesky's unblocked JS kernel: element (i, j) is (a[i, j] - L[i, :j] . L[j, :j]) / L[j, j],
 * the diagonal the square root of what is left (dpotf2's order).
 *
 * @example
 * choleskyJs([1, 2, 2, 1], 2).ok   // false: not positive definite
 */
export function choleskyJs(a: ArrayLike<number>, n: number): CholeskyResult {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let d = a[rj + j];
    for (let q = 0; q < j; q++) d -= l[rj + q] * l[rj + q];
    if (d <= 0) return { l, ok: false };
    d = Math.sqrt(d);
    l[rj + j] = d;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let s = a[ri + j];
      for (let q = 0; q < j; q++) s -= l[ri + q] * l[rj + q];
      l[ri + j] = s / d;
    }
  }
  return { l, ok: true };
}
