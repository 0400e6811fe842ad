/** Statistics: quantile, percentile. */
import { NDArray, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, promoteTypes, isFloat, castScalar } from '../dtype';
import { ValueError, NumpyTypeError, IndexError } from '../errors';
import { reshape, transpose, broadcast_to } from '../views';
import * as m from '../math';
import { Axis, kwargs, range, sameShape, axisTuple, nd, scalarArray, rounder, BOOL_SUBTRACT } from './helpers';
import { ureduce, linesOf, finishReduce } from './ureduce';
import { hasNaN, partition } from './median';
import { nanmean } from './nan-reductions';


/** The quantile estimation methods of NumPy 2 (H&F 1996 plus the classic five). */
export type QuantileMethod =
  | 'inverted_cdf' | 'averaged_inverted_cdf' | 'closest_observation' | 'interpolated_inverted_cdf'
  | 'hazen' | 'weibull' | 'linear' | 'median_unbiased' | 'normal_unbiased'
  | 'lower' | 'higher' | 'midpoint' | 'nearest';

export const METHODS: readonly string[] = [
  'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen',
  'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest',
];

/** alpha, beta of the continuous methods (_compute_virtual_index). */
export const CONTINUOUS: Record<string, [number, number]> = {
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
export type QPlan = { take: true; idx: number } | { take: false; prev: number; next: number; gamma: number };

/** dtype of the virtual indexes of `method` for quantiles of dtype qd. */
export function virtualIndexDType(method: string, qd: DType): DType {
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
export function isTakeMethod(method: string, qd: DType): boolean {
  return ['lower', 'higher', 'nearest', 'inverted_cdf', 'closest_observation'].includes(method) || (method === 'linear' && !isFloat(qd));
}

/** Python's float `%` for a positive divisor. */
export const pymod = (a: number, b: number): number => ((a % b) + b) % b;

/** _discrete_interpolation_to_boundaries: prev where the condition holds, else next, clipped at 0. */
export function discrete(index: number, R: (v: number) => number, cond: (gamma: number, prev: number) => boolean): number {
  const prev = Math.floor(index);
  const gamma = R(index - prev);
  const res = cond(gamma, prev) ? prev : prev + 1;
  return res < 0 ? 0 : res;
}

/** The plan for quantile q (dtype qd) of n values, as NumPy's _quantile computes it. */
export function planQuantile(method: string, n: number, q: number, qd: DType): QPlan {
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
export function interpolationPlan(vi: number, n: number, VR: (v: number) => number, fixGamma: (g: number, vi: number) => number): QPlan {
  let prev = Math.floor(vi);
  let next = prev + 1;
  if (vi >= n - 1) prev = next = -1;
  if (vi < 0) prev = next = 0;
  if (vi !== vi) prev = next = -1;
  const gamma = VR(fixGamma(vi - prev, vi));
  return { take: false, prev, next, gamma };
}

/** Round half to even (np.around / np.rint of a double). */
export function rintHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * NumPy's _lerp for data dtype d, result dtype rd and gamma either weak (a Python float)
 * or strong of dtype vd: a + diff*t, or b - diff*(1-t) when t >= 0.5, rounding each step
 * to the dtype NumPy computes it in.
 */
export function makeLerp(d: DType, rd: DType, vd: DType, weak: boolean): (a: number, b: number, t: number) => number {
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
export function weightsAreValid(weights: ArrayLike, a: NDArray, axes: number[] | null): NDArray {
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
export function searchLeft(cdf: ArrayLike2, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
export type ArrayLike2 = { readonly [i: number]: number; readonly length: number };

export function quantileImpl(a: ArrayLike, qIn: ArrayLike, o: QuantileOptions, percent: boolean, nan: boolean): any {
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

export function cmpNaNLast(p: number, s: number): number {
  if (p !== p) return s !== s ? 0 : 1;
  if (s !== s) return -1;
  return p - s;
}

export function quantileArgs(axis: Axis | QuantileOptions | undefined, opts: QuantileOptions): QuantileOptions {
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
