/**
 * <nb-output>: one stored output (nbformat shape) drawn.
 *
 * - stream: its text (stderr tinted); a long one in a scroll box, one past the cap with
 *   its "… N lines hidden …" line and buttons to open or download the whole text while the
 *   page has it (output-limits.ts);
 * - error: the traceback, with the cell's source line (and caret) the error points at
 *   highlighted;
 * - execute_result / display_data: the MIME bundle through the renderer registry
 *   (web/outputs/renderers/mime.ts): ndarray > text/html > text/markdown > text/latex >
 *   image/svg+xml > image/png, jpeg, gif > application/json > text/plain. HTML, Markdown
 *   and SVG are sanitised (DOMPurify) first: a notebook from elsewhere stays inert;
 * - an output of a type from a later notebook format: a line saying it is kept, not shown.
 *
 * An ndarray output's chosen view is kept in the output's metadata (`numbook.view`): the
 * element re-announces `nb-view-change` as `nb-output-view` {view} for the cell to store.
 * Light DOM: the page's styles (KaTeX's) apply. The drawn element is built once per output
 * object, not per render.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { defaultMime } from './renderers/mime';
import type { NbArrayOutput } from './renderers/nb-array-output';
import { NDARRAY_MIME } from './renderers/ndarray-data';
import type { NbOutput, StreamOutput } from '../notebook/notebook-model';
import { fullTextOf, needsScroll } from './output-limits';
import { tracebackLines } from './traceback-lines';

export { tracebackLines };

export class NbOutputElement extends LitElement {
  static override properties = { output: { attribute: false } };
  declare output: NbOutput | undefined;
  private drawn: HTMLElement | null = null;
  /** The stream output is long enough for a scroll box. */
  private scrolls = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('output')) return;
    const o = this.output;
    this.drawn = null;
    this.scrolls = o?.output_type === 'stream' && needsScroll(o.text);
    if (o && (o.output_type === 'display_data' || o.output_type === 'execute_result')) {
      this.drawn = defaultMime.render(o.data, o.metadata);
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
        return this.renderStream(o);
      case 'unknown':
        return html`<pre class="nb-unknown-output">(an output of type ${JSON.stringify(o.original.output_type)} from a later notebook format: kept in the file, not shown)</pre>`;
      case 'error':
        return html`<pre class="nb-error" role="alert">${tracebackLines(o.traceback).map(
          (l) => html`<span class="tb-${l.kind}">${l.text}</span>\n`,
        )}</pre>`;
      default:
        return this.drawn;
    }
  }

  private renderStream(o: StreamOutput) {
    const cls = `nb-stream ${o.name}${this.scrolls ? ' nb-scroll' : ''}`;
    const e = o.elided;
    if (!e) return html`<pre class=${cls} tabindex=${this.scrolls ? 0 : nothing}>${o.text}</pre>`;
    const full = fullTextOf(o);
    const why = !full ? 'the whole text is kept only in the page that ran the cell' : full.dropped ? `the whole text was not kept: ${full.dropped}` : '';
    return html`<pre class=${cls} tabindex="0">${o.text.slice(0, e.at)}<span class="nb-elision" role="note">${o.text.slice(e.at, e.end).replace(/\n$/, '')} ${why
      ? html`<span class="nb-elision-why">(${why})</span>`
      : html`<button type="button" data-action="open-full" title="The whole output in a new tab" @click=${() => this.openFull(o)}>Open whole output</button> <button type="button" data-action="download-full" @click=${() => this.downloadFull(o)}>Download</button>`}</span>
${o.text.slice(e.end)}</pre>`;
  }

  private fullBlob(o: StreamOutput): string | null {
    const text = fullTextOf(o)?.text();
    return text == null ? null : URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  }

  private openFull(o: StreamOutput): void {
    const url = this.fullBlob(o);
    if (!url) return void this.requestUpdate();
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private downloadFull(o: StreamOutput): void {
    const url = this.fullBlob(o);
    if (!url) return void this.requestUpdate();
    const a = document.createElement('a');
    a.href = url;
    a.download = `${o.name}.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.define('nb-output', NbOutputElement);

declare global {
  interface HTMLElementTagNameMap {
    'nb-output': NbOutputElement;
  }
}
