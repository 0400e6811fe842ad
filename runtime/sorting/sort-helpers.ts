/** Sorting, searching and counting: helpers. */
import { NDArray, copyToContiguous } from '../ndarray';
import { type TypedArray } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { moveaxis } from '../views';
import { Slice } from '../indexing';
import { pyTypeName } from '../validate';
import { argsortRow1d } from './rows';
import { SortOptions } from './sort-functions';


export function isOpts(x: unknown): x is Record<string, any> {
  return (
    x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof NDArray) &&
    !ArrayBuffer.isView(x) && !(x instanceof Slice)
  );
}

export function splitOpts<T>(pos: unknown, opts: Record<string, any> | undefined, key: string): [T | undefined, Record<string, any>] {
  if (isOpts(pos)) return [pos[key] as T | undefined, pos];
  const o = opts ?? {};
  return [pos === undefined ? (o[key] as T | undefined) : (pos as T), o];
}

/** An integer argument, or NumPy's `'float' object cannot be interpreted as an integer`. */
export function toInt(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw new NumpyTypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** A trailing options argument: an object, or absent. */
export function optsOf<T>(o: unknown): T {
  if (o === undefined || o === null) return {} as T;
  if (isOpts(o)) return o as T;
  throw new NumpyTypeError(`options must be an object such as {assume_unique: true}, not '${pyTypeName(o)}'`);
}

/** Validates the sort options as NumPy does (`kind` by its first letter). */
export function checkKind(kind: unknown, o: SortOptions = {}): void {
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
export function axisLast(x: NDArray, axis: number): [NDArray, (r: NDArray) => NDArray] {
  const last = x.ndim - 1;
  if (axis === last) return [copyToContiguous(x), (r) => r];
  const c = copyToContiguous(moveaxis(x, axis, -1));
  return [c, (r) => copyToContiguous(moveaxis(r, -1, axis))];
}

/** Python's repr of a float as in f-strings (`1.0`, `nan`, `inf`); ints as ints. */
export function pyNum(v: number, asFloat: boolean): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (asFloat && Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.0`;
  return String(v);
}

export function int64(values: Nums | number[], shape?: number[]): NDArray {
  const data = values instanceof Float64Array ? values : Float64Array.from(values as Nums);
  return new NDArray(data, 'int64', shape ?? [data.length]);
}

/** Anything indexable by position with a length: a typed array or a JS array of numbers. */
export type Nums = { readonly length: number; readonly [i: number]: number };

/** The stable sorting permutation of a list of numbers (NaN last). */
export function argsortList(keys: Nums): Int32Array {
  return argsortRow1d(ArrayBuffer.isView(keys) ? (keys as TypedArray) : Array.from(keys as ArrayLike<number>));
}
