/**
 * np.unwrap (phase unwrapping, NumPy's lib/_function_base_impl.py) and np.apply_over_axes
 * (lib/_shape_base_impl.py), written with np's own ufuncs as NumPy writes them.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { add, subtract, mod, equal, greater, less, absolute, logical_and } from '../math';
import { where } from '../elementwise';
import { cumsum } from '../reduce';
import { diff } from '../statistics';
import { result_type } from '../logic';
import { expand_dims } from '../views';
import { normalizeAxis } from '../shape';

/** Options of np.unwrap (NumPy's keywords). */
export interface UnwrapOptions {
  /** Jumps smaller than this are kept (default period / 2). */
  discont?: number | null;
  /** The axis to unwrap along (default -1). */
  axis?: number;
  /** The period of the signal (default 2π). */
  period?: number;
}

/**
 * Unwraps a phase signal: wherever consecutive values jump by more than `discont`, adds
 * multiples of `period` so that the jump is at most half a period.
 *
 * @example
 * np.unwrap(np.array([0, 3, 6.5, 10], {dtype: 'float64'}))
 * // array([ 0.        ,  3.        ,  0.21681469, -2.56637061])
 * np.unwrap(np.array([1, 2, 3, 4, 5, 6, 1, 2, 3]), {period: 6})   // array([1, 2, 3, 4, 5, 6, 7, 8, 9])
 */
export function unwrap(p: ArrayLike, discont: number | null | UnwrapOptions = null, opts: UnwrapOptions = {}): NDArray {
  const o: UnwrapOptions = discont !== null && typeof discont === 'object' ? discont : { ...opts, discont };
  const a = asarray(p);
  const period = o.period ?? 2 * Math.PI;
  const axis = normalizeAxis(o.axis ?? -1, a.ndim);
  const dd = diff(a, { axis });
  const disc = o.discont ?? period / 2;
  const dtype = result_type(dd, period);
  const integral = kindOf(dtype) === 'i' || kindOf(dtype) === 'u';
  const high = integral ? Math.floor(period / 2) : period / 2;
  const ambiguous = integral ? period % 2 === 0 : true;
  const low = -high;
  let ddmod = add(mod(subtract(dd, low), period), low) as NDArray;
  if (ambiguous) ddmod = where(logical_and(equal(ddmod, low), greater(dd, 0)), high, ddmod) as NDArray;
  let correct = subtract(ddmod, dd) as NDArray;
  correct = where(less(absolute(dd), disc), 0, correct) as NDArray;
  const up = a.astype(dtype);
  const tail = Array.from({ length: a.ndim }, (_, i) => (i === axis ? '1:' : ':')).join(', ');
  up.set(tail, add(a.get(tail), cumsum(correct, axis)));
  return up;
}

/**
 * Applies a reduction `func(a, axis)` over several axes in turn, keeping each reduced
 * axis as length 1 (the result has a's number of dimensions).
 *
 * @example
 * np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), [0, 2])
 * // array([[[ 60], [ 92], [124]]])
 */
export function apply_over_axes(func: (a: NDArray, axis: number) => ArrayLike, a: ArrayLike, axes: number | readonly number[]): NDArray {
  if (typeof func !== 'function') throw new NumpyTypeError(`'${func === null ? 'NoneType' : typeof func}' object is not callable`);
  let val = asarray(a);
  const n = val.ndim;
  const list = typeof axes === 'number' ? [axes] : axes instanceof NDArray ? (axes.ravel().tolist() as number[]) : axes;
  if (!Array.isArray(list) || !list.every((x) => Number.isInteger(x))) throw new NumpyTypeError('apply_over_axes: axes must be an integer or a list of integers');
  for (let axis of list) {
    if (axis < 0) axis += n;
    let res = asarray(func(val, axis));
    if (res.ndim !== val.ndim) {
      res = expand_dims(res, axis);
      if (res.ndim !== val.ndim) throw new ValueError('function is not returning an array of the correct shape');
    }
    val = res;
  }
  return val;
}
