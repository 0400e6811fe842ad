/**
 * `np.polynomial.hermite`: physicists' Hermite series H_n (orthogonal under e^(-x²)), as
 * NumPy's `numpy/polynomial/hermite.py`.
 */
import { seriesAdd, seriesSub, trimseq } from './series';
import {
  checkGaussDeg, clenshawMul, companionCheck, derWith, intWith, maxAbs, radd, rmul, rsub, scale, symEigvals, symmetrize, type F64, type Ring,
} from './polyutils';
import { seriesModule, type Kernels } from './seriesmodule';
import { fromPolyWith, polymulx } from './chebyshev';

function mulx(cIn: F64): F64 {
  const c = trimseq(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const prd = new Float64Array(c.length + 1);
  prd[1] = c[0] / 2;
  for (let i = 1; i < c.length; i++) {
    prd[i + 1] = c[i] / 2;
    prd[i - 1] += c[i] * i;
  }
  return prd;
}

const mul = (a: F64, b: F64): F64 =>
  clenshawMul(
    a, b,
    (ck, c1, nd) => seriesSub(ck, scale(c1, 2 * (nd - 1))),
    (tmp, c1) => seriesAdd(tmp, scale(mulx(c1), 2)),
    (c0, c1) => seriesAdd(c0, scale(mulx(c1), 2)),
  );

function valAt(x: number, c: F64): number {
  const n = c.length;
  const x2 = x * 2;
  if (n === 1) return c[0] + 0 * x2;
  if (n === 2) return c[0] + c[1] * x2;
  let nd = n;
  let c0 = c[n - 2];
  let c1 = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    nd--;
    c0 = c[n - i] - c1 * (2 * (nd - 1));
    c1 = tmp + c1 * x2;
  }
  return c0 + c1 * x2;
}

function valRing(x: Ring, c: F64): Ring {
  const n = c.length;
  const x2 = rmul(x, 2);
  if (n === 1) return radd(c[0], rmul(0, x2));
  if (n === 2) return radd(c[0], rmul(c[1], x2));
  let nd = n;
  let c0: Ring = c[n - 2];
  let c1: Ring = c[n - 1];
  for (let i = 3; i <= n; i++) {
    const tmp = c0;
    nd--;
    c0 = rsub(c[n - i], rmul(c1, 2 * (nd - 1)));
    c1 = radd(tmp, rmul(c1, x2));
  }
  return radd(c0, rmul(c1, x2));
}

function derStep(c: F64, n: number): F64 {
  const der = new Float64Array(n);
  for (let j = n; j > 0; j--) der[j - 1] = 2 * j * c[j];
  return der;
}

function intStep(c: F64): F64 {
  const n = c.length;
  const tmp = new Float64Array(n + 1);
  tmp[1] = c[0] / 2;
  for (let j = 1; j < n; j++) tmp[j + 1] = c[j] / (2 * (j + 1));
  return tmp;
}

function vander(xs: F64, deg: number): F64 {
  const o = deg + 1;
  const v = new Float64Array(xs.length * o);
  for (let i = 0; i < xs.length; i++) {
    const x2 = xs[i] * 2;
    const r = i * o;
    v[r] = 1;
    if (deg > 0) v[r + 1] = x2;
    for (let j = 2; j <= deg; j++) v[r + j] = v[r + j - 1] * x2 - v[r + j - 2] * (2 * (j - 1));
  }
  return v;
}

/** The scaling NumPy's Hermite companions use: reversed cumulative products of [1, 1/sqrt(f(n-1)), ..., 1/sqrt(f(1))]. */
export function companionScale(n: number, f: (k: number) => number): F64 {
  const acc = new Float64Array(n);
  acc[0] = 1.0;
  for (let i = 1; i < n; i++) acc[i] = acc[i - 1] * (1.0 / Math.sqrt(f(n - i)));
  return acc.reverse();
}

function companion(c: F64): F64 {
  companionCheck(c);
  if (c.length === 2) return Float64Array.of((-0.5 * c[0]) / c[1]);
  const n = c.length - 1;
  const mat = new Float64Array(n * n);
  const scl = companionScale(n, (k) => 2.0 * k);
  for (let i = 0; i < n - 1; i++) {
    const t = Math.sqrt(0.5 * (i + 1));
    mat[i * n + i + 1] = t;
    mat[(i + 1) * n + i] = t;
  }
  for (let i = 0; i < n; i++) mat[i * n + n - 1] -= (scl[i] * c[i]) / (2.0 * c[n]);
  return mat;
}

function toPoly(cIn: F64): F64 {
  const c = cIn.slice();
  const n = c.length;
  if (n === 1) return c;
  if (n === 2) {
    c[1] *= 2;
    return c;
  }
  let c0: F64 = Float64Array.of(c[n - 2]);
  let c1: F64 = Float64Array.of(c[n - 1]);
  for (let i = n - 1; i > 1; i--) {
    const tmp = c0;
    c0 = seriesSub(Float64Array.of(c[i - 2]), scale(c1, 2 * (i - 1)));
    c1 = seriesAdd(tmp, scale(polymulx(c1), 2));
  }
  return seriesAdd(c0, scale(polymulx(c1), 2));
}

/** The orthonormal Hermite function of degree n at x (NumPy's _normed_hermite_n), overflow-free. */
function normed(x: number, n: number): number {
  if (n === 0) return 1 / Math.sqrt(Math.sqrt(Math.PI));
  let c0 = 0.0;
  let c1 = 1.0 / Math.sqrt(Math.sqrt(Math.PI));
  let nd = n;
  for (let i = 0; i < n - 1; i++) {
    const tmp = c0;
    c0 = -c1 * Math.sqrt((nd - 1.0) / nd);
    c1 = tmp + c1 * x * Math.sqrt(2.0 / nd);
    nd -= 1.0;
  }
  return c0 + c1 * x * Math.sqrt(2);
}

function gauss(deg: number): [F64, F64] {
  const n = checkGaussDeg(deg);
  const c = new Float64Array(n + 1);
  c[n] = 1;
  const x = symEigvals(companion(c), n);
  for (let i = 0; i < n; i++) x[i] -= normed(x[i], n) / (normed(x[i], n - 1) * Math.sqrt(2 * n));
  const fm = x.map((v) => normed(v, n - 1));
  const fmax = maxAbs(fm);
  const w = fm.map((v) => 1 / ((v / fmax) * (v / fmax)));
  symmetrize(x, w);
  let sum = 0;
  for (const v of w) sum += v;
  for (let i = 0; i < n; i++) w[i] *= Math.sqrt(Math.PI) / sum;
  return [x, w];
}

export const hermKernels: Kernels = {
  domain: Float64Array.of(-1, 1),
  x: Float64Array.of(0, 1 / 2),
  mulx, mul, valAt, valRing, vander, companion, toPoly, gauss,
  der: (c, m, scl) => derWith(derStep, c, m, scl),
  int: (c, m, k, lbnd, scl) => intWith(intStep, valAt, c, m, k, lbnd, scl),
  line: (off, scl) => (scl !== 0 ? Float64Array.of(off, scl / 2) : Float64Array.of(off)),
  fromPoly: (p) => fromPolyWith(mulx, p),
  weight: (x) => Math.exp(-(x ** 2)),
};

const generated = seriesModule('herm', hermKernels);
export const { hermval, hermfit, hermadd, hermsub, hermmul, hermmulx, hermdiv, hermpow, hermder, hermint, hermvander, hermfromroots, hermline, hermtrim, hermcompanion, hermroots, hermgauss, hermweight, herm2poly, poly2herm, hermdomain, hermzero, hermone, hermx, hermval2d, hermval3d, hermgrid2d, hermgrid3d, hermvander2d, hermvander3d } = generated;
