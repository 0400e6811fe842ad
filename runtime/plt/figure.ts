/**
 * matplotlib's Figure: a page of `width` x `height` inches at `dpi` (6.4 x 4.8 in at 100
 * dpi, 640 x 480 px, by default) holding Axes placed on a grid (subplot parameters
 * left 0.125, right 0.9, bottom 0.11, top 0.88, wspace = hspace = 0.2), a suptitle and
 * colorbars. `spec()` is the figure as the renderer draws it; `_repr_mimebundle_()` makes
 * a figure that is a cell's result show as a figure, as in Jupyter.
 */
import { ValueError } from '../errors';
import { Axes } from './axes';
import { checkCmap, fontSize, type TextOptions } from './axes-options';
import { AxesImage, PathCollection, Text } from './artists';
import { ContourSet } from './contour';
import { FIGURE_MIME, type FigureSpec, type TextSpec } from './spec';
export type { TextSpec };
import { toCss, type ColorLike } from './colors';
import { rasterize } from './state';

/** matplotlib's default subplot parameters (figure.subplot.*). */
export const SUBPLOT_PARAMS = { left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2 };

export interface FigureOptions {
  /** [width, height] in inches (default [6.4, 4.8]). */
  figsize?: [number, number];
  /** Pixels per inch (default 100). */
  dpi?: number;
  facecolor?: ColorLike;
  num?: number;
}

export interface SubplotsOptions extends FigureOptions {
  /** Share x limits: true/'all', 'col', 'row' or false. Inner plots hide their x tick labels. */
  sharex?: boolean | 'all' | 'col' | 'row' | 'none';
  sharey?: boolean | 'all' | 'col' | 'row' | 'none';
  /** false: always a 2-d array of Axes. */
  squeeze?: boolean;
  /** Subplot parameters: {left, right, bottom, top, wspace, hspace}. */
  gridspec_kw?: Partial<typeof SUBPLOT_PARAMS>;
}

export interface ColorbarOptions {
  /** The axes to take room from (default the mappable's, or the current one). */
  ax?: Axes;
  label?: string;
  orientation?: 'vertical' | 'horizontal';
  shrink?: number;
  fraction?: number;
  pad?: number;
  aspect?: number;
}

export interface SavefigOptions {
  dpi?: number;
  format?: 'png';
}

/** A colorbar (matplotlib's Colorbar): its own Axes beside the parent's. */
export class Colorbar {
  constructor(
    /** The colorbar's axes (`cbar.ax`). */
    readonly ax: Axes,
    readonly mappable: AxesImage | PathCollection | ContourSet,
  ) {}
  /** The colorbar's label, along its long side. */
  set_label(label: string, opts: TextOptions = {}): void {
    if (this.ax.colorbarOf?.orientation === 'horizontal') this.ax.set_xlabel(label, opts);
    else this.ax.set_ylabel(label, opts);
  }
  __repr__(): string {
    return '<matplotlib.colorbar.Colorbar object>';
  }
  /** Tick locations on the colorbar. */
  set_ticks(ticks: number[], labels?: string[]): void {
    if (this.ax.colorbarOf?.orientation === 'horizontal') this.ax.set_xticks(ticks, labels);
    else this.ax.set_yticks(ticks, labels);
  }
}

/** Where an Axes made on a grid sits in it (for tight_layout). */
interface GridSlot {
  nrows: number;
  ncols: number;
  row: number;
  col: number;
}

export class Figure {
  readonly axes: Axes[] = [];
  width: number;
  height: number;
  dpi: number;
  facecolor = '#ffffff';
  suptitleText: TextSpec | null = null;
  /** The Axes pyplot draws into (plt.gca()). */
  current: Axes | null = null;
  private readonly slots = new Map<Axes, GridSlot>();
  private readonly colorbars = new Map<Axes, { parent: Axes; opts: ColorbarOptions }>();
  params = { ...SUBPLOT_PARAMS };

  constructor(
    /** The figure's number (plt.figure(num)). */
    readonly number: number,
    opts: FigureOptions = {},
  ) {
    const [w, h] = opts.figsize ?? [6.4, 4.8];
    if (!(w > 0 && h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) {
      throw new ValueError(`figure size must be positive finite not (${w}, ${h})`);
    }
    this.width = w;
    this.height = h;
    this.dpi = opts.dpi ?? 100;
    if (opts.facecolor !== undefined) this.facecolor = toCss(opts.facecolor);
  }

  /** The position of cell (row, col) of an nrows x ncols grid under the subplot parameters. */
  private cell(nrows: number, ncols: number, row: number, col: number, rowSpan = 1, colSpan = 1): [number, number, number, number] {
    const p = this.params;
    const cellW = (p.right - p.left) / (ncols + p.wspace * (ncols - 1));
    const sepW = p.wspace * cellW;
    const cellH = (p.top - p.bottom) / (nrows + p.hspace * (nrows - 1));
    const sepH = p.hspace * cellH;
    const l = p.left + col * (cellW + sepW);
    const w = colSpan * cellW + (colSpan - 1) * sepW;
    const top = p.top - row * (cellH + sepH);
    const h = rowSpan * cellH + (rowSpan - 1) * sepH;
    return [l, top - h, w, h];
  }

  /**
   * An Axes in cell `index` (1-based, row by row) of an nrows x ncols grid
   * (matplotlib's `Figure.add_subplot`); `add_subplot(221)` is the three-digit form.
   *
   * @example
   * const ax = fig.add_subplot(2, 1, 1)
   */
  add_subplot(nrows: number = 1, ncols?: number, index?: number): Axes {
    if (ncols === undefined && index === undefined) {
      if (nrows >= 100 && nrows < 1000) {
        index = nrows % 10;
        ncols = Math.floor(nrows / 10) % 10;
        nrows = Math.floor(nrows / 100);
      } else if (nrows === 1) {
        ncols = 1;
        index = 1;
      } else throw new ValueError(`Integer subplot specification must be a three-digit number, not ${nrows}`);
    }
    ncols ??= 1;
    index ??= 1;
    if (!(Number.isInteger(nrows) && nrows > 0)) throw new ValueError(`Number of rows must be a positive integer, not ${nrows}`);
    if (!(Number.isInteger(ncols) && ncols > 0)) throw new ValueError(`Number of columns must be a positive integer, not ${ncols}`);
    if (!(Number.isInteger(index) && index >= 1 && index <= nrows * ncols)) throw new ValueError(`num must be an integer with 1 <= num <= ${nrows * ncols}, not ${index}`);
    const row = Math.floor((index - 1) / ncols);
    const col = (index - 1) % ncols;
    // pyplot.subplot reuses an Axes already in that slot.
    for (const [ax, s] of this.slots) if (s.nrows === nrows && s.ncols === ncols && s.row === row && s.col === col && this.axes.includes(ax)) return (this.current = ax);
    const ax = new Axes(this, this.cell(nrows, ncols, row, col));
    this.slots.set(ax, { nrows, ncols, row, col });
    this.axes.push(ax);
    this.current = ax;
    return ax;
  }

  /**
   * An Axes at [left, bottom, width, height] in figure fractions (matplotlib's `add_axes`).
   *
   * @example
   * const inset = fig.add_axes([0.6, 0.6, 0.25, 0.25])
   */
  add_axes(rect: [number, number, number, number] = [0.125, 0.11, 0.775, 0.77]): Axes {
    const ax = new Axes(this, [...rect] as [number, number, number, number]);
    this.axes.push(ax);
    this.current = ax;
    return ax;
  }

  /**
   * A grid of Axes (matplotlib's `Figure.subplots`): one Axes for 1 x 1, an array for one
   * row or column, an array of rows otherwise (`axes[1][0]`; `axes.flat` lists them all).
   */
  subplots(nrows = 1, ncols = 1, opts: SubplotsOptions = {}): Axes | AxesArray | AxesGrid {
    if (opts.gridspec_kw) this.params = { ...this.params, ...opts.gridspec_kw };
    const grid: Axes[][] = [];
    for (let r = 0; r < nrows; r++) {
      const row: Axes[] = [];
      for (let c = 0; c < ncols; c++) {
        const ax = new Axes(this, this.cell(nrows, ncols, r, c));
        this.slots.set(ax, { nrows, ncols, row: r, col: c });
        this.axes.push(ax);
        row.push(ax);
      }
      grid.push(row);
    }
    share(grid, 'x', opts.sharex ?? false);
    share(grid, 'y', opts.sharey ?? false);
    this.current = grid[0][0];
    if (opts.squeeze === false) return axesGrid(grid);
    if (nrows === 1 && ncols === 1) return grid[0][0];
    if (nrows === 1) return axesArray(grid[0]);
    if (ncols === 1) return axesArray(grid.map((r) => r[0]));
    return axesGrid(grid);
  }

  /** The current Axes, made if there is none (matplotlib's `Figure.gca`). */
  gca(): Axes {
    return this.current ?? this.add_subplot(1, 1, 1);
  }
  /** Makes `ax` the current Axes. */
  sca(ax: Axes): Axes {
    this.current = ax;
    return ax;
  }
  /** The figure's Axes (colorbars included). */
  get_axes(): Axes[] {
    return [...this.axes];
  }

  /**
   * A title above all the subplots (matplotlib's `Figure.suptitle`), 12 pt.
   *
   * @example
   * fig.suptitle('Four views')
   */
  suptitle(t: string, opts: TextOptions = {}): Text {
    this.suptitleText = { text: String(t), fontsize: fontSize(opts.fontsize, 12), color: opts.color !== undefined ? toCss(opts.color) : '#000000', fontweight: opts.fontweight ?? 'normal' };
    return new Text(0.5, 0.98, this.suptitleText, 'axes', 'center', 'top', 0);
  }

  /**
   * A colorbar for an image or a scatter's colours (matplotlib's `Figure.colorbar`): it
   * takes 15% of its parent axes' width (`fraction`) on the right.
   *
   * @example
   * const im = ax.imshow(z); fig.colorbar(im, {ax, label: 'height'})
   */
  colorbar(mappable: AxesImage | PathCollection | ContourSet, opts: ColorbarOptions = {}): Colorbar {
    if (!(mappable instanceof AxesImage) && !(mappable instanceof ContourSet) && !(mappable instanceof PathCollection && mappable.values)) {
      throw new ValueError('Unable to determine Axes to steal space for Colorbar. Either provide the *cax* argument to use as the Axes for the Colorbar, provide the *ax* argument to steal space from it, or add *mappable* to an Axes.');
    }
    const parent = opts.ax ?? this.axes.find((a) => a.artists.includes(mappable)) ?? this.gca();
    const orientation = opts.orientation ?? 'vertical';
    const fraction = opts.fraction ?? 0.15;
    const pad = opts.pad ?? (orientation === 'vertical' ? 0.05 : 0.15);
    const shrink = opts.shrink ?? 1;
    const aspect = opts.aspect ?? 20;
    const [l, b, w, h] = parent.position;
    let cpos: [number, number, number, number];
    if (orientation === 'vertical') {
      parent.position = [l, b, w * (1 - fraction - pad), h];
      parent.anchorX = 1;
      const ch = h * shrink;
      const cw = Math.min(w * fraction, ((ch * this.height) / aspect) / this.width);
      cpos = [l + w * (1 - fraction), b + (h - ch) / 2, cw, ch];
    } else {
      parent.position = [l, b + h * (fraction + pad), w, h * (1 - fraction - pad)];
      const cw = w * shrink;
      const ch = Math.min(h * fraction, ((cw * this.width) / aspect) / this.height);
      cpos = [l + (w - cw) / 2, b + h * fraction - ch, cw, ch];
    }
    const cax = new Axes(this, cpos);
    const cmap = checkCmap(mappable.cmap);
    let [vmin, vmax] = mappable.get_clim();
    cax.colorbarOf = { cmap, vmin, vmax, orientation };
    if (mappable instanceof ContourSet && mappable.filled) {
      // A filled contour's colorbar: its bands, from the lowest level to the highest, ticked at the levels.
      const lv = mappable.levelValues;
      const inner = mappable.layerValues.length === lv.length - 1;
      cax.colorbarOf.boundaries = [...lv];
      cax.colorbarOf.values = inner ? [...mappable.layerValues] : lv.slice(0, -1).map((l, i) => (l + lv[i + 1]) / 2);
      [vmin, vmax] = [lv[0], lv[lv.length - 1]];
    }
    cax.xmargin = cax.ymargin = 0;
    if (orientation === 'vertical') {
      cax.set_xticks([]);
      cax.set_xlim(0, 1);
      cax.set_ylim(vmin, vmax === vmin ? vmin + 1 : vmax);
    } else {
      cax.set_yticks([]);
      cax.set_ylim(0, 1);
      cax.set_xlim(vmin, vmax === vmin ? vmin + 1 : vmax);
    }
    const bounds = cax.colorbarOf.boundaries;
    if (bounds) {
      // matplotlib's FixedLocator(boundaries, nbins=10): every k-th level.
      const step = Math.max(1, Math.ceil(bounds.length / 10));
      const ticks = bounds.filter((_, i) => i % step === 0);
      if (orientation === 'vertical') cax.set_yticks(ticks);
      else cax.set_xticks(ticks);
    }
    this.axes.push(cax);
    this.colorbars.set(cax, { parent, opts });
    const cb = new Colorbar(cax, mappable);
    if (opts.label !== undefined) cb.set_label(opts.label);
    return cb;
  }

  /**
   * Adjusts the subplot parameters so tick labels, axis labels and titles fit without
   * overlapping (matplotlib's `tight_layout`, pad 1.08 font sizes). Text extents are
   * estimated (0.6 em per character), so the result is close to matplotlib's, not equal.
   *
   * @example
   * fig.tight_layout()
   */
  tight_layout(opts: { pad?: number; w_pad?: number; h_pad?: number } = {}): void {
    const slotted = [...this.slots].filter(([ax]) => this.axes.includes(ax));
    if (!slotted.length) return;
    const { nrows, ncols } = slotted[0][1];
    if (slotted.some(([, s]) => s.nrows !== nrows || s.ncols !== ncols)) return;
    const padIn = ((opts.pad ?? 1.08) * 10) / 72;
    const wpadIn = (((opts.w_pad ?? opts.pad ?? 1.08)) * 10) / 72;
    const hpadIn = (((opts.h_pad ?? opts.pad ?? 1.08)) * 10) / 72;
    // Space each Axes needs outside its box, in inches.
    const need = slotted.map(([ax, s]) => {
      const d = { s, ...decorations(ax) };
      // A twin's axis is on the other side: a twinx's y labels need room on the right, a twiny's x labels on top.
      for (const t of this.axes.filter((a) => a.twinOf === ax)) {
        const td = decorations(t);
        if (t.yaxis.side === 'right') d.right = Math.max(d.right, td.left);
        if (t.xaxis.side === 'top') d.top = Math.max(d.top, td.bottom);
      }
      return d;
    });
    const colLeft = new Array(ncols).fill(0);
    const colRight = new Array(ncols).fill(0);
    const rowTop = new Array(nrows).fill(0);
    const rowBottom = new Array(nrows).fill(0);
    for (const n of need) {
      colLeft[n.s.col] = Math.max(colLeft[n.s.col], n.left);
      colRight[n.s.col] = Math.max(colRight[n.s.col], n.right);
      rowTop[n.s.row] = Math.max(rowTop[n.s.row], n.top);
      rowBottom[n.s.row] = Math.max(rowBottom[n.s.row], n.bottom);
    }
    // Colorbars on the right take their room too.
    let cbarRight = 0;
    for (const [cax] of this.colorbars) cbarRight = Math.max(cbarRight, cax.position[2] * this.width + 0.6);
    const supH = this.suptitleText ? (this.suptitleText.fontsize * 1.4) / 72 : 0;
    const W = this.width;
    const H = this.height;
    const left = (padIn + colLeft[0]) / W;
    const right = 1 - (padIn + colRight[ncols - 1] + (this.colorbars.size ? cbarRight : 0)) / W;
    const top = 1 - (padIn + rowTop[0] + supH) / H;
    const bottom = (padIn + rowBottom[nrows - 1]) / H;
    let hspaceIn = 0;
    for (let r = 0; r + 1 < nrows; r++) hspaceIn = Math.max(hspaceIn, rowBottom[r] + rowTop[r + 1] + hpadIn);
    let wspaceIn = 0;
    for (let c = 0; c + 1 < ncols; c++) wspaceIn = Math.max(wspaceIn, colRight[c] + colLeft[c + 1] + wpadIn);
    if (!(right > left && top > bottom)) return;
    const cellW = ((right - left) * W - wspaceIn * (ncols - 1)) / ncols;
    const cellH = ((top - bottom) * H - hspaceIn * (nrows - 1)) / nrows;
    if (!(cellW > 0 && cellH > 0)) return;
    this.params = { left, right, bottom, top, wspace: wspaceIn / cellW, hspace: hspaceIn / cellH };
    for (const [ax, s] of slotted) {
      const pos = this.cell(s.nrows, s.ncols, s.row, s.col);
      const cb = [...this.colorbars].find(([, v]) => v.parent === ax);
      if (cb) {
        const [cax, { opts: o }] = cb;
        ax.position = pos;
        // Lay the colorbar out again against the new box.
        const fraction = o.fraction ?? 0.15;
        const pad = o.pad ?? 0.05;
        const [l, b, w, h] = pos;
        ax.position = [l, b, w * (1 - fraction - pad), h];
        const ch = h * (o.shrink ?? 1);
        cax.position = [l + w * (1 - fraction), b + (h - ch) / 2, Math.min(w * fraction, ((ch * H) / (o.aspect ?? 20)) / W), ch];
      } else ax.position = pos;
    }
  }

  /** Changes the figure's size in inches. */
  set_size_inches(w: number | [number, number], h?: number): void {
    if (Array.isArray(w)) [w, h] = w;
    this.width = w;
    this.height = h ?? this.height;
  }
  /** The size in inches. */
  get_size_inches(): [number, number] {
    return [this.width, this.height];
  }
  /** Removes every Axes (matplotlib's `Figure.clf`). */
  clf(): void {
    this.axes.length = 0;
    this.slots.clear();
    this.colorbars.clear();
    this.current = null;
    this.suptitleText = null;
    this.params = { ...SUBPLOT_PARAMS };
  }

  /**
   * The figure as PNG bytes (matplotlib's `savefig`), drawn by the same renderer as the
   * page's output; `dpi` scales it (default the figure's). In the kernel the page draws it
   * (kernel/page-rasterizer.ts); elsewhere (Node) it rejects.
   *
   * @example
   * const png = await fig.savefig({dpi: 200})   // Uint8Array
   */
  savefig(opts: SavefigOptions = {}): Promise<Uint8Array> {
    if (opts.format !== undefined && opts.format !== 'png') {
      throw new ValueError(`Format '${opts.format}' is not supported (supported formats: png)`);
    }
    return rasterize(this.spec(), opts.dpi ?? this.dpi);
  }

  /** The figure as the renderer draws it (spec.ts): layout, limits and ticks all decided. */
  spec(): FigureSpec {
    return {
      version: 1, width: this.width, height: this.height, dpi: this.dpi, facecolor: this.facecolor, suptitle: this.suptitleText,
      axes: this.axes.map((a) => a.spec()), number: this.number,
    };
  }

  /** matplotlib's text for a figure: `<Figure size 640x480 with 1 Axes>`. */
  repr(): string {
    const w = Math.round(this.width * this.dpi);
    const h = Math.round(this.height * this.dpi);
    return `<Figure size ${w}x${h} with ${this.axes.length} Axes>`;
  }
  __repr__(): string {
    return this.repr();
  }
  toString(): string {
    return `Figure(${Math.round(this.width * this.dpi)}x${Math.round(this.height * this.dpi)})`;
  }

  /** What a cell showing this figure outputs: the figure (drawn by the page) and its text. */
  _repr_mimebundle_(): Record<string, unknown> {
    return { 'text/plain': this.repr(), [FIGURE_MIME]: this.spec() };
  }
}

/** Space an Axes' decorations need outside its box (inches): tick labels, labels, title. */
function decorations(ax: Axes): { left: number; right: number; top: number; bottom: number } {
  const pt = 1 / 72;
  const charW = 0.6;
  const x = ax.computeTicks('x');
  const y = ax.computeTicks('y');
  const tick = (3.5 + 3.5) * pt;
  const yLabelW = Math.max(0, ...y.ticks.map((t) => textWidth(t.label))) * 10 * charW * pt;
  const left = (ax.axison ? tick + yLabelW : 0) + (ax.yaxis.label ? (ax.yaxis.label.fontsize * 1.2 + 4) * pt : 0);
  const bottom = (ax.axison ? tick + 10 * 1.2 * pt : 0) + (ax.xaxis.label ? (ax.xaxis.label.fontsize * 1.2 + 4) * pt : 0);
  const titleSize = Math.max(0, ...[ax.title.left, ax.title.center, ax.title.right].map((t) => (t ? t.fontsize : 0)));
  const top = titleSize ? (titleSize * 1.2 + 6) * pt : y.offset ? 12 * pt : 3 * pt;
  const last = x.ticks[x.ticks.length - 1];
  const right = last ? (textWidth(last.label) * 10 * charW * pt) / 2 : 0;
  return { left, right, top, bottom };
}

/** Characters, counting a `^{...}` superscript as 0.7 of its length. */
function textWidth(s: string): number {
  return s.replace(/\^\{([^}]*)\}/g, (_, e: string) => ' '.repeat(Math.ceil(e.length * 0.7))).length;
}

function share(grid: Axes[][], which: 'x' | 'y', mode: boolean | string): void {
  if (mode === false || mode === 'none') return;
  const nrows = grid.length;
  const ncols = grid[0].length;
  const groups: Axes[][] = [];
  if (mode === true || mode === 'all') groups.push(grid.flat());
  else if (mode === 'col') for (let c = 0; c < ncols; c++) groups.push(grid.map((r) => r[c]));
  else if (mode === 'row') for (const r of grid) groups.push([...r]);
  else throw new ValueError(`'${mode}' is not a valid value for share${which}; supported values are 'all', 'row', 'col', 'none'`);
  for (const g of groups) for (const ax of g) (which === 'x' ? ax.xaxis : ax.yaxis).shared = g;
  // Inner Axes hide the tick labels the shared neighbour shows (matplotlib's label_outer).
  for (let r = 0; r < nrows; r++) {
    for (let c = 0; c < ncols; c++) {
      if (which === 'x' && mode !== 'row' && r < nrows - 1) grid[r][c].xaxis.ticklabelsVisible = false;
      if (which === 'y' && mode !== 'col' && c > 0) grid[r][c].yaxis.ticklabelsVisible = false;
    }
  }
}

/** A row or column of Axes (subplots(1, n)): an array, with NumPy's flat / ravel / flatten. */
export type AxesArray = Axes[] & { readonly flat: Axes[]; ravel(): Axes[]; flatten(): Axes[]; readonly shape: number[] };
/** A grid of Axes (subplots(n, m)): rows of Axes, `axes[i][j]`, with flat / ravel / flatten. */
export type AxesGrid = Axes[][] & { readonly flat: Axes[]; ravel(): Axes[]; flatten(): Axes[]; readonly shape: number[] };

function withFlat<T extends unknown[]>(arr: T, flat: Axes[], shape: number[]): T {
  Object.defineProperties(arr, {
    flat: { get: () => [...flat], enumerable: false },
    ravel: { value: () => [...flat], enumerable: false },
    flatten: { value: () => [...flat], enumerable: false },
    shape: { get: () => [...shape], enumerable: false },
  });
  return arr;
}

function axesArray(list: Axes[]): AxesArray {
  return withFlat([...list], list, [list.length]) as AxesArray;
}

function axesGrid(grid: Axes[][]): AxesGrid {
  return withFlat(grid.map((r) => [...r]), grid.flat(), [grid.length, grid[0].length]) as AxesGrid;
}
