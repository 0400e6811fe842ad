/**
 * Taking and putting elements by integer index: take and put (NumPy's fromnumeric, also
 * `a.take` and `a.put`), take_along_axis and put_along_axis (NumPy's shape_base).
 */
import { kindOf, castScalar } from '../dtype';
import { NDArray, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { allocate } from '../allocate';
import { normalizeAxis, broadcastShapes, broadcastStrides, sizeOf } from '../shape';
import { ValueError, IndexError, NumpyTypeError } from '../errors';
import { getItem, setItem } from '../indexing';
import { pyTypeName } from '../validate';
import { isOpts, indexArg } from './common';

type ClipMode = 'raise' | 'wrap' | 'clip';

function clipModeOf(m: unknown): ClipMode {
  if (m === undefined || m === null || m === 'raise') return 'raise';
  if (m === 'wrap' || m === 'clip') return m;
  throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(m)}')`);
}

/** `v` as an index along an axis of length `n` under `mode`; throws for 'raise'. */
function resolve(v: number, n: number, mode: ClipMode, axis: number): number {
  if (mode === 'raise') {
    if (v < -n || v >= n) throw new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${n}`);
    return v < 0 ? v + n : v;
  }
  if (mode === 'wrap') return ((v % n) + n) % n;
  return v < 0 ? 0 : v >= n ? n - 1 : v;
}

/**
 * Index values as NumPy's take and put read them: a list of floats is truncated (1.5 is
 * 1), a float ndarray is NumPy's TypeError (take casts 'same_kind', put 'safe').
 */
function indexValues(ind: ArrayLike, rule: 'same_kind' | 'safe'): NDArray {
  if (ind instanceof NDArray && kindOf(ind.dtype) === 'f') {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${ind.dtype}') to dtype('int64') according to the rule '${rule}'`);
  }
  return asarray(ind);
}

/** Options of np.take. */
export interface TakeOptions {
  /** Axis to take along; null (default) takes from the flattened array. */
  axis?: number | null;
  /** Array to put the result in. */
  out?: NDArray | null;
  /** 'raise' (default), 'wrap' or 'clip' for indices out of range. */
  mode?: ClipMode;
}

/**
 * Elements of an array at the given indices along an axis (of the flattened array by
 * default): `np.take(a, idx, {axis: 1})` is `a[:, idx]`. The result has the indices'
 * shape in place of the axis; a 0-d result is a JS number.
 *
 * Parameters
 * - a: the source array.
 * - indices: integer indices (a number or an array).
 * - axis: default null (flattened); mode: 'raise' (default), 'wrap' or 'clip';
 *   out: an array to write into. Positional `(a, indices, axis, out, mode)` or `{axis, out, mode}`.
 *
 * @example
 * np.take(np.array([4, 3, 5, 7, 6, 8]), [0, 1, 4])        // array([4, 3, 6])
 * np.take(np.arange(6).reshape(2, 3), [2, 0], {axis: 1})   // array([[2, 0], [5, 3]])
 */
export function take(a: ArrayLike, indices: ArrayLike, axis?: number | null | TakeOptions, out?: NDArray | null, mode?: ClipMode): any {
  const opts: TakeOptions = isOpts(axis) ? (axis as TakeOptions) : { axis: axis as number | null | undefined, out, mode };
  let arr = asarray(a);
  const md = clipModeOf(opts.mode);
  let ax: number;
  if (opts.axis === undefined || opts.axis === null) {
    arr = arr.isCContiguous ? new NDArray(arr.data, arr.dtype, [arr.size], [1], arr.offset, arr) : arr.copy().reshape(-1);
    ax = 0;
  } else ax = normalizeAxis(indexArg(opts.axis), arr.ndim);
  const idx = indexValues(indices, 'same_kind');
  const n = arr.shape[ax];
  const before = arr.shape.slice(0, ax);
  const after = arr.shape.slice(ax + 1);
  const shape = [...before, ...idx.shape, ...after];
  const ni = idx.size;
  if (n === 0 && ni > 0) throw new IndexError('cannot do a non-empty take from an empty axes.');
  const pos = new Array(ni);
  for (let k = 0; k < ni; k++) pos[k] = resolve(Math.trunc(idx.flatGet(k)), n, md, ax);
  const outer = sizeOf(before);
  const inner = sizeOf(after);
  const res = new NDArray(allocate(arr.dtype, outer * ni * inner, shape), arr.dtype, shape);
  const src = arr.contiguousData();
  const dst = res.data;
  let o = 0;
  for (let i = 0; i < outer; i++) {
    for (let k = 0; k < ni; k++) {
      const base = (i * n + pos[k]) * inner;
      for (let j = 0; j < inner; j++) dst[o++] = src[base + j];
    }
  }
  if (opts.out) {
    if (!(opts.out instanceof NDArray)) throw new NumpyTypeError(`output must be an array`);
    if (opts.out.shape.length !== shape.length || opts.out.shape.some((s, i) => s !== shape[i])) throw new ValueError('output array does not match result of ndarray.take');
    copyInto(opts.out, res);
    return opts.out;
  }
  if (shape.length === 0) return arr.dtype === 'bool' ? dst[0] !== 0 : dst[0];
  return res;
}

/**
 * Replaces elements of `a` at flat indices with `v`, in place (`a.flat[ind] = v`): `v`
 * repeats when shorter than `ind`, and is cast to a's dtype.
 *
 * Parameters
 * - a: the target array (modified).
 * - ind: flat indices; v: the values; mode: 'raise' (default), 'wrap' or 'clip'
 *   (positional or `{mode}`).
 *
 * @example
 * const a = np.arange(5);
 * np.put(a, [0, 2], [-44, -55]);   // a is array([-44,   1, -55,   3,   4])
 */
export function put(a: NDArray, ind: ArrayLike, v: ArrayLike, mode?: ClipMode | { mode?: ClipMode }): void {
  if (!(a instanceof NDArray)) throw new NumpyTypeError(`argument 1 must be numpy.ndarray, not ${pyTypeName(a)}`);
  const md = clipModeOf(isOpts(mode) ? mode.mode : mode);
  const idx = indexValues(ind, 'safe');
  const vals = asarray(v);
  const nv = vals.size;
  if (nv === 0 || idx.size === 0) return;
  const n = a.size;
  if (n === 0) throw new IndexError('cannot replace elements of an empty array');
  for (let k = 0; k < idx.size; k++) {
    const p = resolve(Math.trunc(idx.flatGet(k)), n, md, 0);
    a.flatSet(p, castScalar(vals.flatGet(k % nv), a.dtype));
  }
}

/** The fancy index selecting `indices` along `axis` and everything along the others. */
function alongAxisIndex(shape: readonly number[], indices: NDArray, axis: number): NDArray[] {
  const nd = shape.length;
  return shape.map((n, d) => {
    if (d === axis) return indices;
    const s = Array.from({ length: nd }, (_, j) => (j === d ? n : 1));
    const r = new NDArray(allocate('int64', n), 'int64', s);
    for (let i = 0; i < n; i++) r.data[i] = i;
    return r;
  });
}

function alongAxisArgs(arr: NDArray, indices: ArrayLike, axis: number | null): [NDArray, NDArray, number] {
  const idx = asarray(indices);
  let a = arr;
  let ax: number;
  if (axis === null) {
    if (idx.ndim !== 1) throw new ValueError('when axis=None, `indices` must have a single dimension.');
    a = arr.isCContiguous ? new NDArray(arr.data, arr.dtype, [arr.size], [1], arr.offset, arr) : arr.copy().reshape(-1);
    ax = 0;
  } else ax = normalizeAxis(indexArg(axis), arr.ndim);
  const k = kindOf(idx.dtype);
  if (k !== 'i' && k !== 'u') throw new IndexError('`indices` must be an integer array');
  if (a.ndim !== idx.ndim) throw new ValueError('`indices` and `arr` must have the same number of dimensions');
  return [a, idx, ax];
}

/**
 * Values picked along an axis by an index array of the same number of dimensions, as
 * `argsort` and `argpartition` return them: `np.take_along_axis(a, np.argsort(a, 1), 1)`
 * sorts each row.
 *
 * Parameters
 * - arr: the source array.
 * - indices: integer indices, broadcastable to `arr` except along `axis`.
 * - axis: the axis (default -1); null means the flattened array and 1-d indices
 *   (positional or `{axis}`).
 *
 * @example
 * const a = np.array([[10, 30, 20], [60, 40, 50]]);
 * np.take_along_axis(a, np.argsort(a, 1), 1)   // array([[10, 20, 30], [40, 50, 60]])
 */
export function take_along_axis(arr: ArrayLike, indices: ArrayLike, axis: number | null | { axis?: number | null } = -1): NDArray {
  const ax = isOpts(axis) ? (axis.axis === undefined ? -1 : axis.axis) : axis;
  const [a, idx, axx] = alongAxisArgs(asarray(arr), indices, ax);
  return getItem(a, alongAxisIndex(a.shape, idx, axx));
}

/**
 * Writes values into an array along an axis at the positions of an index array of the
 * same number of dimensions, in place (the inverse of take_along_axis).
 *
 * Parameters
 * - arr: the target array (modified).
 * - indices: integer indices, broadcastable to `arr` except along `axis`.
 * - values: broadcast to the indices' shape.
 * - axis: the axis (required, as in NumPy); null means the flattened array
 *   (positional or `{axis}`).
 *
 * @example
 * const a = np.array([[10, 30, 20], [60, 40, 50]]);
 * np.put_along_axis(a, np.argmax(a, {axis: 1, keepdims: true}), 99, 1);   // a: [[10, 99, 20], [99, 40, 50]]
 */
export function put_along_axis(arr: NDArray, indices: ArrayLike, values: ArrayLike, axis?: number | null | { axis?: number | null }): void {
  const ax = isOpts(axis) ? axis.axis : axis;
  if (ax === undefined) throw new NumpyTypeError("put_along_axis() missing 1 required positional argument: 'axis'");
  if (!(arr instanceof NDArray)) throw new NumpyTypeError(`put_along_axis() argument 'arr' must be an ndarray, not '${pyTypeName(arr)}'`);
  if (ax === null && !arr.isCContiguous) {
    // Through a.flat: the flattened positions, written one by one.
    const [, idx] = alongAxisArgs(arr, indices, null);
    const v = asarray(values);
    const shape = broadcastShapes(idx.shape, v.shape);
    const vs = broadcastStrides(v.shape, v.elementStrides, shape);
    const n = arr.size;
    for (let k = 0; k < idx.size; k++) {
      const p = resolve(idx.flatGet(k), n, 'raise', 0);
      arr.flatSet(p, castScalar(v.data[v.offset + k * (vs[0] ?? 0)], arr.dtype));
    }
    return;
  }
  const [a, idx, axx] = alongAxisArgs(arr, indices, ax);
  setItem(a, alongAxisIndex(a.shape, idx, axx), values);
}

declare module '../ndarray' {
  interface NDArray {
    /** Elements at the given indices along an axis (flattened by default), as np.take. @example np.arange(6).reshape(2, 3).take([0, 2], {axis: 1}) */
    take(indices: ArrayLike, axis?: number | null | TakeOptions, out?: NDArray | null, mode?: ClipMode): any;
    /** Sets `a.flat[ind] = v` in place, as np.put. @example a.put([0, 2], [-1, -2]) */
    put(ind: ArrayLike, v: ArrayLike, mode?: ClipMode | { mode?: ClipMode }): void;
  }
}

const P = NDArray.prototype as any;
P.take = function (this: NDArray, indices: ArrayLike, axis?: number | null | TakeOptions, out?: NDArray | null, mode?: ClipMode) {
  return take(this, indices, axis, out, mode);
};
P.put = function (this: NDArray, ind: ArrayLike, v: ArrayLike, mode?: ClipMode | { mode?: ClipMode }) {
  put(this, ind, v, mode);
};
