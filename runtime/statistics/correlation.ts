/** Statistics: covariance and correlation. */
import { NDArray, zerosOf, copyToContiguous, reshapeFresh } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DTypeLike, toDType, promoteTypes } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { transpose } from '../views';
import { kwargs, concatAxis, atLeast2d, rounder } from './helpers';
import { rintHalfEven } from './quantile';
import { average } from './average';


/** Options of cov. */
export interface CovOptions {
  /** A second set of variables, stacked after m's. */
  y?: ArrayLike | null;
  /** Each row is a variable (default true); false: each column is. */
  rowvar?: boolean;
  /** Normalise by N (true) instead of N - 1 (default false). */
  bias?: boolean;
  /** Delta degrees of freedom; overrides bias. */
  ddof?: number | null;
  /** Integer frequency weights of the observations. */
  fweights?: ArrayLike | null;
  /** Observation (reliability) weights. */
  aweights?: ArrayLike | null;
  /** dtype of the computation and result (default: at least float64). */
  dtype?: DTypeLike | null;
}

/** Python's RuntimeError (cov's weight-shape errors). */
export class RuntimeError extends Error {}
Object.defineProperty(RuntimeError.prototype, 'name', { value: 'RuntimeError', writable: true, configurable: true });

export const SPLITTER = 134217729; // 2^27 + 1

/**
 * a*b + c with a single rounding (a fused multiply-add, as BLAS kernels compute), from
 * Dekker's exact product and Knuth's exact sum; exact except in vanishingly rare
 * double-rounding ties.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || p === 0) return p + c;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb);
  return s + (err + e);
}

export function covImpl(mIn: ArrayLike, o: CovOptions): NDArray {
  const ddofIn = o.ddof;
  if (ddofIn !== undefined && ddofIn !== null && ddofIn !== Math.trunc(ddofIn)) throw new ValueError('ddof must be integer');
  const M = asarray(mIn);
  if (M.ndim > 2) throw new ValueError('m has more than 2 dimensions');
  const Y = o.y !== undefined && o.y !== null ? asarray(o.y) : null;
  if (Y && Y.ndim > 2) throw new ValueError('y has more than 2 dimensions');
  const rowvar = o.rowvar ?? true;
  const dtype = o.dtype ? toDType(o.dtype) : promoteTypes(Y ? promoteTypes(M.dtype, Y.dtype) : M.dtype, 'float64');
  let X = atLeast2d(M, dtype);
  if (!rowvar && M.ndim !== 1) X = copyToContiguous(transpose(X));
  // NumPy: np.array([]).reshape(0, 0).
  if (X.shape[0] === 0) return reshapeFresh(zerosOf([0], 'float64'), [0, 0]);
  if (Y) {
    let y2 = atLeast2d(Y, dtype);
    if (!rowvar && y2.shape[0] !== 1) y2 = transpose(y2);
    X = concatAxis([X, y2], 0);
  }
  const ddof = ddofIn ?? (o.bias ? 0 : 1);
  const N = X.shape[1];
  let w: Float64Array | null = null;
  let aw: Float64Array | null = null;
  const weightVector = (v: ArrayLike, name: string): Float64Array => {
    const arr = asarray(v, { dtype: 'float64' });
    if (arr.ndim > 1) throw new RuntimeError(`cannot handle multidimensional ${name}`);
    if ((arr.ndim === 0 ? 1 : arr.shape[0]) !== N) throw new RuntimeError(`incompatible numbers of samples and ${name}`);
    return copyToContiguous(arr).data as Float64Array;
  };
  if (o.fweights !== undefined && o.fweights !== null) {
    const fw = asarray(o.fweights, { dtype: 'float64' });
    for (let i = 0; i < fw.size; i++) {
      const v = fw.flatGet(i);
      if (v !== rintHalfEven(v)) throw new NumpyTypeError('fweights must be integer');
    }
    w = weightVector(fw, 'fweights');
    if (w.some((v) => v < 0)) throw new ValueError('fweights cannot be negative');
  }
  if (o.aweights !== undefined && o.aweights !== null) {
    aw = weightVector(o.aweights, 'aweights');
    if (aw.some((v) => v < 0)) throw new ValueError('aweights cannot be negative');
    if (w === null) w = aw;
    else for (let i = 0; i < N; i++) w[i] *= aw[i];
  }
  const wArr = w ? new NDArray(w, 'float64', [N]) : null;
  const [avgRaw, wsumRaw] = average(X, { axis: 1, weights: wArr, returned: true }) as [NDArray, NDArray];
  const avg = copyToContiguous(avgRaw);
  const wSum = wsumRaw.flatGet(0) as number;
  let fact: number;
  if (w === null) fact = N - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else {
    let s = 0;
    for (let i = 0; i < N; i++) s += w[i] * aw[i];
    fact = wSum - (ddof * s) / wSum;
  }
  if (fact <= 0) fact = 0.0;
  // X -= avg[:, None], in X's dtype.
  const K = X.shape[0];
  const Xd = X.data;
  const XR = rounder(X.dtype);
  for (let i = 0; i < K; i++) {
    const mu = avg.data[i];
    for (let j = 0; j < N; j++) Xd[i * N + j] = XR(Xd[i * N + j] - mu);
  }
  // X_T = (X * w).T ; c = X @ X_T ; c *= 1 / fact.
  const cdt = w ? promoteTypes(X.dtype, 'float64') : X.dtype;
  const CR = rounder(cdt);
  const XT = new Float64Array(K * N);
  for (let i = 0; i < K * N; i++) XT[i] = w ? CR(Xd[i] * w[i % N]) : Xd[i];
  const c = zerosOf([K, K], cdt);
  const inv = 1 / fact;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      let s = 0;
      // Sums round like BLAS's fused multiply-add loop: one rounding per step.
      if (cdt === 'float64') for (let k = 0; k < N; k++) s = fma(Xd[i * N + k], XT[j * N + k], s);
      else for (let k = 0; k < N; k++) s = CR(s + Xd[i * N + k] * XT[j * N + k]);
      c.data[i * K + j] = CR(s * inv);
    }
  }
  return c;
}

export function covArgs(y: ArrayLike | null | CovOptions | undefined, opts: CovOptions): CovOptions {
  return kwargs<CovOptions>(['y', 'rowvar', 'bias', 'ddof', 'fweights', 'aweights'], [y, opts]);
}

/**
 * Covariance matrix of variables (rows of m, by default), and of y's stacked after them.
 * A single variable gives a 0-d array.
 *
 * Parameters
 * - m: 1-d or 2-d array_like of variables (rows) and observations (columns).
 * - y: optional second set of variables.
 * - rowvar, bias, ddof, fweights, aweights, dtype: as in NumPy.
 *
 * @example
 * np.cov(np.array([[0, 1, 2], [2, 1, 0]]))                  // array([[ 1., -1.], [-1.,  1.]])
 * np.cov(np.array([1, 2, 3, 4]), np.array([2, 4, 5, 4]))    // a 2x2 matrix
 */
export function cov(m: ArrayLike, y?: ArrayLike | null | CovOptions, opts: CovOptions = {}): NDArray {
  return squeezeOnes(covImpl(m, covArgs(y, opts)));
}

export function squeezeOnes(c: NDArray): NDArray {
  const shape = c.shape.filter((n) => n !== 1);
  return shape.length === c.shape.length ? c : new NDArray(c.data, c.dtype, shape);
}

/** Options of corrcoef. */
export interface CorrcoefOptions {
  /** A second set of variables. */
  y?: ArrayLike | null;
  /** Each row is a variable (default true). */
  rowvar?: boolean;
  /** dtype of the computation and result. */
  dtype?: DTypeLike | null;
}

/**
 * Pearson correlation coefficients: the covariance matrix normalised by the standard
 * deviations, clipped to [-1, 1]. A single variable gives a number (1, or NaN).
 *
 * @example
 * np.corrcoef(np.array([1, 2, 3, 4]), np.array([2, 4, 5, 4]))   // 2x2, off-diagonal 0.718...
 */
export function corrcoef(x: ArrayLike, y?: ArrayLike | null | CorrcoefOptions, opts: CorrcoefOptions = {}): any {
  const o = kwargs<CorrcoefOptions>(['y', 'rowvar'], [y, opts]);
  const c = cov(x, { y: o.y ?? null, rowvar: o.rowvar ?? true, dtype: o.dtype ?? null });
  const R = rounder(c.dtype);
  if (c.ndim === 0) {
    const v = c.data[0];
    return R(v / v);
  }
  const K = c.shape[0];
  const sd = new Float64Array(K);
  for (let i = 0; i < K; i++) sd[i] = R(Math.sqrt(c.data[i * K + i]));
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      let v = R(R(c.data[i * K + j] / sd[i]) / sd[j]);
      if (v < -1) v = -1;
      else if (v > 1) v = 1;
      c.data[i * K + j] = v;
    }
  }
  return c;
}
