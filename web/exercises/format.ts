/**
 * Exercises in the notebook format (the schema is documented in web/exercises/README.md).
 * An exercise is a prompt (a markdown cell) and the student's code cell after it; the
 * code cell's metadata holds the rest under the `numbook` key, so Jupyter tools keep it:
 *
 *   metadata.numbook.exercise        ExerciseSpec: id, title, starter, checks, hints, solution
 *   metadata.numbook.exercise_state  ExerciseState: the student's progress and attempt log
 *
 * The prompt cell says which exercise it introduces (`metadata.numbook.exercise_prompt`).
 * Everything here is pure: it reads cells and returns new ones.
 */
import type { Cell, CodeCell, Notebook } from '../notebook/notebook-model';

export type DtypeRule = 'exact' | 'kind' | 'any';

/** One check: a value compared with an expected value (or its hashes), or code that throws to fail. */
export interface CheckSpec {
  /** What it checks, shown in the result list: "`data` holds 1, 2, 3". */
  name: string;
  /** Points when it passes (default 1). */
  points?: number;
  /** An expression over the student's variables: the value checked (`data`, `total.shape`). */
  value?: string;
  /** How messages name the value (default: the expression in backticks). */
  label?: string;
  /** The teacher's copy: an expression for the expected value (may use setup cells' variables, never the student's). */
  expected?: string;
  /** The student's copy: `sha256:<hex>` of the salt and the expected value's canonical form... */
  hash?: string;
  /** ...and of its shape alone (so a message can say "wrong shape"). */
  shape_hash?: string;
  salt?: string;
  /** A student copy of a notebook with variants (variants.ts): the hashes of each variant's expected value, in variant order (then `hash` and `shape_hash` are absent). */
  variant_hashes?: { hash: string; shape_hash: string }[];
  /** Floats are compared after np.round(x, decimals) (default 6). */
  decimals?: number;
  /** What of the dtype counts (default 'kind': bool / int / float). */
  dtype?: DtypeRule;
  /** A check as TypeScript: fails by throwing (np.testing asserts, `check.fail`, `check.that`). Visible to students. */
  code?: string;
  /** Said instead of the computed message when it fails. */
  message?: string;
}

export interface ExerciseSpec {
  /** Unique in the notebook: what the state, the log and a teacher's table name. */
  id: string;
  title: string;
  /** The student's cell as given: unchanged means "not attempted". */
  starter: string;
  checks: CheckSpec[];
  /** Markdown, revealed one at a time. */
  hints: string[];
  /** Source of a solution (absent from a student copy). */
  solution?: string;
}

export type Status = 'not-attempted' | 'attempted' | 'correct';
export type Verdict = 'correct' | 'not-yet' | 'not-attempted';

export interface CheckOutcome {
  name: string;
  passed: boolean;
  points: number;
  max: number;
  message: string;
}

export interface LogEntry {
  /** ISO time. */
  at: string;
  event: 'check' | 'hint' | 'solution' | 'submit';
  verdict?: Verdict;
  points?: number;
  max?: number;
  /** The hint number (1-based) for a hint. */
  hint?: number;
}

export interface ExerciseState {
  status: Status;
  /** The last check's result (null before any). */
  verdict: Verdict | null;
  /** The last check's message: what is wrong and where ('' when correct). */
  message: string;
  results: CheckOutcome[];
  points: number;
  max: number;
  checks: number;
  hints: number;
  solution_viewed: boolean;
  first_check?: string;
  last_check?: string;
  correct_at?: string;
  solution_at?: string;
  log: LogEntry[];
}

export const NUMBOOK = 'numbook';

type Meta = Record<string, unknown>;
const numbookOf = (c: Cell): Meta => (c.metadata?.[NUMBOOK] && typeof c.metadata[NUMBOOK] === 'object' ? (c.metadata[NUMBOOK] as Meta) : {});

/** The exercise a code cell is the student's cell of, or null. */
export function exerciseOf(c: Cell): ExerciseSpec | null {
  if (c.cell_type !== 'code') return null;
  const e = numbookOf(c).exercise as Partial<ExerciseSpec> | undefined;
  if (!e || typeof e !== 'object' || typeof e.id !== 'string' || !Array.isArray(e.checks)) return null;
  return { ...e, id: e.id, checks: e.checks, title: e.title ?? e.id, starter: e.starter ?? '', hints: Array.isArray(e.hints) ? e.hints : [] };
}

/** The exercise a markdown cell introduces, or null. */
export function promptOf(c: Cell): string | null {
  const p = numbookOf(c).exercise_prompt;
  return typeof p === 'string' ? p : null;
}

export function maxPoints(spec: ExerciseSpec): number {
  return spec.checks.reduce((s, c) => s + (c.points ?? 1), 0);
}

export function emptyState(spec: ExerciseSpec): ExerciseState {
  return { status: 'not-attempted', verdict: null, message: '', results: [], points: 0, max: maxPoints(spec), checks: 0, hints: 0, solution_viewed: false, log: [] };
}

/** The student's state of a cell's exercise (a fresh one when none was saved). */
export function stateOf(c: Cell): ExerciseState | null {
  const spec = exerciseOf(c);
  if (!spec) return null;
  const s = numbookOf(c).exercise_state as Partial<ExerciseState> | undefined;
  const base = emptyState(spec);
  return s && typeof s === 'object' ? { ...base, ...s, log: Array.isArray(s.log) ? s.log : [] } : base;
}

function withNumbook<C extends Cell>(c: C, update: (n: Meta) => Meta): C {
  return { ...c, metadata: { ...c.metadata, [NUMBOOK]: update({ ...numbookOf(c) }) } };
}

export function withState<C extends Cell>(c: C, state: ExerciseState | null): C {
  return withNumbook(c, (n) => {
    if (state) n.exercise_state = state;
    else delete n.exercise_state;
    return n;
  });
}

export function withSpec<C extends Cell>(c: C, spec: ExerciseSpec): C {
  return withNumbook(c, (n) => ({ ...n, exercise: spec }));
}

/** Makes `cell` the student's cell of `spec` (its source becomes the starter), and `prompt` its prompt. */
export function makeExercise(prompt: Cell, cell: CodeCell, spec: Omit<ExerciseSpec, 'starter'> & { starter?: string }): [Cell, CodeCell] {
  const full: ExerciseSpec = { ...spec, starter: spec.starter ?? cell.source };
  return [withNumbook(prompt, (n) => ({ ...n, exercise_prompt: spec.id })), { ...withSpec(cell, full), source: full.starter }];
}

/** The student's code compared with the starter, ignoring trailing spaces and blank lines. */
export function isUnchanged(source: string, starter: string): boolean {
  const norm = (s: string) => s.replace(/[ \t]+$/gm, '').replace(/\s+$/, '').replace(/^\s*\n/, '');
  return norm(source) === norm(starter);
}

/** The notebook's exercises in order: the student's cell and its spec. */
export function exercisesIn(nb: Notebook): { cell: CodeCell; spec: ExerciseSpec }[] {
  const out: { cell: CodeCell; spec: ExerciseSpec }[] = [];
  for (const c of nb.cells) {
    const spec = exerciseOf(c);
    if (spec) out.push({ cell: c as CodeCell, spec });
  }
  return out;
}

export interface Progress {
  total: number;
  done: number;
  attempted: number;
  points: number;
  max: number;
  hints: number;
  solutions: number;
}

/** Done / total and points of the notebook's exercises (from their saved states). */
export function progressOf(nb: Notebook): Progress {
  const p: Progress = { total: 0, done: 0, attempted: 0, points: 0, max: 0, hints: 0, solutions: 0 };
  for (const { cell, spec } of exercisesIn(nb)) {
    const s = stateOf(cell)!;
    p.total++;
    p.max += maxPoints(spec);
    p.points += s.status === 'not-attempted' ? 0 : s.points;
    if (s.status === 'correct') p.done++;
    if (s.status !== 'not-attempted') p.attempted++;
    p.hints += s.hints;
    if (s.solution_viewed) p.solutions++;
  }
  return p;
}
