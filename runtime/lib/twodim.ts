/**
 * Two-dimensional helpers, as NumPy's `lib/_twodim_base_impl.py`: triangles of arrays and
 * their indices (triu, tril, triu_indices, tril_indices and their `_from` forms),
 * Vandermonde matrices, diagflat and histogram2d.
 */
import { type DType, kindOf, promoteTypes } from '../dtype';
import { NDArray, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { allocate } from '../allocate';
import { ValueError, NumpyTypeError } from '../errors';
import { where } from '../elementwise';
import { tri } from '../creation';
import { histddCore } from './histograms';
import { isOpts, indexArg } from './common';

type KOption = { k?: number };


/** `k` given positionally or as `{k}`. */
function kOf(k: number | KOption | undefined): number {
  if (isOpts(k)) return k.k === undefined ? 0 : indexArg(k.k);
  return k === undefined ? 0 : indexArg(k);
}

/** The (rows, cols) a triangle mask of `a` has: its last two axes, or n x n for 1-d. */
function lastTwo(a: NDArray): [number, number] {
  if (a.ndim === 0) throw new NumpyTypeError("tri() missing 1 required positional argument: 'N'");
  return a.ndim === 1 ? [a.shape[0], a.shape[0]] : [a.shape[a.ndim - 2], a.shape[a.ndim - 1]];
}

/**
 * A copy of an array with the elements below the k-th diagonal zeroed. For more than two
 * dimensions it applies to the last two axes; a 1-d array is taken as a row repeated
 * (the result is square), as NumPy does.
 *
 * Parameters
 * - m: the array (..., M, N).
 * - k: the diagonal below which to zero elements: 0 (default) the main one, k > 0 above
 *   it, k < 0 below it (positional or `{k}`).
 *
 * @example
 * np.triu(np.arange(1, 10).reshape(3, 3))       // array([[1, 2, 3], [0, 5, 6], [0, 0, 9]])
 * np.triu(np.arange(1, 13).reshape(4, 3), -1)   // keeps one diagonal below the main one
 */
export function triu(m: ArrayLike, k: number | KOption = 0): NDArray {
  const a = asarray(m);
  const [rows, cols] = lastTwo(a);
  const mask = tri(rows, cols, kOf(k) - 1, { dtype: 'bool' });
  return where(mask, zerosOf([1], a.dtype), a);
}

/**
 * A copy of an array with the elements above the k-th diagonal zeroed (the last two axes
 * for more than two dimensions; a 1-d array gives a square result, as NumPy).
 *
 * Parameters
 * - m: the array (..., M, N).
 * - k: the diagonal above which to zero elements: 0 (default) the main one, k > 0 above
 *   it, k < 0 below it (positional or `{k}`).
 *
 * @example
 * np.tril(np.arange(1, 10).reshape(3, 3))       // array([[1, 0, 0], [4, 5, 0], [7, 8, 9]])
 * np.tril(np.ones([2, 4]), 1)
 */
export function tril(m: ArrayLike, k: number | KOption = 0): NDArray {
  const a = asarray(m);
  const [rows, cols] = lastTwo(a);
  const mask = tri(rows, cols, kOf(k), { dtype: 'bool' });
  return where(mask, a, zerosOf([1], a.dtype));
}

/** Options of triu_indices / tril_indices: NumPy's keywords. */
export interface TriIndicesOptions {
  /** Diagonal offset (default 0). */
  k?: number;
  /** Number of columns (default n). */
  m?: number | null;
}

function triIndices(n: unknown, k: unknown, m: unknown, upper: boolean): [NDArray, NDArray] {
  let opts: TriIndicesOptions = {};
  if (isOpts(k)) {
    opts = k as TriIndicesOptions;
    k = undefined;
  } else if (isOpts(m)) {
    opts = m as TriIndicesOptions;
    m = undefined;
  }
  const rows = Math.max(0, indexArg(n));
  const kk = k !== undefined ? indexArg(k) : opts.k === undefined ? 0 : indexArg(opts.k);
  const mm = m !== undefined && m !== null ? m : opts.m;
  const cols = mm === undefined || mm === null ? rows : Math.max(0, indexArg(mm));
  const r: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (upper ? j - i >= kk : j - i <= kk) {
        r.push(i);
        c.push(j);
      }
    }
  }
  const wrap = (v: number[]) => new NDArray(Float64Array.from(v), 'int64', [v.length]);
  return [wrap(r), wrap(c)];
}

/**
 * The indices of the upper triangle of an (n, m) array: a JS array `[rows, cols]` of
 * int64 arrays (NumPy's tuple), rows in order and columns increasing within each row.
 *
 * Parameters
 * - n: the number of rows.
 * - k: diagonal offset (default 0; positive moves the triangle right).
 * - m: the number of columns (default n). k and m also go in `{k, m}`.
 *
 * @example
 * np.triu_indices(3)        // [array([0, 0, 0, 1, 1, 2]), array([0, 1, 2, 1, 2, 2])]
 * a.get(...np.triu_indices(4, 1))   // the elements above the diagonal of a 4x4 a
 */
export function triu_indices(n: number, k?: number | TriIndicesOptions, m?: number | null | TriIndicesOptions): [NDArray, NDArray] {
  return triIndices(n, k, m, true);
}

/**
 * The indices of the lower triangle of an (n, m) array, as `[rows, cols]` int64 arrays.
 *
 * Parameters
 * - n: the number of rows.
 * - k: diagonal offset (default 0; positive includes diagonals above the main one).
 * - m: the number of columns (default n). k and m also go in `{k, m}`.
 *
 * @example
 * np.tril_indices(3)        // [array([0, 1, 1, 2, 2, 2]), array([0, 0, 1, 0, 1, 2])]
 * np.tril_indices(3, -1, 4)
 */
export function tril_indices(n: number, k?: number | TriIndicesOptions, m?: number | null | TriIndicesOptions): [NDArray, NDArray] {
  return triIndices(n, k, m, false);
}

function indicesFrom(arr: ArrayLike, k: number | KOption | undefined, upper: boolean): [NDArray, NDArray] {
  const a = asarray(arr);
  if (a.ndim !== 2) throw new ValueError('input array must be 2-d');
  return triIndices(a.shape[0], kOf(k), a.shape[1], upper);
}

/**
 * The indices of the upper triangle of a 2-d array (`triu_indices` with its shape).
 *
 * @example
 * np.triu_indices_from(np.ones([2, 3]))   // [array([0, 0, 0, 1, 1]), array([0, 1, 2, 1, 2])]
 */
export function triu_indices_from(arr: ArrayLike, k: number | KOption = 0): [NDArray, NDArray] {
  return indicesFrom(arr, k, true);
}

/**
 * The indices of the lower triangle of a 2-d array (`tril_indices` with its shape).
 *
 * @example
 * np.tril_indices_from(np.ones([3, 2]), -1)   // [array([1, 2, 2]), array([0, 0, 1])]
 */
export function tril_indices_from(arr: ArrayLike, k: number | KOption = 0): [NDArray, NDArray] {
  return indicesFrom(arr, k, false);
}

/** Options of np.vander. */
export interface VanderOptions {
  /** Number of columns (default len(x)). */
  N?: number | null;
  /** Powers increase left to right (default false: decrease). */
  increasing?: boolean;
}

/**
 * The Vandermonde matrix of a 1-d array: column i is `x ** (N - i - 1)` (or `x ** i` with
 * `increasing`). Its dtype is x's promoted with int64 (int64 for integers and bools,
 * float64 for float64 and uint64, float32 for float32).
 *
 * Parameters
 * - x: 1-d input.
 * - N: number of columns (default `len(x)`), positional or `{N}`.
 * - increasing: order of the powers (default false), positional or `{increasing}`.
 *
 * @example
 * np.vander(np.array([1, 2, 3, 5]), 3)   // array([[ 1,  1,  1], [ 4,  2,  1], [ 9,  3,  1], [25,  5,  1]])
 * np.vander([1, 2, 3], {increasing: true})
 */
export function vander(x: ArrayLike, N?: number | null | VanderOptions, increasing?: boolean | VanderOptions): NDArray {
  let opts: VanderOptions = {};
  if (isOpts(N)) {
    opts = N as VanderOptions;
    N = undefined;
  } else if (isOpts(increasing)) {
    opts = increasing as VanderOptions;
    increasing = undefined;
  }
  const a = asarray(x);
  if (a.ndim !== 1) throw new ValueError('x must be a one-dimensional array or sequence.');
  const nOpt = N ?? opts.N;
  const cols = nOpt === undefined || nOpt === null ? a.shape[0] : indexArg(nOpt);
  if (cols < 0) throw new ValueError('negative dimensions are not allowed');
  const inc = increasing !== undefined ? !!increasing : !!opts.increasing;
  const dtype: DType = promoteTypes(a.dtype, 'int64');
  const rows = a.shape[0];
  const out = new NDArray(allocate(dtype, rows * cols, [rows, cols]), dtype, [rows, cols]);
  const d = out.data;
  const f32 = dtype === 'float32' || dtype === 'complex64';
  if (kindOf(dtype) === 'c') {
    // the powers by complex multiplication, each (re, im) pair rounded as the dtype stores it
    const rd = f32 ? Math.fround : (x: number) => x;
    for (let i = 0; i < rows; i++) {
      const vr = a.flatGet(i), vi = a.flatGetImag(i);
      let pr = 1, pi = 0;
      for (let j = 0; j < cols; j++) {
        const o = 2 * (i * cols + (inc ? j : cols - 1 - j));
        d[o] = pr;
        d[o + 1] = pi;
        const t = rd(pr * vr - pi * vi);
        pi = rd(pr * vi + pi * vr);
        pr = t;
      }
    }
    return out;
  }
  for (let i = 0; i < rows; i++) {
    const v = a.flatGet(i);
    // multiply.accumulate in the result dtype, as NumPy computes it.
    let p = 1;
    for (let j = 0; j < cols; j++) {
      d[i * cols + (inc ? j : cols - 1 - j)] = p;
      p = f32 ? Math.fround(p * v) : p * v;
    }
  }
  return out;
}

/**
 * A 2-d array with the flattened input on its k-th diagonal.
 *
 * Parameters
 * - v: input data, flattened.
 * - k: the diagonal (0 the main one, positive above, negative below), positional or `{k}`.
 *
 * @example
 * np.diagflat([[1, 2], [3, 4]])   // 4x4 with 1, 2, 3, 4 on the diagonal
 * np.diagflat([1, 2], 1)          // array([[0, 1, 0], [0, 0, 2], [0, 0, 0]])
 */
export function diagflat(v: ArrayLike, k: number | KOption = 0): NDArray {
  const a = asarray(v);
  const kk = kOf(k);
  const s = a.size;
  const n = s + Math.abs(kk);
  const out = zerosOf([n, n], a.dtype);
  const cplx = kindOf(a.dtype) === 'c';
  for (let i = 0; i < s; i++) {
    const r = kk >= 0 ? i : i - kk;
    const c = kk >= 0 ? i + kk : i;
    // complex storage is (re, im) pairs
    if (cplx) {
      out.data[2 * (r * n + c)] = a.flatGet(i);
      out.data[2 * (r * n + c) + 1] = a.flatGetImag(i);
    } else {
      out.data[r * n + c] = a.flatGet(i);
    }
  }
  return out;
}

/** Options of np.histogram2d (NumPy's keywords). */
export interface Histogram2dOptions {
  /** A number of bins for both axes, `[nx, ny]`, one edge array for both, or `[xedges, yedges]`. */
  bins?: number | ArrayLike | readonly (number | ArrayLike)[];
  /** `[[xmin, xmax], [ymin, ymax]]`: the outer edges where bins are counts. */
  range?: readonly (readonly [number, number] | null)[] | null;
  /** Divide by the total and the bin areas. */
  density?: boolean | null;
  /** One weight per sample. */
  weights?: ArrayLike | null;
}

/**
 * The 2-d histogram of samples `(x, y)`: a JS array `[H, xedges, yedges]`, with `x`
 * along H's first axis. H is float64 (as NumPy's); each bin is half-open except the
 * last along each axis, which includes its right edge.
 *
 * Parameters
 * - x, y: the coordinates (1-d, the same length).
 * - bins: a count for both (default 10), `[nx, ny]`, edges for both, or `[xedges, yedges]`
 *   (positional or `{bins}`).
 * - range, density, weights: as NumPy's keywords.
 *
 * @example
 * const [H, xe, ye] = np.histogram2d([0, 1, 1, 2], [0, 0, 1, 2], {bins: 2});
 * // H: array([[2., 0.], [1., 1.]])
 */
export function histogram2d(x: ArrayLike, y: ArrayLike, bins?: Histogram2dOptions['bins'] | Histogram2dOptions, opts: Histogram2dOptions = {}): [NDArray, NDArray, NDArray] {
  if (isOpts(bins)) {
    opts = bins as Histogram2dOptions;
    bins = undefined;
  }
  const xs = asarray(x);
  const ys = asarray(y);
  if (xs.ndim !== 1 || ys.ndim !== 1 || xs.shape[0] !== ys.shape[0]) throw new ValueError('x and y must be 1-d arrays of the same length');
  // NumPy: a sequence of bins whose length is neither 1 nor 2 is one edge array for both axes.
  const b0: unknown = bins ?? opts.bins ?? 10;
  let spec: unknown[];
  if (typeof b0 === 'number' || typeof b0 === 'boolean') spec = [b0, b0];
  else if (Array.isArray(b0)) spec = b0.length === 1 || b0.length === 2 ? b0 : [b0, b0];
  else {
    const e = asarray(b0 as ArrayLike);
    if (e.ndim === 0) spec = [e.item(), e.item()];
    else spec = e.shape[0] === 1 || e.shape[0] === 2 ? Array.from({ length: e.shape[0] }, (_, i) => e.get(i)) : [e, e];
  }
  const [H, edges] = histddCore([xs, ys], spec, opts.range ?? null, !!opts.density, opts.weights ?? null);
  return [H, edges[0], edges[1]];
}
