/**
 * <nb-cell>: one cell drawn. Code: the prompt (`[ ]`, `[*]` queued or running, `[n]`),
 * the editor (Monaco, made lazily by CellEditorController; the source as plain text
 * until then), the elapsed time, the outputs (drawn when OutputDrawingController says: in
 * view at once, the others soon after; a placeholder of about their height until then). Markdown: the rendered, sanitised HTML;
 * the editor while editing (double-click or Enter).
 *
 * Data down (`cell`, `active`, `editing`, `run`), events up (bubbling, composed):
 *   nb-select {id}           a click on the cell outside its editor (command mode)
 *   nb-edit {id}             the editor took focus / a markdown cell was double-clicked
 *   nb-source {id, source}   the text changed
 *   nb-output-view {id, index, view}   an ndarray output's view was switched
 *   nb-collapse {id, collapsed}        a heading's section was collapsed or expanded
 * Light DOM, so Monaco's and KaTeX's global styles apply.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { CellEditorController, type CellEditorHost } from '../editor/cell-editor';
import { OutputDrawingController } from '../outputs/output-drawing';
import { renderMarkdown } from '../outputs/markdown';
import { errorLine, type Cell, type NbOutput } from './notebook-model';
import { sectionLevel } from './headings';
import { highlightTS } from '../editor/highlight-ts';
import { droppedCount } from '../outputs/output-limits';
import '../outputs/nb-output';
import { exerciseOf } from '../exercises/format';
import { roleOf, type Role } from '../exercises/roles';
import '../exercises/nb-exercise';

const ROLES: Record<'code' | 'markdown', [Role, string][]> = {
  code: [['code', 'Code (setup)'], ['student', "Student's cell (exercise)"]],
  markdown: [['text', 'Text'], ['prompt', 'Exercise prompt']],
};

export interface CellRun {
  state: 'queued' | 'running' | 'done';
  /** performance.now() when it started running. */
  startedAt?: number;
  /** Milliseconds from start to done. */
  elapsed?: number;
}

export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export class NbCell extends LitElement implements CellEditorHost {
  static override properties = {
    cell: { attribute: false },
    active: { type: Boolean, reflect: true },
    editing: { type: Boolean, reflect: true },
    run: { attribute: false },
    now: { attribute: false },
    codeLanguage: { attribute: false },
    hiddenCells: { attribute: false },
    authoring: { attribute: false },
  };
  declare cell: Cell;
  declare active: boolean;
  /** Edit mode on this cell (markdown: the editor shows instead of the rendering). */
  declare editing: boolean;
  declare run: CellRun | undefined;
  /** Ticks while the cell runs (the live elapsed time). */
  declare now: number;
  /** The editor language of code cells: plain text in a notebook whose code is not TypeScript (a Python notebook). */
  declare codeLanguage: 'typescript' | 'plaintext';
  /** A collapsed heading: how many cells its section hides (undefined when expanded or not a heading). */
  declare hiddenCells: number | undefined;
  /** Exercise authoring is on (Edit ▸ Author exercises): the cell's role shows, changed from its menu (nb-role {id, role}). */
  declare authoring: boolean;

  readonly editor = new CellEditorController(this);
  readonly outputDrawing = new OutputDrawingController(this);

  constructor() {
    super();
    this.active = false;
    this.editing = false;
    this.codeLanguage = 'typescript';
    this.authoring = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get editorSpec() {
    const t = this.cell.cell_type;
    return { id: this.cell.id, language: t === 'code' ? this.codeLanguage : t === 'markdown' ? ('markdown' as const) : ('plaintext' as const), source: this.cell.source };
  }

  get editorHost(): HTMLElement | null {
    return this.querySelector<HTMLElement>(':scope > .nb-cell > .nb-input > .nb-editor');
  }

  editorChanged(text: string): void {
    this.emit('nb-source', { id: this.cell.id, source: text });
  }

  editorFocused(): void {
    if (!this.editing || !this.active) this.emit('nb-edit', { id: this.cell.id });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.dataset.id = this.cell.id;
    this.dataset.type = this.cell.cell_type;
    if ((changed.has('editing') || changed.has('active')) && this.editing && this.active) void this.editor.ensure(true);
    if (changed.has('cell') && this.cell.cell_type === 'code') {
      const err = this.cell.outputs.find((o) => o.output_type === 'error');
      const line = err?.output_type === 'error' ? errorLine(err.traceback) : null;
      this.editor.markError(line, err?.output_type === 'error' ? `${err.ename}: ${err.evalue}` : undefined);
    }
  }

  private onClick(e: MouseEvent): void {
    const t = e.target as HTMLElement;
    if (t.closest('.nb-editor .monaco-editor')) return; // the editor's focus says it
    if (t.closest('a[href]')) return;
    if (t.closest('.nb-static')) {
      this.emit('nb-edit', { id: this.cell.id });
      return;
    }
    this.emit('nb-select', { id: this.cell.id });
  }

  private prompt(): string {
    if (this.cell.cell_type !== 'code') return '';
    const r = this.run;
    if (r && (r.state === 'queued' || r.state === 'running')) return '[*]:';
    return `[${this.cell.execution_count ?? ' '}]:`;
  }

  private renderMarkdownView() {
    const c = this.cell;
    const src = c.source;
    if (c.cell_type === 'raw') {
      return html`<pre class="nb-raw" title="Raw cell: kept as it is for other tools (nbconvert), not run" @dblclick=${() => this.emit('nb-edit', { id: c.id })}>${src || ' '}</pre>`;
    }
    const attachments = c.cell_type === 'markdown' ? c.attachments : undefined;
    return html`<div class="nb-markdown" @dblclick=${() => this.emit('nb-edit', { id: c.id })}>
      ${src.trim() ? unsafeHTML(renderMarkdown(src, attachments)) : html`<p class="nb-placeholder">Empty markdown cell: double-click to edit</p>`}
    </div>`;
  }

  /**
   * The source until Monaco takes over: TypeScript coloured as Monaco colours it (the same
   * token classes and theme colours, web/notebook/notebook.css), so the first frame has colour and
   * the editor replaces it without a jump. highlightTS escapes all of the text.
   */
  private renderStatic() {
    const c = this.cell;
    const ts = c.cell_type === 'code' && this.codeLanguage === 'typescript';
    return html`<pre class="nb-static">${ts && c.source ? unsafeHTML(highlightTS(c.source)) : c.source || ' '}</pre>`;
  }

  /** The caret of a heading cell (JupyterLab's): collapses or expands its section. */
  private renderCollapse() {
    if (sectionLevel(this.cell) === 0) return nothing;
    const collapsed = this.hiddenCells !== undefined;
    return html`<button type="button" class="nb-collapse" aria-expanded=${collapsed ? 'false' : 'true'}
      title=${collapsed ? 'Expand this section' : 'Collapse this section'}
      @click=${(e: Event) => {
        e.stopPropagation();
        this.emit('nb-collapse', { id: this.cell.id, collapsed: !collapsed });
      }}>${collapsed ? '▸' : '▾'}</button>`;
  }

  protected override render() {
    const c = this.cell;
    const code = c.cell_type === 'code';
    const showEditor = code || this.editing;
    const hasEditor = !!this.editor.editor;
    const r = this.run;
    const running = r?.state === 'running';
    const elapsed = r?.state === 'done' ? r.elapsed : running && r.startedAt !== undefined ? this.now - r.startedAt : undefined;
    const role = this.authoring && c.cell_type !== 'raw' ? roleOf(c) : null;
    return html`<div class="nb-cell ${c.cell_type}" @click=${this.onClick}>
      ${role && c.cell_type !== 'raw'
        ? html`<select class="nb-role" aria-label="Cell role" data-role=${role} .value=${role} @click=${(e: Event) => e.stopPropagation()}
            @change=${(e: Event) => this.emit('nb-role', { id: c.id, role: (e.target as HTMLSelectElement).value })}>
            ${ROLES[c.cell_type].map(([r, label]) => html`<option value=${r} ?selected=${r === role}>${label}</option>`)}
          </select>`
        : nothing}
      <div class="nb-input">
        <div class="nb-prompt" title=${r?.state === 'queued' ? 'queued' : running ? 'running' : ''}>${this.prompt()}${this.renderCollapse()}</div>
        ${!showEditor ? this.renderMarkdownView() : nothing}
        ${showEditor && !hasEditor ? this.renderStatic() : nothing}
        <div class="nb-editor" ?hidden=${!showEditor}></div>
      </div>
      ${code && (elapsed !== undefined || r?.state === 'queued')
        ? html`<div class="nb-timing">${r?.state === 'queued' ? 'queued' : running ? `running ${formatElapsed(elapsed ?? 0)}` : `${formatElapsed(elapsed!)}`}</div>`
        : nothing}
      ${code && c.outputs.length && !this.outputDrawing.drawn
        ? html`<div class="nb-outputs-pending" style="min-height: ${Math.min(c.outputs.length * 60, 400)}px"></div>`
        : nothing}
      ${code && c.outputs.length && this.outputDrawing.drawn
        ? html`<div class="nb-outputs" @nb-output-view=${(e: CustomEvent<{ view: string }>) => {
            const el = (e.target as HTMLElement).closest('nb-output') as HTMLElement;
            this.emit('nb-output-view', { id: c.id, index: Number(el.dataset.index), view: e.detail.view });
            e.stopPropagation();
          }}>
            ${repeat(
              c.outputs,
              outputKey(c.outputs),
              (o, i) => html`<div class="nb-output-row">
                <div class="nb-prompt out">${o.output_type === 'execute_result' ? `Out[${o.execution_count}]:` : ''}</div>
                <nb-output data-index=${i} .output=${o}></nb-output>
              </div>`,
            )}
          </div>`
        : nothing}
      ${code && exerciseOf(c) ? html`<nb-exercise .cell=${c} .authoring=${this.authoring}></nb-exercise>` : nothing}
      ${this.hiddenCells !== undefined
        ? html`<button type="button" class="nb-hidden-cells" @click=${(e: Event) => {
            e.stopPropagation();
            this.emit('nb-collapse', { id: c.id, collapsed: false });
          }}>⋯ ${this.hiddenCells} ${this.hiddenCells === 1 ? 'cell' : 'cells'} hidden</button>`
        : nothing}
    </div>`;
  }
}

/**
 * Keys for a cell's outputs: their place in everything the run output, so that when the
 * earliest ones are dropped (output-limits.ts: a note stands for them) the kept ones keep
 * their elements instead of every element being drawn again for its neighbour's output.
 */
function outputKey(outputs: NbOutput[]): (o: NbOutput, i: number) => number | string {
  const note = outputs.findIndex((o) => droppedCount(o) > 0);
  if (note < 0) return (_o, i) => i;
  const shift = droppedCount(outputs[note]) - 1;
  return (_o, i) => (i < note ? i : i === note ? 'dropped' : i + shift);
}

customElements.define('nb-cell', NbCell);

declare global {
  interface HTMLElementTagNameMap {
    'nb-cell': NbCell;
  }
}
