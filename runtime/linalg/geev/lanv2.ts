/**
 * LAPACK's dlanv2: the Schur factorization of a real 2 x 2 block [a b; c d], standardised
 * so a complex pair has equal diagonal entries and b*c < 0 (eigenvalues a +- sqrt(b c)),
 * and a real pair is upper triangular. Writes into out:
 * [a, b, c, d, rt1r, rt1i, rt2r, rt2i, cs, sn].
 */
import { lapy2 } from './lapy';

const EPS = 2 ** -52; // dlamch('P')
const SAFMIN = 2.2250738585072014e-308;
// base ** int(log(safmin / eps) / log(base) / 2)
const SAFMN2 = 2 ** Math.trunc(Math.log(SAFMIN / EPS) / Math.log(2) / 2);
const SAFMX2 = 1 / SAFMN2;
const sign = (a: number, b: number) => (b >= 0 && !Object.is(b, -0) ? Math.abs(a) : -Math.abs(a));

export function lanv2(a: number, b: number, c: number, d: number, out: Float64Array): void {
  let cs: number, sn: number;
  if (c === 0) {
    cs = 1; sn = 0;
  } else if (b === 0) {
    // swap rows and columns
    cs = 0; sn = 1;
    const t = d; d = a; a = t; b = -c; c = 0;
  } else if (a - d === 0 && sign(1, b) !== sign(1, c)) {
    cs = 1; sn = 0;
  } else {
    let temp = a - d;
    let p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c));
    const bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign(1, b) * sign(1, c);
    let scale = Math.max(Math.abs(p), bcmax);
    let z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= 4 * EPS) {
      // real eigenvalues
      z = p + sign(Math.sqrt(scale) * Math.sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = lapy2(c, z);
      cs = z / tau; sn = c / tau;
      b = b - c; c = 0;
    } else {
      // complex or nearly equal real eigenvalues: make the diagonal equal
      let count = 0;
      let sigma = b + c;
      for (;;) {
        count++;
        scale = Math.max(Math.abs(temp), Math.abs(sigma));
        if (scale >= SAFMX2) { sigma *= SAFMN2; temp *= SAFMN2; if (count <= 20) continue; }
        if (scale <= SAFMN2) { sigma *= SAFMX2; temp *= SAFMX2; if (count <= 20) continue; }
        break;
      }
      p = 0.5 * temp;
      let tau = lapy2(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign(1, sigma);
      const aa = a * cs + b * sn, bb = -a * sn + b * cs;
      const cc = c * cs + d * sn, dd = -c * sn + d * cs;
      a = aa * cs + cc * sn; b = bb * cs + dd * sn;
      c = -aa * sn + cc * cs; d = -bb * sn + dd * cs;
      temp = 0.5 * (a + d);
      a = temp; d = temp;
      if (c !== 0) {
        if (b !== 0) {
          if (sign(1, b) === sign(1, c)) {
            // real eigenvalues after all: reduce to upper triangular
            const sab = Math.sqrt(Math.abs(b)), sac = Math.sqrt(Math.abs(c));
            p = sign(sab * sac, c);
            tau = 1 / Math.sqrt(Math.abs(b + c));
            a = temp + p; d = temp - p;
            b = b - c; c = 0;
            const cs1 = sab * tau, sn1 = sac * tau;
            temp = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = temp;
          }
        } else {
          b = -c; c = 0;
          temp = cs; cs = -sn; sn = temp;
        }
      }
    }
  }
  out[0] = a; out[1] = b; out[2] = c; out[3] = d;
  out[4] = a; out[6] = d;
  if (c === 0) { out[5] = 0; out[7] = 0; } else {
    out[5] = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
    out[7] = -out[5];
  }
  out[8] = cs; out[9] = sn;
}
