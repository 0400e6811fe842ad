/**
 * The complex scalar: Python's `complex` as a small immutable class. Arrays of complex
 * dtype return it where NumPy returns a complex scalar (`a.sum()`, `a.get(0)`), and array
 * constructors accept it (or any plain `{re, im}` object) wherever a number is accepted.
 *
 * It carries Python's data model (`__add__`, `__mul__`, ...), so in a notebook cell
 * `-0.5 + 0.6 * np.j` and `2 * c` compute complex numbers, as Python's operators do.
 */
import { pyFloatRepr } from '../format';
import { ZeroDivisionError, NumpyTypeError } from '../errors';
import { pyTypeName } from '../validate';

/**
 * Python's NotImplemented, as the cell operators understand it. Typed as a Complex so the
 * editor types `2 * c` as Complex (an ndarray operand never reaches these methods: the
 * kernel sends it to the ufunc first).
 */
const NotImplemented = Symbol.for('NotImplemented') as unknown as Complex;

/** Anything with numeric `re` and `im`: a Complex or a plain object. */
export interface ComplexLike {
  readonly re: number;
  readonly im: number;
}

/** True for a Complex or a plain `{re, im}` object with numeric parts. */
export function isComplexLike(v: unknown): v is ComplexLike {
  if (v instanceof Complex) return true;
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v) &&
    typeof (v as any).re === 'number' && typeof (v as any).im === 'number';
}

/** A Python `float` repr without the `.0` a whole float has (complex repr omits it). */
function part(v: number): string {
  const s = pyFloatRepr(v);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** Python's `repr(complex(re, im))`: `(1+2j)`, `-1j`, `0j`, `(nan+infj)`. */
export function pyComplexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const i = part(im);
  const sign = i.startsWith('-') ? '' : '+';
  return `(${part(re)}${sign}${i}j)`;
}

/** An operand of Complex arithmetic: a number, boolean or complex-like value; else null. */
function parts(x: unknown): ComplexLike | null {
  if (typeof x === 'number') return { re: x, im: 0 };
  if (typeof x === 'boolean') return { re: x ? 1 : 0, im: 0 };
  return isComplexLike(x) ? x : null;
}

/** Python's complex division (`_Py_c_quot`: Smith's method, scaled by the larger part). */
export function pyComplexDivide(ar: number, ai: number, br: number, bi: number): Complex {
  const absr = Math.abs(br);
  const absi = Math.abs(bi);
  if (absr >= absi) {
    if (absr === 0) throw new ZeroDivisionError('division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (absi >= absr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new Complex(NaN, NaN); // NaNs in the divisor
}

/** Python's `complex ** complex` (`_Py_c_pow`, with its integer-exponent shortcut). */
export function pyComplexPow(ar: number, ai: number, br: number, bi: number): Complex {
  if (br === 0 && bi === 0) return new Complex(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw new ZeroDivisionError('zero to a negative or complex power');
    return new Complex(0, 0);
  }
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    // c_powi: repeated squaring, then the reciprocal for a negative exponent.
    let n = Math.abs(br);
    let rr = 1, ri = 0, xr = ar, xi = ai;
    while (n > 0) {
      if (n & 1) {
        const t = rr * xr - ri * xi;
        ri = rr * xi + ri * xr;
        rr = t;
      }
      const t = xr * xr - xi * xi;
      xi = 2 * xr * xi;
      xr = t;
      n >>= 1;
    }
    return br < 0 ? pyComplexDivide(1, 0, rr, ri) : new Complex(rr, ri);
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return new Complex(len * Math.cos(phase), len * Math.sin(phase));
}

/**
 * A complex number, as Python's `complex` (NumPy's `complex128` scalar).
 *
 * @example
 * const c = np.complex(1, 2);   // (1+2j)
 * c.re                          // 1
 * String(c.mul(c))              // '(-3+4j)'
 */
export class Complex implements ComplexLike {
  /** The real part. */
  readonly re: number;
  /** The imaginary part. */
  readonly im: number;

  constructor(re: number, im = 0) {
    this.re = +re;
    this.im = +im;
  }

  /** The real part, as Python's `c.real`. */
  get real(): number {
    return this.re;
  }

  /** The imaginary part, as Python's `c.imag`. */
  get imag(): number {
    return this.im;
  }

  /** The complex conjugate, as Python's `c.conjugate()`. */
  conjugate(): Complex {
    return new Complex(this.re, -this.im);
  }

  /** Sum with a number or complex value. */
  add(other: number | ComplexLike): Complex {
    const o = parts(other)!;
    return new Complex(this.re + o.re, this.im + o.im);
  }

  /** Difference with a number or complex value. */
  sub(other: number | ComplexLike): Complex {
    const o = parts(other)!;
    return new Complex(this.re - o.re, this.im - o.im);
  }

  /** Product with a number or complex value. */
  mul(other: number | ComplexLike): Complex {
    const o = parts(other)!;
    return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re);
  }

  /** Quotient by a number or complex value (ZeroDivisionError for zero, as Python). */
  div(other: number | ComplexLike): Complex {
    const o = parts(other)!;
    return pyComplexDivide(this.re, this.im, o.re, o.im);
  }

  /** Power, as Python's `c ** w`. */
  pow(other: number | ComplexLike): Complex {
    const o = parts(other)!;
    return pyComplexPow(this.re, this.im, o.re, o.im);
  }

  /** Python's `abs(c)`: the modulus. */
  abs(): number {
    return Math.hypot(this.re, this.im);
  }

  /** Python's `c == w` (a number equals a complex with zero imaginary part). */
  equals(other: unknown): boolean {
    const o = parts(other);
    return o !== null && this.re === o.re && this.im === o.im;
  }

  __add__(o: number | ComplexLike): Complex {
    return parts(o) ? this.add(o as ComplexLike) : NotImplemented;
  }
  __radd__(o: number | ComplexLike): Complex {
    return this.__add__(o);
  }
  __sub__(o: number | ComplexLike): Complex {
    return parts(o) ? this.sub(o as ComplexLike) : NotImplemented;
  }
  __rsub__(o: number | ComplexLike): Complex {
    const p = parts(o);
    return p ? new Complex(p.re - this.re, p.im - this.im) : NotImplemented;
  }
  __mul__(o: number | ComplexLike): Complex {
    return parts(o) ? this.mul(o as ComplexLike) : NotImplemented;
  }
  __rmul__(o: number | ComplexLike): Complex {
    return this.__mul__(o);
  }
  __truediv__(o: number | ComplexLike): Complex {
    return parts(o) ? this.div(o as ComplexLike) : NotImplemented;
  }
  __rtruediv__(o: number | ComplexLike): Complex {
    const p = parts(o);
    return p ? pyComplexDivide(p.re, p.im, this.re, this.im) : NotImplemented;
  }
  __pow__(o: number | ComplexLike): Complex {
    return parts(o) ? this.pow(o as ComplexLike) : NotImplemented;
  }
  __rpow__(o: number | ComplexLike): Complex {
    const p = parts(o);
    return p ? pyComplexPow(p.re, p.im, this.re, this.im) : NotImplemented;
  }
  __neg__(): Complex {
    return new Complex(-this.re, -this.im);
  }
  __pos__(): Complex {
    return this;
  }
  __abs__(): number {
    return this.abs();
  }
  __eq__(o: unknown): boolean {
    return this.equals(o);
  }
  __ne__(o: unknown): boolean {
    return !this.equals(o);
  }

  /** Python's `repr(c)` (how a cell shows the value). */
  __repr__(): string {
    return pyComplexRepr(this.re, this.im);
  }

  /** Python's `repr(c)`: `(1+2j)`, `-1j`, `(nan+infj)`. */
  toString(): string {
    return pyComplexRepr(this.re, this.im);
  }

  get [Symbol.toStringTag](): string {
    return 'complex';
  }
}

/**
 * A complex number from its parts, as Python's `complex(real, imag)`.
 *
 * Parameters
 * - re: the real part.
 * - im: the imaginary part (default 0).
 *
 * @example
 * np.complex(1, 2)                       // (1+2j)
 * np.array([np.complex(1, 2), 3])        // array([1.+2.j, 3.+0.j])
 */
export function complex(re: number | ComplexLike = 0, im: number | ComplexLike = 0): Complex {
  if ((typeof re === 'number' || typeof re === 'boolean') && (typeof im === 'number' || typeof im === 'boolean')) return new Complex(+re, +im);
  if (typeof re !== 'number' && typeof re !== 'boolean') {
    if (isComplexLike(re)) return new Complex(re.re, re.im).add(complexArg(im));
    throw new NumpyTypeError(`complex() first argument must be a string or a number, not '${pyTypeName(re)}'`);
  }
  return new Complex(+re, 0).add(complexArg(im));
}

/** complex()'s second argument: a number (or complex: complex(a, b) is a + b*1j, as Python). */
function complexArg(im: unknown): Complex {
  if (typeof im === 'number' || typeof im === 'boolean') return new Complex(0, +im);
  if (isComplexLike(im)) return new Complex(-im.im, im.re);
  throw new NumpyTypeError(`complex() second argument must be a number, not '${pyTypeName(im)}'`);
}

/** The imaginary unit, Python's `1j`: `-0.5 + 0.6 * np.j` in a cell. */
export const j = new Complex(0, 1);
