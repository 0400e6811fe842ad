/** Sorting, searching and counting: bincount, histogram. */
import { NDArray, copyToContiguous, zerosOf } from '../ndarray';
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { type DType, type TypedArray, isFloat, kindOf, castScalar } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { pairwiseSum } from '../reduce';
import { isOpts, toInt, pyNum, int64, Nums, argsortList } from './sort-helpers';
import { binsearch } from './searchsorted';


/** Keyword options of bincount. */
export interface BincountOptions {
  /** A weight per input value; the result is then float64 sums of weights. */
  weights?: NpArrayLike | null;
  /** The minimum number of bins. */
  minlength?: number | null;
}

/**
 * Counts the occurrences of each value in a 1-d array of non-negative integers: element i
 * of the int64 result is the number of times i occurs (with weights: float64 sums).
 *
 * Parameters
 * - x: a 1-d array of non-negative integers.
 * - weights: one weight per element (positional or `{weights}`).
 * - minlength: the minimum length of the result (positional or `{minlength}`).
 *
 * @example
 * np.bincount(np.array([0, 1, 1, 3]))                                        // array([1, 2, 0, 1])
 * np.bincount(np.array([0, 1, 1]), {weights: np.array([0.5, 1.0, 1.5])})     // array([0.5, 2.5])
 */
export function bincount(x: NpArrayLike, weights?: NpArrayLike | null | BincountOptions, minlength?: number | null): NDArray {
  const o: BincountOptions = isOpts(weights) ? (weights as BincountOptions) : { weights: weights as NpArrayLike | null | undefined, minlength };
  const xa = Array.isArray(x) && x.length === 0 ? zerosOf([0], 'int64') : asarray(x);
  if (kindOf(xa.dtype) === 'f') {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${xa.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (xa.ndim > 1) throw new ValueError('object too deep for desired array');
  if (xa.ndim < 1) throw new ValueError('object of too small depth for desired array');
  const ml = o.minlength === undefined || o.minlength === null ? 0 : toInt(o.minlength);
  if (ml < 0) throw new ValueError("'minlength' must not be negative");
  const d = xa.contiguousData();
  let mx = -1;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v < 0) throw new ValueError("'list' argument must have no negative elements");
    if (v > mx) mx = v;
  }
  const len = Math.max(mx + 1, ml);
  if (o.weights === undefined || o.weights === null) {
    const out = zerosOf([len], 'int64').data as Float64Array;
    for (let i = 0; i < d.length; i++) out[d[i]]++;
    return int64(out);
  }
  const w = asarray(o.weights);
  if (w.size !== d.length || w.ndim !== 1) {
    if (w.ndim > 1) throw new ValueError('object too deep for desired array');
    throw new ValueError("The weights and list don't have the same length.");
  }
  const wd = copyToContiguous(w, 'float64').data;
  const out = zerosOf([len], 'float64').data as Float64Array;
  for (let i = 0; i < d.length; i++) out[d[i]] += wd[i];
  return new NDArray(out, 'float64', [len]);
}

/** Keyword options of histogram and histogram_bin_edges. */
export interface HistogramOptions {
  /** Number of equal-width bins (default 10), the bin edges, or an estimator name ('auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'). */
  bins?: number | string | NpArrayLike;
  /** The lower and upper range of the bins, `[min, max]`; default the data's. */
  range?: readonly [number, number] | null;
  /** Normalise to a probability density (float64 result). */
  density?: boolean | null;
  /** A weight per value; the counts become sums of weights (of the weights' dtype). */
  weights?: NpArrayLike | null;
}

export const BLOCK = 65536;

export interface Prepared {
  a: Float64Array | Float32Array | TypedArray;
  dtype: DType;
  weights: NDArray | null;
}

export function prepare(a: NpArrayLike, weights: NpArrayLike | null | undefined): Prepared {
  let x = asarray(a);
  if (x.dtype === 'bool') x = copyToContiguous(x, 'uint8');
  let w: NDArray | null = null;
  if (weights !== undefined && weights !== null) {
    w = asarray(weights);
    if (w.ndim !== x.ndim || w.shape.some((n, i) => n !== x.shape[i])) throw new ValueError('weights should have the same shape as a.');
    w = copyToContiguous(w);
    w = new NDArray(w.data, w.dtype, [w.size]);
  }
  return { a: x.contiguousData(), dtype: x.dtype, weights: w };
}

export function dataMinMax(a: Nums): [number, number] {
  let lo = a[0];
  let hi = a[0];
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    if (v < lo || v !== v) lo = v;
    if (v > hi || v !== v) hi = v;
    if (lo !== lo) break;
  }
  return lo !== lo || hi !== hi ? [NaN, NaN] : [lo, hi];
}

/** NumPy's `_get_outer_edges`. */
export function outerEdges(p: Prepared, range: readonly [number, number] | null | undefined): [number, number] {
  let first: number;
  let last: number;
  if (range !== undefined && range !== null) {
    [first, last] = range;
    if (first > last) throw new ValueError('max must be larger than min in range parameter.');
    if (!(Number.isFinite(first) && Number.isFinite(last))) {
      throw new ValueError(`supplied range of [${pyNum(first, false)}, ${pyNum(last, false)}] is not finite`);
    }
  } else if (p.a.length === 0) {
    first = 0;
    last = 1;
  } else {
    [first, last] = dataMinMax(p.a);
    if (!(Number.isFinite(first) && Number.isFinite(last))) {
      const f = isFloat(p.dtype);
      throw new ValueError(`autodetected range of [${pyNum(first, f)}, ${pyNum(last, f)}] is not finite`);
    }
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  return [first, last];
}

/** NumPy's linspace(first, last, n + 1) for the bin edges, in float32 when asked. */
export function edgesLinspace(first: number, last: number, nbins: number, f32: boolean): Float64Array {
  const fr = f32 ? Math.fround : (v: number) => v;
  const num = nbins + 1;
  const out = zerosOf([num], 'float64').data as Float64Array;
  const div = num - 1;
  const delta = fr(last - first);
  const step = fr(delta / div);
  for (let i = 0; i < num; i++) {
    const y = step === 0 ? fr(fr(fr(i / div) * delta) + first) : fr(fr(i * step) + first);
    out[i] = y;
  }
  if (num > 1) out[num - 1] = last;
  return out;
}

/** NumPy's linear-interpolation percentile of sorted data (q in [0, 1]). */
export function quantileSorted(s: Nums, q: number): number {
  const n = s.length;
  const vi = n * q + (1 - q) - 1;
  let prev = Math.floor(vi);
  const gamma = vi - prev;
  let next = prev + 1;
  prev = Math.min(Math.max(prev, 0), n - 1);
  next = Math.min(Math.max(next, 0), n - 1);
  const a = s[prev];
  const b = s[next];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

export function stdOf(x: Float64Array): number {
  const n = x.length;
  const mean = pairwiseSum(x, 0, n, 1) / n;
  const dev = new Float64Array(n);
  for (let i = 0; i < n; i++) dev[i] = (x[i] - mean) * (x[i] - mean);
  return Math.sqrt(pairwiseSum(dev, 0, n, 1) / n);
}

/** NumPy's `_hist_bin_*` width estimators; 0 means "no estimate". */
export function binWidth(name: string, x: Float64Array, range: [number, number], intData: boolean): number {
  const n = x.length;
  const [lo, hi] = dataMinMax(x);
  const ptp = intData ? hi - lo : hi - lo;
  switch (name) {
    case 'sqrt':
      return ptp / Math.sqrt(n);
    case 'sturges':
      return ptp / (Math.log2(n) + 1.0);
    case 'rice':
      return ptp / (2.0 * n ** (1.0 / 3));
    case 'scott':
      return ((24.0 * Math.PI ** 0.5) / n) ** (1.0 / 3.0) * stdOf(x);
    case 'fd': {
      const s = Float64Array.from(x).sort();
      const iqr = quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
      return 2.0 * iqr * n ** (-1.0 / 3.0);
    }
    case 'doane': {
      if (n > 2) {
        const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
        const sigma = stdOf(x);
        if (sigma > 0.0) {
          const mean = pairwiseSum(x, 0, n, 1) / n;
          const t = new Float64Array(n);
          for (let i = 0; i < n; i++) {
            const z = (x[i] - mean) / sigma;
            t[i] = z * z * z;
          }
          const g1 = pairwiseSum(t, 0, n, 1) / n;
          return ptp / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g1) / sg1));
        }
      }
      return 0.0;
    }
    case 'stone': {
      if (n <= 1 || ptp === 0) return 0;
      const upper = Math.max(100, Math.trunc(Math.sqrt(n)));
      let best = 1;
      let bestVal = Infinity;
      for (let nb = 1; nb <= upper; nb++) {
        const hh = ptp / nb;
        const edges = edgesLinspace(range[0], range[1], nb, false);
        const counts = uniformCounts(x, 'float64', range[0], range[1], nb, edges, null, false);
        let dot = 0;
        for (let i = 0; i < nb; i++) {
          const pk = counts[i] / n;
          dot += pk * pk;
        }
        const j = (2 - (n + 1) * dot) / hh;
        if (j < bestVal) {
          bestVal = j;
          best = nb;
        }
      }
      return ptp / best;
    }
    case 'auto': {
      const fd = binWidth('fd', x, range, intData);
      const st = binWidth('sturges', x, range, intData);
      return fd ? Math.min(fd, st) : st;
    }
  }
  throw new ValueError(`'${name}' is not a valid estimator for \`bins\``);
}

export const ESTIMATORS = ['stone', 'auto', 'doane', 'fd', 'rice', 'scott', 'sqrt', 'sturges'];

export interface BinSpec {
  edges: NDArray;
  uniform: { first: number; last: number; n: number; f32: boolean } | null;
}

/** NumPy's `_get_bin_edges`. */
export function binEdges(p: Prepared, bins: number | string | NpArrayLike | undefined, range: readonly [number, number] | null | undefined): BinSpec {
  const edgeDtype: DType = isFloat(p.dtype) ? p.dtype : 'float64';
  const f32 = edgeDtype === 'float32' && (range === undefined || range === null);
  let nbins: number;
  let first: number;
  let last: number;
  if (typeof bins === 'string') {
    if (!ESTIMATORS.includes(bins)) throw new ValueError(`'${bins}' is not a valid estimator for \`bins\``);
    if (p.weights) throw new NumpyTypeError('Automated estimation of the number of bins is not supported for weighted data');
    [first, last] = outerEdges(p, range);
    let data = Float64Array.from(p.a as Nums);
    if (range !== undefined && range !== null) data = data.filter((v) => v >= first && v <= last);
    if (data.length === 0) nbins = 1;
    else {
      let width = binWidth(bins, data, [first, last], !isFloat(p.dtype));
      if (width) {
        if (!isFloat(p.dtype) && width < 1) width = 1;
        nbins = Math.ceil((last - first) / width);
      } else nbins = 1;
    }
  } else if (bins === undefined || typeof bins === 'number' || typeof bins === 'boolean') {
    const b = bins === undefined ? 10 : Number(bins);
    if (!Number.isInteger(b)) throw new NumpyTypeError('`bins` must be an integer, a string, or an array');
    if (b < 1) throw new ValueError('`bins` must be positive, when an integer');
    nbins = b;
    [first, last] = outerEdges(p, range);
  } else {
    if (bins === null || (typeof bins !== 'object' && typeof bins !== 'string')) {
      throw new NumpyTypeError('`bins` must be an integer, a string, or an array');
    }
    const e = asarray(bins as NpArrayLike);
    if (e.ndim !== 1) throw new ValueError('`bins` must be 1d, when an array');
    const ed = e.contiguousData();
    for (let i = 0; i + 1 < ed.length; i++) {
      if (ed[i] > ed[i + 1]) throw new ValueError('`bins` must increase monotonically, when an array');
    }
    return { edges: e, uniform: null };
  }
  const lin = edgesLinspace(first, last, nbins, f32);
  const edges = zerosOf([nbins + 1], edgeDtype);
  if (edgeDtype === 'float64') (edges.data as Float64Array).set(lin);
  else for (let i = 0; i < lin.length; i++) edges.data[i] = lin[i];
  return { edges, uniform: { first, last, n: nbins, f32 } };
}

/** The uniform-bins fast path of np.histogram (its index arithmetic and edge corrections). */
export function uniformCounts(a: Nums, edgeDtype: DType, first: number, last: number, nb: number, edges: Nums, w: Nums | null, f32: boolean): Float64Array {
  const fr = f32 ? Math.fround : (v: number) => v;
  const norm = fr(last - first);
  const counts = new Float64Array(nb);
  const block = new Float64Array(nb);
  const toEdge = edgeDtype === 'float32' ? Math.fround : (v: number) => v;
  for (let s = 0; s < a.length; s += BLOCK) {
    const e = Math.min(s + BLOCK, a.length);
    block.fill(0);
    for (let i = s; i < e; i++) {
      const v = toEdge(a[i]);
      if (!(a[i] >= first && a[i] <= last)) continue;
      let idx = Math.trunc(fr(fr(fr(v - first) / norm) * nb));
      if (idx === nb) idx -= 1;
      if (v < edges[idx]) idx -= 1;
      if (v >= edges[idx + 1] && idx !== nb - 1) idx += 1;
      block[idx] += w ? w[i] : 1;
    }
    for (let i = 0; i < nb; i++) counts[i] += block[i];
  }
  return counts;
}

export function histCore(a: NpArrayLike, o: HistogramOptions): [NDArray, NDArray] {
  const p = prepare(a, o.weights);
  const spec = binEdges(p, o.bins, o.range);
  const edges = spec.edges;
  const nb = Math.max(edges.size - 1, 0);
  const ntype: DType = p.weights ? p.weights.dtype : 'int64';
  const wd = p.weights ? p.weights.contiguousData() : null;
  let counts: Float64Array;
  if (spec.uniform) {
    const u = spec.uniform;
    const range = o.range !== undefined && o.range !== null;
    // With a given range the division runs in float64 even for float32 data.
    counts = uniformCounts(p.a, edges.dtype, u.first, u.last, u.n, edges.contiguousData(), wd, u.f32 && !range);
  } else {
    const ed = edges.contiguousData();
    const cum = new Float64Array(ed.length);
    for (let s = 0; s < p.a.length; s += BLOCK) {
      const e = Math.min(s + BLOCK, p.a.length);
      const chunk = Float64Array.from((p.a as TypedArray).subarray(s, e));
      const perm = argsortList(chunk);
      const sa = new Float64Array(chunk.length);
      for (let i = 0; i < perm.length; i++) sa[i] = chunk[perm[i]];
      const left = binsearch(sa, ed.subarray(0, ed.length - 1), false, null);
      const right = binsearch(sa, ed.subarray(ed.length - 1), true, null);
      const idx = [...left, ...right];
      if (wd) {
        const cw = new Float64Array(sa.length + 1);
        for (let i = 0; i < perm.length; i++) cw[i + 1] = cw[i] + wd[s + perm[i]];
        for (let i = 0; i < idx.length; i++) cum[i] += cw[idx[i]];
      } else for (let i = 0; i < idx.length; i++) cum[i] += idx[i];
    }
    counts = new Float64Array(nb);
    for (let i = 0; i < nb; i++) counts[i] = cum[i + 1] - cum[i];
  }
  if (o.density) {
    const ed = edges.contiguousData();
    const total = ntype === 'int64' ? counts.reduce((x, y) => x + y, 0) : pairwiseSum(counts, 0, nb, 1);
    const out = new Float64Array(nb);
    // np.diff of the edges runs in their dtype, then becomes float64.
    const f32 = edges.dtype === 'float32';
    for (let i = 0; i < nb; i++) out[i] = counts[i] / (f32 ? Math.fround(ed[i + 1] - ed[i]) : ed[i + 1] - ed[i]) / total;
    return [new NDArray(out, 'float64', [nb]), edges];
  }
  const hist = zerosOf([nb], ntype);
  for (let i = 0; i < nb; i++) hist.data[i] = ntype === 'float64' ? counts[i] : castScalar(counts[i], ntype);
  return [hist, edges];
}

export function histArgs(bins: unknown, opts: HistogramOptions): HistogramOptions {
  if (isOpts(bins)) return bins as HistogramOptions;
  if (bins === undefined) return opts;
  return { ...opts, bins: bins as HistogramOptions['bins'] };
}

/**
 * The histogram of a data set: a JS array `[hist, bin_edges]`. Counts are int64 (the
 * weights' dtype with weights, float64 with density); edges are float64 (float32 for
 * float32 data). Every bin is half-open `[a, b)` except the last, which is closed.
 *
 * Parameters
 * - a: the data (flattened).
 * - bins: a number of equal-width bins (default 10), an increasing list of edges, or an
 *   estimator name ('auto', 'fd', 'sturges', ...); positional or `{bins}`.
 * - range: `[min, max]` of the bins; values outside are ignored.
 * - density, weights: as NumPy's keywords.
 *
 * @example
 * const [hist, edges] = np.histogram(np.array([1, 2, 2, 3, 3, 3, 4]), {bins: 3});
 * // hist: array([1, 2, 4]), edges: array([1., 2., 3., 4.])
 * np.histogram(np.array([1.5, 2.5, 9.0]), {bins: 5, range: [0, 10]})
 */
export function histogram(a: NpArrayLike, bins?: number | string | NpArrayLike | HistogramOptions, opts: HistogramOptions = {}): [NDArray, NDArray] {
  return histCore(a, histArgs(bins, opts));
}

/**
 * Only the bin edges np.histogram would use (see histogram).
 *
 * Parameters
 * - a: the data.
 * - bins, range, weights: as histogram (positional bins or the options).
 *
 * @example
 * np.histogram_bin_edges(np.array([1, 2, 3]), {bins: 4})   // array([1. , 1.5, 2. , 2.5, 3. ])
 */
export function histogram_bin_edges(a: NpArrayLike, bins?: number | string | NpArrayLike | HistogramOptions, opts: HistogramOptions = {}): NDArray {
  const o = histArgs(bins, opts);
  return binEdges(prepare(a, o.weights), o.bins, o.range).edges;
}
