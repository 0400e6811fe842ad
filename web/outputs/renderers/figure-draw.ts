/**
 * Draws a matplotlib figure spec (runtime/plt/spec.ts) on a 2-D canvas context, in
 * matplotlib's default style: white figure, black 0.8 pt spines and outward 3.5 pt ticks,
 * 10 pt DejaVu Sans (or the nearest sans-serif) tick labels, 12 pt titles, tab10
 * colours, a legend box with a light frame. Sizes are points (1/72 in) scaled by the
 * figure's dpi, so a 6.4 x 4.8 in figure at 100 dpi is 640 x 480 px, as matplotlib's.
 *
 * No DOM: it draws on any CanvasRenderingContext2D or OffscreenCanvasRenderingContext2D,
 * so the page (figure.ts) and the kernel's worker (savefig, `rasterizeFigure`) share it.
 *
 * Speed: a line with more points than pixel columns is decimated per column (the first,
 * lowest, highest and last point of each column; the picture is the same), so 10^6
 * points cost one pass; scatter markers of one size are stamped from pre-drawn sprites
 * (one per colour) with drawImage.
 */
import type { ArtistSpec, AxesSpec, AxisSpec, BarsSpec, FigureSpec, FillSpec, ImageSpec, LegendEntry, LegendSpec, LineSpec, ScatterSpec, Series, TextSpec } from '../../../runtime/plt/spec';
import { colormap, isColormapName, lutIndex, pack, type ColormapName } from './colormaps';
import { drawContour, drawPatch } from './figure-draw-shapes';

export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const FONT_FAMILY = '"DejaVu Sans", "Bitstream Vera Sans", Verdana, Arial, Helvetica, sans-serif';

/** A series as a Float64Array (from a typed array, a plain array, or base64 float64 bytes). */
export function series(s: Series | null | undefined): Float64Array {
  if (!s) return new Float64Array(0);
  if (s instanceof Float64Array) return s;
  if (Array.isArray(s)) return Float64Array.from(s);
  if (typeof (s as { base64?: unknown }).base64 === 'string') {
    const bin = atob((s as { base64: string }).base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Float64Array(bytes.buffer, 0, bytes.length >> 3);
  }
  // A Float64Array that went through JSON ({"0": v, "1": v, ...}).
  return Float64Array.from(Object.values(s as unknown as Record<string, number>));
}

// ---- colormaps ------------------------------------------------------------------------

/** Anchors of colormaps the shared tables lack (matplotlib's, sampled). */
const ANCHORS: Record<string, string[]> = {
  hot: ['0a0000', 'ff0000', 'ffff00', 'ffffff'],
  jet: ['000080', '0000ff', '00ffff', '7dff7a', 'ffff00', 'ff0000', '800000'],
  coolwarm: ['3b4cc0', '6f92f3', 'aac7fd', 'dddcdc', 'f7b89c', 'e7745b', 'b40426'],
  Blues: ['f7fbff', 'deebf7', 'c6dbef', '9ecae1', '6baed6', '4292c6', '2171b5', '08519c', '08306b'],
  Reds: ['fff5f0', 'fee0d2', 'fcbba1', 'fc9272', 'fb6a4a', 'ef3b2c', 'cb181d', 'a50f15', '67000d'],
  Greens: ['f7fcf5', 'e5f5e0', 'c7e9c0', 'a1d99b', '74c476', '41ab5d', '238b45', '006d2c', '00441b'],
  Greys: ['ffffff', '000000'],
  twilight: ['e2d9e2', '7c8ac1', '5a3d94', '2f1436', '6e2c4e', 'b16a56', 'e2d9e2'],
};

const luts = new Map<string, Uint32Array>();

/** 256 packed RGBA entries of a matplotlib colormap name ('_r' reversed). */
export function lut(name: string): Uint32Array {
  let t = luts.get(name);
  if (t) return t;
  const reversed = name.endsWith('_r');
  const base = reversed ? name.slice(0, -2) : name;
  const rgb = new Uint8Array(768);
  const lower = base === 'grey' ? 'gray' : base === 'RdBu' ? 'rdbu' : base;
  if (isColormapName(lower)) {
    rgb.set(colormap(lower as ColormapName).rgb);
    // The shared 'rdbu' is blue-low (matplotlib's RdBu_r): matplotlib's RdBu is red-low.
    if (base === 'RdBu') reverse(rgb);
  } else {
    const a = (ANCHORS[base] ?? ANCHORS.Greys).map((h) => [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16)));
    for (let i = 0; i < 256; i++) {
      const t01 = (i / 255) * (a.length - 1);
      const k = Math.min(a.length - 2, Math.floor(t01));
      const f = t01 - k;
      for (let c = 0; c < 3; c++) rgb[3 * i + c] = Math.round(a[k][c] + (a[k + 1][c] - a[k][c]) * f);
    }
  }
  if (reversed) reverse(rgb);
  t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) t[i] = pack(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]);
  luts.set(name, t);
  return t;
}

function reverse(rgb: Uint8Array): void {
  for (let i = 0, j = 255; i < j; i++, j--) {
    for (let c = 0; c < 3; c++) {
      const x = rgb[3 * i + c];
      rgb[3 * i + c] = rgb[3 * j + c];
      rgb[3 * j + c] = x;
    }
  }
}

const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** CSS colour of a packed LUT entry. */
export function lutCss(v: number): string {
  const r = LITTLE ? v & 255 : v >>> 24;
  const g = LITTLE ? (v >>> 8) & 255 : (v >>> 16) & 255;
  const b = LITTLE ? (v >>> 16) & 255 : (v >>> 8) & 255;
  return `rgb(${r},${g},${b})`;
}

// ---- canvases -------------------------------------------------------------------------

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

/** A scratch canvas (OffscreenCanvas where there is one: the page and workers). */
function scratch(w: number, h: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(Math.max(1, w), Math.max(1, h));
  const c = document.createElement('canvas');
  c.width = Math.max(1, w);
  c.height = Math.max(1, h);
  return c;
}

// ---- geometry ---------------------------------------------------------------------------

/** An axes' box in figure pixels and its data -> pixel maps. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  x: (v: number) => number;
  y: (v: number) => number;
  /** When both scales are linear: px = xa * x + xb, py = ya * y + yb (for hot loops). */
  linear: { xa: number; xb: number; ya: number; yb: number } | null;
}

function axisMap(a: AxisSpec, start: number, length: number, flip: boolean): (v: number) => number {
  const log = a.scale === 'log';
  const t = log ? (v: number) => (v > 0 ? Math.log10(v) : NaN) : (v: number) => v;
  const t0 = t(a.lim[0]);
  const t1 = t(a.lim[1]);
  const k = length / (t1 - t0);
  return flip ? (v: number) => start + length - (t(v) - t0) * k : (v: number) => start + (t(v) - t0) * k;
}

export function frameOf(ax: AxesSpec, W: number, H: number): Frame {
  const [l, b, w, h] = ax.position;
  const left = l * W;
  const top = (1 - b - h) * H;
  const width = w * W;
  const height = h * H;
  let linear: Frame['linear'] = null;
  if (ax.x.scale === 'linear' && ax.y.scale === 'linear') {
    const xa = width / (ax.x.lim[1] - ax.x.lim[0]);
    const ya = -height / (ax.y.lim[1] - ax.y.lim[0]);
    linear = { xa, xb: left - ax.x.lim[0] * xa, ya, yb: top + height - ax.y.lim[0] * ya };
  }
  return { left, top, width, height, x: axisMap(ax.x, left, width, false), y: axisMap(ax.y, top, height, true), linear };
}

// ---- text ---------------------------------------------------------------------------------

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', theta: 'θ', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω',
  Delta: 'Δ', Sigma: 'Σ', Omega: 'Ω', Phi: 'Φ', Gamma: 'Γ', Theta: 'Θ', Lambda: 'Λ', Pi: 'Π', cdot: '·', times: '×', pm: '±', infty: '∞', circ: '°',
  leq: '≤', geq: '≥', approx: '≈', sqrt: '√', partial: '∂', nabla: '∇', rho: 'ρ', eta: 'η', kappa: 'κ', nu: 'ν', xi: 'ξ', zeta: 'ζ', chi: 'χ', psi: 'ψ',
  mathdefault: '', mathrm: '',
};

/** Runs of text: normal, superscript or subscript (mathtext's ^{} and _{} in $...$). */
interface Run {
  text: string;
  shift: 0 | 1 | -1;
}

/** Parses the little of matplotlib's mathtext that labels use: $...$, ^{..}, _{..}, \alpha. */
export function textRuns(s: string): Run[] {
  const runs: Run[] = [];
  const push = (text: string, shift: Run['shift']) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.shift === shift) last.text += text;
    else runs.push({ text, shift });
  };
  const math = (m: string) => m.replace(/\\([A-Za-z]+)\s?/g, (all, name: string) => GREEK[name] ?? all).replace(/[{}]/g, (c) => c);
  const parts = s.includes('$') ? s.split('$') : [s];
  parts.forEach((part, i) => {
    const inMath = s.includes('$') ? i % 2 === 1 : /\^\{/.test(part);
    if (!inMath) return push(part, 0);
    let k = 0;
    while (k < part.length) {
      const c = part[k];
      if ((c === '^' || c === '_') && k + 1 < part.length) {
        let body: string;
        if (part[k + 1] === '{') {
          let depth = 0;
          let j = k + 1;
          for (; j < part.length; j++) {
            if (part[j] === '{') depth++;
            else if (part[j] === '}' && --depth === 0) break;
          }
          body = part.slice(k + 2, j);
          k = j + 1;
        } else {
          body = part[k + 1];
          k += 2;
        }
        push(math(body).replace(/[{}]/g, ''), c === '^' ? 1 : -1);
      } else {
        let j = k;
        while (j < part.length && part[j] !== '^' && part[j] !== '_') j++;
        push(math(part.slice(k, j)).replace(/[{}]/g, ''), 0);
        k = j;
      }
    }
  });
  return runs;
}

function font(sizePx: number, weight: string | undefined = 'normal'): string {
  return `${weight === 'bold' ? 'bold ' : ''}${sizePx.toFixed(2)}px ${FONT_FAMILY}`;
}

/** Width in px of `s` at `sizePx`. */
function measure(ctx: Ctx, s: string, sizePx: number, weight?: string): number {
  let w = 0;
  for (const r of textRuns(s)) {
    ctx.font = font(r.shift ? sizePx * 0.7 : sizePx, weight);
    w += ctx.measureText(r.text).width;
  }
  return w;
}

type HAlign = 'left' | 'center' | 'right';
type VAlign = 'top' | 'center' | 'bottom' | 'baseline';

/**
 * Draws `s` with its box aligned at (x, y): ha left/center/right, va top/center/bottom/
 * baseline; `rotation` in degrees, counter-clockwise, about the anchor.
 */
function drawText(ctx: Ctx, s: string, x: number, y: number, sizePx: number, color: string, ha: HAlign, va: VAlign, rotation = 0, weight?: string): { width: number; height: number } {
  const runs = textRuns(s);
  const width = measure(ctx, s, sizePx, weight);
  const sup = runs.some((r) => r.shift === 1);
  const ascent = sizePx * (sup ? 1.05 : 0.76);
  const descent = sizePx * 0.24;
  const height = ascent + descent;
  ctx.save();
  ctx.translate(x, y);
  if (rotation) ctx.rotate((-rotation * Math.PI) / 180);
  let dx = ha === 'left' ? 0 : ha === 'center' ? -width / 2 : -width;
  const base = va === 'baseline' ? 0 : va === 'top' ? ascent : va === 'bottom' ? -descent : (ascent - descent) / 2;
  ctx.fillStyle = color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const r of runs) {
    const size = r.shift ? sizePx * 0.7 : sizePx;
    ctx.font = font(size, weight);
    ctx.fillText(r.text, dx, base - (r.shift === 1 ? sizePx * 0.42 : r.shift === -1 ? -sizePx * 0.2 : 0));
    dx += ctx.measureText(r.text).width;
  }
  ctx.restore();
  return { width, height };
}

// ---- styles --------------------------------------------------------------------------------

/** matplotlib's dash patterns (points, scaled by the line width as lines.scale_dashes). */
export function dashes(ls: LineSpec['linestyle'], lwPt: number, pt: number): number[] {
  const s = Math.max(lwPt, 1) * pt;
  switch (ls) {
    case '--': return [3.7 * s, 1.6 * s];
    case ':': return [1 * s, 1.65 * s];
    case '-.': return [6.4 * s, 1.6 * s, 1 * s, 1.6 * s];
    default: return [];
  }
}

// ---- markers -------------------------------------------------------------------------------

/** Traces marker `m` of size `size` px (matplotlib's markersize: a circle's diameter) at (x, y). Returns whether it is filled. */
function markerPath(ctx: Ctx | OffscreenCanvasRenderingContext2D, m: string, x: number, y: number, size: number): boolean {
  const r = size / 2;
  const poly = (pts: [number, number][]) => {
    ctx.moveTo(x + pts[0][0] * r, y - pts[0][1] * r);
    for (let i = 1; i < pts.length; i++) ctx.lineTo(x + pts[i][0] * r, y - pts[i][1] * r);
    ctx.closePath();
  };
  const regular = (n: number, rot = 0, rr = r) => {
    for (let i = 0; i < n; i++) {
      const a = rot + (i * 2 * Math.PI) / n + Math.PI / 2;
      const px = x + Math.cos(a) * rr;
      const py = y - Math.sin(a) * rr;
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.closePath();
  };
  switch (m) {
    case '.':
      ctx.moveTo(x + r / 2, y);
      ctx.arc(x, y, r / 2, 0, 2 * Math.PI);
      return true;
    case ',':
      ctx.rect(x - 0.5, y - 0.5, 1, 1);
      return true;
    case 'o':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return true;
    case 's':
      ctx.rect(x - r / Math.SQRT2, y - r / Math.SQRT2, r * Math.SQRT2, r * Math.SQRT2);
      return true;
    case '^': poly([[0, 1], [-1, -1], [1, -1]]); return true;
    case 'v': poly([[0, -1], [-1, 1], [1, 1]]); return true;
    case '<': poly([[-1, 0], [1, -1], [1, 1]]); return true;
    case '>': poly([[1, 0], [-1, -1], [-1, 1]]); return true;
    case 'D': poly([[0, 1], [-0.7, 0], [0, -1], [0.7, 0]].map(([a, b]) => [a * 1.0, b * 1.0] as [number, number])); return true;
    case 'd': poly([[0, 1], [-0.45, 0], [0, -1], [0.45, 0]]); return true;
    case 'p': regular(5); return true;
    case 'h': regular(6); return true;
    case 'H': regular(6, Math.PI / 6); return true;
    case '8': regular(8, Math.PI / 8); return true;
    case '*': {
      for (let i = 0; i < 10; i++) {
        const a = (i * Math.PI) / 5 + Math.PI / 2;
        const rr = i % 2 === 0 ? r : r * 0.381966;
        const px = x + Math.cos(a) * rr;
        const py = y - Math.sin(a) * rr;
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.closePath();
      return true;
    }
    case 'P': {
      const t = r / 3;
      poly([[-t / r, 1], [t / r, 1], [t / r, t / r], [1, t / r], [1, -t / r], [t / r, -t / r], [t / r, -1], [-t / r, -1], [-t / r, -t / r], [-1, -t / r], [-1, t / r], [-t / r, t / r]]);
      return true;
    }
    case 'X': {
      ctx.save();
      ctx.translate(x, y);
      ctx.rotate(Math.PI / 4);
      ctx.translate(-x, -y);
      const t = 1 / 3;
      poly([[-t, 1], [t, 1], [t, t], [1, t], [1, -t], [t, -t], [t, -1], [-t, -1], [-t, -t], [-1, -t], [-1, t], [-t, t]]);
      ctx.restore();
      return true;
    }
    case '+':
      ctx.moveTo(x - r, y);
      ctx.lineTo(x + r, y);
      ctx.moveTo(x, y - r);
      ctx.lineTo(x, y + r);
      return false;
    case 'x':
      ctx.moveTo(x - r * 0.7071, y - r * 0.7071);
      ctx.lineTo(x + r * 0.7071, y + r * 0.7071);
      ctx.moveTo(x - r * 0.7071, y + r * 0.7071);
      ctx.lineTo(x + r * 0.7071, y - r * 0.7071);
      return false;
    case '|':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x, y + r);
      return false;
    case '_':
      ctx.moveTo(x - r, y);
      ctx.lineTo(x + r, y);
      return false;
    case '1': case '2': case '3': case '4': {
      const rot = { '1': 0, '2': Math.PI, '3': Math.PI / 2, '4': -Math.PI / 2 }[m] ?? 0;
      for (let i = 0; i < 3; i++) {
        const a = rot - Math.PI / 2 + (i * 2 * Math.PI) / 3;
        ctx.moveTo(x, y);
        ctx.lineTo(x + Math.cos(a) * r, y - Math.sin(a) * r);
      }
      return false;
    }
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return true;
  }
}

/** Draws one marker filled with `face` and outlined with `edge` (lines markers: just stroked). */
function drawMarker(ctx: Ctx, m: string, x: number, y: number, size: number, face: string | null, edge: string | null, edgeW: number): void {
  ctx.beginPath();
  const filled = markerPath(ctx, m, x, y, size);
  if (filled && face && face !== 'none') {
    ctx.fillStyle = face;
    ctx.fill();
  }
  if (edge && edge !== 'none' && edgeW > 0) {
    ctx.strokeStyle = filled ? edge : (face ?? edge);
    ctx.lineWidth = edgeW;
    ctx.setLineDash([]);
    ctx.stroke();
  }
}

// ---- artists -------------------------------------------------------------------------------

export interface DrawEnv {
  ctx: Ctx;
  f: Frame;
  /** Figure pixels per point. */
  pt: number;
  /** Device pixels per figure pixel. */
  scale: number;
}

/** Traces a polyline (NaN and infinities break it). */
function tracePolyline(ctx: Ctx, xs: Float64Array, ys: Float64Array, f: Frame): void {
  const n = xs.length;
  ctx.beginPath();
  let pen = false;
  for (let i = 0; i < n; i++) {
    const px = f.x(xs[i]);
    const py = f.y(ys[i]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    pen = true;
  }
}

/**
 * A line with more points than device pixel columns, as matplotlib's dense lines look: per
 * column, a band from its lowest to its highest point (as wide as the line), joined
 * column to column by the segments from each column's last point to the next one's first.
 * One pass over the points; the path has two vertices per column, not one per point.
 */
function drawDenseLine(ctx: Ctx, xs: Float64Array, ys: Float64Array, f: Frame, scale: number, lw: number): void {
  const n = xs.length;
  const bands: number[] = []; // x, ymin, ymax per column
  ctx.beginPath();
  let pen = false;
  let col = NaN;
  let cx = 0;
  let lo = 0;
  let hi = 0;
  let lastX = 0;
  let lastY = 0;
  const close = () => {
    if (hi - lo > 0.5 / scale) bands.push(cx, lo, hi);
    ctx.lineTo(lastX, lastY);
  };
  const L = f.linear;
  const xa = L ? L.xa : 0;
  const xb = L ? L.xb : 0;
  const ya = L ? L.ya : 0;
  const yb = L ? L.yb : 0;
  for (let i = 0; i < n; i++) {
    const px = L ? xa * xs[i] + xb : f.x(xs[i]);
    const py = L ? ya * ys[i] + yb : f.y(ys[i]);
    if (!(px === px && py === py) || px === Infinity || px === -Infinity || py === Infinity || py === -Infinity) {
      if (pen) close();
      pen = false;
      col = NaN;
      continue;
    }
    const c = Math.floor(px * scale);
    if (pen && c === col) {
      if (py < lo) lo = py;
      else if (py > hi) hi = py;
      lastX = px;
      lastY = py;
      continue;
    }
    if (pen) {
      close();
      ctx.lineTo(px, py);
    } else ctx.moveTo(px, py);
    pen = true;
    col = c;
    cx = lastX = px;
    lo = hi = lastY = py;
  }
  if (pen) close();
  ctx.stroke();
  for (let k = 0; k < bands.length; k += 3) ctx.fillRect(bands[k] - lw / 2, bands[k + 1] - lw / 2, lw, bands[k + 2] - bands[k + 1] + lw);
}

function drawLine(e: DrawEnv, a: LineSpec): void {
  const { ctx, f, pt } = e;
  const xs = series(a.x);
  const ys = series(a.y);
  ctx.globalAlpha = a.alpha;
  if (a.linestyle !== 'None' && a.linewidth > 0) {
    ctx.strokeStyle = a.color;
    ctx.lineWidth = a.linewidth * pt;
    ctx.lineJoin = 'round';
    ctx.lineCap = a.linestyle === '-' ? 'square' : 'butt';
    if (xs.length > 2 * f.width * e.scale) {
      ctx.fillStyle = a.color;
      drawDenseLine(ctx, xs, ys, f, e.scale, a.linewidth * pt);
    } else {
      ctx.setLineDash(dashes(a.linestyle, a.linewidth, pt));
      tracePolyline(ctx, xs, ys, f);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  if (a.marker) {
    const size = a.markersize * pt;
    const mxs = a.markerX ? series(a.markerX) : xs;
    const mys = a.markerY ? series(a.markerY) : ys;
    const n = mxs.length;
    // Markers closer than a device pixel apart look the same drawn once.
    let lastX = NaN;
    let lastY = NaN;
    for (let i = 0; i < n; i++) {
      const x = f.x(mxs[i]);
      const y = f.y(mys[i]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (n > 5000 && Math.abs(x - lastX) < 0.5 / e.scale && Math.abs(y - lastY) < 0.5 / e.scale) continue;
      lastX = x;
      lastY = y;
      drawMarker(ctx, a.marker, x, y, size, a.markerfacecolor, a.markeredgecolor, 1 * pt);
    }
  }
  ctx.globalAlpha = 1;
}

function drawScatter(e: DrawEnv, a: ScatterSpec): void {
  const { ctx, f, pt, scale } = e;
  const xs = series(a.x);
  const ys = series(a.y);
  const sizes = series(a.sizes);
  const vals = a.values ? series(a.values) : null;
  const table = vals ? lut(a.cmap) : null;
  const n = xs.length;
  const colorAt = (i: number): string => {
    if (table && vals) {
      const k = lutIndex(vals[i], a.vmin, a.vmax);
      return k < 0 ? 'rgba(0,0,0,0)' : lutCss(table[k]);
    }
    if (Array.isArray(a.colors)) return a.colors[i % a.colors.length];
    return a.colors ?? '#1f77b4';
  };
  const edgeFor = (face: string) => (a.edgecolor === null ? face : a.edgecolor);
  const lw = a.linewidth * pt;
  ctx.globalAlpha = a.alpha;
  // (Not for an SVG context: there every marker is a path.)
  if (sizes.length <= 1 && n > 200 && !(ctx as { vector?: boolean }).vector) {
    // Many markers of one size: each colour's marker is drawn once (alpha included), and
    // stamped into a premultiplied pixel layer over the axes, composited as the canvas
    // would ('source-over'), then drawn in one go: 10^5 markers in a few tens of ms.
    const size = Math.sqrt(sizes[0] ?? 36) * pt;
    const side = Math.ceil((size + lw) * scale + 4);
    const half = side >> 1;
    const X0 = Math.floor(f.left * scale);
    const Y0 = Math.floor(f.top * scale);
    const LW = Math.ceil((f.left + f.width) * scale) - X0 + 1;
    const LH = Math.ceil((f.top + f.height) * scale) - Y0 + 1;
    /** A marker as its covered pixels only: offsets from its corner and premultiplied RGBA. */
    interface Sprite { dx: Int32Array; dy: Int32Array; off: Int32Array; px: Float32Array }
    const sprites = new Map<string, Sprite>();
    const sprite = (color: string): Sprite => {
      let sp = sprites.get(color);
      if (!sp) {
        const c = scratch(side, side);
        const sc = c.getContext('2d') as Ctx;
        sc.scale(scale, scale);
        drawMarker(sc, a.marker, half / scale, half / scale, size, color, edgeFor(color), lw);
        const d = sc.getImageData(0, 0, side, side).data;
        const cover: number[] = [];
        for (let p = 0; p < side * side; p++) if (d[4 * p + 3]) cover.push(p);
        sp = { dx: new Int32Array(cover.length), dy: new Int32Array(cover.length), off: new Int32Array(cover.length), px: new Float32Array(cover.length * 4) };
        cover.forEach((p, k) => {
          const al = (d[4 * p + 3] / 255) * a.alpha;
          sp!.dx[k] = p % side;
          sp!.dy[k] = Math.floor(p / side);
          sp!.off[k] = (sp!.dy[k] * LW + sp!.dx[k]) * 4;
          sp!.px[4 * k] = d[4 * p] * al;
          sp!.px[4 * k + 1] = d[4 * p + 1] * al;
          sp!.px[4 * k + 2] = d[4 * p + 2] * al;
          sp!.px[4 * k + 3] = al;
        });
        sprites.set(color, sp);
      }
      return sp;
    };
    const layer = new Float32Array(LW * LH * 4);
    let last = '';
    let sp: Sprite | null = null;
    const L = f.linear;
    for (let i = 0; i < n; i++) {
      const x = L ? L.xa * xs[i] + L.xb : f.x(xs[i]);
      const y = L ? L.ya * ys[i] + L.yb : f.y(ys[i]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const color = colorAt(i);
      if (color !== last || !sp) {
        sp = sprite(color);
        last = color;
      }
      const ox = Math.round(x * scale) - half - X0;
      const oy = Math.round(y * scale) - half - Y0;
      const { off, px } = sp;
      const m = off.length;
      if (ox >= 0 && oy >= 0 && ox + side <= LW && oy + side <= LH) {
        const base = (oy * LW + ox) * 4;
        for (let k = 0, k4 = 0; k < m; k++, k4 += 4) {
          const d4 = base + off[k];
          const sa = px[k4 + 3];
          const q = 1 - sa;
          layer[d4] = px[k4] + layer[d4] * q;
          layer[d4 + 1] = px[k4 + 1] + layer[d4 + 1] * q;
          layer[d4 + 2] = px[k4 + 2] + layer[d4 + 2] * q;
          layer[d4 + 3] = sa + layer[d4 + 3] * q;
        }
      } else {
        // Near the axes' edge: only the pixels inside.
        for (let k = 0, k4 = 0; k < m; k++, k4 += 4) {
          const X = ox + sp.dx[k];
          const Y = oy + sp.dy[k];
          if (X < 0 || Y < 0 || X >= LW || Y >= LH) continue;
          const d4 = (Y * LW + X) * 4;
          const sa = px[k4 + 3];
          const q = 1 - sa;
          layer[d4] = px[k4] + layer[d4] * q;
          layer[d4 + 1] = px[k4 + 1] + layer[d4 + 1] * q;
          layer[d4 + 2] = px[k4 + 2] + layer[d4 + 2] * q;
          layer[d4 + 3] = sa + layer[d4 + 3] * q;
        }
      }
    }
    const c = scratch(LW, LH);
    const lc = c.getContext('2d') as Ctx;
    const img = lc.createImageData(LW, LH);
    const out = img.data;
    for (let p = 0; p < LW * LH * 4; p += 4) {
      const al = layer[p + 3];
      if (al <= 0) continue;
      out[p] = layer[p] / al;
      out[p + 1] = layer[p + 1] / al;
      out[p + 2] = layer[p + 2] / al;
      out[p + 3] = al * 255;
    }
    lc.putImageData(img, 0, 0);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.drawImage(c, X0, Y0);
    ctx.restore();
  } else {
    for (let i = 0; i < n; i++) {
      const x = f.x(xs[i]);
      const y = f.y(ys[i]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const c = colorAt(i);
      drawMarker(ctx, a.marker, x, y, Math.sqrt(sizes.length > 1 ? sizes[i] : (sizes[0] ?? 36)) * pt, c, edgeFor(c), lw);
    }
  }
  ctx.globalAlpha = 1;
}

function drawBars(e: DrawEnv, a: BarsSpec): void {
  const { ctx, f, pt } = e;
  const X = series(a.x);
  const Y = series(a.y);
  const Wd = series(a.width);
  const Ht = series(a.height);
  const n = X.length;
  ctx.globalAlpha = a.alpha;
  if (a.histtype === 'step' || a.histtype === 'stepfilled') {
    // The histogram's outline: along the bar tops, down to the base at both ends.
    const vertical = n === 0 || Y.every((v) => v === Y[0]) && !(X.every((v) => v === X[0]) && n > 1);
    ctx.beginPath();
    if (vertical) {
      ctx.moveTo(f.x(X[0]), f.y(Y[0]));
      for (let i = 0; i < n; i++) {
        ctx.lineTo(f.x(X[i]), f.y(Y[i] + Ht[i]));
        ctx.lineTo(f.x(X[i] + Wd[i]), f.y(Y[i] + Ht[i]));
      }
      ctx.lineTo(f.x(X[n - 1] + Wd[n - 1]), f.y(Y[n - 1]));
    } else {
      ctx.moveTo(f.x(X[0]), f.y(Y[0]));
      for (let i = 0; i < n; i++) {
        ctx.lineTo(f.x(X[i] + Wd[i]), f.y(Y[i]));
        ctx.lineTo(f.x(X[i] + Wd[i]), f.y(Y[i] + Ht[i]));
      }
      ctx.lineTo(f.x(X[n - 1]), f.y(Y[n - 1] + Ht[n - 1]));
    }
    if (a.histtype === 'stepfilled') {
      ctx.closePath();
      ctx.fillStyle = Array.isArray(a.color) ? a.color[0] : a.color;
      ctx.fill();
    } else {
      ctx.strokeStyle = a.edgecolor ?? (Array.isArray(a.color) ? a.color[0] : a.color);
      ctx.lineWidth = (a.linewidth || 1.5) * pt;
      ctx.lineJoin = 'miter';
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    return;
  }
  for (let i = 0; i < n; i++) {
    const x0 = f.x(X[i]);
    const x1 = f.x(X[i] + Wd[i]);
    const y0 = f.y(Y[i]);
    const y1 = f.y(Y[i] + Ht[i]);
    if (![x0, x1, y0, y1].every(Number.isFinite)) continue;
    // Edges on device pixels, as Agg snaps them: adjacent bars meet without a seam.
    const snap = (v: number) => Math.round(v * e.scale) / e.scale;
    const l = snap(Math.min(x0, x1));
    const t = snap(Math.min(y0, y1));
    const w = snap(Math.max(x0, x1)) - l;
    const h = snap(Math.max(y0, y1)) - t;
    const c = Array.isArray(a.color) ? a.color[i % a.color.length] : a.color;
    if (c !== 'none' && c !== 'rgba(0,0,0,0)') {
      ctx.fillStyle = c;
      ctx.fillRect(l, t, w, h);
    }
    if (a.edgecolor && a.linewidth > 0) {
      ctx.strokeStyle = a.edgecolor;
      ctx.lineWidth = a.linewidth * pt;
      ctx.strokeRect(l, t, w, h);
    }
  }
  ctx.globalAlpha = 1;
}

function drawImage(e: DrawEnv, a: ImageSpec): void {
  const { ctx, f } = e;
  const { rows, cols } = a;
  if (!rows || !cols) return;
  const data = series(a.data);
  const canvas = scratch(cols, rows);
  const ic = canvas.getContext('2d') as Ctx;
  const img = ic.createImageData(cols, rows);
  const px = new Uint32Array(img.data.buffer);
  if (a.channels === 1) {
    const table = lut(a.cmap);
    for (let i = 0; i < rows * cols; i++) {
      const k = lutIndex(data[i], a.vmin, a.vmax);
      px[i] = k < 0 ? 0 : table[k];
    }
  } else {
    const c = a.channels;
    const k = a.uint8 ? 1 : 255;
    const to8 = (v: number) => (v !== v ? 0 : Math.max(0, Math.min(255, Math.round(v * k))));
    for (let i = 0; i < rows * cols; i++) {
      const o = i * c;
      px[i] = pack(to8(data[o]), to8(data[o + 1]), to8(data[o + 2]), c === 4 ? to8(data[o + 3]) : 255);
    }
  }
  ic.putImageData(img, 0, 0);
  const [l, r, b, t] = a.extent;
  const x0 = f.x(l);
  const x1 = f.x(r);
  // Row 0 is at the extent's top for origin 'upper', its bottom for 'lower'.
  const yRow0 = f.y(a.origin === 'upper' ? t : b);
  const yRowN = f.y(a.origin === 'upper' ? b : t);
  ctx.save();
  ctx.globalAlpha = a.alpha;
  ctx.imageSmoothingEnabled = a.interpolation !== 'nearest';
  ctx.translate(x0, yRow0);
  ctx.scale((x1 - x0) / cols, (yRowN - yRow0) / rows);
  ctx.drawImage(canvas, 0, 0);
  ctx.restore();
}

function drawFill(e: DrawEnv, a: FillSpec): void {
  const { ctx, f } = e;
  const xs = series(a.x);
  const y1 = series(a.y1);
  const y2 = series(a.y2);
  const n = xs.length;
  ctx.globalAlpha = a.alpha;
  ctx.fillStyle = a.color;
  // One polygon per run of points where both curves are finite.
  let i = 0;
  while (i < n) {
    while (i < n && !(Number.isFinite(y1[i]) && Number.isFinite(y2[i]))) i++;
    const s = i;
    while (i < n && Number.isFinite(y1[i]) && Number.isFinite(y2[i])) i++;
    if (i - s < 1) continue;
    ctx.beginPath();
    ctx.moveTo(f.x(xs[s]), f.y(y1[s]));
    for (let k = s + 1; k < i; k++) ctx.lineTo(f.x(xs[k]), f.y(y1[k]));
    for (let k = i - 1; k >= s; k--) ctx.lineTo(f.x(xs[k]), f.y(y2[k]));
    ctx.closePath();
    ctx.fill();
    if (a.edgecolor) {
      ctx.strokeStyle = a.edgecolor;
      ctx.lineWidth = e.pt;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

function drawArtist(e: DrawEnv, a: ArtistSpec, dpiScale: number): void {
  const { ctx, f, pt } = e;
  switch (a.type) {
    case 'line': return drawLine(e, a);
    case 'scatter': return drawScatter(e, a);
    case 'bars': return drawBars(e, a);
    case 'image': return drawImage(e, a);
    case 'fill': return drawFill(e, a);
    case 'patch': return drawPatch(e, a);
    case 'contour': return drawContour(e, a);
    case 'refline': {
      ctx.globalAlpha = a.alpha;
      ctx.strokeStyle = a.color;
      ctx.lineWidth = a.linewidth * pt;
      ctx.setLineDash(dashes(a.linestyle, a.linewidth, pt));
      ctx.lineCap = 'butt';
      ctx.beginPath();
      if (a.orient === 'h') {
        const y = f.y(a.value);
        ctx.moveTo(f.left + a.from * f.width, y);
        ctx.lineTo(f.left + a.to * f.width, y);
      } else {
        const x = f.x(a.value);
        ctx.moveTo(x, f.top + (1 - a.from) * f.height);
        ctx.lineTo(x, f.top + (1 - a.to) * f.height);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.globalAlpha = 1;
      return;
    }
    case 'errorbar': {
      const xs = series(a.x);
      const ys = series(a.y);
      const cap = (a.capsize * pt) / 2;
      ctx.globalAlpha = a.alpha;
      ctx.strokeStyle = a.color;
      ctx.lineWidth = a.linewidth * pt;
      ctx.beginPath();
      const seg = (lo: Float64Array | null, hi: Float64Array | null, vertical: boolean) => {
        if (!lo || !hi) return;
        for (let i = 0; i < xs.length; i++) {
          if (vertical) {
            const x = f.x(xs[i]);
            const y0 = f.y(lo[i]);
            const y1 = f.y(hi[i]);
            ctx.moveTo(x, y0);
            ctx.lineTo(x, y1);
            if (cap) {
              ctx.moveTo(x - cap, y0);
              ctx.lineTo(x + cap, y0);
              ctx.moveTo(x - cap, y1);
              ctx.lineTo(x + cap, y1);
            }
          } else {
            const y = f.y(ys[i]);
            const x0 = f.x(lo[i]);
            const x1 = f.x(hi[i]);
            ctx.moveTo(x0, y);
            ctx.lineTo(x1, y);
            if (cap) {
              ctx.moveTo(x0, y - cap);
              ctx.lineTo(x0, y + cap);
              ctx.moveTo(x1, y - cap);
              ctx.lineTo(x1, y + cap);
            }
          }
        }
      };
      seg(a.ylo ? series(a.ylo) : null, a.yhi ? series(a.yhi) : null, true);
      seg(a.xlo ? series(a.xlo) : null, a.xhi ? series(a.xhi) : null, false);
      ctx.stroke();
      ctx.globalAlpha = 1;
      return;
    }
    case 'text': {
      const x = a.coords === 'axes' ? f.left + a.x * f.width : f.x(a.x);
      const y = a.coords === 'axes' ? f.top + (1 - a.y) * f.height : f.y(a.y);
      if (a.arrow) {
        const tx = f.x(a.arrow.x);
        const ty = f.y(a.arrow.y);
        ctx.strokeStyle = ctx.fillStyle = a.arrow.color;
        ctx.lineWidth = pt;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(tx, ty);
        ctx.stroke();
        const ang = Math.atan2(ty - y, tx - x);
        const L = 8 * pt;
        ctx.beginPath();
        ctx.moveTo(tx, ty);
        ctx.lineTo(tx - L * Math.cos(ang - 0.35), ty - L * Math.sin(ang - 0.35));
        ctx.lineTo(tx - L * Math.cos(ang + 0.35), ty - L * Math.sin(ang + 0.35));
        ctx.closePath();
        ctx.fill();
      }
      drawText(ctx, a.text.text, x, y, a.text.fontsize * pt, a.text.color, a.ha, a.va, a.rotation, a.text.fontweight);
      return;
    }
  }
  void dpiScale;
}

// ---- axes -----------------------------------------------------------------------------------

function drawGrid(e: DrawEnv, ax: AxesSpec): void {
  const { ctx, f, pt } = e;
  const g = ax.grid;
  if (!g.x && !g.y) return;
  ctx.save();
  ctx.strokeStyle = g.color;
  ctx.globalAlpha = g.alpha;
  ctx.lineWidth = g.linewidth * pt;
  ctx.setLineDash(dashes(g.linestyle, g.linewidth, pt));
  ctx.beginPath();
  if (g.x) for (const t of ax.x.ticks) {
    const x = f.x(t.value);
    ctx.moveTo(x, f.top);
    ctx.lineTo(x, f.top + f.height);
  }
  if (g.y) for (const t of ax.y.ticks) {
    const y = f.y(t.value);
    ctx.moveTo(f.left, y);
    ctx.lineTo(f.left + f.width, y);
  }
  ctx.stroke();
  ctx.restore();
}

function drawColorbarBody(e: DrawEnv, ax: AxesSpec): void {
  const cb = ax.colorbar!;
  const { ctx, f } = e;
  const table = lut(cb.cmap);
  if (cb.boundaries && cb.values) {
    // A filled contour's colorbar: one band per pair of levels, in its band's colour.
    const vertical = cb.orientation === 'vertical';
    const b = cb.boundaries;
    for (let k = 0; k + 1 < b.length; k++) {
      ctx.fillStyle = lutCss(table[Math.max(0, lutIndex(cb.values[k], cb.vmin, cb.vmax))]);
      if (vertical) {
        const y0 = f.y(b[k]);
        const y1 = f.y(b[k + 1]);
        ctx.fillRect(f.left, Math.min(y0, y1), f.width, Math.abs(y1 - y0));
      } else {
        const x0 = f.x(b[k]);
        const x1 = f.x(b[k + 1]);
        ctx.fillRect(Math.min(x0, x1), f.top, Math.abs(x1 - x0), f.height);
      }
    }
    return;
  }
  const steps = 256;
  const vertical = cb.orientation === 'vertical';
  const c = scratch(vertical ? 1 : steps, vertical ? steps : 1);
  const cc = c.getContext('2d') as Ctx;
  const img = cc.createImageData(vertical ? 1 : steps, vertical ? steps : 1);
  const px = new Uint32Array(img.data.buffer);
  for (let i = 0; i < steps; i++) px[vertical ? steps - 1 - i : i] = table[i];
  cc.putImageData(img, 0, 0);
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(c, f.left, f.top, f.width, f.height);
  ctx.restore();
}

/** Tick marks, tick labels, offset text and axis labels of one axes; returns the label extents. */
function drawAxisDecorations(e: DrawEnv, ax: AxesSpec): void {
  const { ctx, f, pt } = e;
  const tickLen = 3.5 * pt;
  const pad = 3.5 * pt;
  const fs = 10 * pt;
  const black = '#000000';
  // A vertical colorbar's and a twinx's y axis are on the right.
  const cbRight = ax.colorbar?.orientation === 'vertical' || ax.y.side === 'right';
  ctx.strokeStyle = black;
  ctx.lineWidth = 0.8 * pt;
  ctx.setLineDash([]);
  ctx.lineCap = 'butt';
  // x ticks (bottom; a twiny's on top).
  const xTop = ax.x.side === 'top';
  const xEdge = xTop ? f.top : f.top + f.height;
  const xDir = xTop ? -1 : 1;
  let xLabelDepth = 0;
  ctx.beginPath();
  for (const t of ax.x.ticks) {
    const x = f.x(t.value);
    ctx.moveTo(x, xEdge);
    ctx.lineTo(x, xEdge + xDir * tickLen);
  }
  for (const m of ax.x.minor) {
    const x = f.x(m);
    ctx.moveTo(x, xEdge);
    ctx.lineTo(x, xEdge + xDir * 2 * pt);
  }
  ctx.stroke();
  if (ax.x.ticklabels) {
    for (const t of ax.x.ticks) {
      if (!t.label) continue;
      const rot = ax.x.rotation ?? 0;
      const r = drawText(ctx, t.label, f.x(t.value), xEdge + xDir * (tickLen + pad), fs, black, rot ? (rot > 0 ? 'right' : 'left') : 'center', rot ? 'center' : xTop ? 'bottom' : 'top', rot);
      const depth = rot ? Math.abs(Math.sin((rot * Math.PI) / 180)) * r.width + fs * 0.5 : r.height;
      xLabelDepth = Math.max(xLabelDepth, depth);
    }
    if (ax.x.offset) drawText(ctx, ax.x.offset, f.left + f.width, xEdge + xDir * (tickLen + pad + xLabelDepth + 2 * pt), fs, black, 'right', xTop ? 'bottom' : 'top');
  }
  // y ticks (left; a vertical colorbar's on the right).
  let yLabelWidth = 0;
  const yEdge = cbRight ? f.left + f.width : f.left;
  const dir = cbRight ? 1 : -1;
  ctx.beginPath();
  for (const t of ax.y.ticks) {
    const y = f.y(t.value);
    ctx.moveTo(yEdge, y);
    ctx.lineTo(yEdge + dir * tickLen, y);
  }
  for (const m of ax.y.minor) {
    const y = f.y(m);
    ctx.moveTo(yEdge, y);
    ctx.lineTo(yEdge + dir * 2 * pt, y);
  }
  ctx.stroke();
  if (ax.y.ticklabels) {
    for (const t of ax.y.ticks) {
      if (!t.label) continue;
      const r = drawText(ctx, t.label, yEdge + dir * (tickLen + pad), f.y(t.value), fs, black, cbRight ? 'left' : 'right', 'center', ax.y.rotation ?? 0);
      yLabelWidth = Math.max(yLabelWidth, r.width);
    }
    if (ax.y.offset) drawText(ctx, ax.y.offset, cbRight ? f.left + f.width : f.left, f.top - 4 * pt, fs, black, 'left', 'bottom');
  }
  // Axis labels.
  if (ax.x.label) {
    const l = ax.x.label;
    drawText(ctx, l.text, f.left + f.width / 2, xEdge + xDir * (tickLen + pad + xLabelDepth + 4 * pt), l.fontsize * pt, l.color, 'center', xTop ? 'bottom' : 'top', 0, l.fontweight);
  }
  if (ax.y.label) {
    const l = ax.y.label;
    const x = yEdge + dir * (tickLen + pad + yLabelWidth + 4 * pt);
    // Read bottom to top on both sides: on a colorbar's right side the text's top faces the axis.
    drawText(ctx, l.text, x, f.top + f.height / 2, l.fontsize * pt, l.color, 'center', cbRight ? 'top' : 'bottom', 90, l.fontweight);
  }
}

function drawTitles(e: DrawEnv, ax: AxesSpec): void {
  const { ctx, f, pt } = e;
  const y = f.top - 6 * pt;
  const t = ax.title;
  if (t.center) drawText(ctx, t.center.text, f.left + f.width / 2, y, t.center.fontsize * pt, t.center.color, 'center', 'bottom', 0, t.center.fontweight);
  if (t.left) drawText(ctx, t.left.text, f.left, y, t.left.fontsize * pt, t.left.color, 'left', 'bottom', 0, t.left.fontweight);
  if (t.right) drawText(ctx, t.right.text, f.left + f.width, y, t.right.fontsize * pt, t.right.color, 'right', 'bottom', 0, t.right.fontweight);
}

function drawLegendHandle(ctx: Ctx, h: LegendEntry, x: number, y: number, w: number, fs: number, pt: number): void {
  ctx.save();
  ctx.globalAlpha = h.alpha ?? 1;
  if (h.kind === 'patch') {
    const hh = 0.7 * fs;
    ctx.fillStyle = h.color;
    if (h.color !== 'none') ctx.fillRect(x, y - hh / 2, w, hh);
    if (h.edgecolor && h.edgecolor !== 'none') {
      ctx.strokeStyle = h.edgecolor;
      ctx.lineWidth = (h.linewidth || 1) * pt;
      ctx.strokeRect(x, y - hh / 2, w, hh);
    }
  } else if (h.kind === 'marker') {
    drawMarker(ctx, h.marker ?? 'o', x + w / 2, y, (h.markersize ?? 6) * pt, h.color, h.edgecolor ?? h.color, 1.5 * pt);
  } else {
    if (h.linestyle !== 'None') {
      ctx.strokeStyle = h.color;
      ctx.lineWidth = (h.linewidth ?? 1.5) * pt;
      ctx.setLineDash(dashes(h.linestyle ?? '-', h.linewidth ?? 1.5, pt));
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + w, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (h.errorbar) {
      ctx.strokeStyle = h.color;
      ctx.lineWidth = (h.linewidth ?? 1.5) * pt;
      ctx.beginPath();
      ctx.moveTo(x + w / 2, y - 0.5 * fs);
      ctx.lineTo(x + w / 2, y + 0.5 * fs);
      ctx.stroke();
    }
    if (h.marker) drawMarker(ctx, h.marker, x + w / 2, y, (h.markersize ?? 6) * pt, h.color, h.color, pt);
  }
  ctx.restore();
}

/** The legend box, placed at its corner with matplotlib's paddings (in font sizes). */
function drawLegend(e: DrawEnv, lg: LegendSpec): { x: number; y: number; w: number; h: number } {
  const { ctx, f, pt } = e;
  const fs = lg.fontsize * pt;
  const ncols = Math.max(1, lg.ncols);
  const rows = Math.ceil(lg.entries.length / ncols);
  const handleLen = 2.0 * fs;
  const handlePad = 0.8 * fs;
  const border = 0.4 * fs;
  const rowH = fs * 1.05;
  const spacing = 0.5 * fs;
  const colSpacing = 2.0 * fs;
  const colW: number[] = [];
  for (let c = 0; c < ncols; c++) {
    const items = lg.entries.slice(c * rows, (c + 1) * rows);
    colW.push(handleLen + handlePad + Math.max(0, ...items.map((i) => measure(ctx, i.label, fs))));
  }
  const titleH = lg.title ? fs * 1.2 + spacing : 0;
  const w = 2 * border + colW.reduce((s, v) => s + v, 0) + (ncols - 1) * colSpacing;
  const h = 2 * border + titleH + rows * rowH + (rows - 1) * spacing;
  const gap = 0.5 * fs;
  const loc = lg.loc;
  const x = /left/.test(loc) ? f.left + gap : /right/.test(loc) ? f.left + f.width - gap - w : f.left + (f.width - w) / 2;
  const y = /upper/.test(loc) ? f.top + gap : /lower/.test(loc) ? f.top + f.height - gap - h : f.top + (f.height - h) / 2;
  if (lg.frameon) {
    const r = 0.2 * fs;
    ctx.save();
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, r);
    ctx.globalAlpha = 0.8;
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = '#cccccc';
    ctx.lineWidth = pt;
    ctx.stroke();
    ctx.restore();
  }
  let ty = y + border;
  if (lg.title) {
    drawText(ctx, lg.title, x + w / 2, ty, fs, '#000000', 'center', 'top');
    ty += titleH;
  }
  let cx = x + border;
  for (let c = 0; c < ncols; c++) {
    const items = lg.entries.slice(c * rows, (c + 1) * rows);
    items.forEach((it, k) => {
      const cy = ty + k * (rowH + spacing) + rowH / 2;
      drawLegendHandle(ctx, it, cx, cy, handleLen, fs, pt);
      drawText(ctx, it.label, cx + handleLen + handlePad, cy, fs, '#000000', 'left', 'center');
    });
    cx += colW[c] + colSpacing;
  }
  return { x, y, w, h };
}

function drawAxes(ctx: Ctx, ax: AxesSpec, W: number, H: number, pt: number, scale: number): Frame {
  const f = frameOf(ax, W, H);
  const e: DrawEnv = { ctx, f, pt, scale };
  if (ax.axison && !ax.transparent) {
    ctx.fillStyle = ax.facecolor;
    ctx.fillRect(f.left, f.top, f.width, f.height);
  }
  if (ax.colorbar) drawColorbarBody(e, ax);
  ctx.save();
  ctx.beginPath();
  ctx.rect(f.left, f.top, f.width, f.height);
  ctx.clip();
  const below = ax.artists.filter((a) => a.zorder < 1.5);
  const above = ax.artists.filter((a) => a.zorder >= 1.5);
  for (const a of below) drawArtist(e, a, pt);
  if (ax.axison) drawGrid(e, ax);
  for (const a of above) if (a.type !== 'text') drawArtist(e, a, pt);
  ctx.restore();
  // Text may leave the axes, as matplotlib's (clip_on is False for text).
  for (const a of above) if (a.type === 'text') drawArtist(e, a, pt);
  if (ax.axison) {
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 0.8 * pt;
    ctx.setLineDash([]);
    ctx.strokeRect(f.left, f.top, f.width, f.height);
    drawAxisDecorations(e, ax);
  }
  drawTitles(e, ax);
  if (ax.legend) drawLegend(e, ax.legend);
  return f;
}

export interface DrawnFigure {
  /** Figure pixels (CSS px on the page): width x height inches times dpi. */
  width: number;
  height: number;
  /** Each axes' box in figure pixels and its view limits (for tests and tools). */
  frames: { left: number; top: number; width: number; height: number; xlim: [number, number]; ylim: [number, number] }[];
}

/** The figure's size in pixels at its dpi. */
export function figurePixels(spec: FigureSpec): { width: number; height: number } {
  return { width: Math.round(spec.width * spec.dpi), height: Math.round(spec.height * spec.dpi) };
}

/**
 * Draws the whole figure on `ctx`, whose canvas is `scale` device pixels per figure pixel
 * (devicePixelRatio on the page; dpi / figure dpi for savefig).
 */
export function drawFigure(ctx: Ctx, spec: FigureSpec, scale = 1): DrawnFigure {
  const { width: W, height: H } = figurePixels(spec);
  const pt = spec.dpi / 72;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = spec.facecolor;
  ctx.fillRect(0, 0, W, H);
  const frames: DrawnFigure['frames'] = [];
  for (const ax of spec.axes) {
    const f = drawAxes(ctx, ax, W, H, pt, scale);
    frames.push({ left: f.left, top: f.top, width: f.width, height: f.height, xlim: ax.x.lim, ylim: ax.y.lim });
  }
  if (spec.suptitle) {
    const s = spec.suptitle;
    drawText(ctx, s.text, W / 2, 0.02 * H, s.fontsize * pt, s.color, 'center', 'top', 0, s.fontweight);
  }
  return { width: W, height: H, frames };
}

/** Resolves the figure font once (the first measureText of a font list costs tens of ms), so a first figure does not pay it. */
export function warmFigureFont(): void {
  try {
    const c = scratch(1, 1).getContext('2d') as Ctx;
    for (const size of [10, 12]) {
      c.font = font(size * (100 / 72));
      c.measureText('0123456789');
    }
  } catch {
    // No canvas here: the first figure pays instead.
  }
}

/** A figure spec as PNG bytes at `dpi` (OffscreenCanvas: the page or a worker). */
export async function rasterizeFigure(spec: FigureSpec, dpi: number): Promise<Uint8Array> {
  const { width, height } = figurePixels(spec);
  const scale = dpi / spec.dpi;
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  drawFigure(canvas.getContext('2d')!, spec, scale);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

export type { TextSpec };
