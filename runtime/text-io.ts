/**
 * Text files: NumPy's `np.loadtxt` and `np.genfromtxt` (numeric dtypes).
 *
 * Where the text comes from (the first argument of both):
 * - a string **containing a line break** is the file's contents, and so is an array of
 *   strings (one per line, as NumPy accepts a list of lines): read synchronously;
 * - bytes (ArrayBuffer, Uint8Array, any typed array or DataView) are UTF-8 contents:
 *   read synchronously;
 * - a string **without a line break** is a URL when it has a scheme (`https://`, `blob:`,
 *   `data:`), starts with `/`, `./` or `../`, or ends with a file extension (`.csv`,
 *   `.txt`, `.tsv`, `.dat`...) and is not just numbers; read with `fetch`, so the call
 *   returns a Promise. Any other single-line string (`'1 2 3'`, `'1.e5,2'`) is contents,
 *   read synchronously;
 * - a URL object, Blob, File (dropped on the page, or from a file dialog) or Response:
 *   a Promise.
 *
 * `await` works on every source, so `await np.loadtxt(x)` is always right.
 *
 * Errors are NumPy's ValueErrors with NumPy's wording; when the source has a name (a
 * URL's file name, a File's name) the message starts with it and the line of the file:
 * `data.csv, line 3: could not convert string 'abc' to float64 at row 1, column 2.`
 * (NumPy's "row" counts data rows from 0, its "column" from 1.)
 */
import { NDArray } from './ndarray';
import { type DType, type DTypeLike, toDType } from './dtype';
import { allocate } from './allocate';
import { transpose } from './views';
import { ValueError, NumpyTypeError, NotImplementedError } from './errors';
import { type BlobLike, bytesOf, isBlobLike, pyStr, readBytes, sourceName } from './source';

// ---------------------------------------------------------------------------------------
// sources (module-private: every export of this file becomes np.<name>)
// ---------------------------------------------------------------------------------------

/** What loadtxt/genfromtxt read: see the module comment. */
type TextSource = string | readonly string[] | URL | ArrayBuffer | ArrayBufferView | BlobLike;
/** Sources read synchronously. */
type SyncSource = readonly string[] | ArrayBuffer | ArrayBufferView;
/** A literal with a line break is contents (sync); another string may be a URL. */
type ForString<S extends string, T> = S extends `${string}\n${string}` ? T : T | Promise<T>;

interface Text {
  lines: string[];
  name: string | null;
}

const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;
const INT_RE = /^[+-]?\d+$/;

/** True when a one-line string names a file to fetch rather than holding the data. */
function isUrlLike(s: string): boolean {
  if (/[\r\n]/.test(s)) return false;
  const t = s.trim();
  if (t.split(/[\s,;]+/).every((f) => FLOAT_RE.test(f))) return false; // '1.e5', '1,2,nan': numbers
  return (
    /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(t) ||
    /^(blob|data):/i.test(t) ||
    /^\.{0,2}\//.test(t) ||
    /\.[A-Za-z][A-Za-z0-9]{0,7}(?:[?#][^\s]*)?$/.test(t)
  );
}

function splitLines(text: string): string[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte order mark (Excel writes one)
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function decodeText(bytes: Uint8Array, name: string | null): string {
  const who = name ?? 'input';
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ValueError(`${who}: not a text file (a NUL byte at offset ${nul}; is it binary, e.g. .npy or .wav?)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValueError(`${who}: not UTF-8 text`);
  }
}

function syncText(src: unknown, fn: string): Text | null {
  if (typeof src === 'string') return isUrlLike(src) ? null : { lines: splitLines(src), name: null };
  if (Array.isArray(src)) {
    if (!src.every((l) => typeof l === 'string')) throw new NumpyTypeError(`${fn}: a list of lines must hold strings`);
    return { lines: src.flatMap((l: string) => splitLines(l)), name: null };
  }
  if (src instanceof ArrayBuffer || ArrayBuffer.isView(src)) return { lines: splitLines(decodeText(bytesOf(src), null)), name: null };
  if (src instanceof URL || isBlobLike(src)) return null;
  throw new NumpyTypeError(
    `${fn}: fname must be a string (contents or a URL), a list of lines, bytes, a URL, or a File/Blob/Response, not ${src === null ? 'null' : typeof src}`,
  );
}

async function asyncText(src: string | URL | BlobLike): Promise<Text> {
  const { bytes, name } = await readBytes(src);
  return { lines: splitLines(decodeText(bytes, name ?? sourceName(src))), name };
}

/** Runs `parse` on the source's lines, synchronously when it can. */
function withText<T>(src: unknown, fn: string, parse: (t: Text) => T): T | Promise<T> {
  const t = syncText(src, fn);
  if (t) return parse(t);
  return asyncText(src as string | URL | BlobLike).then(parse);
}

// ---------------------------------------------------------------------------------------
// fields and values
// ---------------------------------------------------------------------------------------


const INT_RANGE: Partial<Record<DType, [number, number]>> = {
  int8: [-128, 127], int16: [-32768, 32767], int32: [-(2 ** 31), 2 ** 31 - 1], int64: [-(2 ** 63), 2 ** 63],
  uint8: [0, 255], uint16: [0, 65535], uint32: [0, 2 ** 32 - 1], uint64: [0, 2 ** 64],
};

/** A field as a number of `dtype`, or undefined when it does not parse (NumPy's parser). */
function parseValue(field: string, dtype: DType): number | undefined {
  const s = field.trim();
  if (dtype === 'float64' || dtype === 'float32') {
    if (!FLOAT_RE.test(s)) return undefined;
    const l = s.toLowerCase().replace(/^\+/, '');
    const v = l.endsWith('nan') ? NaN : l.includes('inf') ? (l.startsWith('-') ? -Infinity : Infinity) : Number(s);
    return dtype === 'float32' ? Math.fround(v) : v;
  }
  if (!INT_RE.test(s)) return undefined;
  const v = Number(s);
  if (dtype === 'bool') return v !== 0 ? 1 : 0;
  const [lo, hi] = INT_RANGE[dtype]!;
  return v < lo || v > hi ? undefined : v;
}

function commentList(comments: string | readonly string[] | null | undefined): string[] {
  if (comments === null) return [];
  if (comments === undefined) return ['#'];
  const list = typeof comments === 'string' ? [comments] : [...comments];
  return list.filter((c) => c.length > 0);
}

function stripComment(line: string, comments: string[]): string {
  let cut = line.length;
  for (const c of comments) {
    const k = line.indexOf(c);
    if (k >= 0 && k < cut) cut = k;
  }
  return cut < line.length ? line.slice(0, cut) : line;
}

function numericDType(d: DTypeLike | undefined, fn: string): DType {
  const dt = toDType(d ?? 'float64');
  if (dt === ('complex128' as DType) || dt === ('complex64' as DType)) throw new NotImplementedError(`${fn}: complex dtypes are not supported`);
  return dt;
}

/** NumPy's _ensure_ndmin_ndarray, on the shape of C-contiguous data: squeeze, then pad. */
function ndminShape(shape: number[], ndmin: number): number[] {
  let s = shape;
  if (s.length > ndmin) s = s.filter((n) => n !== 1);
  if (s.length < ndmin) {
    if (ndmin === 1) s = [1];
    else if (ndmin === 2) s = s.length === 0 ? [1, 1] : [s[0], 1]; // atleast_2d(a).T
  }
  return s;
}

function checkNdmin(ndmin: number | undefined): number {
  const n = ndmin ?? 0;
  if (n !== 0 && n !== 1 && n !== 2) throw new ValueError(`Illegal value of ndmin keyword: ${n}`);
  return n;
}

function warn(message: string): void {
  (globalThis as { console?: { warn(m: string): void } }).console?.warn(`UserWarning: ${message}`);
}

/** `name, line 3: message` when the source has a name, NumPy's bare message otherwise. */
function where(t: Text, line: number | null, message: string): string {
  if (t.name === null) return message;
  return line === null ? `${t.name}: ${message}` : `${t.name}, line ${line}: ${message}`;
}

function usecolsList(usecols: number | readonly number[] | null | undefined): number[] | null {
  if (usecols === null || usecols === undefined) return null;
  const list = typeof usecols === 'number' ? [usecols] : [...usecols];
  for (const c of list) {
    if (typeof c !== 'number' || !Number.isInteger(c)) throw new NumpyTypeError('usecols must be an int or a sequence of ints');
  }
  return list;
}

// ---------------------------------------------------------------------------------------
// loadtxt
// ---------------------------------------------------------------------------------------

/** Options of np.loadtxt (NumPy's keyword arguments). */
export interface LoadtxtOptions {
  /** Element type (default float64): a float, int, uint or bool dtype. */
  dtype?: DTypeLike;
  /** Comment marker(s); text from one to the end of its line is ignored (default '#'; null: none). */
  comments?: string | readonly string[] | null;
  /** Field separator (default: any run of whitespace). */
  delimiter?: string | null;
  /** Lines to skip at the start, comment lines included (default 0). */
  skiprows?: number;
  /** Columns to read, 0-based, negative from the end (default all). */
  usecols?: number | readonly number[] | null;
  /** Return the transpose, so `const [x, y] = np.loadtxt(...)` unpacks columns. */
  unpack?: boolean;
  /** Minimum number of dimensions of the result: 0 (squeeze), 1 or 2. */
  ndmin?: number;
  /** Read at most this many data rows (after skiprows; blank and comment lines do not count). */
  max_rows?: number | null;
  /** Accepted for NumPy compatibility: input is always UTF-8. */
  encoding?: string | null;
}

function parseLoadtxt(t: Text, o: LoadtxtOptions): NDArray {
  const dtype = numericDType(o.dtype, 'loadtxt');
  const ndmin = checkNdmin(o.ndmin);
  const comments = commentList(o.comments);
  const delimiter = o.delimiter ?? null;
  if (delimiter !== null && (typeof delimiter !== 'string' || delimiter.length === 0)) {
    throw new NumpyTypeError('Text reading control character must be a single unicode character or None');
  }
  const skiprows = o.skiprows ?? 0;
  if (!Number.isInteger(skiprows) || skiprows < 0) throw new ValueError('skiprows must be a non-negative integer');
  const maxRows = o.max_rows ?? -1;
  if (maxRows === 0) warn(`loadtxt: input contained no data: "${t.name ?? '<string>'}"`);
  const usecolsIn = usecolsList(o.usecols);

  const values: number[] = [];
  let ncols = -1; // columns of the first data row (the file's)
  let cols: number[] | null = null; // resolved column indices to keep (null: all)
  let row = 0;
  for (let i = skiprows; i < t.lines.length && row !== maxRows; i++) {
    const line = stripComment(t.lines[i], comments);
    let fields: string[];
    if (delimiter === null) {
      const s = line.trim();
      if (s === '') continue;
      fields = s.split(/\s+/);
    } else {
      if (line === '') continue;
      fields = line.split(delimiter);
    }
    if (usecolsIn) {
      cols = usecolsIn.map((c) => {
        const k = c < 0 ? c + fields.length : c;
        if (k < 0 || k >= fields.length) throw new ValueError(where(t, i + 1, `invalid column index ${c} at row ${row + 1} with ${fields.length} columns`));
        return k;
      });
    } else if (ncols === -1) {
      ncols = fields.length;
    } else if (fields.length !== ncols) {
      throw new ValueError(
        where(t, i + 1, `the number of columns changed from ${ncols} to ${fields.length} at row ${row + 1}; use \`usecols\` to select a subset and avoid this error`),
      );
    }
    const take = cols ?? fields.map((_, k) => k);
    for (const k of take) {
      const v = parseValue(fields[k], dtype);
      if (v === undefined) throw new ValueError(where(t, i + 1, `could not convert string ${pyStr(fields[k])} to ${dtype} at row ${row}, column ${k + 1}.`));
      values.push(v);
    }
    row++;
  }
  const width = usecolsIn ? usecolsIn.length : row === 0 ? 1 : ncols;
  if (row === 0 && maxRows !== 0) warn(`loadtxt: input contained no data: "${t.name ?? '<string>'}"`);
  const data = allocate(dtype, values.length, [row, width]);
  for (let k = 0; k < values.length; k++) data[k] = values[k];
  const arr = new NDArray(data, dtype, ndminShape([row, width], ndmin));
  return o.unpack ? transpose(arr) : arr;
}

/**
 * Loads numbers from a text file, as NumPy's `np.loadtxt`: one row per line, fields split
 * on whitespace or `delimiter`, float64 unless `dtype` says otherwise; the result is
 * squeezed (one column or one row gives a 1-d array) unless `ndmin` asks for more.
 * A string with a line break, a list of lines, or bytes are read synchronously; a URL, a
 * File/Blob or a Response give a Promise (see the module comment for which strings are
 * URLs). Errors are NumPy's, prefixed with the file's name and line when there is one.
 *
 * @example
 * np.loadtxt('1 2\n3 4\n')                                   // array([[1., 2.], [3., 4.]])
 * await np.loadtxt('data/planets.csv', {delimiter: ',', skiprows: 1, usecols: [1, 2]})
 * const [x, y] = np.loadtxt('1,2\n3,4\n', {delimiter: ',', unpack: true})
 */
export function loadtxt(fname: SyncSource, opts?: LoadtxtOptions): NDArray;
export function loadtxt(fname: URL | BlobLike, opts?: LoadtxtOptions): Promise<NDArray>;
export function loadtxt<S extends string>(fname: S, opts?: LoadtxtOptions): ForString<S, NDArray>;
export function loadtxt(fname: TextSource, opts?: LoadtxtOptions): NDArray | Promise<NDArray>;
export function loadtxt(fname: TextSource, opts: LoadtxtOptions = {}): NDArray | Promise<NDArray> {
  return withText(fname, 'loadtxt', (t) => parseLoadtxt(t, opts ?? {}));
}

// ---------------------------------------------------------------------------------------
// genfromtxt
// ---------------------------------------------------------------------------------------

/** Options of np.genfromtxt (NumPy's keyword arguments; numeric dtypes only). */
export interface GenfromtxtOptions {
  /**
   * Element type (default float64). `null` infers it from the data: int64 when every
   * value is an integer, else float64 (NumPy would build a structured array when the
   * columns differ; here they share the wider type).
   */
  dtype?: DTypeLike | null;
  /** Comment marker (default '#'; null: none). */
  comments?: string | null;
  /** Field separator (default: any run of whitespace). */
  delimiter?: string | null;
  /** Lines to skip at the start (default 0). */
  skip_header?: number;
  /** Data rows to drop at the end (default 0). */
  skip_footer?: number;
  /**
   * `true`: the first line (after skip_header, optionally after a comment marker) holds
   * the column names; a string (`'a,b,c'`) or list gives them. Either way the result is
   * `{data, names, columns}` rather than NumPy's structured array (see genfromtxt).
   */
  names?: boolean | string | readonly string[] | null;
  /** Strings that mean "missing" (always also the empty field): one, or a list. */
  missing_values?: string | readonly string[] | null;
  /** What missing (and unparseable) values become: one value, or one per column (default nan; -1 for ints, false for bool). */
  filling_values?: number | boolean | readonly (number | boolean)[] | null;
  /** Columns to read: indices (negative from the end), or names when `names` are known. */
  usecols?: number | string | readonly (number | string)[] | null;
  /** Raise on a line with the wrong number of columns (default true); false skips it with a warning. */
  invalid_raise?: boolean;
  /** Read at most this many data rows. */
  max_rows?: number | null;
  /** Minimum number of dimensions of the result (0, 1 or 2). */
  ndmin?: number;
  /** Return the transpose (not with names). */
  unpack?: boolean;
  /** Characters removed from names (NumPy's default set). */
  deletechars?: string;
  /** What spaces in names become (default '_'). */
  replace_space?: string;
  /** Default names of unnamed columns, %i the column number (default 'f%i'). */
  defaultfmt?: string;
  /** true (default), 'upper' or 'lower'. */
  case_sensitive?: boolean | 'upper' | 'lower';
  /** Accepted for NumPy compatibility: input is always UTF-8. */
  encoding?: string | null;
}

/** A table read with names: NumPy returns a structured array, which np does not have. */
export interface TextTable {
  /** The values, rows x columns (2-d even for one row or one column). */
  data: NDArray;
  /** The column names, as NumPy's `arr.dtype.names`. */
  names: string[];
  /** Each column by name, a 1-d view of `data`: NumPy's `arr['name']`. */
  columns: Record<string, NDArray>;
}

const DELETECHARS = "~!@#$%^&*()-=+~\\|]}[{';: /?.>,<";
const EXCLUDED = new Set(['return', 'file', 'print']);

/** NumPy's NameValidator. */
function validateNames(raw: string[], o: GenfromtxtOptions): string[] {
  const del = new Set(o.deletechars ?? DELETECHARS);
  del.add('"');
  const rep = o.replace_space ?? '_';
  const fmt = o.defaultfmt ?? 'f%i';
  const cs = o.case_sensitive ?? true;
  const seen = new Map<string, number>();
  let nb = 0;
  return raw.map((n) => {
    let s = n.trim().replace(/ /g, rep);
    s = [...s].filter((c) => !del.has(c)).join('');
    if (cs === 'upper' || cs === false) s = s.toUpperCase();
    else if (cs === 'lower') s = s.toLowerCase();
    if (s === '') {
      s = fmt.replace('%i', String(nb));
      while (raw.includes(s)) s = fmt.replace('%i', String(++nb));
      nb++;
    } else if (EXCLUDED.has(s)) {
      s += '_';
    }
    const c = seen.get(s) ?? 0;
    seen.set(s, c + 1);
    return c > 0 ? `${s}_${c}` : s;
  });
}

function splitGen(line: string, delimiter: string | null, comments: string | null): string[] {
  let s = comments ? line.split(comments)[0] : line;
  s = s.replace(/^[ \r\n]+|[ \r\n]+$/g, '');
  if (s === '') return [];
  return delimiter === null ? s.trim().split(/\s+/).filter(Boolean) : s.split(delimiter);
}

function parseGenfromtxt(t: Text, o: GenfromtxtOptions): NDArray | TextTable {
  const ndmin = checkNdmin(o.ndmin);
  const comments = o.comments === undefined ? '#' : o.comments || null;
  const delimiter = o.delimiter ?? null;
  const skipHeader = o.skip_header ?? 0;
  const skipFooter = o.skip_footer ?? 0;
  const maxRows = o.max_rows ?? -1;
  const namesOpt = o.names ?? null;
  let i = skipHeader;

  // The first line with values sets the number of columns (and holds the names for names: true).
  let first: string[] = [];
  let firstLine = -1;
  for (; i < t.lines.length; i++) {
    let line = t.lines[i];
    if (namesOpt === true && comments !== null && line.includes(comments)) line = line.split(comments).slice(1).join('');
    first = splitGen(line, delimiter, namesOpt === true ? null : comments);
    if (first.length) {
      firstLine = i;
      break;
    }
  }
  if (firstLine < 0) {
    warn(`genfromtxt: Empty input file: "${t.name ?? '<string>'}"`);
    first = [];
  }
  let names: string[] | null = null;
  if (namesOpt === true) {
    names = validateNames(first, o);
    i = firstLine + 1;
  } else {
    i = firstLine < 0 ? t.lines.length : firstLine;
    if (typeof namesOpt === 'string') names = validateNames(namesOpt.split(','), o);
    else if (Array.isArray(namesOpt)) names = validateNames([...namesOpt] as string[], o);
  }
  let nbcols = namesOpt === true ? first.length : firstLine < 0 ? 0 : first.length;

  // usecols: indices, or names.
  let usecols: number[] | null = null;
  if (o.usecols !== null && o.usecols !== undefined) {
    const list = typeof o.usecols === 'number' || typeof o.usecols === 'string' ? [o.usecols] : [...o.usecols];
    usecols = list.map((c) => {
      if (typeof c === 'string') {
        const k = names ? names.indexOf(c) : -1;
        if (k < 0) throw new ValueError(where(t, null, `usecols: no column named ${pyStr(c)}${names ? ` (the names are ${names.map(pyStr).join(', ')})` : ''}`));
        return k;
      }
      if (!Number.isInteger(c)) throw new NumpyTypeError('usecols must be ints or names');
      return c < 0 ? c + nbcols : c;
    });
    if (names && names.length === nbcols) names = usecols.map((k) => names![k]);
    nbcols = usecols.length;
  } else if (names && namesOpt !== true && names.length !== nbcols && firstLine >= 0) {
    throw new ValueError(`could not assign tuple of length ${nbcols} to structure with ${names.length} fields.`);
  }

  // The rows, as strings; lines with the wrong number of columns are invalid.
  const rows: { fields: string[]; line: number }[] = [];
  const invalid: [number, number][] = [];
  for (; i < t.lines.length && rows.length !== maxRows; i++) {
    let fields = splitGen(t.lines[i], delimiter, comments);
    if (fields.length === 0) continue;
    if (usecols) {
      const n = fields.length;
      if (usecols.some((k) => k < 0 || k >= n)) {
        invalid.push([i + 1, n]);
        continue;
      }
      fields = usecols.map((k) => fields[k]);
    } else if (fields.length !== nbcols) {
      invalid.push([i + 1, fields.length]);
      continue;
    }
    rows.push({ fields, line: i + 1 });
  }
  if (skipFooter > 0) rows.splice(Math.max(0, rows.length - skipFooter));
  if (invalid.length) {
    const msg = `Some errors were detected !\n${invalid.map(([l, n]) => `    Line #${l} (got ${n} columns instead of ${nbcols})`).join('\n')}`;
    if (o.invalid_raise ?? true) throw new ValueError(t.name ? `${t.name}: ${msg}` : msg);
    warn(msg);
  }

  // The dtype, and the values.
  const missing = new Set(['', ...(o.missing_values === null || o.missing_values === undefined ? [] : typeof o.missing_values === 'string' ? o.missing_values.split(',') : o.missing_values)].map((s) => s.trim()));
  let dtype: DType;
  if (o.dtype === null) {
    const all = rows.flatMap((r) => r.fields.map((f) => f.trim())).filter((f) => !missing.has(f));
    if (all.every((f) => INT_RE.test(f))) dtype = 'int64';
    else if (all.every((f) => FLOAT_RE.test(f))) dtype = 'float64';
    else {
      const bad = all.find((f) => !FLOAT_RE.test(f))!;
      throw new NotImplementedError(where(t, null, `genfromtxt(dtype=null): a column holds text (${pyStr(bad)}), which would need a structured or string dtype; np has numeric dtypes only: pass usecols to pick the numeric columns`));
    }
  } else {
    dtype = numericDType(o.dtype, 'genfromtxt');
  }
  const isFloat = dtype === 'float64' || dtype === 'float32';
  const defaultFill = isFloat ? NaN : dtype === 'bool' ? 0 : -1;
  const fill = (col: number): number => {
    const f = o.filling_values;
    const v = f === null || f === undefined ? defaultFill : Array.isArray(f) ? (f[col] ?? defaultFill) : (f as number | boolean);
    return typeof v === 'boolean' ? (v ? 1 : 0) : Number(v);
  };
  const n = rows.length;
  const data = allocate(dtype, n * nbcols, [n, nbcols]);
  for (let r = 0; r < n; r++) {
    const fields = rows[r].fields;
    for (let c = 0; c < nbcols; c++) {
      const s = fields[c].trim();
      let v: number | undefined;
      if (missing.has(s)) v = fill(c);
      else if (dtype === 'bool') v = /^true$/i.test(s) ? 1 : /^false$/i.test(s) ? 0 : fill(c);
      else v = parseValue(s, dtype) ?? fill(c); // NumPy's loose=True: what does not parse is filled
      data[r * nbcols + c] = v;
    }
  }
  if (names) {
    const table = new NDArray(data, dtype, [n, nbcols]);
    const columns: Record<string, NDArray> = {};
    names.forEach((nm, k) => (columns[nm] = table.get(`:, ${k}`) as NDArray));
    return { data: table, names, columns };
  }
  const arr = new NDArray(data, dtype, ndminShape([n, firstLine < 0 ? 0 : nbcols], ndmin));
  return o.unpack ? transpose(arr) : arr;
}

type WithNames = GenfromtxtOptions & { names: true | string | readonly string[] };

/**
 * Loads a table of numbers from a text file, as NumPy's `np.genfromtxt`: like loadtxt,
 * but missing fields (empty, or in `missing_values`) and unparseable ones become
 * `filling_values` (nan by default), and `names: true` reads column names from the
 * header line. Deviation: np has no structured dtypes, so with `names` the result is
 * `{data, names, columns}`: `data` a 2-d array (rows x columns, float64 by default),
 * `names` NumPy's `arr.dtype.names`, `columns.x` NumPy's `arr['x']`. Sources as loadtxt:
 * text and bytes synchronously, a URL/File/Blob as a Promise.
 *
 * @example
 * np.genfromtxt('1,2,3\n4,,6\n', {delimiter: ','})            // array([[ 1.,  2.,  3.], [ 4., nan,  6.]])
 * const t = await np.genfromtxt('data/planets.csv', {delimiter: ',', names: true})
 * t.names            // ['planet', 'distance_au', ...]
 * t.columns.moons    // the 'moons' column, as NumPy's arr['moons']
 */
export function genfromtxt(fname: SyncSource, opts: WithNames): TextTable;
export function genfromtxt(fname: SyncSource, opts?: GenfromtxtOptions): NDArray;
export function genfromtxt(fname: URL | BlobLike, opts: WithNames): Promise<TextTable>;
export function genfromtxt(fname: URL | BlobLike, opts?: GenfromtxtOptions): Promise<NDArray>;
export function genfromtxt<S extends string>(fname: S, opts: WithNames): ForString<S, TextTable>;
export function genfromtxt<S extends string>(fname: S, opts?: GenfromtxtOptions): ForString<S, NDArray>;
export function genfromtxt(fname: TextSource, opts?: GenfromtxtOptions): NDArray | TextTable | Promise<NDArray | TextTable>;
export function genfromtxt(fname: TextSource, opts: GenfromtxtOptions = {}): NDArray | TextTable | Promise<NDArray | TextTable> {
  return withText(fname, 'genfromtxt', (t) => parseGenfromtxt(t, opts ?? {}));
}
