/**
 * The real nonsymmetric eigenproblem as LAPACK's dgeev (jobvl 'N') solves it for NumPy:
 * balance (dgebal), Hessenberg reduction (dgehd2 + dorghr), real Schur form by double-shift
 * QR (dlahqr), eigenvectors by back-substitution (dtrevc3) back-transformed (dgebak), then
 * each vector scaled to unit 2-norm with its largest component real (dgeev's last step).
 * Eigenvalues come in LAPACK's order, complex pairs with the positive imaginary part first.
 */
import { gebak, gebal } from './balance';
import { gehd2, orghr } from './hessenberg';
import { lahqr } from './hqr';
import { trevc } from './trevc';
import { lapy2, nrm2 } from './lapy';

export interface GeevResult {
  wr: Float64Array;
  wi: Float64Array;
  /**
   * n x n row-major as LAPACK's VR: a real eigenvalue's vector in its column j; a complex
   * pair (j, j+1) holds the real part in column j and the imaginary part in column j+1.
   */
  vr: Float64Array | null;
  /** 0, or > 0 when the QR iteration failed to converge */
  info: number;
}

/**
 * Eigenvalues and (optionally) right eigenvectors of the n x n row-major matrix a (copied).
 *
 * @example
 * geev(new Float64Array([0, -1, 1, 0]), 2, false)  // wr [0, 0], wi [1, -1]
 */
export function geev(a: ArrayLike<number>, n: number, computeV: boolean): GeevResult {
  const h = Float64Array.from(a as ArrayLike<number>);
  const wr = new Float64Array(n), wi = new Float64Array(n);
  if (n === 0) return { wr, wi, vr: computeV ? new Float64Array(0) : null, info: 0 };
  const bal = gebal(h, n);
  const { ilo, ihi } = bal;
  const tau = new Float64Array(n);
  gehd2(h, n, ilo, ihi, tau);
  const q = computeV ? orghr(h, n, ilo, ihi, tau) : null;
  for (let r = 2; r < n; r++) for (let c = 0; c < r - 1; c++) h[r * n + c] = 0;
  for (let i = 0; i < ilo; i++) wr[i] = h[i * n + i];
  for (let i = ihi + 1; i < n; i++) wr[i] = h[i * n + i];
  if (q) transposeInPlace(q, n);
  const info = lahqr(h, n, ilo, ihi, wr, wi, q);
  if (info > 0 || !q) return { wr, wi, vr: null, info };
  transposeInPlace(q, n);
  trevc(h, q, n);
  gebak(bal, q, n, n);
  normalize(q, n, wi);
  return { wr, wi, vr: q, info };
}

/** dgeev's normalisation: unit 2-norm; a complex vector rotated so its largest entry is real. */
function normalize(v: Float64Array, n: number, wi: Float64Array): void {
  for (let i = 0; i < n; i++) {
    if (wi[i] === 0) {
      const scl = 1 / nrm2(v, i, n, n);
      for (let r = 0; r < n; r++) v[r * n + i] *= scl;
    } else if (wi[i] > 0) {
      const scl = 1 / lapy2(nrm2(v, i, n, n), nrm2(v, i + 1, n, n));
      let k = 0, best = -1;
      for (let r = 0; r < n; r++) {
        v[r * n + i] *= scl; v[r * n + i + 1] *= scl;
        const m = v[r * n + i] ** 2 + v[r * n + i + 1] ** 2;
        if (m > best) { best = m; k = r; }
      }
      // dlartg(f, g) (LAPACK >= 3.10): r = sign(f) * hypot(f, g), cs = |f| / hypot >= 0,
      // sn = g / r, so the largest entry ends real with the sign of its real part
      const f = v[k * n + i], g = v[k * n + i + 1];
      let cs: number, sn: number;
      if (g === 0) { cs = 1; sn = 0; } else if (f === 0) { cs = 0; sn = Math.sign(g); } else {
        const d = Math.sqrt(f * f + g * g);
        cs = Math.abs(f) / d;
        sn = g / (f < 0 ? -d : d);
      }
      for (let r = 0; r < n; r++) {
        const x = v[r * n + i], y = v[r * n + i + 1];
        v[r * n + i] = cs * x + sn * y;
        v[r * n + i + 1] = cs * y - sn * x;
      }
      v[k * n + i + 1] = 0;
    }
  }
}

function transposeInPlace(a: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) { const t = a[i * n + j]; a[i * n + j] = a[j * n + i]; a[j * n + i] = t; }
  }
}
