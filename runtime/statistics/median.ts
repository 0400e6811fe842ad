/** Statistics: median. */
import { NDArray, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { isFloat } from '../dtype';
import * as r from '../reduce';
import { Axis, kwargs } from './helpers';
import { ureduce, linesOf, finishReduce } from './ureduce';
import { nanmean } from './nan-reductions';


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
export function hasNaN(row: Float64Array): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== row[i]) return true;
  return false;
}

/**
 * Partially sorts a NaN-free line in place so that row[k] holds its sorted value for every
 * k in `ks` (ascending), as np.partition: introselect-style quickselect, O(n).
 */
export function partition(row: Float64Array, kth: readonly number[]): void {
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
export function medianOfRow(row: Float64Array, inexact: boolean, f32: boolean): number {
  const n = row.length;
  if (n === 0) return NaN; // mean of an empty slice
  if (inexact && hasNaN(row)) return NaN; // NumPy's _median_nancheck
  const h = n >> 1;
  partition(row, n % 2 === 1 ? [h] : [h - 1, h]);
  if (n % 2 === 1) return row[h];
  if (f32) return Math.fround(Math.fround(row[h - 1] + row[h]) / 2);
  return (row[h - 1] + row[h]) / 2;
}

export function medianImpl(x: NDArray, o: MedianOptions, nan: boolean): any {
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
