/**
 * NumPy's legacy `np.random.*` functions: the methods of one global RandomState (MT19937),
 * so after `np.random.seed(s)` they return NumPy's own stream for that seed.
 */
import { RandomState, type LegacySeed, type LegacyState, type RandintParams, type ChoiceParams } from './legacy';
import type { NDArray, ArrayInput } from './nd';
import type { Draw, ArgOf, IntScalar, ChoiceScalar, DimsDraw } from './common';
import { DISTRIBUTION_NAMES, type DistributionMethods } from './distributions/index';

/** The global RandomState behind `np.random.seed`, `np.random.rand`, ... */
const _rand = new RandomState();

/**
 * Seeds the global legacy generator (`np.random.seed`).
 *
 * Parameters
 * ----------
 * seed : number | number[], optional
 *     An integer in [0, 2**32 - 1] or an array of them; omitted draws fresh entropy.
 *
 * @example
 * np.random.seed(0);
 * np.random.rand()   // 0.5488135039273248
 */
export function seed(s?: LegacySeed): void {
  _rand.seed(s);
}

/**
 * Floats in [0.0, 1.0) from the global generator (`np.random.random`).
 *
 * Parameters
 * ----------
 * size : number | number[], optional
 *
 * @example
 * np.random.seed(123);
 * np.random.random()   // 0.6964691855978616
 */
function random_<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
function random_(...args: unknown[]): number | NDArray {
  return _rand.random(...args);
}

/**
 * Floats in [0.0, 1.0) (`np.random.random_sample`).
 *
 * Parameters
 * ----------
 * size : number | number[], optional
 *
 * @example
 * np.random.seed(0);
 * np.random.random_sample([2, 2])
 */
export function random_sample<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
export function random_sample(...args: unknown[]): number | NDArray {
  return _rand.random_sample(...args);
}

/**
 * Floats in [0, 1) with the dimensions as separate arguments (`np.random.rand`).
 *
 * Parameters
 * ----------
 * d0, d1, ..., dn : number, optional
 *
 * @example
 * np.random.seed(42);
 * np.random.rand(2, 3)
 */
export function rand<D extends (number | number[])[]>(...dims: D): DimsDraw<D>;
export function rand(...dims: (number | number[])[]): number | NDArray {
  return _rand.rand(...dims);
}

/**
 * Standard normal samples with the dimensions as separate arguments (`np.random.randn`).
 *
 * Parameters
 * ----------
 * d0, d1, ..., dn : number, optional
 *
 * @example
 * np.random.seed(0);
 * np.random.randn(4)   // array([1.76405235, 0.40015721, 0.97873798, 2.2408932 ])
 */
export function randn<D extends (number | number[])[]>(...dims: D): DimsDraw<D>;
export function randn(...dims: (number | number[])[]): number | NDArray {
  return _rand.randn(...dims);
}

/**
 * Random integers in [low, high), or [0, low) with one bound (`np.random.randint`).
 *
 * Parameters
 * ----------
 * low : number | array_like
 * high : number | array_like, optional
 * size : number | number[], optional
 * dtype : string, optional
 *     Default 'int64'.
 *
 * Returns
 * -------
 * NDArray when `size` is given or a bound is an array, else a JS number (a boolean for
 * dtype 'bool').
 *
 * @example
 * np.random.seed(1);
 * np.random.randint(0, 10, {size: 5})   // array([5, 8, 9, 5, 0])
 */
export function randint<const A extends readonly unknown[]>(...args: A): Draw<A, RandintParams, 'low' | 'high', IntScalar<ArgOf<A, RandintParams, 'dtype'>>>;
export function randint(...args: unknown[]): number | boolean | NDArray {
  return _rand.randint(...args);
}

/**
 * Samples from a normal distribution (`np.random.normal`).
 *
 * Parameters
 * ----------
 * loc : number | array_like, optional
 * scale : number | array_like, optional
 * size : number | number[], optional
 *
 * @example
 * np.random.seed(0);
 * np.random.normal(10, 2, {size: 3})   // array([13.52810469, 10.80031442, 11.95747597])
 */
export function normal<A extends readonly unknown[]>(...args: A): Draw<A, ['loc', 'scale', 'size'], 'loc' | 'scale'>;
export function normal(...args: unknown[]): number | NDArray {
  return _rand.normal(...args);
}

/**
 * Samples from a uniform distribution over [low, high) (`np.random.uniform`).
 *
 * Parameters
 * ----------
 * low : number | array_like, optional
 * high : number | array_like, optional
 * size : number | number[], optional
 *
 * @example
 * np.random.seed(3);
 * np.random.uniform(-1, 1, {size: 4})
 */
export function uniform<A extends readonly unknown[]>(...args: A): Draw<A, ['low', 'high', 'size'], 'low' | 'high'>;
export function uniform(...args: unknown[]): number | NDArray {
  return _rand.uniform(...args);
}

/**
 * Samples from the standard normal distribution (`np.random.standard_normal`).
 *
 * Parameters
 * ----------
 * size : number | number[], optional
 *
 * @example
 * np.random.seed(0);
 * np.random.standard_normal(3)   // array([1.76405235, 0.40015721, 0.97873798])
 */
export function standard_normal<A extends readonly unknown[]>(...args: A): Draw<A, ['size']>;
export function standard_normal(...args: unknown[]): number | NDArray {
  return _rand.standard_normal(...args);
}

/**
 * A random sample from a 1-d array or from `arange(a)` (`np.random.choice`).
 *
 * Parameters
 * ----------
 * a : number | array_like
 * size : number | number[], optional
 * replace : boolean, optional
 * p : array_like, optional
 *
 * Returns
 * -------
 * NDArray when `size` is given, else one entry: a JS number (an index for an integer
 * `a`) or boolean. For an ndarray `a` without `size` the result is typed `any`.
 *
 * @example
 * np.random.seed(0);
 * np.random.choice(5, 3, {replace: false})   // array([2, 0, 1])
 */
export function choice<A extends readonly unknown[]>(...args: A): Draw<A, ChoiceParams, never, ChoiceScalar<ArgOf<A, ChoiceParams, 'a'>>>;
export function choice(...args: unknown[]): number | boolean | NDArray {
  return _rand.choice(...args);
}

/**
 * Shuffles an array in place along its first axis (`np.random.shuffle`).
 *
 * Parameters
 * ----------
 * x : NDArray | any[]
 *
 * @example
 * np.random.seed(0);
 * const a = np.arange(8);
 * np.random.shuffle(a);   // a is array([6, 2, 1, 7, 3, 0, 5, 4])
 */
export function shuffle(x: NDArray | unknown[]): void {
  _rand.shuffle(x);
}

/**
 * A permuted `arange(x)`, or a permuted copy of an array (`np.random.permutation`).
 *
 * Parameters
 * ----------
 * x : number | array_like
 *
 * @example
 * np.random.seed(0);
 * np.random.permutation(10)   // array([2, 8, 4, 9, 1, 6, 7, 3, 0, 5])
 */
export function permutation(x: number | ArrayInput): NDArray {
  return _rand.permutation(x);
}

/**
 * The global generator's state (`np.random.get_state`).
 *
 * @example
 * const st = np.random.get_state();
 */
export function get_state(): LegacyState {
  return _rand.get_state();
}

/**
 * Restores the global generator's state (`np.random.set_state`).
 *
 * Parameters
 * ----------
 * state : array from get_state()
 *
 * @example
 * np.random.set_state(st);
 */
export function set_state(state: readonly unknown[]): void {
  _rand.set_state(state);
}

/**
 * The legacy distribution functions (`np.random.exponential`, `np.random.poisson`, ...): the
 * global RandomState's methods, NumPy's legacy streams after `np.random.seed`.
 */
export type LegacyDistributions = Pick<DistributionMethods, (typeof DISTRIBUTION_NAMES)[number]>;

/** The legacy distributions as functions of the global RandomState (np spreads them into np.random). */
export const legacyDistributions = Object.fromEntries(
  DISTRIBUTION_NAMES.map((name) => [name, (...args: unknown[]) => (_rand[name] as (...a: unknown[]) => unknown)(...args)]),
) as unknown as LegacyDistributions;


/** np.random.random: `random` is also the module's name, so the function is random_ here. */
export { random_ as random };
