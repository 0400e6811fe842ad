/**
 * The discrete distribution methods shared by `Generator` and `RandomState` (and the
 * legacy `np.random.*` functions): NumPy's parameter checks (the legacy ones where
 * RandomState's differ) and broadcasting around the samplers of `discrete.ts`, int64
 * results.
 */
import type { Draw } from '../common';
import type { NDArray } from '../nd';
import { sample, type ParamSpec, type Sampler } from './broadcast';
import type { Source } from './source';
import * as D from './discrete';
import { hypergeometricMethod } from './hypergeometric';

/** The discrete samplers, as methods. */
export interface DiscreteMethods {
  /**
   * Samples from a binomial distribution: successes in `n` trials of probability `p`
   * (inversion when n*p <= 30, else BTPE).
   *
   * Parameters
   * ----------
   * n : number | array_like
   *     Non-negative integer number of trials.
   * p : number | array_like
   *     Probability in [0, 1].
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).binomial(10, 0.3, 5)   // array([3, 2, 1, 0, 4])
   */
  binomial<A extends readonly unknown[]>(...args: A): Draw<A, ['n', 'p', 'size'], 'n' | 'p'>;
  /**
   * Samples from a negative binomial distribution: failures before `n` successes.
   *
   * Parameters
   * ----------
   * n : number | array_like
   *     Positive number of successes.
   * p : number | array_like
   *     Success probability in (0, 1].
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).negative_binomial(5, 0.5, 4)   // array([1, 5, 1, 2])
   */
  negative_binomial<A extends readonly unknown[]>(...args: A): Draw<A, ['n', 'p', 'size'], 'n' | 'p'>;
  /**
   * Samples from a Poisson distribution of mean `lam` (multiplication below 10, PTRS
   * above).
   *
   * Parameters
   * ----------
   * lam : number | array_like, optional
   *     Non-negative expected count, default 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).poisson(5, 4)   // array([3, 7, 3, 4])
   */
  poisson<A extends readonly unknown[]>(...args: A): Draw<A, ['lam', 'size'], 'lam'>;
  /**
   * Samples from a geometric distribution: trials until the first success.
   *
   * Parameters
   * ----------
   * p : number | array_like
   *     Success probability in (0, 1].
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).geometric(0.35, 5)   // array([3, 1, 1, 1, 4])
   */
  geometric<A extends readonly unknown[]>(...args: A): Draw<A, ['p', 'size'], 'p'>;
  /**
   * Samples from a Zipf (zeta) distribution with exponent `a`.
   *
   * Parameters
   * ----------
   * a : number | array_like
   *     Greater than 1.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).zipf(2, 5)   // array([2, 1, 2, 5, 7])
   */
  zipf<A extends readonly unknown[]>(...args: A): Draw<A, ['a', 'size'], 'a'>;
  /**
   * Samples from a logarithmic series distribution.
   *
   * Parameters
   * ----------
   * p : number | array_like
   *     In [0, 1).
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).logseries(0.6, 5)   // array([1, 1, 7, 1, 1])
   */
  logseries<A extends readonly unknown[]>(...args: A): Draw<A, ['p', 'size'], 'p'>;
  /**
   * Samples from a hypergeometric distribution: good items among `nsample` drawn without
   * replacement from `ngood` good and `nbad` bad ones.
   *
   * Parameters
   * ----------
   * ngood, nbad : number | array_like
   *     Non-negative integers.
   * nsample : number | array_like
   *     Integer, at most ngood + nbad.
   * size : number | number[], optional
   *
   * @example
   * np.random.default_rng(0).hypergeometric(15, 15, 10, 4)   // array([4, 6, 5, 4])
   */
  hypergeometric<A extends readonly unknown[]>(...args: A): Draw<A, ['ngood', 'nbad', 'nsample', 'size'], 'ngood' | 'nbad' | 'nsample'>;
}

type SourceOf = (self: unknown) => Source;
type Impl = (this: unknown, ...args: unknown[]) => number | NDArray;

/**
 * The implementations of `DiscreteMethods` for a class whose instances give their
 * `Source` through `sourceOf`.
 *
 * Parameters
 * ----------
 * sourceOf : (self) => Source
 * legacy : boolean
 *     RandomState's parameter checks.
 *
 * @example
 * Object.assign(RandomState.prototype, discreteMethods((rs) => rs._source(), true));
 */
export function discreteMethods(sourceOf: SourceOf, legacy: boolean): Record<keyof DiscreteMethods, Impl> {
  /** `oneWord`: for which parameters every draw takes at least one 64-bit word. */
  const m = (name: string, specs: ParamSpec[], draw: (s: Source) => Sampler, oneWord: Sampler = () => 1): Impl =>
    function (this: unknown, ...args: unknown[]) {
      return sample(name, args, specs, sourceOf(this), draw, 'int64', oneWord);
    };
  return {
    binomial: m('binomial', [['n', undefined, legacy ? 'legacy_long' : 'nonneg'], ['p', undefined, 'b01']],
      // n is read as an integer (NumPy casts it to int64 / long).
      (s) => (n, p) => D.binomial(s, p, Math.trunc(n)), (n, p) => (Math.trunc(n) !== 0 && p !== 0 ? 1 : 0)),
    negative_binomial: m('negative_binomial',
      legacy ? [['n', undefined, 'pos'], ['p', undefined, 'b01']] : [['n', undefined, 'pos_notnan'], ['p', undefined, 'bgt01']],
      (s) => (n, p) => D.negativeBinomial(s, n, p)),
    poisson: m('poisson', [['lam', 1, 'poisson']], (s) => (lam) => D.poisson(s, lam), (lam) => (lam !== 0 ? 1 : 0)),
    geometric: m('geometric', [['p', undefined, 'bgt01']], (s) => (p) => D.geometric(s, p)),
    zipf: m('zipf', [['a', undefined, 'gt1']], (s) => (a) => D.zipf(s, a), (a) => (a < 1025 ? 1 : 0)),
    logseries: m('logseries', [['p', undefined, 'blt01']], (s) => (p) => D.logseries(s, p)),
    hypergeometric: hypergeometricMethod(sourceOf, legacy),
  };
}
