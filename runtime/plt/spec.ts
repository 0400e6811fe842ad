/**
 * The figure as data: what `plt` sends to the page for a figure output
 * (`application/vnd.numbook.figure+json`) and what the page's renderer draws
 * (web/outputs/renderers/figure.ts). Types only, no code: web/ imports them as types.
 *
 * Everything the drawing needs is decided here, as matplotlib decides it before its
 * backend draws: the axes' positions (figure fractions), view limits, tick locations
 * and labels, colours as CSS colours, sizes in points (1/72 in; the renderer scales by
 * dpi / 72). Numeric series are Float64Arrays in the kernel's message (transferred), or
 * `{base64}` of their little-endian float64 bytes in an exported notebook (JSON).
 */

/** The MIME type of a figure output. */
export const FIGURE_MIME = 'application/vnd.numbook.figure+json';

/** A numeric series: a Float64Array, a plain array, or float64 bytes in base64 (.ipynb). */
export type Series = Float64Array | number[] | { base64: string };

/** A CSS colour ('#1f77b4', 'rgba(31,119,180,0.5)'). */
export type Color = string;

export interface TextSpec {
  text: string;
  /** Points. */
  fontsize: number;
  color: Color;
  fontweight?: 'normal' | 'bold';
}

export interface Tick {
  value: number;
  /** The label as matplotlib writes it; `10^{k}` (log decades) is drawn with a superscript. */
  label: string;
}

export interface AxisSpec {
  lim: [number, number];
  scale: 'linear' | 'log';
  ticks: Tick[];
  /** Minor tick locations (log axes), unlabelled. */
  minor: number[];
  /** ScalarFormatter's offset / order of magnitude text ('1e6', '+1e3'), shown at the axis' end. */
  offset: string;
  label: TextSpec | null;
  /** Tick labels drawn (false for shared inner axes). */
  ticklabels: boolean;
  /** Tick label rotation in degrees (counter-clockwise). */
  rotation: number;
  /** Where ticks and labels go ('right' for a twinx's y axis, 'top' for a twiny's x); default left / bottom. */
  side?: 'left' | 'right' | 'bottom' | 'top';
}

export interface LineSpec {
  type: 'line';
  x: Series;
  y: Series;
  color: Color;
  /** Points. */
  linewidth: number;
  linestyle: '-' | '--' | ':' | '-.' | 'None';
  /** A matplotlib marker code ('o', 's', '^', '.', ...) or null. */
  marker: string | null;
  /** Points. */
  markersize: number;
  markerfacecolor: Color;
  markeredgecolor: Color;
  alpha: number;
  label: string | null;
  zorder: number;
  /** Where the markers go when not at every vertex (a step line's: its data points, not its corners). */
  markerX?: Series;
  markerY?: Series;
}

export interface ScatterSpec {
  type: 'scatter';
  x: Series;
  y: Series;
  /** Marker areas in points^2, one or per point. */
  sizes: Series;
  /** One colour for all, or per point. */
  colors: Color | Color[] | null;
  /** Values mapped through `cmap` (when `c` was numbers). */
  values: Series | null;
  cmap: string;
  vmin: number;
  vmax: number;
  marker: string;
  edgecolor: Color | null;
  /** Points. */
  linewidth: number;
  alpha: number;
  label: string | null;
  zorder: number;
}

/** Rectangles (bar, barh, hist): left, bottom, width, height in data coordinates. */
export interface BarsSpec {
  type: 'bars';
  x: Series;
  y: Series;
  width: Series;
  height: Series;
  /** One colour or one per bar. */
  color: Color | Color[];
  edgecolor: Color | null;
  linewidth: number;
  alpha: number;
  label: string | null;
  zorder: number;
  /** 'stepfilled' and 'step' histograms: the outline as one polygon, not bars. */
  histtype?: 'bar' | 'step' | 'stepfilled';
}

export interface ImageSpec {
  type: 'image';
  rows: number;
  cols: number;
  /** 1: values through `cmap`; 3 or 4: RGB(A) in 0..1 (floats) or 0..255 (`uint8`). */
  channels: 1 | 3 | 4;
  data: Series;
  uint8: boolean;
  cmap: string;
  vmin: number;
  vmax: number;
  /** [left, right, bottom, top] in data coordinates. */
  extent: [number, number, number, number];
  origin: 'upper' | 'lower';
  interpolation: 'nearest' | 'bilinear' | 'antialiased';
  alpha: number;
  zorder: number;
}

export interface FillSpec {
  type: 'fill';
  x: Series;
  y1: Series;
  y2: Series;
  color: Color;
  edgecolor: Color | null;
  alpha: number;
  label: string | null;
  zorder: number;
}

/** axhline / axvline: a line at a data value spanning axes fractions [from, to]. */
export interface RefLineSpec {
  type: 'refline';
  orient: 'h' | 'v';
  value: number;
  from: number;
  to: number;
  color: Color;
  linewidth: number;
  linestyle: LineSpec['linestyle'];
  alpha: number;
  label: string | null;
  zorder: number;
}

export interface TextArtistSpec {
  type: 'text';
  x: number;
  y: number;
  /** 'data' (default) or 'axes' fractions. */
  coords: 'data' | 'axes';
  text: TextSpec;
  ha: 'left' | 'center' | 'right';
  va: 'top' | 'center' | 'bottom' | 'baseline';
  rotation: number;
  zorder: number;
  /** annotate's arrow from the text to this point (data coordinates). */
  arrow?: { x: number; y: number; color: Color };
}

/** Error bars: vertical and/or horizontal segments with caps. */
export interface ErrorBarSpec {
  type: 'errorbar';
  x: Series;
  y: Series;
  /** Lower and upper extents (absolute data values) or null. */
  ylo: Series | null;
  yhi: Series | null;
  xlo: Series | null;
  xhi: Series | null;
  color: Color;
  linewidth: number;
  /** Cap length in points (0: none). */
  capsize: number;
  alpha: number;
  zorder: number;
}

/** A closed polygon patch (a pie's wedge): its outline in data coordinates. */
export interface PatchSpec {
  type: 'patch';
  x: Series;
  y: Series;
  facecolor: Color;
  edgecolor: Color | null;
  linewidth: number;
  alpha: number;
  label: string | null;
  zorder: number;
}

/**
 * contour / contourf: per level (lines) or per band between two levels (filled), its
 * polylines or polygons with NaN between parts, coloured by `value` through `cmap`
 * between vmin and vmax, or by `colors[k]` when colours were given.
 */
export interface ContourSpec {
  type: 'contour';
  filled: boolean;
  paths: { x: Series; y: Series; value: number; linestyle: LineSpec['linestyle']; linewidth: number }[];
  colors: Color[] | null;
  cmap: string;
  vmin: number;
  vmax: number;
  alpha: number;
  zorder: number;
}

export type ArtistSpec = LineSpec | ScatterSpec | BarsSpec | ImageSpec | FillSpec | RefLineSpec | TextArtistSpec | ErrorBarSpec | PatchSpec | ContourSpec;

export interface LegendEntry {
  label: string;
  /** How its handle is drawn: a line (with marker), a patch, or a marker alone. */
  kind: 'line' | 'patch' | 'marker';
  color: Color;
  edgecolor?: Color | null;
  linewidth?: number;
  linestyle?: LineSpec['linestyle'];
  marker?: string | null;
  markersize?: number;
  alpha?: number;
  /** An errorbar's handle: a vertical bar through the marker. */
  errorbar?: boolean;
}

export interface LegendSpec {
  /** Resolved location (never 'best': the model chose the corner). */
  loc: 'upper right' | 'upper left' | 'lower left' | 'lower right' | 'right' | 'center left' | 'center right' | 'lower center' | 'upper center' | 'center';
  entries: LegendEntry[];
  fontsize: number;
  title: string | null;
  frameon: boolean;
  ncols: number;
}

export interface ColorbarSpec {
  cmap: string;
  vmin: number;
  vmax: number;
  orientation: 'vertical' | 'horizontal';
  /** A filled contour's: bands between these levels, each in its `values` colour (not a gradient). */
  boundaries?: number[];
  values?: number[];
}

export interface AxesSpec {
  /** [left, bottom, width, height] in figure fractions (matplotlib's position). */
  position: [number, number, number, number];
  x: AxisSpec;
  y: AxisSpec;
  title: { left: TextSpec | null; center: TextSpec | null; right: TextSpec | null };
  facecolor: Color;
  grid: { x: boolean; y: boolean; color: Color; linewidth: number; linestyle: LineSpec['linestyle']; alpha: number };
  artists: ArtistSpec[];
  legend: LegendSpec | null;
  /** Set when this axes is a colorbar: the gradient is drawn in it. */
  colorbar: ColorbarSpec | null;
  frameon: boolean;
  /** Axis off (`plt.axis('off')`): no spines, ticks or labels. */
  axison: boolean;
  /** A twin's: its background is not painted (the axes below shows through). */
  transparent?: boolean;
}

export interface FigureSpec {
  version: 1;
  /** Inches. */
  width: number;
  height: number;
  dpi: number;
  facecolor: Color;
  suptitle: TextSpec | null;
  axes: AxesSpec[];
  /** Figure number (plt.figure(num)). */
  number: number;
}
