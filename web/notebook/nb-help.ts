/**
 * <nb-help>: the keyboard shortcuts (keyboard.ts's table) in a modal dialog. `show()`
 * opens it; Esc or the button closes it.
 */
import { LitElement, html } from 'lit';
import { BINDINGS } from './keyboard';

export class NbHelp extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  show(): void {
    this.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.querySelector('dialog')?.close();
  }

  protected override render() {
    const row = (b: (typeof BINDINGS)[number]) => html`<tr><td><kbd>${b.keys}</kbd></td><td>${b.label}</td></tr>`;
    return html`<dialog class="nb-dialog nb-help" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <p>Jupyter's two modes: <b>command mode</b> (blue bar: keys act on cells) and <b>edit mode</b> (green bar: typing goes into the cell). Enter edits, Esc leaves the editor.</p>
      <div class="nb-help-cols">
        <table><caption>Both modes</caption>${BINDINGS.filter((b) => b.mode === 'both').map(row)}
          <tr><td><kbd>Esc</kbd></td><td>command mode</td></tr></table>
        <table><caption>Command mode</caption>${BINDINGS.filter((b) => b.mode === 'command').map(row)}</table>
      </div>
      <form method="dialog"><button>Close</button></form>
    </dialog>`;
  }
}

customElements.define('nb-help', NbHelp);

declare global {
  interface HTMLElementTagNameMap {
    'nb-help': NbHelp;
  }
}
