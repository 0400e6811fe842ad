/**
 * Eigenvalues of a complex square matrix (np.linalg.eigvals for complex input): Householder
 * reduction to Hessenberg form, then single-shift complex QR with Wilkinson shifts (and
 * zlahqr's exceptional shifts at iterations 10 and 20), deflating at the bottom of the
 * active block. The eigenvalues sit where they deflate on the diagonal, which is usually
 * LAPACK's order; without balancing or zlahqr's exact sweep the order may differ for some
 * matrices (the values agree).
 */
import { LinAlgError } from '../errors';

const EPS = 2.220446049250313e-16;

/**
 * The n eigenvalues of the n x n complex matrix (parts `ar`, `ai`, row-major).
 *
 * @example
 * complexEigvals([0, 0, 0, 0], [1, 0, 0, -1], 2)   // {re: [0, 0], im: [1, -1]}
 */
export function complexEigvals(ar: ArrayLike<number>, ai: ArrayLike<number>, n: number): { re: Float64Array; im: Float64Array } {
  const r = complexSchur(ar, ai, n, false);
  return { re: r.wr, im: r.wi };
}

/** The Schur form T = Z^H A Z (T in hr/hi; Z only when `wantZ`) and the eigenvalues. */
interface Schur { hr: Float64Array; hi: Float64Array; zr: Float64Array | null; zi: Float64Array | null; wr: Float64Array; wi: Float64Array }

function complexSchur(ar: ArrayLike<number>, ai: ArrayLike<number>, n: number, wantZ: boolean): Schur {
  const hr = Float64Array.from(ar);
  const hi = Float64Array.from(ai);
  let zr: Float64Array | null = null;
  let zi: Float64Array | null = null;
  if (wantZ) {
    zr = new Float64Array(n * n);
    zi = new Float64Array(n * n);
    for (let i = 0; i < n; i++) zr[i * n + i] = 1;
  }
  hessenberg(hr, hi, n, zr, zi);
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  const cs = new Float64Array(n);
  const sr = new Float64Array(n);
  const si = new Float64Array(n);
  let top = n - 1;
  let iter = 0;
  while (top >= 0) {
    // deflation: the lowest negligible subdiagonal of the active block
    let l = top;
    while (l > 0) {
      const o = l * n + l - 1;
      const s = Math.abs(hr[o - n]) + Math.abs(hi[o - n]) + Math.abs(hr[o + 1]) + Math.abs(hi[o + 1]);
      if (Math.abs(hr[o]) + Math.abs(hi[o]) <= EPS * s) { hr[o] = 0; hi[o] = 0; break; }
      l--;
    }
    if (l === top) {
      wr[top] = hr[top * n + top];
      wi[top] = hi[top * n + top];
      top--;
      iter = 0;
      continue;
    }
    if (++iter > 30 * Math.max(10, n)) throw new LinAlgError('Eigenvalues did not converge');
    // shift
    let mr: number, mi: number;
    const d = top * n + top;
    if (iter % 10 === 0) {
      // zlahqr's exceptional shift: 3/4 |Re h(i,i-1)| + h(i,i)
      mr = 0.75 * Math.abs(hr[d - 1]) + hr[d];
      mi = hi[d];
    } else {
      [mr, mi] = wilkinson(hr[d - n - 1], hi[d - n - 1], hr[d - n], hi[d - n], hr[d - 1], hi[d - 1], hr[d], hi[d]);
    }
    for (let k = l; k <= top; k++) { hr[k * n + k] -= mr; hi[k * n + k] -= mi; }
    // H - mu I = QR by Givens rotations on rows k, k+1 ...
    for (let k = l; k < top; k++) {
      const a = k * n + k, b = a + n;
      const axr = hr[a], axi = hi[a], bxr = hr[b], bxi = hi[b];
      const na = Math.hypot(axr, axi);
      const r = Math.hypot(na, Math.hypot(bxr, bxi));
      let c: number, s1: number, s2: number;
      if (r === 0) { c = 1; s1 = 0; s2 = 0; } else if (na === 0) { c = 0; s1 = 1; s2 = 0; } else {
        c = na / r;
        // s = (a / |a|) conj(b) / r
        const ur = axr / na, ui = axi / na;
        s1 = (ur * bxr + ui * bxi) / r;
        s2 = (ui * bxr - ur * bxi) / r;
      }
      cs[k] = c; sr[k] = s1; si[k] = s2;
      // with Z the whole Schur form is kept: the rotations reach every column / row
      const colEnd = wantZ ? n - 1 : top;
      for (let j = k; j <= colEnd; j++) {
        const x = k * n + j, y = x + n;
        const xr = hr[x], xi = hi[x], yr = hr[y], yi = hi[y];
        hr[x] = c * xr + s1 * yr - s2 * yi;
        hi[x] = c * xi + s1 * yi + s2 * yr;
        // -conj(s) x + c y
        hr[y] = -(s1 * xr + s2 * xi) + c * yr;
        hi[y] = -(s1 * xi - s2 * xr) + c * yi;
      }
    }
    // ... then RQ: columns k, k+1 times G^H
    for (let k = l; k < top; k++) {
      const c = cs[k], s1 = sr[k], s2 = si[k];
      const last = Math.min(k + 1, top);
      for (let i = wantZ ? 0 : l; i <= last; i++) {
        const x = i * n + k, y = x + 1;
        const xr = hr[x], xi = hi[x], yr = hr[y], yi = hi[y];
        // x c + y conj(s)
        hr[x] = xr * c + yr * s1 + yi * s2;
        hi[x] = xi * c + yi * s1 - yr * s2;
        // -x s + y c
        hr[y] = -(xr * s1 - xi * s2) + yr * c;
        hi[y] = -(xr * s2 + xi * s1) + yi * c;
      }
      if (zr && zi) {
        for (let i = 0; i < n; i++) {
          const x = i * n + k, y = x + 1;
          const xr = zr[x], xi = zi[x], yr = zr[y], yi = zi[y];
          zr[x] = xr * c + yr * s1 + yi * s2;
          zi[x] = xi * c + yi * s1 - yr * s2;
          zr[y] = -(xr * s1 - xi * s2) + yr * c;
          zi[y] = -(xr * s2 + xi * s1) + yi * c;
        }
      }
    }
    for (let k = l; k <= top; k++) { hr[k * n + k] += mr; hi[k * n + k] += mi; }
  }
  return { hr, hi, zr, zi, wr, wi };
}

/** The eigenvalue of [[a, b], [c, d]] nearer to d (the Wilkinson shift). */
function wilkinson(ar: number, ai: number, br: number, bi: number, cr: number, ci: number, dr: number, di: number): [number, number] {
  // mu = (a + d)/2 +- sqrt(((a - d)/2)^2 + bc)
  const hr = (ar - dr) / 2, hi = (ai - di) / 2;
  const qr = hr * hr - hi * hi + (br * cr - bi * ci);
  const qi = 2 * hr * hi + (br * ci + bi * cr);
  const m = Math.hypot(qr, qi);
  let sr = Math.sqrt((m + Math.abs(qr)) / 2);
  let si = sr === 0 ? 0 : qi / (2 * sr);
  if (qr < 0) { const t = Math.abs(si); si = qi < 0 ? -sr : sr; sr = t; }
  const pr = (ar + dr) / 2, pi = (ai + di) / 2;
  const e1r = pr + sr, e1i = pi + si, e2r = pr - sr, e2i = pi - si;
  return Math.hypot(e1r - dr, e1i - di) <= Math.hypot(e2r - dr, e2i - di) ? [e1r, e1i] : [e2r, e2i];
}

/** In-place Householder reduction of the complex n x n matrix to upper Hessenberg form. */
function hessenberg(hr: Float64Array, hi: Float64Array, n: number, zr: Float64Array | null, zi: Float64Array | null): void {
  const vr = new Float64Array(n);
  const vi = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    let norm2 = 0;
    for (let i = k + 1; i < n; i++) norm2 += hr[i * n + k] ** 2 + hi[i * n + k] ** 2;
    const nx = Math.sqrt(norm2);
    if (nx === 0) continue;
    const x0r = hr[(k + 1) * n + k], x0i = hi[(k + 1) * n + k];
    const a0 = Math.hypot(x0r, x0i);
    // alpha = -e^{i arg x0} |x|; v = x - alpha e1
    const phr = a0 === 0 ? 1 : x0r / a0, phi = a0 === 0 ? 0 : x0i / a0;
    for (let i = k + 1; i < n; i++) { vr[i] = hr[i * n + k]; vi[i] = hi[i * n + k]; }
    vr[k + 1] += phr * nx;
    vi[k + 1] += phi * nx;
    let vn = 0;
    for (let i = k + 1; i < n; i++) vn += vr[i] * vr[i] + vi[i] * vi[i];
    if (vn === 0) continue;
    const beta = 2 / vn;
    // left: H = H - beta v (v^H H), rows k+1.., columns k..
    for (let j = k; j < n; j++) {
      let tr = 0, ti = 0;
      for (let i = k + 1; i < n; i++) {
        const o = i * n + j;
        tr += vr[i] * hr[o] + vi[i] * hi[o];
        ti += vr[i] * hi[o] - vi[i] * hr[o];
      }
      tr *= beta; ti *= beta;
      for (let i = k + 1; i < n; i++) {
        const o = i * n + j;
        hr[o] -= vr[i] * tr - vi[i] * ti;
        hi[o] -= vr[i] * ti + vi[i] * tr;
      }
    }
    // right: H = H - beta (H v) v^H, all rows, columns k+1..
    for (let i = 0; i < n; i++) {
      let tr = 0, ti = 0;
      for (let j = k + 1; j < n; j++) {
        const o = i * n + j;
        tr += hr[o] * vr[j] - hi[o] * vi[j];
        ti += hr[o] * vi[j] + hi[o] * vr[j];
      }
      tr *= beta; ti *= beta;
      for (let j = k + 1; j < n; j++) {
        const o = i * n + j;
        // (Hv) conj(v_j)
        hr[o] -= tr * vr[j] + ti * vi[j];
        hi[o] -= ti * vr[j] - tr * vi[j];
      }
    }
    if (zr && zi) {
      // Z = Z P, as the right update
      for (let i = 0; i < n; i++) {
        let tr = 0, ti = 0;
        for (let j = k + 1; j < n; j++) {
          const o = i * n + j;
          tr += zr[o] * vr[j] - zi[o] * vi[j];
          ti += zr[o] * vi[j] + zi[o] * vr[j];
        }
        tr *= beta; ti *= beta;
        for (let j = k + 1; j < n; j++) {
          const o = i * n + j;
          zr[o] -= tr * vr[j] + ti * vi[j];
          zi[o] -= ti * vr[j] - tr * vi[j];
        }
      }
    }
    for (let i = k + 2; i < n; i++) { hr[i * n + k] = 0; hi[i * n + k] = 0; }
  }
}

/**
 * Eigenvalues and right eigenvectors of the n x n complex matrix (np.linalg.eig for complex
 * input): the Schur form's triangular eigenvectors (back substitution, tiny divisors
 * replaced by eps·|T| as ztrevc does) mapped by Z, each normalised as zgeev: unit 2-norm,
 * its largest component real. Vector j is column j of v (row-major n x n parts).
 *
 * @example
 * complexEig([0, 0, 0, 0], [1, 0, 0, -1], 2).vr   // the identity's columns
 */
export function complexEig(ar: ArrayLike<number>, ai: ArrayLike<number>, n: number): { wr: Float64Array; wi: Float64Array; vr: Float64Array; vi: Float64Array } {
  const { hr: tr, hi: ti, zr, zi, wr, wi } = complexSchur(ar, ai, n, true);
  let tnorm = 0;
  for (let i = 0; i < n * n; i++) tnorm = Math.max(tnorm, Math.abs(tr[i]) + Math.abs(ti[i]));
  const smin = Math.max(EPS * tnorm, 2.2250738585072014e-308);
  const vr = new Float64Array(n * n);
  const vi = new Float64Array(n * n);
  const xr = new Float64Array(n);
  const xi = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const lr = tr[k * n + k], li = ti[k * n + k];
    xr.fill(0); xi.fill(0);
    xr[k] = 1;
    for (let j = k - 1; j >= 0; j--) {
      let sr = 0, si = 0;
      for (let m = j + 1; m <= k; m++) {
        const o = j * n + m;
        sr += tr[o] * xr[m] - ti[o] * xi[m];
        si += tr[o] * xi[m] + ti[o] * xr[m];
      }
      let dr = tr[j * n + j] - lr, di = ti[j * n + j] - li;
      if (Math.abs(dr) + Math.abs(di) < smin) { dr = smin; di = 0; }
      // x_j = -s / d
      const dd = dr * dr + di * di;
      xr[j] = -(sr * dr + si * di) / dd;
      xi[j] = -(si * dr - sr * di) / dd;
    }
    // v = Z x, normalised: unit norm, largest component real
    let nrm = 0;
    for (let i = 0; i < n; i++) {
      let sr = 0, si = 0;
      for (let m = 0; m <= k; m++) {
        const o = i * n + m;
        sr += zr![o] * xr[m] - zi![o] * xi[m];
        si += zr![o] * xi[m] + zi![o] * xr[m];
      }
      vr[i * n + k] = sr;
      vi[i * n + k] = si;
      nrm += sr * sr + si * si;
    }
    nrm = Math.sqrt(nrm);
    let big = 0, at = 0;
    for (let i = 0; i < n; i++) {
      const o = i * n + k;
      vr[o] /= nrm; vi[o] /= nrm;
      const m2 = vr[o] * vr[o] + vi[o] * vi[o];
      if (m2 > big) { big = m2; at = i; }
    }
    const m = Math.sqrt(big);
    const pr = vr[at * n + k] / m, pi = -vi[at * n + k] / m;
    for (let i = 0; i < n; i++) {
      const o = i * n + k;
      const a = vr[o], b = vi[o];
      vr[o] = a * pr - b * pi;
      vi[o] = a * pi + b * pr;
    }
    vi[at * n + k] = 0;
  }
  return { wr, wi, vr, vi };
}
