/** Statistics: average. */
import { NDArray, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, promoteTypes, kindOf, castScalar } from '../dtype';
import { ZeroDivisionError } from '../errors';
import { broadcast_to } from '../views';
import { iterationOrder, denseStrides } from '../reduce-iteration';
import { allocate } from '../allocate';
import * as m from '../math';
import * as r from '../reduce';
import { Axis, kwargs, sameShape, axisTuple, scalarArray, rounder } from './helpers';
import { weightsAreValid } from './quantile';


/** Options of average. */
export interface AverageOptions {
  /** Axis or axes to average over; null (default) averages all elements. */
  axis?: Axis;
  /** Weights, the shape of `a` or 1-d along `axis` (n-d along several axes). */
  weights?: ArrayLike | null;
  /** Also return the sum of weights: `[avg, sum_of_weights]`. */
  returned?: boolean;
  /** Keep reduced axes as length 1. */
  keepdims?: boolean;
}

/**
 * Weighted average along the given axes: sum(a * w) / sum(w), or the mean without weights.
 * With `returned: true` it returns `[average, sum_of_weights]`.
 *
 * @example
 * np.average(np.array([1, 2, 3, 4]), {weights: [4, 3, 2, 1]})                  // 2
 * np.average(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 0, weights: [1, 3]})     // array([3.25, 2.75, 5.25])
 */
export function average(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, AverageOptions>): any;
export function average(a: ArrayLike, axis?: null | (r.WholeOptions<AverageOptions> & { returned?: false }), opts?: r.WholeOptions<AverageOptions> & { returned?: false }): number;
export function average(a: ArrayLike, axis: number | readonly number[] | (r.ArrayOptions<AverageOptions> & { returned?: false }), opts?: AverageOptions & { axis?: number | readonly number[]; returned?: false }): NDArray;
export function average(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<AverageOptions> & { returned?: false }): NDArray;
export function average(a: ArrayLike, axis: r.WholeOptions<AverageOptions> & { returned: true }): [number, number];
export function average(a: ArrayLike, axis: r.ArrayOptions<AverageOptions> & { returned: true }): [NDArray, NDArray];
export function average(a: ArrayLike, axis?: Axis | AverageOptions, opts?: AverageOptions): any;
export function average(a: ArrayLike, axis?: Axis | AverageOptions, opts: AverageOptions = {}): any {
  const o = kwargs<AverageOptions>(['axis'], [axis, opts]);
  const x = asarray(a);
  const axes = o.axis === undefined || o.axis === null ? null : axisTuple(o.axis, x.ndim);
  const kd = o.keepdims !== undefined ? { keepdims: o.keepdims } : {};
  let avg: NDArray | number;
  let scl: NDArray | number;
  let dtype: DType;
  if (o.weights === undefined || o.weights === null) {
    avg = r.mean(x, { axis: axes, ...kd });
    dtype = avg instanceof NDArray ? avg.dtype : x.dtype === 'float32' ? 'float32' : 'float64';
    const size = avg instanceof NDArray ? avg.size : 1;
    // NumPy computes a.size / avg.size in Python, which fails for an empty result.
    if (size === 0) throw new ZeroDivisionError('division by zero');
    scl = castScalar(x.size / size, dtype);
  } else {
    const wgt = weightsAreValid(o.weights, x, axes);
    dtype = kindOf(x.dtype) === 'f' ? promoteTypes(x.dtype, wgt.dtype) : promoteTypes(promoteTypes(x.dtype, wgt.dtype), 'float64');
    scl = r.sum(wgt, { axis: axes, dtype, ...kd });
    const zero = scl instanceof NDArray ? (r.any(m.equal(scl, 0)) as boolean) : scl === 0;
    if (zero) throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
    // NumPy's product array is laid out in the operands' axis order, which its sum walks.
    const wstr = wgt.shape.map((n, i) => (n === 1 ? 0 : wgt.elementStrides[i]));
    const layout = denseStrides(x.shape, iterationOrder(x.shape, [x.elementStrides, wstr]));
    const prod = new NDArray(allocate(dtype, x.size, x.shape), dtype, x.shape.slice(), layout);
    const s = r.sum(m.multiply(x, wgt, { dtype, out: prod }), { axis: axes, ...kd });
    if (typeof s === 'number' && typeof scl === 'number') avg = rounder(dtype)(s / scl);
    else avg = m.divide(s, scl) as NDArray;
  }
  if (!o.returned) return avg;
  if (avg instanceof NDArray) {
    const sarr = scl instanceof NDArray ? scl : scalarArray(scl, dtype);
    if (!sameShape(sarr.shape, avg.shape)) scl = copyToContiguous(broadcast_to(sarr, avg.shape));
    else if (!(scl instanceof NDArray)) scl = sarr;
  }
  return [avg, scl];
}
