/**
 * np.fromstring (text mode: numbers between separators) and np.fromiter (an iterable's
 * values), each a 1-d array of the dtype asked for.
 */
import { NDArray } from '../ndarray';
import { array } from '../asarray';
import { type DTypeLike, toDType, kindOf } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';

/** Options of np.fromstring (NumPy's keywords). */
export interface FromstringOptions {
  dtype?: DTypeLike | null;
  count?: number;
  /** The separator between numbers; whitespace in it matches any run of whitespace. Required: the binary mode is gone. */
  sep?: string;
}

const NUMBER = /^[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/i;
const INTEGER = /^[+-]?\d+$/;

/**
 * A 1-d array of the numbers in a string, separated by `sep` (NumPy's `fromstring` in
 * text mode; its binary mode is removed: use np.frombuffer).
 *
 * @example
 * np.fromstring('1 2 3', {sep: ' '})                   // array([1., 2., 3.])
 * np.fromstring('1,2,3', {dtype: 'int64', sep: ','})  // array([1, 2, 3])
 */
export function fromstring(string: string, dtype: DTypeLike | null | FromstringOptions = null, opts: FromstringOptions = {}): NDArray {
  const o: FromstringOptions = dtype !== null && typeof dtype === 'object' ? dtype : { ...opts, dtype };
  const dt = toDType(o.dtype ?? 'float64');
  const sep = o.sep ?? '';
  if (sep === '') throw new ValueError('The binary mode of fromstring is removed, use frombuffer instead');
  const count = o.count ?? -1;
  const integral = kindOf(dt) === 'i' || kindOf(dt) === 'u' || kindOf(dt) === 'b';
  // Whitespace in sep matches any run of whitespace, and whitespace around numbers is skipped.
  const core = sep.trim();
  const pieces = core === '' ? string.trim().split(/\s+/) : string.split(core).map((p) => p.trim());
  if (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
  const values: number[] = [];
  for (const p of pieces) {
    if (count >= 0 && values.length === count) break;
    if (!(integral ? INTEGER : NUMBER).test(p)) throw new ValueError('string or file could not be read to its end due to unmatched data');
    values.push(Number(/^[+-]?inf/i.test(p) ? (p.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(p) ? NaN : p));
  }
  if (count >= 0 && values.length < count) throw new ValueError('string is smaller than requested size');
  return array(values, { dtype: dt });
}

/**
 * A 1-d array of the values of an iterable (a generator, Set, array...), converted to
 * `dtype`; `count` reads only that many (and fails if there are fewer).
 *
 * @example
 * np.fromiter([0, 1, 2, 3].map((x) => x * x), 'int64')              // array([0, 1, 4, 9])
 * np.fromiter((function* () { for (let i = 0; ; i++) yield i; })(), 'float64', 3)   // array([0., 1., 2.])
 */
export function fromiter(iter: Iterable<number | boolean>, dtype: DTypeLike | null | { dtype?: DTypeLike | null; count?: number }, count = -1): NDArray {
  const o = dtype !== null && typeof dtype === 'object' ? dtype : { dtype, count };
  const dt = toDType(o.dtype ?? 'float64');
  const n = o.count ?? -1;
  if (iter === null || iter === undefined || typeof (iter as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new NumpyTypeError(`fromiter takes an iterable (a generator, array, Set...), not ${iter === null || iter === undefined ? 'NoneType' : typeof iter}`);
  }
  const values: (number | boolean)[] = [];
  if (n !== 0) {
    for (const v of iter) {
      values.push(v);
      if (n > 0 && values.length === n) break;
    }
  }
  if (n > 0 && values.length < n) throw new ValueError(`iterator too short: Expected ${n} but iterator had only ${values.length} items.`);
  return array(values, { dtype: dt });
}
