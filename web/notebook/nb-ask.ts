/**
 * <nb-ask>: the page's own question dialog, in place of the browser's `confirm()` and
 * `prompt()` (which block the page, cannot be styled, and which browsers let a page
 * suppress). One at a time; each call resolves when it is answered:
 *
 *   await ask.confirm({title, message, ok: 'Restart', remember: 'restart'})  -> boolean
 *   await ask.prompt({title, label, value, ok: 'Rename'})                    -> string | null
 *
 * `remember` offers "Don't ask again": once ticked and confirmed, that question is answered
 * yes without asking (kept in localStorage under `numbook.dontAsk.<key>`; `setAsking`
 * turns it back on). Esc or Cancel is no; Enter is the yes button (first in the form, so
 * that implicit submission picks it; the CSS shows it last).
 */
import { LitElement, html, nothing } from 'lit';

export interface ConfirmOptions {
  title: string;
  message: string;
  /** The yes button's label ('OK'). */
  ok?: string;
  /** Offers "Don't ask again" for this question. */
  remember?: string;
}

export interface PromptOptions {
  title: string;
  label: string;
  value?: string;
  ok?: string;
}

const KEY = (k: string) => `numbook.dontAsk.${k}`;

/** Whether the question `key` is asked (not turned off with "Don't ask again"). */
export function asking(key: string): boolean {
  try {
    return localStorage.getItem(KEY(key)) !== '1';
  } catch {
    return true;
  }
}

/** Turns the question `key` on (true) or off. */
export function setAsking(key: string, on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY(key));
    else localStorage.setItem(KEY(key), '1');
  } catch {
    // No storage: it is asked every time.
  }
}

type Question = ({ kind: 'confirm' } & ConfirmOptions) | ({ kind: 'prompt' } & PromptOptions);

export class NbAsk extends LitElement {
  private question: Question | null = null;
  private answer: ((value: string | null) => void) | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Asks a yes/no question; true for yes (at once if it was turned off with "Don't ask again"). */
  async confirm(options: ConfirmOptions): Promise<boolean> {
    if (options.remember && !asking(options.remember)) return true;
    return (await this.ask({ kind: 'confirm', ...options })) !== null;
  }

  /** Asks for a line of text; null when cancelled. */
  prompt(options: PromptOptions): Promise<string | null> {
    return this.ask({ kind: 'prompt', ...options });
  }

  private async ask(q: Question): Promise<string | null> {
    this.answer?.(null);
    this.question = q;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.querySelector('dialog')!;
    const remember = this.querySelector<HTMLInputElement>('input.nb-ask-remember');
    if (remember) remember.checked = false;
    const input = this.querySelector<HTMLInputElement>('input.nb-ask-value');
    if (input) input.value = q.kind === 'prompt' ? (q.value ?? '') : '';
    dialog.returnValue = '';
    if (!dialog.open) dialog.showModal();
    if (input) {
      input.focus();
      input.select();
    } else this.querySelector<HTMLButtonElement>('button[value=ok]')?.focus();
    return new Promise((resolve) => {
      this.answer = (value) => {
        this.answer = null;
        resolve(value);
      };
    });
  }

  private closed(): void {
    const dialog = this.querySelector('dialog')!;
    const q = this.question;
    const yes = dialog.returnValue === 'ok';
    let value: string | null = null;
    if (yes && q?.kind === 'prompt') value = this.querySelector<HTMLInputElement>('input.nb-ask-value')!.value;
    else if (yes) value = 'ok';
    if (yes && q?.kind === 'confirm' && q.remember && this.querySelector<HTMLInputElement>('input.nb-ask-remember')?.checked) setAsking(q.remember, false);
    this.answer?.(value);
  }

  protected override render() {
    const q = this.question;
    return html`<dialog class="nb-dialog nb-ask" aria-labelledby="nb-ask-title" @close=${() => this.closed()}>
      <form method="dialog">
        <h2 id="nb-ask-title">${q?.title ?? ''}</h2>
        ${q?.kind === 'confirm' ? html`<p class="nb-ask-message">${q.message}</p>` : nothing}
        ${q?.kind === 'prompt' ? html`<label class="nb-ask-label">${q.label}<input class="nb-ask-value" type="text" autocomplete="off" spellcheck="false" /></label>` : nothing}
        ${q?.kind === 'confirm' && q.remember ? html`<label class="nb-ask-check"><input class="nb-ask-remember" type="checkbox" /> Don't ask again</label>` : nothing}
        <div class="nb-ask-buttons">
          <button value="ok" class="primary">${q?.ok ?? 'OK'}</button>
          <button value="cancel" formnovalidate>Cancel</button>
        </div>
      </form>
    </dialog>`;
  }
}

customElements.define('nb-ask', NbAsk);

declare global {
  interface HTMLElementTagNameMap {
    'nb-ask': NbAsk;
  }
}
