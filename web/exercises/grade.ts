/**
 * The teacher's re-check of one submitted notebook: every exercise graded again by running
 * the student's code against the checks in a fresh kernel, the way a student's Check does
 * (setup cells, then each student's cell, then its check program: program.ts), never by
 * trusting the attempt log the notebook carries. The log's claims are read beside the
 * result, and where they disagree the grade says so (tamper-evident: a forged log shows).
 *
 * The checks and setup cells come from the answer key (the teacher's notebook) when there
 * is one, matched by exercise id: a student who edited the checks or the data in their copy
 * is graded with the teacher's. Without a key each submission is checked with the checks it
 * carries, which its student could have changed (the grade notes that).
 */
import type { DoneStatus, Output } from '../../kernel/protocol';
import type { Cell, Notebook } from '../notebook/notebook-model';
import { importIpynb } from '../sharing/ipynb-import';
import { exerciseOf, exercisesIn, isUnchanged, maxPoints, stateOf, type CheckOutcome, type CheckSpec, type ExerciseSpec, type Status, type Verdict } from './format';
import { NOT_ATTEMPTED_MESSAGE, raisedMessage, summarize } from './state';
import { checkProgram } from './program';
import { reportOf } from './report';
import { studentOf } from './student';
import { variantFor, variantProgram, variantsOf } from './variants';

/** What grading needs of a kernel (web/exercises/grading-kernel.ts gives the page's). */
export interface GradingKernel {
  /** A kernel with no variables: called before each submission. */
  fresh(): Promise<void>;
  execute(code: string): Promise<{ status: DoneStatus; outputs: Output[] }>;
  /** Stops the running cell (one that ran past the time limit). */
  interrupt(): void;
}

/** What the submission's attempt log says of an exercise. */
export interface Claim {
  status: Status;
  points: number;
  max: number;
  hints: number;
  solution_viewed: boolean;
}

export interface ExerciseGrade {
  id: string;
  title: string;
  /** The re-check's result; 'missing' when the submission has no cell for this exercise. */
  status: Status | 'missing';
  verdict: Verdict;
  points: number;
  max: number;
  message: string;
  results: CheckOutcome[];
  /** The log's claim (null when the submission has no cell for it). */
  claim: Claim | null;
  /** How the claim compares: 'higher' (the log says more than the re-check: look at it), 'lower' (not checked since the last change), or 'same'. */
  agreement: 'same' | 'higher' | 'lower';
  /** Tamper-evident notes: a claim without a check behind it, checks that differ from the key's. */
  notes: string[];
}

export interface SubmissionGrade {
  /** The file's name (its path in a folder). */
  file: string;
  student: string;
  submittedAt: string | null;
  exercises: ExerciseGrade[];
  done: number;
  points: number;
  max: number;
  claimed: { done: number; points: number };
  /** Notes on the whole submission (a setup cell that failed, checks from the submission itself). */
  notes: string[];
  /** The file could not be graded at all (not a notebook, no exercises). */
  error?: string;
}

export interface GradeOptions {
  /** Longest a cell may run before it is interrupted (ms; default 30 s). */
  timeoutMs?: number;
}

/** A student's cell runs, or raises: the error output of a reply, if any. */
function errorOf(outputs: Output[]): Extract<Output, { type: 'error' }> | undefined {
  return outputs.find((o): o is Extract<Output, { type: 'error' }> => o.type === 'error');
}

function claimOf(cell: Cell): Claim | null {
  const s = stateOf(cell);
  return s && { status: s.status, points: s.status === 'not-attempted' ? 0 : s.points, max: s.max, hints: s.hints, solution_viewed: s.solution_viewed };
}

const checkShape = (k: CheckSpec) => JSON.stringify([k.name, k.value ?? null, k.code ?? null, k.points ?? 1, k.decimals ?? null, k.dtype ?? null]);

/** Whether a submission's checks are the key's (expected values and hashes aside: a student copy has hashes instead). */
function sameChecks(a: ExerciseSpec, b: ExerciseSpec): boolean {
  return a.checks.length === b.checks.length && a.checks.every((k, i) => checkShape(k) === checkShape(b.checks[i]));
}

function compare(status: ExerciseGrade['status'], points: number, claim: Claim | null): ExerciseGrade['agreement'] {
  if (!claim) return 'same';
  const rank = (s: string) => (s === 'correct' ? 2 : s === 'attempted' ? 1 : 0);
  if (claim.points > points || rank(claim.status) > rank(status)) return 'higher';
  if (claim.points < points || rank(claim.status) < rank(status)) return 'lower';
  return 'same';
}

/** Runs `code` with a time limit: past it the kernel is interrupted (the reply is then an error). */
async function run(kernel: GradingKernel, code: string, timeoutMs: number) {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    kernel.interrupt();
  }, timeoutMs);
  try {
    return { ...(await kernel.execute(code)), timedOut };
  } finally {
    clearTimeout(timer);
  }
}

/** A file's name without its folder and extension: who a submission is from when it does not say. */
const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.ipynb$/i, '');

function emptyGrade(file: string, student: string, error: string): SubmissionGrade {
  return { file, student, submittedAt: null, exercises: [], done: 0, points: 0, max: 0, claimed: { done: 0, points: 0 }, notes: [], error };
}

/** Grades one submission (its .ipynb text) against `key` (or its own checks when null). */
export async function gradeSubmission(file: string, text: string, key: Notebook | null, kernel: GradingKernel, options: GradeOptions = {}): Promise<SubmissionGrade> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let sub: Notebook;
  try {
    sub = importIpynb(text);
  } catch (e) {
    const why = (e as Error).message;
    return emptyGrade(file, baseName(file), /^not a notebook/.test(why) ? why : `not a notebook: ${why}`);
  }
  const student = studentOf(sub) ?? baseName(file);
  const source = key ?? sub;
  if (!exercisesIn(source).length) return emptyGrade(file, student, 'no exercises to grade');
  const theirs = new Map(exercisesIn(sub).map(({ cell, spec }) => [spec.id, { cell, spec }]));
  const notes: string[] = key ? [] : ['checked with the checks the submission carries (no answer key): its student could have changed them'];
  const exercises: ExerciseGrade[] = [];
  await kernel.fresh();
  const variants = variantsOf(source);
  if (variants) {
    // The student's variant, from the name in their submission (variants.ts).
    const name = studentOf(sub);
    if (!name) notes.push('no student name in the submission: graded as variant 0');
    await kernel.execute(variantProgram(name ? variantFor(name, variants) : 0));
  }
  let count = 0;
  for (const cell of source.cells) {
    if (cell.cell_type !== 'code') continue;
    const spec = exerciseOf(cell);
    if (!spec) {
      // A setup cell (the key's data, or the submission's when there is no key).
      count++;
      const r = await run(kernel, cell.source, timeoutMs);
      const err = errorOf(r.outputs);
      if (err) notes.push(`setup cell ${count} failed (${err.ename}: ${err.evalue})`);
      continue;
    }
    const mine = theirs.get(spec.id);
    const base = { id: spec.id, title: spec.title, max: maxPoints(spec), results: [] as CheckOutcome[], notes: [] as string[] };
    if (!mine) {
      exercises.push({ ...base, status: 'missing', verdict: 'not-attempted', points: 0, message: 'this exercise is not in the submission', claim: null, agreement: 'same' });
      continue;
    }
    const claim = claimOf(mine.cell);
    if (key && !sameChecks(mine.spec, spec)) base.notes.push("its checks differ from the answer key's (graded with the key's)");
    if (claim?.status === 'correct' && !stateOf(mine.cell)!.log.some((e) => e.event === 'check' && e.verdict === 'correct')) base.notes.push('the log says correct, but records no check that passed');
    let graded: { verdict: Verdict; message: string; points: number; results: CheckOutcome[] };
    if (isUnchanged(mine.cell.source, mine.spec.starter) || isUnchanged(mine.cell.source, spec.starter)) {
      graded = { verdict: 'not-attempted', message: NOT_ATTEMPTED_MESSAGE, points: 0, results: [] };
    } else {
      const r = await run(kernel, mine.cell.source, timeoutMs);
      const err = errorOf(r.outputs);
      if (err) graded = { verdict: 'not-yet', message: r.timedOut ? `your cell ran longer than ${timeoutMs / 1000} s and was stopped` : raisedMessage(err), points: 0, results: [] };
      else {
        const report = reportOf((await run(kernel, checkProgram(spec), timeoutMs)).outputs);
        if (report instanceof Error) graded = { verdict: 'not-yet', message: report.message, points: 0, results: [] };
        else graded = { ...summarize(report.results), results: report.results };
      }
    }
    const status: Status = graded.verdict === 'correct' ? 'correct' : graded.verdict === 'not-yet' ? 'attempted' : 'not-attempted';
    exercises.push({ ...base, ...graded, status, claim, agreement: compare(status, graded.points, claim) });
  }
  const sum = (f: (e: ExerciseGrade) => number) => exercises.reduce((s, e) => s + f(e), 0);
  const submission = (sub.metadata.numbook as { submission?: { submitted_at?: unknown } } | undefined)?.submission;
  return {
    file,
    student,
    submittedAt: typeof submission?.submitted_at === 'string' ? submission.submitted_at : null,
    exercises,
    done: sum((e) => (e.status === 'correct' ? 1 : 0)),
    points: sum((e) => e.points),
    max: sum((e) => e.max),
    claimed: { done: sum((e) => (e.claim?.status === 'correct' ? 1 : 0)), points: sum((e) => e.claim?.points ?? 0) },
    notes,
  };
}
