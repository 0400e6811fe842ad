/**
 * pie (matplotlib's Axes.pie): wedges of a unit circle in proportion to x (normalised by
 * its sum, in float32 as matplotlib does), from `startangle` degrees counter-clockwise,
 * colours from the cycle; `explode` moves a wedge out along its middle angle, labels sit
 * at 1.1 radii and `autopct` texts at 0.6. The axes gets equal aspect, no frame or
 * ticks, and limits of ±1.25 about the centre.
 */
import { printf } from '../printf';
import { ValueError, NumpyTypeError } from '../errors';
import type { Text } from './artists';
import { Patch } from './patches';
import { toCss, type ColorLike } from './colors';
import { values, type ArrayLikeIn } from './data';
import type { Axes } from './axes';

export interface PieOptions {
  explode?: ArrayLikeIn;
  labels?: string[];
  colors?: ColorLike[];
  /** A printf format ('%1.1f%%') or a function of the percentage. */
  autopct?: string | ((pct: number) => string);
  pctdistance?: number;
  labeldistance?: number | null;
  startangle?: number;
  radius?: number;
  counterclock?: boolean;
  center?: [number, number];
  wedgeprops?: { edgecolor?: ColorLike; linewidth?: number; width?: number; alpha?: number };
  textprops?: { fontsize?: number | string; color?: ColorLike };
  normalize?: boolean;
}

/** A wedge of a circle (matplotlib's Wedge patch), angles in degrees; `width` makes it a ring sector. */
export class Wedge extends Patch {
  constructor(
    readonly center: [number, number],
    readonly r: number,
    readonly theta1: number,
    readonly theta2: number,
    facecolor: string,
    edgecolor: string | null = null,
    linewidth = 0,
    readonly width: number | null = null,
  ) {
    super(facecolor, edgecolor, linewidth);
  }
  protected override get pyClass(): string {
    return 'matplotlib.patches.Wedge';
  }
  override toString(): string {
    return `Wedge(center=(${this.center[0]}, ${this.center[1]}), r=${this.r}, theta1=${this.theta1}, theta2=${this.theta2}, width=${this.width})`;
  }
  override __repr__(): string {
    return this.toString();
  }
  /** The outline: the arc (a vertex per degree at most), then the centre (or the inner arc back). */
  outline(): { x: Float64Array; y: Float64Array } {
    const [cx, cy] = this.center;
    const span = this.theta2 - this.theta1;
    const n = Math.max(2, Math.ceil(Math.abs(span)) + 1);
    const xs: number[] = [];
    const ys: number[] = [];
    const arc = (r: number, reverse: boolean) => {
      for (let k = 0; k < n; k++) {
        const t = ((this.theta1 + (span * (reverse ? n - 1 - k : k)) / (n - 1)) * Math.PI) / 180;
        xs.push(cx + r * Math.cos(t));
        ys.push(cy + r * Math.sin(t));
      }
    };
    arc(this.r, false);
    if (this.width !== null && this.width < this.r) arc(this.r - this.width, true);
    else if (Math.abs(span) < 360) {
      xs.push(cx);
      ys.push(cy);
    }
    return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
  }
}

/** Python's `fmt % value` for the one number autopct formats ('%1.1f%%', '%d%%', '%.0f'): runtime/printf.ts, exact with ties to even. */
export function percentFormat(fmt: string, v: number): string {
  return printf(fmt, [{ v, kind: 'f', type: 'float' }]);
}

/** Draws the pie into `ax`; returns [wedges, texts] or, with autopct, [wedges, texts, autotexts]. */
export function makePie(ax: Axes, x: ArrayLikeIn, opts: PieOptions): [Wedge[], Text[]] | [Wedge[], Text[], Text[]] {
  ax.set_aspect('equal');
  const v = values(x, 'x');
  if (v.shape.length > 1) throw new ValueError('x must be 1D');
  const data = Float32Array.from(v.data);
  if (data.some((d) => d < 0)) throw new ValueError("Wedge sizes 'x' must be non negative values");
  let sum = 0;
  for (const d of data) sum = Math.fround(sum + d);
  const normalize = opts.normalize ?? true;
  if (!normalize && sum > 1) throw new ValueError('Cannot plot an unnormalized pie with sum(x) > 1');
  const fracs = Array.from(data, (d) => (normalize ? Math.fround(d / sum) : d));
  const n = fracs.length;
  const labels = opts.labels ?? new Array<string>(n).fill('');
  const explode = opts.explode !== undefined ? Array.from(values(opts.explode, 'explode').data) : new Array<number>(n).fill(0);
  if (labels.length !== n) throw new ValueError("'label' must be of length 'x'");
  if (explode.length !== n) throw new ValueError("'explode' must be of length 'x'");
  const radius = opts.radius ?? 1;
  if (!(radius > 0)) throw new ValueError(`radius must be a positive number, not ${radius}`);
  const [cx0, cy0] = opts.center ?? [0, 0];
  const ccw = opts.counterclock ?? true;
  const labeldistance = opts.labeldistance === undefined ? 1.1 : opts.labeldistance;
  const pctdistance = opts.pctdistance ?? 0.6;
  const wp = opts.wedgeprops ?? {};
  const tp = opts.textprops ?? {};
  const wedges: Wedge[] = [];
  const texts: Text[] = [];
  const autotexts: Text[] = [];
  let theta1 = (opts.startangle ?? 0) / 360;
  for (let i = 0; i < n; i++) {
    const theta2 = ccw ? theta1 + fracs[i] : theta1 - fracs[i];
    const thetam = Math.PI * (theta1 + theta2);
    const cx = cx0 + explode[i] * Math.cos(thetam);
    const cy = cy0 + explode[i] * Math.sin(thetam);
    const color = opts.colors ? toCss(opts.colors[i % opts.colors.length]) : ax.nextPatchColor();
    const w = new Wedge([cx, cy], radius, 360 * Math.min(theta1, theta2), 360 * Math.max(theta1, theta2), color,
      wp.edgecolor !== undefined ? toCss(wp.edgecolor) : null, wp.linewidth ?? (wp.edgecolor !== undefined ? 1 : 0), wp.width ?? null);
    if (labels[i] !== '') w.label = String(labels[i]);
    if (wp.alpha !== undefined) w.alpha = wp.alpha;
    wedges.push(ax.add_artist(w));
    if (labeldistance !== null) {
      const xt = cx + labeldistance * radius * Math.cos(thetam);
      const yt = cy + labeldistance * radius * Math.sin(thetam);
      texts.push(ax.text(xt, yt, String(labels[i]), { ha: xt > 0 ? 'left' : 'right', va: 'center', fontsize: tp.fontsize ?? 10, color: tp.color }));
    }
    if (opts.autopct !== undefined) {
      const xt = cx + pctdistance * radius * Math.cos(thetam);
      const yt = cy + pctdistance * radius * Math.sin(thetam);
      const pct = 100 * fracs[i];
      let s: string;
      if (typeof opts.autopct === 'string') s = percentFormat(opts.autopct, pct);
      else if (typeof opts.autopct === 'function') s = String(opts.autopct(pct));
      else throw new NumpyTypeError('autopct must be callable or a format string');
      autotexts.push(ax.text(xt, yt, s, { ha: 'center', va: 'center', fontsize: tp.fontsize, color: tp.color }));
    }
    theta1 = theta2;
  }
  ax.axison = false;
  ax.set_xticks([]);
  ax.set_yticks([]);
  ax.set_xlim(-1.25 + cx0, 1.25 + cx0);
  ax.set_ylim(-1.25 + cy0, 1.25 + cy0);
  return opts.autopct === undefined ? [wedges, texts] : [wedges, texts, autotexts];
}
