/**
 * Elementwise selection and rounding against NumPy's own results (test/goldens/stats.json,
 * made by test/goldens/make_stats_goldens.py with NumPy 2.4): where (3-argument and the
 * nonzero form), clip, round/around, fix, nan_to_num, sinc and select must give NumPy's
 * dtype, shape and values bit for bit, or NumPy's error class and message. Plus the
 * ndarray methods and a few fast-check properties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { goldenSuite } from './stats-goldens';

describe('elementwise goldens', () => {
  goldenSuite(['where', 'clip', 'round', 'around', 'fix', 'nan_to_num', 'sinc', 'select']);
});

describe('where', () => {
  it('promotes x and y with weak JS numbers (NEP 50)', () => {
    const r = np.where(np.array([true, false]), np.array([1, 2], { dtype: 'int8' }), 1);
    expect(r.dtype).toBe('int8');
    expect(np.where(np.array([true, false]), np.array([1, 2], { dtype: 'int8' }), 1.5).dtype).toBe('float64');
  });

  it('with one argument is np.nonzero: a JS array of int64 index arrays', () => {
    const r = np.where(np.array([[1, 0], [0, 3]]));
    expect(r.length).toBe(2);
    expect(r.map((a: NDArray) => [a.dtype, a.tolist()])).toEqual([['int64', [0, 1]], ['int64', [0, 1]]]);
  });

  it('reads strided and broadcast operands', () => {
    const a = np.arange(12).reshape(3, 4);
    const r = np.where(a.T.gt(5), a.T, np.array([-1, -2, -3]));
    expect(r.tolist()).toEqual([[-1, -2, 8], [-1, -2, 9], [-1, 6, 10], [-1, 7, 11]]);
  });
});

describe('clip', () => {
  it('keeps int dtypes with int bounds and clamps out-of-range Python ints', () => {
    expect(np.clip(np.arange(10), 2, 7).dtype).toBe('int64');
    expect(np.clip(np.arange(5, { dtype: 'uint8' }), -1, 300).tolist()).toEqual([0, 1, 2, 3, 4]);
  });

  it('is also a method, with bounds positional or as {min, max}, and writes into out', () => {
    const a = np.arange(6);
    expect(a.clip(1, 4).tolist()).toEqual([1, 1, 2, 3, 4, 4]);
    expect(a.clip({ max: 2 }).tolist()).toEqual([0, 1, 2, 2, 2, 2]);
    expect(np.clip(a, { min: 3 }).tolist()).toEqual([3, 3, 3, 3, 4, 5]);
    np.clip(a, 2, 3, { out: a });
    expect(a.tolist()).toEqual([2, 2, 2, 3, 3, 3]);
  });

  it('result lies within the bounds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 30 }), fc.double({ noNaN: true }), fc.double({ noNaN: true }), (xs, p, q) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        const r = np.clip(np.array(xs, { dtype: 'float64' }), lo, hi).tolist() as number[];
        return r.every((v, i) => v >= lo && v <= hi && (xs[i] < lo || xs[i] > hi || v === xs[i]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('round', () => {
  it('matches NumPy on the classic cases and is a method', () => {
    expect(np.round(np.array([1.2345, 2.6789, -0.125]), 2).tolist()).toEqual([1.23, 2.68, -0.12]);
    expect(np.array([0.5, 1.5, 2.5]).round().tolist()).toEqual([0, 2, 2]);
    expect(np.around(np.array([1.25, 1.35]), { decimals: 1 }).tolist()).toEqual([1.2, 1.4]);
    expect(np.round(2.5)).toBe(2);
  });

  it('rounds half to even like rint for every integer-valued half (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (k) => {
        const v = k + 0.5;
        const r = np.round(np.array([v], { dtype: 'float64' })).tolist()[0] as number;
        return Math.abs(r - v) === 0.5 && r % 2 === 0;
      }),
      { numRuns: 200 },
    );
  });
});

describe('nan_to_num', () => {
  it('works in place with copy: false', () => {
    const a = np.array([NaN, 1.5, Infinity]);
    const r = np.nan_to_num(a, { copy: false, posinf: 9 });
    expect(r).toBe(a);
    expect(a.tolist()).toEqual([0, 1.5, 9]);
  });
});
