/**
 * Householder reduction to upper Hessenberg form as LAPACK's dgehd2 does it, and the
 * orthogonal factor Q (dorghr), for dgeev. n x n row-major, 0-based ilo..ihi inclusive.
 */
import { lapy2, nrm2 } from './lapy';

/**
 * dlarfg: the reflector H = I - tau v v^T with v = [1, x/(alpha - beta)] that maps
 * [alpha, x] to [beta, 0]; x (len entries at x[off + k*stride]) is overwritten by v's tail.
 * Returns [beta, tau].
 */
export function larfg(alpha: number, x: Float64Array, off: number, stride: number, len: number, out: Float64Array): void {
  const xnorm = nrm2(x, off, stride, len);
  if (xnorm === 0) { out[0] = alpha; out[1] = 0; return; }
  const beta = -Math.sign(alpha || 1) * lapy2(alpha, xnorm);
  const tau = (beta - alpha) / beta;
  const s = 1 / (alpha - beta);
  for (let k = 0; k < len; k++) x[off + k * stride] *= s;
  out[0] = beta; out[1] = tau;
}

/** Reduces a to Hessenberg form in place; the reflectors' tails stay below the subdiagonal. */
export function gehd2(a: Float64Array, n: number, ilo: number, ihi: number, tau: Float64Array): void {
  const bt = new Float64Array(2), w = new Float64Array(n);
  for (let i = ilo; i < ihi; i++) {
    // annihilate a[i+2..ihi, i]
    const len = ihi - i - 1;
    larfg(a[(i + 1) * n + i], a, (i + 2) * n + i, n, len, bt);
    const t = bt[1];
    tau[i] = t;
    a[(i + 1) * n + i] = 1;
    if (t !== 0) {
      // right: A[0..ihi, i+1..ihi] -= (A v) tau v^T
      for (let r = 0; r <= ihi; r++) {
        let s = 0;
        for (let c = i + 1; c <= ihi; c++) s += a[r * n + c] * a[c * n + i];
        w[r] = s * t;
      }
      for (let r = 0; r <= ihi; r++) {
        const wr = w[r];
        if (wr === 0) continue;
        for (let c = i + 1; c <= ihi; c++) a[r * n + c] -= wr * a[c * n + i];
      }
      // left: A[i+1..ihi, i+1..n) -= tau v (v^T A)
      w.fill(0);
      for (let r = i + 1; r <= ihi; r++) {
        const vr = a[r * n + i];
        for (let c = i + 1; c < n; c++) w[c] += vr * a[r * n + c];
      }
      for (let r = i + 1; r <= ihi; r++) {
        const vr = a[r * n + i] * t;
        if (vr === 0) continue;
        for (let c = i + 1; c < n; c++) a[r * n + c] -= vr * w[c];
      }
    }
    a[(i + 1) * n + i] = bt[0];
  }
}

/** dorghr: Q = H(ilo) ... H(ihi-1) from gehd2's reflectors (read from below a's subdiagonal). */
export function orghr(a: Float64Array, n: number, ilo: number, ihi: number, tau: Float64Array): Float64Array {
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  const w = new Float64Array(n);
  // apply the reflectors last to first to the identity, as dorg2r does
  for (let i = ihi - 1; i >= ilo; i--) {
    const t = tau[i];
    if (t === 0) continue;
    // v: 1 at row i+1, a[r*n+i] for r in i+2..ihi; acts on rows/cols i+1..ihi of q
    w.fill(0, i + 1, ihi + 1);
    for (let r = i + 1; r <= ihi; r++) {
      const vr = r === i + 1 ? 1 : a[r * n + i];
      for (let c = i + 1; c <= ihi; c++) w[c] += vr * q[r * n + c];
    }
    for (let r = i + 1; r <= ihi; r++) {
      const vr = (r === i + 1 ? 1 : a[r * n + i]) * t;
      for (let c = i + 1; c <= ihi; c++) q[r * n + c] -= vr * w[c];
    }
  }
  return q;
}
