/**
 * Integers as digit strings, as NumPy's `numpy/_core/numeric.py`: binary_repr (two's
 * complement with a width) and base_repr (any base up to 36).
 */
import { ValueError, NumpyTypeError } from '../errors';
import { pyTypeName } from '../validate';

function index(v: unknown, fn: string): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new NumpyTypeError(`'${typeof v === 'number' ? 'float' : typeof v}' object cannot be interpreted as an integer (${fn})`);
  return v;
}

function insufficient(width: number | null, binwidth: number): void {
  if (width !== null && width < binwidth) throw new ValueError(`Insufficient bit width=${width} provided for binwidth=${binwidth}`);
}

/**
 * The binary string of an integer; with `width`, a negative number is written in two's
 * complement of that many bits.
 *
 * @example
 * np.binary_repr(5)               // '101'
 * np.binary_repr(-5, {width: 8})  // '11111011'
 */
export function binary_repr(num: number | bigint, width: number | null | { width?: number | null } = null): string {
  const w = width !== null && typeof width === 'object' ? (width.width ?? null) : width;
  const n = BigInt(index(num, 'binary_repr'));
  if (n === 0n) return '0'.repeat(w || 1);
  if (n > 0n) {
    const binary = n.toString(2);
    insufficient(w, binary.length);
    return binary.padStart(w === null ? binary.length : Math.max(binary.length, w), '0');
  }
  if (w === null) return `-${(-n).toString(2)}`;
  let poswidth = (-n).toString(2).length;
  // An exact power of two needs one bit less (NumPy's gh-8679).
  if (2n ** BigInt(poswidth - 1) === -n) poswidth -= 1;
  const binary = (2n ** BigInt(poswidth + 1) + n).toString(2);
  insufficient(w, binary.length);
  return '1'.repeat(Math.max(binary.length, w) - binary.length) + binary;
}

/**
 * The string of a number in a base from 2 to 36, with `padding` zeros in front.
 *
 * @example
 * np.base_repr(255, 16)      // 'FF'
 * np.base_repr(-10, 3)       // '-101'
 */
export function base_repr(number: number | bigint, base: number | { base?: number; padding?: number } = 2, padding = 0): string {
  if (typeof base === 'object') {
    padding = base.padding ?? 0;
    base = base.base ?? 2;
  }
  if (typeof number !== 'number' && typeof number !== 'bigint') {
    throw new NumpyTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(number)}'`);
  }
  if (typeof number === 'number' && !Number.isFinite(number)) throw new ValueError(`cannot convert float ${Number.isNaN(number) ? 'NaN' : 'infinity'} to integer`);
  if (base > 36) throw new ValueError('Bases greater than 36 not handled in base_repr.');
  if (base < 2) throw new ValueError('Bases less than 2 not handled in base_repr.');
  const n = BigInt(Math.trunc(Number(number)));
  const digits = (n < 0n ? -n : n).toString(base).toUpperCase();
  const body = n === 0n && !padding ? '0' : '0'.repeat(padding) + (n === 0n ? '' : digits);
  return n < 0n ? `-${body}` : body;
}
