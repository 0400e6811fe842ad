/**
 * <nb-toolbar>: the notebook's name, menus (File, Edit, View, Run, Kernel, Help), the toolbar
 * buttons, the cell-type choice, the save state and the kernel status. It only renders:
 * every action is a bubbling `nb-command` event {command, arg?}.
 */
import { LitElement, html, nothing } from 'lit';
import type { KernelState } from '../../kernel/protocol';
import type { SaveState } from './notebook-controller';
import type { ThemeChoice } from './theme';

interface MenuItem {
  label: string;
  command: string;
  keys?: string;
}

const MENUS: Record<string, MenuItem[]> = {
  File: [
    { label: 'New notebook', command: 'new-notebook' },
    { label: 'Open…', command: 'open-list' },
    { label: 'Open from URL…', command: 'open-url' },
    { label: 'Rename…', command: 'rename' },
    { label: 'Duplicate', command: 'duplicate' },
    { label: 'Delete notebook', command: 'delete-notebook' },
    { label: 'Save', command: 'save', keys: 'Ctrl+S' },
    { label: 'Share link…', command: 'share' },
    { label: 'Reset to shared version', command: 'reset-original' },
    { label: 'Download .ipynb', command: 'export-ipynb' },
    { label: 'Download as HTML', command: 'export-html' },
    { label: 'Import .ipynb or HTML…', command: 'import-ipynb' },
    { label: 'Upload files…', command: 'upload-files' },
    { label: 'Download all notebooks (backup .zip)', command: 'backup-download' },
    { label: 'Restore from backup…', command: 'backup-restore' },
    { label: 'Grade submissions…', command: 'grade-submissions' },
  ],
  Edit: [
    { label: 'Cut cell', command: 'cut', keys: 'X' },
    { label: 'Copy cell', command: 'copy', keys: 'C' },
    { label: 'Paste cell below', command: 'paste-below', keys: 'V' },
    { label: 'Paste cell above', command: 'paste-above', keys: 'Shift+V' },
    { label: 'Delete cell', command: 'delete', keys: 'D,D' },
    { label: 'Undo cell deletion', command: 'undo-delete', keys: 'Z' },
    { label: 'Insert cell above', command: 'insert-above', keys: 'A' },
    { label: 'Insert cell below', command: 'insert-below', keys: 'B' },
    { label: 'Move cell up', command: 'move-up' },
    { label: 'Move cell down', command: 'move-down' },
    { label: 'Make code cell', command: 'to-code', keys: 'Y' },
    { label: 'Make markdown cell', command: 'to-markdown', keys: 'M' },
    { label: 'Make raw cell', command: 'to-raw', keys: 'R' },
    { label: "Clear cell's output", command: 'clear-output', keys: 'O' },
    { label: 'Clear all outputs', command: 'clear-all' },
    { label: 'Author exercises (cell roles) on/off', command: 'toggle-authoring' },
  ],
  View: [
    { label: 'Table of contents', command: 'toggle-toc', keys: 'Shift+T' },
    { label: 'Variable inspector', command: 'toggle-variables', keys: 'Shift+I' },
    { label: 'Theme: follow the system', command: 'theme-auto' },
    { label: 'Theme: light', command: 'theme-light' },
    { label: 'Theme: dark', command: 'theme-dark' },
  ],
  Run: [
    { label: 'Run cell and select below', command: 'run-advance', keys: 'Shift+Enter' },
    { label: 'Run cell', command: 'run', keys: 'Ctrl+Enter' },
    { label: 'Run cell and insert below', command: 'run-insert', keys: 'Alt+Enter' },
    { label: 'Run all', command: 'run-all' },
    { label: 'Run all above', command: 'run-above' },
    { label: 'Run selected and all below', command: 'run-below' },
  ],
  Kernel: [
    { label: 'Interrupt', command: 'interrupt', keys: 'I,I' },
    { label: 'Restart', command: 'restart', keys: '0,0' },
    { label: 'Restart and run all', command: 'restart-run-all' },
    { label: 'Restart and clear outputs', command: 'restart-clear' },
  ],
  Help: [{ label: 'Keyboard shortcuts', command: 'help', keys: 'H' }],
};

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved: conflict',
};

export class NbToolbar extends LitElement {
  static override properties = {
    name: {},
    kernelState: { attribute: false },
    kernelReason: { attribute: false },
    kernelNote: { attribute: false },
    saveState: { attribute: false },
    saveError: { attribute: false },
    cellType: { attribute: false },
    theme: { attribute: false },
  };
  declare name: string;
  declare kernelState: KernelState;
  declare kernelReason: string;
  /** A short note beside the state ('new kernel for this notebook'). */
  declare kernelNote: string;
  declare saveState: SaveState;
  declare saveError: string;
  declare cellType: 'code' | 'markdown' | 'raw' | '';
  /** The theme choice: its menu item is checked. */
  declare theme: ThemeChoice;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private command(command: string, arg?: string): void {
    this.dispatchEvent(new CustomEvent('nb-command', { bubbles: true, composed: true, detail: { command, arg } }));
    for (const d of this.querySelectorAll('details[open]')) d.removeAttribute('open');
  }

  private button(command: string, label: string, title: string) {
    return html`<button type="button" data-command=${command} title=${title} aria-label=${title} @click=${() => this.command(command)}>${label}</button>`;
  }

  protected override render() {
    return html`<header class="nb-header">
        <span class="nb-logo">Numbook</span>
        <button type="button" class="nb-name" title="Rename" @click=${() => this.command('rename')}>${this.name}</button>
        <span class="nb-save" data-state=${this.saveState} title=${this.saveError || SAVE_TEXT[this.saveState]}>${SAVE_TEXT[this.saveState]}</span>
        <span class="nb-spacer"></span>
        <span class="nb-kernel" data-state=${this.kernelState} title=${this.kernelReason || `kernel ${this.kernelState}`}>
          <span class="nb-kernel-dot"></span>TypeScript · np · <span class="nb-kernel-state">${this.kernelState}</span>${this.kernelNote
            ? html` · <span class="nb-kernel-note">${this.kernelNote}</span>`
            : nothing}
        </span>
      </header>
      <nav class="nb-menubar" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.querySelector('details[open]')?.removeAttribute('open')}>
        ${Object.entries(MENUS).map(
          ([name, items]) => html`<details class="nb-menu" @toggle=${(e: Event) => {
            const d = e.target as HTMLDetailsElement;
            if (d.open) for (const o of this.querySelectorAll('details[open]')) if (o !== d) o.removeAttribute('open');
          }}>
            <summary>${name}</summary>
            <div class="nb-menu-items" role="menu">
              ${items.map(
                (it) => html`<button type="button" role=${it.command.startsWith('theme-') ? 'menuitemradio' : 'menuitem'} data-command=${it.command}
                  aria-checked=${it.command.startsWith('theme-') ? String(it.command === `theme-${this.theme}`) : nothing}
                  @click=${() => this.command(it.command)}>
                  <span>${it.label}</span><kbd>${it.command === `theme-${this.theme}` ? '✓' : (it.keys ?? '')}</kbd>
                </button>`,
              )}
            </div>
          </details>`,
        )}
      </nav>
      <div class="nb-toolbar" role="toolbar">
        ${this.button('save', 'Save', 'Save (Ctrl+S)')}
        ${this.button('insert-below', '+', 'Insert a cell below (B)')}
        ${this.button('cut', 'Cut', 'Cut the cell (X)')}
        ${this.button('copy', 'Copy', 'Copy the cell (C)')}
        ${this.button('paste-below', 'Paste', 'Paste below (V)')}
        ${this.button('move-up', '↑', 'Move the cell up')}
        ${this.button('move-down', '↓', 'Move the cell down')}
        ${this.button('delete', 'Delete', 'Delete the cell (D,D)')}
        <span class="nb-sep"></span>
        ${this.button('run-advance', '▶ Run', 'Run the cell and select below (Shift+Enter)')}
        ${this.button('interrupt', '■ Stop', 'Interrupt the kernel (I,I)')}
        ${this.button('restart', '↻ Restart', 'Restart the kernel (0,0)')}
        ${this.button('restart-run-all', 'Restart & run all', 'Restart the kernel and run all cells')}
        ${this.button('run-all', 'Run all', 'Run all cells')}
        ${this.button('clear-all', 'Clear', 'Clear all outputs')}
        <select
          aria-label="Cell type"
          class="nb-celltype"
          .value=${this.cellType}
          @change=${(e: Event) => this.command(`to-${(e.target as HTMLSelectElement).value}`)}
        >
          <option value="code">Code</option>
          <option value="markdown">Markdown</option>
          <option value="raw">Raw</option>
        </select>
        <span class="nb-spacer"></span>
        ${this.button('upload-files', 'Upload', 'Upload files… (cells read them by name; or drop files on the page)')}
        ${this.button('open-list', 'Notebooks', 'Open the notebook list')}
        ${this.button('share', 'Share', 'Share a link that holds this notebook (File ▸ Share link…)')}
      </div>`;
  }
}

customElements.define('nb-toolbar', NbToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'nb-toolbar': NbToolbar;
  }
}
