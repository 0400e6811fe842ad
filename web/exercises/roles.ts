/**
 * Authoring: the role each cell plays in an exercise notebook, and changing it (the role
 * menu on a teacher's cells). Pure: each change returns a new notebook, or says why not.
 *
 *   code cell:      'code' (setup or any code) | 'student' (the student's cell of an exercise)
 *   markdown cell:  'text' | 'prompt' (introduces the exercise below it)
 *
 * Making a code cell a student's cell drafts its exercise from the cell (draftExercise):
 * the cell's code becomes the solution, its top-level names the checks, a starter with
 * `null` for each; the markdown cell above becomes its prompt. The teacher then edits the
 * draft (nb-exercise-editor.ts). Making it code again puts the solution back as its source.
 */
import { newCell, type Cell, type CodeCell, type Notebook } from '../notebook/notebook-model';
import { exerciseOf, makeExercise, promptOf, withState, NUMBOOK, type CheckSpec, type ExerciseSpec } from './format';

export type Role = 'code' | 'student' | 'text' | 'prompt';

export function roleOf(c: Cell): Role | null {
  if (c.cell_type === 'code') return exerciseOf(c) ? 'student' : 'code';
  if (c.cell_type === 'markdown') return promptOf(c) !== null ? 'prompt' : 'text';
  return null;
}

/** The top-level `const|let|var name = …` of some code, with the text after `=` up to the next one. */
function declarations(source: string): { name: string; rhs: string }[] {
  const out: { name: string; rhs: string }[] = [];
  for (const line of source.split('\n')) {
    const m = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=(?!=)\s*(.*)$/.exec(line);
    if (m) out.push({ name: m[1], rhs: m[2] });
    else if (out.length && !/^\S/.test(line)) out[out.length - 1].rhs += `\n${line}`;
  }
  return out.map((d) => ({ ...d, rhs: d.rhs.trim().replace(/;\s*(\/\/.*)?$/, '').trim() }));
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

/**
 * A draft exercise from a cell's code (the teacher's solution): a value check per top-level
 * name, its expected value the name's expression when it reads no other name the solution
 * declares, else the solution run in a function of its own (so it never reads the
 * student's variables).
 */
export function draftExercise(solution: string, title: string, taken: ReadonlySet<string>): ExerciseSpec {
  const decls = declarations(solution);
  const names = decls.map((d) => d.name);
  const checks: CheckSpec[] = decls.map(({ name, rhs }) => {
    const readsOthers = names.some((n) => n !== name && new RegExp(`(^|[^\\w$.])${n.replace(/\$/g, '\\$')}(?![\\w$])`).test(rhs));
    return { name: `\`${name}\` is right`, value: name, expected: readsOthers || !rhs ? `(() => {\n${solution}\nreturn ${name};\n})()` : rhs };
  });
  let id = slug(title) || 'exercise';
  for (let i = 2; taken.has(id); i++) id = `${slug(title) || 'exercise'}-${i}`;
  return {
    id,
    title,
    starter: decls.length ? names.map((n) => `const ${n} = null; // replace null with your answer`).join('\n') : '// your code here',
    checks: checks.length ? checks : [{ name: 'your code runs', code: "check.that(true, '');" }],
    hints: [],
    solution,
  };
}

function without<C extends Cell>(c: C, key: string): C {
  const n = { ...((c.metadata[NUMBOOK] as Record<string, unknown> | undefined) ?? {}) };
  delete n[key];
  const metadata = { ...c.metadata };
  if (Object.keys(n).length) metadata[NUMBOOK] = n;
  else delete metadata[NUMBOOK];
  return { ...c, metadata };
}

const headingOf = (md: string) => /^#+\s*(.+)$/m.exec(md)?.[1].replace(/^Exercise\s*\d*\s*:\s*/i, '').trim() ?? '';

/** The notebook with cell `id` in `role`, or an error saying why it cannot be. */
export function setRole(nb: Notebook, id: string, role: Role): Notebook | Error {
  const i = nb.cells.findIndex((c) => c.id === id);
  const cell = nb.cells[i];
  if (!cell || roleOf(cell) === role) return nb;
  const cells = [...nb.cells];
  const taken = new Set(nb.cells.map((c) => exerciseOf(c)?.id).filter((x): x is string => !!x));
  if (role === 'student' && cell.cell_type === 'code') {
    const above = cells[i - 1];
    const prompt = above?.cell_type === 'markdown' && promptOf(above) === null ? above : null;
    const spec = draftExercise(cell.source, (prompt && headingOf(prompt.source)) || `Exercise ${taken.size + 1}`, taken);
    const [p, c] = makeExercise(prompt ?? newCell('markdown', `### ${spec.title}\n\nWhat the student should do.`), cell, spec);
    if (prompt) cells.splice(i - 1, 2, p, c);
    else cells.splice(i, 1, p, c);
    return { ...nb, cells };
  }
  if (role === 'code' && cell.cell_type === 'code') {
    const spec = exerciseOf(cell)!;
    cells[i] = { ...(without(withState(cell, null), 'exercise') as CodeCell), source: spec.solution ?? cell.source };
    const p = cells.findIndex((c) => promptOf(c) === spec.id);
    if (p >= 0) cells[p] = without(cells[p], 'exercise_prompt');
    return { ...nb, cells };
  }
  if (role === 'prompt' && cell.cell_type === 'markdown') {
    const next = cells.slice(i + 1).find((c) => c.cell_type === 'code');
    const spec = next && exerciseOf(next);
    if (!spec) return new Error('a prompt introduces the exercise below it: make the code cell below a student cell first');
    cells[i] = { ...cell, metadata: { ...cell.metadata, [NUMBOOK]: { ...((cell.metadata[NUMBOOK] as object) ?? {}), exercise_prompt: spec.id } } };
    return { ...nb, cells };
  }
  if (role === 'text' && cell.cell_type === 'markdown') {
    cells[i] = without(cell, 'exercise_prompt');
    return { ...nb, cells };
  }
  return new Error(`a ${cell.cell_type} cell cannot be ${role === 'student' ? 'a student cell' : `a ${role} cell`}`);
}
