/**
 * Every exercise of the shipped "Exercises: A Visual Intro to NumPy" notebook, run in the
 * kernel's executor in Node (setup cells first, as the page does): its starter is "not
 * attempted" and fails its checks; its solution passes every check; a plausible wrong
 * answer fails with a message that does not show the expected value. The same again with
 * the student copy (expected values replaced by salted hashes): same results, same
 * messages, and no expected expression or solution left in it.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeRunner } from '../cells';
import { provide } from '../../../kernel/scope';
import { check, exercisesRuntime } from '../../../kernel/exercises/check';
import { decodeWav } from '../../../runtime/wav';
import { np } from '../../../runtime/index';
import { NDArray } from '../../../runtime/ndarray';
import { importIpynb } from '../../../web/sharing/ipynb-import';
import { exercisesIn, isUnchanged, type ExerciseSpec } from '../../../web/exercises/format';
import { checkProgram } from '../../../web/exercises/program';
import { studentCopy, isStudentCopy } from '../../../web/exercises/student-copy';
import { summarize } from '../../../web/exercises/state';
import { exportIpynb } from '../../../web/sharing/ipynb-export';
import type { CheckReport } from '../../../web/exercises/report';
import { decodePng } from './png';

const DIR = 'notebooks/exercises-visual-numpy';
const nb = importIpynb(readFileSync(path.join(DIR, 'exercises-visual-numpy.ipynb'), 'utf8'));
const file = (p: string) => readFileSync(path.join(DIR, p));

/** A plausible wrong answer per exercise (what a learner might write). */
const WRONG: Record<string, string> = {
  'creating-arrays': 'const evens = np.arange(0, 18, 2);\nconst grid = np.zeros([4, 3]);',
  'miles-to-km': 'const miles = np.array([1, 2, 3, 10]);\nconst km = miles / 1.6;',
  'broadcast-row': 'const scores = np.array([[70, 80, 90], [60, 75, 85], [88, 92, 79], [55, 65, 95]]);\nconst bonus = np.array([5, 0, 2]);\nconst curved = scores + 5;',
  indexing: 'const temps = np.array([12.5, 14.0, 13.2, 15.8, 17.1, 16.4, 11.9]);\nconst firstThree = temps.get("1:3");\nconst sunday = temps[0];',
  aggregation: 'const sales = np.array([120, 95, 143, 80, 101]);\nconst total = sales.sum();\nconst average = total / 4;\nconst best = sales.min();',
  'matrix-axis': 'const heights = np.array([[12, 20], [15, 18], [9, 25]]);\nconst tallestPerWeek = heights.max({axis: 1});',
  'dot-product': 'const prices = np.array([250, 120, 99]);\nconst quantities = np.array([2, 5, 10]);\nconst cost = prices * quantities;',
  reshape: 'const six = np.arange(1, 7);\nconst tall = six.reshape(2, 3);\nconst flat = six.reshape(2, 3);',
  mse: 'const predictions = np.array([2.5, 0.0, 2.1, 7.8]);\nconst labels = np.array([3.0, -0.5, 2.0, 7.5]);\nconst mse = np.mean(predictions - labels);',
  image: 'const corner = scene.get(":64, :48");\nconst mirrored = scene.get("::-1");\nconst gray = scene.mean({axis: 0});',
  audio: 'const firstSecond = samples.get(":4410");\nconst loudest = samples.max();',
  'token-ids': 'const quoteIds = np.arange(quoteTokens.length);',
};

const runner = makeRunner();

async function run(code: string): Promise<void> {
  const r = await runner.run(code);
  if (r.status !== 'ok') throw new Error(`${code}\n${r.error!.traceback.join('\n')}`);
}

async function checkWith(spec: ExerciseSpec): Promise<CheckReport> {
  // As the page gets it: the report's JSON.
  return JSON.parse(JSON.stringify(await runner.value(checkProgram(spec)))) as CheckReport;
}

/** Texts that would show the expected value: its NumPy str and repr, its number, its first elements. */
async function expectedTexts(expr: string): Promise<string[]> {
  const v = await runner.value(`(${expr})`);
  if (typeof v === 'number') return [String(v), String(Math.round(v * 1000) / 1000)];
  if (v instanceof NDArray) {
    const flat = (v.flatten().tolist() as number[]).slice(0, 4);
    return [String(v), np.array_repr(v), flat.join(', '), flat.join(' ')].filter((t) => t.length > 2);
  }
  return [String(v)];
}

beforeAll(async () => {
  provide('check', check);
  provide('__numbook_exercises', exercisesRuntime);
  const local = (p: string) => p.replace('../visual-numpy/data/', '');
  const data = (p: string) => readFileSync(path.join('notebooks/visual-numpy/data', local(p)));
  provide('loadImage', async (p: string) => decodePng(new Uint8Array(data(p))));
  provide('loadAudio', async (p: string) => decodeWav(new Uint8Array(data(p)), p));
  provide('loadText', async (p: string) => data(p).toString('utf8'));
  // The setup cells (every code cell that is not an exercise), as the page runs them before a check.
  for (const c of nb.cells) if (c.cell_type === 'code' && !exercisesIn({ ...nb, cells: [c] }).length) await run(c.source);
});

const exercises = exercisesIn(nb);

describe('the shipped exercise notebook', { timeout: 120_000 }, () => {
  it('has twelve exercises, each with a prompt, checks, two or three hints and a solution', () => {
    expect(exercises.length).toBe(12);
    expect(new Set(exercises.map((e) => e.spec.id)).size).toBe(12);
    for (const { cell, spec } of exercises) {
      const i = nb.cells.indexOf(cell);
      expect(nb.cells[i - 1].metadata.numbook).toEqual({ exercise_prompt: spec.id });
      expect(spec.checks.length).toBeGreaterThan(0);
      expect(spec.hints.length).toBeGreaterThanOrEqual(2);
      expect(spec.hints.length).toBeLessThanOrEqual(3);
      expect(spec.solution).toBeTruthy();
      expect(cell.source).toBe(spec.starter);
      expect(isUnchanged(cell.source + '\n\n', spec.starter)).toBe(true);
      expect(WRONG[spec.id]).toBeTruthy();
    }
  });

  for (const { spec } of exercises) {
    it(`${spec.id}: the starter fails, the solution passes, a wrong answer fails without showing the answer`, async () => {
      await run(spec.starter);
      const starter = await checkWith(spec);
      expect(starter.passed).toBeLessThan(starter.total);

      await run(spec.solution!);
      const good = await checkWith(spec);
      expect(good.results.filter((r) => !r.passed)).toEqual([]);
      expect(good.points).toBe(good.max);
      expect(summarize(good.results).verdict).toBe('correct');

      await run(WRONG[spec.id]);
      const bad = await checkWith(spec);
      const s = summarize(bad.results);
      expect(s.verdict).toBe('not-yet');
      expect(s.message.length).toBeGreaterThan(10);
      const forbidden = (await Promise.all(spec.checks.filter((c) => c.expected).map((c) => expectedTexts(c.expected!)))).flat();
      for (const r of bad.results) for (const t of forbidden) expect(r.message, `${spec.id}: "${r.message}" shows ${t}`).not.toContain(t);
      console.log(`${spec.id}: ${s.message}`);
    });
  }

  it('the student copy has no solution, no expected value, and checks the same way', async () => {
    const copy = await studentCopy(nb, async (program) => ((await runner.value(program)) as { hashes: { hash: string; shape_hash: string }[] }).hashes);
    expect(isStudentCopy(copy)).toBe(true);
    expect(isStudentCopy(nb)).toBe(false);
    // Hashes and salts are hex: a short number could be found in them by chance.
    const text = exportIpynb(copy).replace(/sha256:[0-9a-f]{64}/g, 'HASH').replace(/"salt": "[0-9a-f]{32}"/g, 'SALT');
    expect(text).toContain('HASH');
    for (const { spec } of exercises) {
      for (const line of spec.solution!.split('\n')) if (!spec.starter.includes(line)) expect(text).not.toContain(JSON.stringify(line).slice(1, -1));
      for (const c of spec.checks) {
        if (!c.expected) continue;
        // The expression, and the value it gives (its NumPy text, its first elements), unless the given data shows it anyway.
        for (const t of [JSON.stringify(c.expected).slice(1, -1), ...(await expectedTexts(c.expected))]) {
          // (Hints are for students: the last one may well say the answer.)
          if (!exercises.some((e) => e.spec.starter.includes(t) || e.spec.hints.some((h) => h.includes(t)))) expect(text, `${spec.id}: ${t}`).not.toContain(t);
        }
      }
    }
    const copies = exercisesIn(copy);
    for (const [i, { spec }] of exercises.entries()) {
      const student = copies[i].spec;
      await run(spec.solution!);
      const [teacherGood, studentGood] = [await checkWith(spec), await checkWith(student)];
      expect(studentGood).toEqual(teacherGood);
      expect(studentGood.points).toBe(studentGood.max);
      await run(WRONG[spec.id]);
      expect(await checkWith(student)).toEqual(await checkWith(spec));
    }
  });
});
