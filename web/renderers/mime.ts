/**
 * The output level of the rendermime: which MIME type of a bundle is drawn. Renderers are
 * small factories in a ranked registry; the richest type present wins:
 *
 *   application/vnd.numbook.ndarray  100  <nb-array-output> (its own views and switcher)
 *   image/png                         50  <img>
 *   text/plain                        10  <pre>
 *
 * An ndarray bundle carries text/plain too; its element keeps it for the text view.
 */
import { NDARRAY_MIME, type NdarrayPayload } from './ndarray-data';
import './nb-array-output';

/** A MIME bundle as Jupyter's: MIME type -> data (kernel/protocol.ts defines the wire type). */
export type MimeBundle = { [mime: string]: unknown };

export interface MimeRenderer {
  mime: string;
  rank: number;
  /** Whether this bundle's data for `mime` can be drawn (default: present). */
  accepts?(data: unknown): boolean;
  render(bundle: MimeBundle): HTMLElement;
}

export class MimeRegistry {
  private renderers: MimeRenderer[] = [];

  register(r: MimeRenderer): this {
    this.renderers = [...this.renderers.filter((x) => x.mime !== r.mime), r].sort((a, b) => b.rank - a.rank);
    return this;
  }

  /** The highest ranked renderer with data in the bundle. */
  pick(bundle: MimeBundle): MimeRenderer | undefined {
    return this.renderers.find((r) => bundle[r.mime] !== undefined && (r.accepts?.(bundle[r.mime]) ?? true));
  }

  render(bundle: MimeBundle): HTMLElement {
    const r = this.pick(bundle);
    if (r) return r.render(bundle);
    const pre = document.createElement('pre');
    pre.textContent = `(no renderer for ${Object.keys(bundle).join(', ') || 'an empty bundle'})`;
    return pre;
  }
}

export const ndarrayRenderer: MimeRenderer = {
  mime: NDARRAY_MIME,
  rank: 100,
  // Anything shaped like a payload: the element draws what it cannot read (a truncated
  // or unknown-dtype array) as its repr.
  accepts: (d) => !!d && typeof d === 'object' && typeof (d as NdarrayPayload).dtype === 'string' && Array.isArray((d as NdarrayPayload).shape),
  render(bundle) {
    const el = document.createElement('nb-array-output');
    el.payload = bundle[NDARRAY_MIME] as NdarrayPayload;
    el.text = typeof bundle['text/plain'] === 'string' ? bundle['text/plain'] : undefined;
    return el;
  },
};

export const pngRenderer: MimeRenderer = {
  mime: 'image/png',
  rank: 50,
  accepts: (d) => typeof d === 'string',
  render(bundle) {
    const img = document.createElement('img');
    img.src = `data:image/png;base64,${bundle['image/png'] as string}`;
    img.style.maxWidth = '100%';
    return img;
  },
};

export const plainRenderer: MimeRenderer = {
  mime: 'text/plain',
  rank: 10,
  render(bundle) {
    const pre = document.createElement('pre');
    pre.className = 'nb-plain';
    pre.textContent = String(bundle['text/plain']);
    return pre;
  },
};

export function createMimeRegistry(): MimeRegistry {
  return new MimeRegistry().register(ndarrayRenderer).register(pngRenderer).register(plainRenderer);
}

export const defaultMime = createMimeRegistry();

/** Draws a bundle with the default registry. */
export function renderBundle(bundle: MimeBundle): HTMLElement {
  return defaultMime.render(bundle);
}
