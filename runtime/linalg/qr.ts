/**
 * Householder QR on row-major matrices, with LAPACK's conventions (dgeqrf's reflectors as
 * dlarfg builds them, Q formed as dorgqr does), so Q and R carry the same signs as NumPy's:
 * R's diagonal is -sign(a_kk) * ||column||, and the last diagonal entry of a square matrix
 * keeps its own sign (no reflection there).
 */

/**
 * sqrt(x^2 + y^2) without needless overflow (LAPACK's dlapy2).
 *
 * @example
 * lapy2(3e200, 4e200)   // 5e200
 */
export function lapy2(x: number, y: number): number {
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > 1.7976931348623157e308) return w;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const q = z / w;
  return w * Math.sqrt(1 + q * q);
}

/** LAPACK's dlamch('S') / dlamch('E'): below this a reflector's norm is rescaled first. */
const SAFMIN = 2.2250738585072014e-308 / 1.1102230246251565e-16;
const RSAFMIN = 1 / SAFMIN;

/** Fortran's SIGN(1, x): -1 for negative x (and -0, as gfortran), else +1. */
function sign1(x: number): number {
  return x < 0 || Object.is(x, -0) ? -1 : 1;
}

/**
 * Euclidean norm of `len` values x[off], x[off+stride], ... with scaling (dnrm2).
 *
 * @example
 * nrm2([3, 0, 4], 0, 2, 2)   // 5
 */
export function nrm2(x: ArrayLike<number>, off: number, stride: number, len: number): number {
  let scale = 0;
  for (let i = 0, p = off; i < len; i++, p += stride) {
    const v = Math.abs(x[p]);
    if (v > scale || v !== v) scale = v;
  }
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let ssq = 0;
  for (let i = 0, p = off; i < len; i++, p += stride) {
    const v = x[p] / scale;
    ssq += v * v;
  }
  return scale * Math.sqrt(ssq);
}

/** The factored form: R on and above the diagonal, reflector vectors below, and their taus. */
export interface QRFactors {
  /** m x n row-major, as dgeqrf leaves it. */
  qr: Float64Array;
  tau: Float64Array;
  m: number;
  n: number;
}

/**
 * Householder QR of the m x n row-major matrix `a` (not modified), as LAPACK's dgeqrf:
 * H_k = I - tau_k v_k v_k^T with v_k[k] = 1, applied left to right.
 *
 * @example
 * const f = householderQR(new Float64Array([3, 4]), 2, 1);
 * f.qr[0]   // -5 (R's only entry), f.tau[0] = 1.6
 */
export function householderQR(a: ArrayLike<number>, m: number, n: number): QRFactors {
  const A = Float64Array.from(a as ArrayLike<number>);
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const w = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    // dlarfg on A[j:, j]
    let alpha = A[j * n + j];
    let xnorm = m - j > 1 ? nrm2(A, (j + 1) * n + j, n, m - j - 1) : 0;
    if (xnorm === 0) {
      tau[j] = 0;
      continue;
    }
    let beta = -sign1(alpha) * lapy2(alpha, xnorm);
    let knt = 0;
    if (Math.abs(beta) < SAFMIN) {
      // beta may be inaccurate (tiny or subnormal data): rescale, as LAPACK does
      do {
        knt++;
        for (let i = j + 1; i < m; i++) A[i * n + j] *= RSAFMIN;
        beta *= RSAFMIN;
        alpha *= RSAFMIN;
      } while (Math.abs(beta) < SAFMIN && knt < 20);
      xnorm = nrm2(A, (j + 1) * n + j, n, m - j - 1);
      beta = -sign1(alpha) * lapy2(alpha, xnorm);
    }
    const t = (beta - alpha) / beta;
    tau[j] = t;
    const scal = 1 / (alpha - beta);
    for (let i = j + 1; i < m; i++) A[i * n + j] *= scal;
    for (let i = 0; i < knt; i++) beta *= SAFMIN;
    A[j * n + j] = beta;
    // apply H_j to A[j:, j+1:] from the left: A -= tau v (v^T A)
    if (j + 1 < n) applyReflectorLeft(A, n, j, m, j + 1, n, t, w);
  }
  return { qr: A, tau, m, n };
}

/**
 * A[r0:m, c0:c1] -= tau * v * (v^T A[r0:m, c0:c1]) where v = [1, A[r0+1:m, r0]] (the
 * reflector stored in column r0 of `V`, which may be `A` itself), row stride `ld`.
 */
function applyReflectorLeft(
  A: Float64Array, ld: number, r0: number, m: number, c0: number, c1: number, tau: number, w: Float64Array,
  V: Float64Array = A, ldv: number = ld, vcol: number = r0,
): void {
  if (tau === 0) return;
  // w = A^T v over the column range
  const base = r0 * ld;
  for (let j = c0; j < c1; j++) w[j] = A[base + j];
  for (let i = r0 + 1; i < m; i++) {
    const vi = V[i * ldv + vcol];
    if (vi === 0) continue;
    const ri = i * ld;
    for (let j = c0; j < c1; j++) w[j] += vi * A[ri + j];
  }
  for (let j = c0; j < c1; j++) {
    w[j] *= tau;
    A[base + j] -= w[j];
  }
  for (let i = r0 + 1; i < m; i++) {
    const vi = V[i * ldv + vcol];
    if (vi === 0) continue;
    const ri = i * ld;
    for (let j = c0; j < c1; j++) A[ri + j] -= vi * w[j];
  }
}

/**
 * Forms the m x qcols matrix Q with orthonormal columns from the reflectors, as LAPACK's
 * dorg2r / dorgqr: Q = H_0 H_1 ... H_{k-1} applied to the first qcols columns of I.
 * qcols is min(m, n) for NumPy's 'reduced' mode and m for 'complete'.
 *
 * @example
 * formQ(householderQR(new Float64Array([3, 4]), 2, 1), 1)   // [-0.6, -0.8]
 */
export function formQ(f: QRFactors, qcols: number): Float64Array {
  const { qr, tau, m, n } = f;
  const k = Math.min(m, n, qcols);
  const Q = new Float64Array(m * qcols);
  // copy the reflectors into Q's first k columns
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) Q[i * qcols + j] = qr[i * n + j];
  // dorg2r: columns k..qcols-1 start as unit vectors
  for (let j = k; j < qcols; j++) {
    for (let l = 0; l < m; l++) Q[l * qcols + j] = 0;
    if (j < m) Q[j * qcols + j] = 1;
  }
  const w = new Float64Array(qcols);
  for (let i = k - 1; i >= 0; i--) {
    if (i < qcols - 1) {
      Q[i * qcols + i] = 1;
      applyReflectorLeft(Q, qcols, i, m, i + 1, qcols, tau[i], w);
    }
    for (let l = i + 1; l < m; l++) Q[l * qcols + i] *= -tau[i];
    Q[i * qcols + i] = 1 - tau[i];
    for (let l = 0; l < i; l++) Q[l * qcols + i] = 0;
  }
  return Q;
}

/**
 * The upper-triangular R (rows x n) from the factored form: rows = min(m, n) for NumPy's
 * 'reduced' and 'r' modes, m for 'complete'.
 *
 * @example
 * extractR(householderQR([3, 4], 2, 1), 1)   // Float64Array [-5]
 */
export function extractR(f: QRFactors, rows: number): Float64Array {
  const { qr, m, n } = f;
  const R = new Float64Array(rows * n);
  for (let i = 0; i < Math.min(rows, m); i++) for (let j = i; j < n; j++) R[i * n + j] = qr[i * n + j];
  return R;
}

/**
 * QR decomposition of an m x n row-major matrix, as `np.linalg.qr(a, mode)`:
 * 'reduced' gives Q (m x k) and R (k x n), k = min(m, n); 'complete' Q (m x m) and R (m x n);
 * 'r' only R (k x n).
 *
 * @example
 * const { q, r } = qr(new Float64Array([1, 2, 3, 4]), 2, 2);
 * // q = [-0.316, -0.949, -0.949, 0.316], r = [-3.162, -4.427, 0, -0.632]
 */
export function qr(
  a: ArrayLike<number>, m: number, n: number, mode: 'reduced' | 'complete' | 'r' = 'reduced',
): { q: Float64Array | null; r: Float64Array; qCols: number; rRows: number } {
  const f = householderQR(a, m, n);
  const k = Math.min(m, n);
  if (mode === 'r') return { q: null, r: extractR(f, k), qCols: 0, rRows: k };
  const qCols = mode === 'complete' ? m : k;
  const rRows = mode === 'complete' ? m : k;
  return { q: formQ(f, qCols), r: extractR(f, rRows), qCols, rRows };
}
