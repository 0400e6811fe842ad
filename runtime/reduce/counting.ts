/** np.ptp (max - min) and np.count_nonzero over all elements or the given axes. */
import { NDArray, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { normalizeAxes } from '../shape';
import { subtract } from '../math';
import { Axis, ReduceOptions, UntypedArgs, WholeOptions, ArrayOptions, KeepOptions } from './types';
import { reduceCore, finish } from './core';
import { max, min } from './reductions';

/**
 * Range of values (max - min) over the given axes.
 *
 * @example
 * np.ptp(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 1})   // array([4, 4])
 */
export function ptp(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function ptp(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function ptp(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function ptp(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function ptp(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function ptp(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  // One options object (axis given either way), `out` kept for the difference: max and min
  // must not both write into it.
  const { out, ...o }: ReduceOptions = axis !== null && typeof axis === 'object' && !Array.isArray(axis) ? { ...(axis as ReduceOptions), ...opts } : { ...opts, axis: axis as Axis };
  const hi = max(a, o);
  const lo = min(a, o);
  if (typeof hi === 'number' && !out) return hi - (lo as number);
  return subtract(hi, lo, out ? { out } : undefined);
}

/**
 * Number of non-zero values, over all elements or the given axes.
 *
 * @example
 * np.count_nonzero(np.array([0, 1, 2, 0, 3]))   // 3
 */
export function count_nonzero(a: ArrayLike, axis?: Axis | { axis?: Axis; keepdims?: boolean }, opts: { keepdims?: boolean } = {}): any {
  const x = asarray(a);
  const o = axis !== null && typeof axis === 'object' && !Array.isArray(axis) ? (axis as { axis?: Axis; keepdims?: boolean }) : { ...opts, axis: axis as Axis };
  const axes = normalizeAxes(o.axis, x.ndim);
  const nz = reduceCore('sum', copyToContiguous(x, 'bool'), axes, 'int64');
  return finish(nz, axes, x.ndim, o.keepdims);
}
