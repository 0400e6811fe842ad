/**
 * Authoring (web/exercises/roles.ts): a code cell made a student's cell gets a draft
 * exercise (its code the solution, a check per top-level name whose expected value never
 * reads the student's names, a starter of nulls), the markdown above becomes its prompt;
 * back to code restores the solution; a prompt needs an exercise below. The form refuses
 * what cannot be saved (nb-exercise-editor.ts specProblem).
 */
import { describe, it, expect } from 'vitest';
import { newCell, newNotebook, type Notebook } from '../../../web/notebook/notebook-model';
import { exerciseOf, promptOf } from '../../../web/exercises/format';
import { draftExercise, roleOf, setRole } from '../../../web/exercises/roles';
import { specProblem } from '../../../web/exercises/nb-exercise-editor';

const SOLUTION = 'const xs = np.arange(5);\nconst doubled = xs * 2; // twice\nlet total = doubled\n  .sum();';

describe('exercise roles', () => {
  it('drafts an exercise from the solution: checks per name, expected values that never read the student\'s names', () => {
    const d = draftExercise(SOLUTION, 'Doubling!', new Set(['doubling']));
    expect(d.id).toBe('doubling-2');
    expect(d.starter).toBe(['xs', 'doubled', 'total'].map((n) => `const ${n} = null; // replace null with your answer`).join('\n'));
    expect(d.checks.map((k) => [k.value, k.expected])).toEqual([
      ['xs', 'np.arange(5)'],
      // It reads `xs`, which the student's cell defines: the solution runs in a function of its own.
      ['doubled', `(() => {\n${SOLUTION}\nreturn doubled;\n})()`],
      ['total', `(() => {\n${SOLUTION}\nreturn total;\n})()`],
    ]);
    expect(d.solution).toBe(SOLUTION);
    expect(draftExercise('print(1)', '', new Set()).checks).toHaveLength(1);
  });

  it('makes a code cell a student cell with the markdown above as its prompt, and back', () => {
    const nb: Notebook = newNotebook([newCell('markdown', '### Exercise 3: Doubling\n\nDouble it.'), newCell('code', SOLUTION), newCell('code', 'print(1)')]);
    const [md, code] = nb.cells;
    expect(nb.cells.map(roleOf)).toEqual(['text', 'code', 'code']);
    const made = setRole(nb, code.id, 'student') as Notebook;
    expect(made.cells.map(roleOf)).toEqual(['prompt', 'student', 'code']);
    expect(promptOf(made.cells[0])).toBe('doubling');
    expect(exerciseOf(made.cells[1])!.title).toBe('Doubling');
    expect(made.cells[1].source).toBe(exerciseOf(made.cells[1])!.starter);
    expect(made.cells[0].id).toBe(md.id);

    const back = setRole(made, code.id, 'code') as Notebook;
    expect(back.cells.map(roleOf)).toEqual(['text', 'code', 'code']);
    expect(back.cells[1].source).toBe(SOLUTION);
    expect(back.cells[1].metadata).toEqual({});

    // No markdown above: a prompt is added.
    const one = newNotebook([newCell('code', 'const a = 1;')]);
    const withPrompt = setRole(one, one.cells[0].id, 'student') as Notebook;
    expect(withPrompt.cells.map(roleOf)).toEqual(['prompt', 'student']);
  });

  it('a prompt needs an exercise below; a markdown cell cannot be a student cell', () => {
    const nb = newNotebook([newCell('markdown', 'Hello'), newCell('code', 'const a = 1;')]);
    const e = setRole(nb, nb.cells[0].id, 'prompt');
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toBe('a prompt introduces the exercise below it: make the code cell below a student cell first');
    expect((setRole(nb, nb.cells[0].id, 'student') as Error).message).toBe('a markdown cell cannot be a student cell');
  });

  it('the form refuses a spec it cannot save, saying why', () => {
    const d = draftExercise(SOLUTION, 'Doubling', new Set());
    expect(specProblem(d, new Set())).toBeNull();
    expect(specProblem({ ...d, id: 'a b' }, new Set())).toMatch(/^the id is letters/);
    expect(specProblem(d, new Set(['doubling']))).toBe('another exercise already has the id "doubling"');
    expect(specProblem({ ...d, checks: [] }, new Set())).toBe('an exercise needs at least one check');
    expect(specProblem({ ...d, checks: [{ name: 'x', value: 'x', expected: ' ' }] }, new Set())).toBe('check 1 needs a value and an expected value, or code');
    expect(specProblem({ ...d, checks: [{ name: ' ', code: '' }] }, new Set())).toBe('check 1 needs a name (students see it)');
    expect(specProblem({ ...d, checks: [{ name: 'runs', code: '' }] }, new Set())).toBeNull();
  });
});
