/**
 * matplotlib's Axes: the artists drawn in one box of a figure. Its plotting methods are
 * here (plot, scatter, bar, hist, imshow, ...); its scales, limits, ticks, labels, title,
 * grid, legend and layout are AxesBase's (axes-base.ts), as matplotlib's Axes extends its
 * _AxesBase. Methods have pyplot's names and arguments (keyword arguments as a trailing
 * options object); pyplot's functions call them on the current Axes.
 */
import { ValueError, NumpyTypeError } from '../errors';
import { NDArray } from '../ndarray';
import { histogram } from '../sorting';
import { toCss, type ColorLike } from './colors';
import { parseFormat, normLinestyle, normMarker, type LineStyle } from './fmt';
import { values, shapeRepr, isData, isOptions, finiteRange, type ArrayLikeIn } from './data';
import { AxesImage, BarContainer, ErrorBars, ErrorbarContainer, Line2D, PathCollection, PolyCollection, RefLine, Text } from './artists';
import { makeContour, type ContourOptions, type ContourSet } from './contour';
import { makePie, type PieOptions, type Wedge } from './pie';
import { makeClabel, type ClabelOptions } from './clabel';
import { Polygon } from './patches';
import { makeBoxplot, type BoxplotLines, type BoxplotOptions } from './boxplot';
import { makeStem, type StemContainer, type StemOptions } from './stem';
import { AxesBase } from './axes-base';
import {
  checkCmap, textSpec, type AnnotateOptions, type BarOptions, type ErrorbarOptions, type FillOptions, type HistOptions,
  type ImshowOptions, type Line2DOptions, type RefLineOptions, type ScatterOptions, type TextArtistOptions,
} from './axes-options';

/**
 * One plotting area. Made by `plt.subplots`, `plt.subplot`, `plt.axes` or `fig.add_subplot`.
 *
 * @example
 * const [fig, ax] = plt.subplots();
 * ax.plot(x, np.sin(x), {label: 'sin'});
 * ax.set_title('A sine'); ax.legend();
 */
export class Axes extends AxesBase {
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
}

/** Whether `v` is array data (for argument parsing in pyplot). */
export { isData };
