/**
 * NumPy's classic polynomial functions (`numpy/lib/_polynomial_impl.py`): coefficients
 * highest power first. polyfit (least squares on a scaled Vandermonde matrix, as NumPy
 * does, so the coefficients agree to rounding), polyval (Horner, with NumPy's dtypes),
 * polyder, polyint, polyadd, polysub, polymul, poly (from real roots) and poly1d.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError, NumpyTypeError } from '../errors';
import { add, multiply, subtract, divide, sqrt } from '../math';
import { zeros_like, arange, zeros, ones } from '../creation';
import { concatenate, trim_zeros } from '../manipulation';
import { convolve } from '../statistics';
import { sum } from '../reduce';
import linalg from '../linalg/index';
import { matmul } from '../linalg/products';
import { vander } from './twodim';
import { isOpts } from './common';
import { arrayRepr, formatG } from '../format';
import { eigvals } from '../linalg/eig';
import { complexParts, complexFromParts } from '../complex/parts';

/** The i-th element of a 1-d array as a 0-d view (a NumPy scalar of its dtype, not a weak Python number). */
function item0d(p: NDArray, i: number): NDArray {
  return new NDArray(p.data, p.dtype, [], [], p.offset + i * p.elementStrides[0], p);
}

function coeffsOf(p: ArrayLike | Poly1d): NDArray {
  const a = p instanceof Poly1d ? p.coeffs : asarray(p);
  return a.ndim === 0 ? a.reshape(1) : a;
}

/**
 * The polynomial `p` (coefficients, highest power first) evaluated at `x`, by Horner's
 * scheme; the result has NumPy's dtype for `p` and `x`.
 *
 * @example
 * np.polyval([3, 0, 1], 5)                  // 76
 * np.polyval([1, -1], np.array([1, 2, 3]))  // array([0, 1, 2])
 */
export function polyval(p: ArrayLike | Poly1d, x: ArrayLike): any {
  const c = coeffsOf(p);
  const xs = asarray(x);
  let y: any = zeros_like(xs);
  for (let i = 0; i < c.shape[0]; i++) y = add(multiply(y, xs), item0d(c, i));
  // A 0-d result is a NumPy scalar, as np.polyval([3, 0, 1], 5) is np.int64(76).
  return y instanceof NDArray && y.ndim === 0 ? y.item() : y;
}

/** Options of np.polyfit. */
export interface PolyfitOptions {
  /** Relative cutoff for small singular values (default len(x) * eps). */
  rcond?: number | null;
  /** Also return [residuals, rank, singular values, rcond] (default false). */
  full?: boolean;
  /** Weights applied to the residuals (1-d, the length of y). */
  w?: ArrayLike | null;
  /** Also return the coefficients' covariance matrix; 'unscaled' leaves it unscaled. */
  cov?: boolean | 'unscaled';
}

/**
 * The least-squares polynomial of degree `deg` through the points (x, y): its
 * coefficients, highest power first (one column per column of a 2-d `y`).
 *
 * Parameters
 * - x: the sample points (1-d); y: the values (1-d, or 2-d for several fits at once).
 * - deg: the degree.
 * - rcond, full, w, cov: as NumPy's keywords.
 *
 * @example
 * const x = np.array([0, 1, 2, 3]);
 * np.polyfit(x, np.array([1, 3, 5, 7]), 1)   // array([2., 1.])
 */
export function polyfit(x: ArrayLike, y: ArrayLike, deg: number, opts: PolyfitOptions = {}): any {
  if (!Number.isInteger(deg)) throw new NumpyTypeError(`'${typeof deg === 'number' ? 'float' : typeof deg}' object cannot be interpreted as an integer`);
  const order = deg + 1;
  const X = add(asarray(x), 0.0) as NDArray;
  const Y = add(asarray(y), 0.0) as NDArray;
  if (deg < 0) throw new ValueError('expected deg >= 0');
  if (X.ndim !== 1) throw new NumpyTypeError('expected 1D vector for x');
  if (X.size === 0) throw new NumpyTypeError('expected non-empty vector for x');
  if (Y.ndim < 1 || Y.ndim > 2) throw new NumpyTypeError('expected 1D or 2D array for y');
  if (X.shape[0] !== Y.shape[0]) throw new NumpyTypeError('expected x and y to have same length');
  const rcond = opts.rcond ?? X.shape[0] * 2.220446049250313e-16;
  let lhs = vander(X, order);
  let rhs = Y;
  if (opts.w !== undefined && opts.w !== null) {
    const w = add(asarray(opts.w), 0.0) as NDArray;
    if (w.ndim !== 1) throw new NumpyTypeError('expected a 1-d array for weights');
    if (w.shape[0] !== Y.shape[0]) throw new NumpyTypeError('expected w and y to have the same length');
    const col = w.reshape(-1, 1);
    lhs = multiply(lhs, col) as NDArray;
    rhs = multiply(rhs, rhs.ndim === 2 ? col : w) as NDArray;
  }
  const scale = sqrt(sum(multiply(lhs, lhs), 0)) as NDArray;
  lhs = divide(lhs, scale) as NDArray;
  const [c0, resids, rank, s] = linalg.lstsq(lhs, rhs, rcond);
  const c = (c0.ndim === 2 ? divide(c0.T, scale).T : divide(c0, scale)) as NDArray;
  if (rank !== order && !opts.full) {
    (globalThis as { console?: { warn(m: string): void } }).console?.warn('RankWarning: Polyfit may be poorly conditioned');
  }
  if (opts.full) return [c, resids, rank, s, rcond];
  if (opts.cov) {
    let V = linalg.inv(matmul(lhs.T, lhs)) as NDArray;
    V = divide(V, multiply(scale.reshape(-1, 1), scale.reshape(1, -1))) as NDArray;
    let fac: NDArray | number = 1;
    if (opts.cov !== 'unscaled') {
      if (X.shape[0] <= order) throw new ValueError('the number of data points must exceed order to scale the covariance matrix');
      fac = divide(resids, X.shape[0] - order) as NDArray;
    }
    return [c, Y.ndim === 1 ? multiply(V, fac) : multiply(V.reshape(order, order, 1), fac)];
  }
  return c;
}

/**
 * The m-th derivative of a polynomial (coefficients highest power first).
 *
 * @example
 * np.polyder([1, 1, 1, 1])      // array([3, 2, 1])
 * np.polyder([1, 1, 1, 1], 2)   // array([6, 2])
 */
export function polyder(p: ArrayLike | Poly1d, m: number | { m?: number } = 1): any {
  const order = isOpts(m) ? ((m as { m?: number }).m ?? 1) : (m as number);
  if (order < 0) throw new ValueError('Order of derivative must be positive (see polyint)');
  const truepoly = p instanceof Poly1d;
  let c = coeffsOf(p);
  for (let k = 0; k < order; k++) {
    const n = c.shape[0] - 1;
    c = multiply(c.get(':-1'), arange(n, 0, -1)) as NDArray;
  }
  return truepoly ? new Poly1d(c) : c;
}

/** Options of np.polyint. */
export interface PolyintOptions {
  m?: number;
  /** Integration constants: one for all, or one per integration (the first for the last integral's constant term... as NumPy). */
  k?: ArrayLike | null;
}

/**
 * The m-th antiderivative of a polynomial; `k` gives the integration constants
 * (default 0).
 *
 * @example
 * np.polyint([3, 2, 1])   // array([1., 1., 1., 0.])
 */
export function polyint(p: ArrayLike | Poly1d, m: number | PolyintOptions = 1, k: ArrayLike | PolyintOptions | null = null): any {
  let order = m as number;
  if (isOpts(m)) {
    order = (m as PolyintOptions).m ?? 1;
    k = (m as PolyintOptions).k ?? null;
  } else if (isOpts(k)) k = (k as PolyintOptions).k ?? null;
  if (order < 0) throw new ValueError('Order of integral must be positive (see polyder)');
  const kArr = k === null ? null : coeffsOf(k as ArrayLike);
  let ks: number[] = kArr === null ? new Array(order).fill(0) : Array.from({ length: kArr.size }, (_, i) => kArr.flatGet(i));
  if (ks.length === 1 && order > 1) ks = new Array(order).fill(ks[0]);
  if (ks.length < order) throw new ValueError('k must be a scalar or a rank-1 array of length 1 or >m.');
  const truepoly = p instanceof Poly1d;
  let c = coeffsOf(p);
  for (let j = 0; j < order; j++) c = concatenate([divide(c, arange(c.shape[0], 0, -1)) as NDArray, [ks[j]]]);
  return truepoly ? new Poly1d(c) : c;
}

/** Pads the shorter coefficient array with leading zeros (NumPy's polyadd/polysub). */
function aligned(a1: ArrayLike | Poly1d, a2: ArrayLike | Poly1d): [NDArray, NDArray] {
  let a = coeffsOf(a1);
  let b = coeffsOf(a2);
  const d = a.shape[0] - b.shape[0];
  if (d > 0) b = concatenate([zeros(d, { dtype: b.dtype }), b]);
  else if (d < 0) a = concatenate([zeros(-d, { dtype: a.dtype }), a]);
  return [a, b];
}

const wrap = (a1: unknown, a2: unknown, c: NDArray) => (a1 instanceof Poly1d || a2 instanceof Poly1d ? new Poly1d(c) : c);

/** The sum of two polynomials. @example np.polyadd([1, 2], [9, 5, 4])   // array([9, 6, 6]) */
export function polyadd(a1: ArrayLike | Poly1d, a2: ArrayLike | Poly1d): any {
  const [a, b] = aligned(a1, a2);
  return wrap(a1, a2, add(a, b) as NDArray);
}

/** The difference of two polynomials. @example np.polysub([2, 10, -2], [3, 10, -4])   // array([-1, 0, 2]) */
export function polysub(a1: ArrayLike | Poly1d, a2: ArrayLike | Poly1d): any {
  const [a, b] = aligned(a1, a2);
  return wrap(a1, a2, subtract(a, b) as NDArray);
}

/** The product of two polynomials (a convolution). @example np.polymul([1, 2, 3], [9, 5, 1])   // array([ 9, 23, 38, 17,  3]) */
export function polymul(a1: ArrayLike | Poly1d, a2: ArrayLike | Poly1d): any {
  return wrap(a1, a2, convolve(coeffsOf(a1), coeffsOf(a2)));
}

/**
 * Quotient and remainder of polynomial division (highest power first), as NumPy's
 * `polydiv`: float coefficients; leading remainder terms within 1e-14 of zero dropped.
 *
 * @example
 * np.polydiv([1, 2, 3, 4], [1, 1])   // [array([1., 1., 2.]), array([2.])]
 */
export function polydiv(u: ArrayLike | Poly1d, v: ArrayLike | Poly1d): [any, any] {
  const uc = Float64Array.from(coeffsOf(u).astype('float64').ravel().tolist() as number[]);
  const vc = Float64Array.from(coeffsOf(v).astype('float64').ravel().tolist() as number[]);
  const m = uc.length - 1;
  const n = vc.length - 1;
  const scale = 1 / vc[0];
  const q = new Float64Array(Math.max(m - n + 1, 1));
  const r = uc.slice();
  for (let k = 0; k < m - n + 1; k++) {
    const d = scale * r[k];
    q[k] = d;
    for (let j = 0; j <= n; j++) r[k + j] -= d * vc[j];
  }
  // NumPy's allclose(r[0], 0, rtol=1e-14): |r[0]| <= 1e-8 (atol) drops the leading term.
  let start = 0;
  while (Math.abs(r[start]) <= 1e-8 && r.length - start > 1) start++;
  const qa = new NDArray(q, 'float64', [q.length]);
  const ra = new NDArray(r.slice(start), 'float64', [r.length - start]);
  return [wrap(u, v, qa), wrap(u, v, ra)];
}

/**
 * The monic polynomial whose roots are `seq_of_zeros` (real roots; a square matrix gives
 * its characteristic polynomial only through its eigenvalues, which need complex numbers:
 * not supported yet).
 *
 * @example
 * np.poly([1, 2])   // array([ 1., -3.,  2.])
 */
export function poly(seqOfZeros: ArrayLike): NDArray | number {
  // NumPy's dispatcher iterates its argument: a bare number fails there, with this message.
  if (typeof seqOfZeros === 'number' || typeof seqOfZeros === 'boolean') throw new NumpyTypeError('dispatcher for __array_function__ did not return an iterable');
  let z = asarray(seqOfZeros);
  // A square matrix: the characteristic polynomial, from its eigenvalues.
  if (z.ndim === 2 && z.shape[0] === z.shape[1] && z.shape[0] !== 0) z = eigvals(z);
  else if (z.ndim !== 1 && z.ndim !== 0) throw new ValueError('input must be 1d or non-empty square 2d array.');
  const r = z.ndim === 0 ? z.reshape(1) : z;
  if (r.shape[0] === 0) return 1.0;
  if (r.dtype === 'complex64' || r.dtype === 'complex128') return complexPoly(r);
  let a: NDArray = ones(1, { dtype: 'float64' });
  for (let i = 0; i < r.shape[0]; i++) a = convolve(a, concatenate([ones(1), (multiply(item0d(r, i), -1) as NDArray).reshape(1)]));
  return a;
}

/** poly of complex zeros: the product of (x - z) in complex; real when the zeros come in conjugate pairs (NumPy's test). */
function complexPoly(r: NDArray): NDArray {
  const { re: zr, im: zi } = complexParts(r);
  const n = zr.length;
  let ar = Float64Array.of(1);
  let ai = Float64Array.of(0);
  for (let k = 0; k < n; k++) {
    // a * [1, -z]: out[j] = a[j] - a[j - 1] * z.
    const br = new Float64Array(ar.length + 1);
    const bi = new Float64Array(ar.length + 1);
    for (let j = 0; j <= ar.length; j++) {
      const cr = j < ar.length ? ar[j] : 0;
      const ci = j < ar.length ? ai[j] : 0;
      const pr = j > 0 ? ar[j - 1] : 0;
      const pi = j > 0 ? ai[j - 1] : 0;
      br[j] = cr - (pr * zr[k] - pi * zi[k]);
      bi[j] = ci - (pr * zi[k] + pi * zr[k]);
    }
    ar = br;
    ai = bi;
  }
  const key = (sign: number) => Array.from(zr, (v, i) => [v, sign * zi[i]]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const own = key(1);
  const conj = key(-1);
  const pairs = own.every((p, i) => p[0] === conj[i][0] && p[1] === conj[i][1]);
  return pairs ? new NDArray(ar, 'float64', [ar.length]) : complexFromParts(ar, ai, [ar.length]);
}

/**
 * A one-dimensional polynomial, as NumPy's `poly1d`: coefficients highest power first
 * (leading zeros dropped); call it to evaluate; `deriv`, `integ`, `add`, `sub`, `mul`;
 * prints as NumPy prints it, powers on the line above.
 *
 * @example
 * const p = np.poly1d([1, 2, 3]);
 * p.call(0.5)        // 4.25
 * String(p)          // '   2\n1 x + 2 x + 3'
 */
export class Poly1d {
  readonly coeffs: NDArray;
  readonly variable: string;

  constructor(cOrR: ArrayLike | Poly1d, r: boolean | { r?: boolean; variable?: string | null } = false, variable: string | null = null) {
    if (isOpts(r)) {
      variable = (r as { variable?: string | null }).variable ?? null;
      r = (r as { r?: boolean }).r ?? false;
    }
    if (cOrR instanceof Poly1d) {
      this.coeffs = cOrR.coeffs;
      this.variable = variable ?? cOrR.variable;
      return;
    }
    let c = r ? asarray(poly(cOrR)) : coeffsOf(cOrR);
    if (c.ndim > 1) throw new ValueError('Polynomial must be 1d only.');
    c = trim_zeros(c, 'f') as NDArray;
    if (c.shape[0] === 0) c = zeros(1, { dtype: c.dtype });
    this.coeffs = c;
    this.variable = variable ?? 'x';
  }

  /** The coefficients (NumPy's aliases c, coef, coefficients). */
  get c(): NDArray { return this.coeffs; }
  get coef(): NDArray { return this.coeffs; }
  get coefficients(): NDArray { return this.coeffs; }
  /** The degree. */
  get order(): number { return this.coeffs.shape[0] - 1; }
  get o(): number { return this.order; }

  /** The polynomial's value at `x` (NumPy's `p(x)`). */
  call(x: ArrayLike | Poly1d): any {
    return x instanceof Poly1d ? new Poly1d(polyvalPoly(this, x)) : polyval(this.coeffs, x);
  }

  deriv(m = 1): Poly1d { return new Poly1d(polyder(this.coeffs, m)); }
  integ(m = 1, k: ArrayLike = 0): Poly1d { return new Poly1d(polyint(this.coeffs, m, k)); }
  add(other: ArrayLike | Poly1d): Poly1d { return new Poly1d(polyadd(this.coeffs, coeffsOf(other))); }
  sub(other: ArrayLike | Poly1d): Poly1d { return new Poly1d(polysub(this.coeffs, coeffsOf(other))); }
  mul(other: ArrayLike | Poly1d): Poly1d {
    const o = coeffsOf(other);
    return new Poly1d(o.size === 1 && !(other instanceof Poly1d) ? multiply(this.coeffs, o) : polymul(this.coeffs, o));
  }

  // Python's data model: in cells, `p * q`, `2 * p`, `p + 1`, `p - q`, `-p`, `p ** 2`, `p / 2`, `p == q` (kernel/operator-helpers.ts).
  __add__(other: ArrayLike | Poly1d): Poly1d { return this.add(other); }
  __radd__(other: ArrayLike | Poly1d): Poly1d { return this.add(other); }
  __sub__(other: ArrayLike | Poly1d): Poly1d { return this.sub(other); }
  __rsub__(other: ArrayLike | Poly1d): Poly1d { return new Poly1d(polysub(coeffsOf(other), this.coeffs)); }
  __mul__(other: ArrayLike | Poly1d): Poly1d { return this.mul(other); }
  __rmul__(other: ArrayLike | Poly1d): Poly1d { return this.mul(other); }
  __neg__(): Poly1d { return new Poly1d(multiply(this.coeffs, -1) as NDArray); }
  __pow__(val: number): Poly1d {
    if (typeof val !== 'number' || !Number.isInteger(val) || val < 0) throw new ValueError('Power to a non-negative integer only.');
    let res: NDArray = ones(1, { dtype: 'int64' });
    for (let i = 0; i < val; i++) res = polymul(this.coeffs, res);
    return new Poly1d(res);
  }
  __truediv__(other: number): Poly1d {
    if (typeof other !== 'number') throw new NumpyTypeError('poly1d division by a polynomial (polydiv) is not supported yet');
    return new Poly1d(divide(this.coeffs, other) as NDArray);
  }
  /** NumPy's `p == q`: the same coefficients; anything but a poly1d is Python's NotImplemented. */
  __eq__(other: unknown): boolean | symbol {
    if (!(other instanceof Poly1d)) return Symbol.for('NotImplemented');
    const a = this.coeffs;
    const b = other.coeffs;
    if (a.size !== b.size) return false;
    for (let i = 0; i < a.size; i++) if (a.flatGet(i) !== b.flatGet(i)) return false;
    return true;
  }
  __ne__(other: unknown): boolean | symbol {
    const eq = this.__eq__(other);
    return typeof eq === 'boolean' ? !eq : eq;
  }

  /** The coefficient of x**power (0 past the degree), as NumPy's `p[power]`. */
  coefficient(power: number): number {
    if (power > this.order || power < 0) return 0;
    return this.coeffs.flatGet(this.order - power) as number;
  }

  /** NumPy's repr: `poly1d([1, 2, 3])`. */
  __repr__(): string {
    const vals = arrayRepr(this.coeffs);
    return `poly1d(${vals.slice(6, -1)})`;
  }

  /** NumPy's str: the powers on a line above the terms. */
  toString(): string {
    const var_ = this.variable;
    const all = Array.from({ length: this.coeffs.size }, (_, i) => this.coeffs.flatGet(i));
    const first = all.findIndex((v) => v !== 0);
    const coeffs = first < 0 ? [] : all.slice(first);
    const N = coeffs.length - 1;
    const fmt = (q: number) => {
      const s = Number.isNaN(q) ? 'nan' : !Number.isFinite(q) ? (q < 0 ? '-inf' : 'inf') : formatG(q, 4);
      return s.endsWith('.0000') ? s.slice(0, -5) : s;
    };
    let thestr = '0';
    coeffs.forEach((coeff, k) => {
      const coefstr = fmt(coeff);
      const power = N - k;
      let newstr: string;
      if (power === 0) newstr = coefstr !== '0' ? coefstr : k === 0 ? '0' : '';
      else if (power === 1) newstr = coefstr === '0' ? '' : coefstr === 'b' ? var_ : `${coefstr} ${var_}`;
      else newstr = coefstr === '0' ? '' : coefstr === 'b' ? `${var_}**${power}` : `${coefstr} ${var_}**${power}`;
      if (k > 0) {
        if (newstr !== '') thestr = newstr.startsWith('-') ? `${thestr} - ${newstr.slice(1)}` : `${thestr} + ${newstr}`;
      } else thestr = newstr;
    });
    return raisePower(thestr);
  }
}

/** p(q) for two polynomials: Horner on coefficient arrays. */
function polyvalPoly(p: Poly1d, q: Poly1d): NDArray {
  let y: NDArray = zeros(1, { dtype: q.coeffs.dtype });
  for (let i = 0; i < p.coeffs.shape[0]; i++) y = polyadd(polymul(y, q.coeffs), item0d(p.coeffs, i).reshape(1));
  return y;
}

/** NumPy's `_raise_power`: `x**2` written as a 2 on the line above, wrapped at 70 columns. */
function raisePower(astr: string, wrap = 70): string {
  let n = 0;
  let line1 = '';
  let line2 = '';
  let output = ' ';
  const re = /\*\*([0-9]*)/g;
  for (;;) {
    re.lastIndex = n;
    const mat = re.exec(astr);
    if (!mat) break;
    const power = mat[1];
    const partstr = astr.slice(n, mat.index);
    n = mat.index + mat[0].length;
    const toadd2 = partstr + ' '.repeat(Math.max(0, power.length - 1));
    const toadd1 = ' '.repeat(Math.max(0, partstr.length - 1)) + power;
    if (line2.length + toadd2.length > wrap || line1.length + toadd1.length > wrap) {
      output += `${line1}\n${line2}\n `;
      line1 = toadd1;
      line2 = toadd2;
    } else {
      line2 += partstr + ' '.repeat(Math.max(0, power.length - 1));
      line1 += ' '.repeat(Math.max(0, partstr.length - 1)) + power;
    }
  }
  output += `${line1}\n${line2}`;
  return output + astr.slice(n);
}

/**
 * A one-dimensional polynomial object (NumPy's `poly1d`), from its coefficients, highest
 * power first, or from its roots with `r: true`.
 *
 * Parameters
 * - c_or_r: the coefficients (or the roots, with `r`).
 * - r: the values are roots (default false).
 * - variable: the variable's name in printing (default 'x').
 *
 * @example
 * const p = np.poly1d([1, 2, 3]);
 * p.call(0.5)                      // 4.25
 * np.poly1d([1, 2], {r: true})     // poly1d([ 1., -3.,  2.])
 */
export function poly1d(cOrR: ArrayLike | Poly1d, r: boolean | { r?: boolean; variable?: string | null } = false, variable: string | null = null): Poly1d {
  return new Poly1d(cOrR, r, variable);
}
