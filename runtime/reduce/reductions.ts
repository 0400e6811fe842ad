/** np.sum, prod, max/amax, min/amin, all, any and mean: the public reductions on the engine (core.ts). */
import { type DType, toDType, kindOf, castScalar } from '../dtype';
import { NDArray } from '../ndarray';
import { type ArrayLike } from '../asarray';
import { normalizeAxes } from '../shape';
import { Axis, ReduceOptions, UntypedArgs, WholeOptions, ArrayOptions, KeepOptions } from './types';
import { reduceCore, finish, sumDType, parse, genericComplex, generic } from './core';

/**
 * Sum of array elements over the given axes.
 *
 * Parameters
 * - axis: an axis, a list of axes, or null (all; the default).
 * - keepdims: keep reduced axes as length 1.
 * - dtype: accumulator type; bool and small ints sum as int64 (uint64 for unsigned).
 *
 * @example
 * np.sum(np.array([1, 2, 3]))                        // 6
 * np.array([[1, 2], [3, 4]]).sum({axis: 0})          // array([4, 6])
 */
export function sum(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function sum(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function sum(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function sum(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function sum(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function sum(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('sum', a, axis, opts, sumDType);
}

/**
 * Product of array elements over the given axes.
 *
 * @example
 * np.prod(np.array([1, 2, 3, 4]))   // 24
 */
export function prod(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function prod(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function prod(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function prod(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function prod(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function prod(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('prod', a, axis, opts, sumDType);
}

/**
 * Maximum of array elements over the given axes (NaN propagates).
 *
 * @example
 * np.max(np.array([[1, 2], [5, 3]]), {axis: 0})   // array([5, 3])
 */
export function max(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function max(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function max(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function max(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function max(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function max(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('max', a, axis, opts, (d) => d);
}

/**
 * Minimum of array elements over the given axes (NaN propagates).
 *
 * @example
 * np.min(np.array([3, 1, 2]))   // 1
 */
export function min(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function min(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function min(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function min(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function min(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function min(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('min', a, axis, opts, (d) => d);
}

/** Alias of `max`. */
export const amax = max;
/** Alias of `min`. */
export const amin = min;

/**
 * Whether all elements (over the given axes) are true.
 *
 * @example
 * np.all(np.array([1, 2]).gt(0))   // true
 */
export function all(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function all(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): boolean;
export function all(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function all(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function all(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function all(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('all', a, axis, opts, () => 'bool');
}

/**
 * Whether any element (over the given axes) is true.
 *
 * @example
 * np.any(np.array([0, 0, 3]))   // true
 */
export function any(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function any(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): boolean;
export function any(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function any(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function any(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function any(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('any', a, axis, opts, () => 'bool');
}

/** The dtype of a mean: float32 stays, everything else computes in float64. */
export function meanDType(d: DType): DType {
  return d === 'float32' ? 'float32' : 'float64';
}

export function countOf(x: NDArray, axes: number[]): number {
  return axes.reduce((p, ax) => p * x.shape[ax], 1);
}

/**
 * Arithmetic mean over the given axes (ints average in float64).
 *
 * @example
 * np.mean(np.array([1, 2, 3, 4]))                       // 2.5
 * np.array([[1, 2], [3, 4]]).mean({axis: 1})           // array([1.5, 3.5])
 */
export function mean(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function mean(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function mean(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function mean(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function mean(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function mean(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  const [x, o] = parse(a, axis, opts);
  if (kindOf(x.dtype) === 'c') return genericComplex('mean', x, o);
  const axes = normalizeAxes(o.axis, x.ndim);
  const acc = o.dtype ? toDType(o.dtype) : meanDType(x.dtype);
  const s = reduceCore('sum', x, axes, acc);
  const n = countOf(x, axes);
  const d = s.data;
  // An integer dtype= truncates the quotient, as NumPy's true_divide cast back does.
  const intAcc = kindOf(acc) === 'i' || kindOf(acc) === 'u';
  for (let i = 0; i < d.length; i++) d[i] = intAcc ? castScalar(d[i] / n, acc) : acc === 'float32' ? Math.fround(d[i] / n) : d[i] / n;
  return finish(s, axes, x.ndim, o.keepdims, o.out);
}
