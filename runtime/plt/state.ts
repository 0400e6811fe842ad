/**
 * pyplot's state, apart from its functions (pyplot.ts) so that `plt` holds only pyplot's
 * names: the open figures by number (matplotlib's Gcf) and the current one, and the two
 * hooks the host provides: how a figure is shown (the kernel's display, as Jupyter's
 * inline backend) and how a figure spec becomes PNG bytes (a canvas renderer).
 */
import type { Figure } from './figure';
import type { FigureSpec } from './spec';

export const figures = new Map<number, Figure>();
export const state: { current: Figure | null } = { current: null };

type ShowHook = (fig: Figure) => void;
type Rasterizer = (spec: FigureSpec, dpi: number) => Promise<Uint8Array>;

let showHook: ShowHook | null = null;
let rasterizer: Rasterizer | null = null;

/** The kernel's display for figures (plt.show() and the end of a cell call it). */
export function setShowHook(fn: ShowHook | null): void {
  showHook = fn;
}

/** What draws a figure into PNG bytes (savefig); none under vitest. */
export function setRasterizer(fn: Rasterizer | null): void {
  rasterizer = fn;
}

/** PNG bytes of a figure spec, from the host's rasterizer. */
export function rasterize(spec: FigureSpec, dpi: number): Promise<Uint8Array> {
  if (!rasterizer) return Promise.reject(new Error('savefig needs a canvas: it works in the notebook kernel, not here'));
  return rasterizer(spec, dpi);
}

/** Shows every open figure (in number order) and closes them: Jupyter's inline flush. */
export function flushFigures(): void {
  const open = [...figures.values()];
  figures.clear();
  state.current = null;
  if (!showHook) return;
  for (const f of open) showHook(f);
}

/** Closes every figure without showing it (a kernel restart, tests). */
export function closeAll(): void {
  figures.clear();
  state.current = null;
}
