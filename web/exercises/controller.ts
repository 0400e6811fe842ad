/**
 * ExerciseController: what the exercise buttons do, on top of the notebook's controller.
 *
 * Check: "Not attempted" if the student's cell is still its starter; else runs the code
 * cells above it that have not run in this kernel (the setup cells: not other exercises),
 * then the student's cell (outputs as usual), then the exercise's check program in the same
 * kernel (program.ts), and records the result in the cell's metadata (state.ts): Correct,
 * or Not yet with the first failing check's message and the points. Hint and Solution
 * record too. Every record is an edit of the notebook, so it is autosaved, survives a
 * reload and goes out in the .ipynb.
 *
 * Submit downloads the notebook with its attempt log and a summary; Export for students
 * downloads the student copy (student-copy.ts).
 */
import type { NotebookController } from '../notebook/notebook-controller';
import type { KernelClient } from '../kernel-client/kernel-client';
import type { CellRun } from '../notebook/nb-cell';
import * as model from '../notebook/notebook-model';
import type { Notebook } from '../notebook/notebook-model';
import { exportIpynb } from '../sharing/ipynb-export';
import { arrayRendition } from '../outputs/renderers/rendition';
import { exerciseOf, exercisesIn, isUnchanged, progressOf, promptOf, stateOf, withSpec, withState, type ExerciseSpec, type ExerciseState } from './format';
import { setRole, type Role } from './roles';
import { NOT_ATTEMPTED_MESSAGE, raisedMessage, recordCheck, recordHint, recordSolution, summarize } from './state';
import { checkProgram } from './program';
import { reportOf } from './report';
import { studentCopy } from './student-copy';
import { postExerciseEvent } from './events';
import { download } from '../storage/download';
import { encodeShare, shareUrl } from '../sharing/share-link';
import { studentOf, withStudent } from './student';
import { NO_NAME_MESSAGE, variantFor, variantProgram, variantsOf } from './variants';

const IPYNB = 'application/x-ipynb+json';

export class ExerciseController {
  /** The notebook's runs when the kernel last (re)started: a cell whose run is still that one has not run in this kernel. */
  private before = new Map<string, CellRun>();
  /** The `variant` set in this kernel (variants.ts), or null: set again, and the setup cells run again, when it changes. */
  private variant: number | null = null;

  constructor(
    readonly notebook: NotebookController,
    readonly client: KernelClient,
  ) {
    client.on((m) => {
      if (m.type === 'status' && (m.state === 'starting' || m.state === 'restarting')) {
        this.before = new Map(notebook.runs);
        this.variant = null;
      }
    });
  }

  private ranInThisKernel(id: string): boolean {
    const r = this.notebook.runs.get(id);
    return !!r && r.state === 'done' && this.before.get(id) !== r;
  }

  private setState(id: string, f: (s: ExerciseState) => ExerciseState): ExerciseState | null {
    let next: ExerciseState | null = null;
    this.notebook.edit((nb) =>
      model.updateCell(nb, id, (c) => {
        const s = stateOf(c);
        if (!s) return c;
        next = f(s);
        return next === s ? c : withState(c, next);
      }),
    );
    return next;
  }

  /** Checks the exercise of the student's cell `id`; resolves to its new state. */
  async check(id: string): Promise<ExerciseState | null> {
    const cell = model.getCell(this.notebook.doc, id);
    const spec = cell && exerciseOf(cell);
    if (!cell || !spec) return null;
    if (isUnchanged(cell.source, spec.starter)) {
      const s = this.setState(id, (st) => recordCheck(st, { verdict: 'not-attempted', message: NOT_ATTEMPTED_MESSAGE, results: [], points: 0, max: st.max }));
      this.post('check', spec.id, s);
      return s;
    }
    const variant = await this.setVariant();
    if (variant instanceof Error) {
      const s = this.setState(id, (st) => recordCheck(st, { verdict: 'not-attempted', message: variant.message, results: [], points: 0, max: st.max }));
      this.post('check', spec.id, s);
      return s;
    }
    const index = model.indexOf(this.notebook.doc, id);
    const setup = this.notebook.doc.cells
      .slice(0, index)
      .filter((c) => c.cell_type === 'code' && !exerciseOf(c) && (variant || !this.ranInThisKernel(c.id)))
      .map((c) => c.id);
    await this.notebook.run([...setup, id]);
    const after = model.getCell(this.notebook.doc, id);
    const run = this.notebook.runs.get(id);
    const failed = (message: string) => this.setState(id, (st) => recordCheck(st, { verdict: 'not-yet', message, results: [], points: 0, max: st.max }));
    let s: ExerciseState | null;
    if (!after || after.cell_type !== 'code') return null;
    const error = after.outputs.find((o) => o.output_type === 'error');
    if (!run) {
      const bad = setup.map((sid) => model.getCell(this.notebook.doc, sid)).find((c) => c?.cell_type === 'code' && c.outputs.some((o) => o.output_type === 'error'));
      s = failed(`a cell above failed${bad?.cell_type === 'code' && bad.execution_count ? ` (In [${bad.execution_count}])` : ''}, so your cell did not run: fix that cell, then Check again`);
    } else if (error && error.output_type === 'error') {
      s = failed(raisedMessage(error));
    } else {
      const reply = await this.client.execute(checkProgram(spec), { stopOnError: false, storeHistory: false });
      const report = reportOf(reply.outputs);
      if (report instanceof Error) s = failed(report.message);
      else {
        const sum = summarize(report.results);
        s = this.setState(id, (st) => recordCheck(st, { ...sum, results: report.results }));
      }
    }
    this.post('check', spec.id, s);
    return s;
  }

  /**
   * In a notebook with variants, sets the student's `variant` in the kernel if it is not
   * set yet: true when it was (the setup cells must then run again), an Error when the
   * student has not typed a name.
   */
  private async setVariant(): Promise<boolean | Error> {
    const n = variantsOf(this.notebook.doc);
    if (!n) return false;
    const name = studentOf(this.notebook.doc);
    if (!name) return new Error(NO_NAME_MESSAGE);
    const v = variantFor(name, n);
    if (this.variant === v) return false;
    await this.client.execute(variantProgram(v), { stopOnError: false, storeHistory: false });
    this.variant = v;
    return true;
  }

  hint(id: string): void {
    const cell = model.getCell(this.notebook.doc, id);
    const spec = cell && exerciseOf(cell);
    if (!spec) return;
    const s = this.setState(id, (st) => recordHint(st, spec));
    this.post('hint', spec.id, s);
  }

  /** Records that the solution was viewed (the element asked first). */
  solution(id: string): void {
    const cell = model.getCell(this.notebook.doc, id);
    const spec = cell && exerciseOf(cell);
    if (!spec) return;
    const s = this.setState(id, (st) => recordSolution(st));
    this.post('solution', spec.id, s);
  }

  /** Authoring: gives cell `id` a role (roles.ts); an Error says why it cannot. */
  setRole(id: string, role: Role): Error | null {
    const next = setRole(this.notebook.doc, id, role);
    if (next instanceof Error) return next;
    if (next !== this.notebook.doc) this.notebook.edit(() => next);
    return null;
  }

  /**
   * Authoring: the teacher saved an exercise's form. A cell still showing the old starter
   * shows the new one; its prompt follows a new id.
   */
  setSpec(id: string, spec: ExerciseSpec): void {
    this.notebook.edit((nb) => {
      const old = exerciseOf(model.getCell(nb, id)!);
      const cells = nb.cells.map((c) => {
        if (c.id === id && c.cell_type === 'code') return { ...withSpec(c, spec), source: old && isUnchanged(c.source, old.starter) ? spec.starter : c.source };
        if (old && old.id !== spec.id && promptOf(c) === old.id) return { ...c, metadata: { ...c.metadata, numbook: { ...(c.metadata.numbook as object), exercise_prompt: spec.id } } };
        return c;
      });
      return { ...nb, cells };
    });
  }

  /** The ids of the notebook's other exercises (an id must be unique). */
  otherIds(id: string): Set<string> {
    return new Set(exercisesIn(this.notebook.doc).filter(({ cell }) => cell.id !== id).map(({ spec }) => spec.id));
  }

  /** The name (or id) the student typed: saved with the notebook, it says whose a submission is. */
  setStudent(name: string): void {
    if (name.trim() !== (studentOf(this.notebook.doc) ?? '')) this.notebook.edit((nb) => withStudent(nb, name));
  }

  private post(interaction: 'check' | 'hint' | 'solution' | 'submit', exercise: string | null, s: ExerciseState | null): void {
    postExerciseEvent(interaction, exercise, s, progressOf(this.notebook.doc), this.name());
  }

  private name(): string {
    return this.notebook.meta?.name ?? model.titleOf(this.notebook.doc) ?? 'notebook';
  }

  /** The notebook as handed in: every exercise's state and log, and a summary in the notebook's metadata. */
  submission(now = new Date()): Notebook {
    const doc = this.notebook.doc;
    const progress = progressOf(doc);
    const exercises = exercisesIn(doc).map(({ cell, spec }) => {
      const s = stateOf(cell)!;
      return { id: spec.id, title: spec.title, status: s.status, points: s.points, max: s.max, checks: s.checks, hints: s.hints, solution_viewed: s.solution_viewed, correct_at: s.correct_at ?? null };
    });
    const numbook = { ...(doc.metadata.numbook ?? {}), submission: { submitted_at: now.toISOString(), progress, exercises } };
    return { ...doc, metadata: { ...doc.metadata, numbook: numbook as NonNullable<Notebook['metadata']['numbook']> } };
  }

  /** Submit: downloads the notebook with its attempt log. */
  submit(): string {
    const text = exportIpynb(this.submission(), { title: this.name(), rendition: arrayRendition });
    // The student's name in the file's too: a teacher receives many.
    const student = studentOf(this.notebook.doc);
    download(`${this.name()}${student ? ` - ${student}` : ''} - submission.ipynb`, text, IPYNB);
    this.post('submit', null, null);
    return text;
  }

  /**
   * The student copy: the setup cells run in the kernel (not in the notebook: no outputs
   * change), then the expected values are hashed there.
   */
  async studentNotebook(): Promise<Notebook> {
    const doc = this.notebook.doc;
    // The kernel's variant and setup will be another's: set again at the next Check.
    this.variant = null;
    return studentCopy(doc, async (program, variant) => {
      if (variant !== null) await this.client.execute(variantProgram(variant), { stopOnError: false, storeHistory: false });
      for (const c of doc.cells) {
        if (c.cell_type !== 'code' || exerciseOf(c)) continue;
        const r = await this.client.execute(c.source, { stopOnError: false, storeHistory: false });
        const err = r.outputs.find((o) => o.type === 'error');
        if (err && err.type === 'error') throw new Error(`a setup cell failed (${err.ename}: ${err.evalue}), so the expected values could not be computed`);
      }
      const reply = await this.client.execute(program, { stopOnError: false, storeHistory: false });
      const r = reportOf<{ hashes: { hash: string; shape_hash: string }[] }>(reply.outputs);
      if (r instanceof Error) throw r;
      return r.hashes;
    });
  }

  /** The student copy's .ipynb text. */
  async studentExport(): Promise<string> {
    return exportIpynb(await this.studentNotebook(), { title: this.name() });
  }

  /** The student copy as a share link (`#nb=1.…`: the notebook is in the link itself). */
  async studentLink(): Promise<string> {
    const copy = await this.studentNotebook();
    return shareUrl(location.href, await encodeShare({ ...copy, metadata: { ...copy.metadata, title: this.name() } }, { outputs: false }));
  }

  /**
   * Try as student: the student copy opened here as a notebook of its own (the teacher's
   * stays as it is, in the notebook list), as a student would get it, without a download.
   */
  async tryAsStudent(): Promise<void> {
    const name = this.name();
    const copy = await this.studentNotebook();
    await this.notebook.create({ ...copy, metadata: { ...copy.metadata, title: name } }, `${name} (student view)`);
    this.notebook.say(`The student view of "${name}": what the student copy gives students (no solutions, hashed answers). Your notebook is unchanged: open it again from Notebooks.`);
  }

  async exportForStudents(): Promise<void> {
    download(`${this.name()} - student.ipynb`, await this.studentExport(), IPYNB);
  }
}
