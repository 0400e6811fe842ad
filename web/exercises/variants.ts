/**
 * Per-student variants (PrairieLearn's idea, kept small): a notebook that declares
 * `metadata.numbook.variants = N` gives each student one of N variants, chosen from the
 * name (or id) they type in the exercise bar. Cells read it as the global `variant`
 * (0 ≤ variant < N), set in the kernel before the setup cells run: a setup cell makes the
 * student's numbers from it (`const rng = np.random.default_rng(variant)`), and the
 * expected expressions, reading those, follow. The teacher's copy computes expected values
 * in the kernel as usual; the student copy stores the hashes of every variant's expected
 * values (computed at export, variant by variant), and a check compares with its
 * student's; the teacher's re-check derives each submission's variant from its name.
 *
 * Limits (honestly): the variant comes from a name the student types, so two students can
 * pick the same one, and a student can try another name; N is small because every
 * variant's hashes are stored; the variant is the same for all exercises of the notebook.
 */
import type { Notebook } from '../notebook/notebook-model';

/** The notebook's number of variants, or null when it has none (at most 1000: each has its hashes stored). */
export function variantsOf(nb: Notebook): number | null {
  const n = (nb.metadata.numbook as { variants?: unknown } | undefined)?.variants;
  return typeof n === 'number' && Number.isInteger(n) && n > 1 && n <= 1000 ? n : null;
}

/** A student's variant: FNV-1a of the name (trimmed, lower case), modulo the count. */
export function variantFor(name: string, count: number): number {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(name.trim().toLowerCase())) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h % count;
}

/** What sets `variant` in the kernel (run without history, before the setup cells). */
export const variantProgram = (v: number) => `var variant: number = ${v};`;

export const NO_NAME_MESSAGE = 'this notebook gives each student their own numbers: type your name (or id) in the bar at the top first, then Check';
