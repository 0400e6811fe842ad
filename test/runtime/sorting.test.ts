/**
 * Sorting, searching, counting and sets (runtime/sorting.ts) against NumPy: every sorting
 * case of test/goldens/manipulation.json (made by test/goldens/make_manipulation_goldens.py
 * with NumPy 2.4) must give NumPy's dtype, shape, values or exact error; plus property tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np } from '../../runtime/index';
import { NDArray } from '../../runtime/ndarray';
import { goldenCases, checkGolden } from './manipulation-goldens';

const SORTING_PREFIXES = [
  'sort.', 'argsort.', 'lexsort.', 'partition.', 'unique.', 'nonzero.', 'flatnonzero', 'argwhere.',
  'searchsorted.', 'digitize.', 'bincount.', 'histogram', 'isin.', 'intersect1d', 'union1d', 'setdiff1d', 'setxor1d',
];

describe('sorting goldens (NumPy 2.4)', () => {
  const cases = goldenCases().filter((c) => SORTING_PREFIXES.some((p) => c.id.startsWith(p)));
  it('has cases', () => expect(cases.length).toBeGreaterThan(100));
  for (const c of cases) {
    it(`${c.id}: ${c.js}`, () => checkGolden(c));
  }
});

describe('methods and in-place sort', () => {
  it('a.sort() sorts in place and returns undefined', () => {
    const a = np.array([[5, 2, 9], [3, 1, 0]]);
    expect(a.sort()).toBeUndefined();
    expect(a.tolist()).toEqual([[2, 5, 9], [0, 1, 3]]);
    a.sort(0);
    expect(a.tolist()).toEqual([[0, 1, 3], [2, 5, 9]]);
  });
  it('sorting a view writes through to the base', () => {
    const a = np.array([4, 3, 2, 1, 0, -1]);
    a.get('::2').sort();
    expect(a.tolist()).toEqual([0, 3, 2, 1, 4, -1]);
  });
  it('searchsorted with a scalar returns a JS number', () => {
    expect(np.searchsorted(np.array([1, 2, 3]), 2)).toBe(1);
  });
  it('unique without options returns an array, with options a JS array', () => {
    expect(np.unique(np.array([2, 1, 2]))).toBeInstanceOf(NDArray);
    expect(Array.isArray(np.unique(np.array([2, 1, 2]), { return_counts: true }))).toBe(true);
  });
  it('histogram returns [hist, edges]', () => {
    const [h, e] = np.histogram(np.array([1, 2, 3]), { bins: 2 });
    expect(h.dtype).toBe('int64');
    expect(e.dtype).toBe('float64');
  });
});

const floats = fc.array(
  fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constant(NaN), fc.integer({ min: -5, max: 5 })),
  { minLength: 0, maxLength: 80 },
);

function sortedOk(xs: number[]): boolean {
  for (let i = 1; i < xs.length; i++) {
    const p = xs[i - 1];
    const q = xs[i];
    if (Number.isNaN(p) && !Number.isNaN(q)) return false;
    if (!Number.isNaN(q) && p > q) return false;
  }
  return true;
}

const key = (v: number) => (Number.isNaN(v) ? 'nan' : String(v === 0 ? 0 : v));
const multiset = (xs: number[]) => xs.map(key).sort().join(',');

describe('properties', () => {
  it('sort output is sorted (NaN last) and a permutation of the input', () => {
    fc.assert(
      fc.property(floats, (xs) => {
        const s = np.sort(np.array(xs, { dtype: 'float64' })).tolist() as number[];
        expect(sortedOk(s)).toBe(true);
        expect(multiset(s)).toBe(multiset(xs));
      }),
      { numRuns: 100 },
    );
  });
  it('argsort is a stable sorting permutation', () => {
    fc.assert(
      fc.property(floats, (xs) => {
        const idx = np.argsort(np.array(xs, { dtype: 'float64' })).tolist() as number[];
        expect([...idx].sort((p, q) => p - q)).toEqual(xs.map((_, i) => i));
        const vals = idx.map((i) => xs[i]);
        expect(sortedOk(vals)).toBe(true);
        for (let i = 1; i < idx.length; i++) {
          const same = Object.is(vals[i] === 0 ? 0 : vals[i], vals[i - 1] === 0 ? 0 : vals[i - 1]);
          if (same) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
        }
      }),
      { numRuns: 100 },
    );
  });
  it('argsort handles long inputs (merge passes) stably', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 100, maxLength: 400 }), (xs) => {
        const idx = np.argsort(np.array(xs)).tolist() as number[];
        const want = xs.map((_, i) => i).sort((p, q) => xs[p] - xs[q] || p - q);
        expect(idx).toEqual(want);
      }),
      { numRuns: 30 },
    );
  });
  it('unique with inverse rebuilds the input; counts sum to its size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const [u, inv, cnt] = np.unique(np.array(xs), { return_inverse: true, return_counts: true });
        const uv = u.tolist() as number[];
        expect((inv.tolist() as number[]).map((i) => uv[i])).toEqual(xs);
        expect((cnt.tolist() as number[]).reduce((p, q) => p + q, 0)).toBe(xs.length);
        expect(uv).toEqual([...new Set(xs)].sort((p, q) => p - q));
      }),
      { numRuns: 60 },
    );
  });
  it('searchsorted places values so the array stays sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 30 }), fc.integer({ min: -25, max: 25 }), fc.boolean(), (xs, v, right) => {
        const a = [...xs].sort((p, q) => p - q);
        const i = np.searchsorted(np.array(a, { dtype: 'int64' }), v, { side: right ? 'right' : 'left' }) as number;
        const want = right ? a.filter((x) => x <= v).length : a.filter((x) => x < v).length;
        expect(i).toBe(want);
      }),
      { numRuns: 100 },
    );
  });
  it('histogram counts every in-range value once', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -100, max: 100 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (xs, bins) => {
        const [h] = np.histogram(np.array(xs, { dtype: 'float64' }), { bins });
        expect((h.tolist() as number[]).reduce((p, q) => p + q, 0)).toBe(xs.length);
      }),
      { numRuns: 60 },
    );
  });
  it('sorts a million floats: sorted output, argsort a permutation that sorts', () => {
    const data = new Float64Array(1_000_000);
    let s = 12345;
    for (let i = 0; i < data.length; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      data[i] = s / 2147483648;
    }
    const x = np.array(data);
    const idx = np.argsort(x);
    const srt = np.sort(x);
    const sd = srt.data as Float64Array;
    const id = idx.data as Float64Array;
    const seen = new Uint8Array(data.length);
    let ok = true;
    for (let i = 0; i < data.length; i++) {
      if (i > 0 && sd[i - 1] > sd[i]) ok = false;
      if (data[id[i]] !== sd[i]) ok = false;
      seen[id[i]] = 1;
    }
    expect(ok).toBe(true);
    expect(seen.every((v) => v === 1)).toBe(true);
  });
});
