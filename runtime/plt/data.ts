/**
 * Array arguments as plt reads them: anything np.asarray takes (an ndarray, nested
 * lists, a typed array, a number), as float64 values with NumPy's shape, and Python's way
 * of printing a shape in messages ("(3,)").
 */
import { asarray, type ArrayLike } from '../asarray';
import { NDArray } from '../ndarray';
import { NumpyTypeError } from '../errors';
import { real } from '../complex/functions';

/** What plt takes where matplotlib takes array_like. */
export type ArrayLikeIn = ArrayLike;

export interface Values {
  data: Float64Array;
  shape: number[];
}

/** `a` as float64 values (a fresh copy) and its shape. */
export function values(a: ArrayLikeIn, name = 'x'): Values {
  if (typeof a === 'string') throw new NumpyTypeError(`${name} must be numeric, not a string`);
  let arr = a instanceof NDArray ? a : asarray(a);
  // matplotlib casts complex data to real (its ComplexWarning: the imaginary part is discarded).
  if (arr.dtype === 'complex64' || arr.dtype === 'complex128') arr = real(arr) as NDArray;
  const src = arr.contiguousData();
  const data = new Float64Array(arr.size);
  for (let i = 0; i < data.length; i++) data[i] = Number(src[i]);
  return { data, shape: [...arr.shape] };
}

/** Python's repr of a shape tuple: (3,), (3, 4), (). */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Whether `v` is array-like data (not an options object, string or null). */
export function isData(v: unknown): v is ArrayLikeIn {
  return v instanceof NDArray || typeof v === 'number' || typeof v === 'boolean' || Array.isArray(v) || ArrayBuffer.isView(v);
}

/** Whether `v` is a trailing keyword-arguments object. */
export function isOptions(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !isData(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Finite min and max of the values (NaN, NaN when none). */
export function finiteRange(d: { readonly length: number; readonly [i: number]: number }, positiveOnly = false): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v !== v || v === Infinity || v === -Infinity) continue;
    if (positiveOnly && !(v > 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}

/** `n` as a Float64Array filled with `v`, or the values broadcast to length n. */
export function broadcastTo(v: number | Float64Array, n: number, what: string): Float64Array {
  if (typeof v === 'number') return new Float64Array(n).fill(v);
  if (v.length === n) return v;
  if (v.length === 1) return new Float64Array(n).fill(v[0]);
  throw new RangeError(`${what}: expected ${n} values, got ${v.length}`);
}
