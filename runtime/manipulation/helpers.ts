/** Array manipulation (np.concatenate ... np.trace): small helpers. */
import { NDArray, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, castScalar, canCastSameKind, canCastSafe, needsExplicitCast, isInteger } from '../dtype';
import { NumpyTypeError } from '../errors';
import { Slice } from '../indexing';
import { pyTypeName } from '../validate';


/** A trailing keyword-options object (not an array, ndarray, typed array or slice). */
export function isOpts(x: unknown): x is Record<string, any> {
  return (
    x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof NDArray) &&
    !ArrayBuffer.isView(x) && !(x instanceof Slice)
  );
}

/** Splits `(positional, opts)` where the positional may itself be the options object. */
export function splitOpts<T>(pos: T | Record<string, any> | undefined, opts: Record<string, any> | undefined, key: string): [T | undefined, Record<string, any>] {
  if (isOpts(pos)) return [(pos as Record<string, any>)[key] as T | undefined, pos as Record<string, any>];
  const o = opts ?? {};
  return [pos === undefined ? (o[key] as T | undefined) : (pos as T), o];
}

/** `x[..., start:start+len*step:step, ...]` along one axis: a view. */
export function sliceAxis(x: NDArray, axis: number, start: number, len: number, step = 1): NDArray {
  const shape = x.shape.slice();
  const strides = x.elementStrides.slice();
  shape[axis] = len;
  strides[axis] *= step;
  const off = len > 0 ? x.offset + start * x.elementStrides[axis] : x.offset;
  return new NDArray(x.data, x.dtype, shape, strides, off, x);
}

/** Python's `slice(start, stop).indices(n)` for step 1: clamped [start, stop). */
export function pySliceBounds(start: number, stop: number, n: number): [number, number] {
  const norm = (v: number) => (v < 0 ? Math.max(v + n, 0) : Math.min(v, n));
  const s = norm(start);
  const e = norm(stop);
  return [s, Math.max(s, e)];
}

/** The arrays of a sequence argument; an ndarray counts as the sequence of its rows. */
export function seqOfArrays(arrays: readonly ArrayLike[] | NDArray, fn: string): NDArray[] {
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
export function toInt(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v instanceof NDArray && v.size === 1 && (isInteger(v.dtype) || v.dtype === 'bool')) return v.flatGet(0);
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A shape-like argument (number or sequence of numbers), or NumPy's TypeError. */
export function toIntList(v: unknown): number[] {
  if (typeof v === 'number' || typeof v === 'boolean') return [toInt(v)];
  if (Array.isArray(v)) return v.map(toInt);
  if (v instanceof NDArray) return intList(v);
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** Reads a list of integers from a number, a JS array or an ndarray. */
export function intList(x: number | readonly number[] | NDArray, what = 'index'): number[] {
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
export function forEachLine(x: NDArray, axis: number, fn: (off: number) => void): void {
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
export function storer(d: DType): (v: number) => number {
  return needsExplicitCast(d) ? (v) => castScalar(v, d) : (v) => v;
}

export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

export function checkCast(from: DType, to: DType, casting: Casting): void {
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
