/**
 * Argument checks shared by the public functions, so that wrong argument types get
 * Python's TypeError wording instead of a JavaScript engine's.
 */
import { NumpyTypeError } from './errors';

/** The Python type name a JS value plays: 'str', 'NoneType', 'list', 'dict', 'function'... */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'function') return 'function';
  if (typeof v === 'symbol') return 'symbol';
  if (typeof v === 'bigint') return 'int';
  if (Array.isArray(v)) return 'list';
  const tag = (v as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
  return tag === 'ndarray' ? 'numpy.ndarray' : 'dict';
}

/** A real number argument (bools count, as in Python), or TypeError naming what came instead. */
export function requireNumber(v: unknown, fn: string, arg: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new NumpyTypeError(`${fn}() argument '${arg}' must be a real number, not '${pyTypeName(v)}'`);
}

/** An integer argument such as an axis or a count. */
export function requireInt(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A list of integers (or one integer), as axis and shape arguments take. */
export function requireInts(v: unknown): number[] {
  if (typeof v === 'number' || typeof v === 'boolean') return [requireInt(v)];
  if (Array.isArray(v)) return v.map(requireInt);
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A callable argument. */
export function requireCallable<F>(v: unknown): F {
  if (typeof v === 'function') return v as F;
  throw new NumpyTypeError(`'${pyTypeName(v)}' object is not callable`);
}

/** A required argument that was left out. */
export function requireArg<T>(v: T | undefined, fn: string, arg: string): T {
  if (v === undefined) throw new NumpyTypeError(`${fn}() missing 1 required positional argument: '${arg}'`);
  return v;
}
