/**
 * Drawing the shapes of pie, contour and contourf (runtime/plt/spec.ts PatchSpec and
 * ContourSpec) for figure-draw.ts. A filled contour band is one path of many polygons,
 * filled at once, so the polygons of a band meet without seams; a band's colour is the
 * colormap's at its middle value (or its given colour), as matplotlib's.
 */
import type { ContourSpec, PatchSpec } from '../../../runtime/plt/spec';
import { lutIndex } from './colormaps';
import { dashes, lut, lutCss, series, type Ctx, type DrawEnv, type Frame } from './figure-draw';

/** Traces polygons or polylines separated by NaN; `close` closes each. */
function traceParts(ctx: Ctx, xs: Float64Array, ys: Float64Array, f: Frame, close: boolean): void {
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const px = f.x(xs[i]);
    const py = f.y(ys[i]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      if (pen && close) ctx.closePath();
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    pen = true;
  }
  if (pen && close) ctx.closePath();
}

/** A pie wedge (or any closed patch): filled, then its edge when it has one. */
export function drawPatch(e: DrawEnv, a: PatchSpec): void {
  const { ctx, f, pt } = e;
  ctx.globalAlpha = a.alpha;
  ctx.beginPath();
  traceParts(ctx, series(a.x), series(a.y), f, true);
  if (a.facecolor !== 'none') {
    ctx.fillStyle = a.facecolor;
    ctx.fill();
  }
  if (a.edgecolor && a.edgecolor !== 'none' && a.linewidth > 0) {
    ctx.strokeStyle = a.edgecolor;
    ctx.lineWidth = a.linewidth * pt;
    ctx.lineJoin = 'round';
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** Contour lines (one stroke per level) or filled bands (one fill per band). */
export function drawContour(e: DrawEnv, a: ContourSpec): void {
  const { ctx, f, pt } = e;
  const table = lut(a.cmap);
  ctx.globalAlpha = a.alpha;
  a.paths.forEach((p, k) => {
    const xs = series(p.x);
    if (!xs.length) return;
    const color = a.colors ? a.colors[k % a.colors.length] : lutCss(table[Math.max(0, lutIndex(p.value, a.vmin, a.vmax))]);
    ctx.beginPath();
    traceParts(ctx, xs, series(p.y), f, a.filled);
    if (a.filled) {
      ctx.fillStyle = color;
      ctx.fill();
      // A hairline of the same colour hides the anti-aliased seam where two bands meet (not in SVG: it would double its size).
      if (!(ctx as { vector?: boolean }).vector) {
        ctx.strokeStyle = color;
        ctx.lineWidth = 0.5 / e.scale;
        ctx.stroke();
      }
    } else {
      ctx.strokeStyle = color;
      ctx.lineWidth = p.linewidth * pt;
      ctx.lineJoin = 'round';
      ctx.lineCap = 'butt';
      ctx.setLineDash(dashes(p.linestyle, p.linewidth, pt));
      ctx.stroke();
      ctx.setLineDash([]);
    }
  });
  ctx.globalAlpha = 1;
}
