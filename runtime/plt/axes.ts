/**
 * matplotlib's Axes: the artists drawn in one box of a figure, with its axes' scales,
 * limits, ticks, labels, title, grid and legend. Methods have pyplot's names and
 * arguments (keyword arguments as a trailing options object); pyplot's functions call
 * them on the current Axes.
 *
 * Limits follow matplotlib's autoscaling: the data's range, 5% margins on each side
 * (in the scale's space: decades on a log axis), margins stopped at sticky edges (bars at
 * 0, images at their extent). Ticks follow its locators (ticker.ts) with as many bins as
 * the axis has room for.
 */
import { ValueError, NumpyTypeError } from '../errors';
import { NDArray } from '../ndarray';
import { histogram } from '../sorting';
import type { AxesSpec, AxisSpec, LegendSpec, TextSpec, Tick } from './spec';
export type { TextSpec };
import { toCss, cycleColor, type ColorLike } from './colors';
import { parseFormat, normLinestyle, normMarker, type LineStyle } from './fmt';
import { values, shapeRepr, isData, isOptions, finiteRange, type ArrayLikeIn } from './data';
import { autoBins, autoLocator, logFormatter, logLocator, nonsingular, scalarFormatter, tickSpace } from './ticker';
import {
  Artist, AxesImage, BarContainer, ErrorBars, ErrorbarContainer, Line2D, PathCollection, PolyCollection, RefLine, Text, type DataLim,
} from './artists';
import type { Figure } from './figure';
import { makeContour, type ContourOptions, type ContourSet } from './contour';
import { makePie, type PieOptions, type Wedge } from './pie';
import { makeClabel, type ClabelOptions } from './clabel';
import { Polygon } from './patches';
import { makeBoxplot, type BoxplotLines, type BoxplotOptions } from './boxplot';
import { makeStem, type StemContainer, type StemOptions } from './stem';

/** Colormaps the renderer knows (matplotlib's names; '_r' reverses). */
export const CMAPS = ['viridis', 'plasma', 'inferno', 'magma', 'cividis', 'gray', 'grey', 'Greys', 'RdBu', 'RdBu_r', 'coolwarm', 'hot', 'jet', 'Blues', 'Reds', 'Greens', 'twilight'];

/** A colormap name, checked as matplotlib checks it. */
export function checkCmap(name: unknown): string {
  if (name == null) return 'viridis';
  if (typeof name !== 'string') throw new NumpyTypeError('cmap must be a colormap name here');
  const base = name.endsWith('_r') ? name.slice(0, -2) : name;
  if (!CMAPS.includes(base) && !CMAPS.includes(name)) {
    throw new ValueError(`'${name}' is not a valid value for cmap; supported values are ${CMAPS.map((c) => `'${c}'`).join(', ')}`);
  }
  return name;
}

export interface TextOptions {
  fontsize?: number | string;
  color?: ColorLike;
  fontweight?: 'normal' | 'bold';
  /** 'left', 'center' (default) or 'right' (titles). */
  loc?: 'left' | 'center' | 'right';
  pad?: number;
  labelpad?: number;
}

export interface Line2DOptions {
  color?: ColorLike;
  c?: ColorLike;
  linewidth?: number;
  lw?: number;
  linestyle?: string;
  ls?: string;
  marker?: string;
  markersize?: number;
  ms?: number;
  markerfacecolor?: ColorLike;
  mfc?: ColorLike;
  markeredgecolor?: ColorLike;
  mec?: ColorLike;
  alpha?: number;
  label?: string;
  zorder?: number;
}

export interface ScatterOptions {
  /** Marker area in points^2 (default 36), one or per point. */
  s?: number | ArrayLikeIn;
  /** A colour, colours per point, or numbers mapped through `cmap`. */
  c?: ColorLike | ArrayLikeIn | string[];
  color?: ColorLike;
  marker?: string;
  cmap?: string;
  vmin?: number;
  vmax?: number;
  alpha?: number;
  linewidths?: number;
  edgecolors?: ColorLike | 'face' | 'none';
  label?: string;
  zorder?: number;
}

export interface BarOptions {
  width?: number | ArrayLikeIn;
  height?: number | ArrayLikeIn;
  bottom?: number | ArrayLikeIn;
  left?: number | ArrayLikeIn;
  align?: 'center' | 'edge';
  color?: ColorLike | ColorLike[];
  edgecolor?: ColorLike;
  linewidth?: number;
  alpha?: number;
  label?: string;
  tick_label?: string[] | string;
  zorder?: number;
}

export interface HistOptions {
  bins?: number | ArrayLikeIn | string;
  range?: [number, number];
  density?: boolean;
  weights?: ArrayLikeIn;
  histtype?: 'bar' | 'step' | 'stepfilled';
  orientation?: 'vertical' | 'horizontal';
  color?: ColorLike;
  edgecolor?: ColorLike;
  linewidth?: number;
  alpha?: number;
  label?: string;
  rwidth?: number;
  cumulative?: boolean;
  zorder?: number;
}

export interface ImshowOptions {
  cmap?: string;
  vmin?: number;
  vmax?: number;
  extent?: [number, number, number, number];
  origin?: 'upper' | 'lower';
  interpolation?: 'nearest' | 'bilinear' | 'antialiased' | 'none';
  aspect?: 'equal' | 'auto' | number;
  alpha?: number;
  zorder?: number;
}

export interface FillOptions {
  color?: ColorLike;
  facecolor?: ColorLike;
  edgecolor?: ColorLike;
  alpha?: number;
  label?: string;
  where?: ArrayLikeIn;
  zorder?: number;
}

export interface RefLineOptions {
  color?: ColorLike;
  c?: ColorLike;
  linewidth?: number;
  lw?: number;
  linestyle?: string;
  ls?: string;
  alpha?: number;
  label?: string;
  zorder?: number;
}

export interface LegendOptions {
  loc?: LegendSpec['loc'] | 'best' | number;
  fontsize?: number | string;
  title?: string;
  frameon?: boolean;
  ncols?: number;
  ncol?: number;
  labels?: string[];
  handles?: Artist[];
}

export interface GridOptions {
  which?: 'major' | 'minor' | 'both';
  axis?: 'both' | 'x' | 'y';
  color?: ColorLike;
  linestyle?: string;
  ls?: string;
  linewidth?: number;
  lw?: number;
  alpha?: number;
}

export interface TextArtistOptions {
  fontsize?: number | string;
  color?: ColorLike;
  ha?: 'left' | 'center' | 'right';
  horizontalalignment?: 'left' | 'center' | 'right';
  va?: 'top' | 'center' | 'bottom' | 'baseline';
  verticalalignment?: 'top' | 'center' | 'bottom' | 'baseline';
  rotation?: number;
  fontweight?: 'normal' | 'bold';
  /** `ax.transAxes` (or 'axes') places the text in axes fractions, as matplotlib's transform=ax.transAxes. */
  transform?: 'axes' | 'data';
  zorder?: number;
}

export interface AnnotateOptions extends TextArtistOptions {
  xytext?: [number, number];
  arrowprops?: { color?: ColorLike; facecolor?: ColorLike; arrowstyle?: string } | Record<string, unknown>;
  textcoords?: 'data' | 'axes fraction';
  xycoords?: 'data' | 'axes fraction';
}

export interface ErrorbarOptions extends Line2DOptions {
  yerr?: number | ArrayLikeIn;
  xerr?: number | ArrayLikeIn;
  fmt?: string;
  ecolor?: ColorLike;
  elinewidth?: number;
  capsize?: number;
}

export interface TicksOptions {
  rotation?: number;
  minor?: boolean;
}

/** Font sizes by name, as matplotlib's (default 10 pt). */
const SIZES: Record<string, number> = { 'xx-small': 5.79, 'x-small': 6.94, small: 8.33, medium: 10, large: 12, 'x-large': 14.4, 'xx-large': 17.28, larger: 12, smaller: 8.33 };

/** A fontsize in points (a number, or a name such as 'large'). */
export function fontSize(v: number | string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === 'number') return v;
  const s = SIZES[v];
  if (s === undefined) {
    throw new ValueError(`Size is invalid. Valid font size are xx-small, x-small, small, medium, large, x-large, xx-large, larger, smaller, None`);
  }
  return s;
}

function textSpec(s: unknown, size: number, opts: TextOptions | TextArtistOptions = {}, dfltWeight: 'normal' | 'bold' = 'normal'): TextSpec {
  return { text: String(s), fontsize: fontSize(opts.fontsize, size), color: opts.color !== undefined ? toCss(opts.color) : '#000000', fontweight: opts.fontweight ?? dfltWeight };
}

const LOCS: LegendSpec['loc'][] = ['upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'];

/** Axis state: scale, manual limits, manual ticks, label. */
class AxisState {
  scale: 'linear' | 'log' = 'linear';
  /** Limits set by set_xlim (either end may be null: still automatic). */
  manual: [number | null, number | null] | null = null;
  inverted = false;
  ticks: number[] | null = null;
  ticklabels: string[] | null = null;
  rotation = 0;
  label: TextSpec | null = null;
  ticklabelsVisible = true;
  /** Drawn at all (a twin's shared axis is not). */
  visible = true;
  /** Where its ticks go: a twinx's y axis on the right, a twiny's x axis on top. */
  side: 'left' | 'right' | 'bottom' | 'top' | null = null;
  /** Axes sharing this axis' limits (itself included). */
  shared: Axes[] = [];
}

/**
 * One plotting area. Made by `plt.subplots`, `plt.subplot`, `plt.axes` or `fig.add_subplot`.
 *
 * @example
 * const [fig, ax] = plt.subplots();
 * ax.plot(x, np.sin(x), {label: 'sin'});
 * ax.set_title('A sine'); ax.legend();
 */
export class Axes {
  /** Artists in the order they were added. */
  readonly artists: Artist[] = [];
  /** matplotlib's `ax.transAxes`: pass as `{transform: ax.transAxes}` to place text in axes fractions. */
  readonly transAxes = 'axes' as const;
  /** matplotlib's `ax.transData`. */
  readonly transData = 'data' as const;
  readonly xaxis = new AxisState();
  readonly yaxis = new AxisState();
  title: { left: TextSpec | null; center: TextSpec | null; right: TextSpec | null } = { left: null, center: null, right: null };
  facecolor = '#ffffff';
  gridOn = { x: false, y: false };
  gridStyle = { color: '#b0b0b0', linewidth: 0.8, linestyle: '-' as LineStyle, alpha: 1 };
  legendOpts: LegendOptions | null = null;
  axison = true;
  aspect: 'auto' | 'equal' | number = 'auto';
  /** Where a box shrunk by the aspect sits in its place: 0 left, 0.5 centre (default), 1 right. */
  anchorX = 0.5;
  /** Set on a colorbar's axes. */
  colorbarOf: { cmap: string; vmin: number; vmax: number; orientation: 'vertical' | 'horizontal'; boundaries?: number[]; values?: number[] } | null = null;
  /** A twin (twinx / twiny) sits on this Axes' box. */
  twinOf: Axes | null = null;
  private lineCycle = 0;
  private patchCycle = 0;
  /** Margins as matplotlib's axes.xmargin / ymargin. */
  xmargin = 0.05;
  ymargin = 0.05;

  constructor(
    readonly figure: Figure,
    /** [left, bottom, width, height] in figure fractions. */
    public position: [number, number, number, number],
  ) {
    this.xaxis.shared = [this];
    this.yaxis.shared = [this];
  }

  /** The line colour cycle's next colour (plot, hist). */
  nextLineColor(): string {
    return cycleColor(this.lineCycle++);
  }
  /** The patch colour cycle's next colour (bar, scatter, pie). */
  nextPatchColor(): string {
    return cycleColor(this.patchCycle++);
  }

  /** Adds an artist to the axes (matplotlib's `add_artist`); returns it. */
  add_artist<T extends Artist>(a: T): T {
    return this.add(a);
  }

  private add<T extends Artist>(a: T): T {
    this.artists.push(a);
    a.onRemove = () => {
      const i = this.artists.indexOf(a);
      if (i >= 0) this.artists.splice(i, 1);
    };
    return a;
  }

  // ---- plotting ----------------------------------------------------------------------

  /**
   * Plots y against x as lines and/or markers (matplotlib's `Axes.plot`).
   *
   * Arguments are groups `[x], y, [fmt]`, repeated; a trailing options object sets
   * Line2D properties for every line. `x` defaults to 0..n-1; a 2-d `y` plots each column.
   * `fmt` is a format string: a colour ('r', 'C1'), a marker ('o', '^', '.') and a line
   * style ('-', '--', ':', '-.'), in any order.
   *
   * Returns the Line2D objects, one per line.
   *
   * @example
   * ax.plot(x, np.sin(x), 'r--', {label: 'sin'})
   * ax.plot(y)                     // against 0..n-1
   * ax.plot(x, y1, 'o', x, y2, 'k:')
   */
  plot(...args: (ArrayLikeIn | string | Line2DOptions)[]): Line2D[] {
    let opts: Line2DOptions = {};
    if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as Line2DOptions;
    if (!args.length) return [];
    const groups: (ArrayLikeIn | string)[][] = [];
    const rest = [...args] as (ArrayLikeIn | string)[];
    while (rest.length) {
      const g = rest.splice(0, 2);
      if (typeof g[1] === 'string') {
        // (y, fmt)
      } else if (rest.length && typeof rest[0] === 'string') g.push(rest.shift()!);
      groups.push(g);
    }
    const lines: Line2D[] = [];
    for (const g of groups) lines.push(...this.plotGroup(g, opts));
    return lines;
  }

  private plotGroup(g: (ArrayLikeIn | string)[], opts: Line2DOptions): Line2D[] {
    let fmt: string | null = null;
    if (typeof g[g.length - 1] === 'string') fmt = g.pop() as string;
    for (const a of g) if (typeof a === 'string') throw new ValueError(`third arg must be a format string`);
    if (g.length === 0) throw new ValueError('plot() missing data: a format string needs an array before it');
    const yv = values(g[g.length - 1] as ArrayLikeIn, 'y');
    let xv: { data: Float64Array; shape: number[] };
    if (g.length === 2) xv = values(g[0] as ArrayLikeIn, 'x');
    else {
      const n = yv.shape.length ? yv.shape[0] : 1;
      const d = new Float64Array(n);
      for (let i = 0; i < n; i++) d[i] = i;
      xv = { data: d, shape: [n] };
    }
    if (xv.shape.length === 0) xv.shape = [1];
    if (yv.shape.length === 0) yv.shape = [1];
    if (xv.shape[0] !== yv.shape[0]) {
      throw new ValueError(`x and y must have same first dimension, but have shapes ${shapeRepr(xv.shape)} and ${shapeRepr(yv.shape)}`);
    }
    if (xv.shape.length > 2 || yv.shape.length > 2) {
      throw new ValueError(`x and y can be no greater than 2D, but have shapes ${shapeRepr(xv.shape)} and ${shapeRepr(yv.shape)}`);
    }
    const f = fmt !== null ? parseFormat(fmt) : { linestyle: null, marker: null, color: null };
    const n = xv.shape[0];
    const xc = xv.shape.length === 2 ? xv.shape[1] : 1;
    const yc = yv.shape.length === 2 ? yv.shape[1] : 1;
    if (xc !== yc && xc !== 1 && yc !== 1) throw new ValueError(`x has ${xc} columns but y has ${yc} columns`);
    const ncols = Math.max(xc, yc);
    const col = (v: { data: Float64Array }, cols: number, j: number) => {
      if (cols === 1) return v.data;
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = v.data[i * cols + j];
      return out;
    };
    const out: Line2D[] = [];
    for (let j = 0; j < ncols; j++) {
      const color = opts.color ?? opts.c;
      const css = color !== undefined ? toCss(color) : (f.color ?? this.nextLineColor());
      const lsOpt = opts.linestyle ?? opts.ls;
      const marker = opts.marker !== undefined ? normMarker(opts.marker) : f.marker;
      const ls: LineStyle = lsOpt !== undefined ? normLinestyle(lsOpt) : (f.linestyle ?? '-');
      const line = new Line2D(
        xc === 1 ? xv.data.slice() : col(xv, xc, j), col(yv, yc, j), css, opts.linewidth ?? opts.lw ?? 1.5, ls, marker, opts.markersize ?? opts.ms ?? 6,
        opts.markerfacecolor ?? opts.mfc ? toCss((opts.markerfacecolor ?? opts.mfc)!) : null,
        opts.markeredgecolor ?? opts.mec ? toCss((opts.markeredgecolor ?? opts.mec)!) : null,
      );
      if (opts.label !== undefined) line.label = ncols > 1 ? String(opts.label) : String(opts.label);
      if (opts.alpha !== undefined) line.alpha = opts.alpha;
      if (opts.zorder !== undefined) line.zorder = opts.zorder;
      out.push(this.add(line));
    }
    return out;
  }

  /**
   * A scatter plot of y against x: one marker per point (matplotlib's `Axes.scatter`).
   *
   * Parameters
   * - s: marker area in points^2 (default 36), one or per point.
   * - c: a colour, a colour per point, or numbers mapped through `cmap` (viridis) between
   *   `vmin` and `vmax` (their min and max by default).
   * - marker: 'o' (default), 's', '^', 'x', '+', ...
   *
   * @example
   * ax.scatter(x, y, {s: 10, c: z, cmap: 'plasma'})
   */
  scatter(x: ArrayLikeIn, y: ArrayLikeIn, opts: ScatterOptions = {}): PathCollection {
    const xv = values(x, 'x');
    const yv = values(y, 'y');
    if (xv.data.length !== yv.data.length) throw new ValueError('x and y must be the same size');
    const n = xv.data.length;
    let sizes: Float64Array;
    if (opts.s === undefined) sizes = new Float64Array([36]);
    else {
      sizes = values(opts.s as ArrayLikeIn, 's').data;
      if (sizes.length !== 1 && sizes.length !== n) throw new ValueError('s must be a scalar, or float array-like with the same size as x and y');
    }
    let colors: string | string[] | null = null;
    let vals: Float64Array | null = null;
    const c = opts.c;
    if (c !== undefined && opts.color !== undefined) throw new ValueError("Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.");
    if (c === undefined) colors = opts.color !== undefined ? toCss(opts.color) : this.nextPatchColor();
    else if (typeof c === 'string') colors = toCss(c);
    else if (Array.isArray(c) && c.length && typeof c[0] === 'string') colors = (c as string[]).map((v) => toCss(v));
    else if (Array.isArray(c) && (c.length === 3 || c.length === 4) && n !== c.length && c.every((v) => typeof v === 'number')) {
      try {
        colors = toCss(c as number[]);
      } catch {
        throw new ValueError(`'c' argument has ${c.length} elements, which is inconsistent with 'x' and 'y' with size ${n}.`);
      }
    }
    else {
      const cv = values(c as ArrayLikeIn, 'c');
      if (cv.shape.length === 2 && (cv.shape[1] === 3 || cv.shape[1] === 4) && cv.shape[0] === n) {
        colors = [];
        for (let i = 0; i < n; i++) colors.push(toCss(Array.from(cv.data.subarray(i * cv.shape[1], (i + 1) * cv.shape[1]))));
      } else if (cv.data.length === n) vals = cv.data;
      else {
        throw new ValueError(`'c' argument has ${cv.data.length} elements, which is inconsistent with 'x' and 'y' with size ${n}.`);
      }
    }
    const [lo, hi] = vals ? finiteRange(vals) : [0, 1];
    const ec = opts.edgecolors;
    const edge = ec === undefined || ec === 'face' ? null : ec === 'none' ? 'none' : toCss(ec);
    const pc = new PathCollection(
      xv.data, yv.data, sizes, colors, vals, checkCmap(opts.cmap), opts.vmin ?? lo, opts.vmax ?? hi, normMarker(opts.marker ?? 'o') ?? 'o', edge, opts.linewidths ?? 1.5,
    );
    if (opts.label !== undefined) pc.label = String(opts.label);
    if (opts.alpha !== undefined) pc.alpha = opts.alpha;
    if (opts.zorder !== undefined) pc.zorder = opts.zorder;
    return this.add(pc);
  }

  /**
   * A bar chart (matplotlib's `Axes.bar`): bars at `x` of height `height`, `width` 0.8
   * wide, standing on `bottom` (0), centred on x (`align: 'edge'` puts their left edge
   * there). `x` may be strings: categories at 0, 1, 2, ... labelled with them.
   *
   * @example
   * ax.bar(['a', 'b', 'c'], [3, 1, 2], {color: 'C2'})
   */
  bar(x: ArrayLikeIn | string[], height: number | ArrayLikeIn, opts: BarOptions = {}): BarContainer {
    return this.bars('vertical', x, height, opts.width ?? 0.8, opts.bottom ?? 0, opts);
  }

  /**
   * Horizontal bars (matplotlib's `Axes.barh`): at `y`, `width` long, `height` 0.8 thick,
   * from `left` (0).
   *
   * @example
   * ax.barh(['a', 'b'], [3, 5])
   */
  barh(y: ArrayLikeIn | string[], width: number | ArrayLikeIn, opts: BarOptions = {}): BarContainer {
    return this.bars('horizontal', y, width, opts.height ?? 0.8, opts.left ?? 0, opts);
  }

  private bars(orientation: 'vertical' | 'horizontal', pos: ArrayLikeIn | string[], length: number | ArrayLikeIn, thick: number | ArrayLikeIn, base: number | ArrayLikeIn, opts: BarOptions): BarContainer {
    let cats: string[] | null = null;
    let p: Float64Array;
    if (Array.isArray(pos) && pos.length && typeof pos[0] === 'string') {
      cats = (pos as string[]).map(String);
      p = Float64Array.from(cats, (_, i) => i);
    } else p = values(pos as ArrayLikeIn, orientation === 'vertical' ? 'x' : 'y').data;
    const L = values(length, orientation === 'vertical' ? 'height' : 'width').data;
    const T = values(thick, orientation === 'vertical' ? 'width' : 'height').data;
    const B = values(base, orientation === 'vertical' ? 'bottom' : 'left').data;
    const n = Math.max(p.length, L.length, T.length, B.length);
    const lens = [p.length, L.length, T.length, B.length];
    for (let k = 0; k < 4; k++) {
      if (lens[k] !== n && lens[k] !== 1) {
        const bad = lens.findIndex((m) => m !== 1 && m !== lens[k]);
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${Math.min(k, bad)} with shape (${lens[Math.min(k, bad)]},) and arg ${Math.max(k, bad)} with shape (${lens[Math.max(k, bad)]},).`,
        );
      }
    }
    const at = (a: Float64Array, i: number) => (a.length === 1 ? a[0] : a[i]);
    const X = new Float64Array(n);
    const Y = new Float64Array(n);
    const W = new Float64Array(n);
    const H = new Float64Array(n);
    const center = (opts.align ?? 'center') === 'center';
    for (let i = 0; i < n; i++) {
      const t = at(T, i);
      const start = center ? at(p, i) - t / 2 : at(p, i);
      if (orientation === 'vertical') {
        X[i] = start;
        W[i] = t;
        Y[i] = at(B, i);
        H[i] = at(L, i);
      } else {
        Y[i] = start;
        H[i] = t;
        X[i] = at(B, i);
        W[i] = at(L, i);
      }
    }
    let color: string | string[];
    if (opts.color === undefined) color = this.nextPatchColor();
    else if (Array.isArray(opts.color) && opts.color.length && typeof opts.color[0] !== 'number') color = (opts.color as ColorLike[]).map((c) => toCss(c));
    else color = toCss(opts.color as ColorLike);
    const bc = new BarContainer(X, Y, W, H, color, opts.edgecolor !== undefined ? toCss(opts.edgecolor) : null, opts.linewidth ?? 0, orientation);
    if (opts.label !== undefined) bc.label = String(opts.label);
    if (opts.alpha !== undefined) bc.alpha = opts.alpha;
    if (opts.zorder !== undefined) bc.zorder = opts.zorder;
    const labels = opts.tick_label !== undefined ? (Array.isArray(opts.tick_label) ? opts.tick_label.map(String) : [String(opts.tick_label)]) : cats;
    if (labels) {
      const axis = orientation === 'vertical' ? this.xaxis : this.yaxis;
      axis.ticks = Array.from(p);
      axis.ticklabels = labels;
    }
    return this.add(bc);
  }

  /**
   * A histogram (matplotlib's `Axes.hist`), computed with `np.histogram`: returns
   * `[n, bins, patches]`: the counts (float64, as pyplot's; densities with
   * `density: true`), the bin edges, and the bars.
   *
   * Parameters
   * - bins: a count (10), edges, or an estimator name ('auto', 'fd', ...).
   * - range, density, weights: as np.histogram.
   * - histtype: 'bar' (default), 'step' (an outline) or 'stepfilled'.
   *
   * @example
   * const [n, bins, patches] = ax.hist(np.random.default_rng(0).normal(0, 1, 1000), {bins: 30})
   */
  hist(x: ArrayLikeIn, opts: HistOptions = {}): [NDArray, NDArray, BarContainer] {
    const xv = x instanceof NDArray ? x : values(x, 'x');
    const arr = xv instanceof NDArray ? xv : new NDArray(xv.data, 'float64', xv.shape);
    const hopts: Record<string, unknown> = {};
    if (opts.bins !== undefined) hopts.bins = opts.bins;
    if (opts.range !== undefined) hopts.range = opts.range;
    if (opts.weights !== undefined) hopts.weights = opts.weights;
    if (opts.density) hopts.density = true;
    const [counts0, edges] = histogram(arr, hopts as never);
    const m = values(counts0, 'n').data;
    if (opts.cumulative) for (let i = 1; i < m.length; i++) m[i] += m[i - 1];
    const e = values(edges, 'bins').data;
    const nb = m.length;
    const histtype = opts.histtype ?? 'bar';
    const rw = histtype === 'bar' ? Math.min(1, Math.max(0, opts.rwidth ?? 1)) : 1;
    const pos = new Float64Array(nb);
    const thick = new Float64Array(nb);
    for (let i = 0; i < nb; i++) {
      const w = e[i + 1] - e[i];
      thick[i] = w * rw;
      pos[i] = e[i] + (w - thick[i]) / 2;
    }
    const horizontal = opts.orientation === 'horizontal';
    const color = opts.color !== undefined ? toCss(opts.color) : this.nextLineColor();
    const bc = this.bars(horizontal ? 'horizontal' : 'vertical', pos, m, thick, 0, {
      align: 'edge', color: histtype === 'step' ? 'none' : color, edgecolor: histtype === 'step' ? color : opts.edgecolor,
      linewidth: opts.linewidth ?? (histtype === 'step' ? 1 : 0), label: opts.label, alpha: opts.alpha, zorder: opts.zorder,
    });
    bc.histtype = histtype;
    if (histtype === 'step') bc.edgecolor = color;
    return [new NDArray(m, 'float64', [nb]), edges, bc];
  }

  /**
   * Shows an image or a 2-d array (matplotlib's `Axes.imshow`): a 2-d array through a
   * colormap (`cmap`, viridis) between `vmin` and `vmax` (its min and max by default); an
   * M x N x 3 or 4 array as RGB(A) (floats in 0..1 or uint8). Pixels are square
   * (`aspect: 'equal'`); row 0 is at the top (`origin: 'upper'`); `extent` gives
   * [left, right, bottom, top] in data coordinates.
   *
   * @example
   * ax.imshow(np.random.default_rng(0).random([8, 8]), {cmap: 'magma'})
   */
  imshow(X: ArrayLikeIn, opts: ImshowOptions = {}): AxesImage {
    const arr = X instanceof NDArray ? X : null;
    const v = values(X, 'X');
    const shape = v.shape;
    let channels: 1 | 3 | 4 = 1;
    if (shape.length === 3 && (shape[2] === 3 || shape[2] === 4)) channels = shape[2] as 3 | 4;
    else if (shape.length !== 2) throw new NumpyTypeError(`Invalid shape ${shapeRepr(shape)} for image data`);
    const [rows, cols] = shape;
    const uint8 = channels > 1 && arr !== null && arr.dtype === 'uint8';
    const [lo, hi] = finiteRange(v.data);
    const origin = opts.origin ?? 'upper';
    const extent: [number, number, number, number] = opts.extent
      ? [...opts.extent] as [number, number, number, number]
      : origin === 'upper' ? [-0.5, cols - 0.5, rows - 0.5, -0.5] : [-0.5, cols - 0.5, -0.5, rows - 0.5];
    const interp = opts.interpolation === 'none' || opts.interpolation === undefined ? 'nearest' : opts.interpolation;
    const im = new AxesImage(v.data, rows, cols, channels, uint8, checkCmap(opts.cmap), opts.vmin ?? lo, opts.vmax ?? hi, extent, origin, interp);
    if (opts.alpha !== undefined) im.alpha = opts.alpha;
    if (opts.zorder !== undefined) im.zorder = opts.zorder;
    this.aspect = opts.aspect ?? 'equal';
    // imshow sets the limits to the extent (matplotlib's set_extent), keeping the orientation.
    this.yaxis.inverted = extent[2] > extent[3];
    this.xaxis.inverted = extent[0] > extent[1];
    return this.add(im);
  }

  /**
   * Fills the area between two curves (matplotlib's `Axes.fill_between`): between `y1`
   * and `y2` (default 0) over `x`; `where` (a boolean array) limits it to some x.
   *
   * @example
   * ax.fill_between(x, y - err, y + err, {alpha: 0.3})
   */
  fill_between(x: ArrayLikeIn, y1: number | ArrayLikeIn, y2: number | ArrayLikeIn = 0, opts: FillOptions = {}): PolyCollection {
    if (isOptions(y2)) {
      opts = y2 as FillOptions;
      y2 = 0;
    }
    const xv = values(x, 'x').data;
    const n = xv.length;
    const bc = (v: number | ArrayLikeIn, name: string) => {
      const d = values(v, name).data;
      if (d.length === 1 && n !== 1) return new Float64Array(n).fill(d[0]);
      if (d.length !== n) throw new ValueError(`'${name}' is not 1-dimensional`.replace(`'${name}' is not 1-dimensional`, `${name} and x must have the same length: ${d.length} and ${n}`));
      return d;
    };
    const a = bc(y1, 'y1');
    const b = bc(y2 as number | ArrayLikeIn, 'y2');
    if (opts.where !== undefined) {
      const w = values(opts.where, 'where').data;
      for (let i = 0; i < n; i++) if (!w[i]) a[i] = b[i] = NaN;
    }
    const color = opts.color ?? opts.facecolor;
    const pc = new PolyCollection(xv, a, b, color !== undefined ? toCss(color) : this.nextPatchColor(), opts.edgecolor !== undefined ? toCss(opts.edgecolor) : null);
    if (opts.label !== undefined) pc.label = String(opts.label);
    if (opts.alpha !== undefined) pc.alpha = opts.alpha;
    if (opts.zorder !== undefined) pc.zorder = opts.zorder;
    return this.add(pc);
  }

  /**
   * A horizontal line across the axes at y (matplotlib's `Axes.axhline`), from `xmin` to
   * `xmax` in axes fractions (0 to 1).
   *
   * @example
   * ax.axhline(0, {color: 'k', linewidth: 0.8})
   */
  axhline(y: number | RefLineOptions = 0, xmin: number | RefLineOptions = 0, xmax: number | RefLineOptions = 1, opts: RefLineOptions = {}): RefLine {
    return this.refline('h', y, xmin, xmax, opts);
  }

  /**
   * A vertical line across the axes at x (matplotlib's `Axes.axvline`), from `ymin` to
   * `ymax` in axes fractions.
   *
   * @example
   * ax.axvline(np.pi, {color: 'r', linestyle: '--'})
   */
  axvline(x: number | RefLineOptions = 0, ymin: number | RefLineOptions = 0, ymax: number | RefLineOptions = 1, opts: RefLineOptions = {}): RefLine {
    return this.refline('v', x, ymin, ymax, opts);
  }

  private refline(orient: 'h' | 'v', v: number | RefLineOptions, a: number | RefLineOptions, b: number | RefLineOptions, opts: RefLineOptions): RefLine {
    // Positional numbers up to the options object; the defaults of the ones after it do not count.
    const nums: number[] = [];
    for (const arg of [v, a, b]) {
      if (isOptions(arg)) {
        opts = arg as RefLineOptions;
        break;
      }
      nums.push(arg as number);
    }
    const [value = 0, from = 0, to = 1] = nums;
    const color = opts.color ?? opts.c;
    const ls = opts.linestyle ?? opts.ls;
    const r = new RefLine(orient, value, from, to, color !== undefined ? toCss(color) : this.nextLineColor(), opts.linewidth ?? opts.lw ?? 1.5, ls !== undefined ? normLinestyle(ls) : '-');
    if (opts.label !== undefined) r.label = String(opts.label);
    if (opts.alpha !== undefined) r.alpha = opts.alpha;
    if (opts.zorder !== undefined) r.zorder = opts.zorder;
    return this.add(r);
  }

  /**
   * y against x with error bars (matplotlib's `Axes.errorbar`): `yerr`/`xerr` a value,
   * one per point, or a 2 x n array of [lower, upper]; `fmt` the line's format string
   * ('' or 'none': bars only); `capsize` cap length in points.
   *
   * @example
   * ax.errorbar(x, y, {yerr: 0.1, fmt: 'o', capsize: 3})
   */
  errorbar(x: ArrayLikeIn, y: ArrayLikeIn, opts: ErrorbarOptions = {}): ErrorbarContainer {
    const { yerr, xerr, fmt, ecolor, elinewidth, capsize, ...lineOpts } = opts;
    const xv = values(x, 'x').data;
    const yv = values(y, 'y').data;
    if (xv.length !== yv.length) throw new ValueError(`x and y must have same first dimension, but have shapes (${xv.length},) and (${yv.length},)`);
    const lineArgs: (ArrayLikeIn | string | Line2DOptions)[] = [xv, yv];
    const none = fmt === 'none' || fmt === '';
    if (fmt && !none) lineArgs.push(fmt);
    const [line] = this.plot(...lineArgs, { ...lineOpts, ...(none ? { linestyle: 'None' } : {}) });
    line.errorbarHandle = true;
    const extents = (err: number | ArrayLikeIn | undefined, base: Float64Array, name: string): [Float64Array, Float64Array] | [null, null] => {
      if (err === undefined) return [null, null];
      const e = values(err, name);
      const n = base.length;
      const lo = new Float64Array(n);
      const hi = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const [l, h] = e.shape.length === 2 ? [e.data[i], e.data[n + i]] : e.data.length === 1 ? [e.data[0], e.data[0]] : [e.data[i], e.data[i]];
        if (l < 0 || h < 0) throw new ValueError(`'${name}' must not contain negative values`);
        lo[i] = base[i] - l;
        hi[i] = base[i] + h;
      }
      return [lo, hi];
    };
    const [ylo, yhi] = extents(yerr, yv, 'yerr');
    const [xlo, xhi] = extents(xerr, xv, 'xerr');
    const bars = new ErrorBars(xv, yv, ylo, yhi, xlo, xhi, ecolor !== undefined ? toCss(ecolor) : line.color, elinewidth ?? line.linewidth, capsize ?? 0);
    if (lineOpts.alpha !== undefined) bars.alpha = lineOpts.alpha;
    this.add(bars);
    return new ErrorbarContainer([line, bars]);
  }

  /**
   * Text at (x, y) in data coordinates (matplotlib's `Axes.text`); `{transform:
   * ax.transAxes}` for axes fractions (0, 0 lower left; 1, 1 upper right).
   *
   * @example
   * ax.text(0.05, 0.95, 'peak', {transform: ax.transAxes, va: 'top'})
   */
  text(x: number, y: number, s: string, opts: TextArtistOptions = {}): Text {
    const t = new Text(
      x, y, textSpec(s, 10, opts), opts.transform === 'axes' ? 'axes' : 'data', opts.ha ?? opts.horizontalalignment ?? 'left',
      opts.va ?? opts.verticalalignment ?? 'baseline', opts.rotation ?? 0,
    );
    if (opts.zorder !== undefined) t.zorder = opts.zorder;
    return this.add(t);
  }

  /**
   * Text pointing at a point (matplotlib's `Axes.annotate`): `text` at `xytext` (default
   * at `xy`), with an arrow to `xy` when `arrowprops` is given.
   *
   * @example
   * ax.annotate('max', [x0, y0], {xytext: [x0 + 1, y0 + 0.5], arrowprops: {color: 'k'}})
   */
  annotate(text: string, xy: [number, number], opts: AnnotateOptions = {}): Text {
    const [tx, ty] = opts.xytext ?? xy;
    const t = new Text(
      tx, ty, textSpec(text, 10, opts), opts.textcoords === 'axes fraction' ? 'axes' : 'data', opts.ha ?? opts.horizontalalignment ?? 'left',
      opts.va ?? opts.verticalalignment ?? 'baseline', opts.rotation ?? 0,
    );
    if (opts.arrowprops) {
      const ap = opts.arrowprops as { color?: ColorLike; facecolor?: ColorLike };
      t.arrow = { x: xy[0], y: xy[1], color: toCss(ap.color ?? ap.facecolor ?? 'k') };
    }
    return this.add(t);
  }

  /**
   * Contour lines of z over a grid (matplotlib's `Axes.contour`): `contour(Z)`,
   * `contour(X, Y, Z)` (X, Y 1-d or 2-d), then optionally the levels: a count (about that
   * many, 7 by default, chosen as matplotlib's MaxNLocator) or the levels themselves.
   * Lines take the colormap's colour at their level (`cmap`, viridis) or `colors`; with
   * one colour, negative levels are dashed.
   *
   * @example
   * const [X, Y] = np.meshgrid(np.linspace(-2, 2, 50), np.linspace(-2, 2, 50));
   * const cs = ax.contour(X, Y, np.exp(-(X ** 2) - Y ** 2), {colors: 'k'});
   */
  contour(...args: (ArrayLikeIn | number | ContourOptions)[]): ContourSet {
    return this.add(makeContour(false, args, checkCmap));
  }

  /**
   * Filled contours (matplotlib's `Axes.contourf`): the regions between consecutive
   * levels, each coloured at its middle; arguments as `contour`. `plt.colorbar()` shows the levels.
   *
   * @example
   * const cs = ax.contourf(X, Y, Z, 12, {cmap: 'RdBu_r'}); fig.colorbar(cs);
   */
  contourf(...args: (ArrayLikeIn | number | ContourOptions)[]): ContourSet {
    return this.add(makeContour(true, args, checkCmap));
  }

  /**
   * Labels contour lines with their levels (matplotlib's `Axes.clabel`): on each line long
   * enough, at the middle of its length, along it, the line cut beneath (`inline`).
   * `levels` picks which; `fmt` ('%1.1f' or a function) writes them.
   *
   * @example
   * const cs = ax.contour(X, Y, Z, {colors: 'k'}); ax.clabel(cs, {fontsize: 9});
   */
  clabel(cs: ContourSet, levels?: ArrayLikeIn | ClabelOptions, opts: ClabelOptions = {}): Text[] {
    if (isOptions(levels)) {
      opts = levels as ClabelOptions;
      levels = undefined;
    }
    return makeClabel(this, cs, levels === undefined ? undefined : Array.from(values(levels as ArrayLikeIn, 'levels').data), opts);
  }

  /**
   * Filled polygons (matplotlib's `Axes.fill`): `fill(x, y, [color])`, repeated; each
   * closed and filled with the next cycle colour or `color`.
   *
   * @example
   * ax.fill([0, 1, 0.5], [0, 0, 1], 'C2', {alpha: 0.5})
   */
  fill(...args: (ArrayLikeIn | string | FillOptions)[]): Polygon[] {
    let opts: FillOptions = {};
    if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as FillOptions;
    const out: Polygon[] = [];
    while (args.length) {
      if (args.length < 2) throw new ValueError('fill() takes x, y pairs (each optionally followed by a colour)');
      const x = values(args.shift() as ArrayLikeIn, 'x').data;
      const y = values(args.shift() as ArrayLikeIn, 'y').data;
      if (x.length !== y.length) throw new ValueError(`x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
      const c = typeof args[0] === 'string' ? (args.shift() as string) : (opts.color ?? opts.facecolor);
      const p = new Polygon(x, y, c !== undefined ? toCss(c) : this.nextPatchColor(), opts.edgecolor !== undefined ? toCss(opts.edgecolor) : null, opts.edgecolor !== undefined ? 1 : 0);
      if (opts.alpha !== undefined) p.alpha = opts.alpha;
      if (opts.label !== undefined) p.label = String(opts.label);
      if (opts.zorder !== undefined) p.zorder = opts.zorder;
      out.push(this.add(p));
    }
    return out;
  }

  /**
   * A pie chart (matplotlib's `Axes.pie`): wedges in proportion to x, counter-clockwise
   * from `startangle` (0: the positive x axis); `labels` outside, `autopct` ('%1.1f%%')
   * inside, `explode` offsets. Returns `[wedges, texts]` (and `autotexts` with autopct).
   *
   * @example
   * ax.pie([35, 25, 40], {labels: ['a', 'b', 'c'], autopct: '%1.1f%%', startangle: 90})
   */
  pie(x: ArrayLikeIn, opts: PieOptions = {}): [Wedge[], Text[]] | [Wedge[], Text[], Text[]] {
    return makePie(this, x, opts);
  }

  /**
   * Box-and-whisker plots (matplotlib's `Axes.boxplot`): per data set (a 1-d array, each
   * column of a 2-d array, or each array of a list) the quartiles as a box, the median,
   * whiskers to the furthest points within 1.5 IQR (`whis`), and fliers beyond. Returns
   * the lines: `{whiskers, caps, boxes, medians, fliers, means}`.
   *
   * @example
   * ax.boxplot([a, b, c], {labels: ['a', 'b', 'c']})
   */
  boxplot(x: ArrayLikeIn | ArrayLikeIn[], opts: BoxplotOptions = {}): BoxplotLines {
    return makeBoxplot(this, x, opts);
  }

  /**
   * A step plot (matplotlib's `Axes.step`): y against x joined by steps; `where: 'pre'`
   * (default: y[i] holds on (x[i-1], x[i]]), 'post' ([x[i], x[i+1])) or 'mid'.
   *
   * @example
   * ax.step(np.arange(10), counts, {where: 'mid'})
   */
  step(x: ArrayLikeIn, y: ArrayLikeIn, fmt?: string | (Line2DOptions & { where?: 'pre' | 'post' | 'mid' }), opts: Line2DOptions & { where?: 'pre' | 'post' | 'mid' } = {}): Line2D[] {
    if (isOptions(fmt)) {
      opts = fmt as typeof opts;
      fmt = undefined;
    }
    const { where = 'pre', ...lineOpts } = opts;
    if (!['pre', 'post', 'mid'].includes(where)) throw new ValueError(`'${where}' is not a valid value for where; supported values are 'pre', 'post', 'mid'`);
    const lines = this.plot(x, y, ...(typeof fmt === 'string' ? [fmt] : []), lineOpts);
    for (const l of lines) l.drawstyle = `steps-${where}`;
    return lines;
  }

  /**
   * A stem plot (matplotlib's `Axes.stem`): a vertical line from the baseline (`bottom`, 0)
   * to each y, a marker at its top, a baseline across. `stem(y)` puts them at 0..n-1.
   *
   * @example
   * ax.stem(np.arange(8), np.exp(-np.arange(8) / 3))
   */
  stem(...args: (ArrayLikeIn | string | StemOptions)[]): StemContainer {
    return makeStem(this, args);
  }

  /**
   * A second y axis on the right sharing this Axes' x axis (matplotlib's `Axes.twinx`):
   * plot a second quantity with its own scale. Its colour cycle starts again at C0.
   *
   * @example
   * const ax2 = ax.twinx(); ax2.plot(x, 100 * y, 'C1'); ax2.set_ylabel('percent');
   */
  twinx(): Axes {
    return this.twin('x');
  }

  /**
   * A second x axis on top sharing this Axes' y axis (matplotlib's `Axes.twiny`).
   *
   * @example
   * const top = ax.twiny(); top.set_xlim(0, 1);
   */
  twiny(): Axes {
    return this.twin('y');
  }

  private twin(shared: 'x' | 'y'): Axes {
    const t = this.figure.add_axes([...this.position] as [number, number, number, number]);
    t.twinOf = this;
    const mine = shared === 'x' ? this.xaxis : this.yaxis;
    const its = shared === 'x' ? t.xaxis : t.yaxis;
    mine.shared.push(t);
    its.shared = mine.shared;
    its.visible = false;
    (shared === 'x' ? t.yaxis : t.xaxis).side = shared === 'x' ? 'right' : 'top';
    if (mine.manual) its.manual = mine.manual;
    its.scale = mine.scale;
    return t;
  }

  // ---- labels, limits, scales, ticks -------------------------------------------------

  /**
   * The axes' title (matplotlib's `set_title`): centred above it (`loc: 'left'` or
   * 'right' for the others), 12 pt.
   *
   * @example
   * ax.set_title('Signal', {fontsize: 14})
   */
  set_title(label: string, opts: TextOptions = {}): Text {
    const t = textSpec(label, 12, opts);
    const loc = opts.loc ?? 'center';
    this.title[loc] = label === '' ? null : t;
    const text = new Text(loc === 'left' ? 0 : loc === 'right' ? 1 : 0.5, 1, t, 'axes', loc, 'baseline', 0);
    text.floatRepr = true;
    return text;
  }
  /** The centre title's text. */
  get_title(loc: 'left' | 'center' | 'right' = 'center'): string {
    return this.title[loc]?.text ?? '';
  }
  /**
   * The x axis' label (matplotlib's `set_xlabel`).
   *
   * @example
   * ax.set_xlabel('time [s]')
   */
  set_xlabel(label: string, opts: TextOptions = {}): Text {
    this.xaxis.label = textSpec(label, 10, opts);
    return new Text(0.5, 0, this.xaxis.label, 'axes', 'center', 'top', 0);
  }
  /**
   * The y axis' label (matplotlib's `set_ylabel`).
   *
   * @example
   * ax.set_ylabel('amplitude')
   */
  set_ylabel(label: string, opts: TextOptions = {}): Text {
    this.yaxis.label = textSpec(label, 10, opts);
    return new Text(0, 0.5, this.yaxis.label, 'axes', 'center', 'bottom', 90);
  }
  get_xlabel(): string {
    return this.xaxis.label?.text ?? '';
  }
  get_ylabel(): string {
    return this.yaxis.label?.text ?? '';
  }

  /**
   * Sets the x limits (matplotlib's `set_xlim`): `set_xlim(left, right)`, `set_xlim([left,
   * right])`, or `{left, right}`; an end left undefined stays automatic. Returns the new limits.
   *
   * @example
   * ax.set_xlim(0, 10)
   */
  set_xlim(left?: number | null | [number, number] | { left?: number; right?: number; xmin?: number; xmax?: number }, right?: number | null): [number, number] {
    return this.setLim(this.xaxis, 'x', left, right);
  }
  /**
   * Sets the y limits (matplotlib's `set_ylim`); see set_xlim.
   *
   * @example
   * ax.set_ylim(-1.5, 1.5)
   */
  set_ylim(bottom?: number | null | [number, number] | { bottom?: number; top?: number; ymin?: number; ymax?: number }, top?: number | null): [number, number] {
    return this.setLim(this.yaxis, 'y', bottom, top);
  }
  private setLim(axis: AxisState, which: 'x' | 'y', a: unknown, b: unknown): [number, number] {
    let lo: number | null | undefined;
    let hi: number | null | undefined;
    if (Array.isArray(a) || a instanceof NDArray) [lo, hi] = Array.from(a instanceof NDArray ? (a.tolist() as number[]) : (a as number[]));
    else if (isOptions(a)) {
      const o = a as Record<string, number | undefined>;
      lo = which === 'x' ? (o.left ?? o.xmin) : (o.bottom ?? o.ymin);
      hi = which === 'x' ? (o.right ?? o.xmax) : (o.top ?? o.ymax);
    } else {
      lo = a as number | null | undefined;
      hi = b as number | null | undefined;
    }
    for (const v of [lo, hi]) {
      if (v != null && (typeof v !== 'number' || !Number.isFinite(v))) throw new ValueError(`Axis limits cannot be NaN or Inf`);
    }
    const cur = axis.manual ?? [null, null];
    const next: [number | null, number | null] = [lo ?? cur[0], hi ?? cur[1]];
    if (axis.scale === 'log' && ((next[0] ?? 1) <= 0 || (next[1] ?? 1) <= 0)) {
      // matplotlib warns and ignores a non-positive limit on a log axis.
      if ((next[0] ?? 1) <= 0) next[0] = cur[0];
      if ((next[1] ?? 1) <= 0) next[1] = cur[1];
    }
    if (next[0] !== null && next[1] !== null && next[0] === next[1]) {
      const [l, h] = nonsingular(next[0], next[1], 0.001);
      next[0] = l;
      next[1] = h;
    }
    for (const ax of axis.shared) (which === 'x' ? ax.xaxis : ax.yaxis).manual = next;
    return this.viewLim(which);
  }
  /** The x view limits as drawn (autoscaled unless set). */
  get_xlim(): [number, number] {
    return this.viewLim('x');
  }
  /** The y view limits as drawn (autoscaled unless set). */
  get_ylim(): [number, number] {
    return this.viewLim('y');
  }

  /**
   * The x axis' scale (matplotlib's `set_xscale`): 'linear' or 'log' (ticks at decades).
   *
   * @example
   * ax.set_xscale('log')
   */
  set_xscale(scale: 'linear' | 'log'): void {
    this.setScale(this.xaxis, scale);
  }
  /**
   * The y axis' scale (matplotlib's `set_yscale`): 'linear' or 'log'.
   *
   * @example
   * ax.set_yscale('log')
   */
  set_yscale(scale: 'linear' | 'log'): void {
    this.setScale(this.yaxis, scale);
  }
  private setScale(axis: AxisState, scale: string): void {
    if (scale !== 'linear' && scale !== 'log') {
      throw new ValueError(`'${scale}' is not a valid value for scale; supported values are 'asinh', 'function', 'functionlog', 'linear', 'log', 'logit', 'mercator', 'symlog'`);
    }
    for (const ax of axis.shared) (axis === this.xaxis ? ax.xaxis : ax.yaxis).scale = scale;
  }
  get_xscale(): string {
    return this.xaxis.scale;
  }
  get_yscale(): string {
    return this.yaxis.scale;
  }

  /**
   * Puts the x ticks at `ticks` (matplotlib's `set_xticks`), labelled with `labels` when given.
   *
   * @example
   * ax.set_xticks([0, np.pi, 2 * np.pi], ['0', 'π', '2π'])
   */
  set_xticks(ticks: ArrayLikeIn, labels?: string[] | TicksOptions, opts: TicksOptions = {}): void {
    this.setTicks(this.xaxis, ticks, labels, opts);
  }
  /**
   * Puts the y ticks at `ticks` (matplotlib's `set_yticks`), labelled with `labels` when given.
   *
   * @example
   * ax.set_yticks([-1, 0, 1])
   */
  set_yticks(ticks: ArrayLikeIn, labels?: string[] | TicksOptions, opts: TicksOptions = {}): void {
    this.setTicks(this.yaxis, ticks, labels, opts);
  }
  private setTicks(axis: AxisState, ticks: ArrayLikeIn, labels: string[] | TicksOptions | undefined, opts: TicksOptions): void {
    if (isOptions(labels)) {
      opts = labels as TicksOptions;
      labels = undefined;
    }
    const t = Array.from(values(ticks, 'ticks').data);
    if (labels !== undefined && (labels as string[]).length !== t.length) {
      throw new ValueError(`The number of FixedLocator locations (${t.length}), usually from a call to set_ticks, does not match the number of labels (${(labels as string[]).length}).`);
    }
    axis.ticks = t;
    axis.ticklabels = labels ? (labels as string[]).map(String) : null;
    if (opts.rotation !== undefined) axis.rotation = opts.rotation;
  }
  /** Labels for the ticks set with set_xticks. */
  set_xticklabels(labels: string[], opts: TicksOptions = {}): void {
    this.setTickLabels(this.xaxis, labels, opts);
  }
  /** Labels for the ticks set with set_yticks. */
  set_yticklabels(labels: string[], opts: TicksOptions = {}): void {
    this.setTickLabels(this.yaxis, labels, opts);
  }
  private setTickLabels(axis: AxisState, labels: string[], opts: TicksOptions): void {
    const which = axis === this.xaxis ? 'x' : 'y';
    axis.ticks ??= this.computeTicks(which).ticks.map((t) => t.value);
    if (labels.length !== axis.ticks.length) {
      throw new ValueError(`The number of FixedLocator locations (${axis.ticks.length}), usually from a call to set_ticks, does not match the number of labels (${labels.length}).`);
    }
    axis.ticklabels = labels.map(String);
    if (opts.rotation !== undefined) axis.rotation = opts.rotation;
  }
  /** The x tick locations (all the locator's, as matplotlib's get_xticks). */
  get_xticks(): number[] {
    return this.computeTicks('x').all;
  }
  /** The y tick locations (all the locator's, as matplotlib's get_yticks). */
  get_yticks(): number[] {
    return this.computeTicks('y').all;
  }

  /**
   * Grid lines at the major ticks (matplotlib's `Axes.grid`): `grid()` turns them on,
   * `grid(false)` off; `{axis: 'y'}` for one axis only.
   *
   * @example
   * ax.grid(true, {linestyle: ':', alpha: 0.5})
   */
  grid(visible?: boolean | null | GridOptions, opts: GridOptions = {}): void {
    if (isOptions(visible)) {
      opts = visible as GridOptions;
      visible = true;
    }
    const on = visible == null ? true : Boolean(visible);
    const axis = opts.axis ?? 'both';
    if (axis !== 'y') this.gridOn.x = on;
    if (axis !== 'x') this.gridOn.y = on;
    if (opts.color !== undefined) this.gridStyle.color = toCss(opts.color);
    const ls = opts.linestyle ?? opts.ls;
    if (ls !== undefined) this.gridStyle.linestyle = normLinestyle(ls);
    const lw = opts.linewidth ?? opts.lw;
    if (lw !== undefined) this.gridStyle.linewidth = lw;
    if (opts.alpha !== undefined) this.gridStyle.alpha = opts.alpha;
  }

  /**
   * A legend of the labelled artists (matplotlib's `Axes.legend`); placed in the corner
   * that covers the least data (`loc: 'best'`, the default) or at `loc`. `legend(['a',
   * 'b'])` labels the artists in order.
   *
   * @example
   * ax.plot(x, y, {label: 'data'}); ax.legend({loc: 'upper left'})
   */
  legend(labels?: string[] | LegendOptions, opts: LegendOptions = {}): LegendOptions {
    if (isOptions(labels)) opts = labels as LegendOptions;
    else if (Array.isArray(labels)) opts = { ...opts, labels };
    if (opts.labels) {
      const handles = opts.handles ?? this.artists.filter((a) => a.legendEntry() !== null);
      handles.forEach((h, i) => {
        if (i < opts.labels!.length) h.label = String(opts.labels![i]);
      });
    }
    const loc = opts.loc;
    if (typeof loc === 'string' && loc !== 'best' && !LOCS.includes(loc as LegendSpec['loc'])) {
      throw new ValueError(`'${loc}' is not a valid value for loc; supported values are 'best', ${LOCS.map((l) => `'${l}'`).join(', ')}`);
    }
    this.legendOpts = opts;
    return opts;
  }

  /**
   * Axis settings in one call (matplotlib's `Axes.axis`): 'off' hides the axes' frame,
   * ticks and labels; 'equal' makes units equal; [xmin, xmax, ymin, ymax] sets the limits.
   *
   * @example
   * ax.axis('off')
   */
  axis(arg?: 'off' | 'on' | 'equal' | 'scaled' | 'image' | 'auto' | 'tight' | boolean | [number, number, number, number]): [number, number, number, number] {
    if (arg === 'off' || arg === false) this.axison = false;
    else if (arg === 'on' || arg === true) this.axison = true;
    else if (arg === 'equal' || arg === 'scaled' || arg === 'image') this.aspect = 'equal';
    else if (arg === 'auto') this.aspect = 'auto';
    else if (arg === 'tight') this.xmargin = this.ymargin = 0;
    else if (Array.isArray(arg)) {
      this.set_xlim(arg[0], arg[1]);
      this.set_ylim(arg[2], arg[3]);
    }
    return [...this.get_xlim(), ...this.get_ylim()] as [number, number, number, number];
  }
  /** 'equal' (square data units), 'auto', or a number (y unit / x unit). */
  set_aspect(aspect: 'equal' | 'auto' | number): void {
    this.aspect = aspect;
  }
  /** The background colour. */
  set_facecolor(c: ColorLike): void {
    this.facecolor = toCss(c);
  }
  /** Flips the y axis (larger values at the bottom). */
  invert_yaxis(): void {
    this.yaxis.inverted = !this.yaxis.inverted;
  }
  /** Flips the x axis. */
  invert_xaxis(): void {
    this.xaxis.inverted = !this.xaxis.inverted;
  }
  /** Margins added to the data's range by autoscaling (default 0.05 of it each side). */
  margins(x?: number, y?: number): void {
    if (x !== undefined) this.xmargin = x;
    if (y !== undefined) this.ymargin = y ?? x;
    else if (x !== undefined) this.ymargin = x;
  }

  /**
   * Several properties at once, as matplotlib's `Axes.set`: title, xlabel, ylabel, xlim,
   * ylim, xscale, yscale, xticks, yticks.
   *
   * @example
   * ax.set({title: 'Noise', xlabel: 'x', ylim: [0, 1]})
   */
  set(props: { title?: string; xlabel?: string; ylabel?: string; xlim?: [number, number]; ylim?: [number, number]; xscale?: 'linear' | 'log'; yscale?: 'linear' | 'log'; xticks?: ArrayLikeIn; yticks?: ArrayLikeIn; aspect?: 'equal' | 'auto' | number; facecolor?: ColorLike }): void {
    for (const [k, v] of Object.entries(props)) {
      switch (k) {
        case 'title': this.set_title(v as string); break;
        case 'xlabel': this.set_xlabel(v as string); break;
        case 'ylabel': this.set_ylabel(v as string); break;
        case 'xlim': this.set_xlim(v as [number, number]); break;
        case 'ylim': this.set_ylim(v as [number, number]); break;
        case 'xscale': this.set_xscale(v as 'linear'); break;
        case 'yscale': this.set_yscale(v as 'linear'); break;
        case 'xticks': this.set_xticks(v as ArrayLikeIn); break;
        case 'yticks': this.set_yticks(v as ArrayLikeIn); break;
        case 'aspect': this.set_aspect(v as 'equal'); break;
        case 'facecolor': this.set_facecolor(v as ColorLike); break;
        default: throw new NumpyTypeError(`Axes.set() got an unexpected keyword argument '${k}'`);
      }
    }
  }

  /** Clears the axes: artists, labels, title, limits, legend. */
  cla(): void {
    this.artists.length = 0;
    for (const a of [this.xaxis, this.yaxis]) {
      a.manual = null;
      a.ticks = null;
      a.ticklabels = null;
      a.label = null;
      a.scale = 'linear';
      a.inverted = false;
    }
    this.title = { left: null, center: null, right: null };
    this.legendOpts = null;
    this.gridOn = { x: false, y: false };
    this.lineCycle = this.patchCycle = 0;
    this.aspect = 'auto';
  }
  /** Same as cla(). */
  clear(): void {
    this.cla();
  }
  /** The Line2D artists (ax.lines). */
  get lines(): Line2D[] {
    return this.artists.filter((a): a is Line2D => a instanceof Line2D);
  }
  /** The images (ax.images). */
  get images(): AxesImage[] {
    return this.artists.filter((a): a is AxesImage => a instanceof AxesImage);
  }
  /** Whether anything was drawn in it. */
  has_data(): boolean {
    return this.artists.some((a) => !(a instanceof Text));
  }
  /** matplotlib's repr: `<Axes: title={'center': 'x'}, xlabel='t', ylabel=''>`. */
  toString(): string {
    const parts: string[] = [];
    if (this.title.center) parts.push(`title={'center': '${this.title.center.text}'}`);
    if (this.xaxis.label) parts.push(`xlabel='${this.xaxis.label.text}'`);
    if (this.yaxis.label) parts.push(`ylabel='${this.yaxis.label.text}'`);
    return `<Axes: ${parts.join(', ')}>`;
  }
  __repr__(): string {
    return this.toString();
  }

  // ---- layout: limits, aspect, ticks ------------------------------------------------

  /** The data limits of every artist of the axes sharing this axis. */
  private dataLims(which: 'x' | 'y'): DataLim[] {
    const axis = which === 'x' ? this.xaxis : this.yaxis;
    return axis.shared.flatMap((ax) => ax.artists.filter((a) => a.visible).map((a) => a.dataLim()));
  }

  /** The view limits on one axis: manual ones, else autoscaled as matplotlib's autoscale_view. */
  viewLim(which: 'x' | 'y'): [number, number] {
    const axis = which === 'x' ? this.xaxis : this.yaxis;
    const log = axis.scale === 'log';
    const lims = this.dataLims(which);
    const manual = axis.manual;
    let auto = this.autoscale(which, lims, log);
    if (axis.inverted) auto = [auto[1], auto[0]];
    if (!manual) return auto;
    return [manual[0] ?? auto[0], manual[1] ?? auto[1]];
  }

  private autoscale(which: 'x' | 'y', lims: DataLim[], log: boolean): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const l of lims) {
      const r = log ? (which === 'x' ? l.xpos : l.ypos) : which === 'x' ? l.x : l.y;
      if (r) {
        lo = Math.min(lo, r[0]);
        hi = Math.max(hi, r[1]);
      }
    }
    const image = lims.length > 0 && this.artists.some((a) => a instanceof AxesImage);
    if (!(lo <= hi)) return log ? [1, 10] : [0, 1];
    let x0 = lo;
    let x1 = hi;
    if (log) {
      if (x0 === x1) {
        x0 = 10 ** (Math.floor(Math.log10(x0)) - (Math.log10(x0) % 1 === 0 ? 1 : 0));
        x1 = 10 ** (Math.ceil(Math.log10(x1)) + (Math.log10(x1) % 1 === 0 ? 1 : 0));
      }
    } else [x0, x1] = nonsingular(x0, x1, 0.05);
    const stickies = lims.flatMap((l) => (which === 'x' ? l.stickyX : l.stickyY)).filter((s) => Number.isFinite(s) && (!log || s > 0)).sort((a, b) => a - b);
    const tol = 1e-5 * Math.max(Math.abs(x0), Math.abs(x1), Math.abs(x1 - x0));
    const below = stickies.filter((s) => s < x0 + tol);
    const above = stickies.filter((s) => s > x1 - tol);
    const x0bound = below.length ? below[below.length - 1] : null;
    const x1bound = above.length ? above[0] : null;
    const margin = image ? 0 : which === 'x' ? this.xmargin : this.ymargin;
    if (log) {
      const t0 = Math.log10(x0);
      const t1 = Math.log10(x1);
      const d = (t1 - t0) * margin;
      x0 = 10 ** (t0 - d);
      x1 = 10 ** (t1 + d);
    } else {
      const d = (x1 - x0) * margin;
      x0 -= d;
      x1 += d;
    }
    if (x0bound !== null) x0 = Math.max(x0, x0bound);
    if (x1bound !== null) x1 = Math.min(x1, x1bound);
    if (!log) [x0, x1] = nonsingular(x0, x1, 1e-12, 1e-13);
    return [x0, x1];
  }

  /** The box after the aspect is applied (matplotlib's apply_aspect, adjustable 'box', anchor 'C'). */
  box(): [number, number, number, number] {
    if (this.twinOf) return this.twinOf.box();
    const [l, b, w, h] = this.position;
    if (this.aspect === 'auto' || this.xaxis.scale === 'log' || this.yaxis.scale === 'log') return [l, b, w, h];
    const ratio = this.aspect === 'equal' ? 1 : this.aspect;
    const [x0, x1] = this.viewLim('x');
    const [y0, y1] = this.viewLim('y');
    const dataRatio = (Math.abs(y1 - y0) / Math.abs(x1 - x0)) * ratio;
    const fw = this.figure.width * w;
    const fh = this.figure.height * h;
    if (!(dataRatio > 0) || !Number.isFinite(dataRatio)) return [l, b, w, h];
    if (fh / fw > dataRatio) {
      const nh = (fw * dataRatio) / this.figure.height;
      return [l, b + (h - nh) / 2, w, nh];
    }
    const nw = fh / dataRatio / this.figure.width;
    return [l + (w - nw) * this.anchorX, b, nw, h];
  }

  /** The ticks shown on one axis (value, label), all the locator's locations, and the offset text. */
  computeTicks(which: 'x' | 'y'): { ticks: Tick[]; all: number[]; minor: number[]; offset: string } {
    const axis = which === 'x' ? this.xaxis : this.yaxis;
    const [v0, v1] = this.viewLim(which);
    const lo = Math.min(v0, v1);
    const hi = Math.max(v0, v1);
    const box = this.box();
    const lengthPt = (which === 'x' ? box[2] * this.figure.width : box[3] * this.figure.height) * 72;
    const space = tickSpace(lengthPt, which);
    const inView = (t: number) => {
      const tol = 1e-10 * (hi - lo);
      return t >= lo - tol && t <= hi + tol;
    };
    if (axis.ticks) {
      const all = [...axis.ticks];
      let labels: string[];
      if (axis.ticklabels) labels = all.map((_, i) => axis.ticklabels![i] ?? '');
      else if (axis.scale === 'log') labels = all.map((t) => logFormatter(t));
      else labels = scalarFormatter(all, lo, hi).labels;
      const ticks = all.map((value, i) => ({ value, label: labels[i] })).filter((t) => inView(t.value));
      const offset = axis.ticklabels || axis.scale === 'log' ? '' : scalarFormatter(all, lo, hi).offset;
      return { ticks, all, minor: [], offset };
    }
    if (axis.scale === 'log') {
      const numticks = Math.min(9, Math.max(2, space));
      const all = logLocator(lo, hi, { numticks });
      const ticks = all.filter(inView).map((value) => ({ value, label: logFormatter(value) }));
      const numdec = Math.abs(Math.log10(hi) - Math.log10(lo));
      const minorAll = logLocator(lo, hi, { numticks, subs: 'auto' });
      const minor: number[] = [];
      for (const m of minorAll) {
        if (!inView(m) || ticks.some((t) => Math.abs(t.value - m) <= 1e-12 * m)) continue;
        const label = logFormatter(m, { minor: true, numdec });
        if (label) ticks.push({ value: m, label });
        else minor.push(m);
      }
      ticks.sort((a, b) => a.value - b.value);
      return { ticks, all, minor, offset: '' };
    }
    const all = autoLocator(lo, hi, autoBins(space));
    const f = scalarFormatter(all, lo, hi);
    const ticks = all.map((value, i) => ({ value, label: f.labels[i] })).filter((t) => inView(t.value));
    return { ticks, all, minor: [], offset: f.offset };
  }

  private axisSpec(which: 'x' | 'y'): AxisSpec {
    const axis = which === 'x' ? this.xaxis : this.yaxis;
    const t = axis.visible ? this.computeTicks(which) : { ticks: [], minor: [], offset: '' };
    return {
      lim: this.viewLim(which), scale: axis.scale, ticks: t.ticks, minor: t.minor, offset: t.offset, label: axis.visible ? axis.label : null,
      ticklabels: axis.ticklabelsVisible, rotation: axis.rotation, ...(axis.side ? { side: axis.side } : {}),
    };
  }

  /** The legend as drawn: entries of labelled artists and its resolved corner (null when none). */
  private legendSpec(): LegendSpec | null {
    const o = this.legendOpts;
    if (!o) return null;
    const handles = o.handles ?? this.artists;
    const entries = handles
      .filter((a) => a.label !== null && a.label !== '' && !a.label.startsWith('_'))
      .map((a) => a.legendEntry())
      .filter((e): e is NonNullable<typeof e> => e !== null);
    if (!entries.length) return null;
    const fontsize = fontSize(o.fontsize, 10);
    let loc: LegendSpec['loc'];
    if (typeof o.loc === 'number') loc = o.loc === 0 ? this.bestLoc(entries.map((e) => e.label), fontsize) : LOCS[o.loc - 1] ?? 'upper right';
    else if (o.loc === undefined || o.loc === 'best') loc = this.bestLoc(entries.map((e) => e.label), fontsize);
    else loc = o.loc;
    return { loc, entries, fontsize, title: o.title ?? null, frameon: o.frameon ?? true, ncols: o.ncols ?? o.ncol ?? 1 };
  }

  /**
   * matplotlib's legend loc='best': of the nine positions (upper right first), the first
   * that covers the fewest data points. The box size is estimated from the labels
   * (0.6 em per character).
   */
  private bestLoc(labels: string[], fs: number): LegendSpec['loc'] {
    const [, , bw, bh] = this.box();
    const wPt = bw * this.figure.width * 72;
    const hPt = bh * this.figure.height * 72;
    const textW = Math.max(...labels.map((l) => l.length * 0.6 * fs));
    const lw = (0.4 * 2 + 2.0 + 0.8) * fs + textW;
    const lh = 0.4 * 2 * fs + labels.length * fs * 1.2 + (labels.length - 1) * 0.5 * fs;
    const pad = 0.5 * fs;
    const fw = lw / wPt;
    const fh = lh / hPt;
    const px = pad / wPt;
    const py = pad / hPt;
    const [x0, x1] = this.viewLim('x');
    const [y0, y1] = this.viewLim('y');
    const tx = this.xaxis.scale === 'log' ? (v: number) => (Math.log10(v) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0)) : (v: number) => (v - x0) / (x1 - x0);
    const ty = this.yaxis.scale === 'log' ? (v: number) => (Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : (v: number) => (v - y0) / (y1 - y0);
    const boxes: Record<string, [number, number]> = {
      'upper right': [1 - px - fw, 1 - py - fh], 'upper left': [px, 1 - py - fh], 'lower left': [px, py], 'lower right': [1 - px - fw, py],
      right: [1 - px - fw, 0.5 - fh / 2], 'center left': [px, 0.5 - fh / 2], 'center right': [1 - px - fw, 0.5 - fh / 2],
      'lower center': [0.5 - fw / 2, py], 'upper center': [0.5 - fw / 2, 1 - py - fh], center: [0.5 - fw / 2, 0.5 - fh / 2],
    };
    const order: LegendSpec['loc'][] = ['upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'];
    const pts: [number, number][] = [];
    for (const a of this.artists) {
      const v = a.vertices();
      if (!v) continue;
      const n = v.x.length;
      const stride = Math.max(1, Math.floor(n / 5000));
      for (let i = 0; i < n; i += stride) pts.push([tx(v.x[i]), ty(v.y[i])]);
    }
    let best = order[0];
    let bestBad = Infinity;
    for (const loc of order) {
      const [bx, by] = boxes[loc];
      let bad = 0;
      for (const [x, y] of pts) if (x >= bx && x <= bx + fw && y >= by && y <= by + fh) bad++;
      if (bad < bestBad) {
        bestBad = bad;
        best = loc;
        if (bad === 0) break;
      }
    }
    return best;
  }

  /** The axes as the renderer draws it (spec.ts). */
  spec(): AxesSpec {
    const sorted = this.artists.filter((a) => a.visible).map((a, i) => ({ a, i })).sort((p, q) => p.a.zorder - q.a.zorder || p.i - q.i);
    return {
      position: this.box(),
      x: this.axisSpec('x'),
      y: this.axisSpec('y'),
      title: { ...this.title },
      facecolor: this.facecolor,
      grid: { ...this.gridOn, ...this.gridStyle },
      artists: sorted.map(({ a }) => a.spec()),
      legend: this.legendSpec(),
      colorbar: this.colorbarOf ? { ...this.colorbarOf } : null,
      frameon: true,
      axison: this.axison,
      ...(this.twinOf ? { transparent: true } : {}),
    };
  }
}

/** Whether `v` is array data (for argument parsing in pyplot). */
export { isData };
