/**
 * The text of `np.testing` failures: NumPy's `build_err_msg` (numpy/testing/_private/utils.py)
 * and the Python spellings it relies on (`repr()` of the values, `'%g'` numbers).
 *
 * JavaScript has one number type, so a JS number prints as the Python value it would be in
 * NumPy's hands: an integral number as an `int` (`3`), any other as a `float` (`3.5`, `nan`,
 * `inf`, `1e-05`); `-0` is a float (`-0.0`), as only float arithmetic makes it.
 */
import { NDArray } from '../ndarray';
import { arrayRepr, formatG, pyFloatRepr } from '../format';
import { pyTypeName } from '../validate';

/** Python's `len()` of a string: code points, not UTF-16 units. */
function pylen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Python's `str(int)` of an integral JS number (exact beyond 2^53 as the double's value). */
function pyIntRepr(v: number): string {
  return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
}

/** Python's `repr()` of a `str`: single quotes unless only double quotes avoid escaping. */
function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** A JS number as the Python value it stands for: `int` when integral (not -0), else `float`. */
export function pyNumberRepr(v: number): string {
  return Number.isInteger(v) && !Object.is(v, -0) ? pyIntRepr(v) : pyFloatRepr(v);
}

/**
 * Python's `repr()` of a JS value playing a Python one: numbers (see {@link pyNumberRepr}),
 * booleans `True`/`False`, `null`/`undefined` `None`, strings quoted, arrays as lists,
 * plain objects as dicts, NDArrays as `np.array_repr`.
 */
export function pyRepr(v: unknown): string {
  if (v instanceof NDArray) return arrayRepr(v);
  if (typeof v === 'number') return pyNumberRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return pyStrRepr(v);
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return `[${Array.from(v as ArrayLike<unknown>, pyRepr).join(', ')}]`;
  if (typeof v === 'function') return `<function ${v.name || '<lambda>'}>`;
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  }
  return String(v);
}

/** Python's `str()` of an `err_msg` argument. */
export function pyStr(v: unknown): string {
  return typeof v === 'string' ? v : pyRepr(v);
}

/** Python's `repr(type(v))`, e.g. `<class 'int'>`. */
export function pyTypeRepr(v: unknown): string {
  return `<class '${pyTypeName(v)}'>`;
}

/** Python's `format(v, '.{p}g')` (and `'%g'` with p = 6). */
export function pyFormatG(v: number, p = 6): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  return formatG(v, p);
}

/** Python's `'%d' % v`. */
export function pyPercentD(v: number): string {
  return pyIntRepr(Math.trunc(v));
}

/** Options of {@link buildErrMsg} (NumPy's keyword names). */
export interface BuildErrMsgOptions {
  header?: string;
  verbose?: boolean;
  names?: readonly string[];
  precision?: number;
  /** How a value that is not an ndarray prints (default Python's `repr`). */
  repr?: (v: unknown) => string;
}

/**
 * NumPy's `build_err_msg`: the header line (with `err_msg` on it when that is one short
 * line, else on the next), then ` ACTUAL: <repr>` and ` DESIRED: <repr>` when verbose.
 * ndarrays print with `np.array_repr(a, precision=precision)`, cut to three lines and
 * `...` when longer.
 *
 * @param arrays - the values to show, in the order of `names`.
 * @param errMsg - the caller's message (already with any remarks appended).
 * @param opts - `header` (default 'Items are not equal:'), `verbose` (default true),
 *   `names` (default ACTUAL, DESIRED), `precision` (default 8).
 * @returns The message, starting with a newline as NumPy's does.
 *
 * @example
 * >>> buildErrMsg([3, 4], '')
 * '\nItems are not equal:\n ACTUAL: 3\n DESIRED: 4'
 */
export function buildErrMsg(arrays: readonly unknown[], errMsg: string, opts: BuildErrMsgOptions = {}): string {
  const header = opts.header ?? 'Items are not equal:';
  const names = opts.names ?? ['ACTUAL', 'DESIRED'];
  const precision = opts.precision ?? 8;
  const repr = opts.repr ?? pyRepr;
  const msg = ['\n' + header];
  if (errMsg) {
    if (!errMsg.includes('\n') && pylen(errMsg) < 79 - pylen(header)) msg[0] += ' ' + errMsg;
    else msg.push(errMsg);
  }
  if (opts.verbose ?? true) {
    arrays.forEach((a, i) => {
      let r = a instanceof NDArray ? arrayRepr(a, { precision }) : repr(a);
      const lines = r.split('\n');
      if (lines.length - 1 > 3) r = lines.slice(0, 3).join('\n') + '...';
      msg.push(` ${names[i]}: ${r}`);
    });
  }
  return msg.join('\n');
}
