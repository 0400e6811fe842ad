/**
 * Heatmap view: a 2-d array as a canvas through a colormap's 256-entry table (viridis by
 * default), row 0 on top as NumPy prints it, with a colorbar labelled with the value range.
 * NaN gets a color outside the map; +-inf take the ends. Hover shows `[i, j] = value`.
 * The pixels are written in one loop over the typed array into an ImageData: one pixel per
 * element for arrays no bigger than the figure (upscaled by CSS, crisp), one per block of
 * elements (their mean) for larger ones, so a 1000 x 1000 map is a 480 x 480 canvas.
 */
import {
  COLORMAPS, DEFAULT_COLORMAP, colormap, cssColor, isColormapName, type Colormap, type ColormapName,
} from './colormaps';
import { elements, formatExact, kindOf, valueRange, type NdarrayPayload } from './ndarray-data';
import { pngBase64, type ArrayView, type MountedView, type ViewContext } from './registry';
import { formatTick, niceTicks } from './ticks';

export const HEATMAP_RANK = 30;
/** Both sides at least this long make the heatmap the default for a 2-d array. */
export const HEATMAP_MIN_SIDE = 16;
/** Longest side of the drawn map, CSS px. */
export const FIGURE_SIZE = 480;
/** Largest size of one upscaled element, CSS px. */
const MAX_CELL = 48;
const MIN_SIDE = 40;
const CBAR_WIDTH = 14;

export interface HeatmapOptions {
  colormap?: ColormapName;
  /** Color limits; default: the finite range of the data. */
  vmin?: number;
  vmax?: number;
}

export interface DisplaySize {
  width: number;
  height: number;
  /** Drawn bigger than one CSS px per element (so nearest-neighbour, crisp). */
  upscaled: boolean;
}

/** CSS size of a rows x cols map: whole-number upscaling for small arrays, shrink to fit
 * for large ones, a thin side stretched to MIN_SIDE. */
export function displaySize(rows: number, cols: number, target = FIGURE_SIZE, maxCell = MAX_CELL): DisplaySize {
  const m = Math.max(rows, cols, 1);
  const k = m <= target ? Math.max(1, Math.min(maxCell, Math.floor(target / m))) : target / m;
  const width = Math.max(Math.round(cols * k), Math.min(MIN_SIDE, target));
  const height = Math.max(Math.round(rows * k), Math.min(MIN_SIDE, target));
  return { width, height, upscaled: k > 1 || width > cols || height > rows };
}

/**
 * Colors `data` (C order, any length) into packed RGBA pixels: min -> table entry 0, max ->
 * 255, clipped outside, NaN -> the colormap's NaN color. A constant range gives the middle.
 */
export function heatmapPixels(data: ArrayLike<number>, min: number, max: number, cmap: Colormap, out: Uint32Array): void {
  const lut = cmap.rgba32;
  const nan = cmap.nan32;
  const n = data.length;
  if (!(max > min)) {
    const mid = lut[128];
    for (let i = 0; i < n; i++) {
      const v = data[i];
      out[i] = v !== v ? nan : mid;
    }
    return;
  }
  const s = 256 / (max - min);
  for (let i = 0; i < n; i++) {
    const v = data[i];
    if (v !== v) {
      out[i] = nan;
      continue;
    }
    const t = (v - min) * s;
    out[i] = lut[t <= 0 ? 0 : t >= 255 ? 255 : t | 0];
  }
}

/**
 * Colors a rows x cols array into a smaller w x h grid (w <= cols, h <= rows), as the map
 * is seen when it is shown smaller than one pixel per element: each pixel covers a block
 * of elements and takes the color of their mean position on the colormap (clipped to the
 * range, so +-inf count as the ends). A block holding any NaN is NaN-colored, so a NaN
 * never disappears in the shrink.
 */
export function heatmapPixelsBinned(
  data: ArrayLike<number>, rows: number, cols: number, min: number, max: number, cmap: Colormap,
  w: number, h: number, out: Uint32Array,
): void {
  const lut = cmap.rgba32;
  const nan = cmap.nan32;
  const s = max > min ? 256 / (max - min) : 0;
  const flat = !(max > min);
  const colX = new Int32Array(cols);
  const colN = new Int32Array(w);
  for (let c = 0; c < cols; c++) {
    const x = Math.floor((c * w) / cols);
    colX[c] = x;
    colN[x]++;
  }
  const acc = new Float64Array(w);
  const hasNan = new Uint8Array(w);
  for (let y = 0; y < h; y++) {
    const r0 = Math.floor((y * rows) / h);
    const r1 = Math.floor(((y + 1) * rows) / h);
    acc.fill(0);
    hasNan.fill(0);
    for (let r = r0; r < r1; r++) {
      const base = r * cols;
      for (let c = 0; c < cols; c++) {
        const v = data[base + c];
        if (v !== v) {
          hasNan[colX[c]] = 1;
          continue;
        }
        const t = flat ? 128 : (v - min) * s;
        acc[colX[c]] += t <= 0 ? 0 : t >= 255 ? 255 : t;
      }
    }
    const n = r1 - r0;
    const row = y * w;
    for (let x = 0; x < w; x++) out[row + x] = hasNan[x] ? nan : lut[(acc[x] / (colN[x] * n)) | 0];
  }
}

export interface HeatmapStats {
  rows: number;
  cols: number;
  min: number;
  max: number;
  nan: number;
  integer: boolean;
  colormap: ColormapName;
}

function shape2(p: NdarrayPayload): [number, number] {
  if (p.shape.length !== 2) throw new RangeError('the heatmap view draws 2-d arrays');
  return [p.shape[0], p.shape[1]];
}

function resolveColormap(name: unknown): ColormapName {
  return typeof name === 'string' && isColormapName(name) ? name : DEFAULT_COLORMAP;
}

/**
 * Draws the map into `canvas`: one pixel per element, or, given a smaller `pixels` budget
 * (the displayed size in device pixels), one pixel per block of elements
 * (heatmapPixelsBinned): a 1000 x 1000 array shown at 480 px is 480 x 480 pixels.
 */
export function drawHeatmap(
  canvas: HTMLCanvasElement, p: NdarrayPayload, opts: HeatmapOptions = {}, pixels?: { width: number; height: number },
): HeatmapStats {
  const [rows, cols] = shape2(p);
  const data = elements(p);
  const r = valueRange(data);
  const min = opts.vmin ?? r.min;
  const max = opts.vmax ?? r.max;
  const name = resolveColormap(opts.colormap);
  const w = Math.max(1, Math.min(cols, Math.ceil(pixels?.width ?? cols)));
  const h = Math.max(1, Math.min(rows, Math.ceil(pixels?.height ?? rows)));
  // Resizing clears and reallocates the canvas: only when the size changes.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d')!;
  if (rows > 0 && cols > 0) {
    const img = ctx.createImageData(w, h);
    const px = new Uint32Array(img.data.buffer);
    if (w === cols && h === rows) heatmapPixels(data, min, max, colormap(name), px);
    else heatmapPixelsBinned(data, rows, cols, min, max, colormap(name), w, h, px);
    ctx.putImageData(img, 0, 0);
  }
  return { rows, cols, min, max, nan: r.nan, integer: kindOf(p.dtype) !== 'f', colormap: name };
}

/** Draws the colorbar's table into a 1 x 256 canvas, max at the top. */
export function drawColorbar(canvas: HTMLCanvasElement, name: ColormapName): void {
  canvas.width = 1;
  canvas.height = 256;
  const ctx = canvas.getContext('2d')!;
  const img = ctx.createImageData(1, 256);
  const px = new Uint32Array(img.data.buffer);
  const lut = colormap(name).rgba32;
  for (let y = 0; y < 256; y++) px[y] = lut[255 - y];
  ctx.putImageData(img, 0, 0);
}

export interface ColorbarLabel {
  /** Distance from the top of the bar, CSS px. */
  y: number;
  text: string;
}

/** Labels of a colorbar of the given height: the range's ends, and nice ticks between
 * that keep clear of them. */
export function colorbarLabels(min: number, max: number, height: number, integer: boolean, dtype = 'float64'): ColorbarLabel[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  // The ends to 5 significant digits (the exact values are a hover away).
  const fmt = (v: number) => (kindOf(dtype) === 'f' ? String(Number(v.toPrecision(5))) : String(v));
  if (!(max > min)) return [{ y: height / 2, text: fmt(min) }];
  const pos = (v: number) => (1 - (v - min) / (max - min)) * height;
  const out: ColorbarLabel[] = [{ y: 0, text: fmt(max) }];
  const t = niceTicks(min, max, Math.max(2, Math.floor(height / 48)), integer);
  for (const v of t.values) {
    const y = pos(v);
    if (y > 16 && y < height - 16) out.push({ y, text: formatTick(v, t.step) });
  }
  out.push({ y: height, text: fmt(min) });
  return out;
}

interface Figure {
  map: HTMLCanvasElement;
  cbar: HTMLCanvasElement;
  stats: HeatmapStats;
  size: DisplaySize;
  cbarHeight: number;
  labels: ColorbarLabel[];
}

function buildFigure(
  p: NdarrayPayload, opts: HeatmapOptions, map = document.createElement('canvas'), cbar = document.createElement('canvas'),
  dpr = globalThis.devicePixelRatio || 1,
): Figure {
  const [rows, cols] = shape2(p);
  const size = displaySize(rows, cols);
  const stats = drawHeatmap(map, p, opts, { width: size.width * dpr, height: size.height * dpr });
  drawColorbar(cbar, stats.colormap);
  const cbarHeight = Math.max(size.height, 120);
  const labels = colorbarLabels(stats.min, stats.max, cbarHeight, stats.integer, p.dtype);
  return { map, cbar, stats, size, cbarHeight, labels };
}

const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The heatmap as seen (map, colorbar, labels, NaN key) as a PNG data URL. */
export function heatmapPNG(p: NdarrayPayload, opts: HeatmapOptions = {}): string {
  return figureCanvas(buildFigure(p, opts)).toDataURL('image/png');
}

function figureCanvas(f: Figure): HTMLCanvasElement {
  const c = document.createElement('canvas');
  const probe = c.getContext('2d')!;
  probe.font = FONT;
  const labelW = Math.ceil(Math.max(0, ...f.labels.map((l) => probe.measureText(l.text).width)));
  const pad = 8;
  const gap = 12;
  const nanH = f.stats.nan ? 22 : 0;
  const width = pad + f.size.width + gap + CBAR_WIDTH + 6 + labelW + pad;
  const height = pad + Math.max(f.size.height, f.cbarHeight) + nanH + pad;
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(f.map, pad, pad, f.size.width, f.size.height);
  ctx.imageSmoothingEnabled = true;
  const cx = pad + f.size.width + gap;
  ctx.drawImage(f.cbar, cx, pad, CBAR_WIDTH, f.cbarHeight);
  ctx.strokeStyle = '#9aa6b2';
  ctx.lineWidth = 1;
  ctx.strokeRect(cx - 0.5, pad - 0.5, CBAR_WIDTH + 1, f.cbarHeight + 1);
  ctx.fillStyle = '#39424e';
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  for (const l of f.labels) {
    const y = Math.min(Math.max(l.y, 6), f.cbarHeight - 6);
    ctx.fillText(l.text, cx + CBAR_WIDTH + 6, pad + y);
  }
  if (f.stats.nan) {
    const y = pad + Math.max(f.size.height, f.cbarHeight) + 6;
    ctx.fillStyle = cssColor(colormap(f.stats.colormap).nan);
    ctx.fillRect(pad, y, 12, 12);
    ctx.fillStyle = '#39424e';
    ctx.fillText(nanKey(f.stats.nan), pad + 18, y + 6);
  }
  return c;
}

function nanKey(n: number): string {
  return `nan (${n} element${n === 1 ? '' : 's'})`;
}

export const heatmapView: ArrayView = {
  id: 'heatmap',
  label: 'heatmap',
  rank(p) {
    elements(p);
    if (p.shape.length !== 2) return 0;
    const [rows, cols] = p.shape;
    if (rows === 0 || cols === 0) return 0;
    return rows >= HEATMAP_MIN_SIDE && cols >= HEATMAP_MIN_SIDE ? HEATMAP_RANK : 3;
  },
  mount(p: NdarrayPayload, ctx: ViewContext): MountedView {
    const el = document.createElement('div');
    el.className = 'nb-heatmap';
    const fig = document.createElement('div');
    fig.className = 'nb-fig';
    const map = document.createElement('canvas');
    map.className = 'nb-map';
    const bar = document.createElement('div');
    bar.className = 'nb-cbar';
    const cbar = document.createElement('canvas');
    bar.append(cbar);
    fig.append(map, bar);
    const foot = document.createElement('div');
    foot.className = 'nb-foot';
    const readout = document.createElement('span');
    readout.className = 'nb-readout';
    readout.textContent = '\u00a0';
    const nanKeyEl = document.createElement('span');
    nanKeyEl.className = 'nb-nankey';
    const pick = document.createElement('select');
    pick.className = 'nb-cmap';
    pick.title = 'colormap';
    for (const name of COLORMAPS) pick.add(new Option(name, name));
    foot.append(readout, nanKeyEl, pick);
    el.append(fig, foot);

    let f!: Figure;
    const draw = () => {
      const name = resolveColormap(ctx.options.colormap);
      pick.value = name;
      f = buildFigure(p, { colormap: name }, map, cbar);
      map.style.width = `${f.size.width}px`;
      map.style.height = `${f.size.height}px`;
      map.classList.toggle('nb-crisp', f.size.upscaled);
      cbar.style.height = `${f.cbarHeight}px`;
      bar.querySelectorAll('.nb-tick').forEach((t) => t.remove());
      for (const l of f.labels) {
        const t = document.createElement('span');
        t.className = 'nb-tick';
        t.style.top = `${l.y}px`;
        t.textContent = l.text;
        bar.append(t);
      }
      nanKeyEl.replaceChildren();
      if (f.stats.nan) {
        const sw = document.createElement('i');
        sw.style.background = cssColor(colormap(name).nan);
        nanKeyEl.append(sw, nanKey(f.stats.nan));
      }
    };
    draw();
    pick.addEventListener('change', () => {
      ctx.options.colormap = pick.value;
      draw();
    });
    const data = elements(p);
    map.addEventListener('mousemove', (e) => {
      const r = map.getBoundingClientRect();
      const j = Math.min(f.stats.cols - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * f.stats.cols)));
      const i = Math.min(f.stats.rows - 1, Math.max(0, Math.floor(((e.clientY - r.top) / r.height) * f.stats.rows)));
      readout.textContent = `[${i}, ${j}] = ${formatExact(data[i * f.stats.cols + j], p.dtype)}`;
    });
    map.addEventListener('mouseleave', () => {
      readout.textContent = '\u00a0';
    });
    return {
      element: el,
      rendition: () => ({ 'image/png': pngBase64(figureCanvas(f)) }),
    };
  },
  css: `
.nb-heatmap { display: inline-block; }
.nb-fig { display: flex; align-items: flex-start; gap: 12px; padding: 7px 0; }
.nb-map { display: block; box-shadow: 0 0 0 1px #d5dde6; }
.nb-crisp { image-rendering: pixelated; }
.nb-cbar { position: relative; margin-right: 64px; }
.nb-cbar canvas { display: block; width: ${CBAR_WIDTH}px; box-shadow: 0 0 0 1px #9aa6b2; }
.nb-tick { position: absolute; left: ${CBAR_WIDTH + 6}px; transform: translateY(-50%); font: 11px/1 var(--nb-sans);
  color: #39424e; white-space: nowrap; }
.nb-tick::before { content: ''; position: absolute; left: -6px; top: 50%; width: 4px; border-top: 1px solid #9aa6b2; }
.nb-foot { display: flex; align-items: center; gap: 14px; margin-top: 4px; }
.nb-foot .nb-readout { flex: 1; }
.nb-nankey { font: 12px var(--nb-sans); color: #39424e; display: inline-flex; align-items: center; gap: 5px; }
.nb-nankey i { display: inline-block; width: 11px; height: 11px; box-shadow: 0 0 0 1px #9aa6b2; }
.nb-cmap { font: 12px var(--nb-sans); color: #39424e; border: 1px solid #d5dde6; border-radius: 4px; background: #fff; padding: 1px 2px; }
`,
};
