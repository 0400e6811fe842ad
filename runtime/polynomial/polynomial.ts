/**
 * `np.polynomial.Polynomial`: a power series with a domain and a window (NumPy's
 * `ABCPolyBase` + `Polynomial`), printed, evaluated, fitted and combined as NumPy does.
 * In cells its operators are Python's (`p + q`, `2 * p`, `p ** 2`, `-p`, `p == q`: the
 * kernel calls the dunders); it evaluates with `p.call(x)` (`p(x)` in Python).
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { arrayRepr, formatFloatPositional, formatFloatScientific } from '../format';
import { getPrintoptions } from '../printoptions';
import { NumpyTypeError, ValueError } from '../errors';
import { linspace } from '../creation';
import {
  asSeries, trimcoef, seriesAdd, seriesSub, seriesMul, seriesDiv, seriesPow, seriesVal, seriesDer,
  seriesInt, seriesFit, seriesFromRoots, mapparms,
} from './series';

// Python's NotImplemented: the kernel then tries the other operand's reflected method. Typed as
// a Polynomial so the editor's operator typing gives `p + 1` the type users expect.
const NOT_IMPLEMENTED = Symbol.for('NotImplemented') as unknown as Polynomial;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const DEFAULT_DOMAIN = Float64Array.of(-1, 1);
let printStyle: 'unicode' | 'ascii' = 'unicode';

/**
 * Chooses how polynomials print: `'unicode'` (`1.0 + 2.0·x²`, NumPy's default off Windows)
 * or `'ascii'` (`1.0 + 2.0 x**2`).
 *
 * @example
 * np.polynomial.set_default_printstyle('ascii')
 */
export function set_default_printstyle(style: 'unicode' | 'ascii'): void {
  if (style !== 'unicode' && style !== 'ascii') throw new ValueError(`Unsupported format string '${style}'. Valid options are 'ascii' and 'unicode'`);
  printStyle = style;
}

/** polyutils.format_float: dragon4 with the print options, trimmed to one trailing zero. */
function formatFloat(x: number, parens = false): string {
  const o = getPrintoptions();
  if (Number.isNaN(x)) return o.nanstr;
  if (!Number.isFinite(x)) return o.infstr;
  const fixed = o.floatmode === 'fixed';
  const opts = { precision: o.precision, unique: !fixed, trim: (fixed ? 'k' : '0') as 'k' | '0', sign: o.sign === '+' };
  const a = Math.abs(x);
  if (x !== 0 && (a >= 1e8 || a < 10 ** Math.min(0, Math.floor(-(o.precision - 1) / 2)))) {
    const s = formatFloatScientific(x, opts);
    return parens ? `(${s})` : s;
  }
  return formatFloatPositional(x, { ...opts, fractional: true });
}

/** Options of the class methods (NumPy's keywords). */
export interface PolynomialOptions {
  domain?: ArrayLike | null;
  window?: ArrayLike | null;
  symbol?: string;
}

function pair(v: ArrayLike | null | undefined, what: 'Domain' | 'Window'): Float64Array {
  if (v === null || v === undefined) return DEFAULT_DOMAIN.slice();
  const s = asSeries(v, false);
  if (s.length !== 2) throw new ValueError(`${what} has wrong number of elements.`);
  return s;
}

/**
 * A power series `c[0] + c[1]·x + ...` (coefficients in increasing order), as NumPy's
 * `np.polynomial.Polynomial`: `domain` is mapped onto `window` before evaluation (both
 * `[-1, 1]` by default; `Polynomial.fit` sets the domain to the data's range for a well
 * conditioned fit, and `convert()` gives the plain coefficients).
 *
 * @example
 * const p = new np.polynomial.Polynomial([1, 2, 3]);
 * String(p)                  // '1.0 + 2.0·x + 3.0·x²'
 * p.call(2)                  // 17
 * p.deriv().coef             // array([2., 6.])
 * const f = np.polynomial.Polynomial.fit(x, y, 2);
 * f.convert().coef           // coefficients in the unscaled x
 */
export class Polynomial {
  /** The coefficients, lowest degree first (float64). */
  readonly coef: NDArray;
  /** The interval mapped onto the window before evaluation. */
  readonly domain: NDArray;
  /** The interval the coefficients are expressed in. */
  readonly window: NDArray;
  /** The variable's name in printing. */
  readonly symbol: string;
  /** The largest power `**` accepts (NumPy's maxpower). */
  static readonly maxpower = 100;

  constructor(coef: ArrayLike, domain: ArrayLike | null | PolynomialOptions = null, window: ArrayLike | null = null, symbol = 'x') {
    let d = domain;
    if (d !== null && typeof d === 'object' && !Array.isArray(d) && !(d instanceof NDArray) && !ArrayBuffer.isView(d)) {
      const o = d as PolynomialOptions;
      d = o.domain ?? null;
      window = o.window ?? window;
      symbol = o.symbol ?? symbol;
    }
    const c = asSeries(coef, false);
    this.coef = new NDArray(c, 'float64', [c.length]);
    this.domain = new NDArray(pair(d as ArrayLike | null, 'Domain'), 'float64', [2]);
    this.window = new NDArray(pair(window, 'Window'), 'float64', [2]);
    if (typeof symbol !== 'string' || symbol === '') throw new NumpyTypeError('Symbol must be a non-empty string');
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(symbol)) throw new ValueError('Symbol string must be a valid Python identifier');
    this.symbol = symbol;
  }

  /** The coefficients as a Float64Array (no copy). */
  private get c(): Float64Array {
    return this.coef.data as Float64Array;
  }

  private make(c: Float64Array): Polynomial {
    return new Polynomial(c, this.domain, this.window, this.symbol);
  }

  /** Coefficients of another operand: a number, array_like, or a Polynomial with the same domain, window and symbol. */
  private other(o: unknown): Float64Array {
    if (o instanceof Polynomial) {
      if (!sameArray(this.domain, o.domain)) throw new NumpyTypeError('Domains differ');
      if (!sameArray(this.window, o.window)) throw new NumpyTypeError('Windows differ');
      if (this.symbol !== o.symbol) throw new ValueError('Polynomial symbols differ');
      return o.c;
    }
    return asSeries(o as ArrayLike);
  }

  /** The degree: `len(coef) - 1`. */
  degree(): number {
    return this.c.length - 1;
  }

  /** Number of coefficients, as `len(p)`. */
  get length(): number {
    return this.c.length;
  }

  /** `off, scl` mapping the domain onto the window. */
  mapparms(): [number, number] {
    return mapparms(this.domain, this.window);
  }

  /**
   * The polynomial's value at x (number, array_like, or another Polynomial: the
   * composition), as NumPy's `p(x)`.
   *
   * @example
   * new np.polynomial.Polynomial([1, 2, 3]).call(np.array([0, 1]))   // array([1., 6.])
   */
  call(x: ArrayLike | Polynomial): any {
    const [off, scl] = this.mapparms();
    if (x instanceof Polynomial) {
      const arg = x.__mul__(scl).__add__(off);
      let r = x.make(Float64Array.of(this.c[this.c.length - 1]));
      for (let i = this.c.length - 2; i >= 0; i--) r = r.__mul__(arg).__add__(this.c[i]);
      return r;
    }
    if (typeof x === 'number') return seriesVal(off + scl * x, this.c);
    const a = asarray(x).astype('float64');
    const mapped = a.multiply(scl).add(off);
    return seriesVal(mapped, this.c);
  }

  /** The derivative of order m. */
  deriv(m = 1): Polynomial {
    const [, scl] = this.mapparms();
    return this.make(seriesDer(this.c, m, scl));
  }

  /** The integral of order m with constants k and lower bound lbnd (in the domain). */
  integ(m = 1, k: number | readonly number[] = [], lbnd: number | null = null): Polynomial {
    const [off, scl] = this.mapparms();
    const lb = lbnd === null ? 0 : off + scl * lbnd;
    return this.make(seriesInt(this.c, m, typeof k === 'number' ? [k] : k, lb, 1 / scl));
  }

  /** The same polynomial expressed for another domain and window (default: the class's [-1, 1], so plain coefficients). */
  convert(opts: { domain?: ArrayLike | null; window?: ArrayLike | null } = {}): Polynomial {
    return this.call(Polynomial.identity({ domain: opts.domain ?? null, window: opts.window ?? null, symbol: this.symbol }));
  }

  /** Trailing coefficients with |c| <= tol removed. */
  trim(tol = 0): Polynomial {
    return this.make(trimcoef(this.c, tol));
  }

  /** The first `size` coefficients. */
  truncate(size: number): Polynomial {
    if (!Number.isInteger(size) || size < 1) throw new ValueError('size must be a positive integer');
    return this.make(this.c.slice(0, size));
  }

  /** Truncated to degree deg. */
  cutdeg(deg: number): Polynomial {
    return this.truncate(deg + 1);
  }

  /** A copy. */
  copy(): Polynomial {
    return this.make(this.c.slice());
  }

  /** `[x, p(x)]` at n points spread over the domain (for plotting). */
  linspace(n = 100, domain: ArrayLike | null = null): [NDArray, NDArray] {
    const d = (domain === null ? this.domain : asarray(domain)).tolist() as number[];
    const x = linspace(d[0], d[1], n);
    return [x, this.call(x)];
  }

  /**
   * The least-squares fit of degree `deg` to (x, y), as NumPy's `Polynomial.fit`: the
   * domain is the range of x (mapped onto [-1, 1] for conditioning); `convert()` gives
   * the coefficients in x itself.
   *
   * @example
   * const p = np.polynomial.Polynomial.fit([0, 1, 2, 3], [1, 3, 7, 13], 2);
   * p.convert().coef           // array([1., 1., 1.])
   */
  static fit(x: ArrayLike, y: ArrayLike, deg: number, opts: PolynomialOptions & { w?: ArrayLike | null; rcond?: number | null } = {}): Polynomial {
    let domain: Float64Array;
    if (opts.domain === null || opts.domain === undefined) {
      const xs = asSeries(x, false);
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of xs) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      domain = lo === hi ? Float64Array.of(lo - 1, hi + 1) : Float64Array.of(lo, hi);
    } else domain = Array.isArray(opts.domain) && opts.domain.length === 0 ? DEFAULT_DOMAIN : pair(opts.domain, 'Domain');
    const window = pair(opts.window, 'Window');
    const [off, scl] = mapparms(domain, window);
    const xnew = asarray(x).astype('float64').multiply(scl).add(off);
    const coef = seriesFit(xnew, y, deg, opts.w ?? null, opts.rcond ?? null);
    return new Polynomial(coef, domain, window, opts.symbol ?? 'x');
  }

  /** The monic polynomial with these roots. */
  static fromroots(roots: ArrayLike, opts: PolynomialOptions = {}): Polynomial {
    const r = asSeries(roots, false);
    const domain = pair(opts.domain, 'Domain');
    const window = pair(opts.window, 'Window');
    const [off, scl] = mapparms(domain, window);
    const coef = seriesFromRoots(r.map((v) => off + scl * v)).map((v) => v / scl ** r.length);
    return new Polynomial(coef, domain, window, opts.symbol ?? 'x');
  }

  /** The identity `x` over a domain and window. */
  static identity(opts: PolynomialOptions = {}): Polynomial {
    const domain = pair(opts.domain, 'Domain');
    const window = pair(opts.window, 'Window');
    const [off, scl] = mapparms(window, domain);
    return new Polynomial(Float64Array.of(off, scl), domain, window, opts.symbol ?? 'x');
  }

  /** The basis polynomial x**deg. */
  static basis(deg: number, opts: PolynomialOptions = {}): Polynomial {
    if (!Number.isInteger(deg) || deg < 0) throw new ValueError('deg must be non-negative integer');
    const c = new Float64Array(deg + 1);
    c[deg] = 1;
    return new Polynomial(c, opts.domain ?? null, opts.window ?? null, opts.symbol ?? 'x');
  }

  // Python's data model: the kernel calls these for the operators in cells.
  __add__(o: unknown): Polynomial {
    try {
      return this.make(seriesAdd(this.c, this.other(o)));
    } catch (e) {
      if (o instanceof Polynomial) throw e;
      return NOT_IMPLEMENTED;
    }
  }
  __radd__(o: unknown): Polynomial {
    return this.__add__(o);
  }
  __sub__(o: unknown): Polynomial {
    try {
      return this.make(seriesSub(this.c, this.other(o)));
    } catch (e) {
      if (o instanceof Polynomial) throw e;
      return NOT_IMPLEMENTED;
    }
  }
  __rsub__(o: unknown): Polynomial {
    try {
      return this.make(seriesSub(asSeries(o as ArrayLike), this.c));
    } catch {
      return NOT_IMPLEMENTED;
    }
  }
  __mul__(o: unknown): Polynomial {
    try {
      return this.make(seriesMul(this.c, this.other(o)));
    } catch (e) {
      if (o instanceof Polynomial) throw e;
      return NOT_IMPLEMENTED;
    }
  }
  __rmul__(o: unknown): Polynomial {
    return this.__mul__(o);
  }
  /** Division by a number (NumPy has no true division by a polynomial: use `divmod`). */
  __truediv__(o: unknown): Polynomial {
    if (typeof o !== 'number') {
      const cls = (v: unknown) => (v instanceof Polynomial ? "<class 'numpy.polynomial.polynomial.Polynomial'>" : `<class '${v instanceof NDArray ? 'numpy.ndarray' : Array.isArray(v) ? 'list' : typeof v === 'string' ? 'str' : typeof v}'>`);
      throw new NumpyTypeError(`unsupported types for true division: '${cls(this)}', '${cls(o)}'`);
    }
    return this.divmod(o)[0];
  }
  __floordiv__(o: unknown): Polynomial {
    return this.divmod(o)[0];
  }
  __mod__(o: unknown): Polynomial {
    return this.divmod(o)[1];
  }
  __pow__(n: number): Polynomial {
    return this.make(seriesPow(this.c, n, Polynomial.maxpower));
  }
  __neg__(): Polynomial {
    return this.make(this.c.map((v) => -v));
  }
  __pos__(): Polynomial {
    return this;
  }
  __eq__(o: unknown): boolean {
    return o instanceof Polynomial && sameArray(this.domain, o.domain) && sameArray(this.window, o.window) && sameArray(this.coef, o.coef) && this.symbol === o.symbol;
  }
  __ne__(o: unknown): boolean {
    return !this.__eq__(o);
  }

  /** Quotient and remainder, as Python's `divmod(p, q)`. */
  divmod(o: unknown): [Polynomial, Polynomial] {
    const [q, r] = seriesDiv(this.c, this.other(o));
    return [this.make(q), this.make(r)];
  }

  /** Iterates over the coefficients, as `iter(p)`. */
  [Symbol.iterator](): Iterator<number> {
    return (this.c.slice() as Float64Array)[Symbol.iterator]();
  }

  /** NumPy's `__str__` (unicode or ascii as set_default_printstyle says), wrapped at the print options' linewidth. */
  toString(): string {
    return this.format(printStyle);
  }

  /** NumPy's `format(p, 'ascii')` / `format(p, 'unicode')`. */
  format(style: 'unicode' | 'ascii' = printStyle): string {
    if (style !== 'unicode' && style !== 'ascii') throw new ValueError(`Unsupported format string '${style}' passed to <class 'numpy.polynomial.polynomial.Polynomial'>.__format__. Valid options are 'ascii' and 'unicode'`);
    const linewidth = Math.max(getPrintoptions().linewidth, 1);
    const c = this.c;
    let out = formatFloat(c[0]);
    const [off, scale] = this.mapparms();
    let sym: string;
    if (off === 0 && scale === 1) sym = this.symbol;
    else if (scale === 1) sym = `(${formatFloat(off)} + ${this.symbol})`;
    else if (off === 0) sym = `(${formatFloat(scale)}${this.symbol})`;
    else sym = `(${formatFloat(off)} + ${formatFloat(scale)}${this.symbol})`;
    for (let i = 1; i < c.length; i++) {
      out += ' ';
      const power = String(i);
      let term = c[i] >= 0 ? `+ ${formatFloat(c[i], true)}` : c[i] < 0 ? `- ${formatFloat(-c[i], true)}` : `+ ${formatFloat(c[i], true)}`;
      if (style === 'unicode') term += i === 1 ? `·${sym}` : `·${sym}${Array.from(power, (d) => SUPERSCRIPT[+d]).join('')}`;
      else term += i === 1 ? ` ${sym}` : ` ${sym}**${power}`;
      let lineLen = out.length - out.lastIndexOf('\n') - 1 + term.length;
      if (i < c.length - 1) lineLen += 2;
      if (lineLen >= linewidth) term = term.replace(' ', '\n');
      out += term;
    }
    return out;
  }

  /** NumPy's repr: `Polynomial([1., 2.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')`. */
  __repr__(): string {
    const inner = (a: NDArray) => arrayRepr(a).slice(6, -1);
    return `Polynomial(${inner(this.coef)}, domain=${inner(this.domain)}, window=${inner(this.window)}, symbol='${this.symbol}')`;
  }
}

function sameArray(a: NDArray, b: NDArray): boolean {
  const x = a.data;
  const y = b.data;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
