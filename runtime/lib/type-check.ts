/**
 * Questions about types: NumPy's abstract scalar types (np.integer, np.floating, ...) and
 * np.issubdtype, np.isdtype, np.common_type, np.mintypecode, np.typename, np.iterable.
 * dtypes here are their names (`np.float64 === 'float64'`); the abstract types are the
 * names of NumPy's abstract classes.
 */
import { NDArray } from '../ndarray';
import { type DType, toDType, kindOf } from '../dtype';
import { NumpyTypeError, ValueError, KeyError } from '../errors';

/** NumPy's abstract scalar types, as names (they are not dtypes: arrays cannot have them). */
export const generic = 'generic';
export const number = 'number';
export const integer = 'integer';
export const signedinteger = 'signedinteger';
export const unsignedinteger = 'unsignedinteger';
export const inexact = 'inexact';
export const floating = 'floating';
export const complexfloating = 'complexfloating';

type Abstract = 'generic' | 'number' | 'integer' | 'signedinteger' | 'unsignedinteger' | 'inexact' | 'floating' | 'complexfloating';

/** The abstract classes a dtype's kind letter sits under (NumPy's scalar type hierarchy). */
const PARENTS: Record<string, readonly Abstract[]> = {
  b: ['generic'],
  i: ['generic', 'number', 'integer', 'signedinteger'],
  u: ['generic', 'number', 'integer', 'unsignedinteger'],
  f: ['generic', 'number', 'inexact', 'floating'],
  c: ['generic', 'number', 'inexact', 'complexfloating'],
};
const ABSTRACT_PARENTS: Record<Abstract, readonly Abstract[]> = {
  generic: [],
  number: ['generic'],
  integer: ['generic', 'number'],
  signedinteger: ['generic', 'number', 'integer'],
  unsignedinteger: ['generic', 'number', 'integer'],
  inexact: ['generic', 'number'],
  floating: ['generic', 'number', 'inexact'],
  complexfloating: ['generic', 'number', 'inexact'],
};
const ABSTRACT = new Set<string>(['generic', 'number', 'integer', 'signedinteger', 'unsignedinteger', 'inexact', 'floating', 'complexfloating']);

/** A dtype, an array's dtype, or an abstract type's name. */
function resolve(t: unknown): DType | Abstract {
  if (t instanceof NDArray) return t.dtype;
  if (typeof t === 'string' && ABSTRACT.has(t)) return t as Abstract;
  return toDType(t as string);
}

/**
 * True when `arg1` is `arg2` or a kind of it in NumPy's type hierarchy (`arg2` may be an
 * abstract type such as np.integer, np.floating, np.number).
 *
 * @example
 * np.issubdtype('int8', np.integer)       // true
 * np.issubdtype('float64', 'float32')     // false
 * np.issubdtype(np.float32, np.floating)  // true
 */
export function issubdtype(arg1: unknown, arg2: unknown): boolean {
  const a = resolve(arg1);
  const b = resolve(arg2);
  if (a === b) return true;
  if (ABSTRACT.has(a)) return ABSTRACT_PARENTS[a as Abstract].includes(b as Abstract);
  if (!ABSTRACT.has(b)) return false;
  return (PARENTS[kindOf(a as DType)] ?? []).includes(b as Abstract);
}

const KIND_NAMES: Record<string, (d: DType) => boolean> = {
  bool: (d) => kindOf(d) === 'b',
  'signed integer': (d) => kindOf(d) === 'i',
  'unsigned integer': (d) => kindOf(d) === 'u',
  integral: (d) => kindOf(d) === 'i' || kindOf(d) === 'u',
  'real floating': (d) => kindOf(d) === 'f',
  'complex floating': (d) => (kindOf(d) as string) === 'c',
  numeric: (d) => kindOf(d) !== 'b',
};

/**
 * True when a dtype is of the given kind: a dtype, or one of 'bool', 'signed integer',
 * 'unsigned integer', 'integral', 'real floating', 'complex floating', 'numeric', or a
 * list of them (NumPy 2's isdtype).
 *
 * @example
 * np.isdtype('float64', 'real floating')             // true
 * np.isdtype('int8', ['bool', 'signed integer'])     // true
 */
export function isdtype(dtype: unknown, kind: string | readonly string[]): boolean {
  if (typeof dtype !== 'string' || ABSTRACT.has(dtype)) throw new NumpyTypeError(`dtype argument must be a NumPy dtype, but it is a ${typeof dtype === 'string' ? "<class 'type'>" : `<class '${typeof dtype}'>`}.`);
  const d = toDType(dtype);
  for (const k of typeof kind === 'string' ? [kind] : kind) {
    const test = KIND_NAMES[k];
    if (test !== undefined) {
      if (test(d)) return true;
      continue;
    }
    let kd: DType;
    try {
      kd = toDType(k);
    } catch {
      throw new ValueError(`kind argument is a string, but '${k}' is not a known kind name.`);
    }
    if (kd === d) return true;
  }
  return false;
}

/**
 * The float dtype every input can be cast to without losing precision: integers count
 * as float64 (NumPy's common_type; the result names a dtype).
 *
 * @example
 * np.common_type(np.arange(2), np.ones(2, {dtype: 'float32'}))   // 'float64'
 * np.common_type(np.ones(2, {dtype: 'float32'}))                 // 'float32'
 */
export function common_type(...arrays: NDArray[]): DType {
  let precision = 0;
  let complex = false;
  for (const a of arrays) {
    const k = a instanceof NDArray ? (kindOf(a.dtype) as string) : 'b';
    if (k === 'b') throw new NumpyTypeError("can't get common type for non-numeric array");
    if (k === 'c') complex = true;
    const p = k === 'i' || k === 'u' ? 2 : a.dtype === 'float32' || a.dtype === ('complex64' as DType) ? 1 : 2;
    precision = Math.max(precision, p);
  }
  if (complex) return (precision === 1 ? 'complex64' : 'complex128') as DType;
  return precision === 1 ? 'float32' : 'float64';
}

/** NumPy's one-letter type codes of our dtypes (`dtype.char` on Linux). */
const TYPECODES: Record<string, string> = {
  bool: '?', int8: 'b', int16: 'h', int32: 'i', int64: 'l', uint8: 'B', uint16: 'H', uint32: 'I', uint64: 'L',
  float32: 'f', float64: 'd', complex64: 'F', complex128: 'D',
};

const BY_ELSIZE = 'GDFgdfQqLlIiHhBb?';

/**
 * The character of the smallest safe type among `typechars` within `typeset`
 * (NumPy's mintypecode; `default` when none is in the set).
 *
 * @example
 * np.mintypecode(['d', 'f', 'S'])    // 'd'
 * np.mintypecode(['F', 'd'])         // 'D'
 */
export function mintypecode(typechars: readonly (string | NDArray)[], typeset = 'GDFgdf', dflt = 'd'): string {
  if (!Array.isArray(typechars)) throw new NumpyTypeError('mintypecode: typechars must be a list of type codes or arrays');
  const codes = typechars.map((t) => (typeof t === 'string' ? t : t instanceof NDArray ? TYPECODES[t.dtype] : ''));
  const inter = new Set(codes.filter((t) => typeset.includes(t)));
  if (inter.size === 0) return dflt;
  if (inter.has('F') && inter.has('d')) return 'D';
  return [...inter].sort((p, q) => BY_ELSIZE.indexOf(p) - BY_ELSIZE.indexOf(q))[0];
}

const TYPENAMES: Record<string, string> = {
  S1: 'character', '?': 'bool', b: 'signed char', B: 'unsigned char', h: 'short', H: 'unsigned short',
  i: 'integer', I: 'unsigned integer', l: 'long integer', L: 'unsigned long integer', q: 'long long integer',
  Q: 'unsigned long long integer', f: 'single precision', d: 'double precision', g: 'long precision',
  F: 'complex single precision', D: 'complex double precision', G: 'complex long double precision',
  S: 'string', U: 'unicode', V: 'void', O: 'object',
};

/**
 * The description of a type code (NumPy's typename).
 *
 * @example
 * np.typename('d')   // 'double precision'
 */
export function typename(char: string): string {
  const n = typeof char === 'string' && Object.hasOwn(TYPENAMES, char) ? TYPENAMES[char] : undefined;
  if (n === undefined) throw new KeyError(typeof char === 'string' ? `'${char}'` : typeof char);
  return n;
}

/**
 * True when `y` can be iterated (arrays with at least one dimension, JS arrays, strings,
 * typed arrays, Maps, Sets, generators); false for numbers and 0-d arrays.
 *
 * @example
 * np.iterable([1, 2])          // true
 * np.iterable(np.array(1))     // false
 * np.iterable(2)               // false
 */
export function iterable(y: unknown): boolean {
  if (y instanceof NDArray) return y.ndim > 0;
  if (typeof y === 'string') return true;
  return y !== null && typeof y === 'object' && typeof (y as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
