/** Sorting, searching and counting: sort, argsort, lexsort, partition. */
import { NDArray, zerosOf } from '../ndarray';
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { ravel } from '../views';
import { sortRows, argsortRows } from './rows';
import { complexSortRows } from '../complex/sort';
import { splitOpts, checkKind, axisLast, int64, argsortList } from './sort-helpers';


/** Keyword options of sort and argsort. */
export interface SortOptions {
  /** The axis to sort along (default -1); `null` sorts the flattened array. */
  axis?: number | null;
  /** 'quicksort' (default), 'mergesort', 'heapsort' or 'stable'; all sorts here are stable. */
  kind?: string | null;
  /** NumPy 2's `stable=True` (accepted; sorts are always stable here). */
  stable?: boolean | null;
  /** Structured-array field order: there are no structured dtypes, so NumPy's error. */
  order?: string | readonly string[] | null;
}

export function sortCore(a: NpArrayLike, axis: number | null | undefined, o: SortOptions): NDArray {
  checkKind(o.kind, o);
  let x = asarray(a);
  let ax: number;
  if (axis === null) {
    x = ravel(x);
    ax = 0;
  } else ax = normalizeAxis(axis ?? -1, x.ndim);
  if (kindOf(x.dtype) === 'c') {
    const [c, back] = axisLast(x, ax);
    const out = zerosOf(c.shape.slice(), c.dtype);
    const n = c.shape[c.ndim - 1];
    complexSortRows(c.data, out.data, n, n === 0 ? 0 : c.size / n, null);
    return back(out);
  }
  if (ax === x.ndim - 1 && x.isCContiguous) {
    // Rows already lie contiguously: sort straight from the input into the result.
    const out = zerosOf(x.shape.slice(), x.dtype);
    sortRows(x.contiguousData(), out.data, x.shape[ax]);
    return out;
  }
  const [c, back] = axisLast(x, ax);
  const out = zerosOf(c.shape.slice(), c.dtype);
  sortRows(c.data, out.data, c.shape[c.ndim - 1]);
  return back(out);
}

/**
 * A sorted copy of an array, along an axis (default the last); NaN sorts to the end.
 *
 * Parameters
 * - a: the array.
 * - axis: positional or `{axis}`; -1 by default, `null` sorts the flattened array.
 * - kind: accepted as NumPy's ('quicksort', 'mergesort', 'heapsort', 'stable').
 *
 * @example
 * np.sort(np.array([[1, 5, 3], [4, 2, 6]]))              // array([[1, 3, 5], [2, 4, 6]])
 * np.sort(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 0})   // array([[1, 2, 3], [4, 5, 6]])
 * np.sort(np.array([3, NaN, 1]))                         // array([ 1.,  3., nan])
 */
export function sort(a: NpArrayLike, axis?: number | null | SortOptions, opts: SortOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  return sortCore(a, ax, o as SortOptions);
}

export function argsortCore(a: NpArrayLike, axis: number | null | undefined, o: SortOptions): NDArray {
  checkKind(o.kind, o);
  let x = asarray(a);
  let ax: number;
  if (x.ndim === 0 && axis !== null) return int64([0]);
  if (axis === null) {
    x = ravel(x);
    ax = 0;
  } else ax = normalizeAxis(axis ?? -1, x.ndim);
  if (kindOf(x.dtype) === 'c') {
    const [c, back] = axisLast(x, ax);
    const out = zerosOf(c.shape.slice(), 'int64');
    const n = c.shape[c.ndim - 1];
    complexSortRows(c.data, null, n, n === 0 ? 0 : c.size / n, out.data as Float64Array);
    return back(out);
  }
  if (ax === x.ndim - 1 && x.isCContiguous) {
    const out = zerosOf(x.shape.slice(), 'int64');
    argsortRows(x.contiguousData(), out.data as Float64Array, x.shape[ax]);
    return out;
  }
  const [c, back] = axisLast(x, ax);
  const out = zerosOf(c.shape.slice(), 'int64');
  argsortRows(c.data, out.data as Float64Array, c.shape[c.ndim - 1]);
  return back(out);
}

/**
 * The indices that would sort an array along an axis (default the last), as int64. Ties
 * keep their input order for every kind (a stable sort: NumPy's order for kind 'stable';
 * NumPy's default 'quicksort' leaves ties in an order that depends on its CPU's SIMD sort,
 * so it can differ there), -0 and 0 are ties, and NaNs come last.
 *
 * Parameters
 * - a: the array.
 * - axis: positional or `{axis}`; -1 by default, `null` for the flattened array.
 * - kind: accepted as NumPy's.
 *
 * @example
 * np.argsort(np.array([30, 10, 20]))                          // array([1, 2, 0])
 * np.argsort(np.array([2, 1, 2, 1]), {kind: "stable"})        // array([1, 3, 0, 2])
 */
export function argsort(a: NpArrayLike, axis?: number | null | SortOptions, opts: SortOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  return argsortCore(a, ax, o as SortOptions);
}

/**
 * Indirect stable sort on several keys: the last key is the primary one. Returns int64
 * indices.
 *
 * Parameters
 * - keys: a list of same-shaped arrays (or a 2-d array whose rows are the keys).
 * - axis: the axis to sort along (default -1), positional or `{axis}`.
 *
 * @example
 * // sort by surname, then first name
 * np.lexsort([[1, 2, 1], [3, 3, 1]])   // array([2, 0, 1])
 */
export function lexsort(keys: readonly NpArrayLike[] | NDArray, axis?: number | { axis?: number }): NDArray {
  const [ax0] = splitOpts<number>(axis, undefined, 'axis');
  if (!(keys instanceof NDArray) && !Array.isArray(keys)) throw new NumpyTypeError('need sequence of keys with len > 0 in lexsort');
  if (keys instanceof NDArray && keys.ndim === 0) throw new NumpyTypeError('need sequence of keys with len > 0 in lexsort');
  const ks: NDArray[] = keys instanceof NDArray ? Array.from(keys as Iterable<any>, (k) => asarray(k)) : keys.map((k) => asarray(k));
  if (ks.length === 0) throw new NumpyTypeError('need sequence of keys with len > 0 in lexsort');
  const shape = ks[0].shape;
  for (const k of ks) {
    if (k.ndim !== shape.length || k.shape.some((n, i) => n !== shape[i])) throw new ValueError('all keys need to be the same shape');
  }
  if (shape.length === 0) return int64([0]);
  const ax = normalizeAxis(ax0 ?? -1, shape.length);
  const moved = ks.map((k) => axisLast(k, ax));
  const back = moved[0][1];
  const cs = moved.map((m) => m[0]);
  const n = shape[ax];
  const out = zerosOf(cs[0].shape.slice(), 'int64');
  const buf = new Float64Array(n);
  for (let off = 0; off < out.size; off += n) {
    let perm = argsortList(cs[0].data.subarray(off, off + n));
    for (let j = 1; j < cs.length; j++) {
      const d = cs[j].data;
      for (let i = 0; i < n; i++) buf[i] = d[off + perm[i]];
      const p2 = argsortList(buf);
      const next = new Int32Array(n);
      for (let i = 0; i < n; i++) next[i] = perm[p2[i]];
      perm = next;
    }
    for (let i = 0; i < n; i++) out.data[off + i] = perm[i];
  }
  return back(out);
}

export function checkKth(kth: number | readonly number[] | NDArray, n: number): void {
  if (kth === null || kth === undefined || (typeof kth !== 'number' && typeof kth !== 'boolean' && !Array.isArray(kth) && !(kth instanceof NDArray))) {
    throw new NumpyTypeError('Partition index must be integer');
  }
  const ks = typeof kth === 'number' ? [kth] : Array.from(asarray(kth as NpArrayLike).contiguousData());
  for (const k of ks) {
    if (!Number.isInteger(k)) throw new NumpyTypeError('Partition index must be integer');
    if (k < -n || k >= n) throw new ValueError(`kth(=${k}) out of bounds (${n})`);
  }
}

/**
 * A copy of the array with the k-th element in its sorted position, smaller ones before
 * it and larger ones after. (This implementation fully sorts, which is one valid
 * partition; NumPy's introselect may leave the two sides in another order.)
 *
 * Parameters
 * - a: the array.
 * - kth: an index or a list of indices.
 * - axis: positional or `{axis}`; -1 by default, `null` for the flattened array.
 *
 * @example
 * np.partition(np.array([3, 4, 2, 1]), 2)   // array([1, 2, 3, 4])
 */
export function partition(a: NpArrayLike, kth: number | readonly number[] | NDArray, axis?: number | null | SortOptions, opts: SortOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  const x = asarray(a);
  const n = ax === null ? x.size : x.shape[normalizeAxis(ax ?? -1, x.ndim)];
  checkKth(kth, n);
  return sortCore(x, ax, o as SortOptions);
}

/**
 * Indices that partition the array around the k-th element (see partition; computed here
 * by a stable argsort).
 *
 * Parameters
 * - a: the array.
 * - kth: an index or a list of indices.
 * - axis: positional or `{axis}`; -1 by default, `null` for the flattened array.
 *
 * @example
 * np.argpartition(np.array([3, 4, 2, 1]), 2)   // array([3, 2, 0, 1])
 */
export function argpartition(a: NpArrayLike, kth: number | readonly number[] | NDArray, axis?: number | null | SortOptions, opts: SortOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  const x = asarray(a);
  const n = ax === null ? x.size : x.ndim === 0 ? 1 : x.shape[normalizeAxis(ax ?? -1, x.ndim)];
  checkKth(kth, n);
  return argsortCore(x, ax, o as SortOptions);
}
