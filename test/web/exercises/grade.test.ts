/**
 * The teacher's re-check (web/exercises/grade.ts) with the real kernel in Node (over a
 * MessageChannel): submissions are graded by running their code against the answer key's
 * checks, whatever their attempt log says; a forged log, changed checks, a cell that runs
 * too long and a file that is not a notebook each show; the table's CSV quotes what it
 * must (grades-csv.ts).
 */
import { describe, it, expect } from 'vitest';
import { kernelOverChannel } from '../../kernel/channel-kernel';
import { newCell, newNotebook, type Cell, type CodeCell, type Notebook } from '../../../web/notebook/notebook-model';
import { exerciseOf, makeExercise, stateOf, withSpec, withState, type ExerciseSpec } from '../../../web/exercises/format';
import { recordCheck, recordHint } from '../../../web/exercises/state';
import { exportIpynb } from '../../../web/sharing/ipynb-export';
import { gradeSubmission, type GradingKernel } from '../../../web/exercises/grade';
import { gradesCsv } from '../../../web/exercises/grades-csv';
import { withStudent } from '../../../web/exercises/student';
import { variantFor, variantProgram, variantsOf } from '../../../web/exercises/variants';
import { studentCopy } from '../../../web/exercises/student-copy';

const { client } = kernelOverChannel();

/** The namespace is Node's global object: a fresh kernel forgets every name cells declared since the start. */
const before = new Set(Object.keys(globalThis));
const kernel: GradingKernel = {
  async fresh() {
    await client.ready;
    for (const k of Object.keys(globalThis)) if (!before.has(k)) delete (globalThis as Record<string, unknown>)[k];
  },
  execute: (code) => client.execute(code, { stopOnError: false }),
  interrupt: () => client.interrupt(),
};

const Q1: Omit<ExerciseSpec, 'starter'> = {
  id: 'doubled',
  title: 'Doubled',
  checks: [
    { name: '`doubled` is base times two', value: 'doubled', expected: 'base * 2' },
    { name: '`doubled` has 5 elements', code: 'check.shape(doubled, [5], "`doubled`");' },
  ],
  hints: ['Multiply.'],
  solution: 'const doubled = base * 2;',
};
const Q2: Omit<ExerciseSpec, 'starter'> = { id: 'total', title: 'Total', checks: [{ name: '`total`', value: 'total', expected: 'base.sum()', points: 2 }], hints: [], solution: 'const total = base.sum();' };

function key(): Notebook {
  const [p1, c1] = makeExercise(newCell('markdown', '### Doubled'), newCell('code', 'const doubled = null;') as CodeCell, Q1);
  const [p2, c2] = makeExercise(newCell('markdown', '### Total'), newCell('code', 'const total = null;') as CodeCell, Q2);
  return newNotebook([newCell('code', 'const base = np.arange(5);'), p1, c1, p2, c2]);
}

/** A student's submission: `answers` by exercise id, `edit` changes a cell (its state, its spec). */
function submission(answers: Record<string, string>, edit: (c: CodeCell, id: string) => Cell = (c) => c): string {
  const nb = key();
  nb.cells = nb.cells.map((c) => {
    const spec = exerciseOf(c);
    if (!spec) return c;
    const answered = answers[spec.id] !== undefined ? { ...(c as CodeCell), source: answers[spec.id] } : (c as CodeCell);
    return edit(answered, spec.id);
  });
  return exportIpynb(nb);
}

const checked = (c: CodeCell, verdict: 'correct' | 'not-yet', points: number) =>
  withState(c, recordCheck(stateOf(c)!, { verdict, message: '', results: [], points, max: stateOf(c)!.max }));

describe('grading submissions', { timeout: 60_000 }, () => {
  it('re-runs each submission against the key: right, partly right, untouched', async () => {
    const right = submission({ doubled: 'const doubled = base * 2;', total: 'const total = base.sum();' }, (c, id) => checked(c, 'correct', id === 'total' ? 2 : 2));
    const g = await gradeSubmission('alice.ipynb', right, key(), kernel);
    expect(g.error).toBeUndefined();
    expect(g.student).toBe('alice');
    expect(g.exercises.map((e) => [e.id, e.status, e.points, e.max, e.agreement])).toEqual([
      ['doubled', 'correct', 2, 2, 'same'],
      ['total', 'correct', 2, 2, 'same'],
    ]);
    expect([g.points, g.max, g.done, g.claimed.points, g.claimed.done]).toEqual([4, 4, 2, 4, 2]);
    expect(g.notes).toEqual([]);

    // A fresh kernel each: `doubled` from alice's run is gone, so bob's untouched q1 cannot borrow it.
    const partial = submission({ doubled: 'const doubled = base * 3;' }, (c, id) => (id === 'doubled' ? withState(c, recordHint(stateOf(c)!, exerciseOf(c)!)) : c));
    const b = await gradeSubmission('bob.ipynb', partial, key(), kernel);
    expect(b.exercises.map((e) => [e.status, e.points, e.agreement])).toEqual([
      ['attempted', 1, 'lower'],
      ['not-attempted', 0, 'same'],
    ]);
    expect(b.exercises[0].message).toBe('`doubled` has the right shape, but not the right values. 1/2 checks passed');
    expect(b.exercises[0].claim).toMatchObject({ status: 'not-attempted', hints: 1 });
    expect(gradesCsv([b]).split('\r\n')[1]).toMatch(/,1,0,$/); // one hint, no solution: they cost no points

    const none = await gradeSubmission('carol.ipynb', submission({}), key(), kernel);
    expect(none.exercises.map((e) => e.status)).toEqual(['not-attempted', 'not-attempted']);
    expect([none.points, none.done]).toEqual([0, 0]);
  });

  it('a forged log and changed checks are flagged; the key grades, not the log', async () => {
    // The log says correct (no check behind it), the checks were cut down to one that passes, the answer is wrong.
    const forged = submission({ doubled: 'const doubled = base;' }, (c, id) => {
      if (id !== 'doubled') return c;
      const spec = exerciseOf(c)!;
      const s = { ...stateOf(c)!, status: 'correct' as const, verdict: 'correct' as const, points: 2 };
      return withState(withSpec(c, { ...spec, checks: [spec.checks[1]] }), s);
    });
    const g = await gradeSubmission('mallory.ipynb', exportIpynb(withStudent((await import('../../../web/sharing/ipynb-import')).importIpynb(forged), 'Mallory')), key(), kernel);
    expect(g.student).toBe('Mallory');
    const d = g.exercises[0];
    expect([d.status, d.points, d.agreement]).toEqual(['attempted', 1, 'higher']);
    expect(d.notes).toEqual(["its checks differ from the answer key's (graded with the key's)", 'the log says correct, but records no check that passed']);
    expect(g.claimed.points).toBeGreaterThan(g.points);

    const csv = gradesCsv([g]);
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('student,file,submitted_at,doubled state,doubled points,doubled log,total state,total points,total log,points,max,done,log points,log done,hints,solutions viewed,notes');
    expect(row.startsWith('Mallory,mallory.ipynb,,attempted,1,correct 2/2,not-attempted,0,not-attempted 0/2,1,4,0,2,1,0,0,')).toBe(true);
    expect(row).toContain('doubled: the log claims more than the re-check (correct 2/2)');
  });

  it('without a key, the submission is checked with its own checks and says so', async () => {
    const g = await gradeSubmission('dave.ipynb', submission({ total: 'const total = base.sum();' }), null, kernel);
    expect(g.exercises.map((e) => [e.status, e.points])).toEqual([['not-attempted', 0], ['correct', 2]]);
    expect(g.notes[0]).toMatch(/no answer key/);
  });

  it('a cell that raises, one that runs too long, and a file that is not a notebook', async () => {
    const bad = submission({ doubled: 'const doubled = base.nope();', total: 'while (true) await new Promise((r) => setTimeout(r, 5));\nconst total = 10;' });
    const g = await gradeSubmission('erin.ipynb', bad, key(), kernel, { timeoutMs: 1500 });
    expect(g.exercises[0].message).toMatch(/^your cell raised TypeError: .*nope/);
    expect(g.exercises[1]).toMatchObject({ status: 'attempted', points: 0, message: 'your cell ran longer than 1.5 s and was stopped' });
    const junk = await gradeSubmission('notes.ipynb', 'not json', key(), kernel);
    expect(junk.error).toMatch(/^not a notebook/);
    expect(gradesCsv([junk]).split('\r\n')[1]).toMatch(/^notes,notes\.ipynb,/);
  });

  it('CSV: quotes commas and quotes, and keeps a name from being read as a formula', () => {
    const g = { file: 'a,b.ipynb', student: '=HYPERLINK("x")', submittedAt: null, exercises: [], done: 0, points: 0, max: 0, claimed: { done: 0, points: 0 }, notes: ['say "hi"'] };
    expect(gradesCsv([g]).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")","a,b.ipynb",,0,0,0,0,0,0,0,"say ""hi"""`);
  });

  it('per-student variants: the variant comes from the name; the student copy holds every variant\'s hashes; the re-check uses the submission\'s', async () => {
    // FNV-1a of the trimmed, lower-cased name: the published test vector for "foobar".
    expect(variantFor(' FooBar ', 2 ** 32)).toBe(0xbf9cf968);
    const key = newNotebook([newCell('code', 'const rng = np.random.default_rng(variant);\nconst data = rng.integers(0, 100, 5);')]);
    const [p, c] = makeExercise(newCell('markdown', '### Total'), newCell('code', 'const total = null;') as CodeCell, { id: 'total', title: 'Total', hints: [], checks: [{ name: '`total`', value: 'total', expected: 'data.sum()' }], solution: 'const total = data.sum();' });
    key.cells.push(p, c);
    key.metadata.numbook = { variants: 3 } as never;
    expect(variantsOf(key)).toBe(3);
    const names = ['Ada', 'Ben', 'Cy', 'Dee', 'Eve'];
    const [a, b] = names.filter((n, i) => names.findIndex((m) => variantFor(m, 3) === variantFor(n, 3)) === i);
    expect(variantFor(a, 3)).not.toBe(variantFor(b, 3));

    // Each variant's data and answer, from the kernel.
    const sums: number[] = [];
    for (let v = 0; v < 3; v++) {
      await kernel.fresh();
      await client.execute(variantProgram(v));
      await client.execute(key.cells[0].source);
      sums.push(Number((((await client.execute('data.sum()')).outputs[0]) as { data: Record<string, string> }).data['text/plain']));
    }
    expect(new Set(sums).size).toBe(3);

    const named = (name: string | null, answer: string) => {
      const nb = structuredClone(key);
      nb.cells[2] = { ...nb.cells[2], source: answer } as Cell;
      return exportIpynb(name ? withStudent(nb, name) : nb);
    };
    // `a` computes it: right for a's variant. `b` types a's number: wrong for b's.
    const ga = await gradeSubmission('a.ipynb', named(a, 'const total = data.sum();'), key, kernel);
    expect(ga.exercises[0].status).toBe('correct');
    const gb = await gradeSubmission('b.ipynb', named(b, `const total = ${sums[variantFor(a, 3)]};`), key, kernel);
    expect(gb.exercises[0].status).toBe('attempted');
    const gb2 = await gradeSubmission('b.ipynb', named(b, `const total = ${sums[variantFor(b, 3)]};`), key, kernel);
    expect(gb2.exercises[0].status).toBe('correct');
    const none = await gradeSubmission('x.ipynb', named(null, `const total = ${sums[0]};`), key, kernel);
    expect([none.exercises[0].status, none.notes]).toEqual(['correct', ['no student name in the submission: graded as variant 0']]);

    // The student copy: every variant's hashes, each student's check against their own.
    const copy = await studentCopy(key, async (program, variant) => {
      await kernel.fresh();
      await client.execute(variantProgram(variant!));
      await client.execute(key.cells[0].source);
      return (await client.execute(program)).outputs.flatMap((o) => (o.type === 'result' ? [(o.data['application/vnd.numbook.exercise-report+json'] as { hashes: { hash: string; shape_hash: string }[] }).hashes] : []))[0];
    });
    const spec = exerciseOf(copy.cells[2])!;
    expect(spec.checks[0]).not.toHaveProperty('expected');
    expect(spec.checks[0]).not.toHaveProperty('hash');
    expect(spec.checks[0].variant_hashes!.map((h) => h.hash.slice(0, 7))).toEqual(['sha256:', 'sha256:', 'sha256:']);
    const studentGrade = async (name: string, answer: string) => (await gradeSubmission('s.ipynb', exportIpynb(withStudent({ ...copy, cells: copy.cells.map((x, i) => (i === 2 ? ({ ...x, source: answer } as Cell) : x)) }, name)), null, kernel)).exercises[0].status;
    expect(await studentGrade(b, `const total = ${sums[variantFor(b, 3)]};`)).toBe('correct');
    expect(await studentGrade(b, `const total = ${sums[variantFor(a, 3)]};`)).toBe('attempted');
  });
});
