/**
 * `np.polynomial.laguerre`: Laguerre series L_n (orthogonal under e^-x on [0, ∞); default
 * domain and window [0, 1]), as NumPy's `numpy/polynomial/laguerre.py`.
 */
import { seriesAdd, seriesSub, trimseq } from './series';
import {
  checkGaussDeg, clenshawMul, newtonGauss, companionCheck, derWith, intWith, radd, rmul, rsub, scale, scaleDiv, type F64, type Ring,
} from './polyutils';
import { seriesModule, type Kernels } from './seriesmodule';
import { fromPolyWith, polymulx } from './chebyshev';

function mulx(cIn: F64): F64 {
  const c = trimseq(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const prd = new Float64Array(c.length + 1);
  prd[0] = c[0];
  prd[1] = -c[0];
  for (let i = 1; i < c.length; i++) {
    prd[i + 1] = -c[i] * (i + 1);
    prd[i] += c[i] * (2 * i + 1);
    prd[i - 1] -= c[i] * i;
  }
  return prd;
}

const mul = (a: F64, b: F64): F64 =>
  clenshawMul(
    a, b,
    (ck, c1, nd) => seriesSub(ck, scaleDiv(c1, nd - 1, nd)),
    (tmp, c1, nd) => seriesAdd(tmp, scaleDiv(seriesSub(scale(c1, 2 * nd - 1), mulx(c1)), 1, nd)),
    (c0, c1) => seriesAdd(c0, seriesSub(c1, mulx(c1))),
  );

function valAt(x: number, c: F64): number {
  const n = c.length;
  if (n === 1) return c[0] + 0 * (1 - x);
  if (n === 2) return c[0] + c[1] * (1 - x);
  let nd = n;
  let c0 = c[n - 2];
  let c1 = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    nd--;
    c0 = c[n - i] - (c1 * (nd - 1)) / nd;
    c1 = tmp + (c1 * (2 * nd - 1 - x)) / nd;
  }
  return c0 + c1 * (1 - x);
}

function valRing(x: Ring, c: F64): Ring {
  const n = c.length;
  const oneMinusX = rsub(1, x);
  if (n === 1) return radd(c[0], rmul(0, oneMinusX));
  if (n === 2) return radd(c[0], rmul(c[1], oneMinusX));
  let nd = n;
  let c0: Ring = c[n - 2];
  let c1: Ring = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    nd--;
    c0 = rsub(c[n - i], rmul(rmul(c1, nd - 1), 1 / nd));
    c1 = radd(tmp, rmul(rmul(c1, rsub(2 * nd - 1, x)), 1 / nd));
  }
  return radd(c0, rmul(c1, oneMinusX));
}

function derStep(c: F64, n: number): F64 {
  const der = new Float64Array(n);
  for (let j = n; j > 1; j--) {
    der[j - 1] = -c[j];
    c[j - 1] += c[j];
  }
  der[0] = -c[1];
  return der;
}

function intStep(c: F64): F64 {
  const n = c.length;
  const tmp = new Float64Array(n + 1);
  tmp[0] = c[0];
  tmp[1] = -c[0];
  for (let j = 1; j < n; j++) {
    tmp[j] += c[j];
    tmp[j + 1] = -c[j];
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
    if (deg > 0) v[r + 1] = 1 - x;
    for (let j = 2; j <= deg; j++) v[r + j] = (v[r + j - 1] * (2 * j - 1 - x) - v[r + j - 2] * (j - 1)) / j;
  }
  return v;
}

function companion(c: F64): F64 {
  companionCheck(c);
  if (c.length === 2) return Float64Array.of(1 + c[0] / c[1]);
  const n = c.length - 1;
  const mat = new Float64Array(n * n);
  for (let i = 0; i < n; i++) mat[i * n + i] = 2.0 * i + 1.0;
  for (let i = 0; i < n - 1; i++) {
    mat[i * n + i + 1] = -(i + 1);
    mat[(i + 1) * n + i] = -(i + 1);
  }
  for (let i = 0; i < n; i++) mat[i * n + n - 1] += (c[i] / c[n]) * n;
  return mat;
}

function toPoly(c: F64): F64 {
  const n = c.length;
  if (n === 1) return c;
  let c0: F64 = Float64Array.of(c[n - 2]);
  let c1: F64 = Float64Array.of(c[n - 1]);
  for (let i = n - 1; i > 1; i--) {
    const tmp = c0;
    c0 = seriesSub(Float64Array.of(c[i - 2]), scaleDiv(c1, i - 1, i));
    c1 = seriesAdd(tmp, scaleDiv(seriesSub(scale(c1, 2 * i - 1), polymulx(c1)), 1, i));
  }
  return seriesAdd(c0, seriesSub(c1, polymulx(c1)));
}

function der(c: F64, m: number, scl: number): F64 {
  return derWith(derStep, c, m, scl);
}

function gauss(deg: number): [F64, F64] {
  const n = checkGaussDeg(deg);
  const [x, w] = newtonGauss(n, companion, valAt, der);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += w[i];
  for (let i = 0; i < n; i++) w[i] /= sum;
  return [x, w];
}

export const lagKernels: Kernels = {
  domain: Float64Array.of(0, 1),
  x: Float64Array.of(1, -1),
  mulx, mul, valAt, valRing, vander, companion, toPoly, der, gauss,
  int: (c, m, k, lbnd, scl) => intWith(intStep, valAt, c, m, k, lbnd, scl),
  line: (off, scl) => (scl !== 0 ? Float64Array.of(off + scl, -scl) : Float64Array.of(off)),
  fromPoly: (p) => fromPolyWith(mulx, p),
  weight: (x) => Math.exp(-x),
};

const generated = seriesModule('lag', lagKernels);
export const { lagval, lagfit, lagadd, lagsub, lagmul, lagmulx, lagdiv, lagpow, lagder, lagint, lagvander, lagfromroots, lagline, lagtrim, lagcompanion, lagroots, laggauss, lagweight, lag2poly, poly2lag, lagdomain, lagzero, lagone, lagx, lagval2d, lagval3d, laggrid2d, laggrid3d, lagvander2d, lagvander3d } = generated;
