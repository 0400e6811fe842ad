/**
 * boxplot (matplotlib's Axes.boxplot and cbook.boxplot_stats): per data set, the
 * quartiles and median by np.percentile (linear), whiskers at the furthest data within
 * 1.5 IQR of the box (`whis`), the rest as fliers. Drawn as matplotlib draws it, with
 * Line2Ds: a black box and whiskers and caps, an orange (C1) median, fliers as hollow
 * circles; boxes at 1..n, 0.5 wide, ticks at the positions labelled with them.
 */
import { ValueError } from '../errors';
import { NDArray } from '../ndarray';
import { percentile } from '../statistics';
import { mean } from '../reduce';
import { values, type ArrayLikeIn } from './data';
import type { Line2D } from './artists';
import { Polygon } from './patches';
import type { Axes } from './axes';

export interface BoxplotOptions {
  /** Whisker reach in IQRs (1.5), or [lo, hi] percentiles. */
  whis?: number | [number, number];
  positions?: number[];
  widths?: number | number[];
  labels?: string[];
  /** Horizontal boxes when false. */
  vert?: boolean;
  showfliers?: boolean;
  showmeans?: boolean;
  showcaps?: boolean;
  /** Filled boxes (Polygons, C0 with a black edge) instead of outlines. */
  patch_artist?: boolean;
}

/** One data set's statistics, as cbook.boxplot_stats gives them. */
export interface BoxStats {
  mean: number;
  med: number;
  q1: number;
  q3: number;
  iqr: number;
  cilo: number;
  cihi: number;
  whislo: number;
  whishi: number;
  fliers: number[];
  label?: string;
}

/** The data sets of `x`: a 1-d array is one, a 2-d array's columns are each one, a list of arrays is each one. */
function dataSets(x: ArrayLikeIn | ArrayLikeIn[]): Float64Array[] {
  if (Array.isArray(x) && x.length && (Array.isArray(x[0]) || x[0] instanceof NDArray || ArrayBuffer.isView(x[0]))) {
    return (x as ArrayLikeIn[]).map((d) => values(d, 'X').data);
  }
  const v = values(x as ArrayLikeIn, 'X');
  if (v.shape.length <= 1) return [v.data];
  if (v.shape.length > 2) throw new ValueError('X must have 2 or fewer dimensions');
  const [r, c] = v.shape;
  return Array.from({ length: c }, (_, j) => Float64Array.from({ length: r }, (_, i) => v.data[i * c + j]));
}

/** cbook.boxplot_stats: the statistics of each data set. */
export function boxplotStats(x: ArrayLikeIn | ArrayLikeIn[], whis: number | [number, number] = 1.5, labels?: string[]): BoxStats[] {
  const sets = dataSets(x);
  if (labels && labels.length !== sets.length) throw new ValueError('Dimensions of labels and X must be compatible');
  return sets.map((d, k) => {
    const st: BoxStats = { mean: NaN, med: NaN, q1: NaN, q3: NaN, iqr: NaN, cilo: NaN, cihi: NaN, whislo: NaN, whishi: NaN, fliers: [] };
    if (labels) st.label = String(labels[k]);
    if (!d.length) return st;
    const arr = new NDArray(d, 'float64', [d.length]);
    st.mean = mean(arr) as number;
    const q = (percentile(arr, [25, 50, 75]) as NDArray).tolist() as number[];
    [st.q1, st.med, st.q3] = q;
    st.iqr = st.q3 - st.q1;
    st.cilo = st.med - (1.57 * st.iqr) / Math.sqrt(d.length);
    st.cihi = st.med + (1.57 * st.iqr) / Math.sqrt(d.length);
    let loval: number;
    let hival: number;
    if (Array.isArray(whis)) [loval, hival] = (percentile(arr, whis) as NDArray).tolist() as number[];
    else {
      loval = st.q1 - whis * st.iqr;
      hival = st.q3 + whis * st.iqr;
    }
    let hi = -Infinity;
    let lo = Infinity;
    for (const v of d) {
      if (v <= hival && v > hi) hi = v;
      if (v >= loval && v < lo) lo = v;
    }
    st.whishi = hi === -Infinity || hi < st.q3 ? st.q3 : hi;
    st.whislo = lo === Infinity || lo > st.q1 ? st.q1 : lo;
    // Low fliers first, then high ones (cbook's concatenate).
    st.fliers = [...Array.from(d).filter((v) => v < st.whislo), ...Array.from(d).filter((v) => v > st.whishi)];
    return st;
  });
}

/** What boxplot returns: the lines of each part, as matplotlib's dict. */
export interface BoxplotLines {
  whiskers: Line2D[];
  caps: Line2D[];
  /** Lines, or Polygons with `patch_artist` (`box.set_facecolor(...)`). */
  boxes: (Line2D | Polygon)[];
  medians: Line2D[];
  fliers: Line2D[];
  means: Line2D[];
}

/** Draws the boxes into `ax` (matplotlib's bxp with boxplot's defaults). */
export function makeBoxplot(ax: Axes, x: ArrayLikeIn | ArrayLikeIn[], opts: BoxplotOptions): BoxplotLines {
  const stats = boxplotStats(x, opts.whis ?? 1.5, opts.labels);
  const N = stats.length;
  const positions = opts.positions ?? Array.from({ length: N }, (_, i) => i + 1);
  if (positions.length !== N) throw new ValueError('List of boxplot statistics and `positions` values must have same the length');
  const span = N ? Math.max(...positions) - Math.min(...positions) : 0;
  const widths = opts.widths === undefined ? new Array<number>(N).fill(Math.min(0.5, Math.max(0.15, 0.15 * span))) : Array.isArray(opts.widths) ? opts.widths : new Array<number>(N).fill(opts.widths);
  if (widths.length !== N) throw new ValueError('List of boxplot statistics and `widths` values must have same the length');
  const vert = opts.vert ?? true;
  const out: BoxplotLines = { whiskers: [], caps: [], boxes: [], medians: [], fliers: [], means: [] };
  const line = (xs: number[], ys: number[], style: Record<string, unknown>, zorder = 2): Line2D => {
    const [l] = ax.plot(...(vert ? [xs, ys] : [ys, xs]), { linestyle: '-', linewidth: 1, color: 'black', ...style });
    l.zorder = zorder;
    return l;
  };
  stats.forEach((st, k) => {
    const pos = positions[k];
    const w = widths[k];
    const cap = w * 0.5;
    const [bl, br] = [pos - w * 0.5, pos + w * 0.5];
    const bx = [bl, br, br, bl, bl];
    const by = [st.q1, st.q1, st.q3, st.q3, st.q1];
    if (opts.patch_artist) {
      const poly = new Polygon(Float64Array.from(vert ? bx : by), Float64Array.from(vert ? by : bx), '#1f77b4', '#000000', 1);
      poly.zorder = 2;
      out.boxes.push(ax.add_artist(poly));
    } else out.boxes.push(line(bx, by, {}));
    out.whiskers.push(line([pos, pos], [st.q1, st.whislo], {}), line([pos, pos], [st.q3, st.whishi], {}));
    if (opts.showcaps ?? true) out.caps.push(line([pos - cap / 2, pos + cap / 2], [st.whislo, st.whislo], {}), line([pos - cap / 2, pos + cap / 2], [st.whishi, st.whishi], {}));
    const med = line([bl, br], [st.med, st.med], { color: '#ff7f0e' }, 2.1);
    // The axis spans half a unit beyond each position, and margins stop there (matplotlib's sticky edges on the medians).
    med.pad = { axis: vert ? 'x' : 'y', lo: pos - 0.5, hi: pos + 0.5 };
    out.medians.push(med);
    if (opts.showmeans) out.means.push(line([pos], [st.mean], { linestyle: 'None', marker: '^', color: '#2ca02c' }, 2.1));
    if (opts.showfliers ?? true) {
      out.fliers.push(line(new Array<number>(st.fliers.length).fill(pos), st.fliers, { linestyle: 'None', marker: 'o', markerfacecolor: 'none', markeredgecolor: 'black' }));
    }
  });
  // Ticks at the positions, labelled with the labels or the positions.
  const labels = stats.map((s, k) => s.label ?? String(positions[k]));
  if (vert) ax.set_xticks(positions, labels);
  else ax.set_yticks(positions, labels);
  return out;
}
