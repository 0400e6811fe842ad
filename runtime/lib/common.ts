/**
 * Small helpers shared by the `lib/` modules (NumPy's `numpy.lib` functions): telling an
 * options object from an array_like, and Python-worded integer arguments.
 */
import { NDArray } from '../ndarray';
import { Slice } from '../indexing';
import { NumpyTypeError } from '../errors';
import { pyTypeName } from '../validate';

/** A trailing keyword-options object (not an array, typed array, ndarray or slice). */
export function isOpts(x: unknown): x is Record<string, any> {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof NDArray) && !ArrayBuffer.isView(x) && !(x instanceof Slice);
}

/** An integer argument (Python's `operator.index`): bools count, floats do not. */
export function indexArg(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof NDArray && v.ndim === 0 && v.dtype !== 'float32' && v.dtype !== 'float64') return Number(v.data[v.offset]);
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A shape of dimensions (a number or a list), each checked as `indexArg`. */
export function dimsArg(v: unknown): number[] {
  if (Array.isArray(v)) return v.map(indexArg);
  if (v instanceof NDArray) return Array.from({ length: v.size }, (_, i) => indexArg(v.flatGet(i)));
  return [indexArg(v)];
}
