/**
 * "Export for students": the student's copy of an exercise notebook.
 *
 * - every solution is removed, and every student's cell is reset to its starter;
 * - every expected value a check compares against is replaced by a salted SHA-256 of its
 *   canonical form (shape, dtype kind, values rounded to the check's decimals:
 *   kernel/exercises/canonical.ts) and of its shape alone, with a fresh random salt per
 *   check: the copy's source does not hand out the answers, and its checks give the same
 *   results and messages as the teacher's;
 * - every output is cleared (a teacher's run would show the answers), progress is reset.
 *
 * Checks written as code stay as they are: they are visible to students, so they should
 * not contain answers. The hashes are computed in the kernel, which must have run the
 * setup cells the expected expressions read (`evaluate` runs them first).
 *
 * Honestly: this is tamper-evident, not secure. The checks run in the student's browser,
 * so a student can read them, change them or try values against a hash.
 */
import type { Notebook } from '../notebook/notebook-model';
import { exerciseOf, withSpec, withState, type CheckSpec, type ExerciseSpec } from './format';
import { hashProgram } from './program';
import { variantsOf } from './variants';

/** A fresh random salt: 16 bytes as hex. */
export function newSalt(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * Runs a hash program in the kernel and gives back its hashes, in order: after setting
 * `variant` (variants.ts) when the notebook has variants, and running the setup cells.
 */
export type HashEvaluator = (program: string, variant: number | null) => Promise<{ hash: string; shape_hash: string }[]>;

/** The checks of every exercise whose expected values must be hashed. */
function toHash(nb: Notebook): { cellId: string; index: number; check: CheckSpec }[] {
  const out: { cellId: string; index: number; check: CheckSpec }[] = [];
  for (const c of nb.cells) {
    const spec = exerciseOf(c);
    if (!spec) continue;
    spec.checks.forEach((check, index) => {
      if (check.expected !== undefined) out.push({ cellId: c.id, index, check });
    });
  }
  return out;
}

/** The student's copy of `nb` (see above); `salt` is replaceable for tests. */
export async function studentCopy(nb: Notebook, evaluate: HashEvaluator, salt: () => string = newSalt): Promise<Notebook> {
  const items = toHash(nb).map((it) => ({ ...it, salt: salt() }));
  const evaluated = async (variant: number | null) => {
    const hashes = items.length ? await evaluate(hashProgram(items), variant) : [];
    if (hashes.length !== items.length) throw new Error(`expected ${items.length} hashes, got ${hashes.length}`);
    return hashes;
  };
  // With variants, every variant's expected values, in turn (the same salt for all of a check's).
  const n = variantsOf(nb);
  let perVariant: { hash: string; shape_hash: string }[][] | null = null;
  if (n) {
    perVariant = [];
    for (let v = 0; v < n; v++) perVariant.push(await evaluated(v));
  }
  const hashes = perVariant ? [] : await evaluated(null);
  const byCell = new Map<string, Map<number, CheckSpec>>();
  items.forEach((it, i) => {
    const { expected: _expected, ...rest } = it.check;
    const m = byCell.get(it.cellId) ?? new Map<number, CheckSpec>();
    m.set(it.index, perVariant ? { ...rest, variant_hashes: perVariant.map((h) => h[i]), salt: it.salt } : { ...rest, ...hashes[i], salt: it.salt });
    byCell.set(it.cellId, m);
  });
  const cells = nb.cells.map((c) => {
    const spec = exerciseOf(c);
    if (c.cell_type !== 'code') return c;
    const cleared = { ...c, outputs: [], execution_count: null };
    if (!spec) return cleared;
    const hashed = byCell.get(c.id);
    const { solution: _solution, ...rest } = spec;
    const studentSpec: ExerciseSpec = { ...rest, checks: spec.checks.map((k, i) => hashed?.get(i) ?? k) };
    return withState(withSpec({ ...cleared, source: spec.starter }, studentSpec), null);
  });
  const { submission: _s, ...numbook } = (nb.metadata.numbook ?? {}) as Record<string, unknown>;
  return { ...nb, cells, metadata: { ...nb.metadata, numbook: { ...numbook, student_copy: { made: new Date().toISOString() } } as NonNullable<Notebook['metadata']['numbook']> } };
}

/** True when no check of `nb` still holds an expected expression or a solution (what a student copy must be). */
export function isStudentCopy(nb: Notebook): boolean {
  return nb.cells.every((c) => {
    const spec = exerciseOf(c);
    return !spec || (spec.solution === undefined && spec.checks.every((k) => k.expected === undefined));
  });
}
