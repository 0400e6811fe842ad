/**
 * NumPy's `ABCPolyBase` (numpy/polynomial/_polybase.py): everything a series class does
 * whatever its basis (domain → window mapping, printing, arithmetic, Python's operator
 * dunders, fit/fromroots/identity/basis/cast/convert), over the basis's kernels that each
 * subclass names in its static `kernels`.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { arrayRepr } from '../format';
import { NumpyTypeError, ValueError } from '../errors';
import { linspace } from '../creation';
import { asSeries, trimcoef, mapparms, trimseq as trimseqF64 } from './series';
import { rootsWith, add, sub, valElementwise, pair, isOptions, sameArray, getdomain } from './polyutils';
import { divOf, powOf, fromRootsOf, fitOf, type Kernels } from './seriesmodule';
import type { FitInfo } from './fit';
import type { PolynomialOptions, FitClassOptions, SeriesClass } from './types';

export type { PolynomialOptions, FitClassOptions, SeriesClass } from './types';
import { generateString, latexString, printStyle } from './printstyle';

// Python's NotImplemented: the kernel then tries the other operand's reflected method.
const NOT_IMPLEMENTED = Symbol.for('NotImplemented') as any;
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/**
 * The base of NumPy's series classes: coefficients in a basis, with a `domain` mapped
 * linearly onto the basis's `window` before evaluation. Subclasses give the kernels,
 * default domain/window and how a term prints.
 *
 * @example
 * const c = new np.polynomial.Chebyshev([1, 2, 3]);
 * String(c)                        // '1.0 + 2.0·T₁(x) + 3.0·T₂(x)'
 * c.convert({ kind: np.polynomial.Polynomial }).coef   // array([-2.,  2.,  6.])
 */
export class ABCPolyBase {
  /** The coefficients, lowest degree first (float64). */
  readonly coef: NDArray;
  /** The interval mapped onto the window before evaluation. */
  readonly domain: NDArray;
  /** The interval the coefficients are expressed in. */
  readonly window: NDArray;
  /** The variable's name in printing. */
  readonly symbol: string;
  /** The largest power `**` accepts (NumPy's maxpower). */
  static readonly maxpower: number = 100;
  /** The basis's kernels (set by each subclass). */
  static kernels: Kernels;
  /** The letter of the basis functions in printing (`T` for Chebyshev), null for Polynomial. */
  static basisName: string | null = null;
  /** NumPy's module path of the class, for messages. */
  static module = 'numpy.polynomial._polybase';

  /** The class's default domain (NumPy's class attribute `domain`). */
  static get domain(): NDArray {
    return new NDArray(this.kernels.domain.slice(), 'float64', [2]);
  }

  /** The class's default window. */
  static get window(): NDArray {
    return new NDArray(this.kernels.domain.slice(), 'float64', [2]);
  }

  /** The printed basis letter (`'T'`), null for Polynomial (NumPy's `basis_name`). */
  static get basis_name(): string | null {
    return this.basisName;
  }

  constructor(coef: ArrayLike, domain: ArrayLike | null | PolynomialOptions = null, window: ArrayLike | null = null, symbol = 'x') {
    let d = domain;
    if (isOptions(d)) {
      const o = d;
      d = o.domain ?? null;
      window = o.window ?? window;
      symbol = o.symbol ?? symbol;
    }
    const k = this.cls.kernels;
    const c = asSeries(coef, false);
    this.coef = new NDArray(c, 'float64', [c.length]);
    this.domain = new NDArray(pair(d as ArrayLike | null, 'Domain', k.domain), 'float64', [2]);
    this.window = new NDArray(pair(window, 'Window', k.domain), 'float64', [2]);
    if (typeof symbol !== 'string' || symbol === '') throw new NumpyTypeError('Symbol must be a non-empty string');
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(symbol)) throw new ValueError('Symbol string must be a valid Python identifier');
    this.symbol = symbol;
  }

  /** The subclass (Python's `self.__class__`). */
  protected get cls(): SeriesClass<this> {
    return this.constructor as SeriesClass<this>;
  }

  /** The coefficients as a Float64Array (no copy). */
  protected get c(): Float64Array {
    return this.coef.data as Float64Array;
  }

  protected make(c: Float64Array): this {
    return new this.cls(c, this.domain, this.window, this.symbol);
  }

  /** NumPy's `_get_coefficients`: another series of the same class, domain, window and symbol, or coefficients. */
  protected other(o: unknown): Float64Array {
    if (o instanceof ABCPolyBase) {
      if (!(o instanceof this.cls)) throw new NumpyTypeError('Polynomial types differ');
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

  /** Whether the coefficients equal other's (NumPy's has_samecoef). */
  has_samecoef(other: ABCPolyBase): boolean {
    return sameArray(this.coef, other.coef);
  }

  /** Whether the domains are equal. */
  has_samedomain(other: ABCPolyBase): boolean {
    return sameArray(this.domain, other.domain);
  }

  /** Whether the windows are equal. */
  has_samewindow(other: ABCPolyBase): boolean {
    return sameArray(this.window, other.window);
  }

  /** Whether other is of this class. */
  has_sametype(other: unknown): boolean {
    return other instanceof this.cls;
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
   * The series' value at x (number, array_like, or another series: the composition), as
   * NumPy's `p(x)`.
   *
   * @example
   * new np.polynomial.Legendre([1, 2, 3]).call(np.array([0, 1]))   // array([-0.5,  6. ])
   */
  call(x: ArrayLike | ABCPolyBase): any {
    const [off, scl] = this.mapparms();
    const k = this.cls.kernels;
    if (x instanceof ABCPolyBase) return k.valRing(x.__mul__(scl).__add__(off), this.c);
    if (typeof x === 'number') return k.valAt(off + scl * x, this.c);
    const mapped = asarray(x).astype('float64').multiply(scl).add(off);
    return valElementwise(k.valAt, mapped, this.c);
  }

  /** The derivative of order m. */
  deriv(m = 1): this {
    const [, scl] = this.mapparms();
    return this.make(this.cls.kernels.der(this.c, m, scl));
  }

  /** The integral of order m with constants k and lower bound lbnd (in the domain). */
  integ(m = 1, k: number | readonly number[] = [], lbnd: number | null = null): this {
    const [off, scl] = this.mapparms();
    const lb = lbnd === null ? 0 : off + scl * lbnd;
    return this.make(this.cls.kernels.int(this.c, m, k, lb, 1 / scl));
  }

  /**
   * The same function as a series of class `kind` (default: this class) over another
   * domain and window (default: kind's), as NumPy's `convert`.
   *
   * @example
   * new np.polynomial.Chebyshev([0, 0, 1]).convert({ kind: np.polynomial.Polynomial }).coef   // array([-1.,  0.,  2.])
   */
  convert<K extends ABCPolyBase = this>(opts: { domain?: ArrayLike | null; kind?: SeriesClass<K>; window?: ArrayLike | null } = {}): K {
    const kind = (opts.kind ?? this.cls) as SeriesClass<K>;
    return this.call(kind.identity({ domain: opts.domain ?? null, window: opts.window ?? null, symbol: this.symbol }));
  }

  /** Trailing coefficients with |c| <= tol removed. */
  trim(tol = 0): this {
    return this.make(trimcoef(this.c, tol));
  }

  /** The first `size` coefficients. */
  truncate(size: number): this {
    if (!Number.isInteger(size) || size < 1) throw new ValueError('size must be a positive integer');
    return this.make(this.c.slice(0, size));
  }

  /** Truncated to degree deg. */
  cutdeg(deg: number): this {
    return this.truncate(deg + 1);
  }

  /** A copy. */
  copy(): this {
    return this.make(this.c.slice());
  }

  /**
   * The roots in the domain, sorted (complex128 when some are complex), as NumPy's `roots()`.
   * @example np.polynomial.Polynomial.fromroots([1, 2]).roots()   // array([1., 2.])
   */
  roots(): NDArray {
    const r = rootsWith(this.cls.kernels.companion, trimseqF64(this.c));
    const [off, scl] = mapparms(this.window, this.domain);
    return r.multiply(scl).add(off);
  }

  /** `[x, p(x)]` at n points spread over the domain (for plotting). */
  linspace(n = 100, domain: ArrayLike | null = null): [NDArray, NDArray] {
    const d = (domain === null ? this.domain : asarray(domain)).tolist() as number[];
    const x = linspace(d[0], d[1], n);
    return [x, this.call(x)];
  }

  /**
   * The least-squares fit of degree `deg` to (x, y), as NumPy's `fit`: the domain is the
   * range of x (mapped onto the window for conditioning); `convert()` gives the
   * coefficients in x itself.
   *
   * @example
   * const p = np.polynomial.Polynomial.fit([0, 1, 2, 3], [1, 3, 7, 13], 2);
   * p.convert().coef           // array([1., 1., 1.])
   */
  static fit<T extends ABCPolyBase>(this: SeriesClass<T>, x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts?: FitClassOptions & { full?: false }): T;
  static fit<T extends ABCPolyBase>(this: SeriesClass<T>, x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts: FitClassOptions & { full: true }): [T, FitInfo];
  static fit<T extends ABCPolyBase>(this: SeriesClass<T>, x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts: FitClassOptions = {}): T | [T, FitInfo] {
    let domain: Float64Array;
    if (opts.domain === null || opts.domain === undefined) {
      domain = getdomain(x);
      if (domain[0] === domain[1]) domain = Float64Array.of(domain[0] - 1, domain[1] + 1);
    } else domain = pair(Array.isArray(opts.domain) && opts.domain.length === 0 ? null : opts.domain, 'Domain', this.kernels.domain);
    const window = pair(opts.window, 'Window', this.kernels.domain);
    const [off, scl] = mapparms(domain, window);
    const xnew = asarray(x).astype('float64').multiply(scl).add(off);
    const [coef, info] = fitOf(this.kernels, xnew, y, deg, opts.w ?? null, opts.rcond ?? null);
    const series = new this(coef, domain, window, opts.symbol ?? 'x');
    return opts.full ? [series, info] : series;
  }

  /** The series with these roots, leading coefficient 1 in the window (`domain: null` takes the roots' range). */
  static fromroots<T extends ABCPolyBase>(this: SeriesClass<T>, roots: ArrayLike, opts: PolynomialOptions = {}): T {
    const r = asarray(roots).size === 0 ? new Float64Array(0) : asSeries(roots, false);
    const domain = opts.domain === null ? getdomain(r) : pair(opts.domain, 'Domain', this.kernels.domain);
    const window = pair(opts.window, 'Window', this.kernels.domain);
    const [off, scl] = mapparms(domain, window);
    const coef = fromRootsOf(this.kernels, r.map((v) => off + scl * v)).map((v) => v / scl ** r.length);
    return new this(coef, domain, window, opts.symbol ?? 'x');
  }

  /** The identity `x` over a domain and window. */
  static identity<T extends ABCPolyBase>(this: SeriesClass<T>, opts: PolynomialOptions = {}): T {
    const domain = pair(opts.domain, 'Domain', this.kernels.domain);
    const window = pair(opts.window, 'Window', this.kernels.domain);
    const [off, scl] = mapparms(window, domain);
    return new this(this.kernels.line(off, scl), domain, window, opts.symbol ?? 'x');
  }

  /** The basis function of degree deg (x**deg for Polynomial, T_deg for Chebyshev ...). */
  static basis<T extends ABCPolyBase>(this: SeriesClass<T>, deg: number, opts: PolynomialOptions = {}): T {
    if (!Number.isInteger(deg) || deg < 0) throw new ValueError('deg must be non-negative integer');
    const c = new Float64Array(deg + 1);
    c[deg] = 1;
    return new this(c, opts.domain ?? null, opts.window ?? null, opts.symbol ?? 'x');
  }

  /**
   * Another series converted to this class, as NumPy's `cast`.
   * @example np.polynomial.Chebyshev.cast(new np.polynomial.Polynomial([0, 0, 1])).coef   // array([0.5, 0. , 0.5])
   */
  static cast<T extends ABCPolyBase>(this: SeriesClass<T>, series: ABCPolyBase, opts: { domain?: ArrayLike | null; window?: ArrayLike | null } = {}): T {
    return series.convert({ domain: opts.domain ?? null, kind: this, window: opts.window ?? null });
  }

  // Python's data model: the kernel calls these for the operators in cells.
  private binary(o: unknown, op: (a: Float64Array, b: Float64Array) => Float64Array): this {
    const other = this.other(o); // NumPy checks the classes, domains, windows and symbols outside its try
    try {
      return this.make(op(this.c, other));
    } catch {
      return NOT_IMPLEMENTED;
    }
  }
  private reflected(o: unknown, op: (a: Float64Array, b: Float64Array) => Float64Array): this {
    try {
      return this.make(op(asSeries(o as ArrayLike), this.c));
    } catch {
      return NOT_IMPLEMENTED;
    }
  }
  __add__(o: unknown): this {
    try {
      return this.binary(o, add);
    } catch (e) {
      if (o instanceof ABCPolyBase) throw e;
      return NOT_IMPLEMENTED;
    }
  }
  __radd__(o: unknown): this {
    return this.reflected(o, add);
  }
  __sub__(o: unknown): this {
    try {
      return this.binary(o, sub);
    } catch (e) {
      if (o instanceof ABCPolyBase) throw e;
      return NOT_IMPLEMENTED;
    }
  }
  __rsub__(o: unknown): this {
    return this.reflected(o, sub);
  }
  __mul__(o: unknown): this {
    try {
      return this.binary(o, this.cls.kernels.mul);
    } catch (e) {
      if (o instanceof ABCPolyBase) throw e;
      return NOT_IMPLEMENTED;
    }
  }
  __rmul__(o: unknown): this {
    return this.reflected(o, this.cls.kernels.mul);
  }
  /** Division by a number (NumPy has no true division by a series: use `divmod`). */
  __truediv__(o: unknown): this {
    if (typeof o !== 'number') {
      const cls = (v: unknown) => (v instanceof ABCPolyBase ? `<class '${(v.constructor as SeriesClass).module}'>` : `<class '${v instanceof NDArray ? 'numpy.ndarray' : Array.isArray(v) ? 'list' : typeof v === 'string' ? 'str' : typeof v}'>`);
      throw new NumpyTypeError(`unsupported types for true division: '${cls(this)}', '${cls(o)}'`);
    }
    return this.divmod(o)[0];
  }
  __floordiv__(o: unknown): this {
    return this.divmod(o)[0];
  }
  __mod__(o: unknown): this {
    return this.divmod(o)[1];
  }
  __pow__(n: number): this {
    return this.make(powOf(this.cls.kernels, this.c, n, (this.constructor as typeof ABCPolyBase).maxpower));
  }
  __neg__(): this {
    return this.make(this.c.map((v) => -v));
  }
  __pos__(): this {
    return this;
  }
  __eq__(o: unknown): boolean {
    return o instanceof this.cls && sameArray(this.domain, o.domain) && sameArray(this.window, o.window) && sameArray(this.coef, o.coef) && this.symbol === o.symbol;
  }
  __ne__(o: unknown): boolean {
    return !this.__eq__(o);
  }

  /** Quotient and remainder, as Python's `divmod(p, q)`. */
  divmod(o: unknown): [this, this] {
    const [q, r] = divOf(this.cls.kernels, this.c, this.other(o));
    return [this.make(q), this.make(r)];
  }

  /** Iterates over the coefficients, as `iter(p)`. */
  [Symbol.iterator](): Iterator<number> {
    return (this.c.slice() as Float64Array)[Symbol.iterator]();
  }

  /** NumPy's `__str__` (unicode or ascii as set_default_printstyle says), wrapped at the print options' linewidth. */
  toString(): string {
    return this.format(printStyle());
  }

  /** How term i prints in unicode: `·T₂(x)` (NumPy's `_str_term_unicode`). */
  protected strTermUnicode(i: string, arg: string): string {
    return `·${this.cls.basisName}${Array.from(i, (d) => SUBSCRIPT[+d]).join('')}(${arg})`;
  }

  /** How term i prints in ascii: ` T_2(x)` (NumPy's `_str_term_ascii`). */
  protected strTermAscii(i: string, arg: string): string {
    return ` ${this.cls.basisName}_${i}(${arg})`;
  }

  /** Term i in LaTeX: `{T}_{2}(x)` (NumPy's `_repr_latex_term`). */
  protected reprLatexTerm(i: number, arg: string, _needsParens: boolean): string {
    return `{${this.cls.basisName}}_{${i}}(${arg})`;
  }

  /**
   * NumPy's `_repr_latex_` (what Jupyter shows): `$x \mapsto \text{1.0} + \text{2.0}\,{T}_{1}(x)$`,
   * zero terms greyed.
   */
  _repr_latex_(): string {
    const [off, scale] = this.mapparms();
    return latexString(this.c, off, scale, this.symbol, (i, arg, parens) => this.reprLatexTerm(i, arg, parens));
  }

  /** The notebook's MIME bundle: the LaTeX Jupyter shows for a series. */
  _repr_mimebundle_(): Record<string, unknown> {
    return { 'text/latex': this._repr_latex_() };
  }

  /** NumPy's `format(p, 'ascii')` / `format(p, 'unicode')`. */
  format(style: 'unicode' | 'ascii' = printStyle()): string {
    if (style !== 'unicode' && style !== 'ascii') throw new ValueError(`Unsupported format string '${style}' passed to <class '${this.cls.module}'>.__format__. Valid options are 'ascii' and 'unicode'`);
    const [off, scale] = this.mapparms();
    const term = style === 'unicode' ? (i: string, arg: string) => this.strTermUnicode(i, arg) : (i: string, arg: string) => this.strTermAscii(i, arg);
    return generateString(this.c, off, scale, this.symbol, term);
  }

  /** NumPy's repr: `Chebyshev([1., 2.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')`. */
  __repr__(): string {
    const inner = (a: NDArray) => arrayRepr(a).slice(6, -1);
    return `${this.cls.module.split('.').pop()}(${inner(this.coef)}, domain=${inner(this.domain)}, window=${inner(this.window)}, symbol='${this.symbol}')`;
  }
}
