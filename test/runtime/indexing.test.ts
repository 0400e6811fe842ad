import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { loadGolden, mismatch, type GoldenArray } from './golden';

interface Case { index: any; ok?: GoldenArray; error?: string; message?: string }
const core = loadGolden<{ indexing: Case[]; fancy: Case[] }>('core.json');

function result(f: () => unknown, c: Case): string | null {
  let got: unknown;
  try {
    got = f();
  } catch (e) {
    const err = e as Error;
    if (c.error) return err.name === c.error && err.message === c.message ? null : `threw ${err.name}: ${err.message}`;
    return `threw ${err.name}: ${err.message}`;
  }
  if (c.error) return `returned, expected ${c.error}`;
  return mismatch(got, c.ok!);
}

describe('indexing against NumPy', () => {
  const t = np.arange(60).reshape(3, 4, 5);

  it('basic indices as one string', () => {
    const failures = core.indexing.map((c) => [c.index, result(() => t.get(c.index), c)]).filter(([, r]) => r);
    expect(failures).toEqual([]);
  });

  it('fancy indices as separate arguments', () => {
    const failures = core.fancy
      .map((c) => [JSON.stringify(c.index), result(() => t.get(...c.index.map((i: any) => (i === 'slice' ? ':' : i))), c)])
      .filter(([, r]) => r);
    expect(failures).toEqual([]);
  });

  it('returns JS scalars for full integer indices', () => {
    expect(t.get(1, 2, 3)).toBe(33);
    expect(np.array([true, false]).get(0)).toBe(true);
  });

  it('errors read like NumPy', () => {
    expect(() => np.array([1, 2, 3]).get(3)).toThrow('index 3 is out of bounds for axis 0 with size 3');
    expect(() => np.array([1, 2, 3]).get(0, 1)).toThrow('too many indices for array: array is 1-dimensional, but 2 were indexed');
    expect(() => np.array([1, 2, 3]).get(np.array([true, false]))).toThrow(
      'boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2',
    );
    expect(() => np.zeros(5).set('0:2', np.array([1, 2, 3]))).toThrow('could not broadcast input array from shape (3,) into shape (2,)');
    expect(() => t.get('a')).toThrowError(np.IndexError);
  });

  it('sets through masks, fancy indices and broadcast values', () => {
    const m = np.arange(12).reshape(3, 4);
    m.set(m.gt(8), 0);
    m.set(':, 0', 99);
    m.set([0, 2], 1, -1);
    expect(m.tolist()).toEqual([[99, -1, 2, 3], [99, 5, 6, 7], [99, -1, 0, 0]]);
  });

  it('a[mask] = value over the whole array equals np.where, for scalars and arrays of the selected size', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), fc.integer({ min: -5, max: 5 }), (bits, v) => {
        const base = np.arange(bits.length, { dtype: 'float64' });
        const mask = np.array(bits);
        const a = base.copy();
        a.set(mask, v);
        expect(a.tolist()).toEqual(np.where(mask, v, base).tolist());
        const b = base.copy();
        const vals = np.multiply(np.arange(bits.filter(Boolean).length), 10);
        b.set(mask, vals);
        let k = 0;
        expect(b.tolist()).toEqual(bits.map((on, i) => (on ? 10 * k++ : i)));
      }),
    );
    const c = np.arange(6, { dtype: 'float64' });
    expect(() => c.set(c.gt(2), np.array([1, 2]))).toThrow('NumPy boolean array indexing assignment cannot assign 2 input values to the 3 output values where the mask is true');
  });

  it('assigns from an overlapping view of itself as if from a copy', () => {
    const a = np.arange(5);
    a.set(':', a.get('::-1'));
    expect(a.tolist()).toEqual([4, 3, 2, 1, 0]);
    const c = np.arange(9).reshape(3, 3);
    c.set('...', c.T);
    expect(c.tolist()).toEqual([[0, 3, 6], [1, 4, 7], [2, 5, 8]]);
  });

  it('property: a slice is a view (writes reach the base), a fancy index a copy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -35, max: 35 }), fc.integer({ min: -35, max: 35 }), fc.integer({ min: 1, max: 4 }), (n, start, stop, step) => {
        const a = np.arange(n);
        const v = a.get(`${start}:${stop}:${step}`) as NDArray;
        const py: number[] = [];
        const s = start < 0 ? Math.max(start + n, 0) : Math.min(start, n);
        const e = stop < 0 ? Math.max(stop + n, 0) : Math.min(stop, n);
        for (let i = s; i < e; i += step) py.push(i);
        expect(v.tolist()).toEqual(py);
        if (v.size > 0) {
          v.set(0, -1);
          expect(a.get(py[0])).toBe(-1);
          const c = a.get(py);
          c.set(0, -2);
          expect(a.get(py[0])).toBe(-1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
