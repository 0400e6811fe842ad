/**
 * The options objects of matplotlib's Axes methods (their keyword arguments), the
 * colormap names, font sizes by name, and the text and legend helpers both parts of Axes
 * (axes-base.ts, axes.ts) share.
 */
import { ValueError, NumpyTypeError } from '../errors';
import type { LegendSpec, TextSpec } from './spec';
import { toCss, type ColorLike } from './colors';
import type { Artist } from './artists';
import type { ArrayLikeIn } from './data';

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

/** A text's spec from its options (size in points, colour, weight). */
export function textSpec(s: unknown, size: number, opts: TextOptions | TextArtistOptions = {}, dfltWeight: 'normal' | 'bold' = 'normal'): TextSpec {
  return { text: String(s), fontsize: fontSize(opts.fontsize, size), color: opts.color !== undefined ? toCss(opts.color) : '#000000', fontweight: opts.fontweight ?? dfltWeight };
}

/** The legend locations, in matplotlib's order of `loc` codes (1 upwards). */
export const LOCS: LegendSpec['loc'][] = ['upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'];
