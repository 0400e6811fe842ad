/**
 * NumPy's distributions for `Generator` and `RandomState`: the method interfaces (typed
 * and documented for the editor) and their installation on each class's prototype with
 * that class's `Source` of primitive variates.
 */
import type { BitGen } from '../bitgen';
import { glibcLog } from '../libm';
import { type Source, generatorSource } from './source';
import { continuousMethods, type ContinuousMethods } from './continuous-methods';
import { discreteMethods, type DiscreteMethods } from './discrete-methods';
import { multivariateMethods, type MultivariateMethods } from './multivariate';

/** Every distribution method that Generator and RandomState share. */
export interface DistributionMethods extends ContinuousMethods, DiscreteMethods, MultivariateMethods {}

/** Names of the distribution methods, for the legacy `np.random.*` functions. */
export const DISTRIBUTION_NAMES = [
  'standard_exponential', 'exponential', 'standard_gamma', 'gamma', 'beta', 'chisquare',
  'noncentral_chisquare', 'f', 'noncentral_f', 'standard_cauchy', 'standard_t', 'vonmises',
  'pareto', 'weibull', 'power', 'laplace', 'gumbel', 'logistic', 'lognormal', 'rayleigh',
  'wald', 'triangular', 'binomial', 'negative_binomial', 'poisson', 'geometric', 'zipf',
  'logseries', 'hypergeometric', 'multinomial', 'dirichlet', 'multivariate_normal',
] as const satisfies readonly (keyof DistributionMethods)[];

/**
 * RandomState's source: MT19937 doubles, the legacy polar Gauss (with its cached spare)
 * and `-log(1 - U)` exponentials.
 *
 * Parameters
 * ----------
 * g : BitGen
 * gauss : () => number
 *     The RandomState's `legacy_gauss`.
 *
 * @example
 * legacySource(rs._bit_generator, () => rs.nextGauss())
 */
export function legacySource(g: BitGen, gauss: () => number): Source {
  return {
    g,
    double: () => g.nextDouble(),
    normal: gauss,
    exponential: () => -glibcLog(1.0 - g.nextDouble()),
    legacy: true,
  };
}

/**
 * Adds the distribution methods to a class prototype.
 *
 * Parameters
 * ----------
 * proto : object
 *     The prototype (Generator.prototype or RandomState.prototype).
 * makeSource : (self) => Source
 *     Builds an instance's Source (once per instance, then cached).
 * legacy : boolean
 *     RandomState's algorithms and argument lists.
 *
 * @example
 * installDistributions(Generator.prototype, (g) => generatorSource(g.bit_generator), false);
 */
export function installDistributions(proto: object, makeSource: (self: any) => Source, legacy: boolean): void {
  const cache = new WeakMap<object, Source>();
  const sourceOf = (self: unknown): Source => {
    let s = cache.get(self as object);
    if (!s) {
      s = makeSource(self);
      cache.set(self as object, s);
    }
    return s;
  };
  const methods = { ...continuousMethods(sourceOf, legacy), ...discreteMethods(sourceOf, legacy), ...multivariateMethods(sourceOf, legacy) };
  // Non-enumerable, as class methods are (inspectors list an instance's own state only).
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}

export { generatorSource };
export type { Source };
