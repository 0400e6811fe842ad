/**
 * A drawn figure under the mouse, as matplotlib's interactive backends: hover marks the
 * nearest plotted point and shows its x and y; drag pans the axes under the pointer;
 * Ctrl/⌘ + wheel zooms about the pointer (the wheel alone keeps scrolling the notebook);
 * Shift + drag zooms to a box; a double-click goes back to the view the cell drew. Each
 * move redraws the canvas from the figure spec with new limits (figure-zoom.ts), at most
 * once per frame.
 */
import type { FigureSpec } from '../../../runtime/plt/spec';
import { drawFigure, figurePixels, frameOf, type Frame } from './figure-draw';
import { formatCoord, nearestPoint } from './figure-hover';
import { boxed, panned, withLimits, zoomed } from './figure-zoom';

/** Wheel zoom per notch (1.25 out, 0.8 in). */
const ZOOM = 1.25;

export function attachInteraction(el: HTMLElement, canvas: HTMLCanvasElement, original: FigureSpec): void {
  let spec = original;
  const { width: W, height: H } = figurePixels(original);
  const scale = canvas.width / W;
  const ring = div('nb-figure-ring');
  const readout = div('nb-figure-readout');
  const box = div('nb-figure-box');
  el.append(ring, readout, box);

  const redraw = () => {
    const drawn = drawFigure(canvas.getContext('2d')!, spec, scale);
    canvas.dataset.frames = JSON.stringify(drawn.frames);
  };
  /** The pointer in figure pixels, and figure pixels per CSS pixel. */
  const at = (e: { clientX: number; clientY: number }) => {
    const r = canvas.getBoundingClientRect();
    const k = W / r.width;
    return { x: (e.clientX - r.left) * k, y: (e.clientY - r.top) * k, k };
  };
  /** The axes (not a colorbar) under a figure pixel, with its frame. */
  const axesAt = (x: number, y: number): { i: number; f: Frame } | null => {
    for (let i = spec.axes.length - 1; i >= 0; i--) {
      if (spec.axes[i].colorbar) continue;
      const f = frameOf(spec.axes[i], W, H);
      if (x >= f.left && x <= f.left + f.width && y >= f.top && y <= f.top + f.height) return { i, f };
    }
    return null;
  };
  /** Fractions of the frame from its lim[0] ends (x from the left, y from the bottom). */
  const frac = (f: Frame, x: number, y: number) => ({ fx: (x - f.left) / f.width, fy: (f.top + f.height - y) / f.height });

  const hideHover = () => (ring.hidden = readout.hidden = true);
  hideHover();
  box.hidden = true;

  let drag: { i: number; f: Frame; x: number; y: number; from: FigureSpec; zoomBox: boolean } | null = null;
  let pending: PointerEvent | null = null;
  const onFrame = () => {
    const e = pending;
    pending = null;
    if (!e) return;
    const p = at(e);
    if (drag) {
      const { i, f, from } = drag;
      const ax = from.axes[i];
      if (drag.zoomBox) {
        const l = Math.min(drag.x, p.x), t = Math.min(drag.y, p.y);
        Object.assign(box.style, { left: `${canvas.offsetLeft + l / p.k}px`, top: `${canvas.offsetTop + t / p.k}px`, width: `${Math.abs(p.x - drag.x) / p.k}px`, height: `${Math.abs(p.y - drag.y) / p.k}px` });
        box.hidden = false;
        return;
      }
      spec = withLimits(from, i, panned(ax.x, (p.x - drag.x) / f.width), panned(ax.y, (drag.y - p.y) / f.height));
      redraw();
      return;
    }
    const hit = nearestPoint(spec, p.x, p.y, 24 * p.k);
    ring.hidden = readout.hidden = !hit;
    if (!hit) return;
    ring.style.left = `${canvas.offsetLeft + hit.px / p.k}px`;
    ring.style.top = `${canvas.offsetTop + hit.py / p.k}px`;
    ring.style.borderColor = hit.color;
    readout.textContent = `${hit.label ? `${hit.label}: ` : ''}x=${formatCoord(hit.x)}  y=${formatCoord(hit.y)}`;
  };
  const schedule = (e: PointerEvent) => {
    if (!pending) requestAnimationFrame(onFrame);
    pending = e;
  };

  canvas.addEventListener('pointermove', schedule);
  canvas.addEventListener('pointerleave', () => {
    if (!drag) hideHover();
  });
  canvas.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    const p = at(e);
    const hit = axesAt(p.x, p.y);
    if (!hit) return;
    e.preventDefault();
    canvas.setPointerCapture(e.pointerId);
    drag = { ...hit, x: p.x, y: p.y, from: spec, zoomBox: e.shiftKey };
    canvas.style.cursor = e.shiftKey ? 'crosshair' : 'grabbing';
    hideHover();
  });
  const end = (e: PointerEvent) => {
    if (!drag) return;
    const d = drag;
    drag = null;
    pending = null;
    canvas.style.cursor = '';
    box.hidden = true;
    if (d.zoomBox) {
      const p = at(e);
      // A click, not a box: nothing to zoom to.
      if (Math.abs(p.x - d.x) < 3 || Math.abs(p.y - d.y) < 3) return;
      const a = frac(d.f, d.x, d.y);
      const b = frac(d.f, p.x, p.y);
      const ax = d.from.axes[d.i];
      spec = withLimits(d.from, d.i, boxed(ax.x, a.fx, b.fx), boxed(ax.y, a.fy, b.fy));
      redraw();
    }
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  canvas.addEventListener(
    'wheel',
    (e) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const p = at(e);
      const hit = axesAt(p.x, p.y);
      if (!hit) return;
      e.preventDefault();
      const { fx, fy } = frac(hit.f, p.x, p.y);
      const factor = e.deltaY > 0 ? ZOOM : 1 / ZOOM;
      const ax = spec.axes[hit.i];
      spec = withLimits(spec, hit.i, zoomed(ax.x, factor, fx), zoomed(ax.y, factor, fy));
      redraw();
    },
    { passive: false },
  );
  canvas.addEventListener('dblclick', () => {
    if (spec === original) return;
    spec = original;
    redraw();
  });
}

function div(className: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = className;
  return d;
}
