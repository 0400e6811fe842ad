/**
 * The output level of the rendermime: which MIME type of a bundle is drawn. Renderers are
 * small factories in a ranked registry, one file each; the richest type present wins:
 *
 *   application/vnd.numbook.figure+json  110  plt's figures on a canvas        figure.ts
 *   application/vnd.numbook.ndarray+json 100  <nb-array-output> (its own views and switcher)
 *   text/html                             60  sanitised HTML                  mime-html.ts
 *   text/markdown                         55  markdown, KaTeX, sanitised      mime-markdown.ts
 *   text/latex                            54  KaTeX                           mime-latex.ts
 *   image/svg+xml                         52  sanitised, drawn as an <img>    mime-svg.ts
 *   image/png, image/jpeg, image/gif  50-48  <img> (metadata width/height)   mime-image.ts
 *   application/json                      40  collapsible tree                mime-json.ts
 *   text/plain                            10  <pre>
 *
 * An ndarray bundle carries text/plain too; its element keeps it for the text view. An
 * exported notebook's array outputs also carry image/png or text/html (ipynb-export.ts):
 * the array wins while its data is there; an array too large to keep shows its picture.
 * application/javascript is never run: such a bundle shows its text/plain.
 */
import { NDARRAY_MIME, type NdarrayPayload } from './ndarray-data';
import type { MimeBundle, MimeRenderer } from './mime-types';
import { htmlRenderer } from './mime-html';
import { markdownRenderer } from './mime-markdown';
import { latexRenderer } from './mime-latex';
import { svgRenderer } from './mime-svg';
import { gifRenderer, jpegRenderer, pngRenderer } from './mime-image';
import { jsonRenderer } from './mime-json';
import { figureRenderer } from './figure';
import './nb-array-output';

export type { MimeBundle, MimeRenderer } from './mime-types';

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

  render(bundle: MimeBundle, metadata?: Record<string, unknown>): HTMLElement {
    const r = this.pick(bundle);
    if (r) {
      const el = r.render(bundle, metadata);
      el.dataset.mime = r.mime;
      return el;
    }
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

export { figureRenderer, htmlRenderer, markdownRenderer, latexRenderer, svgRenderer, pngRenderer, jpegRenderer, gifRenderer, jsonRenderer };

export const BUILTIN_MIME_RENDERERS: readonly MimeRenderer[] = [
  figureRenderer, ndarrayRenderer, htmlRenderer, markdownRenderer, latexRenderer, svgRenderer, pngRenderer, jpegRenderer, gifRenderer, jsonRenderer, plainRenderer,
];

export function createMimeRegistry(): MimeRegistry {
  const r = new MimeRegistry();
  for (const x of BUILTIN_MIME_RENDERERS) r.register(x);
  return r;
}

export const defaultMime = createMimeRegistry();

/** Draws a bundle with the default registry. */
export function renderBundle(bundle: MimeBundle, metadata?: Record<string, unknown>): HTMLElement {
  return defaultMime.render(bundle, metadata);
}
