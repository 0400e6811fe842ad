/**
 * What an Axes holds: matplotlib's artists, each with its data (float64 copies, so later
 * changes to the user's arrays do not change a drawn figure), its style, the data limits
 * it adds to autoscaling (and sticky edges: bars stand on 0, images fill their extent) and
 * its legend handle. `spec()` is what the renderer gets (spec.ts).
 */
import type { ArtistSpec, BarsSpec, Color, ErrorBarSpec, FillSpec, ImageSpec, LegendEntry, LineSpec, RefLineSpec, ScatterSpec, TextArtistSpec, TextSpec } from './spec';
import type { LineStyle } from './fmt';
import { finiteRange } from './data';
import { toCss, type ColorLike } from './colors';

/** Data limits an artist adds: per axis [min, max] of finite values (and of positive ones, for log axes). */
export interface DataLim {
  x: [number, number] | null;
  y: [number, number] | null;
  xpos: [number, number] | null;
  ypos: [number, number] | null;
  /** Values autoscaling margins may not cross (matplotlib's sticky_edges). */
  stickyX: number[];
  stickyY: number[];
}

const lim = (d: ArrayLike<number>, pos = false): [number, number] | null => {
  const r = finiteRange(d, pos);
  return Number.isNaN(r[0]) ? null : r;
};

/** The data limits of points (x[i], y[i]), with the positive-only ranges log scales use. */
const pointsLim = (x: ArrayLike<number>, y: ArrayLike<number>): DataLim => ({ ...emptyLim(), x: lim(x), y: lim(y), xpos: lim(x, true), ypos: lim(y, true) });

/** Base of every artist: label, zorder, alpha, visibility. */
export abstract class Artist {
  label: string | null = null;
  zorder = 2;
  alpha: number | null = null;
  visible = true;
  /** The Axes it was removed from calls this (artist.remove()). */
  onRemove: (() => void) | null = null;

  /** matplotlib's get_label: the label, or '' (matplotlib gives '_childN' to unlabelled artists). */
  get_label(): string {
    return this.label ?? '';
  }
  /** Sets the label the legend shows (one starting with '_' is left out). */
  set_label(s: string | null): this {
    this.label = s == null ? null : String(s);
    return this;
  }
  set_alpha(a: number | null): this {
    this.alpha = a;
    return this;
  }
  set_zorder(z: number): this {
    this.zorder = z;
    return this;
  }
  set_visible(v: boolean): this {
    this.visible = v;
    return this;
  }
  /** Takes the artist off its Axes. */
  remove(): void {
    this.onRemove?.();
  }
  abstract dataLim(): DataLim;
  abstract spec(): ArtistSpec;
  /** The legend handle, or null when this artist kind has none. */
  legendEntry(): LegendEntry | null {
    return null;
  }
  /** Points in data coordinates the 'best' legend placement avoids. */
  vertices(): { x: ArrayLike<number>; y: ArrayLike<number> } | null {
    return null;
  }
  /** matplotlib's str, e.g. `Line2D(sin)`. */
  toString(): string {
    return `${this.constructor.name}(${this.label ?? ''})`;
  }
  /** matplotlib's module path of this artist's class, for its repr. */
  protected get pyClass(): string {
    return 'matplotlib.artist.Artist';
  }
  /** Python's repr, as a notebook shows a result: `<matplotlib.lines.Line2D object>`. */
  __repr__(): string {
    return `<${this.pyClass} object>`;
  }
}

/** An artist whose colours come from a colormap between vmin and vmax (matplotlib's ScalarMappable). */
export abstract class ScalarMappable extends Artist {
  abstract vmin: number;
  abstract vmax: number;
  abstract cmap: string;
  /** The colormap's value range (get_clim). */
  get_clim(): [number, number] {
    return [this.vmin, this.vmax];
  }
  /** Changes the colour limits (vmin, vmax). */
  set_clim(vmin: number, vmax: number): this {
    this.vmin = vmin;
    this.vmax = vmax;
    return this;
  }
}

function emptyLim(): DataLim {
  return { x: null, y: null, xpos: null, ypos: null, stickyX: [], stickyY: [] };
}

/** A line with optional markers (plot's Line2D). */
export class Line2D extends Artist {
  protected override get pyClass(): string {
    return 'matplotlib.lines.Line2D';
  }
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public color: Color,
    public linewidth = 1.5,
    public linestyle: LineStyle = '-',
    public marker: string | null = null,
    public markersize = 6,
    public markerfacecolor: Color | null = null,
    public markeredgecolor: Color | null = null,
  ) {
    super();
  }
  get_xdata(): Float64Array {
    return this.x;
  }
  get_ydata(): Float64Array {
    return this.y;
  }
  get_color(): Color {
    return this.color;
  }
  set_color(c: ColorLike): this {
    this.color = toCss(c);
    return this;
  }
  get_linewidth(): number {
    return this.linewidth;
  }
  get_linestyle(): string {
    return this.linestyle;
  }
  get_marker(): string {
    return this.marker ?? 'None';
  }
  /** Replaces the line's data (set_data(x, y)). */
  set_data(x: Float64Array, y: Float64Array): this {
    this.x = x;
    this.y = y;
    return this;
  }
  /** Extra data limits that margins stop at (a boxplot median's position ± 0.5). */
  pad: { axis: 'x' | 'y'; lo: number; hi: number } | null = null;
  /** How the points are joined: straight ('default') or as steps (step's 'steps-pre', ...). */
  drawstyle: 'default' | 'steps-pre' | 'steps-post' | 'steps-mid' = 'default';
  override dataLim(): DataLim {
    const d = pointsLim(this.x, this.y);
    const p = this.pad;
    if (!p) return d;
    const cur = d[p.axis];
    const span: [number, number] = cur ? [Math.min(cur[0], p.lo), Math.max(cur[1], p.hi)] : [p.lo, p.hi];
    return p.axis === 'x' ? { ...d, x: span, stickyX: [p.lo, p.hi] } : { ...d, y: span, stickyY: [p.lo, p.hi] };
  }
  private drawnXY(): { x: Float64Array; y: Float64Array } {
    const [x, y] = this.drawn();
    return { x, y };
  }
  /** The vertices as drawn: the data, or its steps. */
  private drawn(): [Float64Array, Float64Array] {
    const { x, y } = this;
    const n = x.length;
    if (this.drawstyle === 'default' || n < 2) return [x.slice(), y.slice()];
    if (this.drawstyle === 'steps-mid') {
      const xs = new Float64Array(2 * n);
      const ys = new Float64Array(2 * n);
      xs[0] = x[0];
      ys[0] = y[0];
      for (let i = 0; i + 1 < n; i++) {
        const m = (x[i] + x[i + 1]) / 2;
        xs[2 * i + 1] = m;
        ys[2 * i + 1] = y[i];
        xs[2 * i + 2] = m;
        ys[2 * i + 2] = y[i + 1];
      }
      xs[2 * n - 1] = x[n - 1];
      ys[2 * n - 1] = y[n - 1];
      return [xs, ys];
    }
    // pre: the step at the start of each interval (y jumps at x[i - 1]'s end); post: at its end.
    const pre = this.drawstyle === 'steps-pre';
    const xs = new Float64Array(2 * n - 1);
    const ys = new Float64Array(2 * n - 1);
    for (let i = 0; i < n; i++) {
      xs[2 * i] = x[i];
      ys[2 * i] = y[i];
      if (i + 1 < n) {
        xs[2 * i + 1] = pre ? x[i] : x[i + 1];
        ys[2 * i + 1] = pre ? y[i + 1] : y[i];
      }
    }
    return [xs, ys];
  }
  override spec(): LineSpec {
    return {
      type: 'line', ...this.drawnXY(), color: this.color, linewidth: this.linewidth, linestyle: this.linestyle,
      marker: this.marker, markersize: this.markersize, markerfacecolor: this.markerfacecolor ?? this.color,
      markeredgecolor: this.markeredgecolor ?? this.color, alpha: this.alpha ?? 1, label: this.label, zorder: this.zorder,
      ...(this.marker && this.drawstyle !== 'default' ? { markerX: this.x.slice(), markerY: this.y.slice() } : {}),
    };
  }
  /** Set on errorbar's data line: its legend handle shows a bar. */
  errorbarHandle = false;
  override legendEntry(): LegendEntry {
    return {
      label: this.label ?? '', kind: 'line', color: this.color, linewidth: this.linewidth, linestyle: this.linestyle, marker: this.marker, markersize: this.markersize,
      alpha: this.alpha ?? 1, ...(this.errorbarHandle ? { errorbar: true } : {}),
    };
  }
  override vertices() {
    return { x: this.x, y: this.y };
  }
}

/** scatter's markers (matplotlib's PathCollection). */
export class PathCollection extends ScalarMappable {
  protected override get pyClass(): string {
    return 'matplotlib.collections.PathCollection';
  }
  override zorder = 1;
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public sizes: Float64Array,
    public colors: Color | Color[] | null,
    public values: Float64Array | null,
    public cmap: string,
    public vmin: number,
    public vmax: number,
    public marker: string,
    public edgecolor: Color | null,
    public linewidth: number,
  ) {
    super();
  }
  /** The offsets as [[x, y], ...] (get_offsets). */
  get_offsets(): number[][] {
    return Array.from(this.x, (v, i) => [v, this.y[i]]);
  }
  override dataLim(): DataLim {
    return pointsLim(this.x, this.y);
  }
  override spec(): ScatterSpec {
    return {
      type: 'scatter', x: this.x.slice(), y: this.y.slice(), sizes: this.sizes.slice(), colors: this.colors, values: this.values ? this.values.slice() : null,
      cmap: this.cmap, vmin: this.vmin, vmax: this.vmax, marker: this.marker, edgecolor: this.edgecolor, linewidth: this.linewidth,
      alpha: this.alpha ?? 1, label: this.label, zorder: this.zorder,
    };
  }
  override legendEntry(): LegendEntry {
    const c = typeof this.colors === 'string' ? this.colors : Array.isArray(this.colors) ? this.colors[0] : '#440154';
    return { label: this.label ?? '', kind: 'marker', color: c ?? '#1f77b4', marker: this.marker, markersize: Math.sqrt(this.sizes[0] ?? 36), alpha: this.alpha ?? 1, edgecolor: this.edgecolor };
  }
  override vertices() {
    return { x: this.x, y: this.y };
  }
}

/** A single bar (matplotlib's Rectangle patch), as a BarContainer lists them. */
export class Rectangle {
  constructor(readonly owner: BarContainer, readonly index: number) {}
  get_x(): number {
    return this.owner.x[this.index];
  }
  get_y(): number {
    return this.owner.y[this.index];
  }
  get_width(): number {
    return this.owner.width[this.index];
  }
  get_height(): number {
    return this.owner.height[this.index];
  }
  /** Colours this bar alone. */
  set_color(c: ColorLike): this {
    const n = this.owner.x.length;
    const cur = this.owner.color;
    const list = Array.isArray(cur) ? [...cur] : new Array<string>(n).fill(cur);
    list[this.index] = toCss(c);
    this.owner.color = list;
    return this;
  }
  set_facecolor(c: ColorLike): this {
    return this.set_color(c);
  }
  __repr__(): string {
    return this.toString();
  }
  toString(): string {
    return `Rectangle(xy=(${this.get_x()}, ${this.get_y()}), width=${this.get_width()}, height=${this.get_height()}, angle=0)`;
  }
}

/** Bars (bar, barh, hist): the container of rectangles matplotlib returns, iterable over its patches. */
export class BarContainer extends Artist {
  override zorder = 1;
  /** Its Rectangle patches (`container.patches`, or iterate the container). */
  readonly patches: Rectangle[];
  histtype: BarsSpec['histtype'] = 'bar';
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public width: Float64Array,
    public height: Float64Array,
    public color: Color | Color[],
    public edgecolor: Color | null,
    public linewidth: number,
    public orientation: 'vertical' | 'horizontal',
  ) {
    super();
    this.patches = Array.from(x, (_, i) => new Rectangle(this, i));
  }
  get length(): number {
    return this.patches.length;
  }
  override __repr__(): string {
    return `<BarContainer object of ${this.patches.length} artists>`;
  }
  [Symbol.iterator](): Iterator<Rectangle> {
    return this.patches[Symbol.iterator]();
  }
  override dataLim(): DataLim {
    const xs = new Float64Array(this.x.length * 2);
    const ys = new Float64Array(this.x.length * 2);
    for (let i = 0; i < this.x.length; i++) {
      xs[2 * i] = this.x[i];
      xs[2 * i + 1] = this.x[i] + this.width[i];
      ys[2 * i] = this.y[i];
      ys[2 * i + 1] = this.y[i] + this.height[i];
    }
    // Bars stand on their base: margins do not push the axis past it.
    const base = this.orientation === 'vertical' ? this.y : this.x;
    const sticky = [...new Set(Array.from(base))];
    return {
      x: lim(xs), y: lim(ys), xpos: lim(xs, true), ypos: lim(ys, true),
      stickyX: this.orientation === 'horizontal' ? sticky : [], stickyY: this.orientation === 'vertical' ? sticky : [],
    };
  }
  override spec(): BarsSpec {
    return {
      type: 'bars', x: this.x.slice(), y: this.y.slice(), width: this.width.slice(), height: this.height.slice(), color: this.color,
      edgecolor: this.edgecolor, linewidth: this.linewidth, alpha: this.alpha ?? 1, label: this.label, zorder: this.zorder, histtype: this.histtype,
    };
  }
  override legendEntry(): LegendEntry {
    const c = Array.isArray(this.color) ? this.color[0] : this.color;
    return { label: this.label ?? '', kind: 'patch', color: c ?? '#1f77b4', edgecolor: this.edgecolor, linewidth: this.linewidth, linestyle: '-', alpha: this.alpha ?? 1 };
  }
  override vertices() {
    const xs = new Float64Array(this.x.length * 2);
    const ys = new Float64Array(this.x.length * 2);
    for (let i = 0; i < this.x.length; i++) {
      xs[2 * i] = this.x[i] + this.width[i] / 2;
      ys[2 * i] = this.y[i] + this.height[i];
      xs[2 * i + 1] = this.x[i] + this.width[i] / 2;
      ys[2 * i + 1] = this.y[i] + this.height[i] / 2;
    }
    return { x: xs, y: ys };
  }
}

/** imshow's image (matplotlib's AxesImage). */
export class AxesImage extends ScalarMappable {
  protected override get pyClass(): string {
    return 'matplotlib.image.AxesImage';
  }
  override zorder = 0;
  constructor(
    public data: Float64Array,
    public rows: number,
    public cols: number,
    public channels: 1 | 3 | 4,
    public uint8: boolean,
    public cmap: string,
    public vmin: number,
    public vmax: number,
    public extent: [number, number, number, number],
    public origin: 'upper' | 'lower',
    public interpolation: ImageSpec['interpolation'],
  ) {
    super();
  }
  /** The data's shape, as get_array().shape. */
  get_size(): [number, number] {
    return [this.rows, this.cols];
  }
  get_extent(): [number, number, number, number] {
    return [...this.extent];
  }
  set_cmap(cmap: string): this {
    this.cmap = cmap;
    return this;
  }
  override dataLim(): DataLim {
    const [l, r, b, t] = this.extent;
    const x: [number, number] = [Math.min(l, r), Math.max(l, r)];
    const y: [number, number] = [Math.min(b, t), Math.max(b, t)];
    return { x, y, xpos: x[0] > 0 ? x : null, ypos: y[0] > 0 ? y : null, stickyX: [l, r], stickyY: [b, t] };
  }
  override spec(): ImageSpec {
    return {
      type: 'image', rows: this.rows, cols: this.cols, channels: this.channels, data: this.data.slice(), uint8: this.uint8, cmap: this.cmap,
      vmin: this.vmin, vmax: this.vmax, extent: [...this.extent], origin: this.origin, interpolation: this.interpolation, alpha: this.alpha ?? 1, zorder: this.zorder,
    };
  }
}

/** fill_between's area (matplotlib's PolyCollection). */
export class PolyCollection extends Artist {
  protected override get pyClass(): string {
    return 'matplotlib.collections.PolyCollection';
  }
  override zorder = 1;
  constructor(
    public x: Float64Array,
    public y1: Float64Array,
    public y2: Float64Array,
    public color: Color,
    public edgecolor: Color | null,
  ) {
    super();
  }
  override dataLim(): DataLim {
    const ys = new Float64Array(this.y1.length * 2);
    ys.set(this.y1);
    ys.set(this.y2, this.y1.length);
    return { ...emptyLim(), x: lim(this.x), y: lim(ys), xpos: lim(this.x, true), ypos: lim(ys, true) };
  }
  override spec(): FillSpec {
    return { type: 'fill', x: this.x.slice(), y1: this.y1.slice(), y2: this.y2.slice(), color: this.color, edgecolor: this.edgecolor, alpha: this.alpha ?? 1, label: this.label, zorder: this.zorder };
  }
  override legendEntry(): LegendEntry {
    return { label: this.label ?? '', kind: 'patch', color: this.color, edgecolor: this.edgecolor, alpha: this.alpha ?? 1 };
  }
  override vertices() {
    const n = this.x.length;
    const xs = new Float64Array(2 * n);
    const ys = new Float64Array(2 * n);
    xs.set(this.x);
    xs.set(this.x, n);
    ys.set(this.y1);
    ys.set(this.y2, n);
    return { x: xs, y: ys };
  }
}

/** axhline / axvline: a Line2D in data coordinates one way, axes fractions the other. */
export class RefLine extends Artist {
  protected override get pyClass(): string {
    return 'matplotlib.lines.Line2D';
  }
  constructor(
    public orient: 'h' | 'v',
    public value: number,
    public from: number,
    public to: number,
    public color: Color,
    public linewidth: number,
    public linestyle: LineStyle,
  ) {
    super();
  }
  override dataLim(): DataLim {
    const v: [number, number] = [this.value, this.value];
    const pos = this.value > 0 ? v : null;
    return this.orient === 'h' ? { ...emptyLim(), y: v, ypos: pos } : { ...emptyLim(), x: v, xpos: pos };
  }
  override spec(): RefLineSpec {
    return { type: 'refline', orient: this.orient, value: this.value, from: this.from, to: this.to, color: this.color, linewidth: this.linewidth, linestyle: this.linestyle, alpha: this.alpha ?? 1, label: this.label, zorder: this.zorder };
  }
  override legendEntry(): LegendEntry {
    return { label: this.label ?? '', kind: 'line', color: this.color, linewidth: this.linewidth, linestyle: this.linestyle, marker: null, alpha: this.alpha ?? 1 };
  }
}

/** text and annotate (matplotlib's Text / Annotation). */
export class Text extends Artist {
  override zorder = 3;
  constructor(
    public x: number,
    public y: number,
    public text: TextSpec,
    public coords: 'data' | 'axes',
    public ha: TextArtistSpec['ha'],
    public va: TextArtistSpec['va'],
    public rotation: number,
    public arrow: TextArtistSpec['arrow'] = undefined,
  ) {
    super();
  }
  get_text(): string {
    return this.text.text;
  }
  /** Coordinates printed as Python floats (1.0) in the repr, as a title's are. */
  floatRepr = false;
  override __repr__(): string {
    const num = (v: number) => (this.floatRepr && Number.isInteger(v) ? v.toFixed(1) : String(v));
    return `Text(${num(this.x)}, ${num(this.y)}, '${this.text.text}')`;
  }
  set_text(s: string): this {
    this.text = { ...this.text, text: String(s) };
    return this;
  }
  get_position(): [number, number] {
    return [this.x, this.y];
  }
  override dataLim(): DataLim {
    return emptyLim();
  }
  override spec(): TextArtistSpec {
    return { type: 'text', x: this.x, y: this.y, coords: this.coords, text: this.text, ha: this.ha, va: this.va, rotation: this.rotation, zorder: this.zorder, ...(this.arrow ? { arrow: this.arrow } : {}) };
  }
}

/** errorbar's bars (the line and markers are a Line2D beside it). */
export class ErrorBars extends Artist {
  protected override get pyClass(): string {
    return 'matplotlib.collections.LineCollection';
  }
  constructor(
    public x: Float64Array,
    public y: Float64Array,
    public ylo: Float64Array | null,
    public yhi: Float64Array | null,
    public xlo: Float64Array | null,
    public xhi: Float64Array | null,
    public color: Color,
    public linewidth: number,
    public capsize: number,
  ) {
    super();
  }
  override dataLim(): DataLim {
    const xs = [this.x, this.xlo, this.xhi].filter((a): a is Float64Array => !!a);
    const ys = [this.y, this.ylo, this.yhi].filter((a): a is Float64Array => !!a);
    const cat = (list: Float64Array[]) => {
      const out = new Float64Array(list.reduce((n, a) => n + a.length, 0));
      let o = 0;
      for (const a of list) {
        out.set(a, o);
        o += a.length;
      }
      return out;
    };
    const X = cat(xs);
    const Y = cat(ys);
    return { ...emptyLim(), x: lim(X), y: lim(Y), xpos: lim(X, true), ypos: lim(Y, true) };
  }
  override vertices() {
    const parts = [[this.x, this.y], [this.x, this.ylo], [this.x, this.yhi], [this.xlo, this.y], [this.xhi, this.y]].filter((p): p is [Float64Array, Float64Array] => !!p[0] && !!p[1]);
    const n = this.x.length;
    const xs = new Float64Array(parts.length * n);
    const ys = new Float64Array(parts.length * n);
    parts.forEach(([a, b], k) => {
      xs.set(a, k * n);
      ys.set(b, k * n);
    });
    return { x: xs, y: ys };
  }
  override spec(): ErrorBarSpec {
    return {
      type: 'errorbar', x: this.x.slice(), y: this.y.slice(), ylo: this.ylo?.slice() ?? null, yhi: this.yhi?.slice() ?? null,
      xlo: this.xlo?.slice() ?? null, xhi: this.xhi?.slice() ?? null, color: this.color, linewidth: this.linewidth, capsize: this.capsize, alpha: this.alpha ?? 1, zorder: this.zorder,
    };
  }
}

/** errorbar's return value: the data line and the bars (matplotlib's ErrorbarContainer). */
export class ErrorbarContainer {
  constructor(readonly lines: [Line2D, ErrorBars]) {}
  get_label(): string {
    return this.lines[0].get_label();
  }
  __repr__(): string {
    return '<ErrorbarContainer object of 3 artists>';
  }
}
