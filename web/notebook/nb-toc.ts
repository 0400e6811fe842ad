/**
 * <nb-toc>: the table of contents, a side panel (View ▸ Table of contents, Shift+T in
 * command mode) listing the markdown headings, indented by level. A click selects the
 * heading's cell and scrolls to it, opening collapsed sections on the way (`nb-reveal`
 * {id}); the section holding the active cell is marked. It only renders.
 */
import { LitElement, html, nothing } from 'lit';
import type { Heading } from './headings';

export class NbToc extends LitElement {
  static override properties = { headings: { attribute: false }, current: { attribute: false }, open: { type: Boolean } };
  declare headings: Heading[];
  /** The cell id of the heading whose section holds the active cell. */
  declare current: string | null;
  declare open: boolean;

  constructor() {
    super();
    this.headings = [];
    this.current = null;
    this.open = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  protected override render() {
    if (!this.open) return nothing;
    const top = Math.min(6, ...this.headings.map((h) => h.level));
    let marked = false;
    return html`<aside class="nb-side nb-toc" aria-label="Table of contents">
      <header class="nb-side-head">
        <h2>Contents</h2>
        <button type="button" class="nb-side-close" title="Close (Shift+T)" aria-label="Close the table of contents"
          @click=${() => this.emit('nb-command', { command: 'toggle-toc' })}>×</button>
      </header>
      ${this.headings.length === 0
        ? html`<p class="nb-toc-empty">No headings yet: a markdown cell starting with <code>#</code> adds one.</p>`
        : html`<ol class="nb-toc-list">
            ${this.headings.map((h) => {
              // A cell may hold several headings: the first of the current cell is marked.
              const current = !marked && h.cellId === this.current;
              if (current) marked = true;
              return html`<li style="padding-left: ${(h.level - top) * 14}px" data-level=${h.level}>
                <button type="button" class="link ${current ? 'current' : ''}" aria-current=${current ? 'location' : 'false'}
                  @click=${() => this.emit('nb-reveal', { id: h.cellId })}>${h.text || '(untitled)'}</button>
              </li>`;
            })}
          </ol>`}
    </aside>`;
  }
}

customElements.define('nb-toc', NbToc);

declare global {
  interface HTMLElementTagNameMap {
    'nb-toc': NbToc;
  }
}
