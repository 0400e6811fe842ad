/** Array manipulation (np.concatenate ... np.trace): insert, delete, trim_zeros. */
import { NDArray, copyInto, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { isInteger } from '../dtype';
import { normalizeAxis, shapeStr, cStrides } from '../shape';
import { ValueError, IndexError, NumpyTypeError } from '../errors';
import { reshape, transpose, ravel, broadcast_to } from '../views';
import { Slice, getItem, setItem } from '../indexing';
import { pyTypeName } from '../validate';
import { isOpts, splitOpts, sliceAxis, intList } from './helpers';


export function axisIndex(axis: number, idx: ArrayLike | Slice | number): any[] {
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

export function moveaxisView(v: NDArray, from: number, to: number): NDArray {
  const perm = v.shape.map((_, i) => i).filter((i) => i !== from);
  perm.splice(to, 0, from);
  return transpose(v, perm);
}

/** Broadcasts a value to `shape` with NumPy's setitem message when it does not fit. */
export function broadcastValue(v: NDArray, shape: number[]): NDArray {
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
export function delete_(arr: ArrayLike, obj: number | readonly number[] | readonly boolean[] | NDArray | Slice, axis?: number | null | { axis?: number | null }): NDArray {
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
