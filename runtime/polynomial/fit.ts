/**
 * Least-squares series fits (NumPy's polyutils._fit) over any basis's Vandermonde matrix:
 * one or several y columns, a degree or a list of the degrees to fit, weights, and the
 * `full` diagnostics [residuals, rank, singular values, rcond].
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { NumpyTypeError, ValueError } from '../errors';
import { lstsq } from '../linalg/index';

export type VanderFn = (xs: Float64Array, deg: number) => Float64Array;

/** `full` diagnostics: [residuals, rank, singular values, rcond]. */
export type FitInfo = [NDArray, number, NDArray, number];

function degrees(deg: number | readonly number[]): number[] | null {
  if (typeof deg === 'number') {
    if (!Number.isInteger(deg)) throw new NumpyTypeError('deg must be an int or non-empty 1-D array of int');
    if (deg < 0) throw new ValueError('expected deg >= 0');
    return null;
  }
  const d = Array.from(deg as ArrayLike as number[]);
  if (d.length === 0 || d.some((v) => typeof v !== 'number' || !Number.isInteger(v))) throw new NumpyTypeError('deg must be an int or non-empty 1-D array of int');
  if (Math.min(...d) < 0) throw new ValueError('expected deg >= 0');
  return d.sort((a, b) => a - b);
}

/** The fitted coefficients (1-d for 1-d y, [deg + 1, k] for k columns of y) and the `full` diagnostics. */
export function fitSeries(xIn: ArrayLike, yIn: ArrayLike, deg: number | readonly number[], w: ArrayLike | null, rcondIn: number | null, vander: VanderFn): [NDArray, FitInfo] {
  const list = degrees(deg);
  const x = asarray(xIn).astype('float64');
  const y = asarray(yIn).astype('float64');
  if (x.ndim !== 1) throw new NumpyTypeError('expected 1D vector for x');
  if (x.size === 0) throw new NumpyTypeError('expected non-empty vector for x');
  if (y.ndim < 1 || y.ndim > 2) throw new NumpyTypeError('expected 1D or 2D array for y');
  if (x.shape[0] !== y.shape[0]) throw new NumpyTypeError('expected x and y to have same length');
  const n = x.shape[0];
  const k = y.ndim === 2 ? y.shape[1] : 1;
  const lmax = list ? list[list.length - 1] : (deg as number);
  const cols = list ?? Array.from({ length: lmax + 1 }, (_, j) => j);
  const order = cols.length;
  const V = vander(Float64Array.from(x.tolist() as number[]), lmax);
  // A = van[:, deg] * w[:, None], columns scaled to unit norm afterwards; rhs = y * w
  const A = new Float64Array(n * order);
  for (let i = 0; i < n; i++) for (let j = 0; j < order; j++) A[i * order + j] = V[i * (lmax + 1) + cols[j]];
  const rhs = Float64Array.from((y.ravel().tolist() as number[]));
  if (w !== null && w !== undefined) {
    const wa = asarray(w).astype('float64');
    if (wa.ndim !== 1) throw new NumpyTypeError('expected 1D vector for w');
    if (wa.shape[0] !== n) throw new NumpyTypeError('expected x and w to have same length');
    const ws = wa.tolist() as number[];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < order; j++) A[i * order + j] *= ws[i];
      for (let c = 0; c < k; c++) rhs[i * k + c] *= ws[i];
    }
  }
  const rcond = rcondIn ?? n * 2.220446049250313e-16;
  const scl = new Float64Array(order);
  for (let j = 0; j < order; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += A[i * order + j] * A[i * order + j];
    scl[j] = Math.sqrt(s) || 1;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < order; j++) A[i * order + j] /= scl[j];
  const [c, resids, rank, s] = lstsq(new NDArray(A, 'float64', [n, order]), new NDArray(rhs, 'float64', y.ndim === 2 ? [n, k] : [n]), rcond);
  const cs = Float64Array.from(c.ravel().tolist() as number[]);
  const out = new Float64Array((lmax + 1) * k);
  for (let j = 0; j < order; j++) for (let col = 0; col < k; col++) out[cols[j] * k + col] = cs[j * k + col] / scl[j];
  const coef = new NDArray(out, 'float64', y.ndim === 2 ? [lmax + 1, k] : [lmax + 1]);
  return [coef, [resids, rank, s, rcond]];
}
