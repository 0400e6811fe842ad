/**
 * The kernel's check runner (kernel/exercises/check.ts) through a check program, as the
 * page sends it: code checks fail with np.testing's NumPy message or check.fail's; a
 * missing variable is said plainly; every check runs (partial points); a broken check is
 * a failed check, not a crash; value checks say what is wrong without the expected value.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { makeRunner } from '../cells';
import { np } from '../../../runtime/index';
import { provide } from '../../../kernel/scope';
import { check, exercisesRuntime } from '../../../kernel/exercises/check';
import { checkProgram } from '../../../web/exercises/program';
import type { CheckSpec } from '../../../web/exercises/format';
import type { CheckReport } from '../../../web/exercises/report';

const runner = makeRunner();
const report = async (checks: CheckSpec[]) =>
  JSON.parse(JSON.stringify(await runner.value(checkProgram({ id: 't', title: 't', starter: '', hints: [], checks })))) as CheckReport;

beforeAll(() => {
  provide('check', check);
  provide('__numbook_exercises', exercisesRuntime);
});

describe('the check runner', () => {
  it('code checks: np.testing messages as NumPy prints them, check.fail, partial points', async () => {
    await runner.value('const xs = np.array([1, 2, 3]); 0');
    const r = await report([
      { name: 'equal', code: 'np.testing.assert_array_equal(xs, [1, 2, 4]);' },
      { name: 'shape', code: 'check.shape(xs, [3], "`xs`");', points: 2 },
      { name: 'custom', code: 'check.that(xs.sum() > 10, "the sum of `xs` should be more than 10");' },
      { name: 'undefined', code: 'np.testing.assert_equal(nothingHere, 1);' },
      { name: 'broken', code: 'null.x;' },
    ]);
    expect(r.results.map((x) => x.passed)).toEqual([false, true, false, false, false]);
    expect([r.passed, r.total, r.points, r.max]).toEqual([1, 5, 2, 6]);
    // np.testing's own message (its text is NumPy's: test/runtime/testing checks it against NumPy's goldens).
    let numpy = '';
    try {
      np.testing.assert_array_equal(np.array([1, 2, 3]), [1, 2, 4]);
    } catch (e) {
      numpy = (e as Error).message;
    }
    expect(numpy).toContain('Mismatched elements: 1 / 3 (33.3%)');
    expect(r.results[0].message).toBe(numpy.replace(/^\n+/, ''));
    expect(r.results[2].message).toBe('the sum of `xs` should be more than 10');
    expect(r.results[3].message).toBe('`nothingHere` is not defined: your cell should define it (run it, then Check)');
    expect(r.results[4].message).toMatch(/^TypeError: /);
  });

  it('value checks: wrong shape, wrong dtype kind, wrong values, undefined; expected values never shown', async () => {
    await runner.value('const a = np.arange(6).reshape(2, 3); const f = np.arange(6, {dtype: "float64"}); const u = undefined; 0');
    const r = await report([
      { name: 's', value: 'a', expected: 'np.arange(6)' },
      { name: 'k', value: 'f', expected: 'np.arange(6)' },
      { name: 'v', value: 'f', expected: 'np.arange(6, {dtype: "float64"}) * 2' },
      { name: 'n', value: 'a.sum()', expected: '16' },
      { name: 'u', value: 'u', expected: 'np.arange(6)' },
      { name: 'm', value: 'missing', expected: 'np.arange(6)' },
      { name: 'ok', value: 'a.T.T', expected: 'np.arange(6).reshape(2, 3)' },
    ]);
    expect(r.results.map((x) => x.message)).toEqual([
      '`a` is an int64 array of shape (2, 3), not the shape this exercise expects',
      '`f` has the right values, but as a float64 array of shape (6,): this exercise expects an integer array',
      '`f` has the right shape, but not the right values (compared to 6 decimals)',
      '`a.sum()` is a number, but not the expected one',
      '`u` is undefined: did your cell assign it?',
      '`missing` is not defined: your cell should define it (run it, then Check)',
      '',
    ]);
  });
});
