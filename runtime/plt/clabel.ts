/**
 * clabel (matplotlib's ContourLabeler.clabel): each contour line long enough for its label
 * gets the level as text at the middle of its length, turned along the line, and with
 * `inline` (the default) the line is cut where the label sits. Levels are written as
 * matplotlib's default formatter writes them (ScalarFormatter without offset).
 */
import { ValueError } from '../errors';
import type { Axes } from './axes';
import type { ContourSet } from './contour';
import type { Text } from './artists';
import { toCss, type ColorLike } from './colors';
import { fontSize } from './axes-options';
import { scalarFormatter } from './ticker';

export interface ClabelOptions {
  fontsize?: number | string;
  /** Cut the line under the label (default true). */
  inline?: boolean;
  /** One colour for every label (default: each line's colour, black for colormapped lines). */
  colors?: ColorLike;
  /** A format ('%1.2f') or a function of the level. */
  fmt?: string | ((level: number) => string);
  /** Turn labels along their line (default true). */
  rotate?: boolean;
}

/** A level as text under `fmt` ('%1.2f', '%d', '%.1e'...). */
function formatLevel(fmt: string, v: number): string {
  const m = /%([-+ 0#]*)(\d*)(?:\.(\d+))?([dfeg])/.exec(fmt);
  if (!m) return fmt;
  const p = m[3] === undefined ? 6 : Number(m[3]);
  const s = m[4] === 'd' ? String(Math.trunc(v)) : m[4] === 'e' ? v.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2') : m[4] === 'g' ? String(Number(v.toPrecision(Math.max(1, p)))) : v.toFixed(p);
  return fmt.replace(m[0], s).replace('%%', '%');
}

export function makeClabel(ax: Axes, cs: ContourSet, levels: number[] | undefined, opts: ClabelOptions): Text[] {
  if (cs.filled) throw new ValueError('clabel labels contour lines: call it on the result of contour(), not contourf()');
  const fs = fontSize(opts.fontsize, 10);
  const inline = opts.inline ?? true;
  const rotate = opts.rotate ?? true;
  const all = cs.levelValues;
  const f = scalarFormatter(all, Math.min(...all), Math.max(...all), { useOffset: false });
  const label = (k: number) => (typeof opts.fmt === 'function' ? String(opts.fmt(all[k])) : typeof opts.fmt === 'string' ? formatLevel(opts.fmt, all[k]) : f.labels[k]);
  // Data -> figure points (linear axes), to measure lengths and angles as they are drawn.
  const [, , bw, bh] = ax.box();
  const [x0, x1] = ax.get_xlim();
  const [y0, y1] = ax.get_ylim();
  const W = ax.figure.width * 72;
  const H = ax.figure.height * 72;
  const sx = (bw * W) / (x1 - x0);
  const sy = (bh * H) / (y1 - y0);
  const texts: Text[] = [];
  all.forEach((level, k) => {
    if (levels && !levels.some((l) => Math.abs(l - level) <= 1e-12 * Math.max(1, Math.abs(level)))) return;
    const p = cs.paths[k];
    const text = label(k);
    const half = (text.length * 0.6 * fs) / 2 + 0.3 * fs;
    const xs: number[] = [];
    const ys: number[] = [];
    let s = 0;
    for (let i = 0; i <= p.x.length; i++) {
      if (i < p.x.length && !Number.isNaN(p.x[i])) continue;
      const px = p.x.slice(s, i);
      const py = p.y.slice(s, i);
      s = i + 1;
      // Arc length in points along the part.
      const len = [0];
      for (let j = 1; j < px.length; j++) len.push(len[j - 1] + Math.hypot((px[j] - px[j - 1]) * sx, (py[j] - py[j - 1]) * sy));
      const total = len[len.length - 1] ?? 0;
      let keepX = px;
      let keepY = py;
      if (total > 4 * half) {
        const mid = total / 2;
        const j = Math.max(1, len.findIndex((l) => l >= mid));
        const t = (mid - len[j - 1]) / (len[j] - len[j - 1] || 1);
        const lx = px[j - 1] + t * (px[j] - px[j - 1]);
        const ly = py[j - 1] + t * (py[j] - py[j - 1]);
        let angle = rotate ? (Math.atan2((py[j] - py[j - 1]) * sy, (px[j] - px[j - 1]) * sx) * 180) / Math.PI : 0;
        // Upright text: turned at most a quarter either way.
        if (angle > 90) angle -= 180;
        if (angle < -90) angle += 180;
        const color = opts.colors !== undefined ? toCss(opts.colors) : (cs.colors?.[k] ?? '#000000');
        const t0 = ax.text(lx, ly, text, { fontsize: fs, color, ha: 'center', va: 'center', rotation: angle });
        t0.zorder = 3;
        texts.push(t0);
        if (inline) {
          // The line stops half a label's width before the label and starts again after it.
          keepX = [];
          keepY = [];
          for (let q = 0; q < px.length; q++) {
            if (Math.abs(len[q] - mid) < half) {
              if (keepX.length && !Number.isNaN(keepX[keepX.length - 1])) {
                keepX.push(NaN);
                keepY.push(NaN);
              }
              continue;
            }
            keepX.push(px[q]);
            keepY.push(py[q]);
          }
        }
      }
      if (xs.length) {
        xs.push(NaN);
        ys.push(NaN);
      }
      xs.push(...keepX);
      ys.push(...keepY);
    }
    p.x = xs;
    p.y = ys;
  });
  return texts;
}
