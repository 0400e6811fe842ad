/**
 * Property tests of the FFT cores against a direct O(n^2) DFT (angles reduced modulo n
 * first), for every length 1..160 and random lengths up to 700.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cfft } from '../../../runtime/fft/plan';
import { irfftCore, rfftCore } from '../../../runtime/fft/real';

function dft(re: Float64Array, im: Float64Array, sign: number): [Float64Array, Float64Array] {
  const n = re.length, or = new Float64Array(n), oi = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let sr = 0, si = 0;
    for (let j = 0; j < n; j++) {
      const t = (2 * Math.PI * ((j * k) % n)) / n;
      const c = Math.cos(t), s = sign * Math.sin(t);
      sr += re[j] * c - im[j] * s;
      si += re[j] * s + im[j] * c;
    }
    or[k] = sr; oi[k] = si;
  }
  return [or, oi];
}

function seeded(n: number, seed: number): [Float64Array, Float64Array] {
  let x = seed >>> 0 || 1;
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 2 ** 32 - 0.5; };
  const re = new Float64Array(n), im = new Float64Array(n);
  for (let i = 0; i < n; i++) { re[i] = next(); im[i] = next(); }
  return [re, im];
}

function maxErr(ar: Float64Array, ai: Float64Array, br: Float64Array, bi: Float64Array): number {
  let e = 0, m = 0;
  for (let i = 0; i < ar.length; i++) { e = Math.max(e, Math.hypot(ar[i] - br[i], ai[i] - bi[i])); m = Math.max(m, Math.hypot(br[i], bi[i])); }
  return e / Math.max(m, 1e-300);
}

describe('fft cores vs a direct DFT', () => {
  it('every length 1..160, forward and backward', () => {
    for (let n = 1; n <= 160; n++) {
      const [re, im] = seeded(n, n);
      for (const forward of [true, false]) {
        const [wr, wi] = dft(re, im, forward ? -1 : 1);
        const gr = re.slice(), gi = im.slice();
        cfft(gr, gi, forward);
        expect(maxErr(gr, gi, wr, wi), `n=${n}`).toBeLessThan(1e-13);
      }
    }
  });

  it('random lengths up to 700 (Bluestein and generic radices included), rfft and irfft', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 700 }), fc.integer(), (n, seed) => {
      const [x] = seeded(n, seed);
      const [wr, wi] = dft(x, new Float64Array(n), -1);
      const h = (n >> 1) + 1, re = new Float64Array(h), im = new Float64Array(h);
      rfftCore(x, re, im);
      if (!(maxErr(re, im, wr.subarray(0, h), wi.subarray(0, h)) < 1e-13)) return false;
      const back = new Float64Array(n);
      irfftCore(re, im, n, back);
      for (let i = 0; i < n; i++) if (!(Math.abs(back[i] / n - x[i]) < 1e-13)) return false;
      return true;
    }), { numRuns: 60 });
  });
});
