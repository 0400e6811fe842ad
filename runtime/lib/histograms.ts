/**
 * Multidimensional histograms, as NumPy's `lib/_histograms_impl.py` histogramdd (which
 * histogram2d calls): bin edges per dimension from counts or arrays, searchsorted into
 * them, the rightmost edge closed, bincount of the raveled bin numbers, outliers cut off.
 */
import { type DType, promoteTypes } from '../dtype';
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError, NumpyTypeError } from '../errors';
import { linspace } from '../creation';
import { searchsorted, bincount } from '../sorting';
import { min as amin, max as amax, sum } from '../reduce';
import { isOpts } from './common';

/** Python's str() of a float: 1.0, inf, nan, 0.5. */
function pyFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  return Number.isInteger(v) && Math.abs(v) < 1e16 ? v.toFixed(1) : String(v);
}

type Range = readonly (readonly [number, number] | null)[] | null;

/**
 * The histogram of D sample columns (one common dtype): `[hist, edges]`, hist float64 of
 * shape (nbins_0, ..., nbins_{D-1}). `spec[i]` is a bin count or a 1-d edge array.
 */
export function histddCore(cols: NDArray[], spec: readonly unknown[], range: Range, density: boolean, weights: ArrayLike | null): [NDArray, NDArray[]] {
  const D = cols.length;
  if (spec.length !== D) throw new ValueError('The dimension of bins must be equal to the dimension of the sample x.');
  if (range !== null && range.length !== D) throw new ValueError('range argument must have one entry per dimension');
  let common: DType = cols[0]?.dtype ?? 'float64';
  for (const c of cols.slice(1)) common = promoteTypes(common, c.dtype);
  const samples = cols.map((s) => (s.dtype === common ? s : s.astype(common)));
  const n = samples[0]?.size ?? 0;
  const edges: NDArray[] = [];
  for (let d = 0; d < D; d++) {
    const s = spec[d];
    const e = typeof s === 'number' || typeof s === 'boolean' ? null : asarray(s as ArrayLike);
    if (e === null || e.ndim === 0) {
      const v = e === null ? Number(s) : Number(e.item());
      if (v < 1) throw new ValueError(`\`bins[${d}]\` must be positive, when an integer`);
      let lo: number;
      let hi: number;
      const r = range ? range[d] : null;
      if (r) {
        [lo, hi] = [r[0], r[1]];
        if (lo > hi) throw new ValueError('max must be larger than min in range parameter.');
        if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new ValueError(`supplied range of [${lo}, ${hi}] is not finite`);
      } else if (samples[d].size === 0) [lo, hi] = [0, 1];
      else {
        [lo, hi] = [amin(samples[d]) as number, amax(samples[d]) as number];
        if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new ValueError(`autodetected range of [${pyFloat(lo)}, ${pyFloat(hi)}] is not finite`);
      }
      if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
      }
      if (!Number.isInteger(v)) throw new NumpyTypeError(`\`bins[${d}]\` must be an integer, when a scalar`);
      edges.push(linspace(lo, hi, v + 1) as NDArray);
    } else if (e.ndim === 1) {
      for (let i = 1; i < e.size; i++) {
        if (e.flatGet(i - 1) > e.flatGet(i)) throw new ValueError(`\`bins[${d}]\` must be monotonically increasing, when an array`);
      }
      edges.push(e);
    } else throw new ValueError(`\`bins[${d}]\` must be a scalar or 1d array`);
  }
  const nbin = edges.map((e) => e.size + 1);
  // Bin numbers, raveled in C order over nbin (outlier bins 0 and nbin-1 included).
  const flat = new Float64Array(n);
  for (let d = 0; d < D; d++) {
    const e = edges[d];
    const last = e.size > 0 ? e.flatGet(e.size - 1) : NaN;
    const cnt = searchsorted(e, samples[d], { side: 'right' }) as NDArray;
    for (let i = 0; i < n; i++) flat[i] = flat[i] * nbin[d] + cnt.flatGet(i) - (samples[d].flatGet(i) === last ? 1 : 0);
  }
  const total = nbin.reduce((p, k) => p * k, 1);
  const w = weights === null ? null : asarray(weights);
  const counts = bincount(new NDArray(flat, 'int64', [n]), w ? { weights: w, minlength: total } : { minlength: total });
  const core = nbin.map((k) => Math.max(0, k - 2));
  const size = core.reduce((p, k) => p * k, 1);
  const H = new Float64Array(size);
  const pos = new Array(D).fill(0);
  for (let k = 0; k < size; k++) {
    let src = 0;
    for (let d = 0; d < D; d++) src = src * nbin[d] + pos[d] + 1;
    H[k] = counts.flatGet(src);
    for (let d = D - 1; d >= 0; d--) {
      if (++pos[d] < core[d]) break;
      pos[d] = 0;
    }
  }
  if (density) {
    const s = sum(new NDArray(H.slice(), 'float64', core.slice())) as number;
    // NumPy divides by each dimension's widths in turn, then by the total.
    pos.fill(0);
    for (let k = 0; k < size; k++) {
      let v = H[k];
      for (let d = 0; d < D; d++) v = v / (edges[d].flatGet(pos[d] + 1) - edges[d].flatGet(pos[d]));
      H[k] = v / s;
      for (let d = D - 1; d >= 0; d--) {
        if (++pos[d] < core[d]) break;
        pos[d] = 0;
      }
    }
  }
  return [new NDArray(H, 'float64', core), edges];
}

/** Options of np.histogramdd (NumPy's keywords). */
export interface HistogramddOptions {
  /** A count for every dimension (default 10), or one count or edge array per dimension. */
  bins?: number | readonly (number | ArrayLike)[];
  /** One `[min, max]` (or null) per dimension. */
  range?: Range;
  /** Divide by the total and the bin volumes. */
  density?: boolean | null;
  /** One weight per sample. */
  weights?: ArrayLike | null;
}

/**
 * The multidimensional histogram of samples: `[hist, edges]`, hist float64 with one axis
 * per dimension, edges a JS array of D edge arrays.
 *
 * Parameters
 * - sample: an (N, D) array, or a list of D 1-d arrays (the coordinates).
 * - bins: a count for all dimensions (default 10) or one count or edge array per
 *   dimension (positional or `{bins}`).
 * - range, density, weights: as NumPy's keywords.
 *
 * @example
 * const [H, edges] = np.histogramdd(np.array([[0, 0], [1, 1], [1, 0]]), {bins: 2});
 * // H: array([[1., 0.], [1., 1.]])
 */
export function histogramdd(sample: ArrayLike | readonly ArrayLike[], bins?: HistogramddOptions['bins'] | HistogramddOptions, opts: HistogramddOptions = {}): [NDArray, NDArray[]] {
  if (isOpts(bins)) {
    opts = bins as HistogramddOptions;
    bins = undefined;
  }
  let cols: NDArray[];
  const a = sample instanceof NDArray ? sample : null;
  if (a !== null && a.ndim === 2) cols = Array.from({ length: a.shape[1] }, (_, i) => a.get(':', i) as NDArray);
  else {
    // A sequence of 1-d arrays: np.atleast_2d(sample).T.
    const s = asarray(sample as ArrayLike);
    if (s.ndim > 2) throw new ValueError('histogramdd takes an (N, D) array or D 1-d arrays');
    const t = s.ndim < 2 ? s.reshape(1, -1) : s;
    cols = Array.from({ length: t.shape[0] }, (_, i) => t.get(i) as NDArray);
  }
  const b = bins ?? opts.bins ?? 10;
  const spec = Array.isArray(b) ? b : cols.map(() => b);
  return histddCore(cols, spec, opts.range ?? null, !!opts.density, opts.weights ?? null);
}
