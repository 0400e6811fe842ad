/**
 * The TypeScript the page sends to the kernel to check an exercise, after the student's
 * cell has run there: each check becomes an entry whose value, expected value or code is a
 * function over the notebook's variables, handed to `__numbook_exercises.run`
 * (kernel/exercises/check.ts), whose report comes back as the program's result. The
 * program declares nothing at top level, so it leaves the student's namespace as it was
 * (apart from `_`, IPython's last result).
 */
import type { CheckSpec, ExerciseSpec } from './format';

/** The check's JSON fields (no expressions, no code). */
function fields(c: CheckSpec): string {
  const { name, points, label, hash, shape_hash, salt, decimals, dtype, message, value } = c;
  const o: Record<string, unknown> = { name, points, hash, shape_hash, salt, decimals, dtype, message, label: label ?? (value !== undefined ? `\`${value.trim()}\`` : undefined) };
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return JSON.stringify(o);
}

/** An expression as a function body, on its own lines (a trailing `//` comment stays harmless). */
const fn = (expr: string) => `() => (\n${expr}\n)`;

function entry(c: CheckSpec): string {
  if (c.code !== undefined) return `{...${fields(c)}, code: async (check: any) => {\n${c.code}\n}}`;
  if (c.value === undefined) throw new Error(`check "${c.name}" has neither code nor a value`);
  // A student copy with variants: the hashes of the student's variant (the kernel's `variant`, set before the setup cells).
  const hashes = c.variant_hashes ? `, ...(${JSON.stringify(c.variant_hashes)})[variant]` : '';
  return `{...${fields(c)}${hashes}, value: ${fn(c.value)}${c.expected !== undefined && !c.hash && !c.variant_hashes ? `, expected: ${fn(c.expected)}` : ''}}`;
}

/** The program that checks `spec` (run after the student's cell, in the same kernel). */
export function checkProgram(spec: ExerciseSpec): string {
  return `await __numbook_exercises.run(${JSON.stringify(spec.id)}, [\n${spec.checks.map(entry).join(',\n')}\n]);`;
}

/** The program that hashes the expected values of `checks` (each with its salt) for a student copy. */
export function hashProgram(checks: { salt: string; check: CheckSpec }[]): string {
  const items = checks.map(({ salt, check }) => `{salt: ${JSON.stringify(salt)}, decimals: ${JSON.stringify(check.decimals ?? 6)}, dtype: ${JSON.stringify(check.dtype ?? 'kind')}, expected: ${fn(check.expected!)}}`);
  return `await __numbook_exercises.hashes([\n${items.join(',\n')}\n]);`;
}

export const REPORT_MIME = 'application/vnd.numbook.exercise-report+json';
