/**
 * Continuous samplers, one variate per call, transcribed from NumPy's
 * `src/distributions/distributions.c` (Generator) and `src/legacy/legacy-distributions.c`
 * (RandomState, `src.legacy`): the same draws in the same order, so a seed gives NumPy's
 * stream. `log` is glibc's (bit for bit, as NumPy links it); exp/pow/log1p/expm1 are the
 * JS engine's, which can differ from glibc's in the last bit.
 */
import { glibcLog as log } from '../libm';
import type { Source } from './source';
import { poisson } from './discrete';

/**
 * `random_standard_gamma` / `legacy_standard_gamma`: Marsaglia-Tsang for shape > 1, the
 * exponential for shape 1, and Ahrens-Dieter's rejection (GS) for shape < 1.
 *
 * Parameters
 * ----------
 * s : Source
 * shape : number
 *
 * @example
 * standardGamma(generatorSource(new PCG64(0)), 2.5)
 */
export function standardGamma(s: Source, shape: number): number {
  if (shape === 1.0) return s.exponential();
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = s.double();
      const V = s.exponential();
      if (U <= 1.0 - shape) {
        const X = Math.pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = Math.pow(1.0 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let X: number, V: number;
    do {
      X = s.normal();
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = s.double();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

const BETA_TINY_THRESHOLD = 3e-103;

/**
 * `random_beta` / `legacy_beta`: Johnk's algorithm when a, b <= 1, else the ratio of two
 * gammas.
 *
 * Parameters
 * ----------
 * s : Source
 * a, b : number
 *     Positive shapes.
 *
 * @example
 * beta(src, 0.5, 0.5)
 */
export function beta(s: Source, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (!s.legacy && a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
      const U = s.double();
      return (a + b) * U < a ? 1 : 0;
    }
    for (;;) {
      const U = s.double();
      const V = s.double();
      const X = Math.pow(U, 1.0 / a);
      const Y = Math.pow(V, 1.0 / b);
      const XpY = X + Y;
      if (s.legacy) {
        if (XpY <= 1.0) {
          if (XpY > 0) return X / XpY;
          let logX = log(U) / a;
          let logY = log(V) / b;
          const logM = logX > logY ? logX : logY;
          logX -= logM;
          logY -= logM;
          return Math.exp(logX - log(Math.exp(logX) + Math.exp(logY)));
        }
      } else if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        const delta = log(U) / a - log(V) / b;
        if (delta > 0) return Math.exp(-Math.log1p(Math.exp(-delta)));
        return Math.exp(delta - Math.log1p(Math.exp(delta)));
      }
    }
  }
  const Ga = standardGamma(s, a);
  const Gb = standardGamma(s, b);
  return Ga / (Ga + Gb);
}

/** `random_chisquare`: twice a gamma of shape df / 2. */
export function chisquare(s: Source, df: number): number {
  return 2.0 * standardGamma(s, df / 2.0);
}

/** `random_f`: a ratio of scaled chi-squares. */
export function fDist(s: Source, dfnum: number, dfden: number): number {
  const a = chisquare(s, dfnum) * dfden;
  const b = chisquare(s, dfden) * dfnum;
  return a / b;
}

/** `random_standard_cauchy`: a ratio of two normals. */
export function standardCauchy(s: Source): number {
  const a = s.normal();
  const b = s.normal();
  return a / b;
}

/** `random_standard_t`. */
export function standardT(s: Source, df: number): number {
  const num = s.normal();
  const denom = standardGamma(s, df / 2);
  return Math.sqrt(df / 2) * num / Math.sqrt(denom);
}

/** `random_pareto` (expm1) / `legacy_pareto` (exp - 1). */
export function pareto(s: Source, a: number): number {
  const e = s.exponential();
  return s.legacy ? Math.exp(e / a) - 1 : Math.expm1(e / a);
}

/** `random_weibull`. */
export function weibull(s: Source, a: number): number {
  if (a === 0.0) return 0.0;
  return Math.pow(s.exponential(), 1 / a);
}

/** `random_power` / `legacy_power`. */
export function power(s: Source, a: number): number {
  const e = s.exponential();
  return Math.pow(s.legacy ? 1 - Math.exp(-e) : -Math.expm1(-e), 1 / a);
}

/** `random_laplace`: rejects U == 0. */
export function laplace(s: Source, loc: number, scale: number): number {
  for (;;) {
    const U = s.double();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0.0) return loc + scale * log(U + U);
  }
}

/** `random_gumbel`: rejects U == 1. */
export function gumbel(s: Source, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - s.double();
    if (U < 1.0) return loc - scale * log(-log(U));
  }
}

/** `random_logistic`: rejects U == 0. */
export function logistic(s: Source, loc: number, scale: number): number {
  for (;;) {
    const U = s.double();
    if (U > 0.0) return loc + scale * log(U / (1.0 - U));
  }
}

/** `random_lognormal`: exp of a normal. */
export function lognormal(s: Source, mean: number, sigma: number): number {
  return Math.exp(mean + sigma * s.normal());
}

/** `random_rayleigh` / `legacy_rayleigh`. */
export function rayleigh(s: Source, mode: number): number {
  if (s.legacy) return mode * Math.sqrt(-2.0 * Math.log1p(-s.double()));
  return mode * Math.sqrt(2.0 * s.exponential());
}

/** `random_wald` / `legacy_wald`: Michael, Schucany and Haas's transformation. */
export function wald(s: Source, mean: number, scale: number): number {
  let X: number;
  if (s.legacy) {
    const mu2l = mean / (2 * scale);
    let Y = s.normal();
    Y = mean * Y * Y;
    X = mean + mu2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  } else {
    let Y = s.normal();
    Y = mean * Y * Y;
    const d = 1 + Math.sqrt(1 + 4 * scale / Y);
    X = mean * (1 - 2 / d);
  }
  const U = s.double();
  return U <= mean / (mean + X) ? X : mean * mean / X;
}

/** `random_triangular`. */
export function triangular(s: Source, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = s.double();
  if (U <= ratio) return left + Math.sqrt(U * leftprod);
  return right - Math.sqrt((1.0 - U) * rightprod);
}

/** `random_noncentral_chisquare` / `legacy_noncentral_chisquare`. */
export function noncentralChisquare(s: Source, df: number, nonc: number): number {
  if (!s.legacy && Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(s, df);
  if (1 < df) {
    const chi2 = chisquare(s, df - 1);
    const n = s.normal() + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(s, nonc / 2.0);
  const out = chisquare(s, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

/** `random_noncentral_f`. */
export function noncentralF(s: Source, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(s, dfnum, nonc) * dfden;
  return t / (chisquare(s, dfden) * dfnum);
}

/** `random_vonmises` / `legacy_vonmises` (the legacy one has no wrapped-normal branch). */
export function vonmises(s: Source, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * s.double() - 1);
  let sv: number;
  if (kappa < 1e-5) {
    sv = 1 / kappa + kappa;
  } else if (kappa <= 1e6 || s.legacy) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    sv = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + Math.sqrt(1 / kappa) * s.normal();
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let W: number;
  for (;;) {
    const U = s.double();
    const Z = Math.cos(Math.PI * U);
    W = (1 + sv * Z) / (sv + Z);
    const Y = kappa * (sv - W);
    const V = s.double();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = s.double();
  let result = Math.acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}
