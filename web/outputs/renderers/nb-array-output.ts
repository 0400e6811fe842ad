/**
 * <nb-array-output>: one ndarray output. Shows the default view for the payload's shape
 * and dtype (the registry's highest rank) with a small switcher of the other views that
 * can draw it. The chosen view is per output: set `view` (or click), listen for
 * `nb-view-change` to persist it; `rendition()` gives what is shown as MIME data for
 * export.
 *
 *   const el = document.createElement('nb-array-output');
 *   el.payload = bundle['application/vnd.numbook.ndarray'];
 *   el.text = bundle['text/plain'];
 */
import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { BUILTIN_VIEWS, defaultViews } from './index';
import { isValidPayload, shapeLabel, type NdarrayPayload } from './ndarray-data';
import type { ArrayView, MountedView, Rendition, ViewRegistry } from './registry';
import { textOf, textView } from './text';

export interface ViewChangeDetail {
  view: string;
}

export class NbArrayOutput extends LitElement {
  static override properties = {
    payload: { attribute: false },
    text: { attribute: false },
    view: { type: String, reflect: true },
    registry: { attribute: false },
  };

  /** The array: dtype, shape, buffer (see ndarray-data.ts). */
  declare payload: NdarrayPayload | undefined;
  /** NumPy's repr (the bundle's text/plain). */
  declare text: string | undefined;
  /** The chosen view's id; unset (or not applicable) means the default view. */
  declare view: string | undefined;
  declare registry: ViewRegistry;

  private mounted: MountedView | undefined;
  private shownId: string | undefined;
  private extraStyles = new Set<string>();
  /** Options that survive switching views (e.g. the heatmap's colormap). */
  readonly viewOptions: Record<string, unknown> = {};

  constructor() {
    super();
    this.registry = defaultViews;
  }

  static override styles = [
    css`
      :host {
        display: block;
        --nb-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
        --nb-sans: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
        font: 13px/1.4 var(--nb-sans);
        color: var(--nb-text, #1f2d3d);
      }
      .bar { display: flex; align-items: center; gap: 10px; min-height: 22px; margin-bottom: 4px; }
      .meta { font: 11px var(--nb-mono); color: var(--nb-text-3, #7a8796); }
      .note { font: 11px var(--nb-sans); color: #9a5b00; }
      .switch { display: inline-flex; border: 1px solid var(--nb-border, #d5dde6); border-radius: 5px; overflow: hidden; }
      .switch button {
        font: 11px/1 var(--nb-sans); color: var(--nb-text-2, #4a5767); background: var(--nb-surface, #fff); border: 0; padding: 4px 9px;
        cursor: pointer; border-left: 1px solid var(--nb-border, #d5dde6);
      }
      .switch button:first-child { border-left: 0; }
      .switch button:hover { background: var(--nb-hover, #f1f5f9); }
      .switch button[aria-selected='true'] { background: var(--nb-selected, #e3eefa); color: var(--nb-selected-text, #13406e); font-weight: 600; }
      .switch button:focus-visible { outline: 2px solid #6aa3e0; outline-offset: -2px; }
      .view { max-width: 100%; overflow-x: auto; }
      .nb-readout { display: block; min-height: 1.4em; font: 12px/1.4 var(--nb-mono); color: var(--nb-text-2, #4a5767); white-space: nowrap; }
      .nb-error { font: 12px var(--nb-sans); color: var(--nb-danger, #b00020); margin-top: 4px; }
    `,
    ...BUILTIN_VIEWS.map((v) => unsafeCSS(v.css)),
  ];

  /** Views offered for the current payload, in switcher order. */
  get views(): ArrayView[] {
    return this.payload ? this.registry.applicable(this.payload, this.text) : [];
  }

  /** The view drawn now (the chosen one when it applies, else the default). */
  get activeView(): ArrayView | undefined {
    const p = this.payload;
    if (!p) return undefined;
    const list = this.views;
    return list.find((v) => v.id === this.view) ?? this.registry.preferred(p, this.text) ?? textView;
  }

  /** What is shown, as MIME data: text/plain plus the view's image/png or text/html. */
  rendition(): Rendition {
    const text = this.payload ? textOf(this.payload, this.text) : (this.text ?? '');
    return { 'text/plain': text, ...(this.mounted?.rendition() ?? {}) };
  }

  /** Shows view `id` and announces it (`nb-view-change`, bubbling out of the shadow). */
  select(id: string): void {
    if (this.activeView?.id === id && this.view === id) return;
    this.view = id;
    this.dispatchEvent(new CustomEvent<ViewChangeDetail>('nb-view-change', { detail: { view: id }, bubbles: true, composed: true }));
  }

  protected override render() {
    const p = this.payload;
    if (!p) return html`<div class="view"></div>`;
    const views = this.views;
    const active = this.activeView;
    const meta = `${p.dtype} ${Array.isArray(p.shape) ? shapeLabel(p.shape) : ''}`;
    const note = p.truncated ? 'too large to send: repr only' : isValidPayload(p) ? '' : 'cannot be drawn: repr only';
    return html`
      <div class="bar">
        <span class="meta">${meta}</span>
        ${note ? html`<span class="note">${note}</span>` : nothing}
        ${views.length > 1
          ? html`<span class="switch" role="tablist" aria-label="view">
              ${views.map(
                (v) => html`<button
                  role="tab"
                  data-view=${v.id}
                  aria-selected=${v.id === active?.id ? 'true' : 'false'}
                  @click=${() => this.select(v.id)}
                >${v.label}</button>`,
              )}
            </span>`
          : nothing}
      </div>
      <div class="view" role="tabpanel"></div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('payload') || changed.has('text') || changed.has('view') || changed.has('registry')) this.mountView();
  }

  private mountView(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.view');
    if (!box) return;
    this.mounted?.dispose?.();
    this.mounted = undefined;
    box.replaceChildren();
    const p = this.payload;
    const v = this.activeView;
    if (!p || !v) {
      this.shownId = undefined;
      delete this.dataset.shown;
      return;
    }
    if (!BUILTIN_VIEWS.includes(v) && v.css && !this.extraStyles.has(v.css)) {
      this.extraStyles.add(v.css);
      const style = document.createElement('style');
      style.textContent = v.css;
      this.renderRoot.append(style);
    }
    const ctx = { text: this.text, options: this.viewOptions, width: box.clientWidth || this.clientWidth };
    try {
      this.mounted = v.mount(p, ctx);
      this.shownId = String(v.id);
    } catch (err) {
      this.mounted = textView.mount(p, ctx);
      this.shownId = 'text';
      const note = document.createElement('div');
      note.className = 'nb-error';
      note.textContent = `${v.label} view failed: ${err instanceof Error ? err.message : String(err)}`;
      box.append(note);
    }
    box.prepend(this.mounted.element);
    this.dataset.shown = this.shownId;
  }
}

if (!customElements.get('nb-array-output')) customElements.define('nb-array-output', NbArrayOutput);

declare global {
  interface HTMLElementTagNameMap {
    'nb-array-output': NbArrayOutput;
  }
}
