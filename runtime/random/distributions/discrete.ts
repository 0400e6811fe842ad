/**
 * Discrete samplers, one variate per call, transcribed from NumPy's
 * `src/distributions/distributions.c` and `src/legacy/legacy-distributions.c`
 * (`src.legacy` picks the RandomState variants): Poisson (multiplication below lam 10,
 * Hoermann's PTRS above), binomial (inversion below n*p 30, BTPE above), geometric,
 * negative binomial, zipf, logseries and the legacy hypergeometric.
 */
import { glibcLog as log } from '../libm';
import type { Source } from './source';
import { standardGamma } from './continuous';

const INT64_MAX = 9223372036854775807;

/**
 * `random_loggam`: log-gamma from SPECFUN (Zhang and Jin), as NumPy computes it.
 *
 * Parameters
 * ----------
 * x : number
 *
 * @example
 * loggam(5)   // 3.1780538303479458 (log 4!)
 */
export function loggam(x: number): number {
  if (x === 1.0 || x === 2.0) return 0.0;
  const n = x < 7.0 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  let gl0 = -1.39243221690590e+00;
  gl0 = gl0 * x2 + 1.796443723688307e-01;
  gl0 = gl0 * x2 - 2.955065359477124e-02;
  gl0 = gl0 * x2 + 6.410256410256410e-03;
  gl0 = gl0 * x2 - 1.917526917526918e-03;
  gl0 = gl0 * x2 + 8.417508417508418e-04;
  gl0 = gl0 * x2 - 5.952380952380952e-04;
  gl0 = gl0 * x2 + 7.936507936507937e-04;
  gl0 = gl0 * x2 - 2.777777777777778e-03;
  gl0 = gl0 * x2 + 8.333333333333333e-02;
  let gl = gl0 / x0 + 0.5 * 1.8378770664093453e+00 + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}


/**
 * `random_poisson` (shared by Generator and RandomState).
 *
 * Parameters
 * ----------
 * s : Source
 * lam : number
 *
 * @example
 * poisson(src, 4.5)
 */
export function poisson(s: Source, lam: number): number {
  if (lam >= 10) {
    const slam = Math.sqrt(lam);
    const loglam = log(lam);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const U = s.double() - 0.5;
      const V = s.double();
      const us = 0.5 - Math.abs(U);
      const k = Math.floor((2 * a / us + b) * U + lam + 0.43);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
    }
  }
  if (lam === 0) return 0;
  const enlam = Math.exp(-lam);
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= s.double();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/**
 * The inversion sampler's constants for the last (n, p), as NumPy's `binomial_t` keeps
 * them: a pure function of (n, p, legacy), so sharing it never changes a stream.
 */
const inv = { n: -1, p: -1, legacy: false, qn: 0, bound: 0 };

function binomialInversion(s: Source, n: number, p: number): number {
  const q = 1.0 - p;
  if (inv.n !== n || inv.p !== p || inv.legacy !== s.legacy) {
    inv.n = n;
    inv.p = p;
    inv.legacy = s.legacy;
    inv.qn = s.legacy ? Math.exp(n * log(q)) : Math.exp(n * Math.log1p(-p));
    const np = n * p;
    inv.bound = Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  }
  const qn = inv.qn;
  const bound = inv.bound;
  let X = 0;
  let px = qn;
  let U = s.double();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = s.double();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

/** The Stirling error-term series of BTPE's final test. */
function stirlingTerm(c0: number, v: number): number {
  const v2 = v * v;
  return (c0 - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;
}

/** `random_binomial_btpe` (Kachitvichyanukul and Schmeiser), as NumPy 2.4 has it. */
function binomialBtpe(s: Source, n: number, p: number): number {
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  let y = 0;
  for (;;) {
    // Step 10
    const nrq = n * r * q;
    const u = s.double() * p4;
    let v = s.double();
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      break;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const sr = r / q;
      const aa = sr * (n + 1);
      let F = 1.0;
      if (m < y) for (let i = m + 1; i <= y; i++) F *= aa / i - sr;
      else if (m > y) for (let i = y + 1; i <= m; i++) F /= aa / i - sr;
      if (v > F) continue;
      break;
    }
    // Step 52
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = -k * k / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const base = xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log(w * r / (x1 * q));
    // NumPy 2.4 (Generator and RandomState alike) adds all four error terms with the
    // constant 13680; NumPy after 2.4 corrects Generator's to 13860 and subtracts the last two.
    const bound = base + stirlingTerm(13680., f1) + stirlingTerm(13680., z) + stirlingTerm(13680., x1) + stirlingTerm(13680., w);
    if (A > bound) continue;
    break;
  }
  // Step 60
  if (p > 0.5) y = n - y;
  return y;
}

/**
 * `random_binomial` / `legacy_random_binomial`.
 *
 * Parameters
 * ----------
 * s : Source
 * p : number
 * n : number
 *
 * @example
 * binomial(src, 0.3, 10)
 */
export function binomial(s: Source, p: number, n: number): number {
  if (!s.legacy && (n === 0 || p === 0.0)) return 0;
  if (p <= 0.5) {
    return p * n <= 30.0 ? binomialInversion(s, n, p) : binomialBtpe(s, n, p);
  }
  const q = 1.0 - p;
  return q * n <= 30.0 ? n - binomialInversion(s, n, q) : n - binomialBtpe(s, n, q);
}

/** `random_geometric_search`: sequential search of the cdf. */
function geometricSearch(s: Source, p: number): number {
  let X = 1;
  let sum = p;
  let prod = p;
  const q = 1.0 - p;
  const U = s.double();
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}

/**
 * `random_geometric` / `legacy_random_geometric`: search for p >= 1/3, else inversion.
 *
 * Parameters
 * ----------
 * s : Source
 * p : number
 *
 * @example
 * geometric(src, 0.2)
 */
export function geometric(s: Source, p: number): number {
  if (p >= 0.333333333333333333333333) return geometricSearch(s, p);
  if (s.legacy) return Math.ceil(Math.log1p(-s.double()) / log(1 - p));
  const z = Math.ceil(-s.exponential() / Math.log1p(-p));
  return z >= 9.223372036854776e+18 ? INT64_MAX : z;
}

/** `random_negative_binomial`: a Poisson with a gamma-distributed mean. */
export function negativeBinomial(s: Source, n: number, p: number): number {
  const Y = standardGamma(s, n) * ((1 - p) / p);
  return poisson(s, Y);
}

/** `random_zipf` / `legacy_random_zipf`. */
export function zipf(s: Source, a: number): number {
  if (!s.legacy && a >= 1025) return 1;
  const am1 = a - 1.0;
  const b = Math.pow(2.0, am1);
  const Umin = s.legacy ? 0 : Math.pow(INT64_MAX, -am1);
  for (;;) {
    let U: number;
    if (s.legacy) {
      U = 1.0 - s.double();
    } else {
      const U01 = s.double();
      U = U01 * Umin + (1 - U01);
    }
    const V = s.double();
    const X = Math.floor(Math.pow(U, -1.0 / am1));
    if (X > INT64_MAX || X < 1.0) continue;
    const T = Math.pow(1.0 + 1.0 / X, am1);
    if (V * X * (T - 1.0) / (b - 1.0) <= T / b) return X;
  }
}

/** `random_logseries` / `legacy_logseries`. */
export function logseries(s: Source, p: number): number {
  const r = s.legacy ? log(1.0 - p) : Math.log1p(-p);
  for (;;) {
    const V = s.double();
    if (V >= p) return 1;
    const U = s.double();
    const q = s.legacy ? 1.0 - Math.exp(r * U) : -Math.expm1(r * U);
    if (V <= q * q) {
      const result = Math.floor(1 + log(V) / log(q));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}
