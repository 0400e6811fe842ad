/**
 * The functions every NumPy basis module has (`chebval`, `legfit`, `hermder`, ...), built
 * once over a basis's kernels (Float64Array in, Float64Array out) and named with the
 * basis's prefix: `np.polynomial.chebyshev.chebval` is `SeriesFunctions.val` over the
 * Chebyshev kernels.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { asSeries, trimcoef } from './series';
import { fitSeries, type FitInfo } from './fit';
import { valnd, vandernd } from './seriesnd';
import { valTensor, rootsWith, add, sub, abscissae, checkDeg, divWith, fromRootsWith, powWith, valElementwise, type F64, type Ring } from './polyutils';

/** A basis's kernels on coefficient arrays (lowest degree first). */
export interface Kernels {
  /** Default domain and window. */
  domain: F64;
  /** The identity x in this basis. */
  x: F64;
  mulx(c: F64): F64;
  mul(c1: F64, c2: F64): F64;
  /** Division; undefined means polyutils._div over mul. */
  div?(c1: F64, c2: F64): [F64, F64];
  /** Powers; undefined means polyutils._pow over mul. */
  pow?(c: F64, n: number, maxpower: number | null): F64;
  valAt(x: number, c: F64): number;
  /** The same recursion over numbers or series objects (composition `p(q)`). */
  valRing(x: Ring, c: F64): Ring;
  der(c: F64, m: number, scl: number): F64;
  int(c: F64, m: number, k: number | readonly number[], lbnd: number, scl: number): F64;
  /** Row-major [x.length, deg + 1]. */
  vander(xs: F64, deg: number): F64;
  line(off: number, scl: number): F64;
  /** Row-major n×n (n = degree). */
  companion(c: F64): F64;
  /** The rest only the basis modules have (not np.polynomial.polynomial). */
  toPoly?(c: F64): F64;
  fromPoly?(c: F64): F64;
  gauss?(deg: number): [F64, F64];
  weight?(x: number): number;
}

export const arr = (c: F64): NDArray => new NDArray(c, 'float64', [c.length]);

export function divOf(k: Kernels, c1: F64, c2: F64): [F64, F64] {
  return k.div ? k.div(c1, c2) : divWith(k.mul, c1, c2);
}
export function powOf(k: Kernels, c: F64, n: number, maxpower: number | null): F64 {
  return k.pow ? k.pow(c, n, maxpower) : powWith(k.mul, c, n, maxpower);
}
export function fromRootsOf(k: Kernels, roots: F64): F64 {
  return fromRootsWith(k.line, k.mul, roots);
}
export function fitOf(k: Kernels, x: ArrayLike, y: ArrayLike, deg: number | readonly number[], w: ArrayLike | null, rcond: number | null): [NDArray, FitInfo] {
  return fitSeries(x, y, deg, w, rcond, k.vander);
}

/** Options of the *fit functions (NumPy's keywords). */
export interface FitOptions {
  rcond?: number | null;
  w?: ArrayLike | null;
  /** Also return [residuals, rank, singular values, rcond]. */
  full?: boolean;
}

/**
 * A basis module's functions, shown here with the Chebyshev prefix (`chebval`); Legendre
 * is `leg*`, Laguerre `lag*`, Hermite `herm*`, HermiteE `herme*`. Coefficients are
 * lowest degree first.
 */
export interface SeriesFunctions {
  /**
   * The series at x by Clenshaw recursion (a number gives a number). An n-d c holds
   * several series along its trailing axes: the result is c.shape[1:] + x.shape, or with
   * `tensor: false` one value per series at its own x.
   * @example np.polynomial.chebyshev.chebval(0.5, [1, 2, 3])   // 0.5
   */
  val(x: ArrayLike, c: ArrayLike, opts?: { tensor?: boolean }): number | NDArray;
  /**
   * Least-squares fit of degree `deg` (or of the listed degrees only) to y (one column or
   * several), the Vandermonde matrix's columns scaled to unit norm; `full` adds
   * [residuals, rank, singular values, rcond].
   * @example np.polynomial.legendre.legfit([0, 1, 2, 3], [1, 3, 7, 13], 2)
   */
  fit(x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts?: FitOptions & { full?: false }): NDArray;
  fit(x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts: FitOptions & { full: true }): [NDArray, FitInfo];
  /** Sum of two series. @example np.polynomial.chebyshev.chebadd([1, 2], [3])   // array([4., 2.]) */
  add(c1: ArrayLike, c2: ArrayLike): NDArray;
  /** Difference of two series. @example np.polynomial.chebyshev.chebsub([1, 2], [1])   // array([0., 2.]) */
  sub(c1: ArrayLike, c2: ArrayLike): NDArray;
  /** Product of two series. @example np.polynomial.chebyshev.chebmul([0, 1], [0, 1])   // array([0.5, 0. , 0.5]) */
  mul(c1: ArrayLike, c2: ArrayLike): NDArray;
  /** The series times x. @example np.polynomial.chebyshev.chebmulx([0, 1])   // array([0.5, 0. , 0.5]) */
  mulx(c: ArrayLike): NDArray;
  /** Quotient and remainder. @example np.polynomial.legendre.legdiv([1, 2, 3], [0, 1]) */
  div(c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray];
  /** A series to an integer power (maxpower 16 by default). @example np.polynomial.hermite.hermpow([1, 1], 2) */
  pow(c: ArrayLike, pow: number, opts?: { maxpower?: number | null }): NDArray;
  /** The m-th derivative, each order scaled by scl. @example np.polynomial.chebyshev.chebder([1, 2, 3])   // array([ 2., 12.]) */
  der(c: ArrayLike, m?: number, scl?: number): NDArray;
  /**
   * The m-th integral with constants k, lower bound lbnd, each order scaled by scl.
   * @example np.polynomial.laguerre.lagint([1, 2, 3], 1, { k: 1 })
   */
  int(c: ArrayLike, m?: number, opts?: { k?: number | readonly number[]; lbnd?: number; scl?: number }): NDArray;
  /** The pseudo-Vandermonde matrix of degree deg, one row per x. @example np.polynomial.legendre.legvander([0, 1], 2) */
  vander(x: ArrayLike, deg: number): NDArray;
  /** The series with these roots. @example np.polynomial.chebyshev.chebfromroots([-1, 1])   // array([-0.5,  0. ,  0.5]) */
  fromroots(roots: ArrayLike): NDArray;
  /** The series off + scl·x. @example np.polynomial.laguerre.lagline(3, 2)   // array([ 5, -2]) */
  line(off: number, scl: number): NDArray;
  /** Trailing small coefficients removed. @example np.polynomial.chebyshev.chebtrim([1, 2, 0])   // array([1., 2.]) */
  trim(c: ArrayLike, tol?: number): NDArray;
  /**
   * The roots, sorted (complex128 when some are complex), from the companion matrix's eigenvalues.
   * @example np.polynomial.chebyshev.chebroots([0, 0, 1])   // array([-0.70710678,  0.70710678])
   */
  roots(c: ArrayLike): NDArray;
  /** The scaled companion matrix (symmetric for the orthogonal bases but Laguerre). @example np.polynomial.legendre.legcompanion([1, 2, 3]) */
  companion(c: ArrayLike): NDArray;
  /** Gauss quadrature points and weights of this basis's weight function. @example np.polynomial.legendre.leggauss(3) */
  gauss(deg: number): [NDArray, NDArray];
  /** The weight function the basis is orthogonal under. @example np.polynomial.hermite.hermweight(0)   // 1.0 */
  weight(x: ArrayLike): number | NDArray;
  /** The series as power-series coefficients. @example np.polynomial.chebyshev.cheb2poly([0, 0, 1])   // array([-1.,  0.,  2.]) */
  '2poly'(c: ArrayLike): NDArray;
  /**
   * Σ c[i, j]·B_i(x)·B_j(y) at the points (x, y) (same shapes).
   * @example np.polynomial.chebyshev.chebval2d([0.5, 1], [0, 2], [[1, 2], [3, 4]])
   */
  val2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): number | NDArray;
  /** Σ c[i, j, k]·B_i(x)·B_j(y)·B_k(z) at the points (x, y, z). @example np.polynomial.legendre.legval3d(0.5, 0.5, 0.5, np.ones([2, 2, 2])) */
  val3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): number | NDArray;
  /** The 2-d series on the grid x × y (shape x.shape + y.shape). @example np.polynomial.hermite.hermgrid2d([0, 1], [0, 1, 2], [[1, 2], [3, 4]]) */
  grid2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): number | NDArray;
  /** The 3-d series on the grid x × y × z. @example np.polynomial.laguerre.laggrid3d([0, 1], [0, 1], [0, 1], np.ones([2, 2, 2])) */
  grid3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): number | NDArray;
  /** The pseudo-Vandermonde matrix of degrees [dx, dy]: columns B_i(x)·B_j(y), i slowest. @example np.polynomial.chebyshev.chebvander2d([0, 1], [1, 2], [1, 2]) */
  vander2d(x: ArrayLike, y: ArrayLike, deg: readonly number[]): NDArray;
  /** The pseudo-Vandermonde matrix of degrees [dx, dy, dz]. @example np.polynomial.hermite_e.hermevander3d([0, 1], [1, 2], [2, 3], [1, 1, 1]) */
  vander3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, deg: readonly number[]): NDArray;
  /** The default domain: array([-1., 1.]) (Laguerre: array([0., 1.])). */
  domain: NDArray;
  /** The zero series: array([0]). */
  zero: NDArray;
  /** The one series: array([1]). */
  one: NDArray;
  /** The identity x in this basis. */
  x: NDArray;
}

/** The functions of `SeriesFunctions` named with a basis prefix (`chebval` ...) plus `poly2<prefix>`. */
export type PrefixedSeries<P extends string> = { [K in keyof SeriesFunctions as `${P}${K & string}`]: SeriesFunctions[K] } & {
  [K in `poly2${P}`]: (pol: ArrayLike) => NDArray;
};

/** The module functions over a basis's kernels, named with its prefix. */
export function seriesModule<P extends string>(prefix: P, k: Kernels): PrefixedSeries<P> {
  const f: SeriesFunctions = {
    val: (x, c, opts = {}) => valTensor(k.valAt, x, c, opts.tensor ?? true),
    fit: ((x: ArrayLike, y: ArrayLike, deg: number | readonly number[], opts: FitOptions = {}) => {
      const r = fitOf(k, x, y, deg, opts.w ?? null, opts.rcond ?? null);
      return opts.full ? r : r[0];
    }) as SeriesFunctions['fit'],
    add: (c1, c2) => arr(add(asSeries(c1), asSeries(c2))),
    sub: (c1, c2) => arr(sub(asSeries(c1), asSeries(c2))),
    mul: (c1, c2) => arr(k.mul(asSeries(c1), asSeries(c2))),
    mulx: (c) => arr(k.mulx(asSeries(c))),
    div: (c1, c2) => divOf(k, asSeries(c1), asSeries(c2)).map(arr) as [NDArray, NDArray],
    pow: (c, n, opts = {}) => arr(powOf(k, asSeries(c), n, opts.maxpower === undefined ? 16 : opts.maxpower)),
    der: (c, m = 1, scl = 1) => arr(k.der(asSeries(c, false), m, scl)),
    int: (c, m = 1, opts = {}) => arr(k.int(asSeries(c, false), m, opts.k ?? [], opts.lbnd ?? 0, opts.scl ?? 1)),
    vander: (x, deg) => {
      const d = checkDeg(deg);
      const [xs, shape] = abscissae(x);
      return new NDArray(k.vander(xs, d), 'float64', [...shape, d + 1]);
    },
    fromroots: (roots) => {
      const r = asarray(roots);
      return arr(fromRootsOf(k, r.size === 0 ? new Float64Array(0) : asSeries(r, false)));
    },
    // JS numbers carry no dtype: whole numbers give int64, as NumPy's line of Python ints
    line: (off, scl) => asarray(Array.from(k.line(off, scl))),
    trim: (c, tol = 0) => arr(trimcoef(c, tol)),
    roots: (c) => rootsWith(k.companion, asSeries(c)),
    companion: (c) => {
      const m = k.companion(asSeries(c));
      const n = Math.round(Math.sqrt(m.length));
      return new NDArray(m, 'float64', [n, n]);
    },
    gauss: (deg) => k.gauss!(deg).map(arr) as [NDArray, NDArray],
    weight: (x) => valElementwise(k.weight!, x, new Float64Array(0)),
    '2poly': (c) => arr(k.toPoly!(asSeries(c))),
    val2d: (x, y, c) => valnd(k.valAt, c, [x, y], false),
    val3d: (x, y, z, c) => valnd(k.valAt, c, [x, y, z], false),
    grid2d: (x, y, c) => valnd(k.valAt, c, [x, y], true),
    grid3d: (x, y, z, c) => valnd(k.valAt, c, [x, y, z], true),
    vander2d: (x, y, deg) => vandernd(k.vander, [x, y], deg),
    vander3d: (x, y, z, deg) => vandernd(k.vander, [x, y, z], deg),
    domain: arr(k.domain.slice()),
    zero: arr(Float64Array.of(0)),
    one: arr(Float64Array.of(1)),
    x: arr(k.x.slice()),
  };
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(f)) out[prefix + name] = v;
  out[`poly2${prefix}`] = (pol: ArrayLike) => arr(k.fromPoly!(asSeries(pol)));
  return out as PrefixedSeries<P>;
}
