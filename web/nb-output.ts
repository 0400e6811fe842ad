/**
 * <nb-output>: one stored output (nbformat shape) drawn.
 *
 * - stream: its text (stderr tinted);
 * - error: the traceback, with the cell's source line (and caret) the error points at
 *   highlighted;
 * - execute_result / display_data: the MIME bundle through the renderer registry
 *   (web/renderers/mime.ts): ndarray > text/html > text/markdown > image/svg+xml >
 *   image/png > text/plain. HTML, Markdown and SVG are sanitised (DOMPurify) first: a
 *   notebook from elsewhere stays inert.
 *
 * An ndarray output's chosen view is kept in the output's metadata (`numbook.view`): the
 * element re-announces `nb-view-change` as `nb-output-view` {view} for the cell to store.
 * Light DOM: the page's styles (KaTeX's) apply. The drawn element is built once per output
 * object, not per render.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { defaultMime, type MimeRenderer } from './renderers/mime';
import type { NbArrayOutput } from './renderers/nb-array-output';
import { NDARRAY_MIME } from './renderers/ndarray-data';
import { renderMarkdown, sanitizeHTML } from './markdown';
import type { NbOutput } from './notebook-model';

function htmlRenderer(mime: string, rank: number, toHTML: (s: string) => string, className: string): MimeRenderer {
  return {
    mime,
    rank,
    accepts: (d) => typeof d === 'string' || (Array.isArray(d) && d.every((x) => typeof x === 'string')),
    render(bundle) {
      const div = document.createElement('div');
      div.className = className;
      const d = bundle[mime] as string | string[];
      div.innerHTML = toHTML(Array.isArray(d) ? d.join('') : d);
      return div;
    },
  };
}

defaultMime
  .register(htmlRenderer('text/html', 60, sanitizeHTML, 'nb-html'))
  .register(htmlRenderer('text/markdown', 55, renderMarkdown, 'nb-markdown-output nb-markdown'))
  .register(htmlRenderer('image/svg+xml', 52, sanitizeHTML, 'nb-svg'));

/** Splits a traceback into lines, marking the source excerpt lines under each `Cell In[...]` frame. */
export function tracebackLines(traceback: string[]): { text: string; kind: 'frame' | 'source' | 'caret' | 'plain' }[] {
  const out: { text: string; kind: 'frame' | 'source' | 'caret' | 'plain' }[] = [];
  // Tracebacks from IPython (an imported .ipynb) carry ANSI colours: dropped.
  // eslint-disable-next-line no-control-regex
  const lines = traceback.flatMap((t) => t.replace(/\x1b\[[0-9;]*m/g, '').split('\n'));
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (/^\s*Cell In\[/.test(t)) {
      out.push({ text: t, kind: 'frame' });
      if (/line \d+/.test(t) && i + 1 < lines.length && /^\s{4}/.test(lines[i + 1])) {
        out.push({ text: lines[++i], kind: 'source' });
        if (i + 1 < lines.length && /^\s*\^+\s*$/.test(lines[i + 1])) out.push({ text: lines[++i], kind: 'caret' });
      }
    } else out.push({ text: t, kind: 'plain' });
  }
  return out;
}

export class NbOutputElement extends LitElement {
  static override properties = { output: { attribute: false } };
  declare output: NbOutput | undefined;
  private drawn: HTMLElement | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('output')) return;
    const o = this.output;
    this.drawn = null;
    if (o && (o.output_type === 'display_data' || o.output_type === 'execute_result')) {
      this.drawn = defaultMime.render(o.data);
      const view = (o.metadata?.numbook as { view?: string } | undefined)?.view;
      if (view && o.data[NDARRAY_MIME]) (this.drawn as NbArrayOutput).view = view;
      this.drawn.addEventListener('nb-view-change', (e) => {
        this.dispatchEvent(new CustomEvent('nb-output-view', { bubbles: true, composed: true, detail: { view: (e as CustomEvent<{ view: string }>).detail.view } }));
      });
    }
    this.dataset.type = o?.output_type ?? '';
  }

  protected override render() {
    const o = this.output;
    if (!o) return nothing;
    switch (o.output_type) {
      case 'stream':
        return html`<pre class="nb-stream ${o.name}">${o.text}</pre>`;
      case 'error':
        return html`<pre class="nb-error" role="alert">${tracebackLines(o.traceback).map(
          (l) => html`<span class="tb-${l.kind}">${l.text}</span>\n`,
        )}</pre>`;
      default:
        return this.drawn;
    }
  }
}

customElements.define('nb-output', NbOutputElement);

declare global {
  interface HTMLElementTagNameMap {
    'nb-output': NbOutputElement;
  }
}
