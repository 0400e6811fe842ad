/**
 * `np.polynomial.legendre`: Legendre series P_n, as NumPy's `numpy/polynomial/legendre.py`
 * (products by the Clenshaw recursion over series, Gauss–Legendre quadrature from the
 * symmetric companion matrix polished by one Newton step).
 */
import { seriesAdd, seriesSub, trimseq } from './series';
import {
  checkGaussDeg, clenshawMul, newtonGauss, companionCheck, derWith, intWith, radd, rmul, rsub, scaleDiv, symmetrize, type F64, type Ring,
} from './polyutils';
import { seriesModule, type Kernels } from './seriesmodule';
import { fromPolyWith, polymulx } from './chebyshev';

function mulx(cIn: F64): F64 {
  const c = trimseq(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const prd = new Float64Array(c.length + 1);
  prd[1] = c[0];
  for (let i = 1; i < c.length; i++) {
    const j = i + 1;
    const k = i - 1;
    const s = i + j;
    prd[j] = (c[i] * j) / s;
    prd[k] += (c[i] * i) / s;
  }
  return prd;
}

const mul = (a: F64, b: F64): F64 =>
  clenshawMul(
    a, b,
    (ck, c1, nd) => seriesSub(ck, scaleDiv(c1, nd - 1, nd)),
    (tmp, c1, nd) => seriesAdd(tmp, scaleDiv(mulx(c1), 2 * nd - 1, nd)),
    (c0, c1) => seriesAdd(c0, mulx(c1)),
  );

function valAt(x: number, c: F64): number {
  const n = c.length;
  if (n === 1) return c[0] + 0 * x;
  if (n === 2) return c[0] + c[1] * x;
  let nd = n;
  let c0 = c[n - 2];
  let c1 = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    nd--;
    c0 = c[n - i] - c1 * ((nd - 1) / nd);
    c1 = tmp + c1 * x * ((2 * nd - 1) / nd);
  }
  return c0 + c1 * x;
}

function valRing(x: Ring, c: F64): Ring {
  const n = c.length;
  if (n === 1) return radd(c[0], rmul(0, x));
  if (n === 2) return radd(c[0], rmul(c[1], x));
  let nd = n;
  let c0: Ring = c[n - 2];
  let c1: Ring = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    nd--;
    c0 = rsub(c[n - i], rmul(c1, (nd - 1) / nd));
    c1 = radd(tmp, rmul(rmul(c1, x), (2 * nd - 1) / nd));
  }
  return radd(c0, rmul(c1, x));
}

function derStep(c: F64, n: number): F64 {
  const der = new Float64Array(n);
  for (let j = n; j > 2; j--) {
    der[j - 1] = (2 * j - 1) * c[j];
    c[j - 2] += c[j];
  }
  if (n > 1) der[1] = 3 * c[2];
  der[0] = c[1];
  return der;
}

function intStep(c: F64): F64 {
  const n = c.length;
  const tmp = new Float64Array(n + 1);
  tmp[1] = c[0];
  if (n > 1) tmp[2] = c[1] / 3;
  for (let j = 2; j < n; j++) {
    const t = c[j] / (2 * j + 1);
    tmp[j + 1] = t;
    tmp[j - 1] -= t;
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
    for (let j = 2; j <= deg; j++) v[r + j] = (v[r + j - 1] * x * (2 * j - 1) - v[r + j - 2] * (j - 1)) / j;
  }
  return v;
}

function companion(c: F64): F64 {
  companionCheck(c);
  if (c.length === 2) return Float64Array.of(-c[0] / c[1]);
  const n = c.length - 1;
  const mat = new Float64Array(n * n);
  const scl = new Float64Array(n);
  for (let i = 0; i < n; i++) scl[i] = 1.0 / Math.sqrt(2 * i + 1);
  for (let i = 0; i < n - 1; i++) {
    const t = (i + 1) * scl[i] * scl[i + 1];
    mat[i * n + i + 1] = t;
    mat[(i + 1) * n + i] = t;
  }
  for (let i = 0; i < n; i++) mat[i * n + n - 1] -= (c[i] / c[n]) * (scl[i] / scl[n - 1]) * (n / (2 * n - 1));
  return mat;
}

function toPoly(c: F64): F64 {
  const n = c.length;
  if (n < 3) return c;
  let c0: F64 = Float64Array.of(c[n - 2]);
  let c1: F64 = Float64Array.of(c[n - 1]);
  for (let i = n - 1; i > 1; i--) {
    const tmp = c0;
    c0 = seriesSub(Float64Array.of(c[i - 2]), scaleDiv(c1, i - 1, i));
    c1 = seriesAdd(tmp, scaleDiv(polymulx(c1), 2 * i - 1, i));
  }
  return seriesAdd(c0, polymulx(c1));
}

function der(c: F64, m: number, scl: number): F64 {
  return derWith(derStep, c, m, scl);
}

function gauss(deg: number): [F64, F64] {
  const n = checkGaussDeg(deg);
  const [x, w] = newtonGauss(n, companion, valAt, der);
  symmetrize(x, w);
  let sum = 0;
  for (const v of w) sum += v;
  for (let i = 0; i < n; i++) w[i] *= 2.0 / sum;
  return [x, w];
}

export const legKernels: Kernels = {
  domain: Float64Array.of(-1, 1),
  x: Float64Array.of(0, 1),
  mulx, mul, valAt, valRing, vander, companion, toPoly, der, gauss,
  int: (c, m, k, lbnd, scl) => intWith(intStep, valAt, c, m, k, lbnd, scl),
  line: (off, scl) => (scl !== 0 ? Float64Array.of(off, scl) : Float64Array.of(off)),
  fromPoly: (p) => fromPolyWith(mulx, p),
  weight: (x) => x * 0.0 + 1.0,
};

const generated = seriesModule('leg', legKernels);
export const { legval, legfit, legadd, legsub, legmul, legmulx, legdiv, legpow, legder, legint, legvander, legfromroots, legline, legtrim, legcompanion, legroots, leggauss, legweight, leg2poly, poly2leg, legdomain, legzero, legone, legx, legval2d, legval3d, leggrid2d, leggrid3d, legvander2d, legvander3d } = generated;
