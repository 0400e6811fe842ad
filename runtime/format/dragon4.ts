/**
 * Dragon4 (numpy/_core/src/multiarray/dragon4.c): the shortest or fixed-precision decimal of a
 * float64/float32 by exact big-integer arithmetic, positional or scientific, as NumPy prints.
 */
import { NumpyTypeError } from '../errors';


/** `TrimMode`: 'k' none, '.' trailing zeros, '0' leave one zero, '-' zeros and the point. */
export type TrimMode = 'k' | '.' | '0' | '-';

export const LOG10_2 = 0.30102999566398119521373889472449;
/** The scratch buffer of dragon4.c is 16384 characters; its size bounds the digit count. */
export const BUFFER_SIZE = 16384;

export interface Dragon4Result {
  digits: number[];
  /** Base-10 exponent of the first digit. */
  exponent: number;
}

// Unsigned big integers for Dragon4: little-endian base-2^32 limbs in a Float64Array
// (monomorphic, and every intermediate stays below 2^53 so doubles are exact), with the
// length kept apart and no zero top limb (zero has n = 0). Ports of dragon4.c's BigInt_*.
export const LIMB = 4294967296;

export class Big {
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

export function bigCompare(a: Big, b: Big): number {
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
export function divModQ9(dividend: Big, divisor: Big): number {
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
export const MANTISSA = new Big();
export const SCALE = new Big();
export const VALUE = new Big();
export const MARGIN_LOW = new Big();
export const MARGIN_HIGH = new Big();
export const VALUE_HIGH = new Big();

/**
 * The Dragon4 digit generator of dragon4.c, for value = mantissa * 2^exponent with the
 * mantissa a Big. `unique` prints the shortest digits that identify the value
 * (Steele & White / Burger & Dybvig, with IEEE unbiased rounding); otherwise exact digits.
 * `cutoffMax`/`cutoffMin` count total digits (`totalLength`) or digits after the point;
 * -1 for none.
 */
export function dragon4Core(
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

export interface Dragon4Options {
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

export interface FloatParts {
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

export const f64 = new Float64Array(1);
export const u32of64 = new Uint32Array(f64.buffer);
export const f32 = new Float32Array(1);
export const u32of32 = new Uint32Array(f32.buffer);
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Splits a float64 or float32 into Dragon4's (mantissa, exponent) form (Dragon4_PrintFloat_IEEE_*). */
export function floatParts(x: number, single: boolean): FloatParts {
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
export function formatPositionalParts(p: FloatParts, signbit: string, o: Dragon4Options): string {
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
export function formatScientificParts(p: FloatParts, signbit: string, o: Dragon4Options): string {
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
export function dragon4(x: number, single: boolean, o: Dragon4Options): string {
  const p = floatParts(x, single);
  const signbit = p.negative ? '-' : o.sign ? '+' : '';
  if (p.special === 'inf') return signbit + 'inf';
  if (p.special === 'nan') return 'nan';
  return o.scientific ? formatScientificParts(p, signbit, o) : formatPositionalParts(p, signbit, o);
}

export interface PosArgs {
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
export function dragon4Positional(x: number, single: boolean, a: PosArgs): string {
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

export interface SciArgs {
  precision?: number;
  minDigits?: number;
  unique?: boolean;
  trim?: TrimMode;
  sign?: boolean;
  padLeft?: number;
  expDigits?: number;
}

/** The C `dragon4_scientific` that arrayprint.py calls. */
export function dragon4Scientific(x: number, single: boolean, a: SciArgs): string {
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
