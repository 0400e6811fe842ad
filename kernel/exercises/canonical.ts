/**
 * The canonical form of a value that an exercise check compares: its kind, its shape and
 * its values rounded to a declared precision, as one string. Two values that NumPy would
 * call equal after `np.round(x, decimals)` (same shape, same kind of dtype) have the same
 * form, however they were made: a fresh array, a view, a non-contiguous slice, a `.npy`
 * round trip. Hidden checks store a salted SHA-256 of it (hash.ts), never the value.
 *
 * - an ndarray of one or more dimensions: its dtype (by `dtype` rule: the name, its kind
 *   bool / int / float, or just "number"), its shape, its elements in C order; floats
 *   rounded as `np.round(a, decimals)` (half to even, NumPy's own code), then written with
 *   exactly `decimals` digits, so -0 and 0 agree, and nan / inf / -inf by name;
 * - a number, a boolean, a 0-d array: a scalar (shape `()`), ints and floats alike, so
 *   `a.sum()` (a JS number) and a 0-d array of the same value agree;
 * - a JavaScript array of numbers: as `np.asarray` makes it; of strings: a string array;
 * - a string, null/undefined, a Map or a plain object (keys sorted, values canonical).
 */
import { NDArray } from '../../runtime/ndarray';
import { np } from '../../runtime/index';

/** How much of the dtype counts: its name (`exact`), its kind (bool / int / float: the default), or nothing (`any`). */
export type DtypeRule = 'exact' | 'kind' | 'any';

export interface CanonicalOptions {
  /** Decimal places floats are rounded to before comparing (np.round's `decimals`; default 6). */
  decimals?: number;
  dtype?: DtypeRule;
  /**
   * Writes the values as if they were of this kind (when they can be): how a check tells
   * "right values, wrong dtype" from "wrong values" without knowing the expected dtype.
   */
  as?: 'bool' | 'int' | 'float';
}

export interface Canonical {
  /** The whole form: what is hashed. */
  text: string;
  /** Only the shape (and what sort of value it is): a check says "wrong shape" from it. */
  shape: string;
  /** What the value is, for messages: "an int64 array of shape (3,)", "the number 4.5" is never said. */
  describe: string;
  /** The kind its values were written as (bool, int, float, number, str, ...). */
  kind: string;
}

export const DEFAULT_DECIMALS = 6;
const VERSION = 'numbook-canonical-1';

/** NumPy's shape repr: (3,), (2, 3), (). */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

function kindOfDtype(dtype: string): 'bool' | 'int' | 'float' {
  if (dtype === 'bool') return 'bool';
  return dtype.startsWith('float') ? 'float' : 'int';
}

function floatText(v: number, decimals: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return decimals > 0 ? (0).toFixed(Math.min(decimals, 100)) : '0';
  return decimals >= 0 ? v.toFixed(Math.min(decimals, 100)) : String(v);
}

/** Values of a numeric ndarray as text of `kind`, or null when they are not of that kind (2.5 as an int). */
function valuesText(a: NDArray, kind: string, decimals: number): string | null {
  const src = a.contiguousData();
  const isBool = a.dtype === 'bool';
  const out = new Array<string>(src.length);
  if (kind === 'bool') {
    for (let i = 0; i < src.length; i++) {
      const v = src[i];
      if (v !== 0 && v !== 1) return null;
      out[i] = v ? '1' : '0';
    }
    return out.join(',');
  }
  if (kind === 'int') {
    for (let i = 0; i < src.length; i++) {
      const v = src[i];
      if (!Number.isInteger(v)) return null;
      out[i] = String(v === 0 ? 0 : v);
    }
    return out.join(',');
  }
  // float or number: np.round in the array's own dtype (float32 stays float32), then fixed digits.
  const rounded: NDArray = isBool || !a.dtype.startsWith('float') ? a : (np.round(a, decimals) as NDArray);
  const r = rounded.contiguousData();
  for (let i = 0; i < r.length; i++) out[i] = floatText(r[i], decimals);
  return out.join(',');
}

function stringArray(value: unknown[]): { shape: number[]; flat: string[] } | null {
  const shape: number[] = [];
  let level: unknown = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  if (typeof level !== 'string') return null;
  const flat: string[] = [];
  const walk = (v: unknown, d: number): boolean => {
    if (d === shape.length) {
      if (typeof v !== 'string') return false;
      flat.push(v);
      return true;
    }
    return Array.isArray(v) && v.length === shape[d] && v.every((x) => walk(x, d + 1));
  };
  return walk(value, 0) ? { shape, flat } : null;
}

function make(kind: string, shape: string, body: string, decimals: number, describe: string): Canonical {
  return { text: `${VERSION}\n${kind}\n${shape}\n${decimals}\n${body}`, shape: `${VERSION}\nshape\n${shape}`, describe, kind };
}

/**
 * The canonical form of `value`, or null when `opts.as` asks for a kind its values are not
 * (a float that is not whole, as an int).
 */
export function canonical(value: unknown, opts: CanonicalOptions = {}): Canonical | null {
  const decimals = opts.decimals ?? DEFAULT_DECIMALS;
  const rule = opts.dtype ?? 'kind';
  if (value instanceof NDArray && value.ndim === 0) value = value.dtype === 'bool' ? value.item() !== 0 && value.item() !== false : Number(value.item());
  if (typeof value === 'bigint') value = Number(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    const asBool = typeof value === 'boolean' && rule !== 'any' && opts.as !== 'float' && opts.as !== 'int';
    if (opts.as === 'bool' && typeof value === 'number' && value !== 0 && value !== 1) return null;
    if (asBool || opts.as === 'bool') return make('bool', 'scalar', value ? '1' : '0', decimals, 'a boolean');
    return make('number', 'scalar', floatText(np.round(Number(value), decimals) as number, decimals), decimals, 'a number');
  }
  if (typeof value === 'string') return make('str', 'scalar', JSON.stringify(value), decimals, 'a string');
  if (value === null || value === undefined) return make('none', 'none', '', decimals, String(value));
  if (Array.isArray(value)) {
    const strings = value.length ? stringArray(value) : null;
    if (strings) return make('str', strings.shape.join(','), strings.flat.map((s) => JSON.stringify(s)).join(','), decimals, `a list of strings of shape ${shapeRepr(strings.shape)}`);
    try {
      value = np.asarray(value as never);
    } catch {
      return make('object', 'list', JSON.stringify(value), decimals, 'a list');
    }
  }
  if (value instanceof NDArray) {
    const a = value;
    const own = kindOfDtype(a.dtype);
    const kind = opts.as ?? (rule === 'any' ? 'number' : own);
    const label = rule === 'exact' && !opts.as ? a.dtype : kind;
    const body = valuesText(a, kind === 'number' ? 'float' : kind, decimals);
    if (body === null) return null;
    return make(label, a.shape.join(','), body, decimals, `${a.dtype.startsWith('int') ? 'an' : 'a'} ${a.dtype} array of shape ${shapeRepr(a.shape)}`);
  }
  if (value instanceof Map || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)) {
    const entries = value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v] as const) : Object.entries(value as object);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const body = entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v, { decimals, dtype: rule })!.text.replace(/\n/g, '\\n')}`).join(',');
    return make('dict', `dict(${entries.length})`, body, decimals, `a ${value instanceof Map ? 'Map' : 'object'} with ${entries.length} key${entries.length === 1 ? '' : 's'}`);
  }
  return make('object', typeof value, String(value), decimals, `a ${typeof value}`);
}
