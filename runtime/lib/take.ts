/**
 * Taking and putting elements by integer index: take and put (NumPy's fromnumeric, also
 * `a.take` and `a.put`), take_along_axis and put_along_axis (NumPy's shape_base).
 */
import { kindOf, castScalar, promoteTypes } from '../dtype';
import { NDArray, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { allocate } from '../allocate';
import { normalizeAxis, broadcastShapes, broadcastStrides, sizeOf, shapeStr } from '../shape';
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

/**
 * The elements of `a` (flattened, or slices along `axis`) where `condition` is true:
 * `np.compress(c, a, {axis})` is `np.take(a, np.nonzero(c)[0], {axis})`.
 *
 * Parameters
 * - condition: 1-d truth values (may be shorter than the axis).
 * - a: the array; axis: default null (flattened), positional or `{axis}`.
 *
 * @example
 * np.compress([false, true, true], np.arange(6).reshape(2, 3), 1)   // array([[1, 2], [4, 5]])
 */
export function compress(condition: ArrayLike, a: ArrayLike, axis?: number | null | { axis?: number | null; out?: NDArray | null }): NDArray {
  const opts = isOpts(axis) ? axis : { axis: axis as number | null | undefined };
  const c = asarray(condition);
  if (c.ndim !== 1) throw new ValueError('condition must be a 1-d array');
  const idx: number[] = [];
  for (let i = 0; i < c.size; i++) if (c.flatGet(i) !== 0) idx.push(i);
  const r = take(a, new NDArray(Float64Array.from(idx), 'int64', [idx.length]), { axis: opts.axis ?? null, out: opts.out });
  return r instanceof NDArray ? r : asarray(r);
}

/**
 * The elements of `arr` where `condition` is non-zero, as a 1-d array (both flattened).
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * np.extract(np.equal(np.mod(a, 2), 0), a)   // array([0, 2, 4])
 */
export function extract(condition: ArrayLike, arr: ArrayLike): NDArray {
  const c = asarray(condition);
  const a = asarray(arr);
  const idx: number[] = [];
  for (let i = 0; i < c.size; i++) if (c.flatGet(i) !== 0) idx.push(i);
  return take(a, new NDArray(Float64Array.from(idx), 'int64', [idx.length])) as NDArray;
}

function maskOf(a: NDArray, mask: ArrayLike, fn: string): NDArray {
  const m = asarray(mask);
  if (m.size !== a.size) throw new ValueError(`${fn}: mask and data must be the same size`);
  return m;
}

/**
 * Sets `a.flat[n] = values[n % len(values)]` wherever `mask.flat[n]` is true, in place
 * (values are picked by position, not by count; compare `np.place`).
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * np.putmask(a, a.gt(2), [10, 20]);   // a is array([[ 0,  1,  2], [20, 10, 20]])
 */
export function putmask(a: NDArray, mask: ArrayLike, values: ArrayLike): void {
  if (!(a instanceof NDArray)) throw new NumpyTypeError('putmask: first argument must be an array');
  const m = maskOf(a, mask, 'putmask');
  const v = asarray(values);
  if (v.size === 0) return;
  for (let i = 0; i < a.size; i++) if (m.flatGet(i) !== 0) a.flatSet(i, castScalar(v.flatGet(i % v.size), a.dtype));
}

/**
 * Writes `vals` in order (repeating) into the positions where `mask` is true, in place
 * (compare `np.putmask`, which picks values by position).
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * np.place(a, a.gt(2), [44, 55]);   // a is array([[ 0,  1,  2], [44, 55, 44]])
 */
export function place(arr: NDArray, mask: ArrayLike, vals: ArrayLike): void {
  if (!(arr instanceof NDArray)) throw new NumpyTypeError(`place() argument 1 must be numpy.ndarray, not ${pyTypeName(arr)}`);
  const m = maskOf(arr, mask, 'place');
  const v = asarray(vals);
  let j = 0;
  for (let i = 0; i < arr.size; i++) {
    if (m.flatGet(i) === 0) continue;
    if (v.size === 0) throw new ValueError('Cannot insert from an empty array!');
    arr.flatSet(i, castScalar(v.flatGet(j++ % v.size), arr.dtype));
  }
}

/** The broadcast shape, with NumPy's multi-iterator message naming the clashing arguments. */
function multiIterShape(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = new Array(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = -1;
    for (let j = 0; j < shapes.length; j++) {
      const k = i + shapes[j].length - nd;
      const t = k >= 0 ? shapes[j][k] : 1;
      if (t === 1) continue;
      if (out[i] === 1) {
        out[i] = t;
        src = j;
      } else if (out[i] !== t) {
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${shapeStr(shapes[src])} and arg ${j} with shape ${shapeStr(shapes[j])}.`,
        );
      }
    }
  }
  return out;
}

/**
 * Builds an array from an index array and a list of choices: element i is
 * `choices[a[i]][i]`, with `a` and the choices broadcast together.
 *
 * Parameters
 * - a: integer indices into `choices`.
 * - choices: the arrays to choose from (their common dtype is the result's).
 * - mode: 'raise' (default), 'wrap' or 'clip' for indices out of range (`{mode}`).
 *
 * @example
 * np.choose([2, 0, 1], [[0, 1, 2], [10, 11, 12], [20, 21, 22]])   // array([20,  1, 12])
 */
export function choose(a: ArrayLike, choices: readonly ArrayLike[] | NDArray, opts: { mode?: ClipMode; out?: NDArray | null } = {}): NDArray {
  const md = clipModeOf(isOpts(opts) ? opts.mode : undefined);
  const idx = asarray(a);
  if (kindOf(idx.dtype) === 'f') throw new NumpyTypeError(`Cannot cast array data from dtype('${idx.dtype}') to dtype('int64') according to the rule 'safe'`);
  const cs = choices instanceof NDArray ? Array.from({ length: choices.shape[0] ?? 0 }, (_, i) => asarray(choices.get(i))) : Array.from(choices as readonly ArrayLike[], (c) => asarray(c));
  if (cs.length === 0) throw new ValueError('0-length sequence.');
  let dtype = cs[0].dtype;
  for (const c of cs.slice(1)) dtype = promoteTypes(dtype, c.dtype);
  // NumPy broadcasts the choices first and the index array last.
  const all = [...cs, idx];
  const shape = multiIterShape(all.map((x) => x.shape));
  const n = sizeOf(shape);
  const strides = all.map((x) => broadcastStrides(x.shape, x.elementStrides, shape));
  const out = new NDArray(allocate(dtype, n, shape), dtype, shape.slice());
  const pos = new Array(shape.length).fill(0);
  const at = (j: number) => {
    const x = all[j];
    let off = x.offset;
    for (let d = 0; d < shape.length; d++) off += pos[d] * strides[j][d];
    return Number(x.data[off]);
  };
  for (let k = 0; k < n; k++) {
    let c = at(cs.length);
    if (c < 0 || c >= cs.length) {
      if (md === 'raise') throw new ValueError('invalid entry in choice array');
      c = md === 'wrap' ? ((c % cs.length) + cs.length) % cs.length : c < 0 ? 0 : cs.length - 1;
    }
    out.data[k] = castScalar(at(c), dtype);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++pos[d] < shape[d]) break;
      pos[d] = 0;
    }
  }
  if (opts.out) {
    copyInto(opts.out, out);
    return opts.out;
  }
  return out;
}
