/**
 * <nb-variables>: the variable inspector, a side panel (View ▸ Variable inspector, Shift+I
 * in command mode). A row per variable the notebook's cells declared: name, type, shape,
 * dtype, size and a one-line preview; a filter box; a click shows the variable under the
 * table as display() would (an ndarray with its table, heatmap or image views). It only
 * renders (the VariablesModel's rows and shown variable come down): a click goes up as
 * `nb-variable-show` {name}, the close button as the `toggle-variables` command.
 */
import { LitElement, html, nothing } from 'lit';
import { toNbOutput } from '../notebook/notebook-model';
import type { VariableSummary } from '../../kernel/protocol';
import { formatBytes, formatShape, type ShownVariable } from './variables-model';
import '../outputs/nb-output';

export class NbVariables extends LitElement {
  static override properties = { open: { type: Boolean }, rows: { attribute: false }, shown: { attribute: false }, filter: { state: true } };
  declare open: boolean;
  declare rows: VariableSummary[];
  declare shown: ShownVariable | null;
  declare filter: string;

  constructor() {
    super();
    this.open = false;
    this.rows = [];
    this.shown = null;
    this.filter = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  private renderShown() {
    const shown = this.shown;
    if (!shown) return nothing;
    const body = shown.error
      ? html`<pre class="nb-variables-error">${shown.error}</pre>`
      : shown.data
        ? html`<nb-output .output=${toNbOutput({ type: 'display', parent: '', data: shown.data, metadata: {} })}></nb-output>`
        : html`<p class="nb-variables-empty">Loading…</p>`;
    // Views switched here are not a cell's: the notebook must not store them.
    return html`<section class="nb-variables-shown" aria-label=${`Value of ${shown.name}`} @nb-output-view=${(e: Event) => e.stopPropagation()}>
      <h3><code>${shown.name}</code></h3>
      ${body}
    </section>`;
  }

  protected override render() {
    if (!this.open) return nothing;
    const f = this.filter.trim().toLowerCase();
    const show = (name: string) => this.emit('nb-variable-show', { name });
    const rows = f ? this.rows.filter((r) => r.name.toLowerCase().includes(f) || r.type.toLowerCase().includes(f)) : this.rows;
    return html`<aside class="nb-side nb-variables" aria-label="Variables">
      <header class="nb-side-head">
        <h2>Variables</h2>
        <input type="search" placeholder="Filter" aria-label="Filter variables" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
        <button type="button" class="nb-side-close" title="Close (Shift+I)" aria-label="Close the variable inspector" @click=${() => this.emit('nb-command', { command: 'toggle-variables' })}>×</button>
      </header>
      ${this.rows.length === 0
        ? html`<p class="nb-variables-empty">No variables yet: run a cell that declares one.</p>`
        : html`<div class="nb-variables-scroll"><table>
            <thead><tr><th>Name</th><th>Type</th><th>Shape</th><th>Dtype</th><th>Size</th><th>Value</th></tr></thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr data-name=${r.name} class=${this.shown?.name === r.name ? 'shown' : ''} tabindex="0" title="Show ${r.name}"
                  @click=${() => show(r.name)} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && show(r.name)}>
                  <td class="name">${r.name}</td><td>${r.type}</td><td>${formatShape(r.shape)}</td><td>${r.dtype ?? ''}</td>
                  <td class="num">${formatBytes(r.bytes)}</td><td class="preview">${r.preview}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>`}
      ${this.renderShown()}
    </aside>`;
  }
}

customElements.define('nb-variables', NbVariables);

declare global {
  interface HTMLElementTagNameMap {
    'nb-variables': NbVariables;
  }
}
