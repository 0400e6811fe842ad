/**
 * <nb-notebook-list>: the stored notebooks in a modal dialog: open, rename, duplicate,
 * delete, new; the examples we ship (opening one makes a fresh copy); and whether the
 * browser keeps this storage, with the backup commands. Renders `notebooks` (storage.ts
 * metas), `examples` and `storage`; every action is a bubbling `nb-list-action` event
 * {action: 'open'|'ask-rename'|'duplicate'|'delete'|'new'|'open-example', id?, name?}, the
 * backup buttons `nb-command` {command: 'backup-download'|'backup-restore'}.
 */
import { LitElement, html, nothing } from 'lit';
import type { NotebookMeta } from '../storage/storage';
import type { StorageStatus } from '../storage/storage-persist';
import { formatSize } from '../storage/file-labels';

/** An example as the list shows it (web/notebook/examples.ts). */
export interface ExampleEntry {
  id: string;
  title: string;
  description: string;
}

export class NbNotebookList extends LitElement {
  static override properties = { notebooks: { attribute: false }, examples: { attribute: false }, current: {}, storage: { attribute: false } };
  declare notebooks: NotebookMeta[];
  /** Whether the browser keeps the notebooks (asked when the list opens); null until known. */
  declare storage: StorageStatus | null;
  declare examples: readonly ExampleEntry[];
  declare current: string;

  constructor() {
    super();
    this.notebooks = [];
    this.examples = [];
    this.current = '';
    this.storage = null;
  }

  private renderStorage() {
    const st = this.storage;
    if (!st) return nothing;
    const used = st.usage !== undefined ? ` ${formatSize(st.usage)} used${st.quota ? ` of ${formatSize(st.quota)}` : ''}.` : '';
    const command = (c: string) => this.dispatchEvent(new CustomEvent('nb-command', { bubbles: true, composed: true, detail: { command: c } }));
    return html`<p class="nb-storage" data-persisted=${String(st.persisted)}>
      ${st.persisted === true
        ? 'Storage: kept by this browser until you delete it (persistent).'
        : st.persisted === false
          ? 'Storage: not persistent: the browser refused or has not granted it, and may clear notebooks when disk space runs low. Keep a backup.'
          : 'Storage: this browser does not say whether it keeps notebooks. Keep a backup.'}${used}
      <button type="button" data-command="backup-download" @click=${() => command('backup-download')}>Download all notebooks</button>
      <button type="button" data-command="backup-restore" @click=${() => command('backup-restore')}>Restore from backup…</button>
    </p>`;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  show(): void {
    this.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.querySelector('dialog')?.close();
  }

  private act(action: string, id?: string, extra: Record<string, unknown> = {}): void {
    this.dispatchEvent(new CustomEvent('nb-list-action', { bubbles: true, composed: true, detail: { action, id, ...extra } }));
  }

  /** The notebook page asks for the new name in its own dialog (then sends 'rename'). */
  private rename(m: NotebookMeta): void {
    this.act('ask-rename', m.id, { name: m.name });
  }

  protected override render() {
    const fmt = (t: number) => new Date(t).toLocaleString();
    return html`<dialog class="nb-dialog nb-list" aria-label="Notebooks">
      <h2>Notebooks</h2>
      <table>
        <thead><tr><th>Name</th><th>Modified</th><th></th></tr></thead>
        <tbody>
          ${this.notebooks.map(
            (m) => html`<tr data-id=${m.id} class=${m.id === this.current ? 'current' : ''}>
              <td><button type="button" class="link" data-action="open" @click=${() => this.act('open', m.id)}>${m.name}</button></td>
              <td>${fmt(m.modified)}</td>
              <td class="actions">
                <button type="button" data-action="rename" @click=${() => this.rename(m)}>Rename</button>
                <button type="button" data-action="duplicate" @click=${() => this.act('duplicate', m.id)}>Duplicate</button>
                <button type="button" data-action="delete" @click=${() => confirm(`Delete "${m.name}"? This cannot be undone.`) && this.act('delete', m.id)}>Delete</button>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.examples.length
        ? html`<h3>Examples</h3>
            <ul class="nb-examples">
              ${this.examples.map(
                (e) => html`<li data-example=${e.id}>
                  <button type="button" class="link" data-action="open-example" title="Open a copy of this example (nothing runs until you ask)" @click=${() => this.act('open-example', e.id)}>${e.title}</button>
                  <span class="nb-example-text">${e.description}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${this.renderStorage()}
      <form method="dialog" class="nb-dialog-buttons">
        <button type="button" data-action="new" @click=${() => this.act('new')}>New notebook</button>
        <button>Close</button>
      </form>
    </dialog>`;
  }
}

customElements.define('nb-notebook-list', NbNotebookList);

declare global {
  interface HTMLElementTagNameMap {
    'nb-notebook-list': NbNotebookList;
  }
}
