/** Sorting, searching and counting: searchsorted, digitize. */
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { pyTypeName } from '../validate';
import { isOpts, int64, Nums } from './sort-helpers';


/** NumPy's ordering: NaN is larger than everything. */
export const lt = (a: number, b: number): boolean => a < b || (b !== b && a === a);

/**
 * NumPy's binsearch / argbinsearch (npysort/binsearch.cpp), including its trick of
 * narrowing the range from the previous key, so unsorted input gives NumPy's answers too.
 */
export function binsearch(arr: Nums, keys: Nums, right: boolean, sorter: Nums | null): Float64Array {
  const n = arr.length;
  const out = new Float64Array(keys.length);
  if (keys.length === 0) return out;
  let minIdx = 0;
  let maxIdx = n;
  let last = keys[0];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (lt(last, key)) maxIdx = n;
    else {
      minIdx = 0;
      maxIdx = maxIdx < n ? maxIdx + 1 : n;
    }
    last = key;
    while (minIdx < maxIdx) {
      const mid = minIdx + ((maxIdx - minIdx) >> 1);
      let mv: number;
      if (sorter) {
        const si = sorter[mid];
        if (si < 0 || si >= n) throw new ValueError('Sorter index out of range.');
        mv = arr[si];
      } else mv = arr[mid];
      if (right ? !lt(key, mv) : lt(mv, key)) minIdx = mid + 1;
      else maxIdx = mid;
    }
    out[k] = minIdx;
  }
  return out;
}

/** Keyword options of searchsorted. */
export interface SearchsortedOptions {
  /** 'left' (default): first suitable index; 'right': last. */
  side?: 'left' | 'right';
  /** Indices that sort `a` (as argsort gives), when `a` is not sorted itself. */
  sorter?: NpArrayLike | null;
}

/**
 * Indices where elements of `v` should be inserted into the sorted 1-d array `a` to keep
 * it sorted. A scalar `v` gives a JS number; an array `v` an int64 array of its shape.
 *
 * Parameters
 * - a: a sorted 1-d array (or any 1-d array with `sorter`).
 * - v: the values to place.
 * - side: 'left' or 'right', positional or `{side}`.
 * - sorter: optional argsort indices of `a`.
 *
 * @example
 * np.searchsorted(np.array([1, 3, 5, 7]), 4)                        // 2
 * np.searchsorted(np.array([1, 3, 5, 7]), 5, {side: "right"})       // 3
 * np.searchsorted(np.array([1, 3, 5, 7]), np.array([0, 5, 8]))      // array([0, 2, 4])
 */
export function searchsorted(a: NpArrayLike, v: NpArrayLike, side?: 'left' | 'right' | SearchsortedOptions, sorter?: NpArrayLike | null): any {
  let o: SearchsortedOptions;
  if (isOpts(side)) o = side as SearchsortedOptions;
  else o = { side: side as 'left' | 'right' | undefined, sorter };
  const s = o.side === undefined ? 'left' : o.side;
  if (typeof s !== 'string') throw new NumpyTypeError(`search side must be str, not ${pyTypeName(s)}`);
  if (s !== 'left' && s !== 'right') {
    throw new ValueError(`search side must be 'left' or 'right' (got '${s}')`);
  }
  const arr = asarray(a);
  if (arr.ndim > 1) throw new ValueError('object too deep for desired array');
  if (arr.ndim === 0) throw new ValueError('object of too small depth for desired array');
  const vals = asarray(v);
  let srt: Nums | null = null;
  if (o.sorter !== undefined && o.sorter !== null) {
    const sa = asarray(o.sorter);
    if (sa.ndim !== 1) throw new NumpyTypeError('could not parse sorter argument');
    if (sa.size !== arr.size) throw new ValueError('sorter.size must equal a.size');
    if (kindOf(sa.dtype) === 'f') throw new NumpyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    srt = sa.contiguousData();
  }
  const res = binsearch(arr.contiguousData(), vals.contiguousData(), s === 'right', srt);
  if (vals.ndim === 0) return res[0];
  return int64(res, vals.shape.slice());
}

/** NumPy's check_array_monotonic: 1 increasing, -1 decreasing, 0 neither. */
export function monotonicity(b: Nums): number {
  const n = b.length;
  if (n === 0) return 1;
  let last = b[0];
  let i = 1;
  while (i < n && b[i] === last) i++;
  if (i === n) return 1;
  let next = b[i];
  if (last < next) {
    for (i += 1; i < n; i++) {
      last = next;
      next = b[i];
      if (last > next) return 0;
    }
    return 1;
  }
  for (i += 1; i < n; i++) {
    last = next;
    next = b[i];
    if (last < next) return 0;
  }
  return -1;
}

/**
 * The index of the bin each value of `x` falls in: `bins[i-1] <= x < bins[i]` for
 * increasing bins (`right: true` puts the closed side on the right). A scalar `x` gives a
 * JS number, else an int64 array.
 *
 * Parameters
 * - x: the values (a number gives a number).
 * - bins: monotonic 1-d bin edges (increasing or decreasing).
 * - right: whether the intervals include their right edge (positional or `{right}`).
 *
 * @example
 * np.digitize(np.array([0.2, 6.4, 3.0, 1.6]), [0, 1, 2.5, 4, 10])   // array([1, 4, 3, 2])
 */
export function digitize(x: NpArrayLike, bins: NpArrayLike, right: boolean | { right?: boolean } = false): any {
  const r = isOpts(right) ? !!right.right : !!right;
  const xa = asarray(x);
  const b = asarray(bins);
  if (b.ndim !== 1) throw new ValueError('object too deep for desired array');
  const bd = b.contiguousData();
  const mono = monotonicity(bd);
  if (mono === 0) throw new ValueError('bins must be monotonically increasing or decreasing');
  let res: Float64Array;
  if (mono === -1) {
    const rev = Float64Array.from(bd).reverse();
    res = binsearch(rev, xa.contiguousData(), !r, null);
    for (let i = 0; i < res.length; i++) res[i] = bd.length - res[i];
  } else res = binsearch(bd, xa.contiguousData(), !r, null);
  if (xa.ndim === 0) return res[0];
  return int64(res, xa.shape.slice());
}
