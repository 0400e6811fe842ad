/**
 * Conversions NumPy keeps beside np.asarray: asanyarray, asarray_chkfinite, np.astype,
 * np.rollaxis, and the ufunc buffer size (getbufsize / setbufsize).
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DTypeLike, toDType } from '../dtype';
import { ValueError, AxisError, NumpyTypeError } from '../errors';
import { normalizeAxis } from '../shape';
import { transpose } from '../views';

/**
 * As np.asarray (there are no ndarray subclasses here to pass through).
 *
 * @example
 * np.asanyarray([1, 2])   // array([1, 2])
 */
export function asanyarray(a: ArrayLike, opts: { dtype?: DTypeLike | null } = {}): NDArray {
  const arr = asarray(a);
  return opts.dtype ? (arr.dtype === toDType(opts.dtype) ? arr : arr.astype(toDType(opts.dtype))) : arr;
}

/**
 * As np.asarray, refusing arrays that hold NaN or infinity (NumPy's ValueError).
 *
 * @example
 * np.asarray_chkfinite([1, 2])        // array([1, 2])
 * np.asarray_chkfinite([1, np.nan])   // ValueError: array must not contain infs or NaNs
 */
export function asarray_chkfinite(a: ArrayLike, opts: { dtype?: DTypeLike | null } = {}): NDArray {
  const arr = asanyarray(a, opts);
  if (arr.dtype === 'float32' || arr.dtype === 'float64') {
    for (const v of arr.ravel().data.subarray(0)) if (!Number.isFinite(v)) throw new ValueError('array must not contain infs or NaNs');
  }
  return arr;
}

/**
 * The array cast to `dtype` (NumPy 2's function form of `a.astype`); with `copy: false`
 * an array that already has the dtype is returned as it is.
 *
 * @example
 * np.astype(np.array([1.7, -1.7]), 'int32')   // array([ 1, -1], dtype=int32)
 */
export function astype(x: NDArray, dtype: DTypeLike, opts: { copy?: boolean } = {}): NDArray {
  if (!(x instanceof NDArray)) throw new NumpyTypeError(`Input should be a NumPy array. It is a ${x === null || x === undefined ? "<class 'NoneType'>" : Array.isArray(x) ? "<class 'list'>" : `<class '${typeof x}'>`} instead.`);
  const d = toDType(dtype);
  if (opts.copy === false && x.dtype === d) return x;
  return x.astype(d);
}

/**
 * Moves `axis` back until it lies before position `start` (NumPy's older spelling of
 * moveaxis; a view).
 *
 * @example
 * np.rollaxis(np.ones([3, 4, 5, 6]), 3, 1).shape   // [3, 6, 4, 5]
 */
export function rollaxis(a: ArrayLike, axis: number, start = 0): NDArray {
  const arr = asarray(a);
  const n = arr.ndim;
  const ax = normalizeAxis(axis, n);
  let st = start < 0 ? start + n : start;
  if (!(st >= 0 && st < n + 1)) {
    throw new AxisError(`'start' arg requires ${-n} <= start < ${n + 1}, but ${st} was passed in`);
  }
  if (ax < st) st--;
  const axes = Array.from({ length: n }, (_, i) => i).filter((i) => i !== ax);
  axes.splice(st, 0, ax);
  return transpose(arr, axes);
}

let bufsize = 8192;

/**
 * The size of the buffers ufuncs work in (NumPy's getbufsize; kept for code that asks).
 *
 * @example
 * np.getbufsize()   // 8192
 */
export function getbufsize(): number {
  return bufsize;
}

/**
 * Sets the ufunc buffer size (a multiple of 16) and returns the previous one. The kernels
 * here do not buffer, so only getbufsize sees it.
 *
 * @example
 * np.setbufsize(16384)   // 8192
 */
export function setbufsize(size: number): number {
  if (typeof size !== 'number' || !Number.isInteger(size)) throw new NumpyTypeError(`setbufsize: the size must be an integer, not ${typeof size}`);
  if (size % 16 !== 0) throw new ValueError(`Buffer size, ${size}, is not a multiple of 16`);
  const old = bufsize;
  bufsize = size;
  return old;
}
