/**
 * `np.polynomial.chebyshev`: Chebyshev series of the first kind T_n, as NumPy's
 * `numpy/polynomial/chebyshev.py`: products and quotients through z-series (c_n T_n =
 * c_n (z^n + z^-n)/2), Clenshaw evaluation.
 */
import { NDArray } from '../ndarray';
import { asarray } from '../asarray';
import { ValueError, NumpyTypeError, ZeroDivisionError } from '../errors';
import { seriesAdd, seriesSub, trimseq } from './series';
import {
  checkGaussDeg, checkPower, companionCheck, derWith, intWith, radd, rmul, rsub, scale, type F64, type Ring,
} from './polyutils';
import { seriesModule, arr, type Kernels } from './seriesmodule';

function cToZ(c: F64): F64 {
  const n = c.length;
  const zs = new Float64Array(2 * n - 1);
  for (let i = 0; i < n; i++) zs[n - 1 + i] = c[i] / 2;
  const out = new Float64Array(zs.length);
  for (let i = 0; i < zs.length; i++) out[i] = zs[i] + zs[zs.length - 1 - i];
  return out;
}

function zToC(zs: F64): F64 {
  const n = (zs.length + 1) >> 1;
  const c = zs.slice(n - 1);
  for (let i = 1; i < n; i++) c[i] *= 2;
  return c;
}

function convolve(a: F64, b: F64): F64 {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  return out;
}

function zDiv(z1In: F64, z2In: F64): [F64, F64] {
  const z1 = z1In.slice();
  const z2 = z2In.slice();
  const lc1 = z1.length;
  const lc2 = z2.length;
  if (lc2 === 1) return [z1.map((v) => v / z2[0]), new Float64Array(1)];
  if (lc1 < lc2) return [new Float64Array(1), z1];
  const dlen = lc1 - lc2;
  const scl = z2[0];
  for (let k = 0; k < lc2; k++) z2[k] /= scl;
  const quo = new Float64Array(dlen + 1);
  let i = 0;
  let j = dlen;
  while (i < j) {
    const r = z1[i];
    quo[i] = z1[i];
    quo[dlen - i] = r;
    for (let k = 0; k < lc2; k++) {
      const t = r * z2[k];
      z1[i + k] -= t;
      z1[j + k] -= t;
    }
    i++;
    j--;
  }
  const r = z1[i];
  quo[i] = r;
  for (let k = 0; k < lc2; k++) z1[i + k] -= r * z2[k];
  for (let k = 0; k <= dlen; k++) quo[k] /= scl;
  return [quo, z1.slice(i + 1, i - 1 + lc2)];
}

function mulx(cIn: F64): F64 {
  const c = trimseq(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const prd = new Float64Array(c.length + 1);
  prd[1] = c[0];
  for (let i = 1; i < c.length; i++) {
    const t = c[i] / 2;
    prd[i + 1] = t;
    prd[i - 1] += t;
  }
  return prd;
}

function mul(c1: F64, c2: F64): F64 {
  return trimseq(zToC(convolve(cToZ(c1), cToZ(c2))));
}

function div(c1: F64, c2: F64): [F64, F64] {
  if (c2[c2.length - 1] === 0) throw new ZeroDivisionError('');
  if (c1.length < c2.length) return [new Float64Array(1), c1.slice()];
  if (c2.length === 1) return [c1.map((v) => v / c2[0]), new Float64Array(1)];
  const [q, r] = zDiv(cToZ(c1), cToZ(c2));
  return [trimseq(zToC(q)), trimseq(zToC(r))];
}

function pow(c: F64, power: number, maxpower: number | null): F64 {
  checkPower(power, maxpower);
  if (power === 0) return Float64Array.of(1);
  if (power === 1) return c;
  const zs = cToZ(c);
  let prd = zs;
  for (let i = 2; i <= power; i++) prd = convolve(prd, zs);
  return zToC(prd);
}

function valAt(x: number, c: F64): number {
  const n = c.length;
  if (n === 1) return c[0] + 0 * x;
  if (n === 2) return c[0] + c[1] * x;
  const x2 = 2 * x;
  let c0 = c[n - 2];
  let c1 = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    c0 = c[n - i] - c1;
    c1 = tmp + c1 * x2;
  }
  return c0 + c1 * x;
}

function valRing(x: Ring, c: F64): Ring {
  const n = c.length;
  if (n === 1) return radd(c[0], rmul(0, x));
  if (n === 2) return radd(c[0], rmul(c[1], x));
  const x2 = rmul(2, x);
  let c0: Ring = c[n - 2];
  let c1: Ring = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    c0 = rsub(c[n - i], c1);
    c1 = radd(tmp, rmul(c1, x2));
  }
  return radd(c0, rmul(c1, x));
}

function derStep(c: F64, n: number): F64 {
  const der = new Float64Array(n);
  for (let j = n; j > 2; j--) {
    der[j - 1] = 2 * j * c[j];
    c[j - 2] += (j * c[j]) / (j - 2);
  }
  if (n > 1) der[1] = 4 * c[2];
  der[0] = c[1];
  return der;
}

function intStep(c: F64): F64 {
  const n = c.length;
  const tmp = new Float64Array(n + 1);
  tmp[1] = c[0];
  if (n > 1) tmp[2] = c[1] / 4;
  for (let j = 2; j < n; j++) {
    tmp[j + 1] = c[j] / (2 * (j + 1));
    tmp[j - 1] -= c[j] / (2 * (j - 1));
  }
  return tmp;
}

function vander(xs: F64, deg: number): F64 {
  const o = deg + 1;
  const v = new Float64Array(xs.length * o);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const r = i * o;
    v[r] = 1;
    if (deg > 0) v[r + 1] = x;
    for (let j = 2; j <= deg; j++) v[r + j] = v[r + j - 1] * (2 * x) - v[r + j - 2];
  }
  return v;
}

function companion(c: F64): F64 {
  companionCheck(c);
  if (c.length === 2) return Float64Array.of(-c[0] / c[1]);
  const n = c.length - 1;
  const mat = new Float64Array(n * n);
  const scl = (i: number) => (i === 0 ? 1 : Math.sqrt(0.5));
  for (let i = 0; i < n - 1; i++) {
    const t = i === 0 ? Math.sqrt(0.5) : 1 / 2;
    mat[i * n + i + 1] = t;
    mat[(i + 1) * n + i] = t;
  }
  for (let i = 0; i < n; i++) mat[i * n + n - 1] -= (c[i] / c[n]) * (scl(i) / scl(n - 1)) * 0.5;
  return mat;
}

function toPoly(c: F64): F64 {
  const n = c.length;
  if (n < 3) return c;
  let c0: F64 = Float64Array.of(c[n - 2]);
  let c1: F64 = Float64Array.of(c[n - 1]);
  for (let i = n - 1; i > 1; i--) {
    const tmp = c0;
    c0 = seriesSub(Float64Array.of(c[i - 2]), c1);
    c1 = seriesAdd(tmp, scale(polymulx(c1), 2));
  }
  return seriesAdd(c0, polymulx(c1));
}

/** The power series times x (polymulx). */
export function polymulx(cIn: F64): F64 {
  const c = trimseq(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const out = new Float64Array(c.length + 1);
  out.set(c, 1);
  return out;
}

/** The conversion from power series shared by every basis: Horner's rule in the basis's mulx. */
export function fromPolyWith(mulxF: (c: F64) => F64, pol: F64): F64 {
  let res: F64 = Float64Array.of(0);
  for (let i = pol.length - 1; i >= 0; i--) res = seriesAdd(mulxF(res), Float64Array.of(pol[i]));
  return res;
}

function gauss(deg: number): [F64, F64] {
  const n = checkGaussDeg(deg);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.cos((Math.PI * (2 * i + 1)) / (2.0 * n));
  return [x, new Float64Array(n).fill(Math.PI / n)];
}

export const chebKernels: Kernels = {
  domain: Float64Array.of(-1, 1),
  x: Float64Array.of(0, 1),
  mulx, mul, div, pow, valAt, valRing, vander, companion, toPoly, gauss,
  der: (c, m, scl) => derWith(derStep, c, m, scl),
  int: (c, m, k, lbnd, scl) => intWith(intStep, valAt, c, m, k, lbnd, scl),
  line: (off, scl) => (scl !== 0 ? Float64Array.of(off, scl) : Float64Array.of(off)),
  fromPoly: (p) => fromPolyWith(mulx, p),
  weight: (x) => 1.0 / (Math.sqrt(1.0 + x) * Math.sqrt(1.0 - x)),
};

function npts(n: number, min: number): number {
  if (!Number.isInteger(n)) throw new ValueError('npts must be integer');
  if (n < min) throw new ValueError(`npts must be >= ${min}`);
  return n;
}

/**
 * Chebyshev points of the first kind: sin(π/2·k/n) for k = -n+1, -n+3, ..., n-1 (the zeros of T_n, ascending).
 * @example np.polynomial.chebyshev.chebpts1(3)   // array([-0.8660254,  0.       ,  0.8660254])
 */
export function chebpts1(n: number): NDArray {
  const m = npts(n, 1);
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) out[i] = Math.sin(((0.5 * Math.PI) / m) * (-m + 1 + 2 * i));
  return arr(out);
}

/**
 * Chebyshev points of the second kind: cos of n points spread over [-π, 0] (the extrema of T_{n-1}, with ±1).
 * @example np.polynomial.chebyshev.chebpts2(3)   // array([-1.000000e+00,  6.123234e-17,  1.000000e+00])
 */
export function chebpts2(n: number): NDArray {
  const m = npts(n, 2);
  const out = new Float64Array(m);
  const step = Math.PI / (m - 1);
  for (let i = 0; i < m; i++) out[i] = Math.cos(i === m - 1 ? 0 : -Math.PI + i * step);
  return arr(out);
}

/**
 * The Chebyshev series of degree deg interpolating func at the Chebyshev points of the first kind.
 * @example np.polynomial.chebyshev.chebinterpolate((x) => np.exp(x), 5)
 */
export function chebinterpolate(func: (x: NDArray, ...args: unknown[]) => unknown, deg: number, args: unknown[] = []): NDArray {
  if (typeof deg !== 'number' || !Number.isInteger(deg)) throw new NumpyTypeError('deg must be an int');
  if (deg < 0) throw new ValueError('expected deg >= 0');
  const order = deg + 1;
  const xs = chebpts1(order);
  const y = Float64Array.from(asarray(func(xs, ...args) as NDArray).astype('float64').ravel().tolist() as number[]);
  const v = vander(xs.data as F64, deg);
  const c = new Float64Array(order);
  for (let j = 0; j < order; j++) {
    let s = 0;
    for (let i = 0; i < order; i++) s += v[i * order + j] * y[i];
    c[j] = j === 0 ? s / order : s / (0.5 * order);
  }
  return arr(c);
}

const generated = seriesModule('cheb', chebKernels);
export const { chebval, chebfit, chebadd, chebsub, chebmul, chebmulx, chebdiv, chebpow, chebder, chebint, chebvander, chebfromroots, chebline, chebtrim, chebcompanion, chebroots, chebgauss, chebweight, cheb2poly, poly2cheb, chebdomain, chebzero, chebone, chebx, chebval2d, chebval3d, chebgrid2d, chebgrid3d, chebvander2d, chebvander3d } = generated;
