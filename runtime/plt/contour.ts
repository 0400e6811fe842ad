/**
 * contour and contourf (matplotlib's QuadContourSet): levels chosen as matplotlib chooses
 * them (MaxNLocator(N + 1, min_n_ticks=1) over z's range, trimmed to one level beyond
 * each end; 7 by default), colours from the colormap at each level (lines) or at the
 * middle of each band (filled) with the norm spanning the levels, negative levels dashed
 * when all lines have one colour, and limits fitted to the grid without margins.
 * The geometry is contour-grid.ts's.
 */
import { ValueError, NumpyTypeError } from '../errors';
import { NDArray } from '../ndarray';
import { ScalarMappable, type DataLim } from './artists';
import { toCss, type ColorLike } from './colors';
import { values, isOptions, shapeRepr, type ArrayLikeIn } from './data';
import { normLinestyle, type LineStyle } from './fmt';
import { maxNLocator } from './ticker';
import { isolines, isobands, type Grid, type Paths } from './contour-grid';
import type { ContourSpec, LegendEntry } from './spec';

export interface ContourOptions {
  /** A count (about that many levels, default 7) or the levels themselves (increasing). */
  levels?: number | ArrayLikeIn;
  /** One colour for every level, or one per level; otherwise `cmap`. */
  colors?: ColorLike | ColorLike[];
  cmap?: string;
  vmin?: number;
  vmax?: number;
  alpha?: number;
  /** Line widths in points (default 1.5); contour only. */
  linewidths?: number | number[];
  linestyles?: string | string[];
  /** contourf: also fill below the lowest and/or above the highest level. */
  extend?: 'neither' | 'min' | 'max' | 'both';
  zorder?: number;
}

/** MaxNLocator's default steps (contour levels use them, not AutoLocator's). */
const MAXN_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** matplotlib's ContourSet._autolev: about n levels spanning [zmin, zmax]. */
export function autoLevels(zmin: number, zmax: number, n: number, extend: ContourOptions['extend'] = 'neither'): number[] {
  const lev = maxNLocator(zmin, zmax, { nbins: n + 1, steps: MAXN_STEPS, minNTicks: 1 });
  const under = lev.map((v, i) => (v < zmin ? i : -1)).filter((i) => i >= 0);
  let i0 = under.length ? under[under.length - 1] : 0;
  const over = lev.findIndex((v) => v > zmax);
  let i1 = over >= 0 ? over + 1 : lev.length;
  if (extend === 'min' || extend === 'both') i0 += 1;
  if (extend === 'max' || extend === 'both') i1 -= 1;
  if (i1 - i0 < 3) [i0, i1] = [0, lev.length];
  return lev.slice(i0, i1);
}

/** The lines or filled regions of a contour plot, with their levels (matplotlib's QuadContourSet). */
export class ContourSet extends ScalarMappable {
  override zorder: number;
  constructor(
    readonly filled: boolean,
    /** The levels (increasing). */
    readonly levelValues: number[],
    /** Per level (lines) or band (filled): its value on the colormap. */
    readonly layerValues: number[],
    readonly paths: Paths[],
    readonly styles: { linestyle: LineStyle; linewidth: number }[],
    public colors: string[] | null,
    public cmap: string,
    public vmin: number,
    public vmax: number,
    readonly extent: [number, number, number, number],
  ) {
    super();
    this.zorder = filled ? 1 : 2;
  }
  /** The contour levels (`cs.levels`). */
  get levels(): NDArray {
    return new NDArray(Float64Array.from(this.levelValues), 'float64', [this.levelValues.length]);
  }
  /** The colormapped value of each line or band (`cs.layers`). */
  get layers(): NDArray {
    return new NDArray(Float64Array.from(this.layerValues), 'float64', [this.layerValues.length]);
  }
  protected override get pyClass(): string {
    return 'matplotlib.contour.QuadContourSet';
  }
  override dataLim(): DataLim {
    const [x0, x1, y0, y1] = this.extent;
    return {
      x: [x0, x1], y: [y0, y1], xpos: x0 > 0 ? [x0, x1] : null, ypos: y0 > 0 ? [y0, y1] : null, stickyX: [x0, x1], stickyY: [y0, y1],
    };
  }
  override spec(): ContourSpec {
    return {
      type: 'contour', filled: this.filled, colors: this.colors, cmap: this.cmap, vmin: this.vmin, vmax: this.vmax, alpha: this.alpha ?? 1, zorder: this.zorder,
      paths: this.paths.map((p, k) => ({ x: Float64Array.from(p.x), y: Float64Array.from(p.y), value: this.layerValues[k], ...this.styles[k] })),
    };
  }
  override legendEntry(): LegendEntry | null {
    return null;
  }
}

/** The grid of `contour([X, Y,] Z)`: Z's rows are y, its columns x. */
function gridOf(args: ArrayLikeIn[]): Grid {
  if (args.length !== 1 && args.length !== 3) throw new NumpyTypeError(`contour() takes 1 or 3 positional arguments but ${args.length} were given`);
  const Z = values(args[args.length - 1], 'Z');
  if (Z.shape.length !== 2) throw new NumpyTypeError(`Input z must be 2D, not ${Z.shape.length}D`);
  const [ny, nx] = Z.shape;
  if (ny < 2 || nx < 2) throw new NumpyTypeError(`Input z must be at least a (2, 2) shaped array, but has shape ${shapeRepr(Z.shape)}`);
  const X = new Float64Array(nx * ny);
  const Y = new Float64Array(nx * ny);
  let rect = true;
  if (args.length === 1) {
    for (let i = 0; i < ny; i++) for (let j = 0; j < nx; j++) {
      X[i * nx + j] = j;
      Y[i * nx + j] = i;
    }
  } else {
    const xv = values(args[0], 'X');
    const yv = values(args[1], 'Y');
    if (xv.shape.length === 1 && yv.shape.length === 1) {
      if (xv.shape[0] !== nx) throw new NumpyTypeError(`Length of x (${xv.shape[0]}) must match number of columns in z (${nx})`);
      if (yv.shape[0] !== ny) throw new NumpyTypeError(`Length of y (${yv.shape[0]}) must match number of rows in z (${ny})`);
      for (let i = 0; i < ny; i++) for (let j = 0; j < nx; j++) {
        X[i * nx + j] = xv.data[j];
        Y[i * nx + j] = yv.data[i];
      }
    } else if (xv.shape.length === 2 && yv.shape.length === 2) {
      if (xv.shape[0] !== ny || xv.shape[1] !== nx || yv.shape[0] !== ny || yv.shape[1] !== nx) {
        throw new NumpyTypeError(`Shapes of x ${shapeRepr(xv.shape)} and z ${shapeRepr(Z.shape)} do not match`);
      }
      X.set(xv.data);
      Y.set(yv.data);
      rect = false;
    } else throw new NumpyTypeError(`Inputs x and y must be 1D or 2D, not ${xv.shape.length}D`);
  }
  return { nx, ny, z: Z.data, X, Y, rect };
}

function finiteMinMax(a: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of a) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Repeats `list` to length n (matplotlib cycles linewidths, linestyles and colours). */
const cycled = <T>(list: T[], n: number): T[] => Array.from({ length: n }, (_, i) => list[i % list.length]);

/**
 * Builds the ContourSet of `contour(...args)` / `contourf(...args)`: args are
 * `[X, Y,] Z [, levels] [, opts]`.
 */
export function makeContour(filled: boolean, args: unknown[], checkCmap: (c: unknown) => string): ContourSet {
  let opts: ContourOptions = {};
  if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as ContourOptions;
  let levelsArg: number | ArrayLikeIn | undefined = opts.levels;
  // A trailing count or list after Z (or X, Y, Z) is the levels.
  if (args.length === 2 || args.length === 4) levelsArg = args.pop() as number | ArrayLikeIn;
  const g = gridOf(args as ArrayLikeIn[]);
  const [zmin, zmax] = finiteMinMax(g.z);
  if (!(zmin <= zmax)) throw new ValueError('Contour data must contain finite values');
  const extend = opts.extend ?? 'neither';
  let levels: number[];
  if (levelsArg === undefined || typeof levelsArg === 'number') {
    const n = levelsArg ?? 7;
    if (!Number.isInteger(n)) throw new NumpyTypeError('levels must be an integer count or a list of levels');
    levels = autoLevels(zmin, zmax, n, extend);
  } else levels = Array.from(values(levelsArg, 'levels').data);
  if (!filled && !levels.some((l) => l > zmin && l < zmax)) levels = [zmin];
  if (filled && levels.length < 2) throw new ValueError('Filled contours require at least 2 levels.');
  for (let i = 1; i < levels.length; i++) if (!(levels[i] > levels[i - 1])) throw new ValueError('Contour levels must be increasing');
  // Extended bands run to ±1e250, as matplotlib's _levels.
  const bounds = [...(extend === 'min' || extend === 'both' ? [-1e250] : []), ...levels, ...(extend === 'max' || extend === 'both' ? [1e250] : [])];
  const layers = filled ? bounds.slice(0, -1).map((l, i) => 0.5 * (l + bounds[i + 1])) : levels;
  let paths: Paths[];
  if (filled) {
    // matplotlib's lowest band includes its lower level (z == zmin is filled).
    const b = [...bounds];
    if (b[0] === zmin) b[0] = zmin - 1e-12 * Math.max(1, Math.abs(zmin));
    paths = isobands(g, b);
  } else paths = levels.map((l) => isolines(g, l));
  const n = paths.length;
  let colors: string[] | null = null;
  let monochrome = false;
  if (opts.colors !== undefined) {
    const c = opts.colors;
    const list = typeof c === 'string' || (Array.isArray(c) && typeof c[0] === 'number') ? [c as ColorLike] : (c as ColorLike[]);
    colors = cycled(list.map((v) => toCss(v)), n);
    monochrome = list.length === 1;
  }
  const lw = opts.linewidths === undefined ? [1.5] : Array.isArray(opts.linewidths) ? opts.linewidths : [opts.linewidths];
  const lsOpt = opts.linestyles;
  const ls: LineStyle[] = lsOpt === undefined ? [] : (Array.isArray(lsOpt) ? lsOpt : [lsOpt]).map(normLinestyle);
  const eps = -(zmax - zmin) * 1e-15;
  const styles = layers.map((lev, k) => ({
    linewidth: cycled(lw, n)[k],
    linestyle: ls.length ? ls[k % ls.length] : !filled && monochrome && lev < eps ? ('--' as LineStyle) : ('-' as LineStyle),
  }));
  const vmin = opts.vmin ?? Math.min(...levels);
  const vmax = opts.vmax ?? Math.max(...levels);
  const [x0, x1] = finiteMinMax(g.X);
  const [y0, y1] = finiteMinMax(g.Y);
  const cs = new ContourSet(filled, levels, layers, paths, styles, colors, checkCmap(opts.cmap), vmin, vmax, [x0, x1, y0, y1]);
  if (opts.alpha !== undefined) cs.alpha = opts.alpha;
  if (opts.zorder !== undefined) cs.zorder = opts.zorder;
  return cs;
}
