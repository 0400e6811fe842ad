/**
 * Ranked registries, as JupyterLab's rendermime: small factories that each say what they
 * can draw and with what rank; the highest rank is the default.
 *
 * - ViewRegistry: the views of one ndarray output (text | table | heatmap | image | plot).
 *   Each view ranks a payload from its shape and dtype; every view with a rank > 0 is
 *   offered in the output's switcher, the highest one is shown first.
 * - MimeRegistry (mime.ts): which MIME type of an output's bundle is drawn.
 */
import type { NdarrayPayload } from './ndarray-data';

export type ViewId = 'text' | 'table' | 'heatmap' | 'image' | 'plot';

/** A piece of a MIME bundle that records what a view showed, for export to .ipynb:
 * {'image/png': base64 (no data: prefix, as .ipynb stores it)}, {'text/html': html} or
 * {'text/plain': text}. */
export type Rendition = Record<string, string>;

export interface ViewContext {
  /** The bundle's text/plain (NumPy's repr). */
  text?: string;
  /** Per-output options that survive switching views (e.g. the heatmap's colormap). */
  options: Record<string, unknown>;
  /** Width the view may use, in CSS pixels (0 when unknown). */
  width: number;
}

export interface MountedView {
  element: HTMLElement;
  /** What the view shows now, as a MIME bundle fragment. */
  rendition(): Rendition;
  dispose?(): void;
}

export interface ArrayView {
  id: ViewId | string;
  label: string;
  /** > 0: can draw this payload, higher wins the default; <= 0 (or a throw): cannot. */
  rank(p: NdarrayPayload, text?: string): number;
  mount(p: NdarrayPayload, ctx: ViewContext): MountedView;
  /** The view's stylesheet (the output element adopts all registered ones). */
  css: string;
}

export interface RankedView {
  view: ArrayView;
  rank: number;
}

export class ViewRegistry {
  private views: ArrayView[] = [];

  /** Adds a view (replacing one with the same id); registration order is switcher order. */
  register(view: ArrayView): this {
    const i = this.views.findIndex((v) => v.id === view.id);
    if (i >= 0) this.views[i] = view;
    else this.views.push(view);
    return this;
  }

  get(id: string): ArrayView | undefined {
    return this.views.find((v) => v.id === id);
  }

  all(): readonly ArrayView[] {
    return this.views;
  }

  private rankOf(v: ArrayView, p: NdarrayPayload, text?: string): number {
    try {
      const r = v.rank(p, text);
      return Number.isFinite(r) ? r : 0;
    } catch {
      return 0;
    }
  }

  /** Views that can draw the payload, highest rank first (ties: registration order). */
  ranked(p: NdarrayPayload, text?: string): RankedView[] {
    return this.views
      .map((view, order) => ({ view, rank: this.rankOf(view, p, text), order }))
      .filter((r) => r.rank > 0)
      .sort((a, b) => b.rank - a.rank || a.order - b.order)
      .map(({ view, rank }) => ({ view, rank }));
  }

  /** Views that can draw the payload, in switcher (registration) order. */
  applicable(p: NdarrayPayload, text?: string): ArrayView[] {
    return this.views.filter((v) => this.rankOf(v, p, text) > 0);
  }

  /** The default view: the highest ranked one. */
  preferred(p: NdarrayPayload, text?: string): ArrayView | undefined {
    return this.ranked(p, text)[0]?.view;
  }
}

/** Base64 of a canvas's PNG (what .ipynb stores under image/png). */
export function pngBase64(canvas: HTMLCanvasElement): string {
  const url = canvas.toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}
