/**
 * <nb-exercise-editor>: the teacher's form for one exercise (the "Edit exercise" button on
 * a student's cell in a teacher's copy): title and id, the starter, the solution, the hints
 * in order, and the checks (a value compared with an expected expression, or code that
 * throws to fail), each with its points. Save writes the spec into the cell's metadata
 * (format.ts) through `save`, which the notebook supplies.
 */
import { LitElement, html, nothing } from 'lit';
import type { CheckSpec, DtypeRule, ExerciseSpec } from './format';
import './exercises.css';

/** Why a spec cannot be saved, or null. */
export function specProblem(spec: ExerciseSpec, otherIds: ReadonlySet<string>): string | null {
  if (!/^[\w-]+$/.test(spec.id)) return 'the id is letters, digits, - and _ (it names the exercise in logs and the grades table)';
  if (otherIds.has(spec.id)) return `another exercise already has the id "${spec.id}"`;
  if (!spec.checks.length) return 'an exercise needs at least one check';
  for (const [i, k] of spec.checks.entries()) {
    if (!k.name.trim()) return `check ${i + 1} needs a name (students see it)`;
    if (k.code === undefined && !(k.value?.trim() && k.expected?.trim())) return `check ${i + 1} needs a value and an expected value, or code`;
  }
  return null;
}

export class NbExerciseEditor extends LitElement {
  static override properties = { spec: { state: true }, problem: { state: true } };
  declare spec: ExerciseSpec | null;
  declare problem: string;
  private others: ReadonlySet<string> = new Set();
  private save: (spec: ExerciseSpec) => void = () => {};

  constructor() {
    super();
    this.spec = null;
    this.problem = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  async edit(spec: ExerciseSpec, others: ReadonlySet<string>, save: (spec: ExerciseSpec) => void): Promise<void> {
    this.spec = structuredClone(spec);
    this.others = others;
    this.save = save;
    this.problem = '';
    await this.updateComplete;
    this.querySelector('dialog')?.showModal();
  }

  private set(patch: Partial<ExerciseSpec>): void {
    this.spec = { ...this.spec!, ...patch };
  }

  private setCheck(i: number, patch: Partial<CheckSpec>): void {
    const checks = this.spec!.checks.map((k, j) => (j === i ? ({ ...k, ...patch } as CheckSpec) : k));
    for (const [key, v] of Object.entries(patch)) if (v === undefined) delete (checks[i] as unknown as Record<string, unknown>)[key];
    this.set({ checks });
  }

  private submit(): void {
    const spec = { ...this.spec!, hints: this.spec!.hints.filter((h) => h.trim()) };
    const problem = specProblem(spec, this.others);
    if (problem) {
      this.problem = problem;
      return;
    }
    this.save(spec);
    this.querySelector('dialog')?.close();
  }

  private text(label: string, value: string, set: (v: string) => void, opts: { rows?: number; cls?: string } = {}) {
    const input = (e: Event) => set((e.target as HTMLInputElement | HTMLTextAreaElement).value);
    return html`<label class="nb-exed-field ${opts.cls ?? ''}"><span>${label}</span>${opts.rows
        ? html`<textarea rows=${opts.rows} spellcheck="false" .value=${value} @input=${input}></textarea>`
        : html`<input type="text" spellcheck="false" .value=${value} @input=${input} />`}</label>`;
  }

  private renderCheck(k: CheckSpec, i: number) {
    const code = k.code !== undefined;
    return html`<li class="nb-exed-check" data-kind=${code ? 'code' : 'value'}>
      <div class="nb-exed-row">
        ${this.text('Name (students see it)', k.name, (v) => this.setCheck(i, { name: v }), { cls: 'nb-exed-name' })}
        <label class="nb-exed-field nb-exed-small"><span>Points</span><input type="number" min="0" .value=${String(k.points ?? 1)} @input=${(e: Event) => this.setCheck(i, { points: Number((e.target as HTMLInputElement).value) })} /></label>
        <label class="nb-exed-field nb-exed-small"><span>Kind</span><select .value=${code ? 'code' : 'value'}
          @change=${(e: Event) => this.setCheck(i, (e.target as HTMLSelectElement).value === 'code' ? { code: k.code ?? '', value: undefined, expected: undefined } : { code: undefined, value: k.value ?? '', expected: k.expected ?? '' })}>
          <option value="value">value</option><option value="code">code</option></select></label>
        <button type="button" class="nb-exed-remove" title="Remove this check" @click=${() => this.set({ checks: this.spec!.checks.filter((_, j) => j !== i) })}>✕</button>
      </div>
      ${code
        ? this.text('Code: fails by throwing (np.testing asserts, check.that, check.fail); students can read it', k.code ?? '', (v) => this.setCheck(i, { code: v }), { rows: 3, cls: 'nb-exed-code' })
        : html`<div class="nb-exed-row">
            ${this.text("Value: an expression over the student's names", k.value ?? '', (v) => this.setCheck(i, { value: v }), { cls: 'nb-exed-code' })}
            ${this.text('Expected: an expression (never the student\'s names; hashed in the student copy)', k.expected ?? '', (v) => this.setCheck(i, { expected: v }), { cls: 'nb-exed-code' })}
            <label class="nb-exed-field nb-exed-small" title="Floats are compared after np.round(x, decimals)"><span>Decimals</span><input class="nb-exed-decimals" type="number" min="0" max="15" .value=${String(k.decimals ?? 6)}
              @input=${(e: Event) => this.setCheck(i, { decimals: Number((e.target as HTMLInputElement).value) })} /></label>
            <label class="nb-exed-field nb-exed-small" title="What of the dtype must match"><span>Dtype</span><select class="nb-exed-dtype" .value=${k.dtype ?? 'kind'}
              @change=${(e: Event) => this.setCheck(i, { dtype: (e.target as HTMLSelectElement).value as DtypeRule })}>
              <option value="kind">kind</option><option value="exact">exact</option><option value="any">any</option></select></label>
          </div>`}
    </li>`;
  }

  protected override render() {
    const s = this.spec;
    return html`<dialog class="nb-dialog nb-exercise-editor" aria-label="Edit exercise">
      ${s
        ? html`<h2>Edit exercise</h2>
            <div class="nb-exed-row">
              ${this.text('Title', s.title, (v) => this.set({ title: v }), { cls: 'nb-exed-name' })}
              ${this.text('Id', s.id, (v) => this.set({ id: v.trim() }))}
            </div>
            ${this.text("Starter: the student's cell as given (unchanged means not attempted)", s.starter, (v) => this.set({ starter: v }), { rows: 3, cls: 'nb-exed-code nb-exed-starter' })}
            ${this.text('Solution (removed from the student copy)', s.solution ?? '', (v) => this.set({ solution: v }), { rows: 3, cls: 'nb-exed-code nb-exed-solution' })}
            <h3>Hints, shown one at a time (markdown)</h3>
            <ol class="nb-exed-hints">
              ${s.hints.map((h, i) => html`<li>${this.text(`Hint ${i + 1}`, h, (v) => this.set({ hints: s.hints.map((x, j) => (j === i ? v : x)) }), { rows: 2 })}</li>`)}
            </ol>
            <button type="button" class="nb-exed-add-hint" @click=${() => this.set({ hints: [...s.hints, ''] })}>Add hint</button>
            <h3>Checks, run after the student's cell</h3>
            <ol class="nb-exed-checks">${s.checks.map((k, i) => this.renderCheck(k, i))}</ol>
            <button type="button" class="nb-exed-add-check" @click=${() => this.set({ checks: [...s.checks, { name: '', value: '', expected: '' }] })}>Add check</button>
            ${this.problem ? html`<p class="nb-exed-problem" role="alert">Not saved: ${this.problem}.</p>` : nothing}
            <div class="nb-dialog-buttons">
              <button type="button" class="nb-exed-save" @click=${() => this.submit()}>Save</button>
              <form method="dialog"><button>Cancel</button></form>
            </div>`
        : nothing}
    </dialog>`;
  }
}

customElements.define('nb-exercise-editor', NbExerciseEditor);

declare global {
  interface HTMLElementTagNameMap {
    'nb-exercise-editor': NbExerciseEditor;
  }
}
