/** Statistics: NaN-ignoring reductions. */
import { NDArray, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, type DTypeLike, toDType, kindOf, isFloat, castScalar } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { reshape } from '../views';
import { copyKeepOrder } from '../reduce-iteration';
import { allocate } from '../allocate';
import * as m from '../math';
import * as r from '../reduce';
import { Axis, kwargs, range, axisTuple, nd, rounder } from './helpers';


/** Reduction options of the nan* functions. */
export interface NanReduceOptions {
  /** Axis or axes to reduce; null (default) reduces all. */
  axis?: Axis;
  /** Keep reduced axes as length 1. */
  keepdims?: boolean;
  /** Accumulator / result dtype. */
  dtype?: DTypeLike | null;
  /** Array to write the result into. */
  out?: NDArray | null;
}

/** NumPy's _replace_nan: a copy with NaNs replaced (floats only) and the NaN mask. */
export function replaceNaN(x: NDArray, val: number): { arr: NDArray; mask: NDArray | null } {
  if (!isFloat(x.dtype)) return { arr: x, mask: null };
  // NumPy copies with order='K' (x's axis order), which the sums of the copy then walk.
  const arr = copyKeepOrder(x, x.dtype);
  const mask = new NDArray(allocate('bool', x.size, x.shape), 'bool', x.shape.slice(), arr.elementStrides.slice());
  const d = arr.data;
  for (let i = 0; i < d.length; i++) {
    if (d[i] !== d[i]) {
      d[i] = val;
      mask.data[i] = 1;
    }
  }
  return { arr, mask };
}

export function nanArgs(axis: Axis | NanReduceOptions | undefined, opts: NanReduceOptions): NanReduceOptions {
  return kwargs<NanReduceOptions>(['axis'], [axis, opts]);
}

/**
 * Sum over the given axes, treating NaNs as zero.
 *
 * @example
 * np.nansum(np.array([1, NaN, 3]))   // 4
 */
export function nansum(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanReduceOptions>): any;
export function nansum(a: ArrayLike, axis?: null | r.WholeOptions<NanReduceOptions>, opts?: r.WholeOptions<NanReduceOptions>): number;
export function nansum(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanReduceOptions>, opts?: NanReduceOptions & { axis?: number | readonly number[] }): NDArray;
export function nansum(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanReduceOptions>): NDArray;
export function nansum(a: ArrayLike, axis?: Axis | NanReduceOptions, opts?: NanReduceOptions): any;
export function nansum(a: ArrayLike, axis?: Axis | NanReduceOptions, opts: NanReduceOptions = {}): any {
  return r.sum(replaceNaN(asarray(a), 0).arr, nanArgs(axis, opts));
}

/**
 * Product over the given axes, treating NaNs as one.
 *
 * @example
 * np.nanprod(np.array([NaN, 3, 4]))   // 12
 */
export function nanprod(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanReduceOptions>): any;
export function nanprod(a: ArrayLike, axis?: null | r.WholeOptions<NanReduceOptions>, opts?: r.WholeOptions<NanReduceOptions>): number;
export function nanprod(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanReduceOptions>, opts?: NanReduceOptions & { axis?: number | readonly number[] }): NDArray;
export function nanprod(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanReduceOptions>): NDArray;
export function nanprod(a: ArrayLike, axis?: Axis | NanReduceOptions, opts?: NanReduceOptions): any;
export function nanprod(a: ArrayLike, axis?: Axis | NanReduceOptions, opts: NanReduceOptions = {}): any {
  return r.prod(replaceNaN(asarray(a), 1).arr, nanArgs(axis, opts));
}

/** Options of nancumsum / nancumprod. */
export interface NanAccumulateOptions {
  /** Axis to accumulate along; null (default) flattens. */
  axis?: number | null;
  /** Accumulator / result dtype. */
  dtype?: DTypeLike | null;
}

/**
 * Cumulative sum, treating NaNs as zero.
 *
 * @example
 * np.nancumsum(np.array([1, NaN, 3]))   // array([1., 1., 4.])
 */
export function nancumsum(a: ArrayLike, axis?: number | null | NanAccumulateOptions, opts: NanAccumulateOptions = {}): NDArray {
  return r.cumsum(replaceNaN(asarray(a), 0).arr, kwargs<NanAccumulateOptions>(['axis'], [axis, opts]));
}

/**
 * Cumulative product, treating NaNs as one.
 *
 * @example
 * np.nancumprod(np.array([2, NaN, 3]))   // array([2., 2., 6.])
 */
export function nancumprod(a: ArrayLike, axis?: number | null | NanAccumulateOptions, opts: NanAccumulateOptions = {}): NDArray {
  return r.cumprod(replaceNaN(asarray(a), 1).arr, kwargs<NanAccumulateOptions>(['axis'], [axis, opts]));
}

export function reducedAxesEmpty(x: NDArray, axis: Axis | undefined): boolean {
  const axes = axis === undefined || axis === null ? range(x.ndim) : axisTuple(axis, x.ndim);
  return x.ndim === 0 ? false : axes.some((ax) => x.shape[ax] === 0);
}

export function nanExtreme(kind: 'max' | 'min', a: ArrayLike, o: NanReduceOptions): any {
  const x = asarray(a);
  if (reducedAxesEmpty(x, o.axis)) {
    throw new ValueError(`zero-size array to reduction operation ${kind === 'max' ? 'fmax' : 'fmin'} which has no identity`);
  }
  if (!isFloat(x.dtype)) return kind === 'max' ? r.max(x, o) : r.min(x, o);
  const { arr, mask } = replaceNaN(x, kind === 'max' ? -Infinity : Infinity);
  const res = kind === 'max' ? r.max(arr, { axis: o.axis, keepdims: o.keepdims }) : r.min(arr, { axis: o.axis, keepdims: o.keepdims });
  const allNaN = r.all(mask!, { axis: o.axis, keepdims: o.keepdims });
  let out: any = res;
  if (typeof res === 'number') out = allNaN ? NaN : res;
  else {
    const an = allNaN as NDArray;
    for (let i = 0; i < an.size; i++) if (an.data[i]) res.data[i] = NaN;
  }
  if (o.out) {
    copyInto(o.out, nd(out));
    return o.out;
  }
  return out;
}

/**
 * Maximum over the given axes, ignoring NaNs (an all-NaN slice gives NaN).
 *
 * @example
 * np.nanmax(np.array([1, NaN, 3]))   // 3
 */
export function nanmax(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanReduceOptions>): any;
export function nanmax(a: ArrayLike, axis?: null | r.WholeOptions<NanReduceOptions>, opts?: r.WholeOptions<NanReduceOptions>): number;
export function nanmax(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanReduceOptions>, opts?: NanReduceOptions & { axis?: number | readonly number[] }): NDArray;
export function nanmax(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanReduceOptions>): NDArray;
export function nanmax(a: ArrayLike, axis?: Axis | NanReduceOptions, opts?: NanReduceOptions): any;
export function nanmax(a: ArrayLike, axis?: Axis | NanReduceOptions, opts: NanReduceOptions = {}): any {
  return nanExtreme('max', a, nanArgs(axis, opts));
}

/**
 * Minimum over the given axes, ignoring NaNs (an all-NaN slice gives NaN).
 *
 * @example
 * np.nanmin(np.array([[1, NaN], [NaN, 4], [2, 3]]), {axis: 0})   // array([1., 3.])
 */
export function nanmin(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanReduceOptions>): any;
export function nanmin(a: ArrayLike, axis?: null | r.WholeOptions<NanReduceOptions>, opts?: r.WholeOptions<NanReduceOptions>): number;
export function nanmin(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanReduceOptions>, opts?: NanReduceOptions & { axis?: number | readonly number[] }): NDArray;
export function nanmin(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanReduceOptions>): NDArray;
export function nanmin(a: ArrayLike, axis?: Axis | NanReduceOptions, opts?: NanReduceOptions): any;
export function nanmin(a: ArrayLike, axis?: Axis | NanReduceOptions, opts: NanReduceOptions = {}): any {
  return nanExtreme('min', a, nanArgs(axis, opts));
}

/** Options of nanargmax / nanargmin. */
export interface NanArgOptions {
  /** Axis to search along; null (default) searches the flattened array. */
  axis?: number | null;
  /** Keep the reduced axis as length 1. */
  keepdims?: boolean;
}

export function nanArg(kind: 'max' | 'min', a: ArrayLike, o: NanArgOptions): any {
  const x = asarray(a);
  const { arr, mask } = replaceNaN(x, kind === 'max' ? -Infinity : Infinity);
  if (mask && mask.size) {
    const all = r.all(mask, { axis: o.axis ?? null });
    const anyAll = typeof all === 'boolean' ? all : (r.any(all) as boolean);
    if (anyAll) throw new ValueError('All-NaN slice encountered');
  }
  return kind === 'max' ? r.argmax(arr, { axis: o.axis ?? null, keepdims: o.keepdims }) : r.argmin(arr, { axis: o.axis ?? null, keepdims: o.keepdims });
}

/**
 * Index of the maximum, ignoring NaNs. An all-NaN slice throws ValueError.
 *
 * @example
 * np.nanargmax(np.array([NaN, 4, 2]))   // 1
 */
export function nanargmax(a: ArrayLike, ...untyped: r.UntypedArgs<number | null, NanArgOptions>): any;
export function nanargmax(a: ArrayLike, axis?: null | r.WholeOptions<NanArgOptions>, opts?: r.WholeOptions<NanArgOptions>): number;
export function nanargmax(a: ArrayLike, axis: number | r.ArrayOptions<NanArgOptions>, opts?: NanArgOptions & { axis?: number }): NDArray;
export function nanargmax(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanArgOptions>): NDArray;
export function nanargmax(a: ArrayLike, axis?: number | null | NanArgOptions, opts?: NanArgOptions): any;
export function nanargmax(a: ArrayLike, axis?: number | null | NanArgOptions, opts: NanArgOptions = {}): any {
  return nanArg('max', a, kwargs<NanArgOptions>(['axis'], [axis, opts]));
}

/**
 * Index of the minimum, ignoring NaNs. An all-NaN slice throws ValueError.
 *
 * @example
 * np.nanargmin(np.array([NaN, 4, 2]))   // 2
 */
export function nanargmin(a: ArrayLike, ...untyped: r.UntypedArgs<number | null, NanArgOptions>): any;
export function nanargmin(a: ArrayLike, axis?: null | r.WholeOptions<NanArgOptions>, opts?: r.WholeOptions<NanArgOptions>): number;
export function nanargmin(a: ArrayLike, axis: number | r.ArrayOptions<NanArgOptions>, opts?: NanArgOptions & { axis?: number }): NDArray;
export function nanargmin(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanArgOptions>): NDArray;
export function nanargmin(a: ArrayLike, axis?: number | null | NanArgOptions, opts?: NanArgOptions): any;
export function nanargmin(a: ArrayLike, axis?: number | null | NanArgOptions, opts: NanArgOptions = {}): any {
  return nanArg('min', a, kwargs<NanArgOptions>(['axis'], [axis, opts]));
}

export function checkInexactOptions(o: NanReduceOptions): void {
  if (o.dtype !== undefined && o.dtype !== null && !isFloat(toDType(o.dtype))) {
    throw new NumpyTypeError('If a is inexact, then dtype must be inexact');
  }
  if (o.out && !isFloat(o.out.dtype)) throw new NumpyTypeError('If a is inexact, then out must be inexact');
}

/** `_divide_by_count`: a / b, cast to a's dtype (a number is rounded to `dtype`). */
export function divideByCount(a: NDArray | number, b: NDArray | number, dtype: DType): NDArray | number {
  if (a instanceof NDArray) return m.divide(a, b, { out: a }) as NDArray;
  const bv = b instanceof NDArray ? (b.flatGet(0) as number) : b;
  return rounder(dtype)(a / bv);
}

/**
 * Mean over the given axes, ignoring NaNs (an all-NaN slice gives NaN).
 *
 * @example
 * np.nanmean(np.array([1, NaN, 3]))   // 2
 */
export function nanmean(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanReduceOptions>): any;
export function nanmean(a: ArrayLike, axis?: null | r.WholeOptions<NanReduceOptions>, opts?: r.WholeOptions<NanReduceOptions>): number;
export function nanmean(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanReduceOptions>, opts?: NanReduceOptions & { axis?: number | readonly number[] }): NDArray;
export function nanmean(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanReduceOptions>): NDArray;
export function nanmean(a: ArrayLike, axis?: Axis | NanReduceOptions, opts?: NanReduceOptions): any;
export function nanmean(a: ArrayLike, axis?: Axis | NanReduceOptions, opts: NanReduceOptions = {}): any {
  const o = nanArgs(axis, opts);
  const x = asarray(a);
  const { arr, mask } = replaceNaN(x, 0);
  if (mask === null) {
    const dt = o.dtype ? toDType(o.dtype) : null;
    if (dt && (kindOf(dt) === 'i' || kindOf(dt) === 'u')) {
      // np.mean with an integer dtype: an integer sum, true-divided, cast back (truncated).
      const s = r.sum(arr, { axis: o.axis, dtype: dt, keepdims: o.keepdims });
      const n = x.size / (s instanceof NDArray ? Math.max(s.size, 1) : 1);
      if (!(s instanceof NDArray)) return castScalar(s / n, dt);
      for (let i = 0; i < s.size; i++) s.data[i] = castScalar(s.data[i] / n, dt);
      return s;
    }
    return r.mean(arr, o);
  }
  checkInexactOptions(o);
  const cnt = r.sum(m.logical_not(mask), { axis: o.axis, dtype: 'int64', keepdims: o.keepdims });
  const tot = r.sum(arr, { axis: o.axis, dtype: o.dtype, keepdims: o.keepdims });
  const dtype = o.dtype ? toDType(o.dtype) : x.dtype;
  const avg = divideByCount(tot, cnt, dtype);
  if (o.out) {
    copyInto(o.out, nd(avg));
    return o.out;
  }
  return avg;
}

/** Options of nanvar / nanstd. */
export interface NanVarOptions extends NanReduceOptions {
  /** Delta degrees of freedom: the divisor is N - ddof, N the count of non-NaN values. */
  ddof?: number;
  /** Array API name of ddof. */
  correction?: number;
}

export function nanvarImpl(a: ArrayLike, o: NanVarOptions): { value: NDArray | number; dtype: DType } {
  const x = asarray(a);
  let ddof = o.ddof ?? 0;
  if (o.correction !== undefined) {
    if (ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
    ddof = o.correction;
  }
  const { arr, mask } = replaceNaN(x, 0);
  if (mask === null) {
    const v = r.variance(arr, { axis: o.axis, keepdims: o.keepdims, dtype: o.dtype, ddof });
    return { value: v, dtype: v instanceof NDArray ? v.dtype : o.dtype ? toDType(o.dtype) : x.dtype === 'float32' ? 'float32' : 'float64' };
  }
  checkInexactOptions(o);
  const dtype = o.dtype ? toDType(o.dtype) : x.dtype;
  const cnt = r.sum(m.logical_not(mask), { axis: o.axis, dtype: 'int64', keepdims: true }) as NDArray;
  let avg = r.sum(arr, { axis: o.axis, dtype: o.dtype, keepdims: true }) as NDArray;
  avg = m.divide(avg, cnt, { out: avg }) as NDArray;
  m.subtract(arr, avg, { out: arr });
  for (let i = 0; i < mask.size; i++) if (mask.data[i]) arr.data[i] = 0;
  const sqr = m.multiply(arr, arr, { out: arr }) as NDArray;
  let v = r.sum(sqr, { axis: o.axis, dtype: o.dtype, keepdims: o.keepdims });
  let dof = nd(m.subtract(cnt, ddof));
  if (v instanceof NDArray && v.ndim < dof.ndim) dof = reshape(dof, v.shape);
  v = divideByCount(v, dof, dtype);
  if (v instanceof NDArray) {
    for (let i = 0; i < v.size; i++) if ((dof.flatGet(i) as number) <= 0) v.data[i] = NaN;
  } else if ((dof.flatGet(0) as number) <= 0) v = NaN;
  return { value: v, dtype };
}

/**
 * Variance over the given axes, ignoring NaNs; `ddof` as in np.var.
 *
 * @example
 * np.nanvar(np.array([1, NaN, 3, 4]))   // 1.5555555555555554
 */
export function nanvar(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanVarOptions>): any;
export function nanvar(a: ArrayLike, axis?: null | r.WholeOptions<NanVarOptions>, opts?: r.WholeOptions<NanVarOptions>): number;
export function nanvar(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanVarOptions>, opts?: NanVarOptions & { axis?: number | readonly number[] }): NDArray;
export function nanvar(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanVarOptions>): NDArray;
export function nanvar(a: ArrayLike, axis?: Axis | NanVarOptions, opts?: NanVarOptions): any;
export function nanvar(a: ArrayLike, axis?: Axis | NanVarOptions, opts: NanVarOptions = {}): any {
  const o = kwargs<NanVarOptions>(['axis'], [axis, opts]);
  const { value } = nanvarImpl(a, o);
  if (o.out) {
    copyInto(o.out, nd(value));
    return o.out;
  }
  return value;
}

/**
 * Standard deviation over the given axes, ignoring NaNs; `ddof` as in np.std.
 *
 * @example
 * np.nanstd(np.array([1, NaN, 3, 4]), {ddof: 1})   // 1.5275252316519468
 */
export function nanstd(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, NanVarOptions>): any;
export function nanstd(a: ArrayLike, axis?: null | r.WholeOptions<NanVarOptions>, opts?: r.WholeOptions<NanVarOptions>): number;
export function nanstd(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<NanVarOptions>, opts?: NanVarOptions & { axis?: number | readonly number[] }): NDArray;
export function nanstd(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<NanVarOptions>): NDArray;
export function nanstd(a: ArrayLike, axis?: Axis | NanVarOptions, opts?: NanVarOptions): any;
export function nanstd(a: ArrayLike, axis?: Axis | NanVarOptions, opts: NanVarOptions = {}): any {
  const o = kwargs<NanVarOptions>(['axis'], [axis, opts]);
  const { value, dtype } = nanvarImpl(a, o);
  const s = value instanceof NDArray ? m.sqrt(value, { out: value }) : rounder(dtype)(Math.sqrt(value));
  if (o.out) {
    copyInto(o.out, nd(s));
    return o.out;
  }
  return s;
}
