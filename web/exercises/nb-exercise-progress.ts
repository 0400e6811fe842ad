/**
 * <nb-exercise-progress>: the header line of a notebook with exercises: a progress bar
 * (done / total, points), Submit (downloads the notebook with its attempt log) and, in a
 * teacher's copy (one with solutions), Export for students. Nothing when the notebook has
 * no exercises.
 */
import { LitElement, html, nothing } from 'lit';
import type { Notebook } from '../notebook/notebook-model';
import { exercisesIn, progressOf } from './format';
import { isStudentCopy } from './student-copy';
import { studentOf } from './student';
import type { ExerciseController } from './controller';
import './exercises.css';

export const EXPORT_NOTE =
  'The student copy has no solutions, and stores each expected value as a salted SHA-256 hash, so reading its source does not give the answers away. ' +
  'Its checks run in the student\'s browser: they are tamper-evident, not secure (a student can change them, or try values against a hash).';

export class NbExerciseProgress extends LitElement {
  static override properties = { doc: { attribute: false }, controller: { attribute: false }, exporting: { state: true }, error: { state: true } };
  declare doc: Notebook;
  declare controller: ExerciseController | undefined;
  declare exporting: boolean;
  declare error: string;

  constructor() {
    super();
    this.exporting = false;
    this.error = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Runs a student-copy action (it waits for the kernel to hash the answers), saying why it failed. */
  private async studentCopy(what: string, f: (c: ExerciseController) => Promise<void>): Promise<void> {
    if (!this.controller || this.exporting) return;
    this.exporting = true;
    this.error = '';
    try {
      await f(this.controller);
    } catch (e) {
      this.error = `Could not ${what}: ${(e as Error).message}`;
    } finally {
      this.exporting = false;
    }
  }

  private command(command: string): void {
    this.dispatchEvent(new CustomEvent('nb-command', { bubbles: true, detail: { command } }));
  }

  protected override render() {
    if (!this.doc || !exercisesIn(this.doc).length) return nothing;
    const p = progressOf(this.doc);
    const teacher = !isStudentCopy(this.doc);
    return html`<div class="nb-ex-progress" role="group" aria-label="Exercise progress">
      <span class="nb-ex-progress-label">Exercises</span>
      <progress max=${p.total} .value=${p.done} aria-label="Exercises done"></progress>
      <span class="nb-ex-progress-text" data-done=${p.done} data-total=${p.total}>${p.done}/${p.total} done</span>
      <span class="nb-ex-progress-points" data-points=${p.points} data-max=${p.max}>${p.points}/${p.max} points</span>
      ${p.hints || p.solutions ? html`<span class="nb-ex-progress-help">${p.hints} hint${p.hints === 1 ? '' : 's'}${p.solutions ? `, ${p.solutions} solution${p.solutions === 1 ? '' : 's'} viewed` : ''}</span>` : nothing}
      <span class="nb-spacer"></span>
      <label class="nb-ex-student">Your name <input type="text" size="14" placeholder="name or id" .value=${studentOf(this.doc) ?? ''}
        @change=${(e: Event) => this.controller?.setStudent((e.target as HTMLInputElement).value)} /></label>
      <button type="button" data-action="submit" title="Downloads this notebook with your answers and your attempt log, to hand in" @click=${() => this.controller?.submit()}>Submit</button>
      ${teacher
        ? html`<span class="nb-ex-teacher" role="group" aria-label="For the teacher">Teacher:
            <button type="button" data-action="export-students" title=${EXPORT_NOTE} ?disabled=${this.exporting}
              @click=${() => void this.studentCopy('export for students', (c) => c.exportForStudents())}>${this.exporting ? 'Exporting…' : 'Export for students'}</button>
            <button type="button" data-action="student-link" title=${`A share link that holds the student copy. ${EXPORT_NOTE}`} ?disabled=${this.exporting} @click=${() => this.command('share-students')}>Student link</button>
            <button type="button" data-action="try-student" title="Opens the student copy here as a notebook of its own, as students get it (yours stays unchanged)" ?disabled=${this.exporting}
              @click=${() => void this.studentCopy('open the student view', (c) => c.tryAsStudent())}>Try as student</button>
            <button type="button" data-action="grade" title="Re-check submitted notebooks against this notebook's checks, into a table (File ▸ Grade submissions…)" @click=${() => this.command('grade-submissions')}>Grade submissions</button>
          </span>`
        : nothing}
      ${this.error ? html`<span class="nb-ex-progress-error" role="alert">${this.error}</span>` : nothing}
    </div>`;
  }
}

customElements.define('nb-exercise-progress', NbExerciseProgress);

declare global {
  interface HTMLElementTagNameMap {
    'nb-exercise-progress': NbExerciseProgress;
  }
}
