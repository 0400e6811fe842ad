/**
 * `np.polynomial.polyutils`: the helpers NumPy's series modules share (numpy/polynomial/polyutils.py).
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { asSeries, trimseq as trimseqF64, trimcoef as trimcoefF64, mapparms as mapparmsF64 } from './series';
import { getdomain as getdomainF64 } from './polyutils';
import { formatFloat } from './printstyle';

const arr = (c: Float64Array): NDArray => new NDArray(c, 'float64', [c.length]);

/**
 * 1-d float64 copies of coefficient arrays, trailing zeros removed unless `trim` is false.
 * @example np.polynomial.polyutils.as_series([[1, 2, 0], [3]])   // [array([1., 2.]), array([3.])]
 */
export function as_series(alist: ArrayLike[], trim = true): NDArray[] {
  return alist.map((a) => arr(asSeries(a, trim)));
}

/**
 * The sequence without its trailing zeros (at least one element kept).
 * @example np.polynomial.polyutils.trimseq([1, 2, 0, 0])   // array([1., 2.])
 */
export function trimseq(seq: ArrayLike): NDArray {
  return arr(trimseqF64(asSeries(seq, false)));
}

/**
 * Trailing coefficients with |c| <= tol removed ([0] if all are).
 * @example np.polynomial.polyutils.trimcoef([1, 2, 1e-9], 1e-6)   // array([1., 2.])
 */
export function trimcoef(c: ArrayLike, tol = 0): NDArray {
  return arr(trimcoefF64(c, tol));
}

/**
 * A domain covering the abscissae: [min(x), max(x)].
 * @example np.polynomial.polyutils.getdomain([3, -1, 2])   // array([-1.,  3.])
 */
export function getdomain(x: ArrayLike): NDArray {
  return arr(getdomainF64(x));
}

/**
 * `off, scl` of the linear map taking the interval old onto new (new = off + scl·old).
 * @example np.polynomial.polyutils.mapparms([0, 2], [-1, 1])   // [-1, 1] (NumPy: (-1.0, 1.0))
 */
export function mapparms(old: ArrayLike, newD: ArrayLike): [number, number] {
  return mapparmsF64(old, newD);
}

/**
 * x mapped linearly from the interval old onto new.
 * @example np.polynomial.polyutils.mapdomain([0, 1, 2], [0, 2], [-1, 1])   // array([-1.,  0.,  1.])
 */
export function mapdomain(x: ArrayLike, old: ArrayLike, newD: ArrayLike): number | NDArray {
  const [off, scl] = mapparmsF64(old, newD);
  if (typeof x === 'number') return off + scl * x;
  return asarray(x).astype('float64').multiply(scl).add(off);
}

/**
 * A float as the series classes print it (the print options' precision, trimmed).
 * @example np.polynomial.polyutils.format_float(0.5)   // '0.5'
 */
export function format_float(x: number, parens = false): string {
  return formatFloat(x, parens);
}
