/**
 * `plt.savefig()` in the kernel: the page draws the figure with the renderer that draws its
 * outputs (web/outputs/renderers/figure-draw.ts) and sends the PNG bytes back, so the kernel needs no
 * drawing code of its own and imports nothing from web/.
 */
import type { FigureSpec } from '../runtime/plt/spec';
import type { FromKernel, ToKernel } from './protocol';

type Rasterized = Extract<ToKernel, { type: 'rasterized' }>;

export class PageRasterizer {
  private next = 1;
  private readonly waiting = new Map<number, (m: Rasterized) => void>();

  constructor(private readonly send: (m: Extract<FromKernel, { type: 'rasterize' }>) => void) {}

  /** PNG bytes of `figure` at `dpi`, drawn by the page. */
  readonly rasterize = (figure: FigureSpec, dpi: number): Promise<Uint8Array> => {
    const id = this.next++;
    this.send({ type: 'rasterize', id, figure, dpi });
    return new Promise<Rasterized>((resolve) => this.waiting.set(id, resolve)).then((m) => {
      if (!m.png) throw new Error(`savefig: the page could not draw the figure${m.error ? ` (${m.error})` : ''}`);
      return new Uint8Array(m.png);
    });
  };

  /** The page's answer. */
  answer(m: Rasterized): void {
    this.waiting.get(m.id)?.(m);
    this.waiting.delete(m.id);
  }
}
