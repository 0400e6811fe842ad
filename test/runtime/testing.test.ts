/**
 * np.testing against NumPy 2.4's own asserts: test/goldens/testing.json (made by
 * test/goldens/make_testing_goldens.py) records, for each call, whether NumPy passed or
 * raised, and the exact message; the runtime must agree byte for byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { np } from '../../runtime/index';

type Num = number | string | boolean;
interface Case { fn: string; args: unknown[]; kwargs: Record<string, unknown>; printoptions?: Record<string, unknown>; expect: { ok?: true; error?: string; message?: string } }
const goldens: { numpy: string; cases: Case[] } = JSON.parse(
  readFileSync(new URL('../goldens/testing.json', import.meta.url), 'utf8'),
);

const num = (v: Num): number | boolean => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : (v as number | boolean));

function decode(v: unknown): any {
  if (Array.isArray(v)) return v.map(decode);
  if (v === 'nan' || v === 'inf' || v === '-inf') return num(v);
  if (v !== null && typeof v === 'object') {
    if ('nd' in v) {
      const { dtype, shape, data } = (v as { nd: { dtype: string; shape: number[]; data: Num[] } }).nd;
      return np.array(data.map(num) as number[], { dtype }).reshape(shape);
    }
    if ('exc' in v) return (np as any)[(v as { exc: string }).exc];
    if ('npfn' in v) return (np as any)[(v as { npfn: string }).npfn];
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

function run(c: Case): { ok: true } | { error: string; message: string } {
  const fn = (np.testing as any)[c.fn];
  const args = c.args.map(decode);
  try {
    np.printoptions(c.printoptions ?? {}, () => {
      if (Object.keys(c.kwargs).length) fn(...args, decode(c.kwargs));
      else fn(...args);
    });
    return { ok: true };
  } catch (e) {
    return { error: (e as Error).name, message: (e as Error).message };
  }
}

const label = (c: Case, i: number) => `${i}: ${c.fn}(${JSON.stringify(c.args).slice(0, 90)}${Object.keys(c.kwargs).length ? ', ' + JSON.stringify(c.kwargs) : ''})${c.printoptions ? ' with ' + JSON.stringify(c.printoptions) : ''}`;

describe('np.testing goldens (NumPy ' + goldens.numpy + ')', () => {
  const byFn = new Map<string, [Case, number][]>();
  goldens.cases.forEach((c, i) => byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), [c, i]]));
  for (const [fn, cases] of byFn) {
    describe(fn, () => {
      it.each(cases.map(([c, i]) => [label(c, i), c] as const))('%s', (_, c) => {
        expect(run(c)).toEqual(c.expect);
      });
    });
  }
});

describe('np.testing in JavaScript', () => {
  it('AssertionError is NumPy-named and exported on np', () => {
    let err: unknown;
    try {
      np.testing.assert_equal(1, 2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(np.AssertionError);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('AssertionError');
  });

  it('binds positional and keyword arguments as Python does', () => {
    const a = np.array([1, 2, 3], { dtype: 'float64' });
    const b = np.array([1, 2, 3.01]);
    np.testing.assert_allclose(a, b, 0.01);
    np.testing.assert_allclose(a, b, 0, 0.011);
    np.testing.assert_allclose(a, b, 1e-7, { atol: 0.011 });
    expect(() => np.testing.assert_allclose(a, b, 0.01, { rtol: 0.01 } as any)).toThrow("assert_allclose() got multiple values for argument 'rtol'");
    expect(() => np.testing.assert_allclose(a, b, { tol: 1 } as any)).toThrow("assert_allclose() got an unexpected keyword argument 'tol'");
    expect(() => (np.testing.assert_array_equal as any)(a, a, 'm', true, 1)).toThrow('assert_array_equal() takes from 2 to 4 positional arguments but 5 were given');
    expect(() => np.testing.assert_array_equal(a, b, 'positional message')).toThrow(/\npositional message\nMismatched/);
  });

  it('assert_raises: subclasses count, other errors propagate, anonymous callables are <lambda>', () => {
    np.testing.assert_raises(np.ValueError, () => np.sum(np.arange(3), 1));
    np.testing.assert_raises(np.IndexError, () => np.sum(np.arange(3), 1));
    np.testing.assert_raises(np.TypeError, () => {
      throw new TypeError('engine');
    });
    expect(() => np.testing.assert_raises(np.ValueError, () => 1)).toThrow('ValueError not raised by <lambda>');
    expect(() => np.testing.assert_raises(np.ValueError, function named() {})).toThrow('ValueError not raised by named');
    expect(() => np.testing.assert_raises(np.ValueError, () => np.arange(3).get(5))).toThrow(np.IndexError);
  });

  it('assert_raises_regex and assert_', () => {
    np.testing.assert_raises_regex(np.ValueError, 'cannot reshape', np.reshape, np.arange(6), [4]);
    expect(() => np.testing.assert_raises_regex(np.ValueError, /^size/, np.reshape, np.arange(6), [4]))
      .toThrow('"^size" does not match "cannot reshape array of size 6 into shape (4,)"');
    np.testing.assert_(true);
    expect(() => np.testing.assert_(0, () => 'lazy')).toThrow('lazy');
  });

  it('prints JS numbers as the Python values they stand for', () => {
    expect(() => np.testing.assert_equal(0, -0)).toThrow('\nItems are not equal:\n ACTUAL: 0\n DESIRED: -0.0');
    expect(() => np.testing.assert_equal(2 ** 60, 1)).toThrow(' ACTUAL: 1152921504606846976\n');
    expect(() => np.testing.assert_equal(new Float64Array([1, 2]), [1, 3])).toThrow(/Arrays are not equal/);
  });

  it('follows the print options for the arrays it shows, with its own precision', () => {
    const a = np.array([1 / 3, 2 / 3]);
    const msg = (() => {
      try {
        np.testing.assert_allclose(a, a.add(1));
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(msg.endsWith(' ACTUAL: array([0.333333, 0.666667])\n DESIRED: array([1.333333, 1.666667])')).toBe(true);
  });
});
