/**
 * <nb-share>: the Share dialog. Shows a link that holds the notebook itself (share-link.ts:
 * in the URL fragment, never sent to a server), with its outputs if the box is ticked, its
 * length (a warning past ~2,000 characters, where chat apps cut links; refused past 1 MB,
 * pointing at the file downloads) and a Copy button. `make(outputs)` is supplied by the
 * notebook (the controller makes the link); the element only renders.
 */
import { LitElement, html, nothing } from 'lit';
import { SHARE_MAX_LENGTH, SHARE_WARN_LENGTH } from './share-link';

export class NbShare extends LitElement {
  static override properties = { link: { state: true }, outputs: { state: true }, copied: { state: true }, error: { state: true } };
  declare link: string;
  declare outputs: boolean;
  declare copied: boolean;
  declare error: string;
  /** The link is an exercise notebook's student copy (no outputs to choose; the dialog says what it holds). */
  students = false;
  /** Makes the link (with or without outputs). */
  make: (outputs: boolean) => Promise<string> = async () => '';

  constructor() {
    super();
    this.link = '';
    this.outputs = false;
    this.copied = false;
    this.error = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  async show(): Promise<void> {
    this.querySelector('dialog')?.showModal();
    await this.refresh();
  }

  close(): void {
    this.querySelector('dialog')?.close();
  }

  private async refresh(): Promise<void> {
    this.copied = false;
    this.error = '';
    this.link = '';
    try {
      this.link = await this.make(this.outputs);
    } catch (e) {
      this.error = `The link could not be made: ${(e as Error).message}`;
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.link);
      this.copied = true;
    } catch {
      // No clipboard permission (an insecure origin, a denied prompt): select it for Ctrl+C.
      const field = this.querySelector<HTMLTextAreaElement>('textarea');
      field?.focus();
      field?.select();
      this.error = 'Copying was not allowed here: the link is selected, press Ctrl+C.';
    }
  }

  protected override render() {
    const n = this.link.length;
    const tooLong = n > SHARE_MAX_LENGTH;
    const kib = (n / 1024).toFixed(n < 10240 ? 1 : 0);
    return html`<dialog class="nb-dialog nb-share" aria-label="Share">
      <h2>${this.students ? 'Share the student copy' : 'Share this notebook'}</h2>
      <p>The link holds the notebook itself, compressed, after the <code>#</code>: it is never sent to any server. Whoever opens it gets a copy of their own, and nothing runs until they run it.</p>
      ${this.students
        ? html`<p class="nb-share-students">It holds the student copy: no solutions, each expected value as a salted hash. Tamper-evident, not secure: the checks run in the student's browser.</p>`
        : nothing}
      <label ?hidden=${this.students} class="nb-share-outputs"
        ><input type="checkbox" .checked=${this.outputs} @change=${(e: Event) => {
          this.outputs = (e.target as HTMLInputElement).checked;
          void this.refresh();
        }} />
        Include outputs</label
      >
      ${tooLong
        ? html`<p class="nb-share-refused" role="alert">At ${kib} KiB this link is too long to share (the limit is 1 MB). Untick outputs, or share the file: File ▸ Download .ipynb.</p>`
        : html`<textarea class="nb-share-link" readonly rows="4" aria-label="Share link" .value=${this.link}></textarea>`}
      <p class="nb-share-length">
        ${n ? html`${n.toLocaleString('en')} characters.` : 'Making the link…'}
        ${n > SHARE_WARN_LENGTH && !tooLong
          ? html`<span class="nb-share-warning" role="status">Long links (over ${SHARE_WARN_LENGTH.toLocaleString('en')} characters) may be cut by chat apps and mail: check it arrives whole, or share the .ipynb file.</span>`
          : nothing}
      </p>
      ${this.error ? html`<p class="nb-share-error" role="alert">${this.error}</p>` : nothing}
      <div class="nb-dialog-buttons">
        <button type="button" class="nb-share-copy" ?disabled=${!n || tooLong} @click=${() => void this.copy()}>${this.copied ? 'Copied' : 'Copy link'}</button>
        <form method="dialog"><button>Close</button></form>
      </div>
    </dialog>`;
  }
}

customElements.define('nb-share', NbShare);

declare global {
  interface HTMLElementTagNameMap {
    'nb-share': NbShare;
  }
}
