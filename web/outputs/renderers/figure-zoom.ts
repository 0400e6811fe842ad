/**
 * Panning and zooming a drawn figure: the same figure spec with other view limits on one
 * axes, and ticks for them. The first view is the kernel's, with matplotlib's own ticks;
 * a moved view gets ticks here (1, 2, 2.5 or 5 times a power of ten, about as many as the
 * axis had, labelled with one precision and matplotlib's minus sign; a log axis gets its
 * decades), since the page does not run the kernel's tick code. Pure, no DOM.
 */
import type { AxesSpec, AxisSpec, FigureSpec, Tick } from '../../../runtime/plt/spec';

/** A step of 1, 2, 2.5 or 5 x 10^k near span / target (matplotlib's AutoLocator steps). */
function step(span: number, target: number): number {
  const raw = span / Math.max(1, target);
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10) * p;
}

/** Linear ticks on [lo, hi], about `target` of them. */
export function linearTicks(lo: number, hi: number, target: number): Tick[] {
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return [];
  const s = step(hi - lo, target);
  const decimals = Math.max(0, -Math.floor(Math.log10(s) + 1e-9) + (s / 10 ** Math.floor(Math.log10(s) + 1e-9) === 2.5 ? 1 : 0));
  const out: Tick[] = [];
  for (let k = Math.ceil(lo / s - 1e-9); k <= Math.floor(hi / s + 1e-9); k++) {
    const v = k * s;
    const a = Math.abs(v);
    const text = a !== 0 && (a >= 1e6 || a < 1e-4) ? v.toExponential(2).replace(/\.?0+e/, 'e') : v.toFixed(Math.min(decimals, 20));
    out.push({ value: Number(v.toFixed(Math.min(decimals + 2, 20))), label: text.replace('-', '\u2212') });
  }
  return out;
}

/** Decades on [lo, hi] (both > 0), labelled 10^{k} as matplotlib's LogFormatterSciNotation. */
export function logTicks(lo: number, hi: number): Tick[] {
  const out: Tick[] = [];
  for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++) out.push({ value: 10 ** k, label: `$\\mathdefault{10^{${k}}}$` });
  return out;
}

function axisWith(a: AxisSpec, lim: [number, number]): AxisSpec {
  if (a.lim[0] === lim[0] && a.lim[1] === lim[1]) return a;
  const [lo, hi] = lim[0] <= lim[1] ? lim : [lim[1], lim[0]];
  const shown = a.ticks.filter((t) => t.value >= Math.min(...a.lim) && t.value <= Math.max(...a.lim)).length;
  const ticks = a.scale === 'log' ? logTicks(lo, hi) : linearTicks(lo, hi, Math.max(3, shown));
  return { ...a, lim, ticks, minor: [], offset: '' };
}

const sameLim = (a: AxisSpec, b: AxisSpec) => a.lim[0] === b.lim[0] && a.lim[1] === b.lim[1];
const samePlace = (a: AxesSpec, b: AxesSpec) => a.position.every((v, k) => Math.abs(v - b.position[k]) < 1e-9);

/**
 * The spec with axes `i` showing `xlim` and `ylim`. A twin (twinx/twiny: an axes in the
 * same place sharing an axis' limits) moves its shared axis with it, so the two stay in
 * step; every other axes stays as it was.
 */
export function withLimits(spec: FigureSpec, i: number, xlim: [number, number], ylim: [number, number]): FigureSpec {
  const me = spec.axes[i];
  const axes = spec.axes.map((ax, j): AxesSpec => {
    if (j === i) return { ...ax, x: axisWith(ax.x, xlim), y: axisWith(ax.y, ylim) };
    if (ax.colorbar || !samePlace(ax, me)) return ax;
    return { ...ax, x: sameLim(ax.x, me.x) ? axisWith(ax.x, xlim) : ax.x, y: sameLim(ax.y, me.y) ? axisWith(ax.y, ylim) : ax.y };
  });
  return { ...spec, axes };
}

/** To and from the axis' drawing coordinate (log10 on a log axis), where pan and zoom are linear. */
const fwd = (a: AxisSpec, v: number) => (a.scale === 'log' ? Math.log10(v) : v);
const back = (a: AxisSpec, t: number) => (a.scale === 'log' ? 10 ** t : t);

/** Limits moved by a fraction of the view (dx of its width: the pointer dragged right shows what was left). */
export function panned(a: AxisSpec, fraction: number): [number, number] {
  const t0 = fwd(a, a.lim[0]);
  const t1 = fwd(a, a.lim[1]);
  const d = (t1 - t0) * fraction;
  return [back(a, t0 - d), back(a, t1 - d)];
}

/** Limits scaled by `factor` (< 1 zooms in) about the point at `at` (0 = the lim[0] end, 1 = lim[1]). */
export function zoomed(a: AxisSpec, factor: number, at: number): [number, number] {
  const t0 = fwd(a, a.lim[0]);
  const t1 = fwd(a, a.lim[1]);
  const c = t0 + (t1 - t0) * at;
  return [back(a, c + (t0 - c) * factor), back(a, c + (t1 - c) * factor)];
}

/** Limits between two places of the view given as fractions (a box zoom). */
export function boxed(a: AxisSpec, from: number, to: number): [number, number] {
  const t0 = fwd(a, a.lim[0]);
  const t1 = fwd(a, a.lim[1]);
  const [p, q] = from <= to ? [from, to] : [to, from];
  return [back(a, t0 + (t1 - t0) * p), back(a, t0 + (t1 - t0) * q)];
}
