/**
 * Sorting, searching, counting and set operations: sort, argsort, lexsort, partition,
 * argpartition, unique, nonzero, flatnonzero, argwhere, searchsorted, digitize, bincount,
 * histogram, histogram_bin_edges, isin, intersect1d, union1d, setdiff1d, setxor1d.
 *
 * sort and argsort run the kernels of runtime/sorting/ row by row: LSD radix sorts on the
 * order-preserving bit patterns of each dtype for long rows, merge sorts for short ones.
 * Both are stable (ties, -0 against +0 included, keep input order, as NumPy's
 * kind='stable') and put NaN last, as NumPy does.
 */
import { NDArray, copyInto, copyToContiguous, zerosOf, reshapeFresh } from './ndarray';
import { asarray, type ArrayLike as NpArrayLike } from './asarray';
import { type DType, type TypedArray, isFloat, kindOf, promoteTypes, castScalar } from './dtype';
import { normalizeAxis, cStrides, fillStrides } from './shape';
import { ValueError, NumpyTypeError } from './errors';
import { moveaxis, ravel } from './views';
import { Slice } from './indexing';
import { pairwiseSum } from './reduce';
import { pyTypeName } from './validate';
import { sortRows, argsortRows, argsortRow1d } from './sorting/rows';
import { complexSortRows } from './complex/sort';
import { complexUniqueFlat } from './complex/unique';

// ---------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------

function isOpts(x: unknown): x is Record<string, any> {
  return (
    x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof NDArray) &&
    !ArrayBuffer.isView(x) && !(x instanceof Slice)
  );
}

function splitOpts<T>(pos: unknown, opts: Record<string, any> | undefined, key: string): [T | undefined, Record<string, any>] {
  if (isOpts(pos)) return [pos[key] as T | undefined, pos];
  const o = opts ?? {};
  return [pos === undefined ? (o[key] as T | undefined) : (pos as T), o];
}

/** An integer argument, or NumPy's `'float' object cannot be interpreted as an integer`. */
function toInt(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A trailing options argument: an object, or absent. */
function optsOf<T>(o: unknown): T {
  if (o === undefined || o === null) return {} as T;
  if (isOpts(o)) return o as T;
  throw new NumpyTypeError(`options must be an object such as {assume_unique: true}, not '${pyTypeName(o)}'`);
}

/** Validates the sort options as NumPy does (`kind` by its first letter). */
function checkKind(kind: unknown, o: SortOptions = {}): void {
  if (o.order !== undefined && o.order !== null) throw new ValueError('Cannot specify order when the array has no fields.');
  if (kind === undefined || kind === null) return;
  if (typeof kind !== 'string') throw new NumpyTypeError(`sort kind must be str, not ${pyTypeName(kind)}`);
  if (o.stable !== undefined && o.stable !== null) {
    throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
  }
  const k = String(kind);
  if (!'qhms'.includes(k[0] ?? '?') || k.length === 0) {
    throw new ValueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${k}')`);
  }
}

/** A contiguous copy of `x` with `axis` moved last, and the function that moves it back. */
function axisLast(x: NDArray, axis: number): [NDArray, (r: NDArray) => NDArray] {
  const last = x.ndim - 1;
  if (axis === last) return [copyToContiguous(x), (r) => r];
  const c = copyToContiguous(moveaxis(x, axis, -1));
  return [c, (r) => copyToContiguous(moveaxis(r, -1, axis))];
}

/** Python's repr of a float as in f-strings (`1.0`, `nan`, `inf`); ints as ints. */
function pyNum(v: number, asFloat: boolean): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (asFloat && Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.0`;
  return String(v);
}

function int64(values: Nums | number[], shape?: number[]): NDArray {
  const data = values instanceof Float64Array ? values : Float64Array.from(values as Nums);
  return new NDArray(data, 'int64', shape ?? [data.length]);
}

/** Anything indexable by position with a length: a typed array or a JS array of numbers. */
type Nums = { readonly length: number; readonly [i: number]: number };

/** The stable sorting permutation of a list of numbers (NaN last). */
function argsortList(keys: Nums): Int32Array {
  return argsortRow1d(ArrayBuffer.isView(keys) ? (keys as TypedArray) : Array.from(keys as ArrayLike<number>));
}

// ---------------------------------------------------------------------------------------
// sort, argsort, lexsort, partition
// ---------------------------------------------------------------------------------------

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

function sortCore(a: NpArrayLike, axis: number | null | undefined, o: SortOptions): NDArray {
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

function argsortCore(a: NpArrayLike, axis: number | null | undefined, o: SortOptions): NDArray {
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
 * keep their order (a stable sort, which is what NumPy gives for kind 'stable').
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

function checkKth(kth: number | readonly number[] | NDArray, n: number): void {
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

// ---------------------------------------------------------------------------------------
// unique
// ---------------------------------------------------------------------------------------

/** Keyword options of np.unique. */
export interface UniqueOptions {
  /** Also return the indices of the first occurrences. */
  return_index?: boolean;
  /** Also return the indices that rebuild the input from the unique values. */
  return_inverse?: boolean;
  /** Also return how often each unique value occurs. */
  return_counts?: boolean;
  /** Unique sub-arrays along this axis instead of unique elements (default null). */
  axis?: number | null;
  /** Collapse all NaNs into one (default true). */
  equal_nan?: boolean;
  /** Accepted; results are always sorted. */
  sorted?: boolean;
}

/**
 * The sorted unique elements of an array. With any `return_*` option, a JS array
 * `[values, index?, inverse?, counts?]` (in that order, only those requested).
 *
 * Parameters
 * - ar: the array (flattened unless `axis` is given).
 * - return_index, return_inverse, return_counts, axis, equal_nan: as NumPy's keywords.
 *   As in NumPy 2, the inverse has the input's shape when `axis` is null.
 *
 * @example
 * np.unique(np.array([3, 1, 2, 3, 1]))                                  // array([1, 2, 3])
 * const [vals, counts] = np.unique(np.array([3, 1, 3]), {return_counts: true});
 */
export function unique(ar: NpArrayLike, return_index?: boolean | UniqueOptions, return_inverse?: boolean, return_counts?: boolean, axis?: number | null): any {
  const o: UniqueOptions = isOpts(return_index)
    ? (return_index as UniqueOptions)
    : { return_index: return_index as boolean | undefined, return_inverse, return_counts, axis };
  const x = asarray(ar);
  const wantIdx = !!o.return_index;
  const wantInv = !!o.return_inverse;
  const wantCnt = !!o.return_counts;
  const equalNan = o.equal_nan ?? true;
  let values: NDArray;
  let first: number[] = [];
  let inverse: Float64Array;
  let counts: number[] = [];
  let invShape: number[];
  if (kindOf(x.dtype) === 'c') {
    if (o.axis !== undefined && o.axis !== null) throw new NumpyTypeError(`np.unique does not support complex input (dtype ${x.dtype}) with an axis in np`);
    ({ values, first, inverse, counts } = complexUniqueFlat(x, equalNan));
    invShape = x.shape.slice();
  } else if (o.axis === undefined || o.axis === null) {
    const flat = copyToContiguous(x).data;
    const n = flat.length;
    const perm = argsortList(flat);
    const aux = new Float64Array(n);
    for (let i = 0; i < n; i++) aux[i] = flat[perm[i]];
    const mask = new Uint8Array(n);
    if (n > 0) mask[0] = 1;
    let firstNan = n;
    if (equalNan && isFloat(x.dtype) && n > 0 && aux[n - 1] !== aux[n - 1]) {
      firstNan = 0;
      while (aux[firstNan] === aux[firstNan]) firstNan++;
    }
    for (let i = 1; i < n; i++) {
      if (i < firstNan) mask[i] = aux[i] !== aux[i - 1] ? 1 : 0;
      else mask[i] = i === firstNan ? 1 : 0;
    }
    const vals: number[] = [];
    inverse = new Float64Array(n);
    let k = -1;
    for (let i = 0; i < n; i++) {
      if (mask[i]) {
        k++;
        vals.push(aux[i]);
        first.push(perm[i]);
        counts.push(0);
      }
      counts[k]++;
      inverse[perm[i]] = k;
    }
    values = zerosOf([vals.length], x.dtype);
    (values.data as TypedArray).set(vals);
    invShape = x.shape.slice();
  } else {
    const ax = normalizeAxis(o.axis, x.ndim);
    const moved = copyToContiguous(moveaxis(x, ax, 0));
    const n = moved.shape[0];
    const rowLen = n === 0 ? 0 : moved.size / n;
    const d = moved.data;
    // Lexicographic stable order of the rows: the first column is the primary key.
    let perm: Int32Array = new Int32Array(n).map((_, i) => i);
    const col = new Float64Array(n);
    for (let j = rowLen - 1; j >= 0; j--) {
      for (let i = 0; i < n; i++) col[i] = d[perm[i] * rowLen + j];
      const p2 = argsortList(col);
      const next = new Int32Array(n);
      for (let i = 0; i < n; i++) next[i] = perm[p2[i]];
      perm = next;
    }
    const same = (p: number, q: number) => {
      for (let j = 0; j < rowLen; j++) if (d[p * rowLen + j] !== d[q * rowLen + j]) return false;
      return true;
    };
    const rows: number[] = [];
    inverse = new Float64Array(n);
    let k = -1;
    for (let i = 0; i < n; i++) {
      if (i === 0 || !same(perm[i], perm[i - 1])) {
        k++;
        rows.push(perm[i]);
        first.push(perm[i]);
        counts.push(0);
      }
      counts[k]++;
      inverse[perm[i]] = k;
    }
    const uShape = moved.shape.slice();
    uShape[0] = rows.length;
    const u = zerosOf(uShape, x.dtype);
    rows.forEach((r, i) => (u.data as TypedArray).set(d.subarray(r * rowLen, (r + 1) * rowLen), i * rowLen));
    if (u.size === 0) {
      // NumPy reshapes its 1-d array of unique rows to uShape (filled-in strides) and
      // moves the axis back; an empty result stays that view.
      values = moveaxis(uShape.length === 1 ? u : new NDArray(u.data, u.dtype, uShape, fillStrides(uShape)), 0, ax);
    } else values = copyToContiguous(moveaxis(u, 0, ax));
    invShape = [n];
  }
  if (!wantIdx && !wantInv && !wantCnt) return values;
  const ret: NDArray[] = [values];
  if (wantIdx) ret.push(int64(first));
  if (wantInv) ret.push(reshapeFresh(int64(inverse), invShape));
  if (wantCnt) ret.push(int64(counts));
  return ret;
}

// ---------------------------------------------------------------------------------------
// nonzero, flatnonzero, argwhere
// ---------------------------------------------------------------------------------------

/** C-order flat positions of the non-zero elements. */
function nonzeroFlat(x: NDArray): number[] {
  const c = x.contiguousData();
  const out: number[] = [];
  for (let i = 0; i < c.length; i++) if (c[i] !== 0) out.push(i);
  return out;
}

/**
 * The indices of the non-zero elements: a JS array with one int64 array per dimension
 * (NumPy's tuple). `np.where(cond)` with one argument is the same.
 *
 * Parameters
 * - a: the array (at least 1-d; NumPy refuses 0-d input).
 *
 * @example
 * np.nonzero(np.array([0, 3, 0, 5]))           // [array([1, 3])]
 * np.nonzero(np.array([[1, 0], [0, 2]]))       // [array([0, 1]), array([0, 1])]
 */
export function nonzero(a: NpArrayLike): NDArray[] {
  const x = asarray(a);
  if (x.ndim === 0) {
    throw new ValueError('Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.');
  }
  const flat = nonzeroFlat(x);
  const nd = x.ndim;
  // NumPy's results are views (stride ndim, offset d) of one (count, ndim) array.
  const owner = int64(indexRows(x, flat), [flat.length, nd]);
  return x.shape.map((_, d) => new NDArray(owner.data, 'int64', [flat.length], [nd], d, owner));
}

/** The (count, ndim) C-ordered multi-indices of the C-order flat positions `flat` of `x`. */
function indexRows(x: NDArray, flat: number[]): Float64Array {
  const nd = x.ndim;
  const st = cStrides(x.shape);
  const out = new Float64Array(flat.length * nd);
  for (let k = 0; k < flat.length; k++) {
    let r = flat[k];
    for (let d = 0; d < nd; d++) {
      const q = Math.floor(r / st[d]);
      out[k * nd + d] = q;
      r -= q * st[d];
    }
  }
  return out;
}

/**
 * Indices of the non-zero elements of the flattened array, as int64.
 *
 * Parameters
 * - a: the array.
 *
 * @example
 * np.flatnonzero(np.array([[0, 1], [2, 0]]))   // array([1, 2])
 */
export function flatnonzero(a: NpArrayLike): NDArray {
  const flat = nonzeroFlat(asarray(a));
  // NumPy's nonzero(ravel(a))[0] is a view, which shows as stride 1 when empty.
  return flat.length === 0 ? new NDArray(new Float64Array(0), 'int64', [0], [1]) : int64(flat);
}

/**
 * Indices of the non-zero elements grouped by element: an int64 array of shape
 * (count, ndim).
 *
 * Parameters
 * - a: the array; a 0-d input gives shape (0 or 1, 0).
 *
 * @example
 * np.argwhere(np.array([[1, 5, 3], [4, 2, 6]]).gt(3))   // array([[0, 1], [1, 0], [1, 2]])
 */
export function argwhere(a: NpArrayLike): NDArray {
  const x = asarray(a);
  if (x.ndim === 0) {
    // NumPy: argwhere(atleast_1d(a))[:, :0], a view keeping that array's strides.
    const r = argwhere(x.reshape(1));
    return new NDArray(r.data, 'int64', [r.shape[0], 0], r.elementStrides.slice(), r.offset, r);
  }
  const flat = nonzeroFlat(x);
  const nd = x.ndim;
  // NumPy's transpose(nonzero(a)): a transposed view of a fresh (ndim, count) array.
  const rows = indexRows(x, flat);
  const cols = new Float64Array(rows.length);
  for (let k = 0; k < flat.length; k++) for (let d = 0; d < nd; d++) cols[d * flat.length + k] = rows[k * nd + d];
  const owner = int64(cols, [nd, flat.length]);
  const [s0, s1] = owner.elementStrides;
  return new NDArray(cols, 'int64', [flat.length, nd], [s1, s0], 0, owner);
}

// ---------------------------------------------------------------------------------------
// searchsorted, digitize
// ---------------------------------------------------------------------------------------

/** NumPy's ordering: NaN is larger than everything. */
const lt = (a: number, b: number): boolean => a < b || (b !== b && a === a);

/**
 * NumPy's binsearch / argbinsearch (npysort/binsearch.cpp), including its trick of
 * narrowing the range from the previous key, so unsorted input gives NumPy's answers too.
 */
function binsearch(arr: Nums, keys: Nums, right: boolean, sorter: Nums | null): Float64Array {
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
function monotonicity(b: Nums): number {
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

// ---------------------------------------------------------------------------------------
// bincount, histogram
// ---------------------------------------------------------------------------------------

/** Keyword options of bincount. */
export interface BincountOptions {
  /** A weight per input value; the result is then float64 sums of weights. */
  weights?: NpArrayLike | null;
  /** The minimum number of bins. */
  minlength?: number | null;
}

/**
 * Counts the occurrences of each value in a 1-d array of non-negative integers: element i
 * of the int64 result is the number of times i occurs (with weights: float64 sums).
 *
 * Parameters
 * - x: a 1-d array of non-negative integers.
 * - weights: one weight per element (positional or `{weights}`).
 * - minlength: the minimum length of the result (positional or `{minlength}`).
 *
 * @example
 * np.bincount(np.array([0, 1, 1, 3]))                                        // array([1, 2, 0, 1])
 * np.bincount(np.array([0, 1, 1]), {weights: np.array([0.5, 1.0, 1.5])})     // array([0.5, 2.5])
 */
export function bincount(x: NpArrayLike, weights?: NpArrayLike | null | BincountOptions, minlength?: number | null): NDArray {
  const o: BincountOptions = isOpts(weights) ? (weights as BincountOptions) : { weights: weights as NpArrayLike | null | undefined, minlength };
  const xa = Array.isArray(x) && x.length === 0 ? zerosOf([0], 'int64') : asarray(x);
  if (kindOf(xa.dtype) === 'f') {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${xa.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (xa.ndim > 1) throw new ValueError('object too deep for desired array');
  if (xa.ndim < 1) throw new ValueError('object of too small depth for desired array');
  const ml = o.minlength === undefined || o.minlength === null ? 0 : toInt(o.minlength);
  if (ml < 0) throw new ValueError("'minlength' must not be negative");
  const d = xa.contiguousData();
  let mx = -1;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v < 0) throw new ValueError("'list' argument must have no negative elements");
    if (v > mx) mx = v;
  }
  const len = Math.max(mx + 1, ml);
  if (o.weights === undefined || o.weights === null) {
    const out = zerosOf([len], 'int64').data as Float64Array;
    for (let i = 0; i < d.length; i++) out[d[i]]++;
    return int64(out);
  }
  const w = asarray(o.weights);
  if (w.size !== d.length || w.ndim !== 1) {
    if (w.ndim > 1) throw new ValueError('object too deep for desired array');
    throw new ValueError("The weights and list don't have the same length.");
  }
  const wd = copyToContiguous(w, 'float64').data;
  const out = zerosOf([len], 'float64').data as Float64Array;
  for (let i = 0; i < d.length; i++) out[d[i]] += wd[i];
  return new NDArray(out, 'float64', [len]);
}

/** Keyword options of histogram and histogram_bin_edges. */
export interface HistogramOptions {
  /** Number of equal-width bins (default 10), the bin edges, or an estimator name ('auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'). */
  bins?: number | string | NpArrayLike;
  /** The lower and upper range of the bins, `[min, max]`; default the data's. */
  range?: readonly [number, number] | null;
  /** Normalise to a probability density (float64 result). */
  density?: boolean | null;
  /** A weight per value; the counts become sums of weights (of the weights' dtype). */
  weights?: NpArrayLike | null;
}

const BLOCK = 65536;

interface Prepared {
  a: Float64Array | Float32Array | TypedArray;
  dtype: DType;
  weights: NDArray | null;
}

function prepare(a: NpArrayLike, weights: NpArrayLike | null | undefined): Prepared {
  let x = asarray(a);
  if (x.dtype === 'bool') x = copyToContiguous(x, 'uint8');
  let w: NDArray | null = null;
  if (weights !== undefined && weights !== null) {
    w = asarray(weights);
    if (w.ndim !== x.ndim || w.shape.some((n, i) => n !== x.shape[i])) throw new ValueError('weights should have the same shape as a.');
    w = copyToContiguous(w);
    w = new NDArray(w.data, w.dtype, [w.size]);
  }
  return { a: x.contiguousData(), dtype: x.dtype, weights: w };
}

function dataMinMax(a: Nums): [number, number] {
  let lo = a[0];
  let hi = a[0];
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    if (v < lo || v !== v) lo = v;
    if (v > hi || v !== v) hi = v;
    if (lo !== lo) break;
  }
  return lo !== lo || hi !== hi ? [NaN, NaN] : [lo, hi];
}

/** NumPy's `_get_outer_edges`. */
function outerEdges(p: Prepared, range: readonly [number, number] | null | undefined): [number, number] {
  let first: number;
  let last: number;
  if (range !== undefined && range !== null) {
    [first, last] = range;
    if (first > last) throw new ValueError('max must be larger than min in range parameter.');
    if (!(Number.isFinite(first) && Number.isFinite(last))) {
      throw new ValueError(`supplied range of [${pyNum(first, false)}, ${pyNum(last, false)}] is not finite`);
    }
  } else if (p.a.length === 0) {
    first = 0;
    last = 1;
  } else {
    [first, last] = dataMinMax(p.a);
    if (!(Number.isFinite(first) && Number.isFinite(last))) {
      const f = isFloat(p.dtype);
      throw new ValueError(`autodetected range of [${pyNum(first, f)}, ${pyNum(last, f)}] is not finite`);
    }
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  return [first, last];
}

/** NumPy's linspace(first, last, n + 1) for the bin edges, in float32 when asked. */
function edgesLinspace(first: number, last: number, nbins: number, f32: boolean): Float64Array {
  const fr = f32 ? Math.fround : (v: number) => v;
  const num = nbins + 1;
  const out = zerosOf([num], 'float64').data as Float64Array;
  const div = num - 1;
  const delta = fr(last - first);
  const step = fr(delta / div);
  for (let i = 0; i < num; i++) {
    const y = step === 0 ? fr(fr(fr(i / div) * delta) + first) : fr(fr(i * step) + first);
    out[i] = y;
  }
  if (num > 1) out[num - 1] = last;
  return out;
}

/** NumPy's linear-interpolation percentile of sorted data (q in [0, 1]). */
function quantileSorted(s: Nums, q: number): number {
  const n = s.length;
  const vi = n * q + (1 - q) - 1;
  let prev = Math.floor(vi);
  const gamma = vi - prev;
  let next = prev + 1;
  prev = Math.min(Math.max(prev, 0), n - 1);
  next = Math.min(Math.max(next, 0), n - 1);
  const a = s[prev];
  const b = s[next];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

function stdOf(x: Float64Array): number {
  const n = x.length;
  const mean = pairwiseSum(x, 0, n, 1) / n;
  const dev = new Float64Array(n);
  for (let i = 0; i < n; i++) dev[i] = (x[i] - mean) * (x[i] - mean);
  return Math.sqrt(pairwiseSum(dev, 0, n, 1) / n);
}

/** NumPy's `_hist_bin_*` width estimators; 0 means "no estimate". */
function binWidth(name: string, x: Float64Array, range: [number, number], intData: boolean): number {
  const n = x.length;
  const [lo, hi] = dataMinMax(x);
  const ptp = intData ? hi - lo : hi - lo;
  switch (name) {
    case 'sqrt':
      return ptp / Math.sqrt(n);
    case 'sturges':
      return ptp / (Math.log2(n) + 1.0);
    case 'rice':
      return ptp / (2.0 * n ** (1.0 / 3));
    case 'scott':
      return ((24.0 * Math.PI ** 0.5) / n) ** (1.0 / 3.0) * stdOf(x);
    case 'fd': {
      const s = Float64Array.from(x).sort();
      const iqr = quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
      return 2.0 * iqr * n ** (-1.0 / 3.0);
    }
    case 'doane': {
      if (n > 2) {
        const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
        const sigma = stdOf(x);
        if (sigma > 0.0) {
          const mean = pairwiseSum(x, 0, n, 1) / n;
          const t = new Float64Array(n);
          for (let i = 0; i < n; i++) {
            const z = (x[i] - mean) / sigma;
            t[i] = z * z * z;
          }
          const g1 = pairwiseSum(t, 0, n, 1) / n;
          return ptp / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g1) / sg1));
        }
      }
      return 0.0;
    }
    case 'stone': {
      if (n <= 1 || ptp === 0) return 0;
      const upper = Math.max(100, Math.trunc(Math.sqrt(n)));
      let best = 1;
      let bestVal = Infinity;
      for (let nb = 1; nb <= upper; nb++) {
        const hh = ptp / nb;
        const edges = edgesLinspace(range[0], range[1], nb, false);
        const counts = uniformCounts(x, 'float64', range[0], range[1], nb, edges, null, false);
        let dot = 0;
        for (let i = 0; i < nb; i++) {
          const pk = counts[i] / n;
          dot += pk * pk;
        }
        const j = (2 - (n + 1) * dot) / hh;
        if (j < bestVal) {
          bestVal = j;
          best = nb;
        }
      }
      return ptp / best;
    }
    case 'auto': {
      const fd = binWidth('fd', x, range, intData);
      const st = binWidth('sturges', x, range, intData);
      return fd ? Math.min(fd, st) : st;
    }
  }
  throw new ValueError(`'${name}' is not a valid estimator for \`bins\``);
}

const ESTIMATORS = ['stone', 'auto', 'doane', 'fd', 'rice', 'scott', 'sqrt', 'sturges'];

interface BinSpec {
  edges: NDArray;
  uniform: { first: number; last: number; n: number; f32: boolean } | null;
}

/** NumPy's `_get_bin_edges`. */
function binEdges(p: Prepared, bins: number | string | NpArrayLike | undefined, range: readonly [number, number] | null | undefined): BinSpec {
  const edgeDtype: DType = isFloat(p.dtype) ? p.dtype : 'float64';
  const f32 = edgeDtype === 'float32' && (range === undefined || range === null);
  let nbins: number;
  let first: number;
  let last: number;
  if (typeof bins === 'string') {
    if (!ESTIMATORS.includes(bins)) throw new ValueError(`'${bins}' is not a valid estimator for \`bins\``);
    if (p.weights) throw new NumpyTypeError('Automated estimation of the number of bins is not supported for weighted data');
    [first, last] = outerEdges(p, range);
    let data = Float64Array.from(p.a as Nums);
    if (range !== undefined && range !== null) data = data.filter((v) => v >= first && v <= last);
    if (data.length === 0) nbins = 1;
    else {
      let width = binWidth(bins, data, [first, last], !isFloat(p.dtype));
      if (width) {
        if (!isFloat(p.dtype) && width < 1) width = 1;
        nbins = Math.ceil((last - first) / width);
      } else nbins = 1;
    }
  } else if (bins === undefined || typeof bins === 'number' || typeof bins === 'boolean') {
    const b = bins === undefined ? 10 : Number(bins);
    if (!Number.isInteger(b)) throw new NumpyTypeError('`bins` must be an integer, a string, or an array');
    if (b < 1) throw new ValueError('`bins` must be positive, when an integer');
    nbins = b;
    [first, last] = outerEdges(p, range);
  } else {
    if (bins === null || (typeof bins !== 'object' && typeof bins !== 'string')) {
      throw new NumpyTypeError('`bins` must be an integer, a string, or an array');
    }
    const e = asarray(bins as NpArrayLike);
    if (e.ndim !== 1) throw new ValueError('`bins` must be 1d, when an array');
    const ed = e.contiguousData();
    for (let i = 0; i + 1 < ed.length; i++) {
      if (ed[i] > ed[i + 1]) throw new ValueError('`bins` must increase monotonically, when an array');
    }
    return { edges: e, uniform: null };
  }
  const lin = edgesLinspace(first, last, nbins, f32);
  const edges = zerosOf([nbins + 1], edgeDtype);
  if (edgeDtype === 'float64') (edges.data as Float64Array).set(lin);
  else for (let i = 0; i < lin.length; i++) edges.data[i] = lin[i];
  return { edges, uniform: { first, last, n: nbins, f32 } };
}

/** The uniform-bins fast path of np.histogram (its index arithmetic and edge corrections). */
function uniformCounts(a: Nums, edgeDtype: DType, first: number, last: number, nb: number, edges: Nums, w: Nums | null, f32: boolean): Float64Array {
  const fr = f32 ? Math.fround : (v: number) => v;
  const norm = fr(last - first);
  const counts = new Float64Array(nb);
  const block = new Float64Array(nb);
  const toEdge = edgeDtype === 'float32' ? Math.fround : (v: number) => v;
  for (let s = 0; s < a.length; s += BLOCK) {
    const e = Math.min(s + BLOCK, a.length);
    block.fill(0);
    for (let i = s; i < e; i++) {
      const v = toEdge(a[i]);
      if (!(a[i] >= first && a[i] <= last)) continue;
      let idx = Math.trunc(fr(fr(fr(v - first) / norm) * nb));
      if (idx === nb) idx -= 1;
      if (v < edges[idx]) idx -= 1;
      if (v >= edges[idx + 1] && idx !== nb - 1) idx += 1;
      block[idx] += w ? w[i] : 1;
    }
    for (let i = 0; i < nb; i++) counts[i] += block[i];
  }
  return counts;
}

function histCore(a: NpArrayLike, o: HistogramOptions): [NDArray, NDArray] {
  const p = prepare(a, o.weights);
  const spec = binEdges(p, o.bins, o.range);
  const edges = spec.edges;
  const nb = Math.max(edges.size - 1, 0);
  const ntype: DType = p.weights ? p.weights.dtype : 'int64';
  const wd = p.weights ? p.weights.contiguousData() : null;
  let counts: Float64Array;
  if (spec.uniform) {
    const u = spec.uniform;
    const range = o.range !== undefined && o.range !== null;
    // With a given range the division runs in float64 even for float32 data.
    counts = uniformCounts(p.a, edges.dtype, u.first, u.last, u.n, edges.contiguousData(), wd, u.f32 && !range);
  } else {
    const ed = edges.contiguousData();
    const cum = new Float64Array(ed.length);
    for (let s = 0; s < p.a.length; s += BLOCK) {
      const e = Math.min(s + BLOCK, p.a.length);
      const chunk = Float64Array.from((p.a as TypedArray).subarray(s, e));
      const perm = argsortList(chunk);
      const sa = new Float64Array(chunk.length);
      for (let i = 0; i < perm.length; i++) sa[i] = chunk[perm[i]];
      const left = binsearch(sa, ed.subarray(0, ed.length - 1), false, null);
      const right = binsearch(sa, ed.subarray(ed.length - 1), true, null);
      const idx = [...left, ...right];
      if (wd) {
        const cw = new Float64Array(sa.length + 1);
        for (let i = 0; i < perm.length; i++) cw[i + 1] = cw[i] + wd[s + perm[i]];
        for (let i = 0; i < idx.length; i++) cum[i] += cw[idx[i]];
      } else for (let i = 0; i < idx.length; i++) cum[i] += idx[i];
    }
    counts = new Float64Array(nb);
    for (let i = 0; i < nb; i++) counts[i] = cum[i + 1] - cum[i];
  }
  if (o.density) {
    const ed = edges.contiguousData();
    const total = ntype === 'int64' ? counts.reduce((x, y) => x + y, 0) : pairwiseSum(counts, 0, nb, 1);
    const out = new Float64Array(nb);
    // np.diff of the edges runs in their dtype, then becomes float64.
    const f32 = edges.dtype === 'float32';
    for (let i = 0; i < nb; i++) out[i] = counts[i] / (f32 ? Math.fround(ed[i + 1] - ed[i]) : ed[i + 1] - ed[i]) / total;
    return [new NDArray(out, 'float64', [nb]), edges];
  }
  const hist = zerosOf([nb], ntype);
  for (let i = 0; i < nb; i++) hist.data[i] = ntype === 'float64' ? counts[i] : castScalar(counts[i], ntype);
  return [hist, edges];
}

function histArgs(bins: unknown, opts: HistogramOptions): HistogramOptions {
  if (isOpts(bins)) return bins as HistogramOptions;
  if (bins === undefined) return opts;
  return { ...opts, bins: bins as HistogramOptions['bins'] };
}

/**
 * The histogram of a data set: a JS array `[hist, bin_edges]`. Counts are int64 (the
 * weights' dtype with weights, float64 with density); edges are float64 (float32 for
 * float32 data). Every bin is half-open `[a, b)` except the last, which is closed.
 *
 * Parameters
 * - a: the data (flattened).
 * - bins: a number of equal-width bins (default 10), an increasing list of edges, or an
 *   estimator name ('auto', 'fd', 'sturges', ...); positional or `{bins}`.
 * - range: `[min, max]` of the bins; values outside are ignored.
 * - density, weights: as NumPy's keywords.
 *
 * @example
 * const [hist, edges] = np.histogram(np.array([1, 2, 2, 3, 3, 3, 4]), {bins: 3});
 * // hist: array([1, 2, 4]), edges: array([1., 2., 3., 4.])
 * np.histogram(np.array([1.5, 2.5, 9.0]), {bins: 5, range: [0, 10]})
 */
export function histogram(a: NpArrayLike, bins?: number | string | NpArrayLike | HistogramOptions, opts: HistogramOptions = {}): [NDArray, NDArray] {
  return histCore(a, histArgs(bins, opts));
}

/**
 * Only the bin edges np.histogram would use (see histogram).
 *
 * Parameters
 * - a: the data.
 * - bins, range, weights: as histogram (positional bins or the options).
 *
 * @example
 * np.histogram_bin_edges(np.array([1, 2, 3]), {bins: 4})   // array([1. , 1.5, 2. , 2.5, 3. ])
 */
export function histogram_bin_edges(a: NpArrayLike, bins?: number | string | NpArrayLike | HistogramOptions, opts: HistogramOptions = {}): NDArray {
  const o = histArgs(bins, opts);
  return binEdges(prepare(a, o.weights), o.bins, o.range).edges;
}

// ---------------------------------------------------------------------------------------
// set operations
// ---------------------------------------------------------------------------------------

/** Membership of each value of `x` in `test` (NaN is never a member). */
function memberMask(x: Nums, test: Nums): Uint8Array {
  const set = new Set<number>();
  for (let i = 0; i < test.length; i++) if (test[i] === test[i]) set.add(test[i]);
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = set.has(x[i]) ? 1 : 0;
  return out;
}

/** Keyword options of isin. */
export interface IsinOptions {
  assume_unique?: boolean;
  /** Return the opposite: true where the element is NOT in test_elements. */
  invert?: boolean;
  kind?: string | null;
}

/**
 * Whether each element of `element` is in `test_elements`: a bool array of element's shape
 * (a 0-d array for a scalar).
 *
 * Parameters
 * - element: the array to test (any shape).
 * - test_elements: the values to look for.
 * - invert: return the negation (in the options); assume_unique and kind are accepted.
 *
 * @example
 * np.isin(np.array([1, 2, 3, 4]), [2, 4])   // array([False,  True, False,  True])
 */
export function isin(element: NpArrayLike, test_elements: NpArrayLike, options: IsinOptions = {}): NDArray {
  const opts = optsOf<IsinOptions>(options);
  const x = asarray(element);
  const t = asarray(test_elements);
  const m = memberMask(x.contiguousData(), t.contiguousData());
  if (opts.invert) for (let i = 0; i < m.length; i++) m[i] ^= 1;
  return new NDArray(m, 'bool', x.shape.slice());
}

function unique1d(x: NpArrayLike): NDArray {
  return unique(x) as NDArray;
}

function gatherBool(x: NDArray, mask: Nums): NDArray {
  const d = x.contiguousData();
  const vals: number[] = [];
  for (let i = 0; i < d.length; i++) if (mask[i]) vals.push(d[i]);
  const out = zerosOf([vals.length], x.dtype);
  (out.data as TypedArray).set(vals);
  return out;
}

function concat1d(a: NDArray, b: NDArray): NDArray {
  const dt = promoteTypes(a.dtype, b.dtype);
  const out = zerosOf([a.size + b.size], dt);
  copyInto(new NDArray(out.data, dt, [a.size], [1], 0), ravel(a));
  copyInto(new NDArray(out.data, dt, [b.size], [1], a.size), ravel(b));
  return out;
}

/**
 * The sorted unique values that are in both arrays. With `{return_indices: true}`, a JS
 * array `[values, indices_in_ar1, indices_in_ar2]` (first occurrences).
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 * - assume_unique: skip deduplication (in the options).
 * - return_indices: also return the indices (in the options).
 *
 * @example
 * np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])   // array([1, 3])
 */
export function intersect1d(ar1: NpArrayLike, ar2: NpArrayLike, options: { assume_unique?: boolean; return_indices?: boolean } = {}): any {
  const opts = optsOf<{ assume_unique?: boolean; return_indices?: boolean }>(options);
  let a1: NDArray;
  let a2: NDArray;
  let ind1: NDArray | null = null;
  let ind2: NDArray | null = null;
  if (!opts.assume_unique) {
    if (opts.return_indices) {
      [a1, ind1] = unique(ar1, { return_index: true }) as NDArray[];
      [a2, ind2] = unique(ar2, { return_index: true }) as NDArray[];
    } else {
      a1 = unique1d(ar1);
      a2 = unique1d(ar2);
    }
  } else {
    a1 = ravel(asarray(ar1));
    a2 = ravel(asarray(ar2));
  }
  const aux = concat1d(a1, a2);
  const ad = aux.data;
  const perm = argsortList(ad);
  const sorted = new Float64Array(ad.length);
  for (let i = 0; i < perm.length; i++) sorted[i] = ad[perm[i]];
  const vals: number[] = [];
  const i1: number[] = [];
  const i2: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i] === sorted[i + 1]) {
      vals.push(sorted[i]);
      i1.push(perm[i]);
      i2.push(perm[i + 1] - a1.size);
    }
  }
  const out = zerosOf([vals.length], aux.dtype);
  (out.data as TypedArray).set(vals);
  if (!opts.return_indices) return out;
  const r1 = ind1 ? i1.map((i) => ind1!.data[i]) : i1;
  const r2 = ind2 ? i2.map((i) => ind2!.data[i]) : i2;
  return [out, int64(r1), int64(r2)];
}

/**
 * The sorted unique values that are in either array.
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 *
 * @example
 * np.union1d([-1, 0, 1], [-2, 0, 2])   // array([-2, -1,  0,  1,  2])
 */
export function union1d(ar1: NpArrayLike, ar2: NpArrayLike): NDArray {
  return unique1d(concat1d(asarray(ar1), asarray(ar2)));
}

/**
 * The sorted unique values of `ar1` that are not in `ar2`.
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 * - assume_unique: skip deduplication (in the options).
 *
 * @example
 * np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])   // array([1, 2])
 */
export function setdiff1d(ar1: NpArrayLike, ar2: NpArrayLike, options: { assume_unique?: boolean } = {}): NDArray {
  const opts = optsOf<{ assume_unique?: boolean }>(options);
  const a1 = opts.assume_unique ? ravel(asarray(ar1)) : unique1d(ar1);
  const a2 = opts.assume_unique ? ravel(asarray(ar2)) : unique1d(ar2);
  const m = memberMask(a1.contiguousData(), a2.contiguousData());
  for (let i = 0; i < m.length; i++) m[i] ^= 1;
  return gatherBool(a1, m);
}

/**
 * The sorted unique values that are in exactly one of the arrays.
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 * - assume_unique: skip deduplication (in the options).
 *
 * @example
 * np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])   // array([1, 4, 5, 7])
 */
export function setxor1d(ar1: NpArrayLike, ar2: NpArrayLike, options: { assume_unique?: boolean } = {}): NDArray {
  const opts = optsOf<{ assume_unique?: boolean }>(options);
  const a1 = opts.assume_unique ? asarray(ar1) : unique1d(ar1);
  const a2 = opts.assume_unique ? asarray(ar2) : unique1d(ar2);
  const aux = sortCore(concat1d(a1, a2), 0, {});
  const n = aux.size;
  if (n === 0) return aux;
  const d = aux.data;
  const flag = new Uint8Array(n + 1);
  flag[0] = 1;
  flag[n] = 1;
  for (let i = 1; i < n; i++) flag[i] = d[i] !== d[i - 1] ? 1 : 0;
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) keep[i] = flag[i] & flag[i + 1];
  return gatherBool(aux, keep);
}

// ---------------------------------------------------------------------------------------
// NDArray methods
// ---------------------------------------------------------------------------------------

declare module './ndarray' {
  interface NDArray {
    /** Sorts in place along an axis (default -1); returns undefined, as NumPy's None. @example const a = np.array([3, 1, 2]); a.sort(); a   // array([1, 2, 3]) */
    sort(axis?: number | null | SortOptions, opts?: SortOptions): void;
    /** Indices that would sort the array. @example np.array([30, 10, 20]).argsort()   // array([1, 2, 0]) */
    argsort(axis?: number | null | SortOptions, opts?: SortOptions): NDArray;
    /** Indices of the non-zero elements, one int64 array per dimension. @example np.array([0, 3, 0, 5]).nonzero()   // [array([1, 3])] */
    nonzero(): NDArray[];
    /** Insertion points of `v` in this sorted 1-d array. @example np.array([1, 3, 5]).searchsorted(4)   // 2 */
    searchsorted(v: NpArrayLike, side?: 'left' | 'right' | SearchsortedOptions, sorter?: NpArrayLike | null): any;
    /** Partitions in place around the k-th element; returns undefined. @example a.partition(2) */
    partition(kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions): void;
    /** Indices that partition the array around the k-th element. @example np.array([3, 1, 2]).argpartition(1) */
    argpartition(kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions): NDArray;
  }
}

const P = NDArray.prototype as any;
P.sort = function (this: NDArray, axis?: number | null | SortOptions, opts?: SortOptions): void {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  // `a.sort(axis=None)` is not allowed in NumPy either; the in-place sort keeps the shape.
  if (ax === null) throw new ValueError('axis must be an integer for an in-place sort');
  copyInto(this, sortCore(this, ax, o as SortOptions));
};
P.argsort = function (this: NDArray, axis?: number | null | SortOptions, opts?: SortOptions) {
  return argsort(this, axis, opts);
};
P.nonzero = function (this: NDArray) {
  return nonzero(this);
};
P.searchsorted = function (this: NDArray, v: NpArrayLike, side?: 'left' | 'right' | SearchsortedOptions, sorter?: NpArrayLike | null) {
  return searchsorted(this, v, side, sorter);
};
P.partition = function (this: NDArray, kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions): void {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  if (ax === null) throw new ValueError('axis must be an integer for an in-place partition');
  copyInto(this, partition(this, kth, ax, o as SortOptions));
};
P.argpartition = function (this: NDArray, kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions) {
  return argpartition(this, kth, axis, opts);
};

