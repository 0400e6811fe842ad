/**
 * Least squares through the SVD, as NumPy's lstsq (LAPACK dgelsd): singular values at or
 * below rcond * s_max count as zero, giving the minimum-norm solution of a rank-deficient
 * system. A tall matrix is first reduced by QR, as dgelsd does: A = QR, b becomes Q^T b,
 * and only the n x n R is decomposed (Q and U are never formed).
 */
import { svd } from './svd';
import { householderColumn, reflectColumns } from './gkr';
import { rotationSpace } from './rotate';

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
  if (kk === 0) {
    // no columns (or no rows): x = 0; with no columns the residual is b itself
    const residuals = n === 0 && m > 0 ? new Float64Array(k) : new Float64Array(0);
    if (n === 0) for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) residuals[j] += b[i * k + j] * b[i * k + j];
    return { x: new Float64Array(n * k), residuals, rank: 0, s: new Float64Array(0) };
  }
  if (m > n) return lstsqTall(a, m, n, b, k, rc);
  const { u, s, vt } = svd(a, m, n, true, false);
  const { x, rank } = minNorm(u!, s, vt!, m, n, b, k, rc);
  return { x, residuals: new Float64Array(0), rank, s };
}

/**
 * m > n: A = QR by Householder reflectors (LINPACK's, on the columns of A^T, in the wasm
 * memory when the kernels are there), the same reflectors turn b into c = Q^T b, then the
 * SVD of R (n x n) gives x; with full rank the squared residual of column j is the sum of
 * squares of c[n:, j] (as dgelsd reports it). The signs of Q's columns do not matter here,
 * so this need not follow LAPACK's as np.linalg.qr does.
 */
function lstsqTall(a: ArrayLike<number>, m: number, n: number, b: ArrayLike<number>, k: number, rc: number): LstsqResult {
  // R, c = (Q^T b)[:n] and the residuals leave the wasm memory before the SVD uses it
  const r = new Float64Array(n * n);
  const c = new Float64Array(n * k);
  const tail = new Float64Array(k);
  const space = rotationSpace([[n, m], [k, m]]);
  try {
    const [At, Bt] = space.mats;
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) At[j * m + i] = a[i * n + j];
    for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) Bt[j * m + i] = b[i * k + j];
    for (let q = 0; q < n; q++) {
      const cq = q * m;
      r[q * n + q] = householderColumn(At, m, q);
      if (r[q * n + q] !== 0) {
        reflectColumns(space.K, At, cq + q, At, cq + m + q, m, m - q, n - q - 1);
        reflectColumns(space.K, At, cq + q, Bt, q, m, m - q, k);
      }
      for (let j = q + 1; j < n; j++) r[q * n + j] = At[j * m + q];
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) c[i * k + j] = Bt[j * m + i];
    for (let j = 0; j < k; j++) for (let i = n; i < m; i++) tail[j] += Bt[j * m + i] * Bt[j * m + i];
  } finally {
    space.release();
  }
  const { u, s, vt } = svd(r, n, n, true, false);
  const { x, rank } = minNorm(u!, s, vt!, n, n, c, k, rc);
  return { x, residuals: rank === n ? tail : new Float64Array(0), rank, s };
}

/**
 * x = V diag(1/s) U^T b (n x k) over the singular values above rc * s[0]: the minimum-norm
 * least-squares solution from an SVD (U m x kk, s kk, Vt kk x n), and how many were kept.
 */
function minNorm(
  U: Float64Array, s: Float64Array, Vt: Float64Array, m: number, n: number, b: ArrayLike<number>, k: number, rc: number,
): { x: Float64Array; rank: number } {
  const kk = s.length;
  const thresh = rc * s[0];
  let rank = 0;
  for (let i = 0; i < kk; i++) if (s[i] > thresh) rank++;
  const x = new Float64Array(n * k);
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
  return { x, rank };
}
