/**
 * Real-input transforms on raw arrays. An even length n runs as a complex FFT of length n/2
 * on (x[2k] + i x[2k+1]), split into the even and odd halves' spectra and recombined with
 * the twiddles exp(-2 pi i k/n); an odd length runs the full complex transform.
 */
import { cfft } from './plan';
import { sincos2pi } from './twiddle';

const twCache = new Map<number, { re: Float64Array; im: Float64Array }>();

// the half-length work arrays, reused between calls of the same length (no allocation and
// zeroing of 2 x 4 MB per call of a 1e6-point transform)
let scratchRe = new Float64Array(0), scratchIm = new Float64Array(0);
function scratch(h: number): [Float64Array, Float64Array] {
  if (scratchRe.length !== h) { scratchRe = new Float64Array(h); scratchIm = new Float64Array(h); }
  return [scratchRe, scratchIm];
}

/** exp(-2 pi i k/n) for k <= n/4 (the rest follows by symmetry), cached per n. */
function halfTwiddles(n: number): { re: Float64Array; im: Float64Array } {
  let t = twCache.get(n);
  if (t) return t;
  const h = n >> 1, re = new Float64Array(h + 1), im = new Float64Array(h + 1), s = new Float64Array(2);
  for (let k = 0; k <= h; k++) { sincos2pi(k, n, s); re[k] = s[0]; im[k] = -s[1]; }
  t = { re, im };
  if (twCache.size >= 16) twCache.delete(twCache.keys().next().value!);
  twCache.set(n, t);
  return t;
}

/**
 * rfft of x (length n >= 1) into outRe/outIm (length n/2+1, floor), unnormalised.
 * @example
 * rfftCore(new Float64Array([1, 2, 3, 4]), re, im)  // re = [10, -2, -2], im = [0, 2, 0]
 */
export function rfftCore(x: ArrayLike<number>, outRe: Float64Array, outIm: Float64Array): void {
  const n = x.length;
  const nout = (n >> 1) + 1;
  if (n % 2 === 1) {
    const re = new Float64Array(n), im = new Float64Array(n);
    for (let i = 0; i < n; i++) re[i] = x[i];
    cfft(re, im, true);
    outRe.set(re.subarray(0, nout)); outIm.set(im.subarray(0, nout));
    return;
  }
  const h = n >> 1;
  const [zr, zi] = scratch(h);
  for (let k = 0; k < h; k++) { zr[k] = x[2 * k]; zi[k] = x[2 * k + 1]; }
  cfft(zr, zi, true);
  const tw = halfTwiddles(n), twr = tw.re, twi = tw.im;
  outRe[0] = zr[0] + zi[0]; outIm[0] = 0;
  outRe[h] = zr[0] - zi[0]; outIm[h] = 0;
  for (let k = 1; k <= h >> 1; k++) {
    const j = h - k;
    // E = (Z_k + conj Z_j)/2, O = -i/2 (Z_k - conj Z_j); X_k = E + w^k O, X_j = conj(E) - conj(w^k O)
    const ar = zr[k], ai = zi[k], br = zr[j], bi = zi[j];
    const er = 0.5 * (ar + br), ei = 0.5 * (ai - bi);
    const or = 0.5 * (ai + bi), oi = -0.5 * (ar - br);
    const wr = twr[k], wi = twi[k];
    const tr = wr * or - wi * oi, ti = wr * oi + wi * or;
    outRe[k] = er + tr; outIm[k] = ei + ti;
    if (j !== k) { outRe[j] = er - tr; outIm[j] = ti - ei; }
  }
}

/**
 * irfft: the real signal of length n whose spectrum's first n/2+1 terms are (re, im)
 * (already cropped or zero-padded to that length), unnormalised (n times the inverse).
 */
export function irfftCore(re: Float64Array, im: Float64Array, n: number, out: Float64Array): void {
  if (n % 2 === 1) {
    const yr = new Float64Array(n), yi = new Float64Array(n);
    yr[0] = re[0];
    for (let k = 1; 2 * k < n; k++) {
      yr[k] = re[k]; yi[k] = im[k];
      yr[n - k] = re[k]; yi[n - k] = -im[k];
    }
    cfft(yr, yi, false);
    out.set(yr.subarray(0, n));
    return;
  }
  const h = n >> 1;
  const [zr, zi] = scratch(h);
  const tw = halfTwiddles(n), twr = tw.re, twi = tw.im;
  // imaginary parts of X_0 and X_h are ignored, as pocketfft's c2r does
  zr[0] = re[0] + re[h];
  zi[0] = re[0] - re[h];
  for (let k = 1; k <= h >> 1; k++) {
    const j = h - k;
    const ar = re[k], ai = im[k], br = re[j], bi = im[j];
    // E = X_k + conj X_j, D = X_k - conj X_j; Z_k = E + i conj(w^k) D, Z_j = conj(E) + i w^k conj(D)...
    const er = ar + br, ei = ai - bi;
    const dr = ar - br, di = ai + bi;
    const wr = twr[k], wi = -twi[k];
    // t = w^-k * D
    const tr = wr * dr - wi * di, ti = wr * di + wi * dr;
    // Z_k = E + i t
    zr[k] = er - ti; zi[k] = ei + tr;
    // Z_j = conj(E) + i conj(t) (the same formula at j, by the symmetry of the pair)
    zr[j] = er + ti; zi[j] = tr - ei;
  }
  cfft(zr, zi, false);
  for (let k = 0; k < h; k++) { out[2 * k] = zr[k]; out[2 * k + 1] = zi[k]; }
}
