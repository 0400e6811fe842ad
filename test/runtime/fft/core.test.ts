/**
 * The FFT cores on raw re/im arrays against NumPy's pocketfft (test/goldens/fft.json): every
 * output within a few ulps * log2(n) of max |X|, plus round-trip and Parseval properties.
 */
import { describe, expect, it } from 'vitest';
import { cfft, factorize, goodSize } from '../../../runtime/fft/plan';
import { irfftCore, rfftCore } from '../../../runtime/fft/real';
import { sincos2pi } from '../../../runtime/fft/twiddle';
import { hashedFraction, loadGolden } from '../golden';

interface Parts { re: number[]; im: number[] }
interface Case { n: number; fft: Parts; rfft: Parts; ifft?: Parts; irfft?: number[] }
const G = loadGolden<{ cases: Case[] }>('fft.json');

function inputs(n: number): [Float64Array, Float64Array] {
  const re = new Float64Array(n), im = new Float64Array(n);
  for (let i = 0; i < n; i++) { re[i] = hashedFraction(i) - 0.5; im[i] = hashedFraction(n + i) - 0.5; }
  return [re, im];
}

const EPS = 2 ** -52;
/** Largest |got - want| in units of eps * max|want| (how pocketfft's own tests measure). */
function errUlps(gr: ArrayLike<number>, gi: ArrayLike<number> | null, w: Parts | number[]): number {
  const wr = Array.isArray(w) ? w : w.re, wi = Array.isArray(w) ? null : w.im;
  let mx = 0, err = 0;
  for (let k = 0; k < wr.length; k++) mx = Math.max(mx, Math.hypot(wr[k], wi ? wi[k] : 0));
  for (let k = 0; k < wr.length; k++) {
    const d = Math.hypot(gr[k] - wr[k], (gi && wi) ? gi[k] - wi[k] : 0);
    err = Math.max(err, d);
  }
  return mx === 0 ? err / EPS : err / (EPS * mx);
}
const tol = (n: number) => 4 * Math.max(1, Math.log2(n));

describe('fft cores vs NumPy', () => {
  for (const c of G.cases) {
    const n = c.n;
    it(`fft n=${n}`, () => {
      const [re, im] = inputs(n);
      cfft(re, im, true);
      expect(errUlps(re, im, c.fft)).toBeLessThan(tol(n));
    });
    it(`rfft n=${n}`, () => {
      const [x] = inputs(n);
      const h = (n >> 1) + 1, re = new Float64Array(h), im = new Float64Array(h);
      rfftCore(x, re, im);
      expect(errUlps(re, im, c.rfft)).toBeLessThan(tol(n));
    });
    if (c.ifft) {
      it(`ifft n=${n}`, () => {
        const [re, im] = inputs(n);
        cfft(re, im, false);
        for (let i = 0; i < n; i++) { re[i] *= 1 / n; im[i] *= 1 / n; }
        expect(errUlps(re, im, c.ifft!)).toBeLessThan(tol(n));
      });
      it(`irfft n=${n}`, () => {
        const [re, im] = inputs(n);
        const h = (n >> 1) + 1, out = new Float64Array(n);
        irfftCore(re.slice(0, h), im.slice(0, h), n, out);
        for (let i = 0; i < n; i++) out[i] *= 1 / n;
        expect(errUlps(out, null, c.irfft!)).toBeLessThan(tol(n));
      });
    }
  }
});

describe('fft properties', () => {
  for (const n of [6, 30, 64, 243, 343, 1024, 1031, 4099, 6000]) {
    it(`ifft(fft(x)) = x and Parseval, n=${n}`, () => {
      const [re, im] = inputs(n);
      const r0 = re.slice(), i0 = im.slice();
      cfft(re, im, true);
      let ex = 0, eX = 0;
      for (let i = 0; i < n; i++) { ex += r0[i] ** 2 + i0[i] ** 2; eX += re[i] ** 2 + im[i] ** 2; }
      expect(Math.abs(eX / n - ex) / ex).toBeLessThan(1e-13);
      cfft(re, im, false);
      let err = 0;
      for (let i = 0; i < n; i++) err = Math.max(err, Math.abs(re[i] / n - r0[i]), Math.abs(im[i] / n - i0[i]));
      expect(err).toBeLessThan(1e-14 * Math.log2(n));
    });
    it(`irfft(rfft(x)) = x, n=${n}`, () => {
      const [x] = inputs(n);
      const h = (n >> 1) + 1, re = new Float64Array(h), im = new Float64Array(h), out = new Float64Array(n);
      rfftCore(x, re, im);
      irfftCore(re, im, n, out);
      let err = 0;
      for (let i = 0; i < n; i++) err = Math.max(err, Math.abs(out[i] / n - x[i]));
      expect(err).toBeLessThan(1e-14 * Math.log2(n));
    });
  }

  it('factorizes as pocketfft (fours first, a lone two in front)', () => {
    expect(factorize(96)).toEqual([2, 4, 4, 3]);
    expect(factorize(48)).toEqual([4, 4, 3]);
    expect(factorize(1009)).toEqual([1009]);
    expect(factorize(1000)).toEqual([2, 4, 5, 5, 5]);
    expect(goodSize(1995)).toBe(2000);
    expect(goodSize(2017)).toBe(2025);
  });

  it('twiddles are exact at the octant points', () => {
    const t = new Float64Array(2);
    sincos2pi(1, 4, t); expect([t[0], t[1]]).toEqual([0, 1]);
    sincos2pi(3, 6, t); expect([t[0], t[1]]).toEqual([-1, 0]);
    sincos2pi(1, 8, t); expect(t[0]).toBe(t[1]);
  });
});
