/**
 * <nb-files>: the open notebook's uploaded files, under the toolbar: each name with its
 * size and a remove button, and how a cell reads it (the name's tooltip). Renders `files`;
 * removing is a bubbling `nb-file-remove` event {name}, uploading an `nb-command`
 * {command: 'upload-files'}.
 */
import { LitElement, html, nothing } from 'lit';
import type { UploadedFile } from './notebook-files';
import { formatSize, readerCall } from './file-labels';

export class NbFiles extends LitElement {
  static override properties = { files: { attribute: false } };
  declare files: UploadedFile[];

  constructor() {
    super();
    this.files = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private removeFile(name: string): void {
    this.dispatchEvent(new CustomEvent('nb-file-remove', { bubbles: true, composed: true, detail: { name } }));
  }

  protected override render() {
    if (!this.files.length) return nothing;
    return html`<section class="nb-files" aria-label="Uploaded files">
      <span class="nb-files-label" title="Files uploaded to this notebook: cells read them by name">Files</span>
      <ul>
        ${this.files.map(
          (f) => html`<li class="nb-file" data-name=${f.name}>
            <span class="nb-file-name" title=${readerCall(f.name)}>${f.name}</span>
            <span class="nb-file-size">${formatSize(f.size)}</span>
            <button type="button" class="nb-file-remove" title="Remove ${f.name}" aria-label="Remove ${f.name}" @click=${() => this.removeFile(f.name)}>×</button>
          </li>`,
        )}
      </ul>
      <button
        type="button"
        class="nb-files-add"
        @click=${() => this.dispatchEvent(new CustomEvent('nb-command', { bubbles: true, composed: true, detail: { command: 'upload-files' } }))}
      >
        Upload…
      </button>
    </section>`;
  }
}

customElements.define('nb-files', NbFiles);

declare global {
  interface HTMLElementTagNameMap {
    'nb-files': NbFiles;
  }
}
