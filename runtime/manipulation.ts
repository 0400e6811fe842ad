/**
 * Array manipulation: joining (concatenate, stack, vstack, hstack, dstack, column_stack,
 * append), splitting (split, array_split, hsplit, vsplit, dsplit), tiling and repeating
 * (tile, repeat, resize), rearranging (flip, fliplr, flipud, roll, rot90), padding (pad),
 * editing (insert, delete, trim_zeros), dimension helpers (atleast_1d/2d/3d) and
 * diagonals (diagonal, trace), with NumPy 2's dtypes and error messages.
 *
 * flip, fliplr, flipud, rot90, diagonal, atleast_*d and split return views where NumPy
 * does; everything else returns a new C-ordered array.
 */
import { NDArray, copyInto, copyToContiguous, zerosOf, reshapeFresh } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import {
  type DType, type DTypeLike, toDType, promoteTypes, kindOf, castScalar, canCastSameKind, canCastSafe,
  needsExplicitCast, isFloat, isInteger,
} from './dtype';
import { normalizeAxis, shapeStr, shapeRepr, sizeOf, cStrides } from './shape';
import { ValueError, IndexError, NumpyTypeError, ZeroDivisionError, MemoryError } from './errors';
import { reshape, transpose, ravel, broadcast_to, expand_dims } from './views';
import { Slice, getItem, setItem } from './indexing';
import { sum, pairwiseSum, pairwiseSum32 } from './reduce';
import { pyTypeName } from './validate';

// ---------------------------------------------------------------------------------------
// small helpers
// ---------------------------------------------------------------------------------------

/** A trailing keyword-options object (not an array, ndarray, typed array or slice). */
function isOpts(x: unknown): x is Record<string, any> {
  return (
    x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof NDArray) &&
    !ArrayBuffer.isView(x) && !(x instanceof Slice)
  );
}

/** Splits `(positional, opts)` where the positional may itself be the options object. */
function splitOpts<T>(pos: T | Record<string, any> | undefined, opts: Record<string, any> | undefined, key: string): [T | undefined, Record<string, any>] {
  if (isOpts(pos)) return [(pos as Record<string, any>)[key] as T | undefined, pos as Record<string, any>];
  const o = opts ?? {};
  return [pos === undefined ? (o[key] as T | undefined) : (pos as T), o];
}

/** `x[..., start:start+len*step:step, ...]` along one axis: a view. */
function sliceAxis(x: NDArray, axis: number, start: number, len: number, step = 1): NDArray {
  const shape = x.shape.slice();
  const strides = x.elementStrides.slice();
  shape[axis] = len;
  strides[axis] *= step;
  const off = len > 0 ? x.offset + start * x.elementStrides[axis] : x.offset;
  return new NDArray(x.data, x.dtype, shape, strides, off, x);
}

/** Python's `slice(start, stop).indices(n)` for step 1: clamped [start, stop). */
function pySliceBounds(start: number, stop: number, n: number): [number, number] {
  const norm = (v: number) => (v < 0 ? Math.max(v + n, 0) : Math.min(v, n));
  const s = norm(start);
  const e = norm(stop);
  return [s, Math.max(s, e)];
}

/** The arrays of a sequence argument; an ndarray counts as the sequence of its rows. */
function seqOfArrays(arrays: readonly ArrayLike[] | NDArray, fn: string): NDArray[] {
  if (arrays instanceof NDArray) {
    if (arrays.ndim === 0) throw new NumpyTypeError(`${fn}: iteration over a 0-d array`);
    return Array.from(arrays as Iterable<any>, (r) => asarray(r as ArrayLike));
  }
  if (!Array.isArray(arrays)) {
    throw new NumpyTypeError(`arrays to ${fn} must be passed as a sequence type such as list or tuple.`);
  }
  return arrays.map((a) => asarray(a));
}

/** An integer argument, or NumPy's `'float' object cannot be interpreted as an integer`. */
function toInt(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v instanceof NDArray && v.size === 1 && (isInteger(v.dtype) || v.dtype === 'bool')) return v.flatGet(0);
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A shape-like argument (number or sequence of numbers), or NumPy's TypeError. */
function toIntList(v: unknown): number[] {
  if (typeof v === 'number' || typeof v === 'boolean') return [toInt(v)];
  if (Array.isArray(v)) return v.map(toInt);
  if (v instanceof NDArray) return intList(v);
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** Reads a list of integers from a number, a JS array or an ndarray. */
function intList(x: number | readonly number[] | NDArray, what = 'index'): number[] {
  if (typeof x === 'number') return [x];
  const a = x instanceof NDArray ? x : asarray(x as ArrayLike);
  const out: number[] = [];
  const c = a.dtype === 'bool' ? copyToContiguous(a, 'int64') : a;
  for (let i = 0; i < c.size; i++) {
    const v = c.flatGet(i);
    if (!Number.isInteger(v)) throw new NumpyTypeError(`'float' object cannot be interpreted as an integer (${what})`);
    out.push(v);
  }
  return out;
}

/** Calls `fn(offset)` for the buffer offset of every line of `x` along `axis`, C order. */
function forEachLine(x: NDArray, axis: number, fn: (off: number) => void): void {
  const nd = x.ndim;
  for (let d = 0; d < nd; d++) if (d !== axis && x.shape[d] === 0) return;
  const rest: number[] = [];
  for (let d = 0; d < nd; d++) if (d !== axis) rest.push(d);
  const idx = new Array<number>(rest.length).fill(0);
  let off = x.offset;
  const total = rest.reduce((p, d) => p * x.shape[d], 1);
  for (let r = 0; r < total; r++) {
    fn(off);
    for (let k = rest.length - 1; k >= 0; k--) {
      const d = rest[k];
      idx[k]++;
      off += x.elementStrides[d];
      if (idx[k] < x.shape[d]) break;
      off -= x.elementStrides[d] * x.shape[d];
      idx[k] = 0;
    }
  }
}

/** A storer for dtype `d`: what assigning a double into its typed array gives in NumPy. */
function storer(d: DType): (v: number) => number {
  return needsExplicitCast(d) ? (v) => castScalar(v, d) : (v) => v;
}

type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

function checkCast(from: DType, to: DType, casting: Casting): void {
  let ok: boolean;
  switch (casting) {
    case 'unsafe': ok = true; break;
    case 'same_kind': ok = canCastSameKind(from, to); break;
    case 'safe': ok = canCastSafe(from, to); break;
    default: ok = from === to;
  }
  if (!ok) {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${from}') to dtype('${to}') according to the rule '${casting}'`);
  }
}

// ---------------------------------------------------------------------------------------
// joining
// ---------------------------------------------------------------------------------------

/** Keyword options of concatenate and the stack functions. */
export interface ConcatenateOptions {
  /** The axis to join along (default 0); `null` flattens every input first. */
  axis?: number | null;
  /** The result dtype (inputs are cast with `casting`). */
  dtype?: DTypeLike | null;
  /** How inputs may be cast to `dtype`: 'same_kind' (default), 'unsafe', 'safe', 'equiv', 'no'. */
  casting?: Casting;
  /** An array of the right shape to write the result into. */
  out?: NDArray | null;
}

function concatCore(xs: NDArray[], axis: number | null, o: ConcatenateOptions): NDArray {
  if (xs.length === 0) throw new ValueError('need at least one array to concatenate');
  if (axis === null) {
    xs = xs.map((x) => ravel(x));
    axis = 0;
  } else {
    if (xs[0].ndim === 0) throw new ValueError('zero-dimensional arrays cannot be concatenated');
    axis = normalizeAxis(axis, xs[0].ndim);
  }
  const first = xs[0];
  const nd = first.ndim;
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x.ndim !== nd) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${x.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < nd; d++) {
      if (d !== axis && x.shape[d] !== first.shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${x.shape[d]}`,
        );
      }
    }
    total += x.shape[axis];
  }
  let dtype: DType;
  const casting: Casting = o.casting ?? 'same_kind';
  if (o.dtype !== undefined && o.dtype !== null) {
    dtype = toDType(o.dtype);
    for (const x of xs) checkCast(x.dtype, dtype, casting);
  } else if (o.out) {
    dtype = o.out.dtype;
    for (const x of xs) checkCast(x.dtype, dtype, casting);
  } else {
    dtype = xs.map((x) => x.dtype).reduce((p, q) => promoteTypes(p, q));
    if (casting === 'no' || casting === 'equiv') for (const x of xs) checkCast(x.dtype, dtype, casting);
  }
  const shape = first.shape.slice();
  shape[axis] = total;
  let out: NDArray;
  if (o.out) {
    if (o.out.ndim !== shape.length || o.out.shape.some((n, i) => n !== shape[i])) {
      throw new ValueError(`Output array is the wrong shape`);
    }
    out = o.out;
  } else out = zerosOf(shape, dtype);
  let pos = 0;
  for (const x of xs) {
    const n = x.shape[axis];
    if (n > 0) copyInto(sliceAxis(out, axis, pos, n), x);
    pos += n;
  }
  return out;
}

/**
 * Joins a sequence of arrays along an existing axis.
 *
 * Parameters
 * - arrays: the arrays (or array_likes); all shapes must match except along `axis`.
 * - axis: the axis to join along (default 0), positional or `{axis}`; `null` flattens the
 *   inputs first.
 * - dtype, casting, out: as NumPy's keywords. The result dtype is the promotion of the inputs.
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * np.concatenate([a, a])                    // shape [4, 3]
 * np.concatenate([a, a], {axis: 1})         // shape [2, 6]
 * np.concatenate([a, a], {axis: null})      // 12 elements, flattened
 */
export function concatenate(arrays: readonly ArrayLike[] | NDArray, axis?: number | null | ConcatenateOptions, opts: ConcatenateOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis as any, opts, 'axis');
  const xs = seqOfArrays(arrays, 'concatenate');
  return concatCore(xs, ax === undefined ? 0 : ax, o);
}

/**
 * Joins a sequence of same-shaped arrays along a new axis.
 *
 * Parameters
 * - arrays: arrays of one shape.
 * - axis: where the new axis goes in the result (default 0).
 * - dtype, casting, out: as concatenate.
 *
 * @example
 * np.stack([np.array([1, 2, 3]), np.array([4, 5, 6])])              // shape [2, 3]
 * np.stack([np.array([1, 2, 3]), np.array([4, 5, 6])], {axis: 1})   // shape [3, 2]
 */
export function stack(arrays: readonly ArrayLike[] | NDArray, axis?: number | ConcatenateOptions, opts: ConcatenateOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis as any, opts, 'axis');
  const xs = seqOfArrays(arrays, 'stack');
  if (xs.length === 0) throw new ValueError('need at least one array to stack');
  const s0 = xs[0].shape;
  for (const x of xs) {
    if (x.ndim !== s0.length || x.shape.some((n, i) => n !== s0[i])) throw new ValueError('all input arrays must have the same shape');
  }
  const a = normalizeAxis(ax ?? 0, s0.length + 1);
  return concatCore(xs.map((x) => expand_dims(x, a)), a, o);
}

/**
 * Stacks arrays vertically (row-wise): 1-d arrays become rows, then join along axis 0.
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows).
 * - dtype, casting: as concatenate (in the options).
 *
 * @example
 * np.vstack([np.array([1, 2, 3]), np.array([4, 5, 6])])   // array([[1, 2, 3], [4, 5, 6]])
 */
export function vstack(tup: readonly ArrayLike[] | NDArray, opts: ConcatenateOptions = {}): NDArray {
  const xs = atleastList(seqOfArrays(tup, 'vstack'), 2);
  return concatCore(xs, 0, { ...opts, axis: 0 });
}

/**
 * Stacks arrays horizontally (column-wise): along axis 1, or axis 0 for 1-d arrays.
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows).
 * - dtype, casting: as concatenate (in the options).
 *
 * @example
 * np.hstack([np.array([1, 2, 3]), np.array([4, 5, 6])])   // array([1, 2, 3, 4, 5, 6])
 */
export function hstack(tup: readonly ArrayLike[] | NDArray, opts: ConcatenateOptions = {}): NDArray {
  const xs = atleastList(seqOfArrays(tup, 'hstack'), 1);
  const axis = xs.length > 0 && xs[0].ndim === 1 ? 0 : 1;
  return concatCore(xs, axis, { ...opts, axis });
}

/**
 * Stacks arrays depth-wise, along a third axis (1-d and 2-d inputs are raised to 3-d).
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows).
 *
 * @example
 * np.dstack([np.array([1, 2]), np.array([3, 4])]).shape   // [1, 2, 2]
 */
export function dstack(tup: readonly ArrayLike[] | NDArray): NDArray {
  const xs = atleastList(seqOfArrays(tup, 'dstack'), 3);
  return concatCore(xs, 2, {});
}

/**
 * Stacks 1-d arrays as columns of a 2-d array (2-d inputs are joined as they are).
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows). 1-d arrays become columns.
 *
 * @example
 * np.column_stack([np.array([1, 2]), np.array([3, 4])])   // array([[1, 3], [2, 4]])
 */
export function column_stack(tup: readonly ArrayLike[] | NDArray): NDArray {
  const xs = seqOfArrays(tup, 'column_stack').map((x) => {
    if (x.ndim === 0) return reshape(x, [1, 1]);
    if (x.ndim === 1) return reshape(x, [x.shape[0], 1]);
    return x;
  });
  return concatCore(xs, 1, {});
}

/**
 * Appends values to the end of an array. Without an axis both are flattened first.
 *
 * Parameters
 * - arr: the array.
 * - values: what to append; with an axis it must have arr's shape except along that axis.
 * - axis: the axis to append along (positional or `{axis}`), default null (flatten).
 *
 * @example
 * np.append(np.array([1, 2, 3]), [4, 5])                                 // array([1, 2, 3, 4, 5])
 * np.append(np.array([[1, 2], [3, 4]]), [[5, 6]], {axis: 0})             // shape [3, 2]
 */
export function append(arr: ArrayLike, values: ArrayLike, axis?: number | null | { axis?: number | null }): NDArray {
  const [ax] = splitOpts<number | null>(axis as any, undefined, 'axis');
  let a = asarray(arr);
  let v = asarray(values);
  if (ax === undefined || ax === null) {
    if (a.ndim !== 1) a = ravel(a);
    v = ravel(v);
    return concatCore([a, v], a.ndim - 1, {});
  }
  return concatCore([a, v], ax, {});
}

type Nested = ArrayLike | readonly Nested[];

/**
 * Assembles an array from nested lists of blocks: the innermost lists are joined along the
 * last axis, the next level along the second-to-last, and so on (blocks get leading axes
 * of length 1 as needed).
 *
 * Parameters
 * - arrays: nested JS lists whose leaves are arrays or numbers; all leaves at one depth.
 *
 * @example
 * const A = np.eye(2), B = np.zeros([2, 1]);
 * np.block([[A, B], [np.ones([1, 2]), np.array([[5]])]])   // shape [3, 3]
 * np.block([1, 2, np.array([3, 4])])                       // array([1, 2, 3, 4])
 */
export function block(arrays: Nested): NDArray {
  const fmt = (index: (number | null)[]) => 'arrays' + index.filter((i) => i !== null).map((i) => `[${i}]`).join('');
  const check = (x: Nested, parent: (number | null)[]): [(number | null)[], number] => {
    if (Array.isArray(x) && x.length > 0) {
      let first: (number | null)[] | null = null;
      let maxNd = 0;
      x.forEach((e: Nested, i: number) => {
        const [idx, nd] = check(e, [...parent, i]);
        if (first === null) first = idx;
        else if (idx.length !== first.length) {
          throw new ValueError(
            `List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${idx.length} (${fmt(idx)})`,
          );
        }
        if (idx[idx.length - 1] === null) first = idx;
        maxNd = Math.max(maxNd, nd);
      });
      return [first!, maxNd];
    }
    if (Array.isArray(x)) return [[...parent, null], 0];
    return [parent, asarray(x as ArrayLike).ndim];
  };
  const [bottom, arrNd] = check(arrays, []);
  if (bottom.length > 0 && bottom[bottom.length - 1] === null) throw new ValueError(`List at ${fmt(bottom)} cannot be empty`);
  const listNd = bottom.length;
  const resultNd = Math.max(arrNd, listNd);
  const rec = (x: Nested, depth: number): NDArray => {
    if (depth < listNd) {
      const parts = (x as readonly Nested[]).map((e) => rec(e, depth + 1));
      return concatCore(parts, resultNd - (listNd - depth), {});
    }
    const a = asarray(x as ArrayLike);
    return a.ndim < resultNd ? reshape(a, [...new Array(resultNd - a.ndim).fill(1), ...a.shape]) : a;
  };
  const r = rec(arrays, 0);
  return listNd === 0 ? copyToContiguous(r) : r;
}

// ---------------------------------------------------------------------------------------
// dimensions
// ---------------------------------------------------------------------------------------

function atleast(x: NDArray, n: 1 | 2 | 3): NDArray {
  if (x.ndim >= n) return x;
  if (x.ndim === 0) return reshape(x, n === 1 ? [1] : n === 2 ? [1, 1] : [1, 1, 1]);
  // NumPy indexes a 1-d or 2-d input with newaxis (x[None, :], x[None, :, None],
  // x[:, :, None]): stride 0 on the new axes.
  const [s0, s1] = x.elementStrides;
  if (x.ndim === 2) return new NDArray(x.data, x.dtype, [...x.shape, 1], [s0, s1, 0], x.offset, x);
  const [shape, strides] = n === 2 ? [[1, x.shape[0]], [0, s0]] : [[1, x.shape[0], 1], [0, s0, 0]];
  return new NDArray(x.data, x.dtype, shape, strides, x.offset, x);
}

function atleastList(xs: NDArray[], n: 1 | 2 | 3): NDArray[] {
  return xs.map((x) => atleast(x, n));
}

function atleastN(arys: ArrayLike[], n: 1 | 2 | 3): NDArray | NDArray[] {
  const r = arys.map((a) => atleast(asarray(a), n));
  return r.length === 1 ? r[0] : r;
}

/**
 * Views inputs as arrays with at least one dimension. One argument gives an array;
 * several give a JS array of arrays.
 *
 * Parameters
 * - arys: one or more array_likes (JS arrays, numbers, ndarrays); ndarrays come back as views.
 *
 * @example
 * np.atleast_1d(5)                    // array([5])
 * const [a, b] = np.atleast_1d(1, [2, 3]);
 */
export function atleast_1d(...arys: ArrayLike[]): any {
  return atleastN(arys, 1);
}

/**
 * Views inputs as arrays with at least two dimensions (1-d arrays become one row).
 *
 * Parameters
 * - arys: one or more array_likes (JS arrays, numbers, ndarrays); ndarrays come back as views.
 *
 * @example
 * np.atleast_2d(np.array([1, 2])).shape   // [1, 2]
 */
export function atleast_2d(...arys: ArrayLike[]): any {
  return atleastN(arys, 2);
}

/**
 * Views inputs as arrays with at least three dimensions: shape (N,) becomes (1, N, 1) and
 * (M, N) becomes (M, N, 1).
 *
 * Parameters
 * - arys: one or more array_likes (JS arrays, numbers, ndarrays); ndarrays come back as views.
 *
 * @example
 * np.atleast_3d(np.arange(6).reshape(2, 3)).shape   // [2, 3, 1]
 */
export function atleast_3d(...arys: ArrayLike[]): any {
  return atleastN(arys, 3);
}

// ---------------------------------------------------------------------------------------
// splitting
// ---------------------------------------------------------------------------------------

type Sections = number | readonly number[] | NDArray;

function arraySplitCore(x: NDArray, sections: Sections, axis: number): NDArray[] {
  if (!Number.isInteger(axis)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
  if (axis >= x.ndim || axis < -x.ndim) throw new IndexError('tuple index out of range');
  const ax = axis < 0 ? axis + x.ndim : axis;
  const N = x.shape[ax];
  let points: number[];
  if (typeof sections === 'number') {
    const ns = Math.trunc(sections);
    if (ns <= 0) throw new ValueError('number sections must be larger than 0.');
    if (ns > 2 ** 27) throw new MemoryError('');
    const each = Math.floor(N / ns);
    const extras = N % ns;
    points = [0];
    for (let i = 0; i < ns; i++) points.push(points[i] + (i < extras ? each + 1 : each));
  } else {
    points = [0, ...intList(sections), N];
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = pySliceBounds(points[i], points[i + 1], N);
    out.push(sliceAxis(x, ax, s, e - s));
  }
  return out;
}

function splitArgs(axis: number | { axis?: number } | undefined): number {
  const [ax] = splitOpts<number>(axis as any, undefined, 'axis');
  return ax === undefined || ax === null ? 0 : toInt(ax);
}

/**
 * Splits an array into a JS array of sub-arrays (views), along `axis` (default 0).
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number N (N equal parts; the axis must divide evenly) or a list
 *   of split points.
 * - axis: the axis to split along, positional or `{axis}`.
 *
 * @example
 * np.split(np.arange(6), 3)          // [array([0, 1]), array([2, 3]), array([4, 5])]
 * np.split(np.arange(6), [1, 4])     // [array([0]), array([1, 2, 3]), array([4, 5])]
 */
export function split(ary: ArrayLike, indices_or_sections: Sections, axis?: number | { axis?: number }): NDArray[] {
  const x = asarray(ary);
  const ax = splitArgs(axis);
  if (typeof indices_or_sections === 'number') {
    if (ax >= x.ndim || ax < -x.ndim) throw new IndexError('tuple index out of range');
    const N = x.shape[ax < 0 ? ax + x.ndim : ax];
    const ns = Math.trunc(indices_or_sections);
    if (ns === 0) throw new ZeroDivisionError('integer modulo by zero');
    if (N % ns !== 0) throw new ValueError('array split does not result in an equal division');
  }
  return arraySplitCore(x, indices_or_sections, ax);
}

/**
 * Splits an array into sub-arrays like split, but N sections need not divide the axis:
 * the first `len % N` parts get one extra element.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of sections, or a list of split points.
 * - axis: the axis to split along (default 0), positional or `{axis}`.
 *
 * @example
 * np.array_split(np.arange(7), 3)   // [array([0, 1, 2]), array([3, 4]), array([5, 6])]
 */
export function array_split(ary: ArrayLike, indices_or_sections: Sections, axis?: number | { axis?: number }): NDArray[] {
  return arraySplitCore(asarray(ary), indices_or_sections, splitArgs(axis));
}

/**
 * Splits horizontally (column-wise): along axis 1, or axis 0 for 1-d arrays.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of equal sections, or a list of split points.
 *
 * @example
 * np.hsplit(np.arange(8).reshape(2, 4), 2)   // two arrays of shape [2, 2]
 */
export function hsplit(ary: ArrayLike, indices_or_sections: Sections): NDArray[] {
  const x = asarray(ary);
  if (x.ndim === 0) throw new ValueError('hsplit only works on arrays of 1 or more dimensions');
  return split(x, indices_or_sections, x.ndim > 1 ? 1 : 0);
}

/**
 * Splits vertically (row-wise), along axis 0 of an array of at least 2 dimensions.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of equal sections, or a list of split points.
 *
 * @example
 * np.vsplit(np.arange(8).reshape(4, 2), 2)   // two arrays of shape [2, 2]
 */
export function vsplit(ary: ArrayLike, indices_or_sections: Sections): NDArray[] {
  const x = asarray(ary);
  if (x.ndim < 2) throw new ValueError('vsplit only works on arrays of 2 or more dimensions');
  return split(x, indices_or_sections, 0);
}

/**
 * Splits depth-wise, along axis 2 of an array of at least 3 dimensions.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of equal sections, or a list of split points.
 *
 * @example
 * np.dsplit(np.arange(8).reshape(1, 2, 4), 2)   // two arrays of shape [1, 2, 2]
 */
export function dsplit(ary: ArrayLike, indices_or_sections: Sections): NDArray[] {
  const x = asarray(ary);
  if (x.ndim < 3) throw new ValueError('dsplit only works on arrays of 3 or more dimensions');
  return split(x, indices_or_sections, 2);
}

// ---------------------------------------------------------------------------------------
// tile, repeat, resize
// ---------------------------------------------------------------------------------------

/**
 * Constructs an array by repeating `A` the number of times given by `reps` along each axis.
 *
 * Parameters
 * - A: the array to tile.
 * - reps: repetitions per axis (a number or a list); shorter lists are padded with 1s in
 *   front, and `A` gets leading axes when `reps` is longer than its dimensions.
 *
 * @example
 * np.tile(np.array([1, 2]), 2)        // array([1, 2, 1, 2])
 * np.tile(np.array([1, 2]), [2, 2])   // array([[1, 2, 1, 2], [1, 2, 1, 2]])
 */
export function tile(A: ArrayLike, reps: number | readonly number[] | NDArray): NDArray {
  let tup = toIntList(reps);
  for (const t of tup) if (t < 0) throw new ValueError('negative dimensions are not allowed');
  let c = asarray(A);
  const d = tup.length;
  if (c.ndim < d) c = reshape(c, [...new Array(d - c.ndim).fill(1), ...c.shape]);
  if (c.ndim > d) tup = [...new Array(c.ndim - d).fill(1), ...tup];
  const nd = c.ndim;
  const outShape = c.shape.map((s, i) => s * tup[i]);
  // NumPy copies for all-1 reps, else reshapes: an empty input becomes a view of itself.
  if (c.size === 0 && !(tup.every((t) => t === 1) && A instanceof NDArray)) return reshape(c, outShape);
  // Read c as shape [t0, s0, t1, s1, ...] with zero strides on the repeat axes.
  const shape2: number[] = [];
  const strides2: number[] = [];
  for (let i = 0; i < nd; i++) {
    shape2.push(tup[i], c.shape[i]);
    strides2.push(0, c.elementStrides[i]);
  }
  const src = new NDArray(c.data, c.dtype, shape2, strides2, c.offset);
  const out = zerosOf(shape2, c.dtype);
  copyInto(out, src);
  return reshapeFresh(out, outShape);
}

/**
 * Repeats each element of an array.
 *
 * Parameters
 * - a: the array.
 * - repeats: a number, or one count per element along the axis.
 * - axis: the axis to repeat along (positional or `{axis}`); by default the array is
 *   flattened first.
 *
 * @example
 * np.repeat(np.array([1, 2]), 2)                                 // array([1, 1, 2, 2])
 * np.repeat(np.array([[1, 2], [3, 4]]), [1, 2], {axis: 0})       // rows 0, 1, 1
 */
export function repeat(a: ArrayLike, repeats: number | boolean | ArrayLike, axis?: number | null | { axis?: number | null }): NDArray {
  const [ax0] = splitOpts<number | null>(axis as any, undefined, 'axis');
  let x = asarray(a);
  let ax: number;
  if (ax0 === undefined || ax0 === null) {
    x = ravel(x);
    ax = 0;
  } else ax = normalizeAxis(ax0, x.ndim);
  const n = x.shape[ax];
  const r = typeof repeats === 'number' || typeof repeats === 'boolean' ? null : asarray(repeats);
  let counts: number[];
  if (r === null || r.size === 1) {
    const v = Math.trunc(Number(r === null ? repeats : r.flatGet(0)));
    if (r !== null && r.ndim > 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (v < 0) throw new ValueError('negative dimensions are not allowed');
    counts = new Array(n).fill(v);
  } else {
    if (r.ndim > 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (r.size !== n) throw new ValueError(`operands could not be broadcast together with shape (${n},) (${r.size},)`);
    counts = [];
    for (let i = 0; i < n; i++) counts.push(Math.trunc(r.flatGet(i)));
    if (counts.some((c) => c < 0)) throw new ValueError('repeats may not contain negative values.');
  }
  const total = counts.reduce((p, q) => p + q, 0);
  const outShape = x.shape.slice();
  outShape[ax] = total;
  const out = zerosOf(outShape, x.dtype);
  const c = x.isCContiguous ? x : copyToContiguous(x);
  const outer = sizeOf(c.shape.slice(0, ax));
  const inner = sizeOf(c.shape.slice(ax + 1));
  const map = new Int32Array(total);
  for (let i = 0, k = 0; i < n; i++) for (let j = 0; j < counts[i]; j++) map[k++] = i;
  const s = c.data;
  const d = out.data;
  const so = c.offset;
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < total; j++) {
      const src = so + (o * n + map[j]) * inner;
      const dst = (o * total + j) * inner;
      if (inner === 1) d[dst] = s[src];
      else for (let k = 0; k < inner; k++) d[dst + k] = s[src + k];
    }
  }
  return out;
}

/**
 * A new array of the given shape filled by repeating the elements of `a` (flattened) as
 * often as needed.
 *
 * Parameters
 * - a: the array (read flattened, in C order).
 * - new_shape: a number or a list; the result is filled cyclically (zeros if `a` is empty).
 *
 * @example
 * np.resize(np.array([1, 2, 3]), [2, 4])   // array([[1, 2, 3, 1], [2, 3, 1, 2]])
 */
export function resize(a: ArrayLike, new_shape: number | readonly number[]): NDArray {
  if (new_shape === undefined) throw new NumpyTypeError("resize() missing 1 required positional argument: 'new_shape'");
  const shape = toIntList(new_shape);
  for (const s of shape) if (s < 0) throw new ValueError('all elements of `new_shape` must be non-negative');
  const x = copyToContiguous(asarray(a));
  const size = sizeOf(shape);
  const out = zerosOf(shape, x.dtype);
  if (x.size === 0 || size === 0) return out;
  for (let i = 0; i < size; i++) out.data[i] = x.data[i % x.size];
  return out;
}

// ---------------------------------------------------------------------------------------
// flipping and rolling
// ---------------------------------------------------------------------------------------

/**
 * Reverses the order of elements along the given axes (all axes by default). Returns a
 * view with negative strides, as NumPy does.
 *
 * Parameters
 * - m: the array.
 * - axis: an axis, a list of axes, or null (all); positional or `{axis}`.
 *
 * @example
 * np.flip(np.arange(4))                                   // array([3, 2, 1, 0])
 * np.flip(np.arange(6).reshape(2, 3), {axis: 1})          // array([[2, 1, 0], [5, 4, 3]])
 */
export function flip(m: ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const [ax] = splitOpts<number | readonly number[] | null>(axis as any, undefined, 'axis');
  const x = asarray(m);
  let axes: number[];
  if (ax === undefined || ax === null) axes = x.shape.map((_, i) => i);
  else {
    axes = (typeof ax === 'number' ? [ax] : Array.from(ax)).map((v) => normalizeAxis(v, x.ndim));
    if (new Set(axes).size !== axes.length) throw new ValueError('repeated axis');
  }
  const strides = x.elementStrides.slice();
  let off = x.offset;
  for (const a of axes) {
    // NumPy slices with ::-1, which leaves an empty axis alone.
    if (x.shape[a] === 0) continue;
    off += (x.shape[a] - 1) * strides[a];
    strides[a] = -strides[a];
  }
  return new NDArray(x.data, x.dtype, x.shape.slice(), strides, off, x);
}

/**
 * Reverses the order of columns (axis 1). A view; the input must be at least 2-d.
 *
 * Parameters
 * - m: an array of at least 2 dimensions.
 *
 * @example
 * np.fliplr(np.array([[1, 2], [3, 4]]))   // array([[2, 1], [4, 3]])
 */
export function fliplr(m: ArrayLike): NDArray {
  const x = asarray(m);
  if (x.ndim < 2) throw new ValueError('Input must be >= 2-d.');
  return flip(x, 1);
}

/**
 * Reverses the order of rows (axis 0). A view; the input must be at least 1-d.
 *
 * Parameters
 * - m: an array of at least 1 dimension.
 *
 * @example
 * np.flipud(np.array([[1, 2], [3, 4]]))   // array([[3, 4], [1, 2]])
 */
export function flipud(m: ArrayLike): NDArray {
  const x = asarray(m);
  if (x.ndim < 1) throw new ValueError('Input must be >= 1-d.');
  return flip(x, 0);
}

/** Copy of `x` rolled by `s` along one axis. */
function roll1(x: NDArray, ax: number, s: number): NDArray {
  const n = x.shape[ax];
  const out = zerosOf(x.shape.slice(), x.dtype);
  if (out.size === 0) return out;
  const k = ((s % n) + n) % n;
  if (k === 0) {
    copyInto(out, x);
    return out;
  }
  copyInto(sliceAxis(out, ax, k, n - k), sliceAxis(x, ax, 0, n - k));
  copyInto(sliceAxis(out, ax, 0, k), sliceAxis(x, ax, n - k, k));
  return out;
}

/**
 * Rolls elements along the given axes: those shifted beyond the last position come back
 * at the first. Without an axis the array is rolled as if flattened.
 *
 * Parameters
 * - a: the array.
 * - shift: a number, or one shift per axis in `axis`.
 * - axis: an axis or a list of axes (positional or `{axis}`); null (default) flattens.
 *
 * @example
 * np.roll(np.arange(5), 2)                                  // array([3, 4, 0, 1, 2])
 * np.roll(np.arange(6).reshape(2, 3), -1, {axis: 1})        // array([[1, 2, 0], [4, 5, 3]])
 */
export function roll(a: ArrayLike, shift: number | readonly number[] | NDArray, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const [ax] = splitOpts<number | readonly number[] | null>(axis as any, undefined, 'axis');
  const x = asarray(a);
  if (ax === undefined || ax === null) {
    return reshapeFresh(roll(ravel(x), shift, 0), x.shape.slice());
  }
  const shiftArr = asarray(shift as ArrayLike);
  const axesList = typeof ax === 'number' ? [ax] : Array.from(ax);
  const axesNorm = axesList.map((v) => normalizeAxis(v, x.ndim));
  const shiftShape = shiftArr.shape;
  const axisShape = typeof ax === 'number' ? [] : [axesList.length];
  const sv = intList(copyToContiguous(shiftArr, 'int64'));
  // Broadcast shift against axis as np.broadcast does.
  if (shiftShape.length > 1) throw new ValueError("'shift' and 'axis' should be scalars or 1D sequences");
  const ns = shiftShape.length === 0 ? 1 : shiftShape[0];
  const na = axisShape.length === 0 ? 1 : axisShape[0];
  if (ns !== na && ns !== 1 && na !== 1) {
    throw new ValueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${shapeRepr(shiftShape)} and arg 1 with shape ${shapeRepr(axisShape)}.`,
    );
  }
  const len = Math.max(ns, na);
  const total = new Array<number>(x.ndim).fill(0);
  for (let i = 0; i < len; i++) {
    const s = sv[ns === 1 ? 0 : i];
    const d = axesNorm[na === 1 ? 0 : i];
    total[d] += Math.trunc(s);
  }
  let r: NDArray = x;
  let copied = false;
  for (let d = 0; d < x.ndim; d++) {
    if (total[d] !== 0 && x.shape[d] > 0) {
      r = roll1(r, d, total[d]);
      copied = true;
    }
  }
  return copied ? r : copyToContiguous(x);
}

/**
 * Rotates an array by 90 degrees `k` times in the plane of two axes (from the first axis
 * towards the second). A view.
 *
 * Parameters
 * - m: an array of at least 2 dimensions.
 * - k: number of quarter turns (default 1), positional or `{k}`.
 * - axes: the plane, default [0, 1].
 *
 * @example
 * np.rot90(np.array([[1, 2], [3, 4]]))   // array([[2, 4], [1, 3]])
 */
export function rot90(m: ArrayLike, k?: number | { k?: number; axes?: readonly number[] }, axes?: readonly number[] | { axes?: readonly number[] }): NDArray {
  let kk = 1;
  let ax: any = [0, 1];
  if (isOpts(k)) {
    kk = k.k ?? 1;
    ax = k.axes ?? ax;
  } else {
    if (k !== undefined) kk = k;
    if (isOpts(axes)) ax = (axes as { axes?: readonly number[] }).axes ?? ax;
    else if (axes !== undefined) ax = axes as readonly number[];
  }
  const x = asarray(m);
  kk = toInt(kk);
  if (ax === null || (typeof ax !== 'string' && !Array.isArray(ax) && !(ax instanceof NDArray))) {
    throw new NumpyTypeError(`'${pyTypeName(ax)}' object cannot be interpreted as a pair of axes`);
  }
  const axList: unknown[] = ax instanceof NDArray ? ax.tolist() : Array.from(ax as Iterable<unknown>);
  if (axList.length !== 2) throw new ValueError('len(axes) must be 2.');
  ax = axList.map(toInt);
  const [a0, a1] = ax;
  if (a0 === a1 || Math.abs(a0 - a1) === x.ndim) throw new ValueError('Axes must be different.');
  if (a0 >= x.ndim || a0 < -x.ndim || a1 >= x.ndim || a1 < -x.ndim) {
    throw new ValueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${x.ndim}.`);
  }
  kk = ((Math.trunc(kk) % 4) + 4) % 4;
  if (kk === 0) return new NDArray(x.data, x.dtype, x.shape.slice(), x.elementStrides.slice(), x.offset, x);
  if (kk === 2) return flip(flip(x, a0), a1);
  const perm = x.shape.map((_, i) => i);
  const i0 = a0 < 0 ? a0 + x.ndim : a0;
  const i1 = a1 < 0 ? a1 + x.ndim : a1;
  [perm[i0], perm[i1]] = [perm[i1], perm[i0]];
  if (kk === 1) return transpose(flip(x, a1), perm);
  return flip(transpose(x, perm), a1);
}

// ---------------------------------------------------------------------------------------
// pad
// ---------------------------------------------------------------------------------------

/** The padding modes of np.pad. */
export type PadMode =
  | 'constant' | 'edge' | 'linear_ramp' | 'maximum' | 'mean' | 'median' | 'minimum'
  | 'reflect' | 'symmetric' | 'wrap' | 'empty';

/** Keyword options of np.pad. */
export interface PadOptions {
  /** The padding mode (default 'constant'); may also be given positionally. */
  mode?: PadMode;
  /** 'constant': the values before and after each axis (default 0). */
  constant_values?: ArrayLike;
  /** 'linear_ramp': the values the ramps end at (default 0). */
  end_values?: ArrayLike;
  /** 'maximum', 'mean', 'median', 'minimum': how many edge values the statistic uses. */
  stat_length?: ArrayLike | null;
  /** 'reflect', 'symmetric': 'even' (default) or 'odd' (extend by 2*edge - value). */
  reflect_type?: 'even' | 'odd';
}

const PAD_KWARGS: Record<string, string[]> = {
  empty: [], edge: [], wrap: [], constant: ['constant_values'], linear_ramp: ['end_values'],
  maximum: ['stat_length'], mean: ['stat_length'], median: ['stat_length'], minimum: ['stat_length'],
  reflect: ['reflect_type'], symmetric: ['reflect_type'],
};

/** NumPy's `_as_pairs`: broadcasts x to ndim (before, after) pairs. */
function asPairs(x0: ArrayLike | null | undefined, ndim: number, asIndex: boolean): [number | null, number | null][] {
  if (x0 === null || x0 === undefined) return new Array(ndim).fill(null).map(() => [null, null]);
  let x = asarray(x0);
  if (asIndex) {
    if (kindOf(x.dtype) === 'f') {
      const c = copyToContiguous(x, 'float64');
      for (let i = 0; i < c.size; i++) c.data[i] = roundHalfEven(c.data[i]);
      x = copyToContiguous(c, 'int64');
    }
  }
  const vals = (y: NDArray) => {
    const out: number[] = [];
    for (let i = 0; i < y.size; i++) out.push(y.flatGet(i));
    return out;
  };
  const neg = () => new ValueError("index can't contain negative values");
  if (x.ndim < 3) {
    if (x.size === 1) {
      const v = x.flatGet(0);
      if (asIndex && v < 0) throw neg();
      return new Array(ndim).fill(0).map(() => [v, v]);
    }
    if (x.size === 2 && !(x.ndim === 2 && x.shape[0] === 2 && x.shape[1] === 1)) {
      const [p, q] = vals(x);
      if (asIndex && (p < 0 || q < 0)) throw neg();
      return new Array(ndim).fill(0).map(() => [p, q]);
    }
  }
  if (asIndex && x.size > 0 && Math.min(...vals(x)) < 0) throw neg();
  const b = broadcast_to(x, [ndim, 2]);
  const out: [number, number][] = [];
  for (let i = 0; i < ndim; i++) out.push([b.flatGet(2 * i), b.flatGet(2 * i + 1)]);
  return out;
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
}

/** Per-line padding context: the buffer, one line's offset and stride, and the widths. */
interface Line {
  d: NDArray['data'];
  off: number;
  st: number;
  L: number;
}

function statOf(kind: 'maximum' | 'minimum' | 'mean' | 'median', ln: Line, start: number, len: number, dtype: DType): number {
  const { d, off, st } = ln;
  const at = (i: number) => d[off + (start + i) * st];
  switch (kind) {
    case 'maximum': {
      let m = at(0);
      for (let i = 1; i < len; i++) {
        const v = at(i);
        if (v > m || v !== v) m = v;
        if (m !== m) break;
      }
      return m;
    }
    case 'minimum': {
      let m = at(0);
      for (let i = 1; i < len; i++) {
        const v = at(i);
        if (v < m || v !== v) m = v;
        if (m !== m) break;
      }
      return m;
    }
    case 'mean': {
      const o = off + start * st;
      const s = dtype === 'float32' ? pairwiseSum32(d, o, len, st) : pairwiseSum(d, o, len, st);
      const m = dtype === 'float32' ? Math.fround(s / len) : s / len;
      return isFloat(dtype) ? m : roundHalfEven(m);
    }
    case 'median': {
      if (len === 0) return NaN;
      const vals = new Float64Array(len);
      for (let i = 0; i < len; i++) vals[i] = at(i);
      vals.sort();
      if (vals[len - 1] !== vals[len - 1]) return NaN;
      const h = len >> 1;
      let m = len % 2 === 1 ? vals[h] : (vals[h - 1] + vals[h]) / 2;
      if (dtype === 'float32') m = Math.fround(m);
      return isFloat(dtype) ? m : roundHalfEven(m);
    }
  }
}

/**
 * `np.linspace(start, stop, num, endpoint=False, dtype)` as pad's linear_ramp uses it, for
 * one line. `anyZero` is NumPy's array-wide test: when any line of the call has a zero
 * step, every line is computed as `i / num * delta + start`.
 */
function rampValues(start: number, stop: number, num: number, dtype: DType, anyZero: boolean): number[] {
  const out: number[] = [];
  const fr = dtype === 'float32' ? Math.fround : (v: number) => v;
  const delta = fr(stop - start);
  const step = fr(delta / num);
  for (let i = 0; i < num; i++) {
    let y = anyZero ? fr(fr(fr(i / num) * delta) + start) : fr(fr(i * step) + start);
    if (isInteger(dtype)) y = Math.floor(y);
    out.push(y);
  }
  return out;
}

/** NumPy's `_set_reflect_both` on one line; returns the remaining (left, right) widths. */
function reflectLine(ln: Line, left: number, right: number, odd: boolean, period: number, includeEdge: boolean, put: (v: number) => number): [number, number] {
  const { d, off, st, L } = ln;
  const at = (i: number) => off + i * st;
  let oldLength = L - right - left;
  let edgeOffset: number;
  if (includeEdge) {
    oldLength = Math.floor(oldLength / period) * period;
    edgeOffset = 1;
  } else {
    oldLength = Math.floor((oldLength - 1) / (period - 1)) * (period - 1) + 1;
    edgeOffset = 0;
    oldLength -= 1;
  }
  if (left > 0) {
    const chunk = Math.min(oldLength, left);
    const stop = left - edgeOffset;
    const vals: number[] = [];
    // padded[stop + chunk : stop : -1]
    for (let i = stop + chunk; i > stop; i--) vals.push(d[at(i)]);
    const edge = d[at(left)];
    for (let j = 0; j < chunk; j++) d[at(left - chunk + j)] = put(odd ? 2 * edge - vals[j] : vals[j]);
    left -= chunk;
  }
  if (right > 0) {
    const chunk = Math.min(oldLength, right);
    const start = L - right + edgeOffset - 2;
    const vals: number[] = [];
    for (let i = start; i > start - chunk; i--) vals.push(d[at(i)]);
    const edge = d[at(L - right - 1)];
    const s0 = L - right;
    for (let j = 0; j < chunk; j++) d[at(s0 + j)] = put(odd ? 2 * edge - vals[j] : vals[j]);
    right -= chunk;
  }
  return [left, right];
}

/** NumPy's `_set_wrap_both` on one line; returns the remaining (left, right) widths. */
function wrapLine(ln: Line, left: number, right: number, original: number): [number, number] {
  const { d, off, st, L } = ln;
  const at = (i: number) => off + i * st;
  let period = L - right - left;
  period = Math.floor(period / original) * original;
  let newLeft = 0;
  let newRight = 0;
  if (left > 0) {
    const sliceEnd = left + period;
    const sliceStart = sliceEnd - Math.min(period, left);
    const vals: number[] = [];
    for (let i = sliceStart; i < sliceEnd; i++) vals.push(d[at(i)]);
    let dst: number;
    if (left > period) {
      dst = left - period;
      newLeft = left - period;
    } else dst = 0;
    for (let j = 0; j < vals.length; j++) d[at(dst + j)] = vals[j];
  }
  if (right > 0) {
    const sliceStart = L - right - period;
    const len = Math.min(period, right);
    const vals: number[] = [];
    for (let i = sliceStart; i < sliceStart + len; i++) vals.push(d[at(i)]);
    const dst = L - right;
    if (right > period) newRight = right - period;
    for (let j = 0; j < vals.length; j++) d[at(dst + j)] = vals[j];
  }
  return [newLeft, newRight];
}

/**
 * Pads an array.
 *
 * Parameters
 * - array: the array to pad.
 * - pad_width: widths before and after each axis: a number (all sides), `[before, after]`
 *   (every axis), a per-axis list `[[b0, a0], [b1, a1], ...]`, or an object mapping axis to
 *   a width or a pair (`{1: [1, 2]}`, NumPy 2.4's dict form).
 * - mode: 'constant' (default), 'edge', 'linear_ramp', 'maximum', 'mean', 'median',
 *   'minimum', 'reflect', 'symmetric', 'wrap' or 'empty'; positional or `{mode}`.
 * - constant_values, end_values, stat_length, reflect_type: as NumPy's keywords.
 *
 * @example
 * np.pad(np.array([1, 2, 3]), 2)                        // array([0, 0, 1, 2, 3, 0, 0])
 * np.pad(np.array([1, 2, 3]), [1, 2], {constant_values: 9})
 * np.pad(np.array([1, 2, 3]), 2, {mode: "edge"})        // array([1, 1, 1, 2, 3, 3, 3])
 * np.pad(np.arange(6).reshape(2, 3), [[1, 0], [0, 2]])
 */
export function pad(array: ArrayLike, pad_width: ArrayLike | Record<number, number | readonly [number, number]>, mode?: PadMode | PadOptions, opts: PadOptions = {}): NDArray {
  const x = asarray(array);
  let o: PadOptions;
  let m: string;
  if (isOpts(mode)) {
    o = mode as PadOptions;
    m = o.mode ?? 'constant';
  } else {
    o = opts;
    m = (mode as string | undefined) ?? o.mode ?? 'constant';
  }
  const nd = x.ndim;
  // pad_width
  let pw: ArrayLike;
  if (isOpts(pad_width)) {
    const seq: number[][] = new Array(nd).fill(0).map(() => [0, 0]);
    for (const [k, w] of Object.entries(pad_width as Record<string, any>)) {
      const axis = normalizeAxis(Number(k), nd);
      if (typeof w === 'number') seq[axis] = [w, w];
      else if (Array.isArray(w) && w.length === 2) seq[axis] = [w[0], w[1]];
      else throw new NumpyTypeError('pad_width dict values must be an int or a pair of ints');
    }
    pw = seq;
  } else pw = pad_width as ArrayLike;
  const pwArr = asarray(pw);
  if (kindOf(pwArr.dtype) !== 'i') throw new NumpyTypeError('`pad_width` must be of integral type.');
  const widths = asPairs(pwArr, nd, true) as [number, number][];

  const allowed = typeof m === 'string' && Object.prototype.hasOwnProperty.call(PAD_KWARGS, m) ? PAD_KWARGS[m] : undefined;
  if (allowed === undefined) throw new ValueError(`mode '${m === null || m === undefined ? 'None' : String(m)}' is not supported`);
  const given = Object.keys(o).filter((k) => k !== 'mode' && (o as any)[k] !== undefined);
  const bad = given.filter((k) => !allowed.includes(k));
  if (bad.length) throw new ValueError(`unsupported keyword arguments for mode '${m}': {${bad.map((k) => `'${k}'`).join(', ')}}`);

  const newShape = x.shape.map((n, i) => widths[i][0] + n + widths[i][1]);
  const padded = zerosOf(newShape, x.dtype);
  // The original area.
  let center = padded;
  for (let i = 0; i < nd; i++) center = sliceAxis(center, i, widths[i][0], x.shape[i]);
  if (x.size > 0) copyInto(center, x);
  if (m === 'empty' || nd === 0) return padded;
  const put = storer(x.dtype);
  // The region of interest for axis k: axes <= k in full, later axes their original area.
  const roi = (k: number): NDArray => {
    let r = padded;
    for (let i = k + 1; i < nd; i++) r = sliceAxis(r, i, widths[i][0], x.shape[i]);
    return r;
  };
  const eachLine = (k: number, fn: (ln: Line) => void) => {
    const r = roi(k);
    const st = r.elementStrides[k];
    const L = r.shape[k];
    forEachLine(r, k, (off) => fn({ d: r.data, off, st, L }));
  };

  if (m === 'constant') {
    const values = asPairs(o.constant_values ?? 0, nd, false) as [number, number][];
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      const v0 = put(values[k][0]);
      const v1 = put(values[k][1]);
      eachLine(k, ({ d, off, st, L }) => {
        for (let i = 0; i < b; i++) d[off + i * st] = v0;
        for (let i = L - a; i < L; i++) d[off + i * st] = v1;
      });
    }
    return padded;
  }
  if (x.size === 0) {
    for (let k = 0; k < nd; k++) {
      if (x.shape[k] === 0 && (widths[k][0] > 0 || widths[k][1] > 0)) {
        throw new ValueError(`can't extend empty axis ${k} using modes other than 'constant' or 'empty'`);
      }
    }
    return padded;
  }
  const setEdges = (k: number) => {
    const [b, a] = widths[k];
    eachLine(k, ({ d, off, st, L }) => {
      const l = d[off + b * st];
      const r = d[off + (L - a - 1) * st];
      for (let i = 0; i < b; i++) d[off + i * st] = l;
      for (let i = L - a; i < L; i++) d[off + i * st] = r;
    });
  };
  if (m === 'edge') {
    for (let k = 0; k < nd; k++) setEdges(k);
  } else if (m === 'linear_ramp') {
    const ends = asPairs(o.end_values ?? 0, nd, false) as [number, number][];
    // End values reach linspace as NumPy scalars (strong: float64 arithmetic) except when
    // _as_pairs broadcasts a per-axis list (Python scalars: the array's float32 stays).
    const ev = asarray(o.end_values ?? 0);
    const pyScalars = !(ev.ndim < 3 && (ev.size === 1 || (ev.size === 2 && !(ev.ndim === 2 && ev.shape[0] === 2 && ev.shape[1] === 1))));
    const rampDtype: DType = x.dtype === 'float32' && !pyScalars ? 'float64' : x.dtype;
    const fr = rampDtype === 'float32' ? Math.fround : (v: number) => v;
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      // First pass: NumPy's linspace decides "any step is zero" over the whole side.
      let zeroL = false;
      let zeroR = false;
      eachLine(k, ({ d, off, st, L }) => {
        if (fr(fr(d[off + b * st] - ends[k][0]) / b) === 0) zeroL = true;
        if (fr(fr(d[off + (L - a - 1) * st] - ends[k][1]) / a) === 0) zeroR = true;
      });
      eachLine(k, ({ d, off, st, L }) => {
        const lr = rampValues(ends[k][0], d[off + b * st], b, rampDtype, zeroL);
        const rr = rampValues(ends[k][1], d[off + (L - a - 1) * st], a, rampDtype, zeroR);
        for (let i = 0; i < b; i++) d[off + i * st] = put(lr[i]);
        for (let i = 0; i < a; i++) d[off + (L - 1 - i) * st] = put(rr[i]);
      });
    }
  } else if (m === 'maximum' || m === 'minimum' || m === 'mean' || m === 'median') {
    const lengths = asPairs(o.stat_length as ArrayLike | null | undefined, nd, true);
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      const maxLen = x.shape[k];
      let [ll, rl] = lengths[k];
      if (ll === null || maxLen < ll) ll = maxLen;
      if (rl === null || maxLen < rl) rl = maxLen;
      if ((ll === 0 || rl === 0) && (m === 'maximum' || m === 'minimum')) {
        throw new ValueError('stat_length of 0 yields no value for padding');
      }
      const L0 = ll;
      const R0 = rl;
      eachLine(k, (ln) => {
        const left = put(statOf(m as 'mean', ln, b, L0, x.dtype));
        const right = L0 === maxLen && R0 === maxLen ? left : put(statOf(m as 'mean', ln, b + maxLen - R0, R0, x.dtype));
        const { d, off, st, L } = ln;
        for (let i = 0; i < b; i++) d[off + i * st] = left;
        for (let i = L - a; i < L; i++) d[off + i * st] = right;
      });
    }
  } else if (m === 'reflect' || m === 'symmetric') {
    const odd = (o.reflect_type ?? 'even') === 'odd';
    const includeEdge = m === 'symmetric';
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      if (x.shape[k] === 1 && (b > 0 || a > 0)) {
        setEdges(k);
        continue;
      }
      eachLine(k, (ln) => {
        let l = b;
        let r = a;
        while (l > 0 || r > 0) [l, r] = reflectLine(ln, l, r, odd, x.shape[k], includeEdge, put);
      });
    }
  } else if (m === 'wrap') {
    for (let k = 0; k < nd; k++) {
      const [b, a] = widths[k];
      eachLine(k, (ln) => {
        let l = b;
        let r = a;
        while (l > 0 || r > 0) [l, r] = wrapLine(ln, l, r, x.shape[k]);
      });
    }
  }
  return padded;
}

// ---------------------------------------------------------------------------------------
// insert, delete, trim_zeros
// ---------------------------------------------------------------------------------------

function axisIndex(axis: number, idx: ArrayLike | Slice | number): any[] {
  return [...new Array(axis).fill(':'), idx];
}

/**
 * Inserts values before the given indices along an axis (the array is flattened when no
 * axis is given).
 *
 * Parameters
 * - arr: the array.
 * - obj: an index, a list of indices (each inserts before that position of the original),
 *   a boolean mask or a slice (`np.slice(...)`).
 * - values: what to insert, cast to arr's dtype and broadcast.
 * - axis: positional or `{axis}`; default null (flatten).
 *
 * @example
 * np.insert(np.array([1, 2, 3]), 1, 9)                        // array([1, 9, 2, 3])
 * np.insert(np.arange(6).reshape(2, 3), 1, [7, 8], {axis: 1})  // a new column
 */
export function insert(arr: ArrayLike, obj: number | readonly number[] | readonly boolean[] | NDArray | Slice, values: ArrayLike, axis?: number | null | { axis?: number | null }): NDArray {
  const [ax0] = splitOpts<number | null>(axis as any, undefined, 'axis');
  let a = asarray(arr);
  let ax: number;
  if (ax0 === undefined || ax0 === null) {
    if (a.ndim !== 1) a = ravel(a);
    ax = a.ndim - 1;
  } else ax = normalizeAxis(ax0, a.ndim);
  const nd = a.ndim;
  const N = a.shape[ax];
  let indices: NDArray;
  if (obj instanceof Slice) {
    const { start, step, length } = obj.indices(N);
    indices = asarray(Array.from({ length }, (_, i) => start + i * step), { dtype: 'int64' });
  } else {
    indices = asarray(obj as ArrayLike);
    if (indices.dtype === 'bool') {
      if (indices.ndim !== 1) throw new ValueError('boolean array argument obj to insert must be one dimensional');
      const nz: number[] = [];
      for (let i = 0; i < indices.size; i++) if (indices.flatGet(i)) nz.push(i);
      indices = asarray(nz, { dtype: 'int64' });
    } else if (indices.ndim > 1) {
      throw new ValueError('index array argument obj to insert must be one dimensional or scalar');
    }
  }
  if (indices.size === 0 && Array.isArray(obj)) indices = asarray([], { dtype: 'int64' });
  if (indices.size > 0 && !isInteger(indices.dtype)) {
    throw new IndexError('arrays used as indices must be of integer (or boolean) type');
  }
  if (indices.size === 1) {
    let index = indices.flatGet(0);
    if (index < -N || index > N) {
      const shown = typeof obj === 'number' ? String(obj) : obj instanceof NDArray ? String(obj) : `[${index}]`;
      throw new IndexError(`index ${shown} is out of bounds for axis ${ax} with size ${N}`);
    }
    if (index < 0) index += N;
    let v = asarray(values, { dtype: a.dtype });
    if (v.ndim < nd) v = reshape(v, [...new Array(nd - v.ndim).fill(1), ...v.shape]);
    if (indices.ndim === 0) v = moveaxisView(v, 0, ax);
    const numnew = v.shape[ax];
    const shape = a.shape.slice();
    shape[ax] += numnew;
    const out = zerosOf(shape, a.dtype);
    copyInto(sliceAxis(out, ax, 0, index), sliceAxis(a, ax, 0, index));
    const dst = sliceAxis(out, ax, index, numnew);
    copyInto(dst, broadcastValue(v, dst.shape));
    copyInto(sliceAxis(out, ax, index + numnew, N - index), sliceAxis(a, ax, index, N - index));
    return out;
  }
  const idx = intList(indices).map((i) => (i < 0 ? i + N : i));
  for (const i of idx) {
    if (i < 0 || i > N) throw new IndexError(`index ${i - (i < 0 ? N : 0)} is out of bounds for axis ${ax} with size ${N}`);
  }
  const numnew = idx.length;
  const order = idx.map((_, i) => i).sort((p, q) => idx[p] - idx[q] || p - q);
  order.forEach((o, r) => (idx[o] += r));
  const shape = a.shape.slice();
  shape[ax] += numnew;
  const oldMask = new Array<boolean>(shape[ax]).fill(true);
  for (const i of idx) oldMask[i] = false;
  const out = zerosOf(shape, a.dtype);
  setItem(out, axisIndex(ax, asarray(idx, { dtype: 'int64' })), asarray(values, { dtype: a.dtype }));
  setItem(out, axisIndex(ax, oldMask), a);
  return out;
}

function moveaxisView(v: NDArray, from: number, to: number): NDArray {
  const perm = v.shape.map((_, i) => i).filter((i) => i !== from);
  perm.splice(to, 0, from);
  return transpose(v, perm);
}

/** Broadcasts a value to `shape` with NumPy's setitem message when it does not fit. */
function broadcastValue(v: NDArray, shape: number[]): NDArray {
  let s = v;
  while (s.ndim > shape.length && s.shape[0] === 1) s = reshape(s, s.shape.slice(1));
  const ok = s.ndim <= shape.length && s.shape.every((n, i) => n === 1 || n === shape[shape.length - s.ndim + i]);
  if (!ok) throw new ValueError(`could not broadcast input array from shape ${shapeStr(v.shape)} into shape ${shapeStr(shape)}`);
  return broadcast_to(s, shape);
}

/**
 * A new array with sub-arrays along an axis deleted (the array is flattened when no axis
 * is given).
 *
 * Parameters
 * - arr: the array.
 * - obj: an index, a list of indices, a boolean mask or a slice (`np.slice(...)`).
 * - axis: positional or `{axis}`; default null (flatten).
 *
 * @example
 * np.delete(np.array([1, 2, 3, 4]), 1)                         // array([1, 3, 4])
 * np.delete(np.arange(6).reshape(2, 3), [0, 2], {axis: 1})     // array([[1], [4]])
 */
function delete_(arr: ArrayLike, obj: number | readonly number[] | readonly boolean[] | NDArray | Slice, axis?: number | null | { axis?: number | null }): NDArray {
  const [ax0] = splitOpts<number | null>(axis as any, undefined, 'axis');
  let a = asarray(arr);
  let ax: number;
  if (ax0 === undefined || ax0 === null) {
    if (a.ndim !== 1) a = ravel(a);
    ax = a.ndim - 1;
  } else ax = normalizeAxis(ax0, a.ndim);
  const N = a.shape[ax];
  const keep = new Array<boolean>(N).fill(true);
  if (obj instanceof Slice) {
    const { start, step, length } = obj.indices(N);
    for (let i = 0; i < length; i++) keep[start + i * step] = false;
  } else if (typeof obj === 'number') {
    if (obj < -N || obj >= N) throw new IndexError(`index ${obj} is out of bounds for axis ${ax} with size ${N}`);
    keep[obj < 0 ? obj + N : obj] = false;
  } else {
    const o = asarray(obj as ArrayLike);
    if (o.dtype === 'bool') {
      if (o.ndim !== 1 || o.shape[0] !== N) {
        throw new ValueError(`boolean array argument obj to delete must be one dimensional and match the axis length of ${N}`);
      }
      for (let i = 0; i < N; i++) if (o.flatGet(i)) keep[i] = false;
    } else {
      if (o.size > 0 && !isInteger(o.dtype)) throw new IndexError('arrays used as indices must be of integer (or boolean) type');
      for (const i of intList(o)) {
        if (i < -N || i >= N) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${N}`);
        keep[i < 0 ? i + N : i] = false;
      }
    }
  }
  const kept: number[] = [];
  keep.forEach((k, i) => k && kept.push(i));
  return getItem(a, axisIndex(ax, asarray(kept, { dtype: 'int64' })));
}
export { delete_ as delete };

/**
 * Trims leading and/or trailing zeros. For n-d input the bounding box of the non-zero
 * values is kept (along `axis`, or all axes).
 *
 * Parameters
 * - filt: the array (or a JS list, which gives a JS list back, as NumPy does).
 * - trim: 'fb' (default; both ends), 'f' (front) or 'b' (back).
 * - axis: which axes to trim (positional or `{axis}`); default all.
 *
 * @example
 * np.trim_zeros(np.array([0, 0, 1, 2, 0]))        // array([1, 2])
 * np.trim_zeros(np.array([0, 0, 1, 2, 0]), 'b')   // array([0, 0, 1, 2])
 */
export function trim_zeros(filt: ArrayLike, trim: string | { trim?: string; axis?: number | readonly number[] | null } = 'fb', axis?: number | readonly number[] | null): any {
  let t = 'fb';
  let ax = axis;
  if (isOpts(trim)) {
    t = trim.trim ?? 'fb';
    ax = trim.axis;
  } else t = trim;
  if (typeof t !== 'string') throw new NumpyTypeError(`\`trim\` must be a string, not '${pyTypeName(t)}'`);
  const x = asarray(filt);
  const tl = t.toLowerCase();
  if (!['fb', 'bf', 'f', 'b'].includes(tl)) throw new ValueError(`unexpected character(s) in \`trim\`: '${t}'`);
  const axes = ax === undefined || ax === null ? x.shape.map((_, i) => i) : (typeof ax === 'number' ? [ax] : Array.from(ax)).map((v) => normalizeAxis(v, x.ndim));
  if (axes.length === 0) return filt;
  const nd = x.ndim;
  const lo = new Array<number>(nd).fill(Infinity);
  const hi = new Array<number>(nd).fill(-Infinity);
  const st = cStrides(x.shape);
  let any = false;
  for (let i = 0; i < x.size; i++) {
    if (x.flatGet(i) !== 0) {
      any = true;
      let r = i;
      for (let d = 0; d < nd; d++) {
        const k = Math.floor(r / st[d]);
        r -= k * st[d];
        if (k < lo[d]) lo[d] = k;
        if (k > hi[d]) hi[d] = k;
      }
    }
  }
  const bounds = x.shape.map((n, d): [number, number] => {
    if (!axes.includes(d)) return [0, n];
    if (!any) return [0, 0];
    return [tl.includes('f') ? lo[d] : 0, tl.includes('b') ? hi[d] + 1 : n];
  });
  if (Array.isArray(filt) && nd === 1) return (filt as any[]).slice(bounds[0][0], bounds[0][1]);
  let r = x;
  bounds.forEach(([s, e], d) => (r = sliceAxis(r, d, s, Math.max(0, e - s))));
  return r;
}

// ---------------------------------------------------------------------------------------
// diagonal, trace
// ---------------------------------------------------------------------------------------

/** Options of diagonal and trace. */
export interface DiagonalOptions {
  offset?: number;
  axis1?: number;
  axis2?: number;
}

function diagArgs(offset: number | DiagonalOptions | undefined, axis1: number | undefined, axis2: number | undefined): Required<DiagonalOptions> {
  if (isOpts(offset)) {
    const o = offset as DiagonalOptions;
    return { offset: toInt(o.offset ?? 0), axis1: o.axis1 ?? 0, axis2: o.axis2 ?? 1 };
  }
  return { offset: toInt(offset ?? 0), axis1: axis1 ?? 0, axis2: axis2 ?? 1 };
}

function diagonalView(x: NDArray, offset: number, axis1: number, axis2: number): NDArray {
  if (x.ndim < 2) throw new ValueError('diag requires an array of at least two dimensions');
  const a1 = normalizeAxis(axis1, x.ndim);
  const a2 = normalizeAxis(axis2, x.ndim);
  if (a1 === a2) throw new ValueError('axis1 and axis2 cannot be the same');
  const n1 = x.shape[a1];
  const n2 = x.shape[a2];
  const s1 = x.elementStrides[a1];
  const s2 = x.elementStrides[a2];
  let off = x.offset;
  let len: number;
  if (offset >= 0) {
    len = Math.max(0, Math.min(n1, n2 - offset));
    if (len > 0) off += offset * s2;
  } else {
    len = Math.max(0, Math.min(n1 + offset, n2));
    if (len > 0) off += -offset * s1;
  }
  const shape: number[] = [];
  const strides: number[] = [];
  for (let d = 0; d < x.ndim; d++) {
    if (d !== a1 && d !== a2) {
      shape.push(x.shape[d]);
      strides.push(x.elementStrides[d]);
    }
  }
  shape.push(len);
  strides.push(s1 + s2);
  return new NDArray(x.data, x.dtype, shape, strides, off, x);
}

/**
 * The diagonal with the given offset of the 2-d sub-arrays in the plane (axis1, axis2); the
 * diagonal becomes the last axis of the result. A view.
 *
 * Parameters
 * - a: an array of at least 2 dimensions.
 * - offset: 0 (main), > 0 above, < 0 below; positional or `{offset}`.
 * - axis1, axis2: the plane (default 0 and 1).
 *
 * @example
 * np.diagonal(np.arange(9).reshape(3, 3))      // array([0, 4, 8])
 * np.diagonal(np.arange(9).reshape(3, 3), 1)   // array([1, 5])
 */
export function diagonal(a: ArrayLike, offset?: number | DiagonalOptions, axis1?: number, axis2?: number): NDArray {
  const o = diagArgs(offset, axis1, axis2);
  return diagonalView(asarray(a), o.offset, o.axis1, o.axis2);
}

/**
 * Sum along a diagonal: a number for 2-d input, else an array over the remaining axes.
 * Bool and integer inputs sum as int64 (unsigned as uint64), as NumPy's sum.
 *
 * Parameters
 * - a: an array of at least 2 dimensions.
 * - offset, axis1, axis2: as diagonal (positional or in the options).
 * - dtype: the accumulator/result dtype (in the options).
 *
 * @example
 * np.trace(np.arange(9).reshape(3, 3))      // 12
 * np.trace(np.eye(3), {offset: 1})          // 0
 */
export function trace(a: ArrayLike, offset?: number | (DiagonalOptions & { dtype?: DTypeLike | null; out?: NDArray | null }), axis1?: number, axis2?: number, dtype?: DTypeLike | null): any {
  const o = diagArgs(offset, axis1, axis2);
  const dt = isOpts(offset) ? (offset as { dtype?: DTypeLike | null }).dtype : dtype;
  const out = isOpts(offset) ? (offset as { out?: NDArray | null }).out : undefined;
  const d = diagonalView(asarray(a), o.offset, o.axis1, o.axis2);
  return sum(d, { axis: -1, dtype: dt ?? null, out: out ?? null });
}

// ---------------------------------------------------------------------------------------
// NDArray methods
// ---------------------------------------------------------------------------------------

declare module './ndarray' {
  interface NDArray {
    /** Repeats elements (flattened unless an axis is given). @example np.array([1, 2]).repeat(2)   // array([1, 1, 2, 2]) */
    repeat(repeats: number | ArrayLike, axis?: number | null | { axis?: number | null }): NDArray;
    /** The diagonal (a view). @example np.arange(9).reshape(3, 3).diagonal()   // array([0, 4, 8]) */
    diagonal(offset?: number | DiagonalOptions, axis1?: number, axis2?: number): NDArray;
    /** Sum along the diagonal. @example np.arange(9).reshape(3, 3).trace()   // 12 */
    trace(offset?: number | (DiagonalOptions & { dtype?: DTypeLike | null }), axis1?: number, axis2?: number, dtype?: DTypeLike | null): any;
  }
}

const P = NDArray.prototype as any;
P.repeat = function (this: NDArray, repeats: number | ArrayLike, axis?: number | null | { axis?: number | null }) {
  return repeat(this, repeats, axis);
};
P.diagonal = function (this: NDArray, offset?: number | DiagonalOptions, axis1?: number, axis2?: number) {
  return diagonal(this, offset, axis1, axis2);
};
P.trace = function (this: NDArray, offset?: number | DiagonalOptions, axis1?: number, axis2?: number, dtype?: DTypeLike | null) {
  return trace(this, offset, axis1, axis2, dtype);
};

