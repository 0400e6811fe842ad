/**
 * LAPACK's dlahqr with wantt and wantz: the double-shift Francis QR iteration that turns an
 * upper Hessenberg H into real Schur form T = Z^T H Z (1x1 and standardised 2x2 blocks),
 * accumulating the transformations into z, which holds Z TRANSPOSED (row k is Z's column k,
 * so the updates run along contiguous rows). NumPy's LAPACK uses it for n < 75; for larger
 * n LAPACK switches to dlaqr0, so eigenvalue order there may differ from NumPy's.
 * n x n row-major, 0-based ilo..ihi inclusive. Returns 0 or (failing index + 1).
 */
import { larfg } from './hessenberg';
import { lanv2 } from './lanv2';

const SAFMIN = 2.2250738585072014e-308;
const ULP = 2 ** -52;
const DAT1 = 0.75, DAT2 = -0.4375, KEXSH = 10;

export function lahqr(h: Float64Array, n: number, ilo: number, ihi: number, wr: Float64Array, wi: Float64Array, z: Float64Array | null): number {
  if (n === 0) return 0;
  if (ilo === ihi) { wr[ilo] = h[ilo * n + ilo]; wi[ilo] = 0; return 0; }
  for (let j = ilo; j <= ihi - 3; j++) { h[(j + 2) * n + j] = 0; h[(j + 3) * n + j] = 0; }
  if (ilo <= ihi - 2) h[ihi * n + ihi - 2] = 0;
  const nh = ihi - ilo + 1;
  const smlnum = SAFMIN * (nh / ULP);
  const i1 = 0, i2 = n - 1;
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  const v = new Float64Array(3), bt = new Float64Array(2), lv = new Float64Array(10);
  const H = (r: number, c: number) => h[r * n + c];
  let i = ihi;
  while (i >= ilo) {
    let l = ilo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // look for a single small subdiagonal element
      let k: number;
      for (k = i; k > l; k--) {
        if (Math.abs(H(k, k - 1)) <= smlnum) break;
        let tst = Math.abs(H(k - 1, k - 1)) + Math.abs(H(k, k));
        if (tst === 0) {
          if (k - 2 >= ilo) tst += Math.abs(H(k - 1, k - 2));
          if (k + 1 <= ihi) tst += Math.abs(H(k + 1, k));
        }
        if (Math.abs(H(k, k - 1)) <= ULP * tst) {
          const ab = Math.max(Math.abs(H(k, k - 1)), Math.abs(H(k - 1, k)));
          const ba = Math.min(Math.abs(H(k, k - 1)), Math.abs(H(k - 1, k)));
          const aa = Math.max(Math.abs(H(k, k)), Math.abs(H(k - 1, k - 1) - H(k, k)));
          const bb = Math.min(Math.abs(H(k, k)), Math.abs(H(k - 1, k - 1) - H(k, k)));
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) h[l * n + l - 1] = 0;
      if (l >= i - 1) { converged = true; break; }
      kdefl++;
      let h11: number, h12: number, h21: number, h22: number;
      if (kdefl % (2 * KEXSH) === 0) {
        const s = Math.abs(H(i, i - 1)) + Math.abs(H(i - 1, i - 2));
        h11 = DAT1 * s + H(i, i); h12 = DAT2 * s; h21 = s; h22 = h11;
      } else if (kdefl % KEXSH === 0) {
        const s = Math.abs(H(l + 1, l)) + Math.abs(H(l + 2, l + 1));
        h11 = DAT1 * s + H(l, l); h12 = DAT2 * s; h21 = s; h22 = h11;
      } else {
        h11 = H(i - 1, i - 1); h21 = H(i, i - 1); h12 = H(i - 1, i); h22 = H(i, i);
      }
      let rt1r = 0, rt1i = 0, rt2r = 0, rt2i = 0;
      let s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      if (s !== 0) {
        h11 /= s; h21 /= s; h12 /= s; h22 /= s;
        const tr = (h11 + h22) / 2;
        const det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          rt1r = tr * s; rt2r = rt1r; rt1i = rtdisc * s; rt2i = -rt1i;
        } else {
          rt1r = tr + rtdisc; rt2r = tr - rtdisc;
          if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) { rt1r *= s; rt2r = rt1r; } else { rt2r *= s; rt1r = rt2r; }
          rt1i = rt2i = 0;
        }
      }
      // look for two consecutive small subdiagonal elements
      let m: number;
      for (m = i - 2; m >= l; m--) {
        let h21s = H(m + 1, m);
        s = Math.abs(H(m, m) - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
        h21s = H(m + 1, m) / s;
        v[0] = h21s * H(m, m + 1) + (H(m, m) - rt1r) * ((H(m, m) - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (H(m, m) + H(m + 1, m + 1) - rt1r - rt2r);
        v[2] = h21s * H(m + 2, m + 1);
        s = Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]);
        v[0] /= s; v[1] /= s; v[2] /= s;
        if (m === l) break;
        if (Math.abs(H(m, m - 1)) * (Math.abs(v[1]) + Math.abs(v[2])) <=
          ULP * Math.abs(v[0]) * (Math.abs(H(m - 1, m - 1)) + Math.abs(H(m, m)) + Math.abs(H(m + 1, m + 1)))) break;
      }
      // double-shift QR step
      for (let k2 = m; k2 <= i - 1; k2++) {
        const nr = Math.min(3, i - k2 + 1);
        if (k2 > m) for (let t = 0; t < nr; t++) v[t] = H(k2 + t, k2 - 1);
        larfg(v[0], v, 1, 1, nr - 1, bt);
        v[0] = bt[0];
        const t1 = bt[1];
        if (k2 > m) {
          h[k2 * n + k2 - 1] = v[0];
          h[(k2 + 1) * n + k2 - 1] = 0;
          if (k2 < i - 1) h[(k2 + 2) * n + k2 - 1] = 0;
        } else if (m > l) {
          h[k2 * n + k2 - 1] *= 1 - t1;
        }
        const v2 = v[1], t2 = t1 * v2;
        if (nr === 3) {
          const v3 = v[2], t3 = t1 * v3;
          const r0 = k2 * n, r1 = r0 + n, r2 = r1 + n;
          for (let j = k2; j <= i2; j++) {
            const sum = h[r0 + j] + v2 * h[r1 + j] + v3 * h[r2 + j];
            h[r0 + j] -= sum * t1; h[r1 + j] -= sum * t2; h[r2 + j] -= sum * t3;
          }
          const jmax = Math.min(k2 + 3, i);
          for (let j = i1, o = i1 * n + k2; j <= jmax; j++, o += n) {
            const sum = h[o] + v2 * h[o + 1] + v3 * h[o + 2];
            h[o] -= sum * t1; h[o + 1] -= sum * t2; h[o + 2] -= sum * t3;
          }
          if (z) {
            const c0 = k2 * n, c1 = c0 + n, c2 = c1 + n;
            for (let j = ilo; j <= ihi; j++) {
              const sum = z[c0 + j] + v2 * z[c1 + j] + v3 * z[c2 + j];
              z[c0 + j] -= sum * t1; z[c1 + j] -= sum * t2; z[c2 + j] -= sum * t3;
            }
          }
        } else if (nr === 2) {
          const r0 = k2 * n, r1 = r0 + n;
          for (let j = k2; j <= i2; j++) {
            const sum = h[r0 + j] + v2 * h[r1 + j];
            h[r0 + j] -= sum * t1; h[r1 + j] -= sum * t2;
          }
          for (let j = i1; j <= i; j++) {
            const o = j * n + k2;
            const sum = h[o] + v2 * h[o + 1];
            h[o] -= sum * t1; h[o + 1] -= sum * t2;
          }
          if (z) {
            const c0 = k2 * n, c1 = c0 + n;
            for (let j = ilo; j <= ihi; j++) {
              const sum = z[c0 + j] + v2 * z[c1 + j];
              z[c0 + j] -= sum * t1; z[c1 + j] -= sum * t2;
            }
          }
        }
      }
    }
    if (!converged) return i + 1;
    if (l === i) {
      wr[i] = H(i, i); wi[i] = 0;
    } else if (l === i - 1) {
      lanv2(H(i - 1, i - 1), H(i - 1, i), H(i, i - 1), H(i, i), lv);
      h[(i - 1) * n + i - 1] = lv[0]; h[(i - 1) * n + i] = lv[1];
      h[i * n + i - 1] = lv[2]; h[i * n + i] = lv[3];
      wr[i - 1] = lv[4]; wi[i - 1] = lv[5]; wr[i] = lv[6]; wi[i] = lv[7];
      const cs = lv[8], sn = lv[9];
      // apply the rotation to the rest of H and to Z
      for (let j = i + 1; j <= i2; j++) {
        const x = h[(i - 1) * n + j], y = h[i * n + j];
        h[(i - 1) * n + j] = cs * x + sn * y; h[i * n + j] = cs * y - sn * x;
      }
      for (let j = i1; j <= i - 2; j++) {
        const x = h[j * n + i - 1], y = h[j * n + i];
        h[j * n + i - 1] = cs * x + sn * y; h[j * n + i] = cs * y - sn * x;
      }
      if (z) for (let j = ilo; j <= ihi; j++) {
        const x = z[(i - 1) * n + j], y = z[i * n + j];
        z[(i - 1) * n + j] = cs * x + sn * y; z[i * n + j] = cs * y - sn * x;
      }
    }
    kdefl = 0;
    i = l - 1;
  }
  return 0;
}
