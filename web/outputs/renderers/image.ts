/**
 * Image view: H x W grayscale, H x W x 1, H x W x 3 (RGB) and H x W x 4 (RGBA) arrays as
 * pixels. Floats (and bools) are read on 0..1, integers on 0..255; values outside are
 * clipped and counted, NaN drawn as 0 and counted, and a note says so. Small images are
 * upscaled by a whole factor with crisp pixels; images larger than IMAGE_MAX are drawn at
 * the shown size, each canvas pixel the mean of the block of pixels it covers. Hover shows
 * `[i, j] = value(s)` at full resolution.
 */
import { elements, formatExact, kindOf, type NdarrayPayload } from './ndarray-data';
import { pngBase64, type ArrayView, type MountedView, type ViewContext } from './registry';

export const IMAGE_RANK = 40;
export const IMAGE_RANK_GRAY = 35;
/** Small images are upscaled by a whole factor to about this many CSS px. */
export const IMAGE_TARGET = 256;
/** Longest side shown, CSS px: larger images are drawn shrunk (block means of pixels). */
export const IMAGE_MAX = 640;
const MAX_SCALE = 32;

export interface ImageLayout {
  height: number;
  width: number;
  channels: 1 | 3 | 4;
}

/** How a shape reads as an image, or null. */
export function imageLayout(shape: readonly number[]): ImageLayout | null {
  if (shape.length === 2) return { height: shape[0], width: shape[1], channels: 1 };
  if (shape.length === 3 && (shape[2] === 1 || shape[2] === 3 || shape[2] === 4)) {
    return { height: shape[0], width: shape[1], channels: shape[2] as 1 | 3 | 4 };
  }
  return null;
}

export interface ImageStats {
  /** Values outside the dtype's range ([0, 1] for floats, [0, 255] for integers). */
  clipped: number;
  nan: number;
  /** The range read: 1 for floats and bools, 255 for integers. */
  unit: 1 | 255;
}

/** Whole upscale factor of an h x w image (1 for images IMAGE_TARGET px or larger). */
export function imageScale(height: number, width: number): number {
  const m = Math.max(height, width, 1);
  return Math.max(1, Math.min(MAX_SCALE, Math.floor(IMAGE_TARGET / m)));
}

/**
 * Converts C-order elements to RGBA bytes (`out` has 4 * H * W entries), clipping to the
 * dtype's range; gray repeats into r, g, b; alpha is 255 unless given.
 */
export function imagePixels(data: ArrayLike<number>, dtype: string, layout: ImageLayout, out: Uint8ClampedArray): ImageStats {
  const kind = kindOf(dtype);
  const unitScale = kind === 'f' || kind === 'b';
  const n = layout.height * layout.width;
  const c = layout.channels;
  let clipped = 0;
  let nan = 0;
  if (dtype === 'uint8' || dtype === 'bool') {
    // In range by construction: straight copies.
    const k = dtype === 'bool' ? 255 : 1;
    for (let p = 0, q = 0; p < n; p++, q += 4) {
      const s = p * c;
      if (c === 1) out[q] = out[q + 1] = out[q + 2] = data[s] * k;
      else {
        out[q] = data[s] * k;
        out[q + 1] = data[s + 1] * k;
        out[q + 2] = data[s + 2] * k;
      }
      out[q + 3] = c === 4 ? data[s + 3] * k : 255;
    }
    return { clipped, nan, unit: unitScale ? 1 : 255 };
  }
  const m = unitScale ? 255 : 1;
  const conv = (v: number): number => {
    if (v !== v) {
      nan++;
      return 0;
    }
    const x = v * m;
    if (x < 0) {
      clipped++;
      return 0;
    }
    if (x > 255) {
      clipped++;
      return 255;
    }
    return unitScale ? Math.round(x) : x;
  };
  for (let p = 0, q = 0; p < n; p++, q += 4) {
    const s = p * c;
    if (c === 1) out[q] = out[q + 1] = out[q + 2] = conv(data[s]);
    else {
      out[q] = conv(data[s]);
      out[q + 1] = conv(data[s + 1]);
      out[q + 2] = conv(data[s + 2]);
    }
    out[q + 3] = c === 4 ? conv(data[s + 3]) : 255;
  }
  return { clipped, nan, unit: unitScale ? 1 : 255 };
}

/** Converts one element to a 0..255 channel value, counting clipped and NaN values. */
function converter(dtype: string, stats: ImageStats): (v: number) => number {
  const kind = kindOf(dtype);
  if (dtype === 'uint8') return (v) => v;
  if (kind === 'b') return (v) => v * 255;
  const unitScale = kind === 'f';
  const m = unitScale ? 255 : 1;
  return (v) => {
    if (v !== v) {
      stats.nan++;
      return 0;
    }
    const x = v * m;
    if (x < 0) {
      stats.clipped++;
      return 0;
    }
    if (x > 255) {
      stats.clipped++;
      return 255;
    }
    return x;
  };
}

/**
 * Converts an H x W image to a smaller w x h grid of RGBA bytes (`out` has 4 * w * h
 * entries): each pixel the mean of the block of image pixels it covers. Clipped and NaN
 * values are counted over the whole image.
 */
export function imagePixelsBinned(
  data: ArrayLike<number>, dtype: string, layout: ImageLayout, w: number, h: number, out: Uint8ClampedArray,
): ImageStats {
  const kind = kindOf(dtype);
  const stats: ImageStats = { clipped: 0, nan: 0, unit: kind === 'f' || kind === 'b' ? 1 : 255 };
  const conv = converter(dtype, stats);
  const { height: H, width: W, channels: C } = layout;
  const colX = new Int32Array(W);
  const colN = new Int32Array(w);
  for (let c = 0; c < W; c++) {
    const x = Math.floor((c * w) / W);
    colX[c] = x * 4;
    colN[x]++;
  }
  const acc = new Float64Array(4 * w);
  for (let y = 0; y < h; y++) {
    const r0 = Math.floor((y * H) / h);
    const r1 = Math.floor(((y + 1) * H) / h);
    acc.fill(0);
    for (let r = r0; r < r1; r++) {
      for (let c = 0, s = r * W * C; c < W; c++, s += C) {
        const x = colX[c];
        if (C === 1) {
          const g = conv(data[s]);
          acc[x] += g;
          acc[x + 1] += g;
          acc[x + 2] += g;
          acc[x + 3] += 255;
        } else {
          acc[x] += conv(data[s]);
          acc[x + 1] += conv(data[s + 1]);
          acc[x + 2] += conv(data[s + 2]);
          acc[x + 3] += C === 4 ? conv(data[s + 3]) : 255;
        }
      }
    }
    const n = r1 - r0;
    for (let x = 0, q = 4 * y * w; x < w; x++, q += 4) {
      const m = colN[x] * n;
      out[q] = acc[4 * x] / m;
      out[q + 1] = acc[4 * x + 1] / m;
      out[q + 2] = acc[4 * x + 2] / m;
      out[q + 3] = acc[4 * x + 3] / m;
    }
  }
  return stats;
}

function layoutOf(p: NdarrayPayload): ImageLayout {
  const l = imageLayout(p.shape);
  if (!l) throw new RangeError('the image view draws H x W, H x W x 1, H x W x 3 and H x W x 4 arrays');
  return l;
}

/** Canvas size of an image: itself, or shrunk so its longest side is IMAGE_MAX. */
export function imageCanvasSize(height: number, width: number, max = IMAGE_MAX): { width: number; height: number } {
  const m = Math.max(height, width);
  if (m <= max) return { width, height };
  return { width: Math.max(1, Math.round((width * max) / m)), height: Math.max(1, Math.round((height * max) / m)) };
}

/** Draws the image into `canvas`: one canvas pixel per image pixel, or shrunk to the
 * `pixels` budget (block means). */
export function drawImageArray(canvas: HTMLCanvasElement, p: NdarrayPayload, pixels?: { width: number; height: number }): ImageStats & ImageLayout {
  const l = layoutOf(p);
  const w = Math.max(1, Math.min(l.width, Math.round(pixels?.width ?? l.width)));
  const h = Math.max(1, Math.min(l.height, Math.round(pixels?.height ?? l.height)));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d')!;
  const img = ctx.createImageData(w, h);
  let stats: ImageStats = { clipped: 0, nan: 0, unit: 1 };
  if (l.width && l.height) {
    stats = w === l.width && h === l.height
      ? imagePixels(elements(p), p.dtype, l, img.data)
      : imagePixelsBinned(elements(p), p.dtype, l, w, h, img.data);
  }
  ctx.putImageData(img, 0, 0);
  return { ...stats, ...l };
}

/** The note under an image with clipped or NaN values ('' when there are none). */
export function clipNote(s: ImageStats): string {
  const parts: string[] = [];
  if (s.clipped) parts.push(`${s.clipped} value${s.clipped === 1 ? '' : 's'} outside [0, ${s.unit}] clipped`);
  if (s.nan) parts.push(`${s.nan} NaN drawn as 0`);
  return parts.join('; ');
}

function scaled(canvas: HTMLCanvasElement, k: number): HTMLCanvasElement {
  if (k === 1) return canvas;
  const c = document.createElement('canvas');
  c.width = canvas.width * k;
  c.height = canvas.height * k;
  const ctx = c.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(canvas, 0, 0, c.width, c.height);
  return c;
}

/** The image as seen (upscaled like on the page) as a PNG data URL. */
export function imagePNG(p: NdarrayPayload): string {
  const c = document.createElement('canvas');
  const l = layoutOf(p);
  drawImageArray(c, p, imageCanvasSize(l.height, l.width));
  return scaled(c, imageScale(l.height, l.width)).toDataURL('image/png');
}

export const imageView: ArrayView = {
  id: 'image',
  label: 'image',
  rank(p) {
    elements(p);
    const l = imageLayout(p.shape);
    if (!l || l.height === 0 || l.width === 0) return 0;
    const big = l.height * l.width >= 64 && l.height >= 4 && l.width >= 4;
    if (p.shape.length === 3) return big ? (l.channels === 1 ? IMAGE_RANK_GRAY : IMAGE_RANK) : 2;
    const bytes = p.dtype === 'uint8' || p.dtype === 'bool';
    return bytes && l.height >= 16 && l.width >= 16 ? IMAGE_RANK_GRAY : 2;
  },
  mount(p: NdarrayPayload, _ctx: ViewContext): MountedView {
    const el = document.createElement('div');
    el.className = 'nb-image';
    const canvas = document.createElement('canvas');
    const l = layoutOf(p);
    const size = imageCanvasSize(l.height, l.width);
    const dpr = globalThis.devicePixelRatio || 1;
    const s = drawImageArray(canvas, p, { width: size.width * dpr, height: size.height * dpr });
    const k = imageScale(s.height, s.width);
    canvas.style.width = `${size.width * k}px`;
    canvas.classList.toggle('nb-crisp', k > 1);
    const foot = document.createElement('div');
    foot.className = 'nb-foot';
    const readout = document.createElement('span');
    readout.className = 'nb-readout';
    readout.textContent = '\u00a0';
    foot.append(readout);
    const note = clipNote(s);
    if (note) {
      const warn = document.createElement('span');
      warn.className = 'nb-clip';
      warn.textContent = `⚠ ${note}`;
      foot.append(warn);
    }
    el.append(canvas, foot);
    const data = elements(p);
    canvas.addEventListener('mousemove', (e) => {
      const r = canvas.getBoundingClientRect();
      const j = Math.min(s.width - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * s.width)));
      const i = Math.min(s.height - 1, Math.max(0, Math.floor(((e.clientY - r.top) / r.height) * s.height)));
      const base = (i * s.width + j) * s.channels;
      const vals = Array.from({ length: s.channels }, (_, q) => formatExact(data[base + q], p.dtype));
      readout.textContent = `[${i}, ${j}] = ${s.channels === 1 ? vals[0] : `[${vals.join(', ')}]`}`;
    });
    canvas.addEventListener('mouseleave', () => {
      readout.textContent = '\u00a0';
    });
    return { element: el, rendition: () => ({ 'image/png': pngBase64(scaled(canvas, k)) }) };
  },
  css: `
.nb-image { display: inline-block; max-width: 100%; }
.nb-image canvas { display: block; max-width: 100%; height: auto; box-shadow: 0 0 0 1px #d5dde6;
  background: repeating-conic-gradient(#eef0f3 0 25%, #fff 0 50%) 0 0 / 12px 12px; }
.nb-image canvas.nb-crisp { image-rendering: pixelated; }
.nb-clip { font: 12px var(--nb-sans); color: #9a5b00; background: #fff4dc; border: 1px solid #f0d28c; border-radius: 4px; padding: 1px 6px; }
`,
};
