/**
 * dtypes: their storage, NumPy 2 promotion (NEP 50 weak scalars) and casting.
 *
 * Storage is one typed array per dtype with the dtype's own item size, so byte strides
 * are NumPy's. int64 and uint64 live in Float64Array: exact within +-2^53 (the contract),
 * and as fast as float64, where BigInt64Array arithmetic is an order of magnitude slower.
 */
import { NumpyTypeError, OverflowError } from './errors';

export type DType =
  | 'bool'
  | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'float32' | 'float64'
  | 'complex64' | 'complex128';

export const DTYPES: readonly DType[] = [
  'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64',
  'complex64', 'complex128',
];

export type TypedArray =
  | Uint8Array | Int8Array | Int16Array | Int32Array | Uint16Array | Uint32Array
  | Float32Array | Float64Array;

export type TypedArrayConstructor =
  | Uint8ArrayConstructor | Int8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor
  | Uint16ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/** Kind letters as NumPy's `dtype.kind`: b(ool), i(nt), u(nsigned), f(loat), c(omplex). */
export type Kind = 'b' | 'i' | 'u' | 'f' | 'c';

interface Info { kind: Kind; itemsize: number; storage: TypedArrayConstructor; min: number; max: number }

const INFO: Record<DType, Info> = {
  bool: { kind: 'b', itemsize: 1, storage: Uint8Array, min: 0, max: 1 },
  int8: { kind: 'i', itemsize: 1, storage: Int8Array, min: -128, max: 127 },
  int16: { kind: 'i', itemsize: 2, storage: Int16Array, min: -32768, max: 32767 },
  int32: { kind: 'i', itemsize: 4, storage: Int32Array, min: -2147483648, max: 2147483647 },
  int64: { kind: 'i', itemsize: 8, storage: Float64Array, min: -9223372036854775808, max: 9223372036854775807 },
  uint8: { kind: 'u', itemsize: 1, storage: Uint8Array, min: 0, max: 255 },
  uint16: { kind: 'u', itemsize: 2, storage: Uint16Array, min: 0, max: 65535 },
  uint32: { kind: 'u', itemsize: 4, storage: Uint32Array, min: 0, max: 4294967295 },
  uint64: { kind: 'u', itemsize: 8, storage: Float64Array, min: 0, max: 18446744073709551615 },
  float32: { kind: 'f', itemsize: 4, storage: Float32Array, min: -3.4028234663852886e38, max: 3.4028234663852886e38 },
  float64: { kind: 'f', itemsize: 8, storage: Float64Array, min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
  // Complex values are interleaved (re, im) pairs of the float storage: two scalars an element.
  complex64: { kind: 'c', itemsize: 8, storage: Float32Array, min: -3.4028234663852886e38, max: 3.4028234663852886e38 },
  complex128: { kind: 'c', itemsize: 16, storage: Float64Array, min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
};

const ALIASES: Record<string, DType> = {
  bool: 'bool', bool_: 'bool', '?': 'bool', b1: 'bool',
  int8: 'int8', i1: 'int8', byte: 'int8',
  int16: 'int16', i2: 'int16', short: 'int16',
  int32: 'int32', i4: 'int32', intc: 'int32',
  int64: 'int64', i8: 'int64', int: 'int64', int_: 'int64', intp: 'int64', long: 'int64', longlong: 'int64',
  uint8: 'uint8', u1: 'uint8', ubyte: 'uint8',
  uint16: 'uint16', u2: 'uint16', ushort: 'uint16',
  uint32: 'uint32', u4: 'uint32', uintc: 'uint32',
  uint64: 'uint64', u8: 'uint64', uint: 'uint64', uintp: 'uint64', ulong: 'uint64', ulonglong: 'uint64',
  float32: 'float32', f4: 'float32', single: 'float32',
  float64: 'float64', f8: 'float64', float: 'float64', double: 'float64', float_: 'float64', d: 'float64',
  complex64: 'complex64', c8: 'complex64', csingle: 'complex64', F: 'complex64',
  complex128: 'complex128', c16: 'complex128', complex: 'complex128', cdouble: 'complex128', complex_: 'complex128', D: 'complex128',
};

/** Something NumPy accepts as `dtype=`: a name such as `'float64'`, `'f8'`, `'int'`. */
export type DTypeLike = DType | string;

/** Resolves a dtype name or alias; throws NumPy's TypeError for an unknown one. */
export function toDType(d: DTypeLike | null | undefined, fallback: DType = 'float64'): DType {
  if (d === undefined || d === null) return fallback;
  if (typeof d === 'function') {
    // Number / Boolean, as Python's float / bool passed as a dtype.
    if (d === Number) return 'float64';
    if (d === Boolean) return 'bool';
  }
  if (typeof d !== 'string') {
    const shown = typeof d === 'symbol' ? 'Symbol()' : typeof d === 'object' ? JSON.stringify(d) ?? String(d) : String(d);
    throw new NumpyTypeError(`Cannot interpret '${shown}' as a data type`);
  }
  const r = ALIASES[d.replace(/^[<>=|]/, '')];
  if (r === undefined) throw new NumpyTypeError(`data type '${d}' not understood`);
  return r;
}

export const kindOf = (d: DType): Kind => INFO[d].kind;
export const itemsize = (d: DType): number => INFO[d].itemsize;
export const storageOf = (d: DType): TypedArrayConstructor => INFO[d].storage;
export const isFloat = (d: DType): boolean => INFO[d].kind === 'f';
export const isInteger = (d: DType): boolean => INFO[d].kind === 'i' || INFO[d].kind === 'u';
export const isBool = (d: DType): boolean => d === 'bool';
export const isComplex = (d: DType): boolean => INFO[d].kind === 'c';
/** Storage scalars per element: 2 for complex (re, im), else 1. */
export const lanesOf = (d: DType): number => (INFO[d].kind === 'c' ? 2 : 1);
/** The float dtype of a complex dtype's parts (complex64 -> float32), or `d` itself. */
export const partDType = (d: DType): DType => (d === 'complex64' ? 'float32' : d === 'complex128' ? 'float64' : d);
/** Smallest and largest value of an integer dtype (as doubles). */
export const dtypeRange = (d: DType): [number, number] => [INFO[d].min, INFO[d].max];

const intOfSize = (kind: 'i' | 'u', size: number): DType =>
  (kind === 'i' ? { 1: 'int8', 2: 'int16', 4: 'int32', 8: 'int64' } : { 1: 'uint8', 2: 'uint16', 4: 'uint32', 8: 'uint64' })[size] as DType;

/**
 * The smallest dtype both dtypes cast to safely, as NumPy 2's `np.promote_types`.
 *
 * @example
 * np.promote_types('uint8', 'int8')      // 'int16'
 * np.promote_types('int64', 'float32')   // 'float64'
 */
export function promoteTypes(type1: DTypeLike, type2: DTypeLike): DType {
  const a = toDType(type1);
  const b = toDType(type2);
  if (a === b) return a;
  const A = INFO[a];
  const B = INFO[b];
  if (A.kind === 'b') return b;
  if (B.kind === 'b') return a;
  if (A.kind === 'c' || B.kind === 'c') {
    // The complex type whose parts hold the other type: the parts promote as reals.
    const part = promoteTypes(partDType(a), partDType(b));
    return part === 'float32' ? 'complex64' : 'complex128';
  }
  if (A.kind === 'f' && B.kind === 'f') return A.itemsize >= B.itemsize ? a : b;
  if (A.kind === 'f' || B.kind === 'f') {
    const [f, i] = A.kind === 'f' ? [A, B] : [B, A];
    return f.itemsize === 8 || i.itemsize > 2 ? 'float64' : 'float32';
  }
  if (A.kind === B.kind) return A.itemsize >= B.itemsize ? a : b;
  const [s, u] = A.kind === 'i' ? [A, B] : [B, A];
  if (s.itemsize > u.itemsize) return intOfSize('i', s.itemsize);
  if (u.itemsize < 8) return intOfSize('i', u.itemsize * 2);
  return 'float64';
}

/** A Python scalar as NEP 50 sees it: bool, int or float. JS numbers that are whole are ints. */
export type ScalarKind = 'bool' | 'int' | 'float' | 'complex';

export function scalarKind(v: number | boolean | { re: number; im: number }): ScalarKind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'object') return 'complex';
  return isPythonInt(v) ? 'int' : 'float';
}

/**
 * Whether a JS number plays a Python int: whole and below 2^64 in magnitude. Larger whole
 * doubles (1e20) can only have been meant as floats; no integer dtype holds them.
 */
export function isPythonInt(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) < 18446744073709551616;
}

/** The dtype a lone Python scalar becomes in `np.array(v)`. */
export function defaultDType(k: ScalarKind): DType {
  return k === 'bool' ? 'bool' : k === 'int' ? 'int64' : k === 'complex' ? 'complex128' : 'float64';
}

/** Promotion of an array dtype with a weak Python scalar (NEP 50). */
export function promoteWithScalar(d: DType, k: ScalarKind): DType {
  const kind = INFO[d].kind;
  if (k === 'bool') return d;
  if (k === 'int') return kind === 'b' ? 'int64' : d;
  if (k === 'complex') return kind === 'c' ? d : d === 'float32' ? 'complex64' : 'complex128';
  return kind === 'f' || kind === 'c' ? d : 'float64';
}

/**
 * NEP 50: a Python int must fit the integer dtype it is converted to, else OverflowError
 * (`Python integer 300 out of bounds for uint8`).
 */
export function checkScalarFits(v: number, d: DType): void {
  const info = INFO[d];
  if ((info.kind === 'i' || info.kind === 'u') && (v < info.min || v > info.max)) {
    throw new OverflowError(`Python integer ${v} out of bounds for ${d}`);
  }
}

/** Kinds in NumPy's 'same_kind' order (bool < unsigned < signed < float); a cast down it is unsafe. */
const KIND_ORDER: Record<Kind, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

/** `np.can_cast(from, to, casting='same_kind')`. */
export function canCastSameKind(from: DType, to: DType): boolean {
  return KIND_ORDER[INFO[from].kind] <= KIND_ORDER[INFO[to].kind];
}

/** `np.can_cast(from, to, casting='safe')`. */
export function canCastSafe(from: DType, to: DType): boolean {
  return promoteTypes(from, to) === to;
}

const TWO64 = 18446744073709551616;
const TWO63 = 9223372036854775808;

/**
 * Converts one JS value to what storing it in dtype `d` gives in NumPy (truncation toward
 * zero for float to int, modular wraparound, 0/1 for bool). Typed arrays already wrap the
 * 8- to 32-bit integers on store; int64/uint64 live in Float64Array and need it here.
 */
export function castScalar(v: number | boolean, d: DType): number {
  const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  switch (d) {
    case 'bool': return x !== 0 ? 1 : 0; // NaN is truthy in NumPy too
    case 'float32': return Math.fround(x);
    case 'float64': return x;
    // The real part of a complex element (callers that know complex store the pair).
    case 'complex64': return Math.fround(x);
    case 'complex128': return x;
    case 'int64': {
      if (!Number.isFinite(x)) return -TWO63;
      const t = Math.trunc(x);
      if (t >= -TWO63 && t < TWO63) return t + 0; // +0 drops -0
      return Number(BigInt.asIntN(64, BigInt(t)));
    }
    case 'uint64': {
      if (!Number.isFinite(x)) return TWO63;
      const t = Math.trunc(x);
      if (t >= 0 && t < TWO64) return t + 0;
      return Number(BigInt.asUintN(64, BigInt(t)));
    }
    default: {
      // 8-32 bit ints: NaN/inf give NumPy's INT_MIN-style garbage; 0 is as good here.
      if (!Number.isFinite(x)) return 0;
      const t = Math.trunc(x);
      const span = INFO[d].max - INFO[d].min + 1;
      let r = t - span * Math.floor((t - INFO[d].min) / span);
      if (r > INFO[d].max) r -= span;
      return r + 0;
    }
  }
}

/** True when values of dtype `d` need `castScalar` on store beyond what the typed array does. */
export function needsExplicitCast(d: DType): boolean {
  return d === 'int64' || d === 'uint64' || d === 'bool';
}
