/**
 * The hypergeometric sampler: Generator's (`random_hypergeometric.c`: a direct simulation
 * with `random_interval` for small samples, Stadlober's HRUA with `logfactorial` else)
 * and RandomState's (`legacy-distributions.c`: HYP below 11, the older HRUA* with
 * `loggam` above), with each one's parameter checks.
 */
import { ValueError, NumpyTypeError } from '../../errors';
import { glibcLog as log } from '../libm';
import { randomInterval } from '../bitgen';
import { bind, toSize, param } from '../common';
import type { NDArray } from '../nd';
import { checkConstraint, drawParams } from './broadcast';
import type { Source } from './source';
import { loggam } from './discrete';

/** `logfact[k]`: log(k!) for k = 0 .. 125 (NumPy's `logfactorial.c`). */
const LOGFACT = new Float64Array([
  0.0, 0.0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458,
  4.787491742782046, 6.579251212010101, 8.525161361065415, 10.60460290274525, 12.801827480081469,
  15.104412573075516, 17.502307845873887, 19.987214495661885, 22.552163853123425, 25.19122118273868,
  27.89927138384089, 30.671860106080672, 33.50507345013689, 36.39544520803305, 39.339884187199495,
  42.335616460753485, 45.38013889847691, 48.47118135183523, 51.60667556776438, 54.78472939811232,
  58.00360522298052, 61.261701761002, 64.55753862700634, 67.88974313718154, 71.25703896716801,
  74.65823634883016, 78.0922235533153, 81.55795945611504, 85.05446701758152, 88.58082754219768,
  92.1361756036871, 95.7196945421432, 99.33061245478743, 102.96819861451381, 106.63176026064346,
  110.32063971475739, 114.0342117814617, 117.77188139974507, 121.53308151543864, 125.3172711493569,
  129.12393363912722, 132.95257503561632, 136.80272263732635, 140.67392364823425, 144.5657439463449,
  148.47776695177302, 152.40959258449735, 156.3608363030788, 160.3311282166309, 164.32011226319517,
  168.32744544842765, 172.3527971391628, 176.39584840699735, 180.45629141754378, 184.53382886144948,
  188.6281734236716, 192.7390472878449, 196.86618167289, 201.00931639928152, 205.1681994826412,
  209.34258675253685, 213.53224149456327, 217.73693411395422, 221.95644181913033, 226.1905483237276,
  230.43904356577696, 234.70172344281826, 238.97838956183432, 243.2688490029827, 247.57291409618688,
  251.8904022097232, 256.22113555000954, 260.5649409718632, 264.9216497985528, 269.2910976510198,
  273.6731242856937, 278.0675734403661, 282.4742926876304, 286.893133295427, 291.3239500942703,
  295.76660135076065, 300.22094864701415, 304.6868567656687, 309.1641935801469, 313.65282994987905,
  318.1526396202093, 322.66349912672615, 327.1852877037752, 331.7178871969285, 336.26118197919845,
  340.815058870799, 345.37940706226686, 349.95411804077025, 354.5390855194408, 359.1342053695754,
  363.73937555556347, 368.35449607240474, 372.979468885689, 377.61419787391867, 382.25858877306,
  386.91254912321756, 391.5759882173296, 396.24881705179155, 400.93094827891576, 405.6222961611449,
  410.32277652693733, 415.03230672824964, 419.7508055995447, 424.4781934182571, 429.21439186665157,
  433.9593239950148, 438.71291418612117, 443.47508812091894, 448.2457727453846, 453.0248962384961,
  457.81238798127816, 462.6081785268749, 467.4121995716082, 472.2243839269806, 477.04466549258564,
  481.87297922988796,
]);

/**
 * `logfactorial`: log(k!) from the table, else the Stirling series to the 1/k**3 term.
 *
 * Parameters
 * ----------
 * k : number
 *     A non-negative integer.
 *
 * @example
 * logfactorial(4)   // 3.1780538303479458
 */
export function logfactorial(k: number): number {
  if (k < 126) return LOGFACT[k];
  return (k + 0.5) * log(k) - k + (0.9189385332046728 + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
}

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

function sampleDirect(s: Source, good: number, bad: number, sample: number): number {
  const total = good + bad;
  let computed = sample > Math.floor(total / 2) ? total - sample : sample;
  let remTotal = total;
  let remGood = good;
  while (computed > 0 && remGood > 0 && remTotal > remGood) {
    --remTotal;
    if (randomInterval(s.g, remTotal) < remGood) --remGood;
    --computed;
  }
  if (remTotal === remGood) remGood -= computed;
  return sample > Math.floor(total / 2) ? remGood : good - remGood;
}

function hrua(s: Source, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const cs = Math.min(sample, popsize - sample);
  const mingb = Math.min(good, bad);
  const maxgb = Math.max(good, bad);
  const p = mingb / popsize;
  const q = maxgb / popsize;
  const a = cs * p + 0.5;
  const c = Math.sqrt((popsize - cs) * cs * p * q / (popsize - 1) + 0.5);
  const h = D1 * c + D2;
  const m = Math.floor((cs + 1) * (mingb + 1) / (popsize + 2));
  const g = logfactorial(m) + logfactorial(mingb - m) + logfactorial(cs - m) + logfactorial(maxgb - cs + m);
  const b = Math.min(Math.min(cs, mingb) + 1, Math.floor(a + 16 * c));
  let K: number;
  for (;;) {
    const U = s.double();
    const V = s.double();
    const X = a + h * (V - 0.5) / U;
    if (X < 0.0 || X >= b) continue;
    K = Math.floor(X);
    const T = g - (logfactorial(K) + logfactorial(mingb - K) + logfactorial(cs - K) + logfactorial(maxgb - cs + K));
    if (U * (4.0 - U) - 3.0 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2.0 * log(U) <= T) break;
  }
  if (good > bad) K = cs - K;
  if (cs < sample) K = good - K;
  return K;
}

function legacyHyp(s: Source, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const u = s.double();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

function legacyHrua(s: Source, good: number, bad: number, sample: number): number {
  const mingb = Math.min(good, bad);
  const popsize = good + bad;
  const maxgb = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingb / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt((popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = Math.floor((m + 1) * (mingb + 1) / (popsize + 2));
  const d10 = loggam(d9 + 1) + loggam(mingb - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgb - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingb) + 1.0, Math.floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = s.double();
    const Y = s.double();
    const W = d6 + d8 * (Y - 0.5) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = Math.floor(W);
    const T = d10 - (loggam(Z + 1) + loggam(mingb - Z + 1) + loggam(m - Z + 1) + loggam(maxgb - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

/**
 * One hypergeometric variate: Generator's `random_hypergeometric` or, for a legacy
 * source, `legacy_random_hypergeometric`.
 *
 * Parameters
 * ----------
 * s : Source
 * good, bad, sample : number
 *     Non-negative integers, sample <= good + bad.
 *
 * @example
 * hypergeometric(src, 15, 15, 10)
 */
export function hypergeometric(s: Source, good: number, bad: number, sample: number): number {
  if (s.legacy) {
    if (sample > 10) return legacyHrua(s, good, bad, sample);
    return sample > 0 ? legacyHyp(s, good, bad, sample) : 0;
  }
  if (sample >= 10 && sample <= good + bad - 10) return hrua(s, good, bad, sample);
  return sampleDirect(s, good, bad, sample);
}

const HYPERGEOM_MAX = 1e9;

/**
 * The `hypergeometric(ngood, nbad, nsample, size)` method with NumPy's checks.
 *
 * Parameters
 * ----------
 * sourceOf : (self) => Source
 * legacy : boolean
 *
 * @example
 * hypergeometricMethod((g) => generatorSource(g.bit_generator), false)
 */
export function hypergeometricMethod(sourceOf: (self: unknown) => Source, legacy: boolean) {
  return function (this: unknown, ...args: unknown[]): number | NDArray {
    const s = sourceOf(this);
    const a = bind('hypergeometric', args, ['ngood', 'nbad', 'nsample', 'size']);
    const ps = (['ngood', 'nbad', 'nsample'] as const).map((k) => {
      if (a[k] === undefined) throw new NumpyTypeError(`hypergeometric() missing 1 required positional argument: '${k}'`);
      const p = param(a[k], 0);
      if (p.data) p.data = p.data.map(Math.trunc);
      else p.v = Math.trunc(p.v);
      return p;
    });
    const [good, bad, samp] = ps;
    const anyPair = (f: (g: number, b: number, n: number) => boolean): boolean => {
      if (ps.every((p) => p.data === null)) return f(good.v, bad.v, samp.v);
      let hit = false;
      drawParams(null, ps, (g, b, n) => { if (f(g, b, n)) hit = true; return 0; }, 'int64');
      return hit;
    };
    if (!legacy) {
      const big = (p: typeof good) => (p.data ? p.data.some((v) => v >= HYPERGEOM_MAX) : p.v >= HYPERGEOM_MAX);
      if (big(good) || big(bad)) throw new ValueError(`both ngood and nbad must be less than ${HYPERGEOM_MAX}`);
    }
    if (anyPair((g, b, n) => g + b < n)) throw new ValueError('ngood + nbad < nsample');
    checkConstraint(good, 'ngood', legacy ? 'legacy_long' : 'nonneg');
    checkConstraint(bad, 'nbad', 'nonneg');
    checkConstraint(samp, 'nsample', legacy ? 'gte1' : 'nonneg');
    return drawParams(toSize(a.size), ps, (g, b, n) => hypergeometric(s, g, b, n), 'int64');
  };
}
