/**
 * Complex FFT plans: one per length, cached. A length whose prime factors are small runs
 * as mixed-radix Stockham passes (radix 4 first, then 2, 3, 5 and any other primes, as
 * pocketfft orders them); a length with a large prime factor runs Bluestein's chirp-z
 * convolution through a 2,3,5-smooth plan when pocketfft's cost estimate says it is cheaper.
 */
import { runPass, type Pass } from './passes';
import { sincos2pi } from './twiddle';

export interface CfftPlan {
  n: number;
  /** forward transform of (re, im) in place, unnormalised */
  forward(re: Float64Array, im: Float64Array): void;
}

/** The prime factors of n, fours taken first (pocketfft's order). */
export function factorize(n: number): number[] {
  const f: number[] = [];
  let len = n;
  while (len % 4 === 0) { f.push(4); len /= 4; }
  if (len % 2 === 0) {
    len /= 2;
    f.push(2);
    // a lone 2 goes first, as pocketfft swaps it to the front
    [f[0], f[f.length - 1]] = [f[f.length - 1], f[0]];
  }
  for (let d = 3; d * d <= len; d += 2) while (len % d === 0) { f.push(d); len /= d; }
  if (len > 1) f.push(len);
  return f;
}

/** pocketfft's cost estimate of a mixed-radix transform of length n. */
function costGuess(n: number): number {
  const lfp = 1.1; // penalty for non-hardcoded larger factors
  const ni = n;
  let result = 0;
  while (n % 4 === 0) { result += 2; n /= 4; }
  if (n % 2 === 0) { result += 2; n /= 2; }
  for (let x = 3; x * x <= n; x += 2) while (n % x === 0) { result += x <= 5 ? x : lfp * x; n /= x; }
  if (n > 1) result += n <= 5 ? n : lfp * n;
  return result * ni;
}

/** The smallest 2,3,5-smooth number >= n. */
export function goodSize(n: number): number {
  if (n <= 6) return n;
  let best = 2 * n;
  for (let f5 = 1; f5 < best; f5 *= 5) {
    for (let f35 = f5; f35 < best; f35 *= 3) {
      let x = f35;
      while (x < n) x *= 2;
      if (x < best) best = x;
    }
  }
  return best;
}

class StockhamPlan implements CfftPlan {
  private passes: Pass[] = [];
  private br: Float64Array;
  private bi: Float64Array;
  private sc: Float64Array;
  constructor(readonly n: number) {
    const t = new Float64Array(2);
    let ns = 1, maxR = 0;
    for (const R of factorize(n)) {
      const twr = new Float64Array((R - 1) * ns), twi = new Float64Array((R - 1) * ns);
      for (let r = 1; r < R; r++) {
        for (let jj = 0; jj < ns; jj++) {
          sincos2pi(r * jj, ns * R, t);
          twr[(r - 1) * ns + jj] = t[0];
          twi[(r - 1) * ns + jj] = -t[1];
        }
      }
      const p: Pass = { radix: R, ns, twr, twi };
      if (R > 5) {
        p.cr = new Float64Array(R); p.ci = new Float64Array(R);
        for (let k = 0; k < R; k++) { sincos2pi(k, R, t); p.cr[k] = t[0]; p.ci[k] = t[1]; }
      }
      maxR = Math.max(maxR, R);
      this.passes.push(p);
      ns *= R;
    }
    this.br = new Float64Array(n);
    this.bi = new Float64Array(n);
    this.sc = new Float64Array(4 * maxR);
  }

  forward(re: Float64Array, im: Float64Array): void {
    const n = this.n;
    let xr = re, xi = im, yr = this.br, yi = this.bi;
    for (const p of this.passes) {
      runPass(p, n, xr, xi, yr, yi, this.sc);
      const tr = xr, ti = xi;
      xr = yr; xi = yi; yr = tr; yi = ti;
    }
    if (xr !== re) { re.set(xr); im.set(xi); }
  }
}

/** Bluestein: X_k = w_k * sum_j (x_j w_j) conj(w_{k-j}), w_k = exp(-i pi k^2 / n). */
class BluesteinPlan implements CfftPlan {
  private m: number;
  private sub: CfftPlan;
  private wr: Float64Array;
  private wi: Float64Array;
  private bkr: Float64Array;
  private bki: Float64Array;
  private ar: Float64Array;
  private ai: Float64Array;
  constructor(readonly n: number) {
    const m = goodSize(2 * n - 1);
    this.m = m;
    this.sub = cfftPlan(m);
    const wr = new Float64Array(n), wi = new Float64Array(n), t = new Float64Array(2);
    // k^2 mod 2n by increments, exact for any n we can hold
    let k2 = 0;
    for (let k = 0; k < n; k++) {
      sincos2pi(k2, 2 * n, t);
      wr[k] = t[0]; wi[k] = -t[1];
      k2 += 2 * k + 1;
      if (k2 >= 2 * n) k2 %= 2 * n;
    }
    this.wr = wr; this.wi = wi;
    // FFT of the conjugate chirp, wrapped (index -k at m-k), scaled by 1/m for the inverse
    const bkr = new Float64Array(m), bki = new Float64Array(m);
    bkr[0] = wr[0]; bki[0] = -wi[0];
    for (let k = 1; k < n; k++) {
      bkr[k] = bkr[m - k] = wr[k];
      bki[k] = bki[m - k] = -wi[k];
    }
    this.sub.forward(bkr, bki);
    const inv = 1 / m;
    for (let k = 0; k < m; k++) { bkr[k] *= inv; bki[k] *= inv; }
    this.bkr = bkr; this.bki = bki;
    this.ar = new Float64Array(m); this.ai = new Float64Array(m);
  }

  forward(re: Float64Array, im: Float64Array): void {
    const n = this.n, m = this.m, ar = this.ar, ai = this.ai, wr = this.wr, wi = this.wi;
    for (let k = 0; k < n; k++) {
      ar[k] = re[k] * wr[k] - im[k] * wi[k];
      ai[k] = re[k] * wi[k] + im[k] * wr[k];
    }
    ar.fill(0, n); ai.fill(0, n);
    this.sub.forward(ar, ai);
    // multiply by the chirp's spectrum, then inverse by the swapped-parts trick
    const bkr = this.bkr, bki = this.bki;
    for (let k = 0; k < m; k++) {
      const xr = ar[k], xi = ai[k];
      ar[k] = xr * bkr[k] - xi * bki[k];
      ai[k] = xr * bki[k] + xi * bkr[k];
    }
    this.sub.forward(ai, ar);
    for (let k = 0; k < n; k++) {
      const xr = ar[k], xi = ai[k];
      re[k] = xr * wr[k] - xi * wi[k];
      im[k] = xr * wi[k] + xi * wr[k];
    }
  }
}

const cache = new Map<number, CfftPlan>();
const CACHE_MAX = 32;

/** The cached complex plan of length n (n >= 1). */
export function cfftPlan(n: number): CfftPlan {
  let p = cache.get(n);
  if (p) return p;
  // pocketfft's rule: short lengths and lengths whose largest prime factor p has p*p <= n
  // run directly; otherwise Bluestein when its (fudged) cost estimate is lower
  const lpf = Math.max(...factorize(n));
  if (n >= 50 && lpf * lpf > n && 1.5 * 2 * costGuess(goodSize(2 * n - 1)) < costGuess(n)) p = new BluesteinPlan(n);
  else p = new StockhamPlan(n);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(n, p);
  return p;
}

/**
 * Complex FFT of (re, im) in place, unnormalised: forward exp(-2 pi i jk/n), or backward
 * exp(+2 pi i jk/n) (the forward transform of the swapped parts, swapped back).
 */
export function cfft(re: Float64Array, im: Float64Array, forward: boolean): void {
  const n = re.length;
  if (n <= 1) return;
  const p = cfftPlan(n);
  if (forward) p.forward(re, im);
  else p.forward(im, re);
}
