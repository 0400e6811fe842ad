/**
 * Line plot view: a 1-d array (audio, a time series) against its index, with axes, nice
 * ticks and a light grid. Up to one point per device pixel column it is a polyline (NaN
 * and +-inf break it); longer arrays are drawn as their min/max envelope per pixel column,
 * computed in one pass over the typed array, so 10^6 points draw in a few milliseconds.
 * Hover shows `[i] = value`.
 */
import { elements, formatExact, kindOf, valueRange, type NdarrayPayload } from './ndarray-data';
import { pngBase64, type ArrayView, type MountedView, type ViewContext } from './registry';
import { formatTick, niceTicks } from './ticks';

export const PLOT_RANK = 30;
/** 1-d arrays longer than this default to the plot (shorter ones to the table). */
export const PLOT_MIN_DEFAULT = 64;
export const PLOT_HEIGHT = 240;
const LINE = '#1f77b4';
const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface Envelope {
  /** Per column: smallest and largest finite value, NaN for a column with none. */
  min: Float64Array;
  max: Float64Array;
}

/**
 * Min/max envelope of data[start, end) over `columns` equal runs of indices (column c
 * covers [start + floor(c * len / columns), start + floor((c + 1) * len / columns))).
 * Non-finite values are skipped.
 */
export function envelope(data: ArrayLike<number>, columns: number, start = 0, end = data.length): Envelope {
  const min = new Float64Array(columns).fill(NaN);
  const max = new Float64Array(columns).fill(NaN);
  const len = end - start;
  for (let c = 0; c < columns; c++) {
    const a = start + Math.floor((c * len) / columns);
    const b = start + Math.floor(((c + 1) * len) / columns);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = a; i < b; i++) {
      const v = data[i];
      if (v < lo && v !== -Infinity) lo = v;
      if (v > hi && v !== Infinity) hi = v;
    }
    if (lo <= hi) {
      min[c] = lo;
      max[c] = hi;
    }
  }
  return { min, max };
}

export interface PlotGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  n: number;
  /** Data ranges the frame spans. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Drawn as an envelope (more points than device pixel columns). */
  envelope: boolean;
}

export function xToPx(g: PlotGeometry, i: number): number {
  return g.left + ((i - g.x0) / (g.x1 - g.x0)) * (g.width - g.left - g.right);
}

export function yToPx(g: PlotGeometry, v: number): number {
  return g.top + (1 - (v - g.y0) / (g.y1 - g.y0)) * (g.height - g.top - g.bottom);
}

/** Index under CSS x, clamped to the array. */
export function pxToIndex(g: PlotGeometry, x: number): number {
  const t = (x - g.left) / (g.width - g.left - g.right);
  return Math.min(g.n - 1, Math.max(0, Math.round(g.x0 + t * (g.x1 - g.x0))));
}

/** The y range shown: the finite range padded by 5%; a constant gets +-1 (or +-10%). */
export function yDomain(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [-1, 1];
  if (max === min) {
    const d = min === 0 ? 1 : Math.abs(min) * 0.1;
    return [min - d, max + d];
  }
  const pad = (max - min) * 0.05;
  return [min - pad, max + pad];
}

/** Draws the plot on `canvas` at `width` x `height` CSS px (times devicePixelRatio). */
export function drawPlot(canvas: HTMLCanvasElement, p: NdarrayPayload, width: number, height = PLOT_HEIGHT, dpr = globalThis.devicePixelRatio || 1): PlotGeometry {
  if (p.shape.length !== 1) throw new RangeError('the plot view draws 1-d arrays');
  const data = elements(p);
  const n = data.length;
  const range = valueRange(data);
  const [y0, y1] = yDomain(range.min, range.max);
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.font = FONT;

  const integer = kindOf(p.dtype) !== 'f';
  const plotH = height - 10 - 26;
  const yt = niceTicks(y0, y1, Math.max(2, Math.floor(plotH / 40)), integer);
  const yLabels = yt.values.map((v) => formatTick(v, yt.step));
  const labelW = Math.max(0, ...yLabels.map((s) => ctx.measureText(s).width));
  const g: PlotGeometry = {
    width, height, left: Math.ceil(labelW) + 14, right: 14, top: 10, bottom: 26,
    n, x0: 0, x1: Math.max(1, n - 1), y0, y1, envelope: false,
  };
  const plotW = width - g.left - g.right;

  // Grid, axes, ticks.
  ctx.lineWidth = 1;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  yt.values.forEach((v, k) => {
    const y = Math.round(yToPx(g, v)) + 0.5;
    ctx.strokeStyle = '#eef1f4';
    ctx.beginPath();
    ctx.moveTo(g.left, y);
    ctx.lineTo(width - g.right, y);
    ctx.stroke();
    ctx.strokeStyle = '#9aa6b2';
    ctx.beginPath();
    ctx.moveTo(g.left - 4, y);
    ctx.lineTo(g.left, y);
    ctx.stroke();
    ctx.fillStyle = '#39424e';
    ctx.fillText(yLabels[k], g.left - 6, y);
  });
  const xt = niceTicks(g.x0, g.x1, Math.max(2, Math.floor(plotW / 90)), true);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of xt.values) {
    const x = Math.round(xToPx(g, v)) + 0.5;
    ctx.strokeStyle = '#9aa6b2';
    ctx.beginPath();
    ctx.moveTo(x, height - g.bottom);
    ctx.lineTo(x, height - g.bottom + 4);
    ctx.stroke();
    ctx.fillStyle = '#39424e';
    ctx.fillText(formatTick(v, xt.step), x, height - g.bottom + 6);
  }
  ctx.strokeStyle = '#9aa6b2';
  ctx.beginPath();
  ctx.moveTo(g.left + 0.5, g.top);
  ctx.lineTo(g.left + 0.5, height - g.bottom + 0.5);
  ctx.lineTo(width - g.right, height - g.bottom + 0.5);
  ctx.stroke();

  // Data, clipped to the frame.
  ctx.save();
  ctx.beginPath();
  ctx.rect(g.left, g.top - 1, plotW, plotH + 2);
  ctx.clip();
  ctx.strokeStyle = LINE;
  ctx.fillStyle = LINE;
  ctx.lineWidth = 1.25;
  ctx.lineJoin = 'round';
  const columns = Math.max(1, Math.round(plotW * dpr));
  if (n > columns) {
    g.envelope = true;
    drawEnvelope(ctx, g, envelope(data, columns), plotW / columns);
  } else {
    ctx.beginPath();
    let pen = false;
    for (let i = 0; i < n; i++) {
      const v = data[i];
      if (!Number.isFinite(v)) {
        pen = false;
        continue;
      }
      const x = xToPx(g, i);
      const y = yToPx(g, v);
      if (pen) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
      pen = true;
    }
    ctx.stroke();
    if (n <= 60) {
      for (let i = 0; i < n; i++) {
        if (!Number.isFinite(data[i])) continue;
        ctx.beginPath();
        ctx.arc(xToPx(g, i), yToPx(g, data[i]), 2.5, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }
  ctx.restore();
  return g;
}

/** Fills each run of columns that have values as a band from min to max. */
function drawEnvelope(ctx: CanvasRenderingContext2D, g: PlotGeometry, env: Envelope, colW: number): void {
  const m = env.min.length;
  ctx.lineWidth = 1;
  let c = 0;
  while (c < m) {
    while (c < m && env.min[c] !== env.min[c]) c++;
    if (c >= m) break;
    const a = c;
    while (c < m && env.min[c] === env.min[c]) c++;
    const b = c; // run [a, b)
    ctx.beginPath();
    for (let k = a; k < b; k++) {
      const x = g.left + (k + 0.5) * colW;
      const y = yToPx(g, env.max[k]) - 0.5;
      if (k === a) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    for (let k = b - 1; k >= a; k--) ctx.lineTo(g.left + (k + 0.5) * colW, yToPx(g, env.min[k]) + 0.5);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  }
}

/** Width for the plot: what the output has, within 360..760 CSS px (640 when unknown). */
export function plotWidth(available: number): number {
  return available > 0 ? Math.max(360, Math.min(760, Math.floor(available))) : 640;
}

/** The plot as a PNG data URL. */
export function plotPNG(p: NdarrayPayload, width = 640): string {
  const c = document.createElement('canvas');
  drawPlot(c, p, width);
  return c.toDataURL('image/png');
}

export const plotView: ArrayView = {
  id: 'plot',
  label: 'plot',
  rank(p) {
    elements(p);
    if (p.shape.length !== 1 || p.shape[0] < 2) return 0;
    return p.shape[0] > PLOT_MIN_DEFAULT ? PLOT_RANK : 4;
  },
  mount(p: NdarrayPayload, ctx: ViewContext): MountedView {
    const el = document.createElement('div');
    el.className = 'nb-plot';
    const frame = document.createElement('div');
    frame.className = 'nb-plot-frame';
    const canvas = document.createElement('canvas');
    const guide = document.createElement('div');
    guide.className = 'nb-guide';
    const dot = document.createElement('div');
    dot.className = 'nb-dot';
    frame.append(canvas, guide, dot);
    const readout = document.createElement('div');
    readout.className = 'nb-readout';
    readout.textContent = '\u00a0';
    el.append(frame, readout);
    const g = drawPlot(canvas, p, plotWidth(ctx.width));
    // The frame in data and CSS px, for tools and tests reading the canvas.
    canvas.dataset.frame = JSON.stringify({ left: g.left, right: g.right, top: g.top, bottom: g.bottom, x0: g.x0, x1: g.x1, y0: g.y0, y1: g.y1, envelope: g.envelope });
    const data = elements(p);
    const hide = () => {
      guide.style.display = dot.style.display = 'none';
      readout.textContent = '\u00a0';
    };
    hide();
    canvas.addEventListener('mousemove', (e) => {
      const r = canvas.getBoundingClientRect();
      const x = ((e.clientX - r.left) / r.width) * g.width;
      if (x < g.left - 4 || x > g.width - g.right + 4) return hide();
      const i = pxToIndex(g, x);
      const v = data[i];
      readout.textContent = `[${i}] = ${formatExact(v, p.dtype)}`;
      const px = xToPx(g, i);
      guide.style.display = 'block';
      guide.style.left = `${px}px`;
      guide.style.top = `${g.top}px`;
      guide.style.height = `${g.height - g.top - g.bottom}px`;
      if (Number.isFinite(v)) {
        dot.style.display = 'block';
        dot.style.left = `${px}px`;
        dot.style.top = `${yToPx(g, v)}px`;
      } else dot.style.display = 'none';
    });
    canvas.addEventListener('mouseleave', hide);
    return { element: el, rendition: () => ({ 'image/png': pngBase64(canvas) }) };
  },
  css: `
.nb-plot { display: inline-block; max-width: 100%; }
.nb-plot-frame { position: relative; }
.nb-plot-frame canvas { display: block; }
.nb-guide { position: absolute; width: 0; border-left: 1px dashed #9aa6b2; pointer-events: none; }
.nb-dot { position: absolute; width: 7px; height: 7px; margin: -4px 0 0 -4px; border-radius: 50%;
  background: #fff; border: 2px solid ${LINE}; pointer-events: none; }
`,
};
