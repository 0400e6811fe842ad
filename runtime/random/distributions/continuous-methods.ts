/**
 * The continuous distribution methods shared by `Generator` and `RandomState` (and the
 * legacy `np.random.*` functions): argument binding, NumPy's parameter checks and
 * broadcasting around the samplers of `continuous.ts`. Each class supplies its `Source`.
 */
import { ValueError, NumpyTypeError } from '../../errors';
import { toDType } from '../../dtype';
import { bind, toSize, prod, type Draw } from '../common';
import { type NDArray, wrap } from '../nd';
import { sample, type ParamSpec, type Sampler } from './broadcast';
import type { Source } from './source';
import * as C from './continuous';
import { standardExponentialF, standardGammaF } from './float32';

/** The continuous samplers, as methods. */
export interface ContinuousMethods {
  /**
   * Samples from the standard exponential distribution (scale 1). Generator uses NumPy's
   * exponential ziggurat; RandomState `-log(1 - U)`.
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   * dtype : 'float64' | 'float32', optional
   *     Generator only.
   * method : 'zig' | 'inv', optional
   *     Generator only: the ziggurat (default) or inversion.
   *
   * @example
   * np.random.default_rng(0).standard_exponential(3)   // array([0.6799319 , 1.0195971 , 0.01980666])
   */
  standard_exponential<A extends readonly unknown[]>(...args: A): Draw<A, ['size', 'dtype', 'method']>;
  /**
   * Samples from an exponential distribution: `scale * standard_exponential()`.
   *
   * Parameters
   * ----------
   * scale : number | array_like, optional
   *     Non-negative, default 1 (the inverse of the rate).
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).exponential(2, 3)   // array([1.35986381, 2.0391942 , 0.03961333])
   */
  exponential<A extends readonly unknown[]>(...args: A): Draw<A, ['scale', 'size'], 'scale'>;
  /**
   * Samples from a standard gamma distribution (scale 1): Marsaglia-Tsang for shape > 1,
   * rejection from the exponential below 1.
   *
   * Parameters
   * ----------
   * shape : number | array_like
   *     Non-negative.
   * size : number | number[], optional
   * dtype : 'float64' | 'float32', optional
   *     Generator only.
   *
   * @example
   * np.random.default_rng(0).standard_gamma(2.5, 3)   // array([2.35705591, 3.25266608, 1.46996242])
   */
  standard_gamma<A extends readonly unknown[]>(...args: A): Draw<A, ['shape', 'size', 'dtype'], 'shape'>;
  /**
   * Samples from a gamma distribution: `scale * standard_gamma(shape)`.
   *
   * Parameters
   * ----------
   * shape : number | array_like
   *     Non-negative.
   * scale : number | array_like, optional
   *     Non-negative, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).gamma(2, 1.5, 3)   // array([2.7514651 , 3.95654696, 1.59953711])
   */
  gamma<A extends readonly unknown[]>(...args: A): Draw<A, ['shape', 'scale', 'size'], 'shape' | 'scale'>;
  /**
   * Samples from a beta distribution: Johnk's algorithm when a, b <= 1, else a ratio of
   * gammas.
   *
   * Parameters
   * ----------
   * a, b : number | array_like
   *     Positive shapes.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).beta(2, 5, 3)   // array([0.22855553, 0.11648066, 0.2095138 ])
   */
  beta<A extends readonly unknown[]>(...args: A): Draw<A, ['a', 'b', 'size'], 'a' | 'b'>;
  /**
   * Samples from a chi-square distribution with `df` degrees of freedom.
   *
   * Parameters
   * ----------
   * df : number | array_like
   *     Positive.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).chisquare(3, 4)   // array([2.61561668, 4.00824511, 1.35690865, 6.43596987])
   */
  chisquare<A extends readonly unknown[]>(...args: A): Draw<A, ['df', 'size'], 'df'>;
  /**
   * Samples from a noncentral chi-square distribution.
   *
   * Parameters
   * ----------
   * df : number | array_like
   *     Positive degrees of freedom.
   * nonc : number | array_like
   *     Non-negative non-centrality.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).noncentral_chisquare(3, 2, 4)   // array([3.00366652, 2.3473197 , 4.25418199, 6.92287774])
   */
  noncentral_chisquare<A extends readonly unknown[]>(...args: A): Draw<A, ['df', 'nonc', 'size'], 'df' | 'nonc'>;
  /**
   * Samples from an F (Fisher-Snedecor) distribution.
   *
   * Parameters
   * ----------
   * dfnum, dfden : number | array_like
   *     Positive degrees of freedom.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).f(5, 10, 3)   // array([0.76140231, 0.36347197, 0.74710702])
   */
  f<A extends readonly unknown[]>(...args: A): Draw<A, ['dfnum', 'dfden', 'size'], 'dfnum' | 'dfden'>;
  /**
   * Samples from a noncentral F distribution.
   *
   * Parameters
   * ----------
   * dfnum, dfden : number | array_like
   *     Positive degrees of freedom.
   * nonc : number | array_like
   *     Non-negative non-centrality.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).noncentral_f(5, 10, 2, 3)   // array([1.61123282, 3.00483066, 0.66481116])
   */
  noncentral_f<A extends readonly unknown[]>(...args: A): Draw<A, ['dfnum', 'dfden', 'nonc', 'size'], 'dfnum' | 'dfden' | 'nonc'>;
  /**
   * Samples from a standard Cauchy (Lorentz) distribution: a ratio of two normals.
   *
   * Parameters
   * ----------
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).standard_cauchy(3)   // array([-0.95174559,  6.10507088, -1.4814068 ])
   */
  standard_cauchy<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
  /**
   * Samples from Student's t distribution with `df` degrees of freedom.
   *
   * Parameters
   * ----------
   * df : number | array_like
   *     Positive.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).standard_t(10, 3)   // array([0.1342263 , 0.12358306, 1.10002862])
   */
  standard_t<A extends readonly unknown[]>(...args: A): Draw<A, ['df', 'size'], 'df'>;
  /**
   * Samples from a von Mises distribution on [-pi, pi].
   *
   * Parameters
   * ----------
   * mu : number | array_like
   *     Mode.
   * kappa : number | array_like
   *     Non-negative concentration.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).vonmises(0, 4, 3)   // array([-0.74207299,  0.01295832,  0.67524776])
   */
  vonmises<A extends readonly unknown[]>(...args: A): Draw<A, ['mu', 'kappa', 'size'], 'mu' | 'kappa'>;
  /**
   * Samples from a Pareto II (Lomax) distribution with shape `a`.
   *
   * Parameters
   * ----------
   * a : number | array_like
   *     Positive shape.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).pareto(3, 3)   // array([0.25438319, 0.40475892, 0.00662406])
   */
  pareto<A extends readonly unknown[]>(...args: A): Draw<A, ['a', 'size'], 'a'>;
  /**
   * Samples from a Weibull distribution with shape `a`.
   *
   * Parameters
   * ----------
   * a : number | array_like
   *     Non-negative shape.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).weibull(1.5, 3)   // array([0.77323282, 1.01302243, 0.07320502])
   */
  weibull<A extends readonly unknown[]>(...args: A): Draw<A, ['a', 'size'], 'a'>;
  /**
   * Samples in [0, 1] from a power distribution with exponent `a - 1`.
   *
   * Parameters
   * ----------
   * a : number | array_like
   *     Positive.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).power(5, 3)   // array([0.86822196, 0.91439843, 0.45551584])
   */
  power<A extends readonly unknown[]>(...args: A): Draw<A, ['a', 'size'], 'a'>;
  /**
   * Samples from the Laplace (double exponential) distribution.
   *
   * Parameters
   * ----------
   * loc : number | array_like, optional
   *     Default 0.
   * scale : number | array_like, optional
   *     Non-negative, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).laplace(0, 1, 3)   // array([ 0.32009973, -0.6169764 , -2.501682  ])
   */
  laplace<A extends readonly unknown[]>(...args: A): Draw<A, ['loc', 'scale', 'size'], 'loc' | 'scale'>;
  /**
   * Samples from a Gumbel (extreme value type I) distribution.
   *
   * Parameters
   * ----------
   * loc : number | array_like, optional
   *     Default 0.
   * scale : number | array_like, optional
   *     Non-negative, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).gumbel(0, 1, 3)   // array([-0.01315993,  1.15703001,  3.17398381])
   */
  gumbel<A extends readonly unknown[]>(...args: A): Draw<A, ['loc', 'scale', 'size'], 'loc' | 'scale'>;
  /**
   * Samples from a logistic distribution.
   *
   * Parameters
   * ----------
   * loc : number | array_like, optional
   *     Default 0.
   * scale : number | array_like, optional
   *     Non-negative, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).logistic(0, 1, 3)   // array([ 0.56220114, -0.99570497, -3.15299258])
   */
  logistic<A extends readonly unknown[]>(...args: A): Draw<A, ['loc', 'scale', 'size'], 'loc' | 'scale'>;
  /**
   * Samples from a log-normal distribution: `exp(normal(mean, sigma))`.
   *
   * Parameters
   * ----------
   * mean : number | array_like, optional
   *     Mean of the underlying normal, default 0.
   * sigma : number | array_like, optional
   *     Its non-negative standard deviation, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).lognormal(0, 1, 3)   // array([1.1339762, 0.8762491, 1.8972826])
   */
  lognormal<A extends readonly unknown[]>(...args: A): Draw<A, ['mean', 'sigma', 'size'], 'mean' | 'sigma'>;
  /**
   * Samples from a Rayleigh distribution.
   *
   * Parameters
   * ----------
   * scale : number | array_like, optional
   *     Non-negative mode, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).rayleigh(2, 3)   // array([2.33226397, 2.85600714, 0.39806193])
   */
  rayleigh<A extends readonly unknown[]>(...args: A): Draw<A, ['scale', 'size'], 'scale'>;
  /**
   * Samples from a Wald (inverse Gaussian) distribution.
   *
   * Parameters
   * ----------
   * mean : number | array_like
   *     Positive.
   * scale : number | array_like
   *     Positive.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).wald(3, 2, 3)   // array([2.57223863, 1.39526977, 5.71697974])
   */
  wald<A extends readonly unknown[]>(...args: A): Draw<A, ['mean', 'scale', 'size'], 'mean' | 'scale'>;
  /**
   * Samples from the triangular distribution over [left, right] with peak at `mode`.
   *
   * Parameters
   * ----------
   * left : number | array_like
   * mode : number | array_like
   *     left <= mode <= right.
   * right : number | array_like
   *     left < right.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).triangular(-3, 0, 8, 3)   // array([ 2.34779941, -0.01621691, -1.83719035])
   */
  triangular<A extends readonly unknown[]>(...args: A): Draw<A, ['left', 'mode', 'right', 'size'], 'left' | 'mode' | 'right'>;
}

type SourceOf = (self: unknown) => Source;
type Impl = (this: unknown, ...args: unknown[]) => number | NDArray;

const spec = (...s: ParamSpec[]): ParamSpec[] => s;
const always: Sampler = () => 1;
/** Gamma-like samplers draw nothing for a zero shape. */
const nonzero: Sampler = (a) => (a !== 0 ? 1 : 0);

/**
 * The implementations of `ContinuousMethods` for a class whose instances give their
 * `Source` through `sourceOf`.
 *
 * Parameters
 * ----------
 * sourceOf : (self) => Source
 * legacy : boolean
 *     RandomState's argument lists (no dtype or method).
 *
 * @example
 * Object.assign(Generator.prototype, continuousMethods((g) => generatorSource(g.bit_generator), false));
 */
export function continuousMethods(sourceOf: SourceOf, legacy: boolean): Record<keyof ContinuousMethods, Impl> {
  /**
   * A method drawing `draw(s)(a, b, c)` per element over the parameters of `specs`;
   * `oneWord` says for which parameters every draw takes at least one 64-bit word.
   */
  const m = (name: string, specs: ParamSpec[], draw: (s: Source) => Sampler, oneWord: Sampler = always): Impl =>
    function (this: unknown, ...args: unknown[]) {
      return sample(name, args, specs, sourceOf(this), draw, 'float64', oneWord);
    };
  const locScale = spec(['loc', 0, 'none'], ['scale', 1, 'nonneg']);
  return {
    standard_exponential(this: unknown, ...args: unknown[]) {
      const s = sourceOf(this);
      if (legacy) return sample('standard_exponential', args, [], s, (src) => () => src.exponential());
      const a = bind('standard_exponential', args, ['size', 'dtype', 'method']);
      const method = a.method ?? 'zig';
      if (method !== 'zig' && method !== 'inv') throw new ValueError("Unknown method: method must be either 'zig' or 'inv'.");
      const dtype = toDType(a.dtype as string | undefined, 'float64');
      const shape = toSize(a.size);
      if (dtype === 'float32') {
        const n = shape === null ? 1 : prod(shape);
        const out = new Float32Array(n);
        for (let i = 0; i < n; i++) out[i] = method === 'inv' ? -Math.log1p(-Math.fround((s.g.nextUint32() >>> 8) * (1.0 / 16777216.0))) : standardExponentialF(s.g);
        return shape === null ? out[0] : wrap(out, shape, 'float32');
      }
      if (dtype !== 'float64') throw new NumpyTypeError(`Unsupported dtype dtype('${dtype}') for standard_exponential`);
      const draw = method === 'inv'
        ? (src: Source): Sampler => () => -Math.log1p(-src.double())
        : (src: Source): Sampler => () => src.exponential();
      return sample('standard_exponential', [{ size: a.size }], [], s, draw, 'float64', always);
    },
    exponential: m('exponential', spec(['scale', 1, 'nonneg']), (s) => (scale) => scale * s.exponential()),
    standard_gamma(this: unknown, ...args: unknown[]) {
      const s = sourceOf(this);
      const specs = spec(['shape', undefined, 'nonneg']);
      const gamma = (src: Source): Sampler => (k) => C.standardGamma(src, k);
      if (legacy) return sample('standard_gamma', args, specs, s, gamma, 'float64', nonzero);
      const a = bind('standard_gamma', args, ['shape', 'size', 'dtype']);
      const dtype = toDType(a.dtype as string | undefined, 'float64');
      const rest = { shape: a.shape, size: a.size };
      if (dtype === 'float64') return sample('standard_gamma', [rest], specs, s, gamma, 'float64', nonzero);
      if (dtype !== 'float32') throw new NumpyTypeError(`Unsupported dtype dtype('${dtype}') for standard_gamma`);
      const r = sample('standard_gamma', [rest], specs, s, (src) => (k) => standardGammaF(src.g, Math.fround(k)));
      if (typeof r === 'number') return r;
      return wrap(Float32Array.from(r.data as Float64Array), r.shape.slice(), 'float32');
    },
    gamma: m('gamma', spec(['shape', undefined, 'nonneg'], ['scale', 1, 'nonneg']), (s) => (k, sc) => sc * C.standardGamma(s, k), nonzero),
    beta: m('beta', spec(['a', undefined, 'pos'], ['b', undefined, 'pos']), (s) => (a, b) => C.beta(s, a, b)),
    chisquare: m('chisquare', spec(['df', undefined, 'pos']), (s) => (df) => C.chisquare(s, df)),
    noncentral_chisquare: m('noncentral_chisquare', spec(['df', undefined, 'pos'], ['nonc', undefined, 'nonneg']),
      (s) => (df, nonc) => C.noncentralChisquare(s, df, nonc), (_df, nonc) => (Number.isNaN(nonc) ? 0 : 1)),
    f: m('f', spec(['dfnum', undefined, 'pos'], ['dfden', undefined, 'pos']), (s) => (a, b) => C.fDist(s, a, b)),
    noncentral_f: m('noncentral_f', spec(['dfnum', undefined, 'pos'], ['dfden', undefined, 'pos'], ['nonc', undefined, 'nonneg']),
      (s) => (a, b, c) => C.noncentralF(s, a, b, c), (_a, _b, nonc) => (Number.isNaN(nonc) ? 0 : 1)),
    standard_cauchy: m('standard_cauchy', [], (s) => () => C.standardCauchy(s)),
    standard_t: m('standard_t', spec(['df', undefined, 'pos']), (s) => (df) => C.standardT(s, df)),
    vonmises: m('vonmises', spec(['mu', undefined, 'none'], ['kappa', undefined, 'nonneg']), (s) => (mu, k) => C.vonmises(s, mu, k),
      (_mu, k) => (Number.isNaN(k) ? 0 : 1)),
    pareto: m('pareto', spec(['a', undefined, 'pos']), (s) => (a) => C.pareto(s, a)),
    weibull: m('weibull', spec(['a', undefined, 'nonneg']), (s) => (a) => C.weibull(s, a), nonzero),
    power: m('power', spec(['a', undefined, 'pos']), (s) => (a) => C.power(s, a)),
    laplace: m('laplace', locScale, (s) => (l, sc) => C.laplace(s, l, sc)),
    gumbel: m('gumbel', locScale, (s) => (l, sc) => C.gumbel(s, l, sc)),
    logistic: m('logistic', locScale, (s) => (l, sc) => C.logistic(s, l, sc)),
    lognormal: m('lognormal', spec(['mean', 0, 'none'], ['sigma', 1, 'nonneg']), (s) => (mu, sg) => C.lognormal(s, mu, sg)),
    rayleigh: m('rayleigh', spec(['scale', 1, 'nonneg']), (s) => (sc) => C.rayleigh(s, sc)),
    wald: m('wald', spec(['mean', undefined, 'pos'], ['scale', undefined, 'pos']), (s) => (mu, sc) => C.wald(s, mu, sc)),
    triangular(this: unknown, ...args: unknown[]) {
      const s = sourceOf(this);
      return sample('triangular', args, spec(['left', undefined, 'none'], ['mode', undefined, 'none'], ['right', undefined, 'none']),
        s, (src) => (l, md, r) => {
          if (l > md) throw new ValueError('left > mode');
          if (md > r) throw new ValueError('mode > right');
          if (l === r) throw new ValueError('left == right');
          return C.triangular(src, l, md, r);
        });
    },
  };
}
