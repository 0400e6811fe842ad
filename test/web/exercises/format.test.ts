/**
 * The exercise format in cell metadata (web/exercises/format.ts) and the state
 * transitions (state.ts): read and written under `numbook`, kept by an .ipynb export and
 * import, "not attempted" when the starter is unchanged, progress summed over the notebook.
 */
import { describe, it, expect } from 'vitest';
import { newCell, newNotebook, type CodeCell } from '../../../web/notebook/notebook-model';
import { exerciseOf, emptyState, exercisesIn, isUnchanged, makeExercise, progressOf, promptOf, stateOf, withState, type ExerciseSpec } from '../../../web/exercises/format';
import { recordCheck, recordHint, recordSolution, summarize } from '../../../web/exercises/state';
import { exportIpynb } from '../../../web/sharing/ipynb-export';
import { importIpynb } from '../../../web/sharing/ipynb-import';
import { checkProgram } from '../../../web/exercises/program';

const spec: Omit<ExerciseSpec, 'starter'> = {
  id: 'q1',
  title: 'Evens',
  checks: [{ name: 'evens', value: 'evens', expected: 'np.arange(0, 20, 2)' }, { name: 'grid', value: 'grid', expected: 'np.zeros([3, 4])', points: 2 }],
  hints: ['one', 'two', 'three'],
  solution: 'const evens = np.arange(0, 20, 2);',
};

function notebook() {
  const [prompt, cell] = makeExercise(newCell('markdown', '### Evens'), newCell('code', 'const evens = null;') as CodeCell, spec);
  return newNotebook([prompt, cell, newCell('code', 'print(1)')]);
}

describe('exercise format', () => {
  it('reads and writes the exercise and its state in cell metadata, through .ipynb', () => {
    const nb = notebook();
    const [prompt, cell, other] = nb.cells;
    expect(promptOf(prompt)).toBe('q1');
    expect(exerciseOf(cell)).toEqual({ ...spec, starter: 'const evens = null;' });
    expect(exerciseOf(other)).toBeNull();
    expect(stateOf(cell)).toEqual(emptyState(exerciseOf(cell)!));
    expect(stateOf(cell)!.max).toBe(3);

    const t = new Date('2025-01-02T03:04:05.000Z');
    const state = recordHint(recordCheck(stateOf(cell)!, { verdict: 'not-yet', message: 'no', results: [], points: 1, max: 3 }, t), exerciseOf(cell)!, t);
    const saved = { ...nb, cells: [prompt, withState(cell, state), other] };
    const back = importIpynb(exportIpynb(saved));
    expect(back.cells[1].metadata).toEqual(saved.cells[1].metadata);
    expect(stateOf(back.cells[1])).toEqual(state);
    expect(state.log).toEqual([
      { at: '2025-01-02T03:04:05.000Z', event: 'check', verdict: 'not-yet', points: 1, max: 3 },
      { at: '2025-01-02T03:04:05.000Z', event: 'hint', hint: 1 },
    ]);
    expect(exercisesIn(back).map((e) => e.spec.id)).toEqual(['q1']);
  });

  it('says "not attempted" when the starter is unchanged (trailing spaces and blank lines aside)', () => {
    expect(isUnchanged('const a = null;  \n\n', 'const a = null;')).toBe(true);
    expect(isUnchanged('\nconst a = null;', 'const a = null;')).toBe(true);
    expect(isUnchanged('const a = 1;', 'const a = null;')).toBe(false);
  });

  it('records checks, hints one at a time, the solution once, and sums progress', () => {
    const nb = notebook();
    const cell = nb.cells[1];
    const s0 = stateOf(cell)!;
    const s1 = recordCheck(s0, { verdict: 'not-attempted', message: '', results: [], points: 0, max: 3 });
    expect(s1.status).toBe('not-attempted');
    const results = [
      { name: 'evens', passed: true, points: 1, max: 1, message: '' },
      { name: 'grid', passed: false, points: 0, max: 2, message: '`grid` has the wrong shape' },
    ];
    const sum = summarize(results);
    expect(sum).toEqual({ verdict: 'not-yet', message: '`grid` has the wrong shape. 1/2 checks passed', points: 1, max: 3 });
    const s2 = recordCheck(s1, { ...sum, results });
    expect([s2.status, s2.points, s2.checks]).toEqual(['attempted', 1, 2]);
    let s3 = s2;
    for (let i = 0; i < 5; i++) s3 = recordHint(s3, exerciseOf(cell)!);
    expect(s3.hints).toBe(3);
    expect(s3.log.filter((e) => e.event === 'hint').map((e) => e.hint)).toEqual([1, 2, 3]);
    const s4 = recordSolution(recordSolution(s3));
    expect(s4.solution_viewed).toBe(true);
    expect(s4.log.filter((e) => e.event === 'solution').length).toBe(1);
    const done = recordCheck(s4, { verdict: 'correct', message: '', results, points: 3, max: 3 });
    expect(done.status).toBe('correct');
    expect(done.correct_at).toBeTruthy();
    const p = progressOf({ ...nb, cells: [nb.cells[0], withState(cell, done), nb.cells[2]] });
    expect(p).toEqual({ total: 1, done: 1, attempted: 1, points: 3, max: 3, hints: 3, solutions: 1 });
    expect(progressOf(nb)).toEqual({ total: 1, done: 0, attempted: 0, points: 0, max: 3, hints: 0, solutions: 0 });
  });

  it('builds a check program that declares nothing at top level', () => {
    const p = checkProgram({ ...spec, starter: '' });
    expect(p.startsWith('await __numbook_exercises.run("q1", [')).toBe(true);
    expect(p).toContain('value: () => (\nevens\n)');
    expect(p).toContain('expected: () => (\nnp.arange(0, 20, 2)\n)');
    expect(p).not.toMatch(/^(const|let|var|function|class) /m);
  });
});
