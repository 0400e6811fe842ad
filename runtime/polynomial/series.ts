/**
 * `np.polynomial.polynomial`: power series as coefficient arrays in INCREASING order
 * (`c[0] + c[1]·x + c[2]·x²`, the opposite of the classic `np.polyval`), as NumPy's
 * `numpy/polynomial/polynomial.py` and `polyutils.py`. Coefficients are float64 (NumPy's
 * `as_series` gives every integer input a float type).
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError, NumpyTypeError, ZeroDivisionError } from '../errors';

/** A 1-d float64 copy of coefficients; NumPy's `as_series` errors for empty or n-d input. */
export function asSeries(c: ArrayLike, trim = true): Float64Array {
  const a = asarray(c);
  if (a.size === 0) throw new ValueError('Coefficient array is empty');
  if (a.ndim > 1) throw new ValueError('Coefficient array is not 1-d');
  const out = Float64Array.from(a.ndim === 0 ? [Number(a.item())] : (a.astype('float64').tolist() as number[]));
  return trim ? trimseq(out) : out;
}

/** Drops trailing zeros, keeping at least one coefficient (polyutils.trimseq). */
export function trimseq(c: Float64Array): Float64Array {
  let n = c.length;
  while (n > 1 && c[n - 1] === 0) n--;
  return n === c.length ? c : c.slice(0, n);
}

/** Trailing coefficients with |c| <= tol removed (polyutils.trimcoef); all small gives [0]. */
export function trimcoef(c: ArrayLike, tol = 0): Float64Array {
  if (tol < 0) throw new ValueError('tol must be non-negative');
  const s = asSeries(c);
  let last = -1;
  for (let i = 0; i < s.length; i++) if (Math.abs(s[i]) > tol) last = i;
  return last < 0 ? new Float64Array(1) : s.slice(0, last + 1);
}

export function seriesAdd(c1: Float64Array, c2: Float64Array): Float64Array {
  const [long, short] = c1.length > c2.length ? [c1, c2] : [c2, c1];
  const out = long.slice();
  for (let i = 0; i < short.length; i++) out[i] += short[i];
  return trimseq(out);
}

export function seriesSub(c1: Float64Array, c2: Float64Array): Float64Array {
  const out = new Float64Array(Math.max(c1.length, c2.length));
  out.set(c1);
  for (let i = 0; i < c2.length; i++) out[i] -= c2[i];
  return trimseq(out);
}

/** The product: a full convolution of the coefficients. */
export function seriesMul(c1: Float64Array, c2: Float64Array): Float64Array {
  const out = new Float64Array(c1.length + c2.length - 1);
  for (let i = 0; i < c1.length; i++) {
    const a = c1[i];
    for (let j = 0; j < c2.length; j++) out[i + j] += a * c2[j];
  }
  return trimseq(out);
}

/** Quotient and remainder, as NumPy's polydiv (synthetic division by the monic divisor). */
export function seriesDiv(c1In: Float64Array, c2In: Float64Array): [Float64Array, Float64Array] {
  const c1 = c1In.slice();
  const c2 = c2In;
  const lc1 = c1.length;
  const lc2 = c2.length;
  if (c2[lc2 - 1] === 0) throw new ZeroDivisionError('');
  if (lc1 < lc2) return [new Float64Array(1), c1];
  if (lc2 === 1) return [c1.map((v) => v / c2[0]), new Float64Array(1)];
  const scl = c2[lc2 - 1];
  const d = c2.slice(0, -1).map((v) => v / scl);
  let i = lc1 - lc2;
  let j = lc1 - 1;
  while (i >= 0) {
    const f = c1[j];
    for (let k = 0; k < d.length; k++) c1[i + k] -= d[k] * f;
    i--;
    j--;
  }
  return [c1.slice(j + 1).map((v) => v / scl), trimseq(c1.slice(0, j + 1))];
}

/** c ** n by repeated multiplication (NumPy's _pow; maxpower 100 on the classes). */
export function seriesPow(c: Float64Array, power: number, maxpower: number | null = null): Float64Array {
  if (!Number.isInteger(power) || power < 0) throw new ValueError('Power must be a non-negative integer.');
  if (maxpower !== null && power > maxpower) throw new ValueError('Power is too large');
  if (power === 0) return Float64Array.of(1);
  let prd = c;
  for (let i = 2; i <= power; i++) prd = seriesMul(prd, c);
  return prd;
}

/** Horner's rule at one point, from the highest coefficient down (NumPy's order of operations). */
export function seriesValAt(x: number, c: Float64Array): number {
  let c0 = c[c.length - 1] + x * 0;
  for (let i = 2; i <= c.length; i++) c0 = c[c.length - i] + c0 * x;
  return c0;
}

/** The series evaluated elementwise at x (a number gives a number). */
export function seriesVal(x: ArrayLike, c: Float64Array): number | NDArray {
  if (typeof x === 'number') return seriesValAt(x, c);
  const a = asarray(x).astype('float64');
  const src = (a.isCContiguous ? a : a.copy()).data as Float64Array;
  const start = a.isCContiguous ? a.offset : 0;
  const out = new Float64Array(a.size);
  for (let k = 0; k < out.length; k++) out[k] = seriesValAt(src[start + k], c);
  return new NDArray(out, 'float64', a.shape.slice());
}

/** The m-th derivative, each order scaled by scl (NumPy's polyder). */
export function seriesDer(cIn: Float64Array, m: number, scl: number): Float64Array {
  if (!Number.isInteger(m)) throw new NumpyTypeError('the order of derivation must be an integer');
  if (m < 0) throw new ValueError('The order of derivation must be non-negative');
  let c = cIn.slice();
  if (m === 0) return c;
  if (m >= c.length) return new Float64Array(1);
  for (let i = 0; i < m; i++) {
    const n = c.length - 1;
    const der = new Float64Array(n);
    for (let j = n; j > 0; j--) der[j - 1] = j * (c[j] * scl);
    c = der;
  }
  return c;
}

/** The m-th integral with constants k and lower bound lbnd, each order scaled by scl (NumPy's polyint). */
export function seriesInt(cIn: Float64Array, m: number, k: readonly number[], lbnd: number, scl: number): Float64Array {
  if (!Number.isInteger(m)) throw new NumpyTypeError('the order of integration must be an integer');
  if (m < 0) throw new ValueError('The order of integration must be non-negative');
  if (k.length > m) throw new ValueError('Too many integration constants');
  let c = cIn.slice();
  for (let i = 0; i < m; i++) {
    const n = c.length;
    for (let j = 0; j < n; j++) c[j] *= scl;
    const ki = k[i] ?? 0;
    if (n === 1 && c[0] === 0) {
      c[0] += ki;
      continue;
    }
    const tmp = new Float64Array(n + 1);
    tmp[1] = c[0];
    for (let j = 1; j < n; j++) tmp[j + 1] = c[j] / (j + 1);
    tmp[0] += ki - seriesValAt(lbnd, tmp);
    c = tmp;
  }
  return c;
}

/** Coefficients of the monic polynomial with these roots, multiplied pairwise as NumPy's _fromroots. */
export function seriesFromRoots(rootsIn: Float64Array): Float64Array {
  if (rootsIn.length === 0) return Float64Array.of(1);
  const roots = rootsIn.slice().sort();
  let p: Float64Array[] = Array.from(roots, (r) => Float64Array.of(-r, 1));
  let n = p.length;
  while (n > 1) {
    const m = Math.floor(n / 2);
    const tmp = Array.from({ length: m }, (_, i) => seriesMul(p[i], p[i + m]));
    if (n % 2) tmp[0] = seriesMul(tmp[0], p[n - 1]);
    p = tmp;
    n = m;
  }
  return p[0];
}

/** Row-major [xs.length, deg + 1] powers of xs (polyvander). */
export function powerVander(xs: Float64Array, deg: number): Float64Array {
  const out = new Float64Array(xs.length * (deg + 1));
  for (let i = 0; i < xs.length; i++) {
    let v = 1;
    for (let j = 0; j <= deg; j++) {
      out[i * (deg + 1) + j] = v;
      v *= xs[i];
    }
  }
  return out;
}

/** NumPy's polyutils.mapparms: off and scl with new = off + scl * old. */
export function mapparms(oldD: ArrayLike, newD: ArrayLike): [number, number] {
  const o = asSeries(oldD, false);
  const w = asSeries(newD, false);
  const oldlen = o[1] - o[0];
  const newlen = w[1] - w[0];
  return [(o[1] * w[0] - o[0] * w[1]) / oldlen, newlen / oldlen];
}
