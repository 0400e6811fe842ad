/**
 * The functions of `np.polynomial.polynomial` (coefficients lowest degree first), thin
 * wrappers over series.ts returning float64 arrays as NumPy does.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { polyCompanion, polyKernels } from './polynomial';
import { valnd, vandernd } from './seriesnd';
import { rootsWith, valTensor } from './polyutils';
import { fitSeries, type FitInfo } from './fit';
import type { FitOptions } from './seriesmodule';
import {
  asSeries, trimcoef, seriesAdd, seriesSub, seriesMul, seriesDiv, seriesPow, seriesValAt, seriesDer,
  seriesInt, seriesFromRoots,
} from './series';

const arr = (c: Float64Array): NDArray => new NDArray(c, 'float64', [c.length]);

/** The domain and window of Polynomial: array([-1., 1.]). */
export const polydomain = arr(Float64Array.of(-1, 1));
/** The zero series: array([0]). */
export const polyzero = arr(Float64Array.of(0));
/** The one series: array([1]). */
export const polyone = arr(Float64Array.of(1));
/** The identity series x: array([0, 1]). */
export const polyx = arr(Float64Array.of(0, 1));

/**
 * The series `c[0] + c[1]·x + ...` at x (note the increasing order; `np.polyval` takes the
 * highest power first).
 *
 * @example
 * np.polynomial.polynomial.polyval(2, [1, 2, 3])   // 17
 */
export function polyval(x: ArrayLike, c: ArrayLike, opts: { tensor?: boolean } = {}): number | NDArray {
  return valTensor(seriesValAt, x, c, opts.tensor ?? true);
}

/**
 * Least-squares fit of a series of degree `deg`, lowest degree first (NumPy's
 * `np.polynomial.polynomial.polyfit`; `np.polyfit` gives the reverse order).
 *
 * @example
 * np.polynomial.polynomial.polyfit([0, 1, 2, 3], [1, 3, 7, 13], 2)   // array([1., 1., 1.])
 */
export function polyfit(x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts?: FitOptions & { full?: false }): NDArray;
export function polyfit(x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts: FitOptions & { full: true }): [NDArray, FitInfo];
export function polyfit(x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts: FitOptions = {}): NDArray | [NDArray, FitInfo] {
  const r = fitSeries(x, y, deg, opts.w ?? null, opts.rcond ?? null, polyKernels.vander);
  return opts.full ? r : r[0];
}

/** Sum of two series. @example np.polynomial.polynomial.polyadd([1, 2], [3])   // array([4., 2.]) */
export function polyadd(c1: ArrayLike, c2: ArrayLike): NDArray {
  return arr(seriesAdd(asSeries(c1), asSeries(c2)));
}

/** Difference of two series. @example np.polynomial.polynomial.polysub([1, 2], [1, 2])   // array([0.]) */
export function polysub(c1: ArrayLike, c2: ArrayLike): NDArray {
  return arr(seriesSub(asSeries(c1), asSeries(c2)));
}

/** Product of two series. @example np.polynomial.polynomial.polymul([1, 1], [1, 1])   // array([1., 2., 1.]) */
export function polymul(c1: ArrayLike, c2: ArrayLike): NDArray {
  return arr(seriesMul(asSeries(c1), asSeries(c2)));
}

/** The series times x. @example np.polynomial.polynomial.polymulx([1, 2])   // array([0., 1., 2.]) */
export function polymulx(c: ArrayLike): NDArray {
  const s = asSeries(c);
  if (s.length === 1 && s[0] === 0) return arr(s);
  const out = new Float64Array(s.length + 1);
  out.set(s, 1);
  return arr(out);
}

/** Quotient and remainder of two series. @example np.polynomial.polynomial.polydiv([1, 2, 1], [1, 1])   // [array([1., 1.]), array([0.])] */
export function polydiv(c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray] {
  const [q, r] = seriesDiv(asSeries(c1), asSeries(c2));
  return [arr(q), arr(r)];
}

/** A series to an integer power. @example np.polynomial.polynomial.polypow([1, 1], 2)   // array([1., 2., 1.]) */
export function polypow(c: ArrayLike, pow: number, opts: { maxpower?: number | null } = {}): NDArray {
  return arr(seriesPow(asSeries(c), pow, opts.maxpower ?? null));
}

/** The m-th derivative, each order scaled by scl. @example np.polynomial.polynomial.polyder([1, 2, 3])   // array([2., 6.]) */
export function polyder(c: ArrayLike, m = 1, scl = 1): NDArray {
  return arr(seriesDer(asSeries(c, false), m, scl));
}

/**
 * The m-th integral, constants k, lower bound lbnd, each order scaled by scl.
 * @example np.polynomial.polynomial.polyint([1, 2, 3])   // array([0., 1., 1., 1.])
 */
export function polyint(c: ArrayLike, m = 1, opts: { k?: number | readonly number[]; lbnd?: number; scl?: number } = {}): NDArray {
  const k = opts.k === undefined ? [] : typeof opts.k === 'number' ? [opts.k] : opts.k;
  return arr(seriesInt(asSeries(c, false), m, k, opts.lbnd ?? 0, opts.scl ?? 1));
}

/** The monic series with these roots. @example np.polynomial.polynomial.polyfromroots([-1, 1])   // array([-1., 0., 1.]) */
export function polyfromroots(roots: ArrayLike): NDArray {
  const r = asarray(roots);
  return arr(seriesFromRoots(r.size === 0 ? new Float64Array(0) : asSeries(r, false)));
}

/** The series off + scl·x. @example np.polynomial.polynomial.polyline(3, 2)   // array([3, 2]) */
export function polyline(off: number, scl: number): NDArray {
  return scl !== 0 ? asarray([off, scl]) : asarray([off]);
}

/** Trailing small coefficients removed. @example np.polynomial.polynomial.polytrim([1, 2, 0, 0])   // array([1., 2.]) */
export function polytrim(c: ArrayLike, tol = 0): NDArray {
  return arr(trimcoef(c, tol));
}

/**
 * The companion matrix: its eigenvalues are the series' roots.
 * @example np.polynomial.polynomial.polycompanion([2, -3, 1])   // array([[ 0., -2.], [ 1.,  3.]])
 */
export function polycompanion(c: ArrayLike): NDArray {
  const m = polyCompanion(asSeries(c));
  const n = Math.round(Math.sqrt(m.length));
  return new NDArray(m, 'float64', [n, n]);
}

/**
 * The Vandermonde matrix of powers 0..deg, one row per x.
 * @example np.polynomial.polynomial.polyvander([1, 2], 2)   // array([[1., 1., 1.], [1., 2., 4.]])
 */
export function polyvander(x: ArrayLike, deg: number): NDArray {
  if (!Number.isInteger(deg) || deg < 0) throw new ValueError('deg must be non-negative');
  const a = asarray(x).astype('float64');
  const xs = Float64Array.from((a.ndim === 0 ? [a.item()] : a.ravel().tolist()) as number[]);
  const out = new Float64Array(xs.length * (deg + 1));
  for (let i = 0; i < xs.length; i++) {
    let v = 1;
    for (let j = 0; j <= deg; j++) {
      out[i * (deg + 1) + j] = v;
      v *= xs[i];
    }
  }
  return new NDArray(out, 'float64', [...(a.ndim === 0 ? [1] : a.shape), deg + 1]);
}
export { Polynomial } from './polynomial';

/** Σ c[i, j]·x^i·y^j at the points (x, y). @example np.polynomial.polynomial.polyval2d([1, 2], [3, 4], [[1, 2], [3, 4]]) */
export function polyval2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): number | NDArray {
  return valnd(polyKernels.valAt, c, [x, y], false);
}

/** Σ c[i, j, k]·x^i·y^j·z^k at the points (x, y, z). @example np.polynomial.polynomial.polyval3d(1, 2, 3, np.ones([2, 2, 2])) */
export function polyval3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): number | NDArray {
  return valnd(polyKernels.valAt, c, [x, y, z], false);
}

/** The 2-d power series on the grid x × y. @example np.polynomial.polynomial.polygrid2d([0, 1], [0, 1, 2], [[1, 2], [3, 4]]) */
export function polygrid2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): number | NDArray {
  return valnd(polyKernels.valAt, c, [x, y], true);
}

/** The 3-d power series on the grid x × y × z. @example np.polynomial.polynomial.polygrid3d([0, 1], [0, 1], [0, 1], np.ones([2, 2, 2])) */
export function polygrid3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): number | NDArray {
  return valnd(polyKernels.valAt, c, [x, y, z], true);
}

/** The Vandermonde matrix of degrees [dx, dy]: columns x^i·y^j, i slowest. @example np.polynomial.polynomial.polyvander2d([1, 2], [3, 4], [1, 1]) */
export function polyvander2d(x: ArrayLike, y: ArrayLike, deg: readonly number[]): NDArray {
  return vandernd(polyKernels.vander, [x, y], deg);
}

/** The Vandermonde matrix of degrees [dx, dy, dz]. @example np.polynomial.polynomial.polyvander3d([1, 2], [3, 4], [5, 6], [1, 1, 1]) */
export function polyvander3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, deg: readonly number[]): NDArray {
  return vandernd(polyKernels.vander, [x, y, z], deg);
}

/**
 * The roots of the series, sorted (complex128 when some are complex), from the companion matrix's eigenvalues.
 * @example np.polynomial.polynomial.polyroots([2, -3, 1])   // array([1., 2.])
 */
export function polyroots(c: ArrayLike): NDArray {
  return rootsWith(polyCompanion, asSeries(c));
}

/**
 * The monic polynomial with roots r evaluated at x: Π (x - r_i), without forming its coefficients.
 * @example np.polynomial.polynomial.polyvalfromroots([1, 2, 3], [1, 2])   // array([-0.,  0.,  2.])
 */
export function polyvalfromroots(x: ArrayLike, r: ArrayLike): number | NDArray {
  const rs = asarray(r);
  if (rs.ndim > 1) throw new ValueError('np.polynomial.polynomial.polyvalfromroots takes 1-d roots here');
  const roots = Float64Array.from((rs.ndim === 0 ? [rs.item()] : rs.astype('float64').tolist()) as number[]);
  const valAt = (v: number): number => {
    let p = 1; // 1·a is exact: the same as NumPy's prod from the first factor
    for (let i = 0; i < roots.length; i++) p *= v - roots[i];
    return p;
  };
  if (typeof x === 'number') return valAt(x);
  const a = asarray(x).astype('float64');
  const src = Float64Array.from(a.ravel().tolist() as number[]);
  return new NDArray(src.map(valAt), 'float64', a.shape.slice());
}
