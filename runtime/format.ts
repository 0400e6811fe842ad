/**
 * Array printing: NumPy 2.4's numpy/_core/arrayprint.py ported line by line, with the
 * Dragon4 float formatter of numpy/_core/src/multiarray/dragon4.c (exact big-integer arithmetic)
 * underneath, so `arrayStr` / `arrayRepr` give NumPy's `str(a)` / `repr(a)` byte for byte.
 *
 * The printing code only needs a `Printable`: a dtype, a shape and C-order element access.
 * A summarised array (size > threshold) is only read at its edge items.
 */
import type { DType } from './dtype';
import { pyTypeName } from './validate';
import { NumpyTypeError, ValueError } from './errors';
import {
  currentPrintOptions,
  makeOptionsDict,
  type FloatMode,
  type Formatter,
  type InternalPrintOptions,
  type SignMode,
} from './printoptions';

/** What the printer needs of an array. */
export interface Printable {
  readonly dtype: DType;
  readonly shape: readonly number[];
  /** Element `i` of the array in C (row-major) order; bool arrays give 0/1; complex the real part. */
  flatGet(i: number): number;
  /** The imaginary part of element `i` (complex dtypes only). */
  flatGetImag?(i: number): number;
}

// ---------------------------------------------------------------------------------------
// Dragon4 (numpy/_core/src/multiarray/dragon4.c)
// ---------------------------------------------------------------------------------------

/** `TrimMode`: 'k' none, '.' trailing zeros, '0' leave one zero, '-' zeros and the point. */
type TrimMode = 'k' | '.' | '0' | '-';

const LOG10_2 = 0.30102999566398119521373889472449;
/** The scratch buffer of dragon4.c is 16384 characters; its size bounds the digit count. */
const BUFFER_SIZE = 16384;

interface Dragon4Result {
  digits: number[];
  /** Base-10 exponent of the first digit. */
  exponent: number;
}

// Unsigned big integers for Dragon4: little-endian base-2^32 limbs in a Float64Array
// (monomorphic, and every intermediate stays below 2^53 so doubles are exact), with the
// length kept apart and no zero top limb (zero has n = 0). Ports of dragon4.c's BigInt_*.
const LIMB = 4294967296;

class Big {
  d: Float64Array;
  n = 0;

  constructor(capacity = 8) {
    this.d = new Float64Array(capacity);
  }

  reserve(n: number): void {
    if (n > this.d.length) {
      const d = new Float64Array(Math.max(n, 2 * this.d.length));
      d.set(this.d.subarray(0, this.n));
      this.d = d;
    }
  }

  /** this = hi * 2^32 + lo, with hi, lo < 2^32. */
  set2(hi: number, lo: number): this {
    this.reserve(2);
    this.d[0] = lo;
    this.d[1] = hi;
    this.n = hi !== 0 ? 2 : lo !== 0 ? 1 : 0;
    return this;
  }

  /** this = 2^k. */
  setPow2(k: number): this {
    const blocks = Math.floor(k / 32);
    this.reserve(blocks + 1);
    this.d.fill(0, 0, blocks);
    this.d[blocks] = 2 ** (k % 32);
    this.n = blocks + 1;
    return this;
  }

  copyFrom(b: Big): this {
    this.reserve(b.n);
    this.d.set(b.d.subarray(0, b.n));
    this.n = b.n;
    return this;
  }

  /** this = this * 2^k. */
  shiftLeft(k: number): this {
    if (this.n === 0 || k === 0) return this;
    const blocks = Math.floor(k / 32);
    const bits = k % 32;
    const n = this.n;
    this.reserve(n + blocks + 1);
    const d = this.d;
    if (bits === 0) {
      for (let i = n - 1; i >= 0; i--) d[i + blocks] = d[i];
      this.n = n + blocks;
    } else {
      d[n + blocks] = d[n - 1] >>> (32 - bits);
      for (let i = n - 1; i > 0; i--) d[i + blocks] = ((d[i] << bits) | (d[i - 1] >>> (32 - bits))) >>> 0;
      d[blocks] = (d[0] << bits) >>> 0;
      this.n = d[n + blocks] !== 0 ? n + blocks + 1 : n + blocks;
    }
    d.fill(0, 0, blocks);
    return this;
  }

  /** this = this * m, for a small multiplier m < 2^21. */
  timesSmall(m: number): this {
    const d = this.d;
    let carry = 0;
    for (let i = 0; i < this.n; i++) {
      const p = d[i] * m + carry;
      carry = Math.floor(p / LIMB);
      d[i] = p - carry * LIMB;
    }
    if (carry !== 0) {
      this.reserve(this.n + 1);
      this.d[this.n++] = carry;
    }
    return this;
  }

  /** this = this * 10^k. */
  timesPow10(k: number): this {
    while (k >= 6) {
      this.timesSmall(1000000);
      k -= 6;
    }
    if (k > 0) this.timesSmall([1, 10, 100, 1000, 10000, 100000][k]);
    return this;
  }

  /** this = a + b. */
  setSum(a: Big, b: Big): this {
    const [large, small] = a.n >= b.n ? [a, b] : [b, a];
    this.reserve(large.n + 1);
    const d = this.d;
    let carry = 0;
    for (let i = 0; i < large.n; i++) {
      const sum = large.d[i] + (i < small.n ? small.d[i] : 0) + carry;
      if (sum >= LIMB) {
        d[i] = sum - LIMB;
        carry = 1;
      } else {
        d[i] = sum;
        carry = 0;
      }
    }
    this.n = large.n;
    if (carry !== 0) d[this.n++] = 1;
    return this;
  }

  trim(): void {
    while (this.n > 0 && this.d[this.n - 1] === 0) this.n--;
  }
}

function bigCompare(a: Big, b: Big): number {
  if (a.n !== b.n) return a.n - b.n;
  for (let i = a.n - 1; i >= 0; i--) {
    if (a.d[i] !== b.d[i]) return a.d[i] > b.d[i] ? 1 : -1;
  }
  return 0;
}

/**
 * dividend = dividend mod divisor, returning the quotient, which must be below 10
 * (BigInt_DivideWithRemainder_MaxQuotient9: the divisor's top limb is in [8, 429496729]).
 */
function divModQ9(dividend: Big, divisor: Big): number {
  const len = divisor.n;
  if (dividend.n < len) return 0;
  const a = dividend.d;
  const b = divisor.d;
  // an estimate from the top limbs: right, or one too small
  let quotient = Math.floor(a[len - 1] / (b[len - 1] + 1));
  if (quotient !== 0) {
    let borrow = 0;
    let carry = 0;
    for (let i = 0; i < len; i++) {
      const product = b[i] * quotient + carry;
      carry = Math.floor(product / LIMB);
      let diff = a[i] - (product - carry * LIMB) - borrow;
      if (diff < 0) {
        diff += LIMB;
        borrow = 1;
      } else {
        borrow = 0;
      }
      a[i] = diff;
    }
    dividend.trim();
  }
  if (bigCompare(dividend, divisor) >= 0) {
    quotient++;
    let borrow = 0;
    for (let i = 0; i < len; i++) {
      let diff = a[i] - b[i] - borrow;
      if (diff < 0) {
        diff += LIMB;
        borrow = 1;
      } else {
        borrow = 0;
      }
      a[i] = diff;
    }
    dividend.trim();
  }
  return quotient;
}

// dragon4.c's scratch BigInts: Dragon4 never re-enters, so one set serves every call
const MANTISSA = new Big();
const SCALE = new Big();
const VALUE = new Big();
const MARGIN_LOW = new Big();
const MARGIN_HIGH = new Big();
const VALUE_HIGH = new Big();

/**
 * The Dragon4 digit generator of dragon4.c, for value = mantissa * 2^exponent with the
 * mantissa a Big. `unique` prints the shortest digits that identify the value
 * (Steele & White / Burger & Dybvig, with IEEE unbiased rounding); otherwise exact digits.
 * `cutoffMax`/`cutoffMin` count total digits (`totalLength`) or digits after the point;
 * -1 for none.
 */
function dragon4Core(
  mantissa: Big,
  exponent: number,
  mantissaBit: number,
  hasUnequalMargins: boolean,
  unique: boolean,
  totalLength: boolean,
  cutoffMax: number,
  cutoffMin: number,
  bufferSize: number,
): Dragon4Result {
  if (mantissa.n === 0) return { digits: [0], exponent: 0 };
  const isEven = mantissa.d[0] % 2 === 0;

  // value = VALUE / SCALE; MARGIN_LOW (and MARGIN_HIGH, twice it with unequal margins) is
  // half the distance to the neighbouring floats, on the same scale
  const scale = SCALE;
  const value = VALUE.copyFrom(mantissa);
  const marginLow = MARGIN_LOW;
  const marginHigh = hasUnequalMargins ? MARGIN_HIGH : MARGIN_LOW;
  const extra = hasUnequalMargins ? 2 : 1;
  if (exponent > 0) {
    value.shiftLeft(exponent + extra);
    scale.set2(0, 2 * extra);
    marginLow.setPow2(exponent);
  } else {
    value.shiftLeft(extra);
    scale.setPow2(-exponent + extra);
    marginLow.set2(0, 1);
  }

  // an estimate of digitExponent = floor(log10(v)) + 1 that is right or one too small
  let digitExponent = Math.ceil((mantissaBit + exponent) * LOG10_2 - 0.69);
  // if it is below the smallest digit of a fractional cutoff, pull it back into range
  if (cutoffMax >= 0 && !totalLength && digitExponent <= -cutoffMax) {
    digitExponent = -cutoffMax + 1;
  }
  // divide value by 10^digitExponent
  if (digitExponent > 0) {
    scale.timesPow10(digitExponent);
  } else if (digitExponent < 0) {
    value.timesPow10(-digitExponent);
    marginLow.timesPow10(-digitExponent);
  }
  if (bigCompare(value, scale) >= 0) {
    digitExponent += 1;
  } else {
    value.timesSmall(10);
    marginLow.timesSmall(10);
  }

  let cutoffMaxExponent = digitExponent - bufferSize;
  if (cutoffMax >= 0) {
    const desired = totalLength ? digitExponent - cutoffMax : -cutoffMax;
    if (desired > cutoffMaxExponent) cutoffMaxExponent = desired;
  }
  let cutoffMinExponent = digitExponent;
  if (cutoffMin >= 0) {
    const desired = totalLength ? digitExponent - cutoffMin : -cutoffMin;
    if (desired < cutoffMinExponent) cutoffMinExponent = desired;
  }
  let outExponent = digitExponent - 1;

  // Shift everything so that the top limb of the scale has its highest bit at index 27:
  // quotient estimates from the top limbs are then off by at most one, and 10 * value
  // never needs more limbs than the scale.
  const shift = (27 - (31 - Math.clz32(scale.d[scale.n - 1])) + 32) % 32;
  if (shift !== 0) {
    scale.shiftLeft(shift);
    value.shiftLeft(shift);
    marginLow.shiftLeft(shift);
  }
  if (hasUnequalMargins) marginHigh.copyFrom(marginLow).shiftLeft(1);

  const digits: number[] = [];
  let low = false;
  let high = false;
  let outputDigit = 0;
  if (unique) {
    for (;;) {
      digitExponent -= 1;
      outputDigit = divModQ9(value, scale);
      VALUE_HIGH.setSum(value, marginHigh);
      const cmpLow = bigCompare(value, marginLow);
      low = isEven ? cmpLow <= 0 : cmpLow < 0;
      const cmpHigh = bigCompare(VALUE_HIGH, scale);
      high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
      if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent === cutoffMaxExponent) break;
      digits.push(outputDigit);
      value.timesSmall(10);
      marginLow.timesSmall(10);
      if (hasUnequalMargins) marginHigh.copyFrom(marginLow).shiftLeft(1);
    }
  } else {
    for (;;) {
      digitExponent -= 1;
      outputDigit = divModQ9(value, scale);
      if (value.n === 0 || digitExponent === cutoffMaxExponent) break;
      digits.push(outputDigit);
      value.timesSmall(10);
    }
  }

  // round to the closest digit by comparing value with 0.5: compare(2 * value, scale)
  let roundDown = low;
  if (low === high) {
    const compare = bigCompare(value.shiftLeft(1), scale);
    roundDown = compare < 0;
    // if we are directly in the middle, round towards the even digit
    if (compare === 0) roundDown = (outputDigit & 1) === 0;
  }
  if (roundDown) {
    digits.push(outputDigit);
  } else if (outputDigit === 9) {
    // find the first non-nine prior digit
    for (;;) {
      if (digits.length === 0) {
        digits.push(1);
        outExponent += 1;
        break;
      }
      const d = digits.pop() as number;
      if (d !== 9) {
        digits.push(d + 1);
        break;
      }
    }
  } else {
    digits.push(outputDigit + 1);
  }
  return { digits, exponent: outExponent };
}

interface Dragon4Options {
  scientific: boolean;
  unique: boolean;
  /** CutoffMode_TotalLength (true) or CutoffMode_FractionLength (false); positional only. */
  totalLength: boolean;
  precision: number;
  minDigits: number;
  sign: boolean;
  trim: TrimMode;
  padLeft: number;
  padRight: number;
  expDigits: number;
}

interface FloatParts {
  negative: boolean;
  special: 'nan' | 'inf' | null;
  /** The integer significand: hi * 2^32 + lo. */
  mantHi: number;
  mantLo: number;
  exponent: number;
  /** Index of the highest set bit of the significand. */
  mantissaBit: number;
  hasUnequalMargins: boolean;
}

const f64 = new Float64Array(1);
const u32of64 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32of32 = new Uint32Array(f32.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Splits a float64 or float32 into Dragon4's (mantissa, exponent) form (Dragon4_PrintFloat_IEEE_*). */
function floatParts(x: number, single: boolean): FloatParts {
  if (single) {
    f32[0] = x;
    const bits = u32of32[0];
    const negative = bits >>> 31 !== 0;
    const fe = (bits >>> 23) & 0xff;
    const fm = bits & 0x7fffff;
    if (fe === 0xff) {
      return { negative, special: fm === 0 ? 'inf' : 'nan', mantHi: 0, mantLo: 0, exponent: 0, mantissaBit: 0, hasUnequalMargins: false };
    }
    if (fe !== 0) {
      return { negative, special: null, mantHi: 0, mantLo: (1 << 23) | fm, exponent: fe - 127 - 23, mantissaBit: 23, hasUnequalMargins: fe !== 1 && fm === 0 };
    }
    return { negative, special: null, mantHi: 0, mantLo: fm, exponent: 1 - 127 - 23, mantissaBit: fm === 0 ? 0 : 31 - Math.clz32(fm), hasUnequalMargins: false };
  }
  f64[0] = x;
  const hi = u32of64[LITTLE_ENDIAN ? 1 : 0];
  const lo = u32of64[LITTLE_ENDIAN ? 0 : 1];
  const negative = hi >>> 31 !== 0;
  const fe = (hi >>> 20) & 0x7ff;
  const fmHi = hi & 0xfffff;
  const zeroFraction = fmHi === 0 && lo === 0;
  if (fe === 0x7ff) {
    return { negative, special: zeroFraction ? 'inf' : 'nan', mantHi: 0, mantLo: 0, exponent: 0, mantissaBit: 0, hasUnequalMargins: false };
  }
  if (fe !== 0) {
    return { negative, special: null, mantHi: fmHi | 0x100000, mantLo: lo, exponent: fe - 1023 - 52, mantissaBit: 52, hasUnequalMargins: fe !== 1 && zeroFraction };
  }
  const mantissaBit = zeroFraction ? 0 : fmHi !== 0 ? 63 - Math.clz32(fmHi) : 31 - Math.clz32(lo);
  return { negative, special: null, mantHi: fmHi, mantLo: lo, exponent: 1 - 1023 - 52, mantissaBit, hasUnequalMargins: false };
}

/** dragon4.c's FormatPositional. */
function formatPositionalParts(p: FloatParts, signbit: string, o: Dragon4Options): string {
  const hasSign = signbit === '' ? 0 : 1;
  const maxPrintLen = BUFFER_SIZE - 1;
  const { digits, exponent: printExponent } = dragon4Core(
    MANTISSA.set2(p.mantHi, p.mantLo), p.exponent, p.mantissaBit, p.hasUnequalMargins, o.unique, o.totalLength,
    o.precision, o.minDigits, maxPrintLen - hasSign,
  );
  const numDigits = digits.length;
  const ds = digits.join('');
  let numWholeDigits: number;
  let numFractionDigits = 0;
  let body: string;
  if (printExponent >= 0) {
    numWholeDigits = printExponent + 1;
    if (numDigits <= numWholeDigits) {
      body = ds + '0'.repeat(numWholeDigits - numDigits);
    } else {
      numFractionDigits = numDigits - numWholeDigits;
      body = ds.slice(0, numWholeDigits) + '.' + ds.slice(numWholeDigits);
    }
  } else {
    const numFractionZeros = -(printExponent + 1);
    body = '0.' + '0'.repeat(numFractionZeros) + ds;
    numFractionDigits = numDigits + numFractionZeros;
    numWholeDigits = 1;
  }

  // always add decimal point, except for DptZeros mode
  if (o.trim !== '-' && numFractionDigits === 0) body += '.';

  const addDigits = o.unique ? o.minDigits : o.precision;
  let desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
  if (o.totalLength) desiredFractionalDigits = addDigits - numWholeDigits;

  if (o.trim === '0') {
    if (numFractionDigits === 0) {
      body += '0';
      numFractionDigits++;
    }
  } else if (o.trim === 'k' && desiredFractionalDigits > numFractionDigits) {
    const count = desiredFractionalDigits - numFractionDigits;
    body += '0'.repeat(count);
    numFractionDigits += count;
  }

  if (o.trim !== 'k' && numFractionDigits > 0) {
    let end = body.length;
    while (body.charCodeAt(end - 1) === 48 /* '0' */) {
      end--;
      numFractionDigits--;
    }
    body = body.slice(0, end);
    if (body.endsWith('.')) {
      if (o.trim === '0') {
        body += '0';
        numFractionDigits++;
      } else if (o.trim === '-') {
        body = body.slice(0, -1);
      }
    }
  }

  if (o.padRight >= numFractionDigits) {
    const count = o.padRight - numFractionDigits;
    if (o.trim === '-' && numFractionDigits === 0) body += ' ';
    body += ' '.repeat(count);
  }
  let out = signbit + body;
  if (o.padLeft > numWholeDigits + hasSign) {
    out = ' '.repeat(o.padLeft - (numWholeDigits + hasSign)) + out;
  }
  return out;
}

/** dragon4.c's FormatScientific. */
function formatScientificParts(p: FloatParts, signbit: string, o: Dragon4Options): string {
  let out = '';
  const leftchars = 1 + (signbit === '' ? 0 : 1);
  if (o.padLeft > leftchars) out += ' '.repeat(o.padLeft - leftchars);
  out += signbit;
  const { digits, exponent: printExponent } = dragon4Core(
    MANTISSA.set2(p.mantHi, p.mantLo), p.exponent, p.mantissaBit, p.hasUnequalMargins, o.unique, true,
    o.precision < 0 ? -1 : o.precision + 1, o.minDigits < 0 ? -1 : o.minDigits + 1,
    BUFFER_SIZE - out.length,
  );
  let body = String(digits[0]);
  let numFractionDigits = digits.length - 1;
  if (numFractionDigits > 0) body += '.' + digits.slice(1).join('');
  if (o.trim !== '-' && numFractionDigits === 0) body += '.';

  let addDigits = o.unique ? o.minDigits : o.precision;
  addDigits = addDigits < 0 ? 0 : addDigits;
  if (o.trim === '0') {
    if (numFractionDigits === 0) {
      body += '0';
      numFractionDigits++;
    }
  } else if (o.trim === 'k') {
    if (addDigits > numFractionDigits) {
      body += '0'.repeat(addDigits - numFractionDigits);
      numFractionDigits = addDigits;
    }
  }
  if (o.trim !== 'k' && numFractionDigits > 0) {
    let end = body.length;
    while (body.charCodeAt(end - 1) === 48) {
      end--;
      numFractionDigits--;
    }
    body = body.slice(0, end);
    if (o.trim === '0' && body.endsWith('.')) {
      body += '0';
      numFractionDigits++;
    }
  }

  let expDigits = o.expDigits;
  if (expDigits > 5) expDigits = 5;
  if (expDigits < 0) expDigits = 2;
  const expSign = printExponent >= 0 ? '+' : '-';
  // at least expDigits digits: an exponent of 0 with exp_digits=0 prints no digits at all
  let e = String(Math.abs(printExponent) % 100000).replace(/^0+/, '');
  if (e.length < expDigits) e = '0'.repeat(expDigits - e.length) + e;
  return out + body + 'e' + expSign + e;
}

/** dragon4.c's Dragon4_PrintFloat_* and Format_floatbits, including inf/nan. */
function dragon4(x: number, single: boolean, o: Dragon4Options): string {
  const p = floatParts(x, single);
  const signbit = p.negative ? '-' : o.sign ? '+' : '';
  if (p.special === 'inf') return signbit + 'inf';
  if (p.special === 'nan') return 'nan';
  return o.scientific ? formatScientificParts(p, signbit, o) : formatPositionalParts(p, signbit, o);
}

interface PosArgs {
  precision?: number;
  minDigits?: number;
  unique?: boolean;
  fractional?: boolean;
  trim?: TrimMode;
  sign?: boolean;
  padLeft?: number;
  padRight?: number;
}

/** The C `dragon4_positional` that arrayprint.py calls. */
function dragon4Positional(x: number, single: boolean, a: PosArgs): string {
  if (a.unique === false && (a.precision ?? -1) < 0) {
    throw new NumpyTypeError('in non-unique mode `precision` must be supplied');
  }
  return dragon4(x, single, {
    scientific: false,
    unique: a.unique ?? true,
    totalLength: !(a.fractional ?? false),
    precision: a.precision ?? -1,
    minDigits: a.minDigits ?? -1,
    sign: a.sign ?? false,
    trim: a.trim ?? 'k',
    padLeft: a.padLeft ?? -1,
    padRight: a.padRight ?? -1,
    expDigits: -1,
  });
}

interface SciArgs {
  precision?: number;
  minDigits?: number;
  unique?: boolean;
  trim?: TrimMode;
  sign?: boolean;
  padLeft?: number;
  expDigits?: number;
}

/** The C `dragon4_scientific` that arrayprint.py calls. */
function dragon4Scientific(x: number, single: boolean, a: SciArgs): string {
  if (a.unique === false && (a.precision ?? -1) < 0) {
    throw new NumpyTypeError('in non-unique mode `precision` must be supplied');
  }
  return dragon4(x, single, {
    scientific: true,
    unique: a.unique ?? true,
    totalLength: true,
    precision: a.precision ?? -1,
    minDigits: a.minDigits ?? -1,
    sign: a.sign ?? false,
    trim: a.trim ?? 'k',
    padLeft: a.padLeft ?? -1,
    padRight: -1,
    expDigits: a.expDigits ?? -1,
  });
}

// ---------------------------------------------------------------------------------------
// np.format_float_positional / np.format_float_scientific
// ---------------------------------------------------------------------------------------

/** Options of `formatFloatPositional` (NumPy's keyword names). */
export interface FormatFloatPositionalOptions {
  precision?: number | null;
  unique?: boolean;
  fractional?: boolean;
  trim?: 'k' | '.' | '0' | '-';
  sign?: boolean;
  pad_left?: number | null;
  pad_right?: number | null;
  min_digits?: number | null;
  /** The float type of `x` (NumPy reads it off the scalar): 'float64' (default) or 'float32'. */
  dtype?: DType;
}

/** Options of `formatFloatScientific` (NumPy's keyword names). */
export interface FormatFloatScientificOptions {
  precision?: number | null;
  unique?: boolean;
  trim?: 'k' | '.' | '0' | '-';
  sign?: boolean;
  pad_left?: number | null;
  exp_digits?: number | null;
  min_digits?: number | null;
  /** The float type of `x`: 'float64' (default) or 'float32'. */
  dtype?: DType;
}

function noneOrPositiveArg(x: number | null | undefined, name: string): number {
  if (x === null || x === undefined) return -1;
  if (x < 0) throw new ValueError(`${name} must be >= 0`);
  return x;
}

function checkTrim(trim: string, unique: boolean, precision: number): TrimMode {
  if (!['k', '.', '0', '-'].includes(trim)) {
    throw new NumpyTypeError(`if supplied, trim must be 'k', '.', '0' or '-' found \`${trim}\``);
  }
  if (!unique && precision < 0) throw new NumpyTypeError('in non-unique mode `precision` must be supplied');
  return trim as TrimMode;
}

/** A value as the float type it is printed as: float32 values round through Math.fround. */
function asFloat(x: number, dtype: DType | undefined): [number, boolean] {
  const single = dtype === 'float32';
  return [single ? Math.fround(x) : x, single];
}

/**
 * Format a floating-point scalar as a decimal string in positional notation
 * (`np.format_float_positional`), using the Dragon4 algorithm with IEEE unbiased rounding.
 *
 * @param x - the value; with `{dtype: 'float32'}` it is printed as a float32.
 * @param opts - `precision` (max digits; null = as many as needed), `unique` (shortest
 *   round-trip digits, default true), `fractional` (precision counts digits after the point,
 *   default true), `trim` ('k' keep, '.' drop trailing zeros, '0' leave one zero, '-' drop
 *   zeros and point; default 'k'), `sign`, `pad_left`, `pad_right`, `min_digits`.
 * @returns The decimal string.
 *
 * @example
 * >>> np.format_float_positional(Math.PI, {dtype: 'float32'})
 * '3.1415927'
 * >>> np.format_float_positional(0.3, {unique: false, precision: 10, dtype: 'float32'})
 * '0.3000000119'
 */
export function formatFloatPositional(x: number, opts: FormatFloatPositionalOptions = {}): string {
  if (typeof x !== 'number') throw new NumpyTypeError(`must be real number, not ${pyTypeName(x)}`);
  const precision = noneOrPositiveArg(opts.precision, 'precision');
  const padLeft = noneOrPositiveArg(opts.pad_left, 'pad_left');
  const padRight = noneOrPositiveArg(opts.pad_right, 'pad_right');
  const minDigits = noneOrPositiveArg(opts.min_digits, 'min_digits');
  const fractional = opts.fractional ?? true;
  const unique = opts.unique ?? true;
  if (!fractional && precision === 0) throw new ValueError('precision must be greater than 0 if fractional=False');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new ValueError('min_digits must be less than or equal to precision');
  }
  const trim = checkTrim(opts.trim ?? 'k', unique, precision);
  const [v, single] = asFloat(x, opts.dtype);
  return dragon4Positional(v, single, {
    precision, unique, fractional, trim, sign: opts.sign ?? false, padLeft, padRight, minDigits,
  });
}

/**
 * Format a floating-point scalar as a decimal string in scientific notation
 * (`np.format_float_scientific`), using the Dragon4 algorithm with IEEE unbiased rounding.
 *
 * @param x - the value; with `{dtype: 'float32'}` it is printed as a float32.
 * @param opts - `precision`, `unique` (default true), `trim` (default 'k'), `sign`,
 *   `pad_left`, `exp_digits` (minimum exponent digits, default 2), `min_digits`.
 * @returns The decimal string.
 *
 * @example
 * >>> np.format_float_scientific(Math.PI, {dtype: 'float32'})
 * '3.1415927e+00'
 * >>> np.format_float_scientific(1.23e24, {exp_digits: 4})
 * '1.23e+0024'
 */
export function formatFloatScientific(x: number, opts: FormatFloatScientificOptions = {}): string {
  if (typeof x !== 'number') throw new NumpyTypeError(`must be real number, not ${pyTypeName(x)}`);
  const precision = noneOrPositiveArg(opts.precision, 'precision');
  const padLeft = noneOrPositiveArg(opts.pad_left, 'pad_left');
  const expDigits = noneOrPositiveArg(opts.exp_digits, 'exp_digits');
  const minDigits = noneOrPositiveArg(opts.min_digits, 'min_digits');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new ValueError('min_digits must be less than or equal to precision');
  }
  const unique = opts.unique ?? true;
  const trim = checkTrim(opts.trim ?? 'k', unique, precision);
  const [v, single] = asFloat(x, opts.dtype);
  return dragon4Scientific(v, single, {
    precision, unique, trim, sign: opts.sign ?? false, padLeft, expDigits, minDigits,
  });
}

// ---------------------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------------------

/** Python's `str(int)` for an integer held in a double (exact beyond 2^53 as the double's value). */
function intToString(v: number): string {
  if (Number.isSafeInteger(v)) return String(v);
  if (!Number.isFinite(v)) return String(v);
  return BigInt(v).toString();
}

/** `str()` of a Python float (`repr`): the float64 scalar rule without NumPy's legacy switch. */
export function pyFloatRepr(v: number): string {
  return floatScalarStr(v, false, Number.POSITIVE_INFINITY);
}

/** scalartypes.c's `@name@type_str_either` for float32/float64 scalars. */
function floatScalarStr(v: number, single: boolean, legacy: number): string {
  if (legacy <= 113) return legacyFloatScalarStr(v, single);
  const maxPositional = legacy <= 202 ? 1e16 : single ? 1e6 : 1e16;
  let usePositional: boolean;
  if (Number.isNaN(v) || v === 0) {
    usePositional = true;
  } else {
    const abs = Math.abs(v);
    // C compares with the long double 1e-4L; no float64/float32 lies between it and 1e-4
    usePositional = abs < maxPositional && abs >= 1e-4;
  }
  if (usePositional) return dragon4Positional(v, single, { unique: true, fractional: false, precision: -1, trim: '0' });
  return dragon4Scientific(v, single, { unique: true, precision: -1, trim: '-' });
}

/** C `printf('%.{prec}g')` followed by NumPy 1.13's `.0` rule (legacy scalar str). */
function legacyFloatScalarStr(v: number, single: boolean): string {
  const prec = single ? 6 : 12;
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  let s = formatG(v, prec);
  if (/^-?\d+$/.test(s)) s += '.0';
  return s;
}

/** C's `%.{p}g` formatting (exact decimal expansion, round-half-even on the binary value). */
export function formatG(v: number, p: number): string {
  if (p === 0) p = 1;
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const sci = dragon4Scientific(v, false, { unique: false, precision: p - 1, trim: 'k' });
  const m = /^(-?)(\d)(?:\.(\d*))?e([+-]\d+)$/.exec(sci);
  if (m === null) return sci;
  const [, sgn, d0, frac = '', expStr] = m;
  const x = Number(expStr);
  if (x < -4 || x >= p) {
    let mant = d0 + (frac ? '.' + frac : '');
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const ax = Math.abs(x);
    return `${sgn}${mant}e${x < 0 ? '-' : '+'}${ax < 10 ? '0' : ''}${ax}`;
  }
  const fixed = dragon4Positional(v, false, { unique: false, fractional: true, precision: Math.max(0, p - 1 - x), trim: 'k' });
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * `str()` of a NumPy scalar of the given dtype, as NumPy prints it (not affected by the
 * print options): bools as `True`/`False`, integers in full, floats with the shortest
 * digits that round-trip in their own type, in positional notation for magnitudes in
 * [1e-4, 1e16) (float32: [1e-4, 1e6)) and scientific otherwise.
 *
 * @param v - the value (for bool: 0/1 or a boolean).
 * @param dtype - the scalar's dtype.
 * @returns NumPy's `str(np.<dtype>(v))`.
 *
 * @example
 * >>> formatScalar(1, 'float64')      // str(np.float64(1.0))
 * '1.0'
 * >>> formatScalar(0.1, 'float32')    // str(np.float32(0.1))
 * '0.1'
 * >>> formatScalar(1e16, 'float64')
 * '1e+16'
 */
export function formatScalar(v: number | boolean, dtype: DType): string {
  if (dtype === 'bool') return v ? 'True' : 'False';
  const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (dtype === 'float64' || dtype === 'float32') {
    const single = dtype === 'float32';
    return floatScalarStr(single ? Math.fround(x) : x, single, currentPrintOptions().legacy);
  }
  return intToString(x);
}

// ---------------------------------------------------------------------------------------
// Element formatters (BoolFormat, IntegerFormat, FloatingFormat)
// ---------------------------------------------------------------------------------------

type FormatFunction = (x: number) => string;

/** The values the formatter sees: the whole array, or its edges when summarised. */
interface FormatData {
  values: ArrayLike<number>;
  /** The shape of the data is `()` (0-d array). */
  zeroD: boolean;
}

function boolFormat(data: FormatData): FormatFunction {
  const truestr = data.zeroD ? 'True' : ' True';
  return (x) => (x ? truestr : 'False');
}

function integerFormat(data: FormatData, signOpt: SignMode): FormatFunction {
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
function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** arrayprint.py's FloatingFormat. */
class FloatingFormat {
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

const ASTRAL = /[\ud800-\udbff]/;

/** Python's `len(str)`: code points, not UTF-16 units. */
function pylen(s: string): number {
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

type FormatterFn = (x: any) => string;

/** A `formatter` print-option callback as a format function (bools are passed as booleans). */
function userFormatter(f: FormatterFn, dtype: DType): FormatFunction {
  if (dtype === 'bool') return (x) => String(f(x !== 0));
  return (x) => String(f(x));
}

/** arrayprint.py's `_get_formatdict` + `_get_format_function` for our dtypes. */
function getFormatFunction(data: FormatData, dtype: DType, o: InternalPrintOptions): FormatFunction {
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

// ---------------------------------------------------------------------------------------
// _formatArray and friends
// ---------------------------------------------------------------------------------------

function cStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Python's slice `[start:stop]` on a length-n axis, as a list of indices. */
function sliceIndices(n: number, start: number | null, stop: number | null): number[] {
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
function leadingTrailing(a: Printable, edgeitems: number): number[] {
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
const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's `str.splitlines()`. */
function splitlines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function rstrip(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * The text laid out so far (`s`) and the line being filled (`line`), with the line's
 * length in code points kept alongside, so long lines (linewidth=Infinity) stay linear.
 */
interface Layout {
  s: string;
  line: string;
  lineLen: number;
}

function setLine(st: Layout, line: string): void {
  st.line = line;
  st.lineLen = pylen(line);
}

function appendToLine(st: Layout, text: string): void {
  st.line += text;
  st.lineLen += pylen(text);
}

/** `_extendLine`. */
function extendLine(st: Layout, word: string, lineWidth: number, nextLinePrefix: string, legacy: number): void {
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
function extendLinePretty(st: Layout, word: string, lineWidth: number, nextLinePrefix: string, legacy: number): void {
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
function formatArray(a: Printable, formatFunction: FormatFunction, lineWidth: number, nextLinePrefix: string,
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
function complexFormat(re: number[], im: number[], zeroD: boolean, single: boolean, o: InternalPrintOptions): (k: number) => string {
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
function complexUserFormatter(f: Formatter | null): FormatterFn | null {
  if (!f) return null;
  for (const k of ['complexfloat', 'complex_kind', 'all']) if (typeof f[k] === 'function') return f[k] as FormatterFn;
  return null;
}

/** array2stringImpl for complex arrays: the layout walks element indices, formatted by pair. */
function complexArray2string(a: Printable, o: InternalPrintOptions, separator: string, prefix: string): string {
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
function complexScalarStr(re: number, im: number, single: boolean): string {
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
function array2stringImpl(a: Printable, o: InternalPrintOptions, separator: string, prefix: string): string {
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
function itemRepr(a: Printable): string {
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

function dtypeIsImplied(dtype: DType, legacy: number): boolean {
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
