/**
 * stem (matplotlib's Axes.stem): stems from a baseline to each value ('C0-'), a marker on
 * each ('C0o') and the baseline across them ('C3-'), as three Line2Ds.
 */
import { ValueError } from '../errors';
import { values, isOptions, type ArrayLikeIn } from './data';
import type { Line2D } from './artists';
import type { Axes } from './axes';

export interface StemOptions {
  linefmt?: string;
  markerfmt?: string;
  basefmt?: string;
  /** The baseline's value (0). */
  bottom?: number;
  label?: string;
  orientation?: 'vertical' | 'horizontal';
}

/** What stem returns: its three parts (matplotlib's StemContainer). */
export class StemContainer {
  constructor(
    readonly markerline: Line2D,
    readonly stemlines: Line2D,
    readonly baseline: Line2D,
  ) {}
  __repr__(): string {
    return '<StemContainer object of 3 artists>';
  }
}

export function makeStem(ax: Axes, args: unknown[]): StemContainer {
  let opts: StemOptions = {};
  if (args.length && isOptions(args[args.length - 1])) opts = args.pop() as StemOptions;
  const data = args.filter((a) => typeof a !== 'string') as ArrayLikeIn[];
  const fmts = args.filter((a) => typeof a === 'string') as string[];
  if (data.length < 1 || data.length > 2) throw new ValueError('stem() takes 1 or 2 array arguments');
  const y = values(data[data.length - 1], 'y').data;
  const x = data.length === 2 ? values(data[0], 'x').data : Float64Array.from(y, (_, i) => i);
  if (x.length !== y.length) throw new ValueError(`x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
  const [linefmt = opts.linefmt ?? 'C0-', markerfmt = opts.markerfmt ?? 'C0o', basefmt = opts.basefmt ?? 'C3-'] = fmts;
  const bottom = opts.bottom ?? 0;
  const vertical = (opts.orientation ?? 'vertical') === 'vertical';
  const n = x.length;
  // Stems as one line broken by NaN (matplotlib's LineCollection).
  const sx = new Float64Array(3 * n);
  const sy = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    sx.set([x[i], x[i], NaN], 3 * i);
    sy.set([bottom, y[i], NaN], 3 * i);
  }
  const xy = (a: Float64Array, b: Float64Array) => (vertical ? [a, b] : [b, a]);
  const [stemlines] = ax.plot(...xy(sx, sy), linefmt);
  const [markerline] = ax.plot(...xy(x, y), markerfmt);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const [baseline] = ax.plot(...xy(Float64Array.of(lo, hi), Float64Array.of(bottom, bottom)), basefmt);
  if (opts.label !== undefined) stemlines.label = String(opts.label);
  return new StemContainer(markerline, stemlines, baseline);
}
