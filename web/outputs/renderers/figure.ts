/**
 * The figure renderer: `application/vnd.numbook.figure+json` outputs (plt's figures,
 * runtime/plt/) drawn on a canvas by figure-draw.ts, at the figure's size in CSS pixels
 * (640 x 480 for matplotlib's default 6.4 x 4.8 in at 100 dpi; narrower outputs scale it
 * down) and the screen's pixel density. The figure's data stays in the output, so a
 * reload redraws it; `figureRendition` is its `image/png` for export (.ipynb, HTML).
 * Hover shows the nearest point; drag pans, Ctrl/⌘ + wheel and Shift + drag zoom, a
 * double-click resets (figure-interact.ts).
 */
import type { FigureSpec } from '../../../kernel/protocol';
import type { MimeRenderer } from './mime-types';
import { drawFigure, figurePixels, series, warmFigureFont } from './figure-draw';
import { attachInteraction } from './figure-interact';
import { SvgContext, type Measurer } from './svg-context';

export const FIGURE_MIME = 'application/vnd.numbook.figure+json';

// Once, when the renderers load (in idle time when it can), not in the first figure's draw.
if (typeof document !== 'undefined') {
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  if (idle) idle(warmFigureFont);
  else setTimeout(warmFigureFont, 0);
}

/** Whether `d` looks like a figure spec this renderer can draw. */
export function isFigureSpec(d: unknown): d is FigureSpec {
  const s = d as FigureSpec | null;
  return !!s && typeof s === 'object' && s.version === 1 && Array.isArray(s.axes) && typeof s.width === 'number' && typeof s.height === 'number';
}

/** Draws `spec` on a new canvas at `scale` device pixels per figure pixel. */
export function figureCanvas(spec: FigureSpec, scale = globalThis.devicePixelRatio || 1): HTMLCanvasElement {
  const { width, height } = figurePixels(spec);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  canvas.style.width = `${width}px`;
  canvas.style.aspectRatio = `${width} / ${height}`;
  const t0 = performance.now();
  const drawn = drawFigure(canvas.getContext('2d')!, spec, scale);
  // Where each axes is and what it shows, and how long drawing took (tests, tools).
  canvas.dataset.frames = JSON.stringify(drawn.frames);
  canvas.dataset.drawMs = (performance.now() - t0).toFixed(1);
  return canvas;
}

/** The figure as PNG base64 at its own dpi (what matplotlib's inline backend would embed). */
export function figurePNG(spec: FigureSpec): string {
  const url = figureCanvas(spec, 1).toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}

/** A figure gets an SVG rendition up to this many bytes of SVG (vector figures in Jupyter and on GitHub). */
export const FIGURE_SVG_CAP = 200_000;
/** Above this many plotted values the SVG would be too large anyway: it is not drawn. */
const FIGURE_SVG_VALUES = 50_000;

/** How many numbers a figure's series hold. */
function seriesValues(v: unknown): number {
  if (v instanceof Float64Array || Array.isArray(v)) return Array.isArray(v) ? v.reduce((n: number, x) => n + (typeof x === 'number' ? 1 : seriesValues(x)), 0) : v.length;
  if (v && typeof v === 'object') {
    const b = (v as { base64?: unknown }).base64;
    if (typeof b === 'string') return Math.floor((b.length * 3) / 4 / 8);
    return Object.values(v).reduce((n: number, x) => n + seriesValues(x), 0);
  }
  return 0;
}

/** The figure as SVG, drawn by the same code as its canvas, or null when it would be large (many points, big images). */
export function figureSVG(spec: FigureSpec, measure?: Measurer): string | null {
  if (seriesValues(spec.axes) > FIGURE_SVG_VALUES) return null;
  const { width, height } = figurePixels(spec);
  const ctx = new SvgContext(width, height, measure);
  drawFigure(ctx as unknown as CanvasRenderingContext2D, spec, 1);
  const svg = ctx.toString();
  return svg.length > FIGURE_SVG_CAP ? null : svg;
}

/** What a figure output exports as standard MIME data: its PNG, and its SVG when small. */
export function figureRendition(spec: FigureSpec): Record<string, string> {
  const svg = figureSVG(spec);
  return { 'image/png': figurePNG(spec), ...(svg ? { 'image/svg+xml': svg } : {}) };
}

/** Series as base64 float64 bytes, so the spec is JSON (an exported notebook keeps the figure's data). */
export function figureToJson(spec: FigureSpec): { json: FigureSpec; bytes: number } {
  let bytes = 0;
  const enc = (v: unknown): unknown => {
    if (v instanceof Float64Array) {
      bytes += v.byteLength;
      const u8 = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      let bin = '';
      for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
      return { base64: btoa(bin) };
    }
    if (Array.isArray(v)) return v.map(enc);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, enc(x)]));
    return v;
  };
  return { json: enc(spec) as FigureSpec, bytes };
}

export const figureRenderer: MimeRenderer = {
  mime: FIGURE_MIME,
  rank: 110,
  accepts: isFigureSpec,
  render(bundle) {
    const spec = bundle[FIGURE_MIME] as FigureSpec;
    const el = document.createElement('div');
    el.className = 'nb-figure';
    el.style.display = 'inline-block';
    el.style.maxWidth = '100%';
    el.style.position = 'relative';
    const canvas = figureCanvas(spec);
    canvas.style.maxWidth = '100%';
    canvas.style.height = 'auto';
    canvas.style.display = 'block';
    const alt = bundle['text/plain'];
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', typeof alt === 'string' ? alt : 'figure');
    el.append(canvas);
    attachInteraction(el, canvas, spec);
    return el;
  },
};

export { series };
