/**
 * Text view: NumPy's repr, the bundle's text/plain, as printed. Draws anything (also a
 * payload no other view understands), at the lowest rank: the default only for 0-d and
 * 4-d-and-up arrays.
 */
import { shapeLabel, type NdarrayPayload } from './ndarray-data';
import type { ArrayView, MountedView, Rendition, ViewContext } from './registry';

export const TEXT_RANK = 10;

/** The text shown: the repr, or a one-line description when the bundle has none. */
export function textOf(p: NdarrayPayload, text?: string): string {
  if (text !== undefined && text !== '') return text;
  const shape = Array.isArray(p?.shape) ? shapeLabel(p.shape) : '?';
  return `<ndarray shape=${shape} dtype=${String(p?.dtype)}>`;
}

export function textRendition(p: NdarrayPayload, text?: string): Rendition {
  return { 'text/plain': textOf(p, text) };
}

export const textView: ArrayView = {
  id: 'text',
  label: 'text',
  rank: () => TEXT_RANK,
  mount(p: NdarrayPayload, ctx: ViewContext): MountedView {
    const pre = document.createElement('pre');
    pre.className = 'nb-text';
    pre.textContent = textOf(p, ctx.text);
    return { element: pre, rendition: () => textRendition(p, ctx.text) };
  },
  css: `
.nb-text { margin: 0; padding: 8px 10px; font: 13px/1.45 var(--nb-mono); color: var(--nb-text, #1f2d3d);
  background: var(--nb-surface-2, #f6f8fa); border-radius: 4px; overflow: auto; max-height: 32em; white-space: pre; }
`,
};
