/**
 * matplotlib's _AxesBase: what an Axes is besides its plotting methods (axes.ts): its
 * artists and colour cycles, its axes' scales, limits, ticks and labels, title, grid and
 * legend, and its layout into the spec the renderer draws.
 *
 * Limits follow matplotlib's autoscaling: the data's range, 5% margins on each side
 * (in the scale's space: decades on a log axis), margins stopped at sticky edges (bars at
 * 0, images at their extent). Ticks follow its locators (ticker.ts) with as many bins as
 * the axis has room for.
 */
import { ValueError, NumpyTypeError } from '../errors';
import type { AxesSpec, AxisSpec, LegendSpec, TextSpec, Tick } from './spec';
import { toCss, cycleColor, type ColorLike } from './colors';
import { normLinestyle, type LineStyle } from './fmt';
import { NDArray } from '../ndarray';
import { values, isOptions, type ArrayLikeIn } from './data';
import { autoBins, autoLocator, logFormatter, logLocator, nonsingular, scalarFormatter, tickSpace } from './ticker';
import { Artist, AxesImage, Line2D, Text, type DataLim } from './artists';
import type { Figure } from './figure';
import { LOCS, fontSize, textSpec, type GridOptions, type LegendOptions, type TextOptions, type TicksOptions } from './axes-options';
import type { Axes } from './axes';

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
  shared: AxesBase[] = [];
}

/** The state and layout every Axes has; Axes (axes.ts) adds the plotting methods. */
export class AxesBase {
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

  protected add<T extends Artist>(a: T): T {
    this.artists.push(a);
    a.onRemove = () => {
      const i = this.artists.indexOf(a);
      if (i >= 0) this.artists.splice(i, 1);
    };
    return a;
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
