/**
 * Shape manipulation (runtime/manipulation.ts) against NumPy: every `manipulation` case
 * of test/goldens/manipulation.json (made by test/goldens/make_manipulation_goldens.py with
 * NumPy 2.4) must give NumPy's dtype, shape, values or exact error; plus property tests.
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

describe('manipulation goldens (NumPy 2.4)', () => {
  const cases = goldenCases().filter((c) => !SORTING_PREFIXES.some((p) => c.id.startsWith(p)));
  it('has cases', () => expect(cases.length).toBeGreaterThan(150));
  for (const c of cases) {
    it(`${c.id}: ${c.js}`, () => checkGolden(c));
  }
});

describe('views and in-place behaviour', () => {
  it('flip returns a view with negative strides', () => {
    const a = np.arange(6).reshape(2, 3);
    const f = np.flip(a, 1);
    expect(f.base).toBe(a.base ?? a);
    expect(f.strides).toEqual([24, -8]);
    a.set(0, 0, 100);
    expect(f.get(0, 2)).toBe(100);
  });
  it('split parts are views', () => {
    const a = np.arange(6);
    const [p] = np.split(a, 2);
    p.set(0, 42);
    expect(a.get(0)).toBe(42);
  });
  it('diagonal is a view', () => {
    const a = np.zeros([3, 3]);
    const d = np.diagonal(a);
    expect(d.base).toBe(a);
  });
  it('atleast_1d with one argument returns the array, several a list', () => {
    expect(np.atleast_1d(np.array([1]))).toBeInstanceOf(NDArray);
    expect(Array.isArray(np.atleast_1d(1, 2))).toBe(true);
  });
  it('trim_zeros of a JS list gives a JS list', () => {
    expect(np.trim_zeros([0, 1, 2, 0])).toEqual([1, 2]);
  });
  it('concatenate writes into out', () => {
    const out = np.zeros([4]);
    const r = np.concatenate([np.array([1, 2]), np.array([3, 4])], { out });
    expect(r).toBe(out);
    expect(out.tolist()).toEqual([1, 2, 3, 4]);
  });
  it('np.delete is exported under its NumPy name', () => {
    expect(np.delete(np.arange(4), 0).tolist()).toEqual([1, 2, 3]);
  });
});

const smallArray = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1000 }))
  .map(([r, c, seed]) => np.arange(r * c).add(seed).reshape(r, c) as NDArray);

describe('properties', () => {
  it('flip twice is the identity', () => {
    fc.assert(
      fc.property(smallArray, fc.integer({ min: -2, max: 1 }), (a, ax) => {
        expect(np.flip(np.flip(a, ax), ax).tolist()).toEqual(a.tolist());
      }),
      { numRuns: 50 },
    );
  });
  it('concatenate then split round-trips', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 1 }), (lens, ax) => {
        const parts = lens.map((n, i) => (ax === 0 ? np.full([n, 2], i) : np.full([2, n], i)));
        const joined = np.concatenate(parts, { axis: ax });
        const cuts: number[] = [];
        let s = 0;
        for (const n of lens.slice(0, -1)) cuts.push((s += n));
        const back = np.split(joined, cuts, { axis: ax });
        expect(back.length).toBe(parts.length);
        back.forEach((b: NDArray, i: number) => expect(b.tolist()).toEqual(parts[i].tolist()));
      }),
      { numRuns: 50 },
    );
  });
  it('roll by n then by -n is the identity', () => {
    fc.assert(
      fc.property(smallArray, fc.integer({ min: -7, max: 7 }), (a, n) => {
        expect(np.roll(np.roll(a, n, { axis: 1 }), -n, { axis: 1 }).tolist()).toEqual(a.tolist());
      }),
      { numRuns: 50 },
    );
  });
  it('rot90 four times is the identity', () => {
    fc.assert(
      fc.property(smallArray, (a) => {
        expect(np.rot90(a, 4).tolist()).toEqual(a.tolist());
        expect(np.rot90(np.rot90(a), -1).tolist()).toEqual(a.tolist());
      }),
      { numRuns: 30 },
    );
  });
  it('pad then slice recovers the array, for every mode', () => {
    const modes = ['constant', 'edge', 'reflect', 'symmetric', 'wrap', 'mean', 'linear_ramp'] as const;
    fc.assert(
      fc.property(smallArray, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...modes), (a, b, e, mode) => {
        const p = np.pad(a, [b, e], { mode });
        expect(p.shape).toEqual([a.shape[0] + b + e, a.shape[1] + b + e]);
        expect(p.get(`${b}:${b + a.shape[0]}, ${b}:${b + a.shape[1]}`).tolist()).toEqual(a.tolist());
      }),
      { numRuns: 60 },
    );
  });
  it('repeat gives each element `count` times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }), (counts) => {
        const a = np.arange(counts.length);
        const r = np.repeat(a, counts);
        const expected = counts.flatMap((c, i) => new Array(c).fill(i));
        expect(r.tolist()).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
