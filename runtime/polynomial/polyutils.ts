/**
 * Basis-independent pieces of NumPy's `numpy/polynomial/polyutils.py`, parametrised by a
 * basis's multiplication, line, Vandermonde or evaluation kernel: division, powers,
 * from-roots products, derivative/integral drivers and elementwise evaluation.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { NumpyTypeError, ValueError, ZeroDivisionError } from '../errors';
import { eigvalsh } from '../linalg/index';
import { eigvals } from '../linalg/eig';
import { sort } from '../sorting';
import { trimseq, seriesAdd, seriesSub, asSeries } from './series';
import type { PolynomialOptions } from './polybase';

export type F64 = Float64Array;
export type Mul = (c1: F64, c2: F64) => F64;

/** A value a series can be evaluated at symbolically: a number or a series object with Python's operator dunders. */
export interface RingLike {
  __add__(o: unknown): any;
  __radd__(o: unknown): any;
  __sub__(o: unknown): any;
  __rsub__(o: unknown): any;
  __mul__(o: unknown): any;
  __rmul__(o: unknown): any;
}
export type Ring = number | RingLike;

export const radd = (a: Ring, b: Ring): Ring => (typeof a === 'number' ? (typeof b === 'number' ? a + b : b.__radd__(a)) : a.__add__(b));
export const rsub = (a: Ring, b: Ring): Ring => (typeof a === 'number' ? (typeof b === 'number' ? a - b : b.__rsub__(a)) : a.__sub__(b));
export const rmul = (a: Ring, b: Ring): Ring => (typeof a === 'number' ? (typeof b === 'number' ? a * b : b.__rmul__(a)) : a.__mul__(b));

/** `c * s` elementwise (a new array). */
export function scale(c: F64, s: number): F64 {
  const out = new Float64Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = c[i] * s;
  return out;
}

/** `c * a / b` elementwise in NumPy's order of operations ((c*a)/b). */
export function scaleDiv(c: F64, a: number, b: number): F64 {
  const out = new Float64Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = (c[i] * a) / b;
  return out;
}

export { seriesAdd as add, seriesSub as sub };

/** Quotient and remainder by repeated multiplication by basis functions (polyutils._div). */
export function divWith(mul: Mul, c1: F64, c2: F64): [F64, F64] {
  if (c2[c2.length - 1] === 0) throw new ZeroDivisionError('');
  const lc1 = c1.length;
  const lc2 = c2.length;
  if (lc1 < lc2) return [new Float64Array(1), c1.slice()];
  if (lc2 === 1) return [scaleDiv(c1, 1, c2[0]), new Float64Array(1)];
  const quo = new Float64Array(lc1 - lc2 + 1);
  let rem = c1.slice();
  for (let i = lc1 - lc2; i >= 0; i--) {
    const unit = new Float64Array(i + 1);
    unit[i] = 1;
    const p = mul(unit, c2);
    const q = rem[rem.length - 1] / p[p.length - 1];
    const next = new Float64Array(rem.length - 1);
    for (let j = 0; j < next.length; j++) next[j] = rem[j] - q * p[j];
    rem = next;
    quo[i] = q;
  }
  return [quo, trimseq(rem)];
}

/** Checks a power as polyutils._pow does. */
export function checkPower(power: number, maxpower: number | null): void {
  if (!Number.isInteger(power) || power < 0) throw new ValueError('Power must be a non-negative integer.');
  if (maxpower !== null && power > maxpower) throw new ValueError('Power is too large');
}

/** c ** power by repeated multiplication (polyutils._pow). */
export function powWith(mul: Mul, c: F64, power: number, maxpower: number | null): F64 {
  checkPower(power, maxpower);
  if (power === 0) return Float64Array.of(1);
  if (power === 1) return c;
  let prd = c;
  for (let i = 2; i <= power; i++) prd = mul(prd, c);
  return prd;
}

/** The series with these roots: pairwise products of lines (polyutils._fromroots). */
export function fromRootsWith(line: (off: number, scl: number) => F64, mul: Mul, rootsIn: F64): F64 {
  if (rootsIn.length === 0) return Float64Array.of(1);
  const roots = rootsIn.slice().sort();
  let p: F64[] = Array.from(roots, (r) => line(-r, 1));
  let n = p.length;
  while (n > 1) {
    const m = Math.floor(n / 2);
    const tmp = Array.from({ length: m }, (_, i) => mul(p[i], p[i + m]));
    if (n % 2) tmp[0] = mul(tmp[0], p[n - 1]);
    p = tmp;
    n = m;
  }
  return p[0];
}

function asInt(m: unknown, desc: string): number {
  if (typeof m !== 'number' || !Number.isInteger(m)) throw new NumpyTypeError(`${desc} must be an integer, received ${m}`);
  return m;
}

/** The m-th derivative: `step(c, n)` differentiates c (already scaled) into n coefficients (the basis's chebder/legder/... loop). */
export function derWith(step: (c: F64, n: number) => F64, cIn: F64, m: number, scl: number): F64 {
  const cnt = asInt(m, 'the order of derivation');
  if (cnt < 0) throw new ValueError('The order of derivation must be non-negative');
  let c: F64 = cIn.slice();
  if (cnt === 0) return c;
  if (cnt >= c.length) return new Float64Array(1);
  for (let i = 0; i < cnt; i++) {
    for (let j = 0; j < c.length; j++) c[j] *= scl;
    c = step(c, c.length - 1);
  }
  return c;
}

/** The m-th integral: `step(c)` integrates c (already scaled) into c.length + 1 coefficients before the constant is fixed at lbnd. */
export function intWith(step: (c: F64) => F64, valAt: (x: number, c: F64) => number, cIn: F64, m: number, k: number | readonly number[], lbnd: number, scl: number): F64 {
  const ks = typeof k === 'number' ? [k] : k;
  const cnt = asInt(m, 'the order of integration');
  if (cnt < 0) throw new ValueError('The order of integration must be non-negative');
  if (ks.length > cnt) throw new ValueError('Too many integration constants');
  let c: F64 = cIn.slice();
  for (let i = 0; i < cnt; i++) {
    const n = c.length;
    for (let j = 0; j < n; j++) c[j] *= scl;
    const ki = ks[i] ?? 0;
    if (n === 1 && c[0] === 0) {
      c[0] += ki;
      continue;
    }
    const tmp = step(c);
    tmp[0] += ki - valAt(lbnd, tmp);
    c = tmp;
  }
  return c;
}

/** A scalar kernel applied at every element of x (a number gives a number), float64 out. */
export function valElementwise(valAt: (x: number, c: F64) => number, x: ArrayLike, c: F64): number | NDArray {
  if (typeof x === 'number') return valAt(x, c);
  const a = asarray(x).astype('float64');
  const contiguous = a.isCContiguous;
  const src = (contiguous ? a : a.copy()).data as Float64Array;
  const start = contiguous ? a.offset : 0;
  const out = new Float64Array(a.size);
  for (let k = 0; k < out.length; k++) out[k] = valAt(src[start + k], c);
  return new NDArray(out, 'float64', a.shape.slice());
}

/**
 * NumPy's *val with n-d coefficients: c's first axis is the degree, the rest index series
 * evaluated together. tensor (default) gives shape c.shape[1:] + x.shape; tensor false
 * pairs c's trailing axes with x's (broadcast as NumPy does; here they must match).
 */
export function valTensor(valAt: (x: number, c: F64) => number, x: ArrayLike, cIn: ArrayLike, tensor = true): number | NDArray {
  const c = asarray(cIn).astype('float64');
  if (c.ndim <= 1) {
    const s = Float64Array.from((c.ndim === 0 ? [c.item()] : c.tolist()) as number[]);
    if (s.length === 0) throw new ValueError('Coefficient array is empty');
    return valElementwise(valAt, x, s);
  }
  const deg1 = c.shape[0];
  const rest = c.shape.slice(1);
  const m = rest.reduce((a, b) => a * b, 1);
  const cf = Float64Array.from(c.ravel().tolist() as number[]);
  const xa = asarray(x).astype('float64');
  const xs = Float64Array.from((xa.ndim === 0 ? [xa.item()] : xa.ravel().tolist()) as number[]);
  const col = new Float64Array(deg1);
  if (!tensor) {
    if (xa.ndim > 0 && (xa.shape.length !== rest.length || xa.shape.some((d, i) => d !== rest[i]))) throw new ValueError('x must have the shape of c.shape[1:] when tensor is false (broadcasting is not supported here)');
    const out = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < deg1; i++) col[i] = cf[i * m + j];
      out[j] = valAt(xs.length === 1 ? xs[0] : xs[j], col);
    }
    return new NDArray(out, 'float64', rest);
  }
  const n = xs.length;
  const out = new Float64Array(m * n);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < deg1; i++) col[i] = cf[i * m + j];
    for (let p = 0; p < n; p++) out[j * n + p] = valAt(xs[p], col);
  }
  return new NDArray(out, 'float64', [...rest, ...(typeof x === 'number' ? [] : xa.shape)]);
}

/** The points of x as a flat Float64Array and the shape the Vandermonde matrix prepends. */
export function abscissae(x: ArrayLike): [F64, number[]] {
  const a = asarray(x).astype('float64');
  const xs = Float64Array.from((a.ndim === 0 ? [a.item()] : a.ravel().tolist()) as number[]);
  return [xs, a.ndim === 0 ? [1] : a.shape.slice()];
}

/** Checks a Vandermonde degree as NumPy does. */
export function checkDeg(deg: unknown): number {
  const d = asInt(deg, 'deg');
  if (d < 0) throw new ValueError('deg must be non-negative');
  return d;
}

/** Checks a quadrature degree as NumPy's *gauss do. */
export function checkGaussDeg(deg: unknown): number {
  const d = asInt(deg, 'deg');
  if (d <= 0) throw new ValueError('deg must be a positive integer');
  return d;
}

/** Ascending eigenvalues of a symmetric n×n matrix (row-major). */
export function symEigvals(mat: F64, n: number): F64 {
  return Float64Array.from(eigvalsh(new NDArray(mat, 'float64', [n, n])).tolist() as number[]);
}

/** The mirrored average NumPy's symmetric quadratures apply: x = (x - x[::-1])/2, w = (w + w[::-1])/2. */
export function symmetrize(x: F64, w: F64): void {
  const n = x.length;
  const xr = x.slice();
  const wr = w.slice();
  for (let i = 0; i < n; i++) {
    x[i] = (xr[i] - xr[n - 1 - i]) / 2;
    w[i] = (wr[i] + wr[n - 1 - i]) / 2;
  }
}

/** max |v| (for the quadratures' overflow-avoiding scaling). */
export function maxAbs(v: F64): number {
  let m = 0;
  for (const e of v) if (Math.abs(e) > m) m = Math.abs(e);
  return m;
}

/** The companion matrix of a degree-1 series, [[value]]. */
export function companionCheck(c: F64): void {
  if (c.length < 2) throw new ValueError('Series must have maximum degree of at least 1.');
}

/** A domain or window: two numbers, the default when null. */
export function pair(v: ArrayLike | null | undefined, what: 'Domain' | 'Window', dflt: Float64Array): Float64Array {
  if (v === null || v === undefined) return dflt.slice();
  const s = asSeries(v, false);
  if (s.length !== 2) throw new ValueError(`${what} has wrong number of elements.`);
  return s;
}

/** Whether a positional argument is the trailing options object. */
export function isOptions(d: unknown): d is PolynomialOptions {
  return d !== null && typeof d === 'object' && !Array.isArray(d) && !(d instanceof NDArray) && !ArrayBuffer.isView(d);
}

/** Element-by-element equality of two arrays' storage. */
export function sameArray(a: NDArray, b: NDArray): boolean {
  const x = a.data;
  const y = b.data;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** [min, max] of the abscissae (polyutils.getdomain for real x). */
export function getdomain(x: ArrayLike): Float64Array {
  const xs = asSeries(x, false);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of xs) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Float64Array.of(lo, hi);
}

/**
 * The roots from the companion matrix's eigenvalues, sorted (NumPy's *roots): float64 when
 * all are real, complex128 otherwise; none below degree 1, the closed form at degree 1.
 */
export function rootsWith(companion: (c: F64) => F64, c: F64): NDArray {
  if (c.length < 2) return new NDArray(new Float64Array(0), 'float64', [0]);
  const m = companion(c);
  if (c.length === 2) return new NDArray(Float64Array.of(m[0]), 'float64', [1]);
  const n = c.length - 1;
  // m[::-1, ::-1]: reversing a row-major matrix's elements flips both axes
  return sort(eigvals(new NDArray(m.slice().reverse(), 'float64', [n, n])));
}

/**
 * The product of two series of a basis whose multiplication by x is a three-term
 * recurrence (Legendre, Laguerre, Hermite, HermiteE): NumPy's `legmul` ... loop, the
 * Clenshaw recursion over series. `down(ck, c1, nd)` and `up(tmp, c1, nd)` are the basis's
 * two recurrence steps, `last(c0, c1)` its final combination.
 */
export function clenshawMul(
  a: F64,
  b: F64,
  down: (ck: F64, c1: F64, nd: number) => F64,
  up: (tmp: F64, c1: F64, nd: number) => F64,
  last: (c0: F64, c1: F64) => F64,
): F64 {
  const [c, xs] = a.length > b.length ? [b, a] : [a, b];
  let c0: F64;
  let c1: F64;
  if (c.length === 1) {
    c0 = scale(xs, c[0]);
    c1 = Float64Array.of(0);
  } else if (c.length === 2) {
    c0 = scale(xs, c[0]);
    c1 = scale(xs, c[1]);
  } else {
    let nd = c.length;
    c0 = scale(xs, c[c.length - 2]);
    c1 = scale(xs, c[c.length - 1]);
    for (let i = 3; i <= c.length; i++) {
      const tmp = c0;
      nd--;
      c0 = down(scale(xs, c[c.length - i]), c1, nd);
      c1 = up(tmp, c1, nd);
    }
  }
  return last(c0, c1);
}

/**
 * Gauss quadrature nodes and unnormalised weights of a basis whose node polynomial is
 * c = [0 ... 0, 1] of degree n (NumPy's leggauss/laggauss): the companion matrix's
 * eigenvalues, one Newton step on them, weights 1/(f'(x)·p_{n-1}(x)) scaled by their maxima.
 */
export function newtonGauss(
  n: number,
  companion: (c: F64) => F64,
  valAt: (x: number, c: F64) => number,
  der: (c: F64, m: number, scl: number) => F64,
): [F64, F64] {
  const c = new Float64Array(n + 1);
  c[n] = 1;
  const x = symEigvals(companion(c), n);
  const dc = der(c, 1, 1);
  const df = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    df[i] = valAt(x[i], dc);
    x[i] -= valAt(x[i], c) / df[i];
  }
  const fm = x.map((v) => valAt(v, c.subarray(1)));
  const fmax = maxAbs(fm);
  const dmax = maxAbs(df);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = 1 / ((fm[i] / fmax) * (df[i] / dmax));
  return [x, w];
}
