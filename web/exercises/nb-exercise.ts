/**
 * <nb-exercise>: the exercise bar under a student's cell (nb-cell draws it for a cell
 * with `metadata.numbook.exercise`): Check, Hint (one at a time: "Hint 1 of 3"), Solution
 * (asks first; recorded), the result line (Correct / Not yet: what is wrong / Not
 * attempted) with points ("1/2 checks passed"), the hints taken and the solution once
 * viewed. It renders the state saved in the cell (so a reload shows it as it was) and
 * calls the notebook's ExerciseController, found on the enclosing <nb-notebook>.
 */
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown } from '../outputs/markdown';
import type { Cell } from '../notebook/notebook-model';
import { exerciseOf, stateOf } from './format';
import type { ExerciseController } from './controller';
import './exercises.css';

export const SOLUTION_CONFIRM = 'See a solution? Try a hint first if there is one left. Your notebook records that you looked.';

/** A message as the student reads it: inline markdown (`code`), or as it is when it has lines of its own (np.testing's layout). */
function messageView(m: string) {
  if (m.includes('\n')) return html`<pre class="nb-ex-pre">${m}</pre>`;
  return unsafeHTML(renderMarkdown(m).trim().replace(/^<p>|<\/p>$/g, ''));
}

export class NbExercise extends LitElement {
  static override properties = { cell: { attribute: false }, authoring: { attribute: false }, busy: { state: true } };
  declare cell: Cell;
  /** Authoring is on: an Edit exercise button (nb-edit-exercise {id}). */
  declare authoring: boolean;
  declare busy: boolean;

  constructor() {
    super();
    this.busy = false;
    this.authoring = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get controller(): ExerciseController | undefined {
    return (this.closest('nb-notebook') as (HTMLElement & { exercises?: ExerciseController }) | null)?.exercises;
  }

  private async check(e: Event): Promise<void> {
    e.stopPropagation();
    if (this.busy) return;
    this.busy = true;
    try {
      await this.controller?.check(this.cell.id);
    } finally {
      this.busy = false;
    }
  }

  private hint(e: Event): void {
    e.stopPropagation();
    this.controller?.hint(this.cell.id);
  }

  private solution(e: Event): void {
    e.stopPropagation();
    const s = stateOf(this.cell);
    if (!s?.solution_viewed && !confirm(SOLUTION_CONFIRM)) return;
    this.controller?.solution(this.cell.id);
  }

  private renderResult() {
    const s = stateOf(this.cell)!;
    if (this.busy) return html`<span class="nb-ex-result" data-verdict="checking" role="status">Checking…</span>`;
    if (!s.verdict) return html`<span class="nb-ex-result" data-verdict="none">Not attempted yet: write your answer, then Check.</span>`;
    const points = s.max ? html` <span class="nb-ex-points">${s.points}/${s.max} point${s.max === 1 ? '' : 's'}</span>` : nothing;
    if (s.verdict === 'correct') return html`<span class="nb-ex-result" data-verdict="correct" role="status"><b>Correct</b>${points}</span>`;
    if (s.verdict === 'not-attempted') return html`<span class="nb-ex-result" data-verdict="not-attempted" role="status"><b>Not attempted</b>: ${messageView(s.message)}</span>`;
    return html`<span class="nb-ex-result" data-verdict="not-yet" role="status"><b>Not yet</b>: <span class="nb-ex-message">${messageView(s.message)}</span>${points}</span>`;
  }

  protected override render() {
    const spec = exerciseOf(this.cell);
    const s = stateOf(this.cell);
    if (!spec || !s) return nothing;
    const hints = spec.hints.length;
    const shown = Math.min(s.hints, hints);
    const showResults = s.verdict && s.verdict !== 'not-attempted' && s.results.length > 1;
    return html`<div class="nb-exercise" data-exercise=${spec.id} data-status=${s.status}>
      <div class="nb-ex-bar">
        <button type="button" class="nb-ex-check" data-action="check" ?disabled=${this.busy} @click=${(e: Event) => void this.check(e)}>Check</button>
        ${hints
          ? html`<button type="button" data-action="hint" ?disabled=${shown >= hints} @click=${(e: Event) => this.hint(e)}
              title=${shown >= hints ? 'Every hint is shown' : `Shows hint ${shown + 1} of ${hints}`}>${shown >= hints ? 'No more hints' : `Hint ${shown + 1} of ${hints}`}</button>`
          : nothing}
        ${spec.solution !== undefined
          ? html`<button type="button" data-action="solution" ?disabled=${s.solution_viewed} @click=${(e: Event) => this.solution(e)}>${s.solution_viewed ? 'Solution shown' : 'Solution'}</button>`
          : nothing}
        ${this.renderResult()}
        ${this.authoring
          ? html`<button type="button" class="nb-ex-edit" data-action="edit-exercise" @click=${(e: Event) => {
              e.stopPropagation();
              this.dispatchEvent(new CustomEvent('nb-edit-exercise', { bubbles: true, detail: { id: this.cell.id } }));
            }}>Edit exercise</button>`
          : nothing}
      </div>
      ${showResults
        ? html`<ul class="nb-ex-checks">
            ${s.results.map((r) => html`<li data-passed=${r.passed}>${r.passed ? '✓' : '✗'} ${messageView(r.name)}</li>`)}
          </ul>`
        : nothing}
      ${shown
        ? html`<ol class="nb-ex-hints">
            ${spec.hints.slice(0, shown).map((h, i) => html`<li class="nb-ex-hint"><span class="nb-ex-label">Hint ${i + 1} of ${hints}</span>${unsafeHTML(renderMarkdown(h))}</li>`)}
          </ol>`
        : nothing}
      ${s.solution_viewed && spec.solution !== undefined
        ? html`<div class="nb-ex-solution"><span class="nb-ex-label">Solution</span><pre>${spec.solution}</pre></div>`
        : nothing}
    </div>`;
  }
}

customElements.define('nb-exercise', NbExercise);

declare global {
  interface HTMLElementTagNameMap {
    'nb-exercise': NbExercise;
  }
}
