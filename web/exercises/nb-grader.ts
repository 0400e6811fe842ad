/**
 * <nb-grader>: the teacher's page (File ▸ Grade submissions…, the exercise bar's "Grade
 * submissions", or `?grade` in the address). The teacher picks submitted notebooks (files,
 * a folder, or a drop of either); each is re-checked in a fresh kernel against the answer
 * key, the open notebook (grade.ts), and the table shows per student and exercise the
 * re-checked state and points, what the attempt log claimed beside it (flagged where it
 * claims more), and the totals; "Download CSV" saves it (grades-csv.ts).
 */
import { LitElement, html, nothing } from 'lit';
import type { Notebook } from '../notebook/notebook-model';
import { exercisesIn } from './format';
import { gradeSubmission, type ExerciseGrade, type GradingKernel, type SubmissionGrade } from './grade';
import { gradesCsv, helpOf, notesOf } from './grades-csv';
import { droppedFiles, type PathFile } from './dropped-files';
import { download } from '../storage/download';
import './exercises.css';

export const GRADER_NOTE =
  "Each submission's code is run again here, in a fresh kernel, against the answer key's checks: the attempt log a notebook carries is shown beside the result, not trusted. " +
  "Checks that ran in a student's browser are tamper-evident, not secure; this re-check is what counts.";

const MARK: Record<ExerciseGrade['status'], string> = { correct: '✓', attempted: '✗', 'not-attempted': '–', missing: '?' };

export class NbGrader extends LitElement {
  static override properties = { key: { attribute: false }, keyName: { attribute: false }, grades: { state: true }, busy: { state: true }, error: { state: true } };
  /** The answer key (the open notebook, when it has exercises), or null: each submission's own checks. */
  declare key: Notebook | null;
  declare keyName: string;
  declare grades: SubmissionGrade[];
  /** What is being graded now ('' when idle). */
  declare busy: string;
  /** Why the last batch stopped ('' if it did not). */
  declare error: string;
  /** Makes the grading kernel (the page's: grading-kernel.ts), disposed when a batch is done. */
  kernel: (() => GradingKernel & { dispose(): void }) | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.key = null;
    this.keyName = '';
    this.grades = [];
    this.busy = '';
    this.error = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get open(): boolean {
    return !!this.querySelector<HTMLDialogElement>('dialog')?.open;
  }

  async show(): Promise<void> {
    await this.updateComplete;
    this.querySelector('dialog')?.showModal();
  }

  /** Grades files (submissions), in order; resolves when they are in the table. */
  grade(files: PathFile[]): Promise<void> {
    const notebooks = files.filter((f) => /\.ipynb$/i.test(f.path));
    this.queue = this.queue.then(() => this.gradeAll(notebooks)).catch((e) => void (this.error = `Grading stopped: ${(e as Error).message}`));
    return this.queue;
  }

  /** A drop on the page while this is open (nb-notebook hands it here). */
  async drop(dt: DataTransfer): Promise<void> {
    await this.grade(await droppedFiles(dt));
  }

  private async gradeAll(files: PathFile[]): Promise<void> {
    if (!files.length || !this.kernel) return;
    const kernel = this.kernel();
    this.error = '';
    try {
      for (const [i, f] of files.entries()) {
        this.busy = `Grading ${i + 1} of ${files.length}: ${f.path}…`;
        const g = await gradeSubmission(f.path, await f.file.text(), this.key, kernel);
        // The same file graded again replaces its row.
        this.grades = [...this.grades.filter((x) => x.file !== g.file), g];
      }
    } finally {
      kernel.dispose();
      this.busy = '';
    }
  }

  private picked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = Array.from(input.files ?? [], (file) => ({ path: file.webkitRelativePath || file.name, file }));
    input.value = '';
    void this.grade(files);
  }

  private csv(): void {
    download(`${this.keyName || 'grades'} - grades.csv`, gradesCsv(this.grades), 'text/csv');
  }

  private cell(e: ExerciseGrade | undefined) {
    if (!e) return html`<td class="nb-grade" data-status="none"></td>`;
    const claim = e.claim && e.agreement !== 'same' ? `log: ${e.claim.status} ${e.claim.points}/${e.claim.max}` : '';
    const title = [e.message, claim, ...e.notes].filter(Boolean).join('\n');
    return html`<td class="nb-grade" data-exercise=${e.id} data-status=${e.status} data-agreement=${e.agreement} title=${title}>
      <span class="nb-grade-mark">${MARK[e.status]}</span> ${e.points}/${e.max}${claim ? html`<span class="nb-grade-claim">${e.agreement === 'higher' ? '⚠ ' : ''}${claim}</span>` : nothing}
    </td>`;
  }

  private renderTable() {
    const ids = [...new Map(this.grades.flatMap((g) => g.exercises.map((e) => [e.id, e.title] as const))).entries()];
    return html`<div class="nb-grades-scroll"><table class="nb-grades">
      <thead>
        <tr>
          <th>Student</th><th>File</th>
          ${ids.map(([id, title], i) => html`<th data-exercise=${id} title=${title}>${i + 1}</th>`)}
          <th>Total</th><th>Log claims</th><th title="As the submission's log says; they cost no points">Help taken</th><th>Notes</th>
        </tr>
      </thead>
      <tbody>
        ${this.grades.map((g) => {
          const by = new Map(g.exercises.map((e) => [e.id, e]));
          const notes = notesOf(g);
          const help = helpOf(g);
          return html`<tr data-file=${g.file} data-student=${g.student}>
            <th scope="row" class="nb-grade-student">${g.student}</th>
            <td class="nb-grade-file">${g.file}</td>
            ${ids.map(([id]) => this.cell(by.get(id)))}
            <td class="nb-grade-total" data-points=${g.points} data-max=${g.max} data-done=${g.done}>${g.points}/${g.max} · ${g.done} done</td>
            <td class="nb-grade-log" data-points=${g.claimed.points} data-done=${g.claimed.done} data-agrees=${g.claimed.points === g.points && g.claimed.done === g.done}>${g.claimed.points}/${g.max} · ${g.claimed.done} done</td>
            <td class="nb-grade-help" data-hints=${help.hints} data-solutions=${help.solutions}>${help.hints} hint${help.hints === 1 ? '' : 's'}, ${help.solutions} solution${help.solutions === 1 ? '' : 's'}</td>
            <td class="nb-grade-notes">${notes.length ? html`<ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table></div>`;
  }

  protected override render() {
    const n = this.key ? exercisesIn(this.key).length : 0;
    return html`<dialog class="nb-dialog nb-grader" aria-label="Grade submissions">
      <h2>Grade submissions</h2>
      <p class="nb-grader-key">
        ${this.key
          ? html`Answer key: <b>${this.keyName}</b> (the open notebook, ${n} exercise${n === 1 ? '' : 's'}): its checks and setup cells grade every submission.`
          : html`No answer key: the open notebook has no exercises, so each submission is checked with the checks it carries (its student could have changed them). Open your exercise notebook first to grade with its checks.`}
      </p>
      <p class="nb-grader-note">${GRADER_NOTE}</p>
      <div class="nb-grader-pick">
        <label class="nb-grader-button">Choose files…<input class="nb-grader-files" type="file" multiple accept=".ipynb" hidden @change=${(e: Event) => this.picked(e)} /></label>
        <label class="nb-grader-button">Choose a folder…<input class="nb-grader-folder" type="file" webkitdirectory hidden @change=${(e: Event) => this.picked(e)} /></label>
        <span>or drop submitted .ipynb files or a folder of them here.</span>
      </div>
      ${this.busy ? html`<p class="nb-grader-busy" role="status">${this.busy}</p>` : nothing}
      ${this.error ? html`<p class="nb-grader-error" role="alert">${this.error}</p>` : nothing}
      ${this.grades.length ? this.renderTable() : nothing}
      <div class="nb-dialog-buttons">
        <button type="button" class="nb-grader-csv" ?disabled=${!this.grades.length || !!this.busy} @click=${() => this.csv()}>Download CSV</button>
        <button type="button" class="nb-grader-clear" ?disabled=${!this.grades.length || !!this.busy} @click=${() => (this.grades = [])}>Clear table</button>
        <form method="dialog"><button>Close</button></form>
      </div>
    </dialog>`;
  }
}

customElements.define('nb-grader', NbGrader);

declare global {
  interface HTMLElementTagNameMap {
    'nb-grader': NbGrader;
  }
}
