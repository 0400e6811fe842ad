/**
 * arrayprint.py's _formatArray and friends: nesting, line wrapping, summarisation and the
 * `array(...)` wrapper, giving `arrayStr` / `arrayRepr` / `array2string` byte for byte.
 */
import type { DType } from '../dtype';
import { currentPrintOptions, makeOptionsDict, type FloatMode, type Formatter, type InternalPrintOptions, type SignMode } from '../printoptions';
import { Printable } from './printable';
import { intToString, pyFloatRepr, floatScalarStr, formatScalar } from './scalars';
import { FormatFunction, FloatingFormat, pylen, FormatterFn, getFormatFunction } from './element-formats';


export function cStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Python's slice `[start:stop]` on a length-n axis, as a list of indices. */
export function sliceIndices(n: number, start: number | null, stop: number | null): number[] {
  const norm = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) return Math.max(0, v + n);
    return Math.min(v, n);
  };
  const a = norm(start, 0);
  const b = norm(stop, n);
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** `_leading_trailing`: the values of the N-d corners (edge items) of the array, in C order. */
export function leadingTrailing(a: Printable, edgeitems: number): number[] {
  const shape = a.shape;
  const strides = cStrides(shape);
  const perAxis = shape.map((n) => (n > 2 * edgeitems
    ? [...sliceIndices(n, null, edgeitems), ...sliceIndices(n, -edgeitems === 0 ? 0 : -edgeitems, null)]
    : sliceIndices(n, null, null)));
  const out: number[] = [];
  const rec = (axis: number, offset: number): void => {
    if (axis === shape.length) {
      out.push(a.flatGet(offset));
      return;
    }
    for (const i of perAxis[axis]) rec(axis + 1, offset + i * strides[axis]);
  };
  rec(0, 0);
  return out;
}

/** The line boundaries of Python's `str.splitlines()`. */
export const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's `str.splitlines()`. */
export function splitlines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function rstrip(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * The text laid out so far (`s`) and the line being filled (`line`), with the line's
 * length in code points kept alongside, so long lines (linewidth=Infinity) stay linear.
 */
export interface Layout {
  s: string;
  line: string;
  lineLen: number;
}

export function setLine(st: Layout, line: string): void {
  st.line = line;
  st.lineLen = pylen(line);
}

export function appendToLine(st: Layout, text: string): void {
  st.line += text;
  st.lineLen += pylen(text);
}

/** `_extendLine`. */
export function extendLine(st: Layout, word: string, lineWidth: number, nextLinePrefix: string, legacy: number): void {
  let needsWrap = st.lineLen + pylen(word) > lineWidth;
  if (legacy > 113) {
    // don't wrap lines if it won't help
    if (st.lineLen <= pylen(nextLinePrefix)) needsWrap = false;
  }
  if (needsWrap) {
    st.s += rstrip(st.line) + '\n';
    setLine(st, nextLinePrefix);
  }
  appendToLine(st, word);
}

/** `_extendLine_pretty`: extends the line with a possibly multi-line word. */
export function extendLinePretty(st: Layout, word: string, lineWidth: number, nextLinePrefix: string, legacy: number): void {
  if (!LINE_BREAK.test(word) || legacy <= 113) {
    extendLine(st, word, lineWidth, nextLinePrefix, legacy);
    return;
  }
  const words = splitlines(word);
  if (words.length <= 1) {
    extendLine(st, word, lineWidth, nextLinePrefix, legacy);
    return;
  }
  const maxWordLength = Math.max(...words.map(pylen));
  let indent: string;
  if (st.lineLen + maxWordLength > lineWidth && st.lineLen > pylen(nextLinePrefix)) {
    st.s += rstrip(st.line) + '\n';
    setLine(st, nextLinePrefix + words[0]);
    indent = nextLinePrefix;
  } else {
    indent = ' '.repeat(st.lineLen);
    appendToLine(st, words[0]);
  }
  for (const w of words.slice(1)) {
    st.s += rstrip(st.line) + '\n';
    setLine(st, indent + w);
  }
  const suffixLength = maxWordLength - pylen(words[words.length - 1]);
  appendToLine(st, ' '.repeat(Math.max(0, suffixLength)));
}

/** `_formatArray`: the nested-bracket layout with wrapping and summarisation. */
export function formatArray(a: Printable, formatFunction: FormatFunction, lineWidth: number, nextLinePrefix: string,
  separator: string, edgeItems: number, summaryInsert: string, legacy: number): string {
  const shape = a.shape;
  const ndim = shape.length;
  const strides = cStrides(shape);
  const sepStripped = rstrip(separator);

  const recurser = (axis: number, offset: number, hangingIndent: string, currWidth: number): string => {
    const axesLeft = ndim - axis;
    if (axesLeft === 0) return formatFunction(a.flatGet(offset));

    // when recursing, add a space to align with the [ added, and reduce the length of the line by 1
    const nextHangingIndent = hangingIndent + ' ';
    const nextWidth = legacy <= 113 ? currWidth : currWidth - 1;

    const aLen = shape[axis];
    const stride = strides[axis];
    const showSummary = summaryInsert !== '' && 2 * edgeItems < aLen;
    const leadingItems = showSummary ? edgeItems : 0;
    const trailingItems = showSummary ? edgeItems : aLen;
    // the offset of a[index + (i,)]; negative i counts from the end, as in Python
    const at = (i: number): number => offset + (i < 0 ? i + aLen : i) * stride;

    let s = '';
    if (axesLeft === 1) {
      // the length up until the beginning of the separator / bracket
      let elemWidth = legacy <= 113 ? currWidth - pylen(sepStripped) : currWidth - Math.max(pylen(sepStripped), 1);
      const st: Layout = { s: '', line: '', lineLen: 0 };
      setLine(st, hangingIndent);
      for (let i = 0; i < leadingItems; i++) {
        const word = recurser(axis + 1, at(i), nextHangingIndent, nextWidth);
        extendLinePretty(st, word, elemWidth, hangingIndent, legacy);
        appendToLine(st, separator);
      }
      if (showSummary) {
        extendLine(st, summaryInsert, elemWidth, hangingIndent, legacy);
        appendToLine(st, legacy <= 113 ? ', ' : separator);
      }
      for (let i = trailingItems; i > 1; i--) {
        const word = recurser(axis + 1, at(-i), nextHangingIndent, nextWidth);
        extendLinePretty(st, word, elemWidth, hangingIndent, legacy);
        appendToLine(st, separator);
      }
      // width of the separator is not considered on 1.13
      if (legacy <= 113) elemWidth = currWidth;
      const word = recurser(axis + 1, at(-1), nextHangingIndent, nextWidth);
      extendLinePretty(st, word, elemWidth, hangingIndent, legacy);
      s = st.s + st.line;
    } else {
      // other axes - insert newlines between rows
      const lineSep = sepStripped + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leadingItems; i++) {
        const nested = recurser(axis + 1, at(i), nextHangingIndent, nextWidth);
        s += hangingIndent + nested + lineSep;
      }
      if (showSummary) {
        // legacy 1.13: trailing space, fixed number of newlines, and fixed separator
        if (legacy <= 113) s += hangingIndent + summaryInsert + ', \n';
        else s += hangingIndent + summaryInsert + lineSep;
      }
      for (let i = trailingItems; i > 1; i--) {
        const nested = recurser(axis + 1, at(-i), nextHangingIndent, nextWidth);
        s += hangingIndent + nested + lineSep;
      }
      const nested = recurser(axis + 1, at(-1), nextHangingIndent, nextWidth);
      s += hangingIndent + nested;
    }
    // remove the hanging indent, and wrap in []
    return '[' + s.slice(hangingIndent.length) + ']';
  };
  return recurser(0, 0, nextLinePrefix, lineWidth);
}

/**
 * arrayprint.py's ComplexFloatingFormat: a FloatingFormat for the real parts (the sign
 * option) and one for the imaginary parts (always signed), `j` before the padding.
 */
export function complexFormat(re: number[], im: number[], zeroD: boolean, single: boolean, o: InternalPrintOptions): (k: number) => string {
  const rf = new FloatingFormat({ values: re, zeroD }, single, o.precision, o.legacy <= 113 ? 'maxprec_equal' : o.floatmode,
    o.suppress, o.sign, o.legacy, o.nanstr, o.infstr).format;
  const jf = new FloatingFormat({ values: im, zeroD }, single, o.precision, o.legacy <= 113 ? 'maxprec' : o.floatmode,
    o.suppress, '+', o.legacy, o.nanstr, o.infstr).format;
  return (k) => {
    const i = jf(im[k]);
    const sp = i.trimEnd().length;
    return rf(re[k]) + i.slice(0, sp) + 'j' + i.slice(sp);
  };
}

/** How a `formatter` callback receives a complex element (complex.ts installs its Complex). */
export const complexElement = { make: (re: number, im: number): unknown => ({ re, im }) };

/** The `formatter` print option's callback for complex elements: complexfloat, complex_kind or all. */
export function complexUserFormatter(f: Formatter | null): FormatterFn | null {
  if (!f) return null;
  for (const k of ['complexfloat', 'complex_kind', 'all']) if (typeof f[k] === 'function') return f[k] as FormatterFn;
  return null;
}

/** array2stringImpl for complex arrays: the layout walks element indices, formatted by pair. */
export function complexArray2string(a: Printable, o: InternalPrintOptions, separator: string, prefix: string): string {
  const single = a.dtype === 'complex64';
  const r = single ? (x: number) => Math.fround(x) : (x: number) => x;
  const size = sizeOf(a.shape);
  const index: Printable = { dtype: a.dtype, shape: a.shape, flatGet: (i) => i };
  const summary = size > o.threshold;
  const idx = summary ? leadingTrailing(index, o.edgeitems) : Array.from({ length: size }, (_, i) => i);
  // Parts indexed by position in `idx`; the layout hands the formatter positions, not flat indices.
  const re = idx.map((i) => r(a.flatGet(i)));
  const im = idx.map((i) => r(a.flatGetImag!(i)));
  const pos = new Map<number, number>();
  idx.forEach((i, k) => pos.set(i, k));
  const user = complexUserFormatter(o.formatter);
  const fmt = user ? (k: number) => String(user(complexElement.make(re[k], im[k]))) : complexFormat(re, im, a.shape.length === 0, single, o);
  const nextLinePrefix = ' ' + ' '.repeat(pylen(prefix));
  return formatArray(index, (i) => fmt(pos.get(i)!), o.linewidth, nextLinePrefix, separator, o.edgeitems, summary ? '...' : '', o.legacy);
}

/** `str()` of a NumPy complex scalar: `(1+2j)`, `-1j`, parts as the float scalars print. */
export function complexScalarStr(re: number, im: number, single: boolean): string {
  const part = (v: number): string => {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
    const s = floatScalarStr(single ? Math.fround(v) : v, single, Number.POSITIVE_INFINITY);
    return s.endsWith('.0') ? s.slice(0, -2) : s;
  };
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const i = part(im);
  return `(${part(re)}${i.startsWith('-') ? '' : '+'}${i}j)`;
}

/** `_array2string`: summarise if needed, build the element formatter, lay out the text. */
export function array2stringImpl(a: Printable, o: InternalPrintOptions, separator: string, prefix: string): string {
  if (a.dtype === 'complex64' || a.dtype === 'complex128') return complexArray2string(a, o, separator, prefix);
  if (a.dtype === 'float32') {
    // float32 elements are printed as float32 even if handed over as unrounded doubles
    const src = a;
    a = { dtype: src.dtype, shape: src.shape, flatGet: (i) => Math.fround(src.flatGet(i)) };
  }
  const size = sizeOf(a.shape);
  let values: ArrayLike<number>;
  let summaryInsert: string;
  if (size > o.threshold) {
    summaryInsert = '...';
    values = leadingTrailing(a, o.edgeitems);
  } else {
    summaryInsert = '';
    const v = new Array<number>(size);
    for (let i = 0; i < size; i++) v[i] = a.flatGet(i);
    values = v;
  }
  const formatFunction = getFormatFunction({ values, zeroD: a.shape.length === 0 }, a.dtype, o);
  // skip over "[", and over "array("
  const nextLinePrefix = ' ' + ' '.repeat(pylen(prefix));
  // formatArray reads the elements again through flatGet; cache the ones already read
  const cached = summaryInsert === '' ? (values as number[]) : null;
  const view: Printable = cached ? { dtype: a.dtype, shape: a.shape, flatGet: (i) => cached[i] } : a;
  return formatArray(view, formatFunction, o.linewidth, nextLinePrefix, separator, o.edgeitems, summaryInsert, o.legacy);
}

/** Options of `array2string` (NumPy's keyword names). */
export interface Array2StringOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
  separator?: string;
  prefix?: string;
  suffix?: string;
  formatter?: Formatter | null;
  threshold?: number | null;
  edgeitems?: number | null;
  sign?: SignMode | null;
  floatmode?: FloatMode | null;
  legacy?: false | '1.13' | '1.21' | '1.25' | '2.1' | '2.2' | null;
}

/** Python's `repr(a.item())` for a 0-d array (legacy 1.13 mode). */
export function itemRepr(a: Printable): string {
  const v = a.flatGet(0);
  if (a.dtype === 'bool') return v ? 'True' : 'False';
  if (a.dtype === 'float64' || a.dtype === 'float32') return pyFloatRepr(v);
  if (a.dtype === 'complex64' || a.dtype === 'complex128') return complexScalarStr(v, a.flatGetImag!(0), false);
  return intToString(v);
}

/**
 * Return a string representation of an array (`np.array2string`).
 *
 * @param a - the array.
 * @param opts - `max_line_width`, `precision`, `suppress_small`, `separator` (default ' '),
 *   `prefix` and `suffix` (their lengths set the indent and the wrap column), `formatter`,
 *   `threshold`, `edgeitems`, `sign`, `floatmode`, `legacy`; unset ones come from the
 *   current print options.
 * @returns The text, without any `array(` prefix.
 *
 * @example
 * >>> np.array2string(np.array([1e-16, 1, 2, 3], {dtype: 'float64'}), {precision: 2, separator: ',', suppress_small: true})
 * '[0.,1.,2.,3.]'
 */
export function array2string(a: Printable, opts: Array2StringOptions = {}): string {
  const overrides = makeOptionsDict({
    precision: opts.precision, threshold: opts.threshold, edgeitems: opts.edgeitems,
    linewidth: opts.max_line_width, suppress: opts.suppress_small, sign: opts.sign,
    formatter: opts.formatter, floatmode: opts.floatmode, legacy: opts.legacy,
  });
  const o: InternalPrintOptions = { ...currentPrintOptions(), ...overrides };
  const separator = opts.separator ?? ' ';
  const prefix = opts.prefix ?? '';
  const suffix = opts.suffix ?? '';

  if (o.legacy <= 113 && a.shape.length === 0) return itemRepr(a);
  if (o.legacy > 113) o.linewidth -= pylen(suffix);
  // treat as a null array if any of shape elements == 0
  if (sizeOf(a.shape) === 0) return '[]';
  return array2stringImpl(a, o, separator, prefix);
}

/**
 * Python's `repr()` of a shape tuple, as NumPy prints shapes in messages and reprs.
 *
 * @param shape - the shape.
 * @returns `(3,)`, `(2, 3)` or `()`.
 *
 * @example
 * >>> shapeRepr([3])
 * '(3,)'
 * >>> shapeRepr([0, 3])
 * '(0, 3)'
 */
export function shapeRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}

export function dtypeIsImplied(dtype: DType, legacy: number): boolean {
  if (legacy <= 113 && dtype === 'bool') return false;
  return dtype === 'int64' || dtype === 'float64' || dtype === 'bool' || dtype === 'complex128';
}

/** Options of `arrayRepr` / `arrayStr` (NumPy's keyword names). */
export interface ArrayReprOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
}

/**
 * Return the string representation of an array (`np.array_repr`, Python's `repr(a)`).
 *
 * The dtype is named unless the values imply it (float64, int64, bool), and the shape is
 * named for empty multi-dimensional arrays and for summarised ones.
 *
 * @param a - the array.
 * @param opts - `max_line_width`, `precision`, `suppress_small`; unset ones come from the
 *   current print options.
 * @returns e.g. `array([1, 2])`.
 *
 * @example
 * >>> np.array_repr(np.array([1, 2]))
 * 'array([1, 2])'
 * >>> np.array_repr(np.array([], {dtype: 'int32'}))
 * 'array([], dtype=int32)'
 * >>> np.array_repr(np.array([1e-6, 4e-7, 2, 3]), {precision: 6, suppress_small: true})
 * 'array([0.000001,  0.      ,  2.      ,  3.      ])'
 */
export function arrayRepr(a: Printable, opts: ArrayReprOptions = {}): string {
  const o = currentPrintOptions();
  if (o.override_repr !== null) return o.override_repr(a);
  const maxLineWidth = opts.max_line_width ?? o.linewidth;
  const prefix = 'array(';
  const size = sizeOf(a.shape);
  let lst: string;
  if (o.legacy <= 113 && a.shape.length === 0) {
    lst = itemRepr(a);
  } else {
    lst = array2string(a, {
      max_line_width: maxLineWidth, precision: opts.precision, suppress_small: opts.suppress_small,
      separator: ', ', prefix, suffix: ')',
    });
  }
  // Add dtype and shape information if these cannot be inferred from the array string.
  const extras: string[] = [];
  const isShape0 = a.shape.length === 1 && a.shape[0] === 0;
  if ((size === 0 && !isShape0) || (o.legacy > 210 && size > o.threshold)) {
    extras.push(`shape=${shapeRepr(a.shape)}`);
  }
  if (!dtypeIsImplied(a.dtype, o.legacy) || size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return prefix + lst + ')';

  const arrStr = prefix + lst + ',';
  const extraStr = extras.join(', ') + ')';
  // put the extras on a new line if they would extend the last line past max_line_width
  const lastLineLen = pylen(arrStr) - pylen(arrStr.slice(0, arrStr.lastIndexOf('\n') + 1));
  let spacer = ' ';
  if (o.legacy <= 113) {
    // only flexible dtypes get a new line in 1.13 mode
  } else if (lastLineLen + pylen(extraStr) + 1 > maxLineWidth) {
    spacer = '\n' + ' '.repeat(prefix.length);
  }
  return arrStr + spacer + extraStr;
}

/**
 * Return a string representation of the data in an array (`np.array_str`, Python's
 * `str(a)`, `print(a)`).
 *
 * A 0-d array prints as its scalar does (`str(np.float64(1.0))` is `1.0`), unaffected by
 * the precision option.
 *
 * @param a - the array.
 * @param opts - `max_line_width`, `precision`, `suppress_small`; unset ones come from the
 *   current print options.
 * @returns e.g. `[0 1 2]`.
 *
 * @example
 * >>> np.array_str(np.arange(3))
 * '[0 1 2]'
 * >>> String(np.array([[0.5, 1.0], [1.5, 2.0]]))
 * '[[0.5 1. ]\n [1.5 2. ]]'
 */
export function arrayStr(a: Printable, opts: ArrayReprOptions = {}): string {
  const o = currentPrintOptions();
  if (o.legacy <= 113 && a.shape.length === 0) {
    const v = a.flatGet(0);
    if (a.dtype === 'bool') return v ? 'True' : 'False';
    if (a.dtype === 'float64' || a.dtype === 'float32') return pyFloatRepr(v);
    if (a.dtype === 'complex64' || a.dtype === 'complex128') return complexScalarStr(v, a.flatGetImag!(0), false);
    return intToString(v);
  }
  // the str of 0d arrays is a special case: it should appear like a scalar
  if (a.shape.length === 0 && (a.dtype === 'complex64' || a.dtype === 'complex128')) {
    return complexScalarStr(a.flatGet(0), a.flatGetImag!(0), a.dtype === 'complex64');
  }
  if (a.shape.length === 0) return formatScalar(a.flatGet(0), a.dtype);
  return array2string(a, {
    max_line_width: opts.max_line_width, precision: opts.precision, suppress_small: opts.suppress_small,
    separator: ' ', prefix: '',
  });
}
