/**
 * Figures as kernel output: the buffers of a figure spec's numeric series, transferred
 * (not copied) to the page with the display message. Every series in a spec is a fresh
 * copy (Figure.spec slices), so moving them takes nothing from the user's figure.
 */
import type { FigureSpec } from '../runtime/plt/spec';

export function figureTransfer(spec: FigureSpec): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const ax of spec.axes) {
    for (const a of ax.artists) {
      for (const v of Object.values(a)) if (v instanceof Float64Array) out.add(v.buffer as ArrayBuffer);
    }
  }
  return [...out];
}
