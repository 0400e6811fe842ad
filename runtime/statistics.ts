/**
 * Statistics: order statistics (median, percentile, quantile and their nan* forms),
 * weighted averages, the NaN-ignoring reductions, covariance and correlation,
 * differences and gradients, convolution, interpolation, integration and the cross
 * product.
 *
 * Each function follows NumPy 2.4's own algorithm step by step (numpy/lib/
 * _function_base_impl.py, _nanfunctions_impl.py, numpy/_core/numeric.py), with the same
 * dtypes at every step, so results agree with NumPy's to the last digit: quantiles use
 * NumPy's `_lerp` (a + (b-a)*t, or b - (b-a)*(1-t) when t >= 0.5), `cov` scales by
 * `1/fact`, nanvar sums with the NaNs replaced by zeros, and so on.
 */
import { NDArray, zerosOf, copyToContiguous, copyInto, reshapeFresh } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { type DType, type DTypeLike, toDType, promoteTypes, kindOf, isFloat, castScalar } from './dtype';
import { normalizeAxis, sizeOf } from './shape';
import { ValueError, NumpyTypeError, ZeroDivisionError, IndexError, AxisError } from './errors';
import * as m from './math';
import * as r from './reduce';
import { moveaxis, reshape, transpose, broadcast_to } from './views';
import { iterationOrder, denseStrides, copyKeepOrder } from './reduce-iteration';
import { allocate } from './allocate';

// ---------------------------------------------------------------------------------------
// small helpers (module-private: every export of this file becomes np.<name>)
// ---------------------------------------------------------------------------------------

/** Axis argument: one axis, a list of axes, or null/undefined for all. */
type Axis = number | readonly number[] | null;

/** A trailing keyword-options object (not an array, typed array or ndarray). */
function isOptions(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof NDArray) && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer);
}

/** Maps positional arguments onto NumPy's parameter names; a trailing options object adds keywords. */
function kwargs<T>(names: readonly string[], args: readonly unknown[]): T {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (isOptions(v)) {
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = x;
      break;
    }
    if (v !== undefined && i < names.length) out[names[i]] = v;
  }
  return out as T;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** NumPy's normalize_axis_tuple: axes in the given order, `repeated axis` on duplicates. */
function axisTuple(axis: number | readonly number[], nd: number, prefix = ''): number[] {
  const list = typeof axis === 'number' ? [axis] : Array.from(axis);
  const out = list.map((a) => normalizeAxisPrefixed(a, nd, prefix));
  if (new Set(out).size !== out.length) throw new ValueError(prefix ? `${prefix}: repeated axis` : 'repeated axis');
  return out;
}

function normalizeAxisPrefixed(axis: number, nd: number, prefix: string): number {
  if (!prefix) return normalizeAxis(axis, nd);
  if (!Number.isInteger(axis)) return normalizeAxis(axis, nd);
  if (axis < -nd || axis >= nd) throw new AxisError(`${prefix}: axis ${axis} is out of bounds for array of dimension ${nd}`);
  return axis < 0 ? axis + nd : axis;
}

/** Python's slice bounds (start:stop, step 1) for a length-n axis. */
function pySlice(n: number, start: number | null, stop: number | null): [number, number] {
  const norm = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) v += n;
    return Math.min(Math.max(v, 0), n);
  };
  const s = norm(start, 0);
  const e = norm(stop, n);
  return [s, Math.max(e, s)];
}

/** `x[..., start:stop, ...]` on `axis`: a view. */
function sliceAxis(x: NDArray, axis: number, start: number | null, stop: number | null): NDArray {
  const [s, e] = pySlice(x.shape[axis], start, stop);
  const shape = x.shape.slice();
  shape[axis] = e - s;
  return new NDArray(x.data, x.dtype, shape, x.elementStrides.slice(), x.offset + s * x.elementStrides[axis], x);
}

/** `x[..., i, ...]` on `axis` (the axis is dropped): a view. */
function indexAxis(x: NDArray, axis: number, i: number): NDArray {
  const n = x.shape[axis];
  const k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
  const shape = x.shape.filter((_, d) => d !== axis);
  const strides = x.elementStrides.filter((_, d) => d !== axis);
  return new NDArray(x.data, x.dtype, shape, strides, x.offset + k * x.elementStrides[axis], x);
}

/** An ndarray from a ufunc result that may be a JS scalar. */
function nd(v: NDArray | number | boolean): NDArray {
  return v instanceof NDArray ? v : asarray(v);
}

/** A 0-d array of `dtype` holding `v`. */
function scalarArray(v: number, dtype: DType): NDArray {
  const out = zerosOf([], dtype);
  out.data[0] = castScalar(v, dtype);
  return out;
}

/** A 0-d result becomes a JS number (boolean for bool), as NumPy returns a scalar. */
function unwrap0d(a: NDArray): any {
  if (a.ndim !== 0) return a;
  const v = a.data[a.offset];
  return a.dtype === 'bool' ? v !== 0 : v;
}

/** np.concatenate along `axis` for arrays of equal ndim, with NumPy's messages. */
function concatAxis(arrays: NDArray[], axis: number): NDArray {
  const first = arrays[0];
  arrays.forEach((a, i) => {
    if (a.ndim !== first.ndim) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < a.ndim; d++) {
      if (d !== axis && a.shape[d] !== first.shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${a.shape[d]}`,
        );
      }
    }
  });
  let dtype = first.dtype;
  for (const a of arrays.slice(1)) dtype = promoteTypes(dtype, a.dtype);
  const shape = first.shape.slice();
  shape[axis] = arrays.reduce((s, a) => s + a.shape[axis], 0);
  const out = zerosOf(shape, dtype);
  let off = 0;
  for (const a of arrays) {
    copyInto(sliceAxis(out, axis, off, off + a.shape[axis]), a);
    off += a.shape[axis];
  }
  return out;
}

/** `np.array(x, ndmin=2, dtype=dtype)`: a C-ordered copy with leading axes of length 1. */
function atLeast2d(x: NDArray, dtype: DType): NDArray {
  const c = copyToContiguous(x, dtype);
  const shape = x.ndim === 0 ? [1, 1] : x.ndim === 1 ? [1, x.shape[0]] : x.shape.slice();
  return new NDArray(c.data, dtype, shape);
}

/** Rounding to a dtype's arithmetic: float32 rounds every step, ints wrap, float64 is exact JS. */
function rounder(d: DType): (v: number) => number {
  if (d === 'float64') return (v) => v;
  if (d === 'float32') return Math.fround;
  return (v) => castScalar(v, d);
}

const BOOL_SUBTRACT =
  'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.';

// ---------------------------------------------------------------------------------------
// extended-axis reductions (NumPy's _ureduce)
// ---------------------------------------------------------------------------------------

interface Ureduced {
  /** The array to reduce over one axis. */
  arr: NDArray;
  /** That axis. */
  ax: number;
  /** The input shape with reduced axes set to 1 (the keepdims shape). */
  kdShape: number[];
}

/** NumPy's _ureduce: a flattened array for axis=None, several axes merged into the last. */
function ureduce(x: NDArray, axis: Axis | undefined): Ureduced {
  if (axis === undefined || axis === null) {
    return { arr: reshape(x, [x.size]), ax: 0, kdShape: x.shape.map(() => 1) };
  }
  const axes = axisTuple(axis, x.ndim);
  const kdShape = x.shape.map((n, i) => (axes.includes(i) ? 1 : n));
  if (axes.length === 1) return { arr: x, ax: axes[0], kdShape };
  const keep = range(x.ndim).filter((i) => !axes.includes(i));
  const moved = moveaxis(x, keep, range(keep.length));
  const merged = axes.reduce((p, a) => p * x.shape[a], 1);
  return { arr: reshape(moved, [...keep.map((i) => x.shape[i]), merged]), ax: keep.length, kdShape };
}

interface Lines {
  /** The lines along the axis, one after another, as doubles. */
  data: Float64Array;
  /** Length of each line. */
  n: number;
  /** Number of lines. */
  rows: number;
  /** Shape of the other axes (C order of the lines). */
  rest: number[];
}

/** The 1-d lines of `x` along `axis`, copied out as float64. */
function linesOf(x: NDArray, axis: number): Lines {
  const rest = x.shape.filter((_, i) => i !== axis);
  const moved = moveaxis(x, axis, -1);
  const c = copyToContiguous(moved, 'float64');
  return { data: c.data as Float64Array, n: x.shape[axis], rows: sizeOf(rest), rest };
}

/** Result of a reduction: keepdims reshape, or a JS scalar for a 0-d result. */
function finishReduce(out: NDArray, lead: number[], kdShape: number[], keepdims: boolean | undefined): any {
  if (keepdims) return new NDArray(out.data, out.dtype, [...lead, ...kdShape]);
  return unwrap0d(out);
}

// ---------------------------------------------------------------------------------------
// median
// ---------------------------------------------------------------------------------------

/** Options of median and nanmedian. */
export interface MedianOptions {
  /** Axis or axes along which the medians are computed; null (default) flattens. */
  axis?: Axis;
  /** Keep reduced axes as length 1. */
  keepdims?: boolean;
  /** Accepted for compatibility; the input is never modified here. */
  overwrite_input?: boolean;
}

/** True when the line holds a NaN. */
function hasNaN(row: Float64Array): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== row[i]) return true;
  return false;
}

/**
 * Partially sorts a NaN-free line in place so that row[k] holds its sorted value for every
 * k in `ks` (ascending), as np.partition: introselect-style quickselect, O(n).
 */
function partition(row: Float64Array, kth: readonly number[]): void {
  const ks = [...new Set(kth)].filter((k) => k >= 0 && k < row.length).sort((p, q) => p - q);
  const select = (lo: number, hi: number, kFrom: number, kTo: number): void => {
    // Place the kth elements ks[kFrom..kTo) within row[lo..hi] (inclusive).
    while (kFrom < kTo && hi > lo) {
      if (hi - lo < 16) {
        for (let i = lo + 1; i <= hi; i++) {
          const v = row[i];
          let j = i - 1;
          while (j >= lo && row[j] > v) row[j + 1] = row[j--];
          row[j + 1] = v;
        }
        return;
      }
      const mid = (lo + hi) >> 1;
      // Median of three as pivot.
      let a = row[lo], b = row[mid], c = row[hi];
      if (a > b) [a, b] = [b, a];
      if (b > c) [b, c] = [c, b];
      if (a > b) [a, b] = [b, a];
      const pivot = b;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (row[i] < pivot) i++;
        while (row[j] > pivot) j--;
        if (i <= j) {
          const t = row[i];
          row[i++] = row[j];
          row[j--] = t;
        }
      }
      // row[lo..j] <= pivot <= row[i..hi], and row[j+1..i-1] == pivot.
      let split = kFrom;
      while (split < kTo && ks[split] <= j) split++;
      let right = split;
      while (right < kTo && ks[right] < i) right++;
      if (split - kFrom > kTo - right) {
        select(i, hi, right, kTo);
        hi = j;
        kTo = split;
      } else {
        select(lo, j, kFrom, split);
        lo = i;
        kFrom = right;
      }
    }
  };
  select(0, row.length - 1, 0, ks.length);
}

/** Median of a row (partitioned in place): the middle value, or the mean of the two middle ones. */
function medianOfRow(row: Float64Array, inexact: boolean, f32: boolean): number {
  const n = row.length;
  if (n === 0) return NaN; // mean of an empty slice
  if (inexact && hasNaN(row)) return NaN; // NumPy's _median_nancheck
  const h = n >> 1;
  partition(row, n % 2 === 1 ? [h] : [h - 1, h]);
  if (n % 2 === 1) return row[h];
  if (f32) return Math.fround(Math.fround(row[h - 1] + row[h]) / 2);
  return (row[h - 1] + row[h]) / 2;
}

function medianImpl(x: NDArray, o: MedianOptions, nan: boolean): any {
  const { arr, ax, kdShape } = ureduce(x, o.axis);
  const { data, n, rows, rest } = linesOf(arr, ax);
  const f32 = x.dtype === 'float32';
  const out = zerosOf(rest, f32 ? 'float32' : 'float64');
  const inexact = isFloat(x.dtype);
  for (let i = 0; i < rows; i++) {
    let row = data.subarray(i * n, i * n + n);
    if (nan) row = row.filter((v) => v === v);
    out.data[i] = medianOfRow(row, inexact, f32);
  }
  return finishReduce(out, [], kdShape, o.keepdims);
}

/**
 * Median along the given axes: the middle value of the sorted data, or the mean of the
 * two middle values. NaN in a slice makes its median NaN. Ints give float64.
 *
 * Parameters
 * - a: array_like input.
 * - axis: an axis, a list of axes, or null (default: the flattened array).
 * - keepdims: keep reduced axes as length 1.
 *
 * @example
 * np.median(np.array([3, 1, 4, 1, 5]))                        // 3
 * np.median(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 0})      // array([2.5, 3.5, 4.5])
 */
export function median(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, MedianOptions>): any;
export function median(a: ArrayLike, axis?: null | r.WholeOptions<MedianOptions>, opts?: r.WholeOptions<MedianOptions>): number;
export function median(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<MedianOptions>, opts?: MedianOptions & { axis?: number | readonly number[] }): NDArray;
export function median(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<MedianOptions>): NDArray;
export function median(a: ArrayLike, axis?: Axis | MedianOptions, opts?: MedianOptions): any;
export function median(a: ArrayLike, axis?: Axis | MedianOptions, opts: MedianOptions = {}): any {
  const o = kwargs<MedianOptions>(['axis'], [axis, opts]);
  return medianImpl(asarray(a), o, false);
}

/**
 * Median along the given axes, ignoring NaNs. An all-NaN slice gives NaN.
 *
 * @example
 * np.nanmedian(np.array([1, NaN, 3, 4]))   // 3
 */
export function nanmedian(a: ArrayLike, ...untyped: r.UntypedArgs<Axis, MedianOptions>): any;
export function nanmedian(a: ArrayLike, axis?: null | r.WholeOptions<MedianOptions>, opts?: r.WholeOptions<MedianOptions>): number;
export function nanmedian(a: ArrayLike, axis: number | readonly number[] | r.ArrayOptions<MedianOptions>, opts?: MedianOptions & { axis?: number | readonly number[] }): NDArray;
export function nanmedian(a: ArrayLike, axis: null | undefined, opts: r.ArrayOptions<MedianOptions>): NDArray;
export function nanmedian(a: ArrayLike, axis?: Axis | MedianOptions, opts?: MedianOptions): any;
export function nanmedian(a: ArrayLike, axis?: Axis | MedianOptions, opts: MedianOptions = {}): any {
  const o = kwargs<MedianOptions>(['axis'], [axis, opts]);
  const x = asarray(a);
  if (x.size === 0) return nanmean(x, { axis: o.axis ?? null, keepdims: o.keepdims });
  return medianImpl(x, o, true);
}

// ---------------------------------------------------------------------------------------
// quantile, percentile
// ---------------------------------------------------------------------------------------

/** The quantile estimation methods of NumPy 2 (H&F 1996 plus the classic five). */
export type QuantileMethod =
  | 'inverted_cdf' | 'averaged_inverted_cdf' | 'closest_observation' | 'interpolated_inverted_cdf'
  | 'hazen' | 'weibull' | 'linear' | 'median_unbiased' | 'normal_unbiased'
  | 'lower' | 'higher' | 'midpoint' | 'nearest';

const METHODS: readonly string[] = [
  'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen',
  'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest',
];

/** alpha, beta of the continuous methods (_compute_virtual_index). */
const CONTINUOUS: Record<string, [number, number]> = {
  interpolated_inverted_cdf: [0, 1],
  hazen: [0.5, 0.5],
  weibull: [0, 0],
  median_unbiased: [1 / 3.0, 1 / 3.0],
  normal_unbiased: [3 / 8.0, 3 / 8.0],
};

/** Options of quantile, percentile and their nan* forms. */
export interface QuantileOptions {
  /** Axis or axes along which the quantiles are computed; null (default) flattens. */
  axis?: Axis;
  /** Estimation method; 'linear' (default), 'lower', 'higher', 'nearest', 'midpoint', or one of H&F's. */
  method?: QuantileMethod;
  /** Keep reduced axes as length 1 (after the q axes). */
  keepdims?: boolean;
  /** Weights of the observations; only with method 'inverted_cdf'. */
  weights?: ArrayLike | null;
  /** Accepted for compatibility; the input is never modified here. */
  overwrite_input?: boolean;
}

/** Where to read one quantile of a sorted line of length n. */
type QPlan = { take: true; idx: number } | { take: false; prev: number; next: number; gamma: number };

/** dtype of the virtual indexes of `method` for quantiles of dtype qd. */
function virtualIndexDType(method: string, qd: DType): DType {
  const qFloat = isFloat(qd);
  switch (method) {
    case 'lower': case 'higher': case 'nearest': case 'inverted_cdf': case 'closest_observation':
      return 'int64';
    case 'linear': case 'averaged_inverted_cdf':
      return qFloat ? qd : 'int64';
    default: {
      // midpoint and the continuous methods compute in float, except that Python's int
      // alpha/beta of 'interpolated_inverted_cdf' (0, 1) and 'weibull' (0, 0) keep int q int.
      if (qFloat) return qd;
      const ab = CONTINUOUS[method];
      return ab && Number.isInteger(ab[0]) && Number.isInteger(ab[1]) ? 'int64' : 'float64';
    }
  }
}

/** True when a method reads data points without interpolating (NumPy's supports_integers). */
function isTakeMethod(method: string, qd: DType): boolean {
  return ['lower', 'higher', 'nearest', 'inverted_cdf', 'closest_observation'].includes(method) || (method === 'linear' && !isFloat(qd));
}

/** Python's float `%` for a positive divisor. */
const pymod = (a: number, b: number): number => ((a % b) + b) % b;

/** _discrete_interpolation_to_boundaries: prev where the condition holds, else next, clipped at 0. */
function discrete(index: number, R: (v: number) => number, cond: (gamma: number, prev: number) => boolean): number {
  const prev = Math.floor(index);
  const gamma = R(index - prev);
  const res = cond(gamma, prev) ? prev : prev + 1;
  return res < 0 ? 0 : res;
}

/** The plan for quantile q (dtype qd) of n values, as NumPy's _quantile computes it. */
function planQuantile(method: string, n: number, q: number, qd: DType): QPlan {
  const R = qd === 'float32' ? Math.fround : (v: number) => v;
  const vd = virtualIndexDType(method, qd);
  const VR = rounder(vd);
  switch (method) {
    case 'linear': {
      const vi = R((n - 1) * q);
      if (!isFloat(qd)) return { take: true, idx: vi };
      return interpolationPlan(vi, n, VR, (g) => g);
    }
    case 'lower': return { take: true, idx: Math.floor(R((n - 1) * q)) };
    case 'higher': return { take: true, idx: Math.ceil(R((n - 1) * q)) };
    case 'nearest': return { take: true, idx: rintHalfEven(R((n - 1) * q)) };
    case 'inverted_cdf': return { take: true, idx: discrete(R(R(n * q) - 1), R, (g) => g === 0) };
    case 'closest_observation': {
      const index = isFloat(qd) ? R(R(R(n * q) - 1) - 0.5) : n * q - 1 - 0.5;
      return { take: true, idx: discrete(index, isFloat(qd) ? R : (v) => v, (g, prev) => g === 0 && pymod(prev, 2) === 1) };
    }
    case 'midpoint': {
      const t = R((n - 1) * q);
      const vi = R(0.5 * R(Math.floor(t) + Math.ceil(t)));
      return interpolationPlan(vi, n, VR, (_g, v) => (pymod(v, 1) === 0 ? 0 : 0.5));
    }
    case 'averaged_inverted_cdf': {
      const vi = VR(R(n * q) - 1);
      return interpolationPlan(vi, n, VR, (g) => (g === 0 ? 0.5 : 1));
    }
    default: {
      const [alpha, beta] = CONTINUOUS[method];
      const c = 1 - alpha - beta;
      const vi = qd === 'float32'
        ? R(R(R(R(n) * q) + R(R(alpha) + R(q * R(c)))) - 1)
        : n * q + (alpha + q * c) - 1;
      return interpolationPlan(vi, n, VR, (g) => g);
    }
  }
}

/** NumPy's _get_indexes and _get_gamma for a virtual index. */
function interpolationPlan(vi: number, n: number, VR: (v: number) => number, fixGamma: (g: number, vi: number) => number): QPlan {
  let prev = Math.floor(vi);
  let next = prev + 1;
  if (vi >= n - 1) prev = next = -1;
  if (vi < 0) prev = next = 0;
  if (vi !== vi) prev = next = -1;
  const gamma = VR(fixGamma(vi - prev, vi));
  return { take: false, prev, next, gamma };
}

/** Round half to even (np.around / np.rint of a double). */
function rintHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * NumPy's _lerp for data dtype d, result dtype rd and gamma either weak (a Python float)
 * or strong of dtype vd: a + diff*t, or b - diff*(1-t) when t >= 0.5, rounding each step
 * to the dtype NumPy computes it in.
 */
function makeLerp(d: DType, rd: DType, vd: DType, weak: boolean): (a: number, b: number, t: number) => number {
  const DR = rounder(d);
  const RR = rounder(rd);
  const VR = rounder(vd);
  const f32 = rd === 'float32';
  return (a, b, t) => {
    const diff = DR(b - a);
    const tt = weak && f32 ? Math.fround(t) : t;
    let res = RR(a + RR(diff * tt));
    if (t >= 0.5) {
      let omt = weak ? 1 - t : VR(1 - t);
      if (weak && f32) omt = Math.fround(omt);
      res = RR(b - RR(diff * omt));
    }
    return res;
  };
}

/** NumPy's _weights_are_valid: weights matching `a`, or 1-d/n-d along the given axes. */
function weightsAreValid(weights: ArrayLike, a: NDArray, axes: number[] | null): NDArray {
  let wgt = asarray(weights);
  if (!sameShape(a.shape, wgt.shape)) {
    if (axes === null) throw new NumpyTypeError('Axis must be specified when shapes of a and weights differ.');
    if (!sameShape(wgt.shape, axes.map((ax) => a.shape[ax]))) {
      throw new ValueError('Shape of weights must be consistent with shape of a along specified axis.');
    }
    const order = range(axes.length).sort((i, j) => axes[i] - axes[j]);
    wgt = transpose(wgt, order);
    wgt = reshape(wgt, a.shape.map((s, ax) => (axes.includes(ax) ? s : 1)));
  }
  return wgt;
}

/** First index i with cdf[i] >= v (np.searchsorted side='left'). */
function searchLeft(cdf: ArrayLike2, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
type ArrayLike2 = { readonly [i: number]: number; readonly length: number };

function quantileImpl(a: ArrayLike, qIn: ArrayLike, o: QuantileOptions, percent: boolean, nan: boolean): any {
  const x = asarray(a);
  const weak = typeof qIn === 'number';
  let q: NDArray;
  if (percent) q = typeof qIn === 'number' ? scalarArray(qIn / 100, 'float64') : nd(m.divide(asarray(qIn), 100));
  else q = asarray(qIn);
  const qv = Array.from(q.contiguousData() as ArrayLike2);
  if (!qv.every((v) => v >= 0 && v <= 1)) {
    throw new ValueError(percent ? 'Percentiles must be in the range [0, 100]' : 'Quantiles must be in the range [0, 1]');
  }
  const method = o.method ?? 'linear';
  let weights: NDArray | null = null;
  if (o.weights !== undefined && o.weights !== null) {
    if (method !== 'inverted_cdf') throw new ValueError(`Only method 'inverted_cdf' supports weights. Got: ${method}.`);
    const axes = o.axis === undefined || o.axis === null ? null : axisTuple(o.axis, x.ndim);
    const w = weightsAreValid(o.weights, x, axes);
    for (let i = 0; i < w.size; i++) if (w.flatGet(i) < 0) throw new ValueError('Weights must be non-negative.');
    weights = broadcast_to(w, x.shape);
  }
  if (nan && x.size === 0) return nanmean(x, { axis: o.axis ?? null, keepdims: o.keepdims });
  const { arr, ax, kdShape } = ureduce(x, o.axis);
  if (q.ndim > 2) throw new ValueError('q must be a scalar or 1d');
  if (!METHODS.includes(method)) {
    throw new ValueError(`'${method}' is not a valid method. Use one of: dict_keys([${METHODS.map((s) => `'${s}'`).join(', ')}])`);
  }
  const lines = linesOf(arr, ax);
  const wlines = weights ? linesOf(ureduce(weights, o.axis).arr, ax) : null;
  const { data, n, rows, rest } = lines;
  const D = x.dtype;
  const QD = q.dtype;
  const inexact = isFloat(D);
  const take = weights !== null || isTakeMethod(method, QD);
  const VD = virtualIndexDType(method, QD);
  let RD: DType = D;
  if (!take) {
    if (D === 'bool') throw new NumpyTypeError(BOOL_SUBTRACT);
    RD = weak ? (inexact ? D : 'float64') : promoteTypes(D, VD);
  }
  if (!nan && n === 0) throw new IndexError('index -1 is out of bounds for axis 0 with size 0');
  const lerp = take ? null : makeLerp(D, RD, VD, weak);
  const nq = qv.length;
  const vals = new Float64Array(nq * rows);
  const plans = new Map<number, QPlan[]>();
  const planFor = (count: number): QPlan[] => {
    let p = plans.get(count);
    if (!p) {
      p = qv.map((v) => planQuantile(method, count, v, QD));
      plans.set(count, p);
    }
    return p;
  };
  let firstEmpty = false;
  // Weighted (inverted_cdf): per line, the empirical CDF of the sorted values.
  const cdfs: Float64Array[] = [];
  const sortedRows: Float64Array[] = [];
  for (let i = 0; i < rows; i++) {
    let row = data.slice(i * n, i * n + n);
    let w = wlines ? wlines.data.slice(i * n, i * n + n) : null;
    if (nan) {
      const keep = range(row.length).filter((k) => row[k] === row[k]);
      if (keep.length !== row.length) {
        row = Float64Array.from(keep, (k) => row[k]);
        if (w) { const w0 = w; w = Float64Array.from(keep, (k) => w0[k]); }
      }
      if (i === 0 && row.length === 0) firstEmpty = true;
    }
    if (w) {
      const order = range(row.length).sort((p, s) => cmpNaNLast(row[p], row[s]));
      const r0 = row;
      const w0 = w;
      row = Float64Array.from(order, (k) => r0[k]);
      w = Float64Array.from(order, (k) => w0[k]);
      const cdf = new Float64Array(row.length);
      let acc = 0;
      for (let k = 0; k < row.length; k++) cdf[k] = acc += w[k];
      const total = cdf[row.length - 1];
      for (let k = 0; k < row.length; k++) cdf[k] /= total;
      if (row.length > 0 && cdf[row.length - 1] !== cdf[row.length - 1]) throw new ValueError('Weights included NaN, inf or were all zero.');
      if (QD === 'float32') for (let k = 0; k < cdf.length; k++) cdf[k] = Math.fround(cdf[k]);
      cdfs.push(cdf);
    } else if (!(inexact && hasNaN(row))) {
      // Partition at every index a plan reads (NaN-bearing lines give NaN without reading).
      const ks: number[] = [];
      const cnt = row.length;
      if (cnt > 0) {
        for (const p of planFor(cnt)) {
          if (p.take) ks.push(p.idx < 0 ? p.idx + cnt : p.idx);
          else ks.push(p.prev < 0 ? p.prev + cnt : p.prev, p.next < 0 ? p.next + cnt : p.next);
        }
        partition(row, ks);
      }
    } else row.sort();
    sortedRows.push(row);
  }
  if (weights) {
    // `cdf[cdf == 0] = -1` when any line starts at 0 (leading zero weights); per line for nan*.
    const anyZero = cdfs.some((c) => c.length > 0 && c[0] === 0);
    cdfs.forEach((c) => {
      if (nan ? c.length > 0 && c[0] === 0 : anyZero) for (let k = 0; k < c.length; k++) if (c[k] === 0) c[k] = -1;
    });
  }
  for (let i = 0; i < rows; i++) {
    const row = sortedRows[i];
    const cnt = row.length;
    const hasNaN = inexact && cnt > 0 && row[cnt - 1] !== row[cnt - 1];
    if (cnt === 0) {
      for (let k = 0; k < nq; k++) vals[k * rows + i] = NaN;
      continue;
    }
    if (weights) {
      const cdf = cdfs[i];
      for (let k = 0; k < nq; k++) {
        const idx = Math.min(searchLeft(cdf, cnt, qv[k]), cnt - 1);
        vals[k * rows + i] = hasNaN ? NaN : row[idx];
      }
      continue;
    }
    const plan = planFor(cnt);
    for (let k = 0; k < nq; k++) {
      const p = plan[k];
      let v: number;
      if (hasNaN) v = NaN;
      else if (p.take) v = row[p.idx < 0 ? p.idx + cnt : p.idx];
      else v = lerp!(row[p.prev < 0 ? p.prev + cnt : p.prev], row[p.next < 0 ? p.next + cnt : p.next], p.gamma);
      vals[k * rows + i] = v;
    }
  }
  const outDtype = nan && firstEmpty ? D : RD;
  const out = zerosOf([...q.shape, ...rest], outDtype);
  if (outDtype === 'float64') (out.data as Float64Array).set(vals);
  else for (let k = 0; k < vals.length; k++) out.data[k] = castScalar(vals[k], outDtype);
  // NumPy's weighted path fills np.empty_like(arr, shape=...): a 0-d result stays an array.
  if (weights && !o.keepdims) return new NDArray(out.data, out.dtype, [...q.shape, ...rest]);
  return finishReduce(out, q.shape, kdShape, o.keepdims);
}

function cmpNaNLast(p: number, s: number): number {
  if (p !== p) return s !== s ? 0 : 1;
  if (s !== s) return -1;
  return p - s;
}

function quantileArgs(axis: Axis | QuantileOptions | undefined, opts: QuantileOptions): QuantileOptions {
  return kwargs<QuantileOptions>(['axis'], [axis, opts]);
}

/**
 * The q-th quantiles of the data along the given axes, q in [0, 1]. A scalar q gives a
 * scalar (or an array over the other axes); a list of q puts the q axis first.
 *
 * Parameters
 * - a: array_like input.
 * - q: a quantile or a list of quantiles, each in [0, 1].
 * - axis: an axis, a list of axes, or null (default: the flattened array).
 * - method: 'linear' (default), 'lower', 'higher', 'nearest', 'midpoint', 'inverted_cdf',
 *   'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen',
 *   'weibull', 'median_unbiased' or 'normal_unbiased'.
 * - keepdims: keep reduced axes as length 1.
 * - weights: observation weights (method 'inverted_cdf' only).
 *
 * @example
 * np.quantile(np.array([1, 2, 4, 8], {dtype: 'float64'}), 0.3)   // 1.9
 * np.quantile(x, [0.25, 0.5, 0.75])                              // an array of 3
 * np.quantile(np.arange(10), 0.5, {method: 'lower'})             // 4
 */
export function quantile(a: ArrayLike, q: ArrayLike, axis?: Axis | QuantileOptions, opts: QuantileOptions = {}): any {
  return quantileImpl(a, q, quantileArgs(axis, opts), false, false);
}

/**
 * The q-th percentiles of the data along the given axes, q in [0, 100]: quantile(a, q/100).
 *
 * @example
 * np.percentile(np.arange(10), 25)              // 2.25
 * np.percentile(np.arange(10), [10, 50, 90])    // array([0.9, 4.5, 8.1])
 */
export function percentile(a: ArrayLike, q: ArrayLike, axis?: Axis | QuantileOptions, opts: QuantileOptions = {}): any {
  return quantileImpl(a, q, quantileArgs(axis, opts), true, false);
}

/**
 * Quantiles along the given axes, ignoring NaNs (an all-NaN slice gives NaN).
 *
 * @example
 * np.nanquantile(np.array([1, NaN, 3, 4]), 0.5)   // 3
 */
export function nanquantile(a: ArrayLike, q: ArrayLike, axis?: Axis | QuantileOptions, opts: QuantileOptions = {}): any {
  return quantileImpl(a, q, quantileArgs(axis, opts), false, true);
}

/**
 * Percentiles along the given axes, ignoring NaNs (an all-NaN slice gives NaN).
 *
 * @example
 * np.nanpercentile(np.array([[NaN, 1, 2, 3], [4, 5, 6, NaN]]), 20, {axis: 1})   // array([1.4, 4.4])
 */
export function nanpercentile(a: ArrayLike, q: ArrayLike, axis?: Axis | QuantileOptions, opts: QuantileOptions = {}): any {
  return quantileImpl(a, q, quantileArgs(axis, opts), true, true);
}

// ---------------------------------------------------------------------------------------
// average
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// NaN-ignoring reductions
// ---------------------------------------------------------------------------------------

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
function replaceNaN(x: NDArray, val: number): { arr: NDArray; mask: NDArray | null } {
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

function nanArgs(axis: Axis | NanReduceOptions | undefined, opts: NanReduceOptions): NanReduceOptions {
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

function reducedAxesEmpty(x: NDArray, axis: Axis | undefined): boolean {
  const axes = axis === undefined || axis === null ? range(x.ndim) : axisTuple(axis, x.ndim);
  return x.ndim === 0 ? false : axes.some((ax) => x.shape[ax] === 0);
}

function nanExtreme(kind: 'max' | 'min', a: ArrayLike, o: NanReduceOptions): any {
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

function nanArg(kind: 'max' | 'min', a: ArrayLike, o: NanArgOptions): any {
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

function checkInexactOptions(o: NanReduceOptions): void {
  if (o.dtype !== undefined && o.dtype !== null && !isFloat(toDType(o.dtype))) {
    throw new NumpyTypeError('If a is inexact, then dtype must be inexact');
  }
  if (o.out && !isFloat(o.out.dtype)) throw new NumpyTypeError('If a is inexact, then out must be inexact');
}

/** `_divide_by_count`: a / b, cast to a's dtype (a number is rounded to `dtype`). */
function divideByCount(a: NDArray | number, b: NDArray | number, dtype: DType): NDArray | number {
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

function nanvarImpl(a: ArrayLike, o: NanVarOptions): { value: NDArray | number; dtype: DType } {
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

// ---------------------------------------------------------------------------------------
// covariance and correlation
// ---------------------------------------------------------------------------------------

/** Options of cov. */
export interface CovOptions {
  /** A second set of variables, stacked after m's. */
  y?: ArrayLike | null;
  /** Each row is a variable (default true); false: each column is. */
  rowvar?: boolean;
  /** Normalise by N (true) instead of N - 1 (default false). */
  bias?: boolean;
  /** Delta degrees of freedom; overrides bias. */
  ddof?: number | null;
  /** Integer frequency weights of the observations. */
  fweights?: ArrayLike | null;
  /** Observation (reliability) weights. */
  aweights?: ArrayLike | null;
  /** dtype of the computation and result (default: at least float64). */
  dtype?: DTypeLike | null;
}

/** Python's RuntimeError (cov's weight-shape errors). */
class RuntimeError extends Error {}
Object.defineProperty(RuntimeError.prototype, 'name', { value: 'RuntimeError', writable: true, configurable: true });

const SPLITTER = 134217729; // 2^27 + 1

/**
 * a*b + c with a single rounding (a fused multiply-add, as BLAS kernels compute), from
 * Dekker's exact product and Knuth's exact sum; exact except in vanishingly rare
 * double-rounding ties.
 */
function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || p === 0) return p + c;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb);
  return s + (err + e);
}

function covImpl(mIn: ArrayLike, o: CovOptions): NDArray {
  const ddofIn = o.ddof;
  if (ddofIn !== undefined && ddofIn !== null && ddofIn !== Math.trunc(ddofIn)) throw new ValueError('ddof must be integer');
  const M = asarray(mIn);
  if (M.ndim > 2) throw new ValueError('m has more than 2 dimensions');
  const Y = o.y !== undefined && o.y !== null ? asarray(o.y) : null;
  if (Y && Y.ndim > 2) throw new ValueError('y has more than 2 dimensions');
  const rowvar = o.rowvar ?? true;
  const dtype = o.dtype ? toDType(o.dtype) : promoteTypes(Y ? promoteTypes(M.dtype, Y.dtype) : M.dtype, 'float64');
  let X = atLeast2d(M, dtype);
  if (!rowvar && M.ndim !== 1) X = copyToContiguous(transpose(X));
  // NumPy: np.array([]).reshape(0, 0).
  if (X.shape[0] === 0) return reshapeFresh(zerosOf([0], 'float64'), [0, 0]);
  if (Y) {
    let y2 = atLeast2d(Y, dtype);
    if (!rowvar && y2.shape[0] !== 1) y2 = transpose(y2);
    X = concatAxis([X, y2], 0);
  }
  const ddof = ddofIn ?? (o.bias ? 0 : 1);
  const N = X.shape[1];
  let w: Float64Array | null = null;
  let aw: Float64Array | null = null;
  const weightVector = (v: ArrayLike, name: string): Float64Array => {
    const arr = asarray(v, { dtype: 'float64' });
    if (arr.ndim > 1) throw new RuntimeError(`cannot handle multidimensional ${name}`);
    if ((arr.ndim === 0 ? 1 : arr.shape[0]) !== N) throw new RuntimeError(`incompatible numbers of samples and ${name}`);
    return copyToContiguous(arr).data as Float64Array;
  };
  if (o.fweights !== undefined && o.fweights !== null) {
    const fw = asarray(o.fweights, { dtype: 'float64' });
    for (let i = 0; i < fw.size; i++) {
      const v = fw.flatGet(i);
      if (v !== rintHalfEven(v)) throw new NumpyTypeError('fweights must be integer');
    }
    w = weightVector(fw, 'fweights');
    if (w.some((v) => v < 0)) throw new ValueError('fweights cannot be negative');
  }
  if (o.aweights !== undefined && o.aweights !== null) {
    aw = weightVector(o.aweights, 'aweights');
    if (aw.some((v) => v < 0)) throw new ValueError('aweights cannot be negative');
    if (w === null) w = aw;
    else for (let i = 0; i < N; i++) w[i] *= aw[i];
  }
  const wArr = w ? new NDArray(w, 'float64', [N]) : null;
  const [avgRaw, wsumRaw] = average(X, { axis: 1, weights: wArr, returned: true }) as [NDArray, NDArray];
  const avg = copyToContiguous(avgRaw);
  const wSum = wsumRaw.flatGet(0) as number;
  let fact: number;
  if (w === null) fact = N - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else {
    let s = 0;
    for (let i = 0; i < N; i++) s += w[i] * aw[i];
    fact = wSum - (ddof * s) / wSum;
  }
  if (fact <= 0) fact = 0.0;
  // X -= avg[:, None], in X's dtype.
  const K = X.shape[0];
  const Xd = X.data;
  const XR = rounder(X.dtype);
  for (let i = 0; i < K; i++) {
    const mu = avg.data[i];
    for (let j = 0; j < N; j++) Xd[i * N + j] = XR(Xd[i * N + j] - mu);
  }
  // X_T = (X * w).T ; c = X @ X_T ; c *= 1 / fact.
  const cdt = w ? promoteTypes(X.dtype, 'float64') : X.dtype;
  const CR = rounder(cdt);
  const XT = new Float64Array(K * N);
  for (let i = 0; i < K * N; i++) XT[i] = w ? CR(Xd[i] * w[i % N]) : Xd[i];
  const c = zerosOf([K, K], cdt);
  const inv = 1 / fact;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      let s = 0;
      // Sums round like BLAS's fused multiply-add loop: one rounding per step.
      if (cdt === 'float64') for (let k = 0; k < N; k++) s = fma(Xd[i * N + k], XT[j * N + k], s);
      else for (let k = 0; k < N; k++) s = CR(s + Xd[i * N + k] * XT[j * N + k]);
      c.data[i * K + j] = CR(s * inv);
    }
  }
  return c;
}

function covArgs(y: ArrayLike | null | CovOptions | undefined, opts: CovOptions): CovOptions {
  return kwargs<CovOptions>(['y', 'rowvar', 'bias', 'ddof', 'fweights', 'aweights'], [y, opts]);
}

/**
 * Covariance matrix of variables (rows of m, by default), and of y's stacked after them.
 * A single variable gives a 0-d array.
 *
 * Parameters
 * - m: 1-d or 2-d array_like of variables (rows) and observations (columns).
 * - y: optional second set of variables.
 * - rowvar, bias, ddof, fweights, aweights, dtype: as in NumPy.
 *
 * @example
 * np.cov(np.array([[0, 1, 2], [2, 1, 0]]))                  // array([[ 1., -1.], [-1.,  1.]])
 * np.cov(np.array([1, 2, 3, 4]), np.array([2, 4, 5, 4]))    // a 2x2 matrix
 */
export function cov(m: ArrayLike, y?: ArrayLike | null | CovOptions, opts: CovOptions = {}): NDArray {
  return squeezeOnes(covImpl(m, covArgs(y, opts)));
}

function squeezeOnes(c: NDArray): NDArray {
  const shape = c.shape.filter((n) => n !== 1);
  return shape.length === c.shape.length ? c : new NDArray(c.data, c.dtype, shape);
}

/** Options of corrcoef. */
export interface CorrcoefOptions {
  /** A second set of variables. */
  y?: ArrayLike | null;
  /** Each row is a variable (default true). */
  rowvar?: boolean;
  /** dtype of the computation and result. */
  dtype?: DTypeLike | null;
}

/**
 * Pearson correlation coefficients: the covariance matrix normalised by the standard
 * deviations, clipped to [-1, 1]. A single variable gives a number (1, or NaN).
 *
 * @example
 * np.corrcoef(np.array([1, 2, 3, 4]), np.array([2, 4, 5, 4]))   // 2x2, off-diagonal 0.718...
 */
export function corrcoef(x: ArrayLike, y?: ArrayLike | null | CorrcoefOptions, opts: CorrcoefOptions = {}): any {
  const o = kwargs<CorrcoefOptions>(['y', 'rowvar'], [y, opts]);
  const c = cov(x, { y: o.y ?? null, rowvar: o.rowvar ?? true, dtype: o.dtype ?? null });
  const R = rounder(c.dtype);
  if (c.ndim === 0) {
    const v = c.data[0];
    return R(v / v);
  }
  const K = c.shape[0];
  const sd = new Float64Array(K);
  for (let i = 0; i < K; i++) sd[i] = R(Math.sqrt(c.data[i * K + i]));
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      let v = R(R(c.data[i * K + j] / sd[i]) / sd[j]);
      if (v < -1) v = -1;
      else if (v > 1) v = 1;
      c.data[i * K + j] = v;
    }
  }
  return c;
}

// ---------------------------------------------------------------------------------------
// differences and gradients
// ---------------------------------------------------------------------------------------

/** Options of diff. */
export interface DiffOptions {
  /** Number of times values are differenced (default 1). */
  n?: number;
  /** Axis along which to difference (default -1). */
  axis?: number;
  /** Values prepended along axis before differencing (a scalar is broadcast). */
  prepend?: ArrayLike;
  /** Values appended along axis before differencing. */
  append?: ArrayLike;
}

/**
 * The n-th discrete difference along an axis: out[i] = a[i+1] - a[i] (`!=` for bools).
 *
 * @example
 * np.diff(np.array([1, 2, 4, 7, 0]))          // array([ 1,  2,  3, -7])
 * np.diff(np.array([1, 2, 4, 7, 0]), 2)       // array([  1,   1, -10])
 * np.diff(m, {axis: 0})
 */
export function diff(a: ArrayLike, n?: number | DiffOptions, axis?: number | DiffOptions, opts: DiffOptions = {}): NDArray {
  const o = kwargs<DiffOptions>(['n', 'axis'], [n, axis, opts]);
  const order = o.n ?? 1;
  if (typeof order !== 'number' || !Number.isInteger(order)) {
    throw new NumpyTypeError(`'${typeof order === 'number' ? 'float' : typeof order}' object cannot be interpreted as an integer`);
  }
  if (order === 0) return asarray(a);
  if (order < 0) throw new ValueError(`order must be non-negative but got ${order}`);
  let x = asarray(a);
  const ndim = x.ndim;
  if (ndim === 0) throw new ValueError('diff requires input that is at least one dimensional');
  const ax = normalizeAxis(o.axis ?? -1, ndim);
  const edge = (v: ArrayLike): NDArray => {
    let e = asarray(v);
    if (e.ndim === 0) {
      const shape = x.shape.slice();
      shape[ax] = 1;
      e = broadcast_to(e, shape);
    }
    return e;
  };
  const parts: NDArray[] = [];
  if (o.prepend !== undefined) parts.push(edge(o.prepend));
  parts.push(x);
  if (o.append !== undefined) parts.push(edge(o.append));
  if (parts.length > 1) x = concatAxis(parts, ax);
  const op = x.dtype === 'bool' ? m.not_equal : m.subtract;
  for (let k = 0; k < order; k++) {
    x = op(sliceAxis(x, ax, 1, null), sliceAxis(x, ax, null, -1)) as NDArray;
    if (x.shape[ax] === 0) break; // further differences of an empty axis stay empty
  }
  return x;
}

/** Options of ediff1d. */
export interface Ediff1dOptions {
  /** Values appended at the end. */
  to_end?: ArrayLike | null;
  /** Values prepended at the start. */
  to_begin?: ArrayLike | null;
}

/**
 * Differences between consecutive elements of the flattened array, with optional values
 * before and after; the result keeps the input's dtype.
 *
 * @example
 * np.ediff1d(np.array([1, 2, 4, 7, 0]))                                   // array([ 1,  2,  3, -7])
 * np.ediff1d(np.array([1, 2, 4]), {to_begin: -99, to_end: [88, 99]})     // array([-99, 1, 2, 88, 99])
 */
export function ediff1d(ary: ArrayLike, to_end?: ArrayLike | null | Ediff1dOptions, to_begin?: ArrayLike | null | Ediff1dOptions, opts: Ediff1dOptions = {}): NDArray {
  const o = kwargs<Ediff1dOptions>(['to_end', 'to_begin'], [to_end, to_begin, opts]);
  const x0 = asarray(ary);
  const x = reshape(x0, [x0.size]);
  const dtype = x.dtype;
  const len = x.size;
  if ((o.to_begin === undefined || o.to_begin === null) && (o.to_end === undefined || o.to_end === null)) {
    return nd(m.subtract(sliceAxis(x, 0, 1, null), sliceAxis(x, 0, null, -1)));
  }
  const extra = (v: ArrayLike | null | undefined, name: string): NDArray | null => {
    if (v === undefined || v === null) return null;
    const e = asarray(v);
    if (!canCastSameKindStrict(e.dtype, dtype)) {
      throw new NumpyTypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    }
    return reshape(e, [e.size]);
  };
  const begin = extra(o.to_begin, 'to_begin');
  const end = extra(o.to_end, 'to_end');
  const lb = begin ? begin.size : 0;
  const le = end ? end.size : 0;
  const ld = Math.max(len - 1, 0);
  const out = zerosOf([ld + lb + le], dtype);
  if (begin) copyInto(sliceAxis(out, 0, 0, lb), begin);
  if (end) copyInto(sliceAxis(out, 0, lb + ld, null), end);
  m.subtract(sliceAxis(x, 0, 1, null), sliceAxis(x, 0, null, -1), { out: sliceAxis(out, 0, lb, lb + ld) });
  return out;
}

/** np.can_cast(from, to, 'same_kind') with NumPy's kind order b < u < i < f. */
function canCastSameKindStrict(from: DType, to: DType): boolean {
  if (promoteTypes(from, to) === to) return true;
  const rank = { b: 0, u: 1, i: 2, f: 3, c: 4 } as const;
  return rank[kindOf(from)] <= rank[kindOf(to)];
}

/** Options of gradient. */
export interface GradientOptions {
  /** Axis or axes to differentiate along (default: all). */
  axis?: Axis;
  /** Accuracy at the boundaries: 1 (default) or 2. */
  edge_order?: number;
}

/**
 * The gradient of an N-d array: second-order central differences inside, first- or
 * second-order one-sided differences at the edges. Spacings follow `f` as NumPy's
 * varargs: one scalar for all axes, or one scalar or coordinate array per axis.
 * Returns an array for one axis, a JS array of arrays (a tuple) for several.
 *
 * @example
 * np.gradient(np.array([1, 2, 4, 7, 11, 16]))                  // array([1. , 1.5, 2.5, 3.5, 4.5, 5. ])
 * np.gradient(np.array([1, 2, 4, 7, 11, 16]), 2)               // spacing 2
 * np.gradient(f, {edge_order: 2})
 * const [gy, gx] = np.gradient(np.array([[1, 2, 6], [3, 4, 5]]));
 */
export function gradient(f: ArrayLike, ...args: (number | ArrayLike | GradientOptions)[]): any {
  let o: GradientOptions = {};
  const varargs = args.slice() as (number | ArrayLike)[];
  if (varargs.length && isOptions(varargs[varargs.length - 1])) o = varargs.pop() as GradientOptions;
  let F = asarray(f);
  const N = F.ndim;
  const axes = o.axis === undefined || o.axis === null ? range(N) : axisTuple(o.axis, N);
  const edgeOrder = o.edge_order ?? 1;
  const n = varargs.length;
  let dx: (number | NDArray)[];
  const ndimOf = (v: number | ArrayLike): number => (typeof v === 'number' || typeof v === 'boolean' ? 0 : asarray(v).ndim);
  const asSpacing = (v: number | ArrayLike): number | NDArray => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : asarray(v));
  if (n === 0) dx = axes.map(() => 1.0);
  else if (n === 1 && ndimOf(varargs[0]) === 0) dx = axes.map(() => asSpacing(varargs[0]));
  else if (n === axes.length) {
    dx = varargs.map((v, i) => {
      if (ndimOf(v) === 0) return asSpacing(v);
      let d = asarray(v);
      if (d.ndim !== 1) throw new ValueError('distances must be either scalars or 1d');
      if (d.shape[0] !== F.shape[axes[i]]) throw new ValueError('when 1d, distances must match the length of the corresponding dimension');
      if (kindOf(d.dtype) === 'i' || kindOf(d.dtype) === 'u') d = copyToContiguous(d, 'float64');
      const diffx = diff(d);
      const first = diffx.size ? diffx.flatGet(0) : NaN;
      let constant = diffx.size > 0;
      for (let k = 0; k < diffx.size && constant; k++) if (diffx.flatGet(k) !== first) constant = false;
      return constant ? indexAxis(diffx, 0, 0) : diffx;
    });
  } else throw new NumpyTypeError('invalid number of arguments');
  if (edgeOrder > 2) throw new ValueError("'edge_order' greater than 2 not supported");
  let otype: DType = F.dtype;
  if (!isFloat(otype)) {
    if (kindOf(otype) !== 'b') F = copyToContiguous(F, 'float64');
    otype = 'float64';
  }
  const outvals: NDArray[] = [];
  const put = (dst: NDArray, v: NDArray | number | boolean) => copyInto(dst, nd(v).ndim === dst.ndim ? nd(v) : broadcast_to(nd(v), dst.shape));
  axes.forEach((axis, i) => {
    const axDx = dx[i];
    if (F.shape[axis] < edgeOrder + 1) {
      throw new ValueError('Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.');
    }
    const out = zerosOf(F.shape.slice(), otype);
    const uniform = typeof axDx === 'number' || axDx.ndim === 0;
    const sl = (s: number | null, e: number | null) => sliceAxis(F, axis, s, e);
    const at = (k: number) => indexAxis(F, axis, k);
    const { add, subtract: sub, multiply: mul, divide: div, negative: neg } = m;
    if (uniform) {
      put(sliceAxis(out, axis, 1, -1), div(sub(sl(2, null), sl(null, -2)), mul(2.0, axDx)));
    } else {
      const d = axDx as NDArray;
      const dx1 = sliceAxis(d, 0, 0, -1);
      const dx2 = sliceAxis(d, 0, 1, null);
      const shape = F.shape.map(() => 1);
      shape[axis] = -1;
      const fix = (v: NDArray | number | boolean) => reshape(nd(v), shape.map((s) => (s === -1 ? dx1.shape[0] : 1)));
      const A = fix(div(neg(dx2), mul(dx1, add(dx1, dx2))));
      const B = fix(div(sub(dx2, dx1), mul(dx1, dx2)));
      const C = fix(div(dx1, mul(dx2, add(dx1, dx2))));
      put(sliceAxis(out, axis, 1, -1), add(add(mul(A, sl(null, -2)), mul(B, sl(1, -1))), mul(C, sl(2, null))));
    }
    const dAt = (k: number): number | NDArray => (uniform ? axDx : indexAxis(axDx as NDArray, 0, k));
    if (edgeOrder === 1) {
      put(indexAxis(out, axis, 0), div(sub(at(1), at(0)), dAt(0)));
      put(indexAxis(out, axis, -1), div(sub(at(-1), at(-2)), dAt(-1)));
    } else {
      let a: any, b: any, c: any;
      if (uniform) {
        a = div(-1.5, axDx);
        b = div(2.0, axDx);
        c = div(-0.5, axDx);
      } else {
        const dx1 = dAt(0);
        const dx2 = dAt(1);
        a = div(neg(add(mul(2.0, dx1), dx2)), mul(dx1, add(dx1, dx2)));
        b = div(add(dx1, dx2), mul(dx1, dx2));
        c = div(neg(dx1), mul(dx2, add(dx1, dx2)));
      }
      put(indexAxis(out, axis, 0), add(add(mul(a, at(0)), mul(b, at(1))), mul(c, at(2))));
      if (uniform) {
        a = div(0.5, axDx);
        b = div(-2.0, axDx);
        c = div(1.5, axDx);
      } else {
        const dx1 = dAt(-2);
        const dx2 = dAt(-1);
        a = div(dx2, mul(dx1, add(dx1, dx2)));
        b = div(neg(add(dx2, dx1)), mul(dx1, dx2));
        c = div(add(mul(2.0, dx2), dx1), mul(dx2, add(dx1, dx2)));
      }
      put(indexAxis(out, axis, -1), add(add(mul(a, at(-3)), mul(b, at(-2))), mul(c, at(-1))));
    }
    outvals.push(out);
  });
  return axes.length === 1 ? outvals[0] : outvals;
}

// ---------------------------------------------------------------------------------------
// integration, interpolation, convolution, cross product
// ---------------------------------------------------------------------------------------

/** Options of trapezoid. */
export interface TrapezoidOptions {
  /** Sample points; default: spacing dx. */
  x?: ArrayLike | null;
  /** Spacing when x is not given (default 1). */
  dx?: number;
  /** Axis to integrate along (default -1). */
  axis?: number;
}

/**
 * Integral along an axis by the composite trapezoidal rule.
 *
 * @example
 * np.trapezoid(np.array([1, 2, 3]))                       // 4
 * np.trapezoid(np.array([1, 2, 3]), np.array([4, 6, 8]))  // 8
 * np.trapezoid(np.array([1, 2, 3]), {dx: 2})              // 8
 */
export function trapezoid(y: ArrayLike, x?: ArrayLike | null | TrapezoidOptions, opts: TrapezoidOptions = {}): any {
  const o = kwargs<TrapezoidOptions>(['x', 'dx', 'axis'], [x, opts]);
  const Y = asarray(y);
  const axis = normalizeAxis(o.axis ?? -1, Math.max(Y.ndim, 1));
  let d: NDArray | number;
  if (o.x === undefined || o.x === null) d = o.dx ?? 1.0;
  else {
    const X = asarray(o.x);
    if (X.ndim === 1) {
      const dd = diff(X);
      const shape = Y.shape.map(() => 1);
      shape[axis] = dd.shape[0];
      d = reshape(dd, shape);
    } else d = diff(X, { axis: o.axis ?? -1 });
  }
  const s1 = sliceAxis(Y, axis, 1, null);
  const s2 = sliceAxis(Y, axis, null, -1);
  const v = m.divide(m.multiply(d, m.add(s1, s2)), 2.0);
  return r.sum(v, axis);
}

/** Options of interp. */
export interface InterpOptions {
  /** Value for x < xp[0] (default fp[0]). */
  left?: number | null;
  /** Value for x > xp[-1] (default fp[-1]). */
  right?: number | null;
  /** Period of the x-coordinates (left and right are then ignored). */
  period?: number | null;
}

/** PyArray_ContiguousFromAny(v, NPY_DOUBLE, 1, 1): a 1-d float64 array or NumPy's depth errors. */
function oneD(v: ArrayLike): Float64Array {
  const a = asarray(v);
  if (a.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (a.ndim > 1) {
    if (v instanceof NDArray) throw new ValueError('object too deep for desired array');
    throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  }
  return copyToContiguous(a, 'float64').data as Float64Array;
}

const LIKELY_IN_CACHE_SIZE = 8;

/** NumPy's binary_search_with_guess (numpy/_core/src/multiarray/compiled_base.c). */
function binarySearchWithGuess(key: number, arr: Float64Array, len: number, guess: number): number {
  let imin = 0;
  let imax = len;
  if (key > arr[len - 1]) return len;
  else if (key < arr[0]) return -1;
  if (len <= 4) {
    let i = 1;
    for (; i < len && key >= arr[i]; ++i);
    return i - 1;
  }
  if (guess > len - 3) guess = len - 3;
  if (guess < 1) guess = 1;
  if (key < arr[guess]) {
    if (key < arr[guess - 1]) {
      imax = guess - 1;
      if (guess > LIKELY_IN_CACHE_SIZE && key >= arr[guess - LIKELY_IN_CACHE_SIZE]) imin = guess - LIKELY_IN_CACHE_SIZE;
    } else return guess - 1;
  } else {
    if (key < arr[guess + 1]) return guess;
    if (key < arr[guess + 2]) return guess + 1;
    imin = guess + 2;
    if (guess < len - LIKELY_IN_CACHE_SIZE - 1 && key < arr[guess + LIKELY_IN_CACHE_SIZE]) imax = guess + LIKELY_IN_CACHE_SIZE;
  }
  while (imin < imax) {
    const imid = imin + ((imax - imin) >> 1);
    if (key >= arr[imid]) imin = imid + 1;
    else imax = imid;
  }
  return imin - 1;
}

/**
 * One-dimensional piecewise-linear interpolation of the points (xp, fp) at x, with xp
 * increasing. Outside the range: `left`/`right` (default fp[0]/fp[-1]); with `period`,
 * x-coordinates wrap. A scalar x gives a number.
 *
 * @example
 * np.interp(2.5, [1, 2, 3], [3, 2, 0])                        // 1
 * np.interp([0, 1, 1.5, 2.72, 3.14], [1, 2, 3], [3, 2, 0])   // array([3.  , 3.  , 2.5 , 0.56, 0.  ])
 */
export function interp(x: ArrayLike, xp: ArrayLike, fp: ArrayLike, left?: number | null | InterpOptions, right?: number | null | InterpOptions, opts: InterpOptions = {}): any {
  const o = kwargs<InterpOptions>(['left', 'right', 'period'], [left, right, opts]);
  let X = asarray(x, { dtype: 'float64' });
  let lval = o.left ?? null;
  let rval = o.right ?? null;
  let dy: Float64Array;
  let dxp: Float64Array;
  if (o.period !== undefined && o.period !== null) {
    if (o.period === 0) throw new ValueError('period must be a non-zero value');
    const period = Math.abs(o.period);
    lval = rval = null;
    const XP = asarray(xp, { dtype: 'float64' });
    const FP = asarray(fp, { dtype: 'float64' });
    if (XP.ndim !== 1 || FP.ndim !== 1) throw new ValueError('Data points must be 1-D sequences');
    if (XP.shape[0] !== FP.shape[0]) throw new ValueError('fp and xp are not of the same length');
    const xs = copyToContiguous(X);
    for (let i = 0; i < xs.size; i++) xs.data[i] = fmodPy(xs.data[i], period);
    X = xs;
    const xpv = Array.from(copyToContiguous(XP).data as Float64Array, (v) => fmodPy(v, period));
    const fpv = Array.from(copyToContiguous(FP).data as Float64Array);
    const order = range(xpv.length).sort((i, j) => xpv[i] - xpv[j]);
    const sx = order.map((i) => xpv[i]);
    const sf = order.map((i) => fpv[i]);
    const L = sx.length;
    dxp = Float64Array.from(L ? [sx[L - 1] - period, ...sx, sx[0] + period] : []);
    dy = Float64Array.from(L ? [sf[L - 1], ...sf, sf[0]] : []);
  } else {
    dy = oneD(fp);
    dxp = oneD(xp);
  }
  const lenxp = dxp.length;
  if (lenxp === 0) throw new ValueError('array of sample points is empty');
  if (dy.length !== lenxp) throw new ValueError('fp and xp are not of the same length.');
  const lv = lval === null ? dy[0] : Number(lval);
  const rv = rval === null ? dy[lenxp - 1] : Number(rval);
  const xs = copyToContiguous(X).data as Float64Array;
  const lenx = xs.length;
  const out = zerosOf(X.shape.slice(), 'float64');
  const res = out.data as Float64Array;
  if (lenxp === 1) {
    const xpv = dxp[0];
    const fpv = dy[0];
    for (let i = 0; i < lenx; i++) {
      const xv = xs[i];
      res[i] = xv < xpv ? lv : xv > xpv ? rv : fpv;
    }
  } else {
    let slopes: Float64Array | null = null;
    if (lenxp <= lenx) {
      slopes = new Float64Array(lenxp - 1);
      for (let i = 0; i < lenxp - 1; i++) slopes[i] = (dy[i + 1] - dy[i]) / (dxp[i + 1] - dxp[i]);
    }
    let j = 0;
    for (let i = 0; i < lenx; i++) {
      const xv = xs[i];
      if (xv !== xv) {
        res[i] = xv;
        continue;
      }
      j = binarySearchWithGuess(xv, dxp, lenxp, j);
      if (j === -1) res[i] = lv;
      else if (j === lenxp) res[i] = rv;
      else if (j === lenxp - 1) res[i] = dy[j];
      else if (dxp[j] === xv) res[i] = dy[j];
      else {
        const slope = slopes !== null ? slopes[j] : (dy[j + 1] - dy[j]) / (dxp[j + 1] - dxp[j]);
        res[i] = slope * (xv - dxp[j]) + dy[j];
        if (res[i] !== res[i]) {
          res[i] = slope * (xv - dxp[j + 1]) + dy[j + 1];
          if (res[i] !== res[i] && dy[j] === dy[j + 1]) res[i] = dy[j];
        }
      }
    }
  }
  return unwrap0d(out);
}

/** Python's float `%` (sign of the divisor). */
function fmodPy(a: number, b: number): number {
  let r0 = a % b;
  if (r0 !== 0 && (b < 0) !== (r0 < 0)) r0 += b;
  else if (r0 === 0) r0 = b < 0 ? -0 : 0;
  return r0;
}

/** Convolution / correlation mode. */
export type ConvolveMode = 'full' | 'same' | 'valid';

function modeNumber(mode: ConvolveMode | number | undefined, dflt: number): number {
  if (mode === undefined) return dflt;
  if (mode === 0 || mode === 1 || mode === 2) return mode;
  const i = ['valid', 'same', 'full'].indexOf(String(mode));
  if (i < 0) throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  return i;
}

/** `np.array(v, ndmin=1)` checked to be 1-d (correlate's "object too deep"). */
function vector1d(v: ArrayLike): NDArray {
  const a = asarray(v);
  if (a.ndim === 0) return reshape(a, [1]);
  if (a.ndim > 1) throw new ValueError('object too deep for desired array');
  return a;
}

/** NumPy's _pyarray_correlate: sliding dot products of a (longer) and v, sized by mode. */
function correlateCore(a: NDArray, v: NDArray, mode: number): NDArray {
  let n1 = a.shape[0];
  let n2 = v.shape[0];
  if (n1 === 0) throw new ValueError('first array argument cannot be empty');
  if (n2 === 0) throw new ValueError('second array argument cannot be empty');
  const dtype = promoteTypes(a.dtype, v.dtype);
  let A = copyToContiguous(a, 'float64').data as Float64Array;
  let V = copyToContiguous(v, 'float64').data as Float64Array;
  let inverted = false;
  if (n1 < n2) {
    [A, V] = [V, A];
    [n1, n2] = [n2, n1];
    inverted = true;
  }
  let length = n1;
  let n = n2;
  let nLeft: number;
  let nRight: number;
  if (mode === 0) {
    length = length - n + 1;
    nLeft = nRight = 0;
  } else if (mode === 1) {
    nLeft = Math.floor(n / 2);
    nRight = n - nLeft - 1;
  } else {
    nLeft = nRight = n - 1;
    length = length + n - 1;
  }
  const isBool = dtype === 'bool';
  const R = rounder(dtype);
  const res = new Float64Array(length);
  const dot = (i1: number, i2: number, cnt: number): number => {
    if (isBool) {
      for (let k = 0; k < cnt; k++) if (A[i1 + k] && V[i2 + k]) return 1;
      return 0;
    }
    let s = 0;
    for (let k = 0; k < cnt; k++) s += A[i1 + k] * V[i2 + k];
    return R(s);
  };
  let o = 0;
  let ip1 = 0;
  let ip2 = nLeft;
  n = n - nLeft;
  for (let i = 0; i < nLeft; i++) {
    res[o++] = dot(ip1, ip2, n);
    n++;
    ip2--;
  }
  for (let i = 0; i < n1 - n2 + 1; i++) {
    res[o++] = dot(ip1, ip2, n);
    ip1++;
  }
  for (let i = 0; i < nRight; i++) {
    n--;
    res[o++] = dot(ip1, ip2, n);
    ip1++;
  }
  if (inverted) res.reverse();
  const out = zerosOf([length], dtype);
  for (let i = 0; i < length; i++) out.data[i] = castScalar(res[i], dtype);
  return out;
}

/**
 * Cross-correlation of two 1-d sequences: c[k] = sum_n a[n+k] * v[n], for mode 'valid'
 * (default), 'same' or 'full'.
 *
 * @example
 * np.correlate([1, 2, 3], [0, 1, 0.5])            // array([3.5])
 * np.correlate([1, 2, 3], [0, 1, 0.5], 'full')    // array([0.5, 2. , 3.5, 3. , 0. ])
 */
export function correlate(a: ArrayLike, v: ArrayLike, mode?: ConvolveMode | { mode?: ConvolveMode }): NDArray {
  const md = typeof mode === 'object' && mode !== null ? mode.mode : mode;
  return correlateCore(vector1d(a), vector1d(v), modeNumber(md, 0));
}

/**
 * Discrete linear convolution of two 1-d sequences, for mode 'full' (default), 'same' or
 * 'valid'.
 *
 * @example
 * np.convolve([1, 2, 3], [0, 1, 0.5])            // array([0. , 1. , 2.5, 4. , 1.5])
 * np.convolve([1, 2, 3], [0, 1, 0.5], 'same')    // array([1. , 2.5, 4. ])
 */
export function convolve(a: ArrayLike, v: ArrayLike, mode?: ConvolveMode | { mode?: ConvolveMode }): NDArray {
  const md = typeof mode === 'object' && mode !== null ? mode.mode : mode;
  let A = asarray(a);
  let V = asarray(v);
  if (A.ndim === 0) A = reshape(A, [1]);
  if (V.ndim === 0) V = reshape(V, [1]);
  if (A.shape[0] === 0) throw new ValueError('a cannot be empty');
  if (V.shape[0] === 0) throw new ValueError('v cannot be empty');
  if (V.shape[0] > A.shape[0]) [A, V] = [V, A];
  const modeN = modeNumber(md, 2);
  if (A.ndim > 1 || V.ndim > 1) throw new ValueError('object too deep for desired array');
  const rev = new NDArray(V.data, V.dtype, [V.shape[0]], [-V.elementStrides[0]], V.offset + (V.shape[0] - 1) * V.elementStrides[0], V);
  return correlateCore(A, rev, modeN);
}

/** Options of cross. */
export interface CrossOptions {
  /** Axis of a holding the vectors (default -1). */
  axisa?: number;
  /** Axis of b holding the vectors (default -1). */
  axisb?: number;
  /** Axis of the result holding the vectors (default -1). */
  axisc?: number;
  /** Sets axisa, axisb and axisc at once. */
  axis?: number | null;
}

/**
 * Cross product of (arrays of) 3-element vectors; 2-element vectors are taken with z = 0,
 * and two of them give the z component only (a 0-d array for single vectors).
 *
 * @example
 * np.cross([1, 2, 3], [4, 5, 6])   // array([-3,  6, -3])
 */
export function cross(a: ArrayLike, b: ArrayLike, opts: CrossOptions = {}): NDArray {
  opts = isOptions(opts) ? opts : {};
  let axisa = opts.axisa ?? -1;
  let axisb = opts.axisb ?? -1;
  let axisc = opts.axisc ?? -1;
  if (opts.axis !== undefined && opts.axis !== null) axisa = axisb = axisc = opts.axis;
  let A = asarray(a);
  let B = asarray(b);
  if (A.ndim < 1 || B.ndim < 1) throw new ValueError('At least one array has zero dimension');
  axisa = normalizeAxisPrefixed(axisa, A.ndim, 'axisa');
  axisb = normalizeAxisPrefixed(axisb, B.ndim, 'axisb');
  A = moveaxis(A, axisa, -1);
  B = moveaxis(B, axisb, -1);
  const la = A.shape[A.ndim - 1];
  const lb = B.shape[B.ndim - 1];
  if ((la !== 2 && la !== 3) || (lb !== 2 && lb !== 3)) {
    throw new ValueError('incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  }
  const dtype = promoteTypes(A.dtype, B.dtype);
  if (A.dtype !== dtype) A = copyToContiguous(A, dtype);
  if (B.dtype !== dtype) B = copyToContiguous(B, dtype);
  const comp = (x: NDArray, k: number) => indexAxis(x, x.ndim - 1, k);
  const { multiply: mul, subtract: sub, negative: neg } = m;
  const a0 = comp(A, 0), a1 = comp(A, 1), b0 = comp(B, 0), b1 = comp(B, 1);
  const z = nd(sub(mul(a0, b1), mul(a1, b0)));
  if (la === 2 && lb === 2) return z;
  let c0: NDArray, c1: NDArray;
  if (la === 2) {
    const b2 = comp(B, 2);
    c0 = nd(mul(a1, b2));
    c1 = nd(neg(mul(a0, b2)));
  } else if (lb === 3) {
    const a2 = comp(A, 2), b2 = comp(B, 2);
    c0 = nd(sub(mul(a1, b2), mul(a2, b1)));
    c1 = nd(sub(mul(a2, b0), mul(a0, b2)));
  } else {
    const a2 = comp(A, 2);
    c0 = nd(neg(mul(a2, b1)));
    c1 = nd(mul(a2, b0));
  }
  const shape = [...z.shape, 3];
  axisc = normalizeAxisPrefixed(axisc, shape.length, 'axisc');
  const cp = zerosOf(shape, dtype);
  [c0, c1, z].forEach((c, k) => copyInto(comp(cp, k), c));
  return moveaxis(cp, -1, axisc);
}

