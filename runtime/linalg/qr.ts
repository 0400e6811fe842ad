/**
 * Householder QR on row-major matrices, with LAPACK's conventions (dgeqrf's reflectors as
 * dlarfg builds them, Q formed as dorgqr does), so Q and R carry the same signs as NumPy's:
 * R's diagonal is -sign(a_kk) * ||column||, and the last diagonal entry of a square matrix
 * keeps its own sign (no reflection there).
 */
import { gemm } from './gemm';
import { wasmFormQ, wasmHouseholderQR } from '../wasm/qr';

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

/** Panel width of the blocked QR, and the order min(m, n) from which it is used. */
const NB = 32;
const BLOCKED_MIN = 96;

/**
 * Householder QR of the m x n row-major matrix `a` (not modified), as LAPACK's dgeqrf:
 * H_k = I - tau_k v_k v_k^T with v_k[k] = 1, applied left to right. From min(m, n) =
 * BLOCKED_MIN on, blocked as dgeqrf: each NB-column panel is factored with the reflectors
 * applied to the panel only, then to the rest of the matrix at once as a block reflector,
 * by two GEMMs (the wasm kernel's, when it pays).
 *
 * @example
 * const f = householderQR(new Float64Array([3, 4]), 2, 1);
 * f.qr[0]   // -5 (R's only entry), f.tau[0] = 1.6
 */
export function householderQR(a: ArrayLike<number>, m: number, n: number): QRFactors {
  const k = Math.min(m, n);
  // the same blocked algorithm on the wasm kernels where they run; this is the fallback
  const viaWasm = k >= BLOCKED_MIN ? wasmHouseholderQR(a, m, n) : null;
  if (viaWasm) return viaWasm;
  const A = Float64Array.from(a as ArrayLike<number>);
  const tau = new Float64Array(k);
  const w = new Float64Array(n);
  const nb = k >= BLOCKED_MIN ? NB : k;
  for (let j0 = 0; j0 < k; j0 += nb) {
    const j1 = Math.min(k, j0 + nb);
    const c1 = nb === k ? n : j1; // columns each reflector updates at once
    for (let j = j0; j < j1; j++) {
      const t = (tau[j] = reflector(A, m, n, j));
      // apply H_j to A[j:, j+1:c1] from the left: A -= tau v (v^T A)
      if (t !== 0 && j + 1 < c1) applyReflectorLeft(A, n, j, m, j + 1, c1, t, w);
    }
    if (c1 < n) applyBlockLeft(A, n, m, j1, n, A, n, j0, j1, tau, true);
  }
  return { qr: A, tau, m, n };
}

/**
 * dlarfg on column j of A (rows j..m-1): turns it into beta e_j, stores the reflector's
 * vector below the diagonal and returns its tau (0 when the column below is already 0).
 */
function reflector(A: Float64Array, m: number, n: number, j: number): number {
  return larfg(A, j * n + j, (j + 1) * n + j, n, m - j - 1);
}

/**
 * LAPACK's dlarfg on alpha = X[alphaAt] and the len values x at X[xOff + i * stride]:
 * leaves beta in X[alphaAt] and v's tail (v[0] = 1 implied) in x, and returns tau (0 when
 * x is already 0), so that (I - tau v v^T) [alpha; x] = [beta; 0].
 */
export function larfg(X: Float64Array, alphaAt: number, xOff: number, stride: number, len: number): number {
  let alpha = X[alphaAt];
  let xnorm = len > 0 ? nrm2(X, xOff, stride, len) : 0;
  if (xnorm === 0) return 0;
  let beta = -sign1(alpha) * lapy2(alpha, xnorm);
  let knt = 0;
  const end = xOff + len * stride;
  if (Math.abs(beta) < SAFMIN) {
    // beta may be inaccurate (tiny or subnormal data): rescale, as LAPACK does
    do {
      knt++;
      for (let i = xOff; i < end; i += stride) X[i] *= RSAFMIN;
      beta *= RSAFMIN;
      alpha *= RSAFMIN;
    } while (Math.abs(beta) < SAFMIN && knt < 20);
    xnorm = nrm2(X, xOff, stride, len);
    beta = -sign1(alpha) * lapy2(alpha, xnorm);
  }
  const t = (beta - alpha) / beta;
  const scal = 1 / (alpha - beta);
  for (let i = xOff; i < end; i += stride) X[i] *= scal;
  for (let i = 0; i < knt; i++) beta *= SAFMIN;
  X[alphaAt] = beta;
  return t;
}

/**
 * C[j0:m, c0:c1] = H^T C (`trans`) or H C, H = H_j0 ... H_{j1-1} = I - V T V^T the block
 * reflector of the reflectors in columns j0..j1-1 of `F` (row stride ldf; dlarft's T,
 * dlarfb's two GEMMs).
 */
function applyBlockLeft(
  C: Float64Array, ldc: number, m: number, c0: number, c1: number,
  F: Float64Array, ldf: number, j0: number, j1: number, tau: Float64Array, trans: boolean,
): void {
  const mr = m - j0, jb = j1 - j0, nc = c1 - c0;
  if (nc <= 0 || mr <= 0) return;
  // V explicit: unit lower trapezoidal, mr x jb
  const V = new Float64Array(mr * jb);
  for (let i = 0; i < mr; i++) {
    for (let c = 0; c < Math.min(i, jb); c++) V[i * jb + c] = F[(j0 + i) * ldf + j0 + c];
    if (i < jb) V[i * jb + i] = 1;
  }
  // T (jb x jb, upper), forward and columnwise: T[:i, i] = -tau_i T[:i, :i] V[:, :i]^T v_i
  const T = new Float64Array(jb * jb);
  const z = new Float64Array(jb);
  for (let i = 0; i < jb; i++) {
    const ti = tau[j0 + i];
    if (ti === 0) continue;
    z.fill(0, 0, i);
    for (let r = i; r < mr; r++) {
      const vr = V[r * jb + i];
      for (let q = 0; q < i; q++) z[q] += V[r * jb + q] * vr;
    }
    for (let q = 0; q < i; q++) {
      let s = 0;
      for (let p = q; p < i; p++) s += T[q * jb + p] * z[p];
      T[q * jb + i] = -ti * s;
    }
    T[i * jb + i] = ti;
  }
  // W = V^T C, then T^T W or T W, then C -= V W
  const W = new Float64Array(jb * nc);
  const cOff = j0 * ldc + c0;
  gemm(jb, nc, mr, V, 0, 1, jb, C, cOff, ldc, 1, W, 0, nc);
  const row = new Float64Array(nc);
  if (trans) {
    for (let r = jb - 1; r >= 0; r--) triangularRow(W, T, jb, nc, r, 0, r + 1, true, row);
  } else {
    for (let r = 0; r < jb; r++) triangularRow(W, T, jb, nc, r, r, jb, false, row);
  }
  const P = new Float64Array(mr * nc);
  gemm(mr, nc, jb, V, 0, jb, 1, W, 0, nc, 1, P, 0, nc);
  for (let i = 0; i < mr; i++) {
    const ci = cOff + i * ldc, pi = i * nc;
    for (let j = 0; j < nc; j++) C[ci + j] -= P[pi + j];
  }
}

/** W[r, :] = sum over q in [q0, q1) of T[q, r] W[q, :] (`lower`: T^T's row) or T[r, q] W[q, :]. */
function triangularRow(
  W: Float64Array, T: Float64Array, jb: number, nc: number, r: number, q0: number, q1: number, lower: boolean, row: Float64Array,
): void {
  row.fill(0);
  for (let q = q0; q < q1; q++) {
    const t = lower ? T[q * jb + r] : T[r * jb + q];
    if (t === 0) continue;
    const wq = q * nc;
    for (let j = 0; j < nc; j++) row[j] += t * W[wq + j];
  }
  W.set(row, r * nc);
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
  if (k >= BLOCKED_MIN) {
    const viaWasm = wasmFormQ(f, qcols);
    if (viaWasm) return viaWasm;
    // dorgqr's blocked order: I's first qcols columns, block reflectors applied last to
    // first; block b touches only rows and columns from its first column j0 on (the
    // columns before j0 are still zero in those rows)
    const Q = new Float64Array(m * qcols);
    for (let i = 0; i < Math.min(m, qcols); i++) Q[i * qcols + i] = 1;
    for (let j0 = Math.floor((k - 1) / NB) * NB; j0 >= 0; j0 -= NB) {
      applyBlockLeft(Q, qcols, m, j0, qcols, qr, n, j0, Math.min(k, j0 + NB), tau, false);
    }
    return Q;
  }
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
