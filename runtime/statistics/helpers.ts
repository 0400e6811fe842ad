/** Statistics: small helpers (module-private: every export of this file becomes np.<name>). */
import { NDArray, zerosOf, copyToContiguous, copyInto } from '../ndarray';
import { asarray } from '../asarray';
import { type DType, promoteTypes, castScalar } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError, IndexError, AxisError } from '../errors';


/** Axis argument: one axis, a list of axes, or null/undefined for all. */
export type Axis = number | readonly number[] | null;

/** A trailing keyword-options object (not an array, typed array or ndarray). */
export function isOptions(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof NDArray) && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer);
}

/** Maps positional arguments onto NumPy's parameter names; a trailing options object adds keywords. */
export function kwargs<T>(names: readonly string[], args: readonly unknown[]): T {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (isOptions(v)) {
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = x;
      break;
    }
    if (v !== undefined && i < names.length) out[names[i]] = v;
  }
  return out as T;
}

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
export const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** NumPy's normalize_axis_tuple: axes in the given order, `repeated axis` on duplicates. */
export function axisTuple(axis: number | readonly number[], nd: number, prefix = ''): number[] {
  const list = typeof axis === 'number' ? [axis] : Array.from(axis);
  const out = list.map((a) => normalizeAxisPrefixed(a, nd, prefix));
  if (new Set(out).size !== out.length) throw new ValueError(prefix ? `${prefix}: repeated axis` : 'repeated axis');
  return out;
}

export function normalizeAxisPrefixed(axis: number, nd: number, prefix: string): number {
  if (!prefix) return normalizeAxis(axis, nd);
  if (!Number.isInteger(axis)) return normalizeAxis(axis, nd);
  if (axis < -nd || axis >= nd) throw new AxisError(`${prefix}: axis ${axis} is out of bounds for array of dimension ${nd}`);
  return axis < 0 ? axis + nd : axis;
}

/** Python's slice bounds (start:stop, step 1) for a length-n axis. */
export function pySlice(n: number, start: number | null, stop: number | null): [number, number] {
  const norm = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) v += n;
    return Math.min(Math.max(v, 0), n);
  };
  const s = norm(start, 0);
  const e = norm(stop, n);
  return [s, Math.max(e, s)];
}

/** `x[..., start:stop, ...]` on `axis`: a view. */
export function sliceAxis(x: NDArray, axis: number, start: number | null, stop: number | null): NDArray {
  const [s, e] = pySlice(x.shape[axis], start, stop);
  const shape = x.shape.slice();
  shape[axis] = e - s;
  return new NDArray(x.data, x.dtype, shape, x.elementStrides.slice(), x.offset + s * x.elementStrides[axis], x);
}

/** `x[..., i, ...]` on `axis` (the axis is dropped): a view. */
export function indexAxis(x: NDArray, axis: number, i: number): NDArray {
  const n = x.shape[axis];
  const k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
  const shape = x.shape.filter((_, d) => d !== axis);
  const strides = x.elementStrides.filter((_, d) => d !== axis);
  return new NDArray(x.data, x.dtype, shape, strides, x.offset + k * x.elementStrides[axis], x);
}

/** An ndarray from a ufunc result that may be a JS scalar. */
export function nd(v: NDArray | number | boolean): NDArray {
  return v instanceof NDArray ? v : asarray(v);
}

/** A 0-d array of `dtype` holding `v`. */
export function scalarArray(v: number, dtype: DType): NDArray {
  const out = zerosOf([], dtype);
  out.data[0] = castScalar(v, dtype);
  return out;
}

/** A 0-d result becomes a JS number (boolean for bool), as NumPy returns a scalar. */
export function unwrap0d(a: NDArray): any {
  if (a.ndim !== 0) return a;
  const v = a.data[a.offset];
  return a.dtype === 'bool' ? v !== 0 : v;
}

/** np.concatenate along `axis` for arrays of equal ndim, with NumPy's messages. */
export function concatAxis(arrays: NDArray[], axis: number): NDArray {
  const first = arrays[0];
  arrays.forEach((a, i) => {
    if (a.ndim !== first.ndim) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < a.ndim; d++) {
      if (d !== axis && a.shape[d] !== first.shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${a.shape[d]}`,
        );
      }
    }
  });
  let dtype = first.dtype;
  for (const a of arrays.slice(1)) dtype = promoteTypes(dtype, a.dtype);
  const shape = first.shape.slice();
  shape[axis] = arrays.reduce((s, a) => s + a.shape[axis], 0);
  const out = zerosOf(shape, dtype);
  let off = 0;
  for (const a of arrays) {
    copyInto(sliceAxis(out, axis, off, off + a.shape[axis]), a);
    off += a.shape[axis];
  }
  return out;
}

/** `np.array(x, ndmin=2, dtype=dtype)`: a C-ordered copy with leading axes of length 1. */
export function atLeast2d(x: NDArray, dtype: DType): NDArray {
  const c = copyToContiguous(x, dtype);
  const shape = x.ndim === 0 ? [1, 1] : x.ndim === 1 ? [1, x.shape[0]] : x.shape.slice();
  return new NDArray(c.data, dtype, shape);
}

/** Rounding to a dtype's arithmetic: float32 rounds every step, ints wrap, float64 is exact JS. */
export function rounder(d: DType): (v: number) => number {
  if (d === 'float64') return (v) => v;
  if (d === 'float32') return Math.fround;
  return (v) => castScalar(v, d);
}

export const BOOL_SUBTRACT =
  'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.';
