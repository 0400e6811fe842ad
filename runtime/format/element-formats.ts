/**
 * arrayprint.py's element formatters (BoolFormat, IntegerFormat, FloatingFormat, the complex
 * one): each looks at every value once to choose widths, then formats one element.
 */
import type { DType } from '../dtype';
import { type FloatMode, type Formatter, type InternalPrintOptions, type SignMode } from '../printoptions';
import { TrimMode, dragon4Positional, dragon4Scientific } from './dragon4';
import { noneOrPositiveArg } from './format-float';
import { intToString } from './scalars';


export type FormatFunction = (x: number) => string;

/** The values the formatter sees: the whole array, or its edges when summarised. */
export interface FormatData {
  values: ArrayLike<number>;
  /** The shape of the data is `()` (0-d array). */
  zeroD: boolean;
}

export function boolFormat(data: FormatData): FormatFunction {
  const truestr = data.zeroD ? 'True' : ' True';
  return (x) => (x ? truestr : 'False');
}

export function integerFormat(data: FormatData, signOpt: SignMode): FormatFunction {
  let sign: SignMode = signOpt;
  let maxStrLen = 0;
  const n = data.values.length;
  if (n > 0) {
    let max = data.values[0];
    let min = data.values[0];
    for (let i = 1; i < n; i++) {
      const v = data.values[i];
      if (v > max) max = v;
      if (v < min) min = v;
    }
    let dataMaxStrLen = intToString(max).length;
    if (sign === ' ' && min < 0) sign = '-';
    if (max >= 0 && (sign === '+' || sign === ' ')) dataMaxStrLen += 1;
    maxStrLen = Math.max(dataMaxStrLen, intToString(min).length);
  }
  return (x) => {
    let s = intToString(x);
    if (x >= 0) {
      if (sign === '+') s = '+' + s;
      else if (sign === ' ') s = ' ' + s;
    }
    return s.length < maxStrLen ? ' '.repeat(maxStrLen - s.length) + s : s;
  };
}

/** `np.signbit` for a finite value. */
export function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** arrayprint.py's FloatingFormat. */
export class FloatingFormat {
  private readonly single: boolean;
  private readonly legacy: number;
  private readonly floatmode: FloatMode;
  private precision: number;
  private readonly suppressSmall: boolean;
  private readonly sign: SignMode;
  private readonly nanstr: string;
  private readonly infstr: string;
  private expFormat = false;
  private padLeft = 0;
  private padRight = 0;
  private trim: TrimMode = '.';
  private expSize = -1;
  private unique = true;
  private minDigits = -1;

  constructor(data: FormatData, single: boolean, precision: number, floatmode: FloatMode, suppressSmall: boolean,
    sign: SignMode, legacy: number, nanstr: string, infstr: string) {
    this.single = single;
    this.legacy = legacy;
    if (legacy <= 113 && !data.zeroD && sign === '-') sign = ' ';
    this.floatmode = floatmode;
    const prec = floatmode === 'unique' ? null : precision;
    this.precision = noneOrPositiveArg(prec, 'precision');
    this.suppressSmall = suppressSmall;
    this.sign = sign;
    this.nanstr = nanstr;
    this.infstr = infstr;
    this.fillFormat(data);
  }

  private fillFormat(data: FormatData): void {
    const single = this.single;
    const all = data.values;
    const finite: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const v = all[i];
      if (Number.isFinite(v)) finite.push(v);
    }

    // choose exponential mode based on the non-zero finite values
    let maxVal = -1;
    let minVal = Number.POSITIVE_INFINITY;
    let anyNonZero = false;
    for (const v of finite) {
      if (v !== 0) {
        const a = Math.abs(v);
        anyNonZero = true;
        if (a > maxVal) maxVal = a;
        if (a < minVal) minVal = a;
      }
    }
    if (anyNonZero) {
      // float32 data compares and divides in float32 (NEP 50: the Python floats are weak)
      const expCutoffMax = this.legacy <= 202 ? 1e8 : single ? 1e6 : 1e8;
      const smallCutoff = single ? Math.fround(0.0001) : 0.0001;
      const ratio = single ? Math.fround(maxVal / minVal) : maxVal / minVal;
      if (maxVal >= expCutoffMax || (!this.suppressSmall && (minVal < smallCutoff || ratio > 1000))) {
        this.expFormat = true;
      }
    }

    if (finite.length === 0) {
      this.padLeft = 0;
      this.padRight = 0;
      this.trim = '.';
      this.expSize = -1;
      this.unique = true;
      this.minDigits = -1;
    } else if (this.expFormat) {
      let trim: TrimMode = '.';
      let unique = true;
      if (this.floatmode === 'fixed' || this.legacy <= 113) {
        trim = 'k';
        unique = false;
      }
      let maxInt = 0;
      let maxFrac = 0;
      let maxExp = 0;
      for (const x of finite) {
        const s = dragon4Scientific(x, single, { precision: this.precision, unique, trim, sign: this.sign === '+' });
        const e = s.indexOf('e');
        const frac = e < 0 ? s : s.slice(0, e);
        const expStr = e < 0 ? '' : s.slice(e + 1);
        const dot = frac.indexOf('.');
        const intPart = dot < 0 ? frac : frac.slice(0, dot);
        const fracPart = dot < 0 ? '' : frac.slice(dot + 1);
        if (intPart.length > maxInt) maxInt = intPart.length;
        if (fracPart.length > maxFrac) maxFrac = fracPart.length;
        if (expStr.length > maxExp) maxExp = expStr.length;
      }
      this.expSize = maxExp - 1;
      this.trim = 'k';
      this.precision = maxFrac;
      this.minDigits = maxFrac;
      this.unique = unique;
      this.padLeft = this.legacy <= 113 ? 3 : maxInt;
      this.padRight = this.expSize + 2 + this.precision;
    } else {
      let trim: TrimMode = '.';
      let unique = true;
      if (this.floatmode === 'fixed') {
        trim = 'k';
        unique = false;
      }
      let maxInt = 0;
      let maxFrac = 0;
      for (const x of finite) {
        const s = dragon4Positional(x, single, {
          precision: this.precision, fractional: true, unique, trim, sign: this.sign === '+',
        });
        const dot = s.indexOf('.');
        let intPart = dot < 0 ? s : s.slice(0, dot);
        const fracPart = dot < 0 ? '' : s.slice(dot + 1);
        if (this.legacy <= 113) intPart = intPart.replace(/^[-+]+/, '');
        if (intPart.length > maxInt) maxInt = intPart.length;
        if (fracPart.length > maxFrac) maxFrac = fracPart.length;
      }
      this.padLeft = this.legacy <= 113 ? 1 + maxInt : maxInt;
      this.padRight = maxFrac;
      this.expSize = -1;
      this.unique = unique;
      if (this.floatmode === 'fixed' || this.floatmode === 'maxprec_equal') {
        this.precision = this.minDigits = this.padRight;
        this.trim = 'k';
      } else {
        this.trim = '.';
        this.minDigits = 0;
      }
    }

    if (this.legacy > 113) {
      // account for sign = ' ' by adding one to pad_left
      if (this.sign === ' ' && !finite.some(signbit)) this.padLeft += 1;
    }

    // if there are non-finite values, may need to increase pad_left
    if (all.length !== finite.length) {
      let anyNegInf = false;
      for (let i = 0; i < all.length; i++) {
        if (all[i] === Number.NEGATIVE_INFINITY) anyNegInf = true;
      }
      const neginf = this.sign !== '-' || anyNegInf ? 1 : 0;
      const offset = this.padRight + 1; // +1 for decimal pt
      this.padLeft = Math.max(this.padLeft, pylen(this.nanstr) - offset, pylen(this.infstr) + neginf - offset);
    }
  }

  readonly format: FormatFunction = (x: number): string => {
    if (!Number.isFinite(x)) {
      let ret: string;
      if (Number.isNaN(x)) {
        ret = (this.sign === '+' ? '+' : '') + this.nanstr;
      } else {
        ret = (x < 0 ? '-' : this.sign === '+' ? '+' : '') + this.infstr;
      }
      return ' '.repeat(Math.max(0, this.padLeft + this.padRight + 1 - pylen(ret))) + ret;
    }
    if (this.expFormat) {
      return dragon4Scientific(x, this.single, {
        precision: this.precision, minDigits: this.minDigits, unique: this.unique, trim: this.trim,
        sign: this.sign === '+', padLeft: this.padLeft, expDigits: this.expSize,
      });
    }
    return dragon4Positional(x, this.single, {
      precision: this.precision, minDigits: this.minDigits, unique: this.unique, fractional: true,
      trim: this.trim, sign: this.sign === '+', padLeft: this.padLeft, padRight: this.padRight,
    });
  };
}

export const ASTRAL = /[\ud800-\udbff]/;

/** Python's `len(str)`: code points, not UTF-16 units. */
export function pylen(s: string): number {
  if (!ASTRAL.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export type FormatterFn = (x: any) => string;

/** A `formatter` print-option callback as a format function (bools are passed as booleans). */
export function userFormatter(f: FormatterFn, dtype: DType): FormatFunction {
  if (dtype === 'bool') return (x) => String(f(x !== 0));
  return (x) => String(f(x));
}

/** arrayprint.py's `_get_formatdict` + `_get_format_function` for our dtypes. */
export function getFormatFunction(data: FormatData, dtype: DType, o: InternalPrintOptions): FormatFunction {
  const kind: 'bool' | 'int' | 'float' = dtype === 'bool' ? 'bool' : dtype === 'float32' || dtype === 'float64' ? 'float' : 'int';
  const formatter: Formatter | null = o.formatter;
  if (formatter) {
    const has = (k: string): boolean => typeof formatter[k] === 'function';
    let f: FormatterFn | null = null;
    if (has('all')) f = formatter.all as FormatterFn;
    if (kind === 'int' && has('int_kind')) f = formatter.int_kind as FormatterFn;
    if (kind === 'float' && has('float_kind')) f = formatter.float_kind as FormatterFn;
    if (has(kind)) f = formatter[kind] as FormatterFn;
    if (f !== null) return userFormatter(f, dtype);
  }
  if (kind === 'bool') return boolFormat(data);
  if (kind === 'int') return integerFormat(data, o.sign);
  return new FloatingFormat(data, dtype === 'float32', o.precision, o.floatmode, o.suppress, o.sign, o.legacy,
    o.nanstr, o.infstr).format;
}
