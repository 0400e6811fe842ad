/**
 * The student's progress on one exercise as pure transitions: a check (correct, not yet,
 * not attempted), a hint taken, the solution viewed. Each returns a new state with the
 * event appended to its log (ISO times), which is saved in the cell's metadata
 * (format.ts) and so survives reloads and goes out with the .ipynb.
 */
import type { CheckOutcome, ExerciseSpec, ExerciseState, Verdict } from './format';
import { errorLine } from '../notebook/notebook-model';

export const NOT_ATTEMPTED_MESSAGE = 'your cell is still the starter code: write your answer in it, then Check';

/** What a student reads when their cell raised (a Check, and the teacher's re-check, say the same). */
export function raisedMessage(error: { ename: string; evalue: string; traceback: string[] }): string {
  const line = errorLine(error.traceback);
  return `your cell raised ${error.ename}: ${error.evalue}${line ? ` (line ${line})` : ''}`;
}

export interface CheckResultInput {
  verdict: Verdict;
  message: string;
  results: CheckOutcome[];
  points: number;
  max: number;
}

/** The message of a check run: the first failing check's message, with "n/m checks passed" when some passed. */
export function summarize(results: CheckOutcome[]): { verdict: Verdict; message: string; points: number; max: number } {
  const points = results.reduce((s, r) => s + r.points, 0);
  const max = results.reduce((s, r) => s + r.max, 0);
  const failed = results.filter((r) => !r.passed);
  if (!failed.length) return { verdict: 'correct', message: '', points, max };
  const passed = results.length - failed.length;
  const first = failed[0].message || `${failed[0].name} failed`;
  return { verdict: 'not-yet', message: passed ? `${first}. ${passed}/${results.length} checks passed` : first, points, max };
}

export function recordCheck(s: ExerciseState, r: CheckResultInput, now = new Date()): ExerciseState {
  const at = now.toISOString();
  const status = r.verdict === 'correct' ? 'correct' : r.verdict === 'not-yet' ? 'attempted' : s.status === 'not-attempted' ? 'not-attempted' : 'attempted';
  return {
    ...s,
    status,
    verdict: r.verdict,
    message: r.message,
    results: r.results,
    points: r.points,
    max: r.max,
    checks: s.checks + 1,
    first_check: s.first_check ?? at,
    last_check: at,
    ...(r.verdict === 'correct' && !s.correct_at ? { correct_at: at } : {}),
    log: [...s.log, { at, event: 'check', verdict: r.verdict, points: r.points, max: r.max }],
  };
}

/** Reveals the next hint (no change once all are shown). */
export function recordHint(s: ExerciseState, spec: ExerciseSpec, now = new Date()): ExerciseState {
  if (s.hints >= spec.hints.length) return s;
  const at = now.toISOString();
  return { ...s, hints: s.hints + 1, log: [...s.log, { at, event: 'hint', hint: s.hints + 1 }] };
}

export function recordSolution(s: ExerciseState, now = new Date()): ExerciseState {
  if (s.solution_viewed) return s;
  const at = now.toISOString();
  return { ...s, solution_viewed: true, solution_at: at, log: [...s.log, { at, event: 'solution' }] };
}
