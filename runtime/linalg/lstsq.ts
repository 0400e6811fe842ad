/**
 * Least squares through the SVD, as NumPy's lstsq (LAPACK dgelsd): singular values at or
 * below rcond * s_max count as zero, giving the minimum-norm solution of a rank-deficient
 * system.
 */
import { svd } from './svd';

export interface LstsqResult {
  /** n x k row-major solution. */
  x: Float64Array;
  /** k squared residual norms when rank === n and m > n, else empty. */
  residuals: Float64Array;
  rank: number;
  /** min(m, n) singular values of a, descending. */
  s: Float64Array;
}

/**
 * Minimises ||b - a x|| for a (m x n) and b (m x k), both row-major. `rcond` null means
 * NumPy 2's default, machine epsilon * max(m, n); a negative rcond means machine epsilon.
 *
 * @example
 * lstsq(new Float64Array([1, 0, 1, 1, 1, 2]), 3, 2, new Float64Array([1, 2, 2]), 1).x
 * // [1.1666666666666667, 0.5]
 */
export function lstsq(
  a: ArrayLike<number>, m: number, n: number, b: ArrayLike<number>, k: number, rcond: number | null = null,
): LstsqResult {
  const eps = 2.220446049250313e-16;
  const rc = rcond === null ? eps * Math.max(m, n) : rcond < 0 ? eps : rcond;
  const kk = Math.min(m, n);
  const x = new Float64Array(n * k);
  if (kk === 0) {
    // no columns (or no rows): x = 0; with no columns the residual is b itself
    const residuals = n === 0 && m > 0 ? new Float64Array(k) : new Float64Array(0);
    if (n === 0) for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) residuals[j] += b[i * k + j] * b[i * k + j];
    return { x, residuals, rank: 0, s: new Float64Array(0) };
  }
  const { u, s, vt } = svd(a, m, n, true, false);
  const U = u!, Vt = vt!; // U m x kk, Vt kk x n
  const thresh = rc * s[0];
  let rank = 0;
  for (let i = 0; i < kk; i++) if (s[i] > thresh) rank++;
  // x = V diag(1/s) U^T b over the kept singular values
  const c = new Float64Array(rank * k);
  for (let i = 0; i < m; i++) {
    for (let r = 0; r < rank; r++) {
      const ur = U[i * kk + r];
      if (ur === 0) continue;
      for (let j = 0; j < k; j++) c[r * k + j] += ur * b[i * k + j];
    }
  }
  for (let r = 0; r < rank; r++) {
    const inv = 1 / s[r];
    for (let j = 0; j < k; j++) c[r * k + j] *= inv;
  }
  for (let r = 0; r < rank; r++) {
    for (let i = 0; i < n; i++) {
      const v = Vt[r * n + i];
      if (v === 0) continue;
      for (let j = 0; j < k; j++) x[i * k + j] += v * c[r * k + j];
    }
  }
  let residuals = new Float64Array(0);
  if (rank === n && m > n) {
    residuals = new Float64Array(k);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < k; j++) {
        let t = b[i * k + j];
        for (let l = 0; l < n; l++) t -= a[i * n + l] * x[l * k + j];
        residuals[j] += t * t;
      }
    }
  }
  return { x, residuals, rank, s };
}
