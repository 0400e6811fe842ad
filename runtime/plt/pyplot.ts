/**
 * `plt`: matplotlib's pyplot, the state-machine interface, in TypeScript. Each function
 * draws into the current Axes of the current figure (made on first use), as pyplot's do;
 * `plt.subplots()` gives the figure and Axes objects for the object-oriented style.
 *
 * Translation rules as for `np` (shared/API.md): keyword arguments are a trailing options
 * object, tuples are arrays: `plt.plot(x, y, 'r--', {label: 'sin', linewidth: 2})`,
 * `plt.subplots(2, 2, {figsize: [8, 6], sharex: true})`.
 *
 * In a notebook, figures drawn in a cell are shown when the cell ends (or at
 * `plt.show()`), one output per figure, then closed: Jupyter's inline backend.
 */
import type { NDArray } from '../ndarray';
import { ValueError } from '../errors';
import { Axes } from './axes';
import {
  type AnnotateOptions, type BarOptions, type ErrorbarOptions, type FillOptions, type GridOptions, type HistOptions, type ImshowOptions,
  type Line2DOptions, type LegendOptions, type RefLineOptions, type ScatterOptions, type TextArtistOptions, type TextOptions, type TicksOptions,
} from './axes-options';
import { Figure, type AxesArray, type AxesGrid, type ColorbarOptions, type Colorbar, type FigureOptions, type SavefigOptions, type SubplotsOptions } from './figure';
import type { AxesImage, BarContainer, ErrorbarContainer, Line2D, PathCollection, PolyCollection, RefLine, Text } from './artists';
import type { ArrayLikeIn } from './data';
import { figures, state, flushFigures } from './state';
import { TAB10 } from './colors';
import type { ContourOptions, ContourSet } from './contour';
import type { PieOptions, Wedge } from './pie';
import type { ClabelOptions } from './clabel';
import type { Polygon } from './patches';
import type { BoxplotLines, BoxplotOptions } from './boxplot';
import type { StemContainer, StemOptions } from './stem';

export { Figure, Axes };
export type { AxesArray, AxesGrid, Colorbar };

/**
 * A new figure, or the open figure numbered `num` (matplotlib's `pyplot.figure`), made
 * current. `figsize` is [width, height] in inches (6.4 x 4.8), `dpi` pixels per inch (100).
 *
 * @example
 * plt.figure({figsize: [8, 3]})
 */
export function figure(opts: FigureOptions | number = {}): Figure {
  if (typeof opts === 'number') opts = { num: opts };
  if (opts.num !== undefined && figures.has(opts.num)) return (state.current = figures.get(opts.num)!);
  const num = opts.num ?? Math.max(0, ...figures.keys()) + 1;
  const fig = new Figure(num, opts);
  figures.set(num, fig);
  state.current = fig;
  return fig;
}

/**
 * The current figure, made if there is none (matplotlib's `pyplot.gcf`).
 *
 * @example
 * plt.gcf().set_size_inches(8, 4)
 */
export function gcf(): Figure {
  return state.current ?? figure();
}

/**
 * The current Axes, made if there is none (matplotlib's `pyplot.gca`).
 *
 * @example
 * plt.gca().set_aspect('equal')
 */
export function gca(): Axes {
  return gcf().gca();
}

/**
 * Makes `ax` (and its figure) current (matplotlib's `pyplot.sca`): pyplot's functions draw there.
 *
 * @example
 * const [fig, axes] = plt.subplots(1, 2); plt.sca(axes[1]); plt.plot([1, 2]);
 */
export function sca(ax: Axes): Axes {
  state.current = ax.figure;
  if (!figures.has(ax.figure.number)) figures.set(ax.figure.number, ax.figure);
  return ax.figure.sca(ax);
}

/**
 * A figure and a grid of Axes (matplotlib's `pyplot.subplots`): `[fig, ax]` for one,
 * `[fig, axes]` with `axes[i]` for one row or column, `axes[i][j]` for a grid
 * (`axes.flat` lists every Axes).
 *
 * Options: figsize, dpi, sharex / sharey (true, 'col', 'row': shared limits, inner tick
 * labels hidden), squeeze (false: always a grid), gridspec_kw.
 *
 * @example
 * const [fig, ax] = plt.subplots();
 * const [fig2, axes] = plt.subplots(2, 2, {figsize: [8, 6], sharex: true});
 * axes[0][1].plot(x, y);
 */
export function subplots(nrows?: 1, ncols?: 1, opts?: SubplotsOptions): [Figure, Axes];
export function subplots(opts: SubplotsOptions): [Figure, Axes];
export function subplots(nrows: 1, ncols: number, opts?: SubplotsOptions): [Figure, AxesArray];
export function subplots(nrows: number, ncols?: 1, opts?: SubplotsOptions): [Figure, AxesArray];
export function subplots(nrows: number, ncols: number, opts?: SubplotsOptions): [Figure, AxesGrid];
export function subplots(nrows: number | SubplotsOptions = 1, ncols: number | SubplotsOptions = 1, opts: SubplotsOptions = {}): [Figure, Axes | AxesArray | AxesGrid] {
  if (typeof nrows === 'object') [opts, nrows, ncols] = [nrows, 1, 1];
  else if (typeof ncols === 'object') [opts, ncols] = [ncols, 1];
  for (const [name, v] of [['nrows', nrows], ['ncols', ncols]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new ValueError(`Number of ${name === 'nrows' ? 'rows' : 'columns'} must be a positive integer, not ${v}`);
  }
  const { sharex, sharey, squeeze, gridspec_kw, ...figOpts } = opts;
  const fig = figure(figOpts);
  const axes = fig.subplots(nrows, ncols, { sharex, sharey, squeeze, gridspec_kw });
  return [fig, axes];
}

/**
 * An Axes in cell `index` (1-based) of an nrows x ncols grid of the current figure,
 * made current (matplotlib's `pyplot.subplot`); `plt.subplot(211)` is the same as
 * `plt.subplot(2, 1, 1)`.
 *
 * @example
 * plt.subplot(2, 1, 1); plt.plot(x, y1);
 * plt.subplot(2, 1, 2); plt.plot(x, y2);
 */
export function subplot(nrows: number = 1, ncols?: number, index?: number): Axes {
  return gcf().add_subplot(nrows, ncols, index);
}

/**
 * A new Axes at [left, bottom, width, height] in figure fractions (matplotlib's
 * `pyplot.axes`), or the default position.
 *
 * @example
 * const inset = plt.axes([0.6, 0.6, 0.25, 0.25]); inset.plot([1, 3, 2]);
 */
export function axes(rect?: [number, number, number, number]): Axes {
  return gcf().add_axes(rect);
}

/**
 * Plots y against x as lines and/or markers in the current Axes (matplotlib's
 * `pyplot.plot`). Groups `[x], y, [fmt]` may repeat; a trailing options object sets
 * label, color, linewidth, linestyle, marker, markersize, alpha for every line.
 *
 * The format string is a colour ('b', 'r', 'k', 'C1'), a marker ('o', '.', 's', '^',
 * 'x', '+', '*', 'D') and a line style ('-', '--', ':', '-.'), any order.
 *
 * Returns the lines (Line2D).
 *
 * @example
 * const x = np.linspace(0, 2 * np.pi, 200);
 * plt.plot(x, np.sin(x), {label: 'sin'});
 * plt.plot(x, np.cos(x), 'r--', {label: 'cos'});
 * plt.legend();
 */
export function plot(...args: (ArrayLikeIn | string | Line2DOptions)[]): Line2D[] {
  return gca().plot(...args);
}

/**
 * A scatter plot (matplotlib's `pyplot.scatter`): `s` marker areas (points^2, 36),
 * `c` a colour or values mapped through `cmap` (viridis), `marker` ('o').
 *
 * @example
 * const rng = np.random.default_rng(0);
 * plt.scatter(rng.normal(0, 1, 500), rng.normal(0, 1, 500), {s: 10, alpha: 0.5});
 */
export function scatter(x: ArrayLikeIn, y: ArrayLikeIn, opts: ScatterOptions = {}): PathCollection {
  return gca().scatter(x, y, opts);
}

/**
 * A bar chart (matplotlib's `pyplot.bar`): bars at x, `height` tall, 0.8 wide.
 *
 * @example
 * plt.bar(['a', 'b', 'c'], [5, 3, 4])
 */
export function bar(x: ArrayLikeIn | string[], height: number | ArrayLikeIn, opts: BarOptions = {}): BarContainer {
  return gca().bar(x, height, opts);
}

/**
 * Horizontal bars (matplotlib's `pyplot.barh`): at y, `width` long.
 *
 * @example
 * plt.barh(['a', 'b', 'c'], [5, 3, 4])
 */
export function barh(y: ArrayLikeIn | string[], width: number | ArrayLikeIn, opts: BarOptions = {}): BarContainer {
  return gca().barh(y, width, opts);
}

/**
 * A histogram (matplotlib's `pyplot.hist`), computed by `np.histogram`. Returns
 * `[n, bins, patches]`: counts (float64), bin edges, and the bars.
 *
 * @example
 * const [n, bins, patches] = plt.hist(np.random.default_rng(0).normal(0, 1, 1000), {bins: 30, density: true});
 */
export function hist(x: ArrayLikeIn, opts: HistOptions = {}): [NDArray, NDArray, BarContainer] {
  return gca().hist(x, opts);
}

/**
 * Shows a 2-d array through a colormap, or an RGB(A) image (matplotlib's
 * `pyplot.imshow`): `cmap` (viridis), `vmin`/`vmax`, `extent` [left, right, bottom, top],
 * `origin` ('upper': row 0 at the top), `interpolation` ('nearest').
 *
 * @example
 * plt.imshow(np.arange(100).reshape(10, 10), {cmap: 'magma'}); plt.colorbar();
 */
export function imshow(X: ArrayLikeIn, opts: ImshowOptions = {}): AxesImage {
  return gca().imshow(X, opts);
}

/**
 * A colorbar for the last image or colour-mapped scatter of the current Axes, or for
 * `mappable` (matplotlib's `pyplot.colorbar`).
 *
 * @example
 * plt.imshow(z); plt.colorbar({label: 'height'});
 */
export function colorbar(mappable?: AxesImage | PathCollection | ContourSet | ColorbarOptions, opts: ColorbarOptions = {}): Colorbar {
  if (mappable && !('cmap' in mappable)) {
    opts = mappable as ColorbarOptions;
    mappable = undefined;
  }
  const fig = gcf();
  let m = mappable as AxesImage | PathCollection | ContourSet | undefined;
  if (!m) {
    const ax = opts.ax ?? fig.gca();
    const candidates = ax.artists.filter((a) => 'cmap' in a && (!('values' in a) || (a as PathCollection).values !== null));
    m = candidates[candidates.length - 1] as AxesImage | PathCollection | ContourSet | undefined;
    if (!m) throw new Error('No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).');
  }
  return fig.colorbar(m, opts);
}

/**
 * Fills between two curves (matplotlib's `pyplot.fill_between`): y1 to y2 (0) over x.
 *
 * @example
 * plt.fill_between(x, np.sin(x), {alpha: 0.3})
 */
export function fill_between(x: ArrayLikeIn, y1: number | ArrayLikeIn, y2: number | ArrayLikeIn | FillOptions = 0, opts: FillOptions = {}): PolyCollection {
  return gca().fill_between(x, y1, y2 as number | ArrayLikeIn, opts);
}

/**
 * A horizontal line across the Axes at y (matplotlib's `pyplot.axhline`).
 *
 * @example
 * plt.axhline(0, {color: 'k', linewidth: 0.5})
 */
export function axhline(y: number | RefLineOptions = 0, xmin: number | RefLineOptions = 0, xmax: number | RefLineOptions = 1, opts: RefLineOptions = {}): RefLine {
  return gca().axhline(y, xmin, xmax, opts);
}

/**
 * A vertical line across the Axes at x (matplotlib's `pyplot.axvline`).
 *
 * @example
 * plt.axvline(np.pi, {color: 'r', linestyle: '--'})
 */
export function axvline(x: number | RefLineOptions = 0, ymin: number | RefLineOptions = 0, ymax: number | RefLineOptions = 1, opts: RefLineOptions = {}): RefLine {
  return gca().axvline(x, ymin, ymax, opts);
}

/**
 * y against x with error bars (matplotlib's `pyplot.errorbar`).
 *
 * @example
 * plt.errorbar([1, 2, 3], [2, 4, 3], {yerr: 0.5, fmt: 'o', capsize: 4})
 */
export function errorbar(x: ArrayLikeIn, y: ArrayLikeIn, opts: ErrorbarOptions = {}): ErrorbarContainer {
  return gca().errorbar(x, y, opts);
}

/**
 * The current Axes' title (matplotlib's `pyplot.title`).
 *
 * @example
 * plt.title('Sine wave')
 */
export function title(label: string, opts: TextOptions = {}) {
  return gca().set_title(label, opts);
}

/**
 * The x axis' label (matplotlib's `pyplot.xlabel`).
 *
 * @example
 * plt.xlabel('x [rad]')
 */
export function xlabel(label: string, opts: TextOptions = {}) {
  return gca().set_xlabel(label, opts);
}

/**
 * The y axis' label (matplotlib's `pyplot.ylabel`).
 *
 * @example
 * plt.ylabel('sin(x)')
 */
export function ylabel(label: string, opts: TextOptions = {}) {
  return gca().set_ylabel(label, opts);
}

/**
 * A legend of the labelled lines, bars and markers (matplotlib's `pyplot.legend`), in the
 * corner with the least data (`loc: 'best'`) or at `loc`; `plt.legend(['a', 'b'])` labels
 * the artists in order.
 *
 * @example
 * plt.plot(x, y, {label: 'data'}); plt.legend({loc: 'upper left'});
 */
export function legend(labels?: string[] | LegendOptions, opts: LegendOptions = {}) {
  return gca().legend(labels, opts);
}

/**
 * Grid lines at the ticks (matplotlib's `pyplot.grid`): `plt.grid()` on, `plt.grid(false)` off.
 *
 * @example
 * plt.grid(true, {alpha: 0.3})
 */
export function grid(visible?: boolean | null | GridOptions, opts: GridOptions = {}): void {
  gca().grid(visible, opts);
}

/**
 * Gets or sets the x limits (matplotlib's `pyplot.xlim`): `plt.xlim()` returns them,
 * `plt.xlim(0, 10)` or `plt.xlim([0, 10])` sets them.
 *
 * @example
 * plt.xlim(0, 2 * np.pi)
 */
export function xlim(left?: number | null | [number, number], right?: number | null): [number, number] {
  if (left === undefined && right === undefined) return gca().get_xlim();
  return gca().set_xlim(left, right);
}

/**
 * Gets or sets the y limits (matplotlib's `pyplot.ylim`).
 *
 * @example
 * plt.ylim(-1.1, 1.1)
 */
export function ylim(bottom?: number | null | [number, number], top?: number | null): [number, number] {
  if (bottom === undefined && top === undefined) return gca().get_ylim();
  return gca().set_ylim(bottom, top);
}

/**
 * The x axis' scale (matplotlib's `pyplot.xscale`): 'linear' or 'log'.
 *
 * @example
 * plt.xscale('log')
 */
export function xscale(scale: 'linear' | 'log'): void {
  gca().set_xscale(scale);
}

/**
 * The y axis' scale (matplotlib's `pyplot.yscale`): 'linear' or 'log'.
 *
 * @example
 * plt.yscale('log')
 */
export function yscale(scale: 'linear' | 'log'): void {
  gca().set_yscale(scale);
}

/**
 * Gets or sets the x ticks (matplotlib's `pyplot.xticks`): with no arguments returns
 * `[locations, labels]`; `plt.xticks(ticks, labels, {rotation})` sets them.
 *
 * @example
 * plt.xticks([0, np.pi, 2 * np.pi], ['0', 'π', '2π'])
 */
export function xticks(ticks?: ArrayLikeIn, labels?: string[] | TicksOptions, opts: TicksOptions = {}): [number[], string[]] {
  return ticksOf(gca(), 'x', ticks, labels, opts);
}

/**
 * Gets or sets the y ticks (matplotlib's `pyplot.yticks`).
 *
 * @example
 * plt.yticks([-1, 0, 1])
 */
export function yticks(ticks?: ArrayLikeIn, labels?: string[] | TicksOptions, opts: TicksOptions = {}): [number[], string[]] {
  return ticksOf(gca(), 'y', ticks, labels, opts);
}

function ticksOf(ax: Axes, which: 'x' | 'y', ticks: ArrayLikeIn | undefined, labels: string[] | TicksOptions | undefined, opts: TicksOptions): [number[], string[]] {
  if (ticks !== undefined) {
    if (which === 'x') ax.set_xticks(ticks, labels, opts);
    else ax.set_yticks(ticks, labels, opts);
  } else if (labels && !Array.isArray(labels) && (labels as TicksOptions).rotation !== undefined) {
    (which === 'x' ? ax.xaxis : ax.yaxis).rotation = (labels as TicksOptions).rotation!;
  } else if (opts.rotation !== undefined) (which === 'x' ? ax.xaxis : ax.yaxis).rotation = opts.rotation;
  const t = ax.computeTicks(which);
  return [t.ticks.map((k) => k.value), t.ticks.map((k) => k.label)];
}

/**
 * Text at (x, y) in data coordinates (matplotlib's `pyplot.text`); `{transform:
 * plt.gca().transAxes}` for axes fractions.
 *
 * @example
 * plt.text(1, 0.5, 'a point', {fontsize: 12, color: 'C3'})
 */
export function text(x: number, y: number, s: string, opts: TextArtistOptions = {}): Text {
  return gca().text(x, y, s, opts);
}

/**
 * Text with an optional arrow to a point (matplotlib's `pyplot.annotate`).
 *
 * @example
 * plt.annotate('peak', [1.57, 1], {xytext: [3, 1.2], arrowprops: {color: 'k'}})
 */
export function annotate(s: string, xy: [number, number], opts: AnnotateOptions = {}): Text {
  return gca().annotate(s, xy, opts);
}

/**
 * A title above all the subplots of the current figure (matplotlib's `pyplot.suptitle`).
 *
 * @example
 * plt.suptitle('Comparison')
 */
export function suptitle(t: string, opts: TextOptions = {}) {
  return gcf().suptitle(t, opts);
}

/**
 * Fits subplot spacing to the labels and titles (matplotlib's `pyplot.tight_layout`).
 *
 * @example
 * plt.tight_layout()
 */
export function tight_layout(opts: { pad?: number; w_pad?: number; h_pad?: number } = {}): void {
  gcf().tight_layout(opts);
}

/**
 * Axis settings on the current Axes (matplotlib's `pyplot.axis`): 'off', 'equal',
 * 'tight', or [xmin, xmax, ymin, ymax].
 *
 * @example
 * plt.axis('off')
 */
export function axis(arg?: Parameters<Axes['axis']>[0]): [number, number, number, number] {
  return gca().axis(arg);
}

/**
 * Shows every open figure now and closes them (matplotlib's `pyplot.show` with the
 * inline backend). Figures left open are shown when the cell ends anyway.
 *
 * @example
 * plt.plot([1, 2, 3]); plt.show();
 */
export function show(): void {
  flushFigures();
}

/**
 * Closes a figure so it is not shown (matplotlib's `pyplot.close`): the current one,
 * `fig`, a figure number, or 'all'.
 *
 * @example
 * plt.close('all')
 */
export function close(fig?: Figure | number | 'all'): void {
  if (fig === 'all') {
    figures.clear();
    state.current = null;
    return;
  }
  const f = fig === undefined ? state.current : typeof fig === 'number' ? figures.get(fig) : fig;
  if (!f) return;
  figures.delete(f.number);
  if (state.current === f) state.current = [...figures.values()].pop() ?? null;
}

/**
 * Clears the current figure (matplotlib's `pyplot.clf`): its Axes are removed.
 *
 * @example
 * plt.clf()
 */
export function clf(): void {
  gcf().clf();
}

/**
 * Clears the current Axes (matplotlib's `pyplot.cla`): artists, labels, limits.
 *
 * @example
 * plt.cla()
 */
export function cla(): void {
  gca().cla();
}

/**
 * The numbers of the open figures (matplotlib's `pyplot.get_fignums`).
 *
 * @example
 * plt.figure(); plt.figure(); plt.get_fignums()   // [1, 2]
 */
export function get_fignums(): number[] {
  return [...figures.keys()].sort((a, b) => a - b);
}

/**
 * The current figure as PNG bytes (matplotlib's `pyplot.savefig`), drawn by the same
 * renderer as the notebook's figures; `await` it. `dpi` scales the picture (100).
 *
 * @example
 * const png = await plt.savefig({dpi: 150});   // Uint8Array, a PNG file's bytes
 */
export function savefig(opts: SavefigOptions | string = {}, more: SavefigOptions = {}): Promise<Uint8Array> {
  // savefig('name.png', {dpi}) as in matplotlib: the name only chooses the format here.
  if (typeof opts === 'string') {
    const ext = opts.includes('.') ? opts.slice(opts.lastIndexOf('.') + 1).toLowerCase() : 'png';
    if (ext !== 'png') return Promise.reject(new ValueError(`Format '${ext}' is not supported (supported formats: png)`));
    opts = more;
  }
  return gcf().savefig(opts);
}

/** matplotlib's default colour cycle (tab10), as `plt.rcParams['axes.prop_cycle']` lists it. */
export const color_cycle: readonly string[] = TAB10;

/**
 * Contour lines of Z (matplotlib's `pyplot.contour`): `contour([X, Y,] Z, [levels])`.
 *
 * @example
 * const [X, Y] = np.meshgrid(np.linspace(-3, 3, 60), np.linspace(-2, 2, 40));
 * plt.contour(X, Y, np.sin(X) * np.cos(Y), 8, {colors: 'k'});
 */
export function contour(...args: (ArrayLikeIn | number | ContourOptions)[]): ContourSet {
  return gca().contour(...args);
}

/**
 * Filled contours of Z (matplotlib's `pyplot.contourf`); `plt.colorbar()` shows the levels.
 *
 * @example
 * plt.contourf(X, Y, np.sin(X) * np.cos(Y), 12, {cmap: 'RdBu_r'}); plt.colorbar();
 */
export function contourf(...args: (ArrayLikeIn | number | ContourOptions)[]): ContourSet {
  return gca().contourf(...args);
}

/**
 * Labels the lines of a contour set with their levels (matplotlib's `pyplot.clabel`).
 *
 * @example
 * const cs = plt.contour(X, Y, Z, 6, {colors: 'k'}); plt.clabel(cs, {fmt: '%1.1f'});
 */
export function clabel(cs: ContourSet, levels?: ArrayLikeIn | ClabelOptions, opts: ClabelOptions = {}): Text[] {
  return gca().clabel(cs, levels, opts);
}

/**
 * Filled polygons (matplotlib's `pyplot.fill`): `plt.fill(x, y, [color])`.
 *
 * @example
 * plt.fill([0, 1, 0.5], [0, 0, 1], 'C2', {alpha: 0.5})
 */
export function fill(...args: (ArrayLikeIn | string | FillOptions)[]): Polygon[] {
  return gca().fill(...args);
}

/**
 * A pie chart (matplotlib's `pyplot.pie`): wedges in proportion to x.
 *
 * @example
 * plt.pie([35, 25, 40], {labels: ['a', 'b', 'c'], autopct: '%1.1f%%'})
 */
export function pie(x: ArrayLikeIn, opts: PieOptions = {}): [Wedge[], Text[]] | [Wedge[], Text[], Text[]] {
  return gca().pie(x, opts);
}

/**
 * Box-and-whisker plots (matplotlib's `pyplot.boxplot`): quartiles, median, whiskers to
 * 1.5 IQR, fliers beyond; one box per data set.
 *
 * @example
 * const rng = np.random.default_rng(0);
 * plt.boxplot([rng.normal(0, 1, 100), rng.normal(1, 2, 100)], {labels: ['a', 'b']});
 */
export function boxplot(x: ArrayLikeIn | ArrayLikeIn[], opts: BoxplotOptions = {}): BoxplotLines {
  return gca().boxplot(x, opts);
}

/**
 * A step plot (matplotlib's `pyplot.step`): `where` 'pre' (default), 'post' or 'mid'.
 *
 * @example
 * plt.step(np.arange(8), [1, 3, 2, 5, 4, 6, 5, 7], {where: 'post'})
 */
export function step(x: ArrayLikeIn, y: ArrayLikeIn, fmt?: string | (Line2DOptions & { where?: 'pre' | 'post' | 'mid' }), opts: Line2DOptions & { where?: 'pre' | 'post' | 'mid' } = {}): Line2D[] {
  return gca().step(x, y, fmt, opts);
}

/**
 * A stem plot (matplotlib's `pyplot.stem`): a line from 0 to each value, a marker on top.
 *
 * @example
 * plt.stem(np.arange(10), np.exp(-np.arange(10) / 4))
 */
export function stem(...args: (ArrayLikeIn | string | StemOptions)[]): StemContainer {
  return gca().stem(...args);
}

/**
 * A second y axis on the right of the current Axes, sharing its x (matplotlib's `pyplot.twinx`).
 *
 * @example
 * plt.plot(t, temp, 'C0'); const ax2 = plt.twinx(); ax2.plot(t, rain, 'C1');
 */
export function twinx(ax?: Axes): Axes {
  return (ax ?? gca()).twinx();
}

/**
 * A second x axis on top of the current Axes, sharing its y (matplotlib's `pyplot.twiny`).
 *
 * @example
 * const top = plt.twiny();
 */
export function twiny(ax?: Axes): Axes {
  return (ax ?? gca()).twiny();
}
