/**
 * The reductions' declared result types (what the editor type-checks cells against) say
 * what the runtime returns: a full reduction gives a JS number (a boolean for all/any), an
 * axis, `keepdims: true` or `out` gives an NDArray, and arguments the types cannot decide
 * on (an `any`, a union such as `keepdims: boolean`) give `any`. The `expectTypeOf` lines
 * are checked by `tsc --noEmit`; the `expect` lines check that the runtime returns the
 * declared kind.
 */
import { describe, it, expect, expectTypeOf } from 'vitest';
import { np } from '../../runtime/index';
import { NDArray } from '../../runtime/ndarray';
import type { ReduceOptions } from '../../runtime/reduce';

/** The run-time kind of a result, to compare with the declared one. */
function kind(x: unknown): 'NDArray' | 'number' | 'boolean' | 'tuple' | 'other' {
  if (x instanceof NDArray) return 'NDArray';
  if (typeof x === 'number') return 'number';
  if (typeof x === 'boolean') return 'boolean';
  if (Array.isArray(x)) return 'tuple';
  return 'other';
}

const a = np.array([[1, 5, 3], [4, 2, 6]], { dtype: 'float64' });
const withNaN = np.array([[1, NaN, 3], [4, 2, NaN]]);

describe('np reductions', () => {
  it('no axis gives a number (a boolean for all/any)', () => {
    expectTypeOf(np.sum(a)).toEqualTypeOf<number>();
    expectTypeOf(np.prod(a, null)).toEqualTypeOf<number>();
    expectTypeOf(np.max(a, { dtype: 'float64' })).toEqualTypeOf<number>();
    expectTypeOf(np.amax(a)).toEqualTypeOf<number>();
    expectTypeOf(np.min(a, undefined, { keepdims: false })).toEqualTypeOf<number>();
    expectTypeOf(np.mean(a, { axis: null })).toEqualTypeOf<number>();
    expectTypeOf(np.var(a, { ddof: 1 })).toEqualTypeOf<number>();
    expectTypeOf(np.std(a)).toEqualTypeOf<number>();
    expectTypeOf(np.ptp(a)).toEqualTypeOf<number>();
    expectTypeOf(np.argmax(a)).toEqualTypeOf<number>();
    expectTypeOf(np.argmin(a, null)).toEqualTypeOf<number>();
    expectTypeOf(np.all(a)).toEqualTypeOf<boolean>();
    expectTypeOf(np.any(a, { keepdims: false })).toEqualTypeOf<boolean>();

    for (const v of [np.sum(a), np.prod(a, null), np.max(a, { dtype: 'float64' }), np.min(a, undefined, { keepdims: false }), np.mean(a, { axis: null }),
      np.var(a, { ddof: 1 }), np.std(a), np.ptp(a), np.argmax(a), np.argmin(a, null)]) expect(kind(v)).toBe('number');
    expect(kind(np.all(a))).toBe('boolean');
    expect(kind(np.any(a, { keepdims: false }))).toBe('boolean');
    expect(np.sum(a)).toBe(21);
    expect(np.argmax(a)).toBe(5);
  });

  it('an axis, keepdims: true or out gives an NDArray', () => {
    expectTypeOf(np.sum(a, 0)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.sum(a, [0, 1], { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.mean(a, { axis: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.max(a, { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.min(a, null, { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.prod(a, { out: np.zeros([]) })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.std(a, 0, { ddof: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.var(a, { axis: [0], ddof: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.all(a, 1)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.any(a, { axis: 0 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.argmax(a, 1)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.argmin(a, { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.ptp(a, { axis: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.mean(a, 0).shape).toEqualTypeOf<number[]>();

    for (const v of [np.sum(a, 0), np.sum(a, [0, 1], { keepdims: true }), np.mean(a, { axis: 1 }), np.max(a, { keepdims: true }), np.min(a, null, { keepdims: true }),
      np.prod(a, { out: np.zeros([]) }), np.std(a, 0, { ddof: 1 }), np.var(a, { axis: [0], ddof: 1 }), np.all(a, 1), np.any(a, { axis: 0 }),
      np.argmax(a, 1), np.argmin(a, { keepdims: true }), np.ptp(a, { axis: 1 })]) expect(kind(v)).toBe('NDArray');
    expect(np.mean(a, 0).shape).toEqual([3]);
    expect(np.sum(a, [0, 1], { keepdims: true }).shape).toEqual([1, 1]);
  });

  it('an any argument or a union stays any, so code that compiled before still compiles', () => {
    const untyped: any = 0;
    const keep: boolean = Math.random() > 2;
    const opts: ReduceOptions = { axis: 0 };
    const axis: number | null = Math.random() > 2 ? null : 1;
    expectTypeOf(np.sum(a, untyped)).toBeAny();
    expectTypeOf(np.sum(a, null, untyped)).toBeAny();
    expectTypeOf(np.mean(a, { keepdims: keep })).toBeAny();
    expectTypeOf(np.max(a, opts)).toBeAny();
    expectTypeOf(np.min(a, axis)).toBeAny();
    expectTypeOf(np.argmax(a, untyped)).toBeAny();
    expectTypeOf(np.all(a, opts)).toBeAny();
    // The positional axis overrides the options' (null here: a full reduction), so the types don't guess.
    expectTypeOf(np.sum(a, null, { axis: 0 })).toBeAny();
    expect(kind(np.sum(a, null, { axis: 0 }))).toBe('number');
    expect(kind(np.sum(a, untyped))).toBe('NDArray');
    expect(kind(np.min(a, axis))).toBe('NDArray');
    expect(kind(np.mean(a, { keepdims: keep }))).toBe('number');
  });
});

describe('NDArray reduction methods', () => {
  it('no axis gives a number (a boolean for all/any)', () => {
    expectTypeOf(a.sum()).toEqualTypeOf<number>();
    expectTypeOf(a.prod({ dtype: 'float64' })).toEqualTypeOf<number>();
    expectTypeOf(a.max()).toEqualTypeOf<number>();
    expectTypeOf(a.min(null)).toEqualTypeOf<number>();
    expectTypeOf(a.mean()).toEqualTypeOf<number>();
    expectTypeOf(a.std({ ddof: 1 })).toEqualTypeOf<number>();
    expectTypeOf(a.var()).toEqualTypeOf<number>();
    expectTypeOf(a.ptp()).toEqualTypeOf<number>();
    expectTypeOf(a.argmax()).toEqualTypeOf<number>();
    expectTypeOf(a.argmin()).toEqualTypeOf<number>();
    expectTypeOf(a.all()).toEqualTypeOf<boolean>();
    expectTypeOf(a.any()).toEqualTypeOf<boolean>();

    for (const v of [a.sum(), a.prod({ dtype: 'float64' }), a.max(), a.min(null), a.mean(), a.std({ ddof: 1 }), a.var(), a.ptp(), a.argmax(), a.argmin()]) expect(kind(v)).toBe('number');
    expect(kind(a.all())).toBe('boolean');
    expect(kind(a.any())).toBe('boolean');
    expect(a.mean().toFixed(1)).toBe('3.5');
  });

  it('an axis, keepdims: true or out gives an NDArray', () => {
    expectTypeOf(a.mean(0)).toEqualTypeOf<NDArray>();
    expectTypeOf(a.sum({ axis: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.max(undefined, { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.min({ out: np.zeros([]) })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.std([0, 1], { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.var({ axis: 0, ddof: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.all({ keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.any(0)).toEqualTypeOf<NDArray>();
    expectTypeOf(a.argmax(0)).toEqualTypeOf<NDArray>();
    expectTypeOf(a.argmin({ axis: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(a.ptp(0)).toEqualTypeOf<NDArray>();
    expectTypeOf(a.prod(1)).toEqualTypeOf<NDArray>();

    for (const v of [a.mean(0), a.sum({ axis: 1 }), a.max(undefined, { keepdims: true }), a.min({ out: np.zeros([]) }), a.std([0, 1], { keepdims: true }),
      a.var({ axis: 0, ddof: 1 }), a.all({ keepdims: true }), a.any(0), a.argmax(0), a.argmin({ axis: 1 }), a.ptp(0), a.prod(1)]) expect(kind(v)).toBe('NDArray');
    // The point of the types: completions after `a.mean(0).`
    expect(a.mean(0).tolist()).toEqual([2.5, 3.5, 4.5]);
  });

  it('an any argument or a union stays any', () => {
    const untyped: any = undefined;
    const keep: boolean = Math.random() > 2;
    expectTypeOf(a.sum(untyped)).toBeAny();
    expectTypeOf(a.mean(0, untyped)).toBeAny();
    expectTypeOf(a.max({ keepdims: keep })).toBeAny();
    expectTypeOf(a.argmin(untyped)).toBeAny();
    expect(kind(a.sum(untyped))).toBe('number');
  });
});

describe('statistics reductions', () => {
  it('no axis gives a number', () => {
    expectTypeOf(np.median(a)).toEqualTypeOf<number>();
    expectTypeOf(np.nanmedian(withNaN, null)).toEqualTypeOf<number>();
    expectTypeOf(np.nansum(withNaN)).toEqualTypeOf<number>();
    expectTypeOf(np.nanprod(withNaN)).toEqualTypeOf<number>();
    expectTypeOf(np.nanmax(withNaN)).toEqualTypeOf<number>();
    expectTypeOf(np.nanmin(withNaN, { keepdims: false })).toEqualTypeOf<number>();
    expectTypeOf(np.nanmean(withNaN)).toEqualTypeOf<number>();
    expectTypeOf(np.nanvar(withNaN, { ddof: 1 })).toEqualTypeOf<number>();
    expectTypeOf(np.nanstd(withNaN)).toEqualTypeOf<number>();
    expectTypeOf(np.nanargmax(withNaN)).toEqualTypeOf<number>();
    expectTypeOf(np.nanargmin(withNaN, null)).toEqualTypeOf<number>();
    expectTypeOf(np.average(a)).toEqualTypeOf<number>();
    expectTypeOf(np.average(a, { weights: a })).toEqualTypeOf<number>();

    for (const v of [np.median(a), np.nanmedian(withNaN, null), np.nansum(withNaN), np.nanprod(withNaN), np.nanmax(withNaN), np.nanmin(withNaN, { keepdims: false }),
      np.nanmean(withNaN), np.nanvar(withNaN, { ddof: 1 }), np.nanstd(withNaN), np.nanargmax(withNaN), np.nanargmin(withNaN, null), np.average(a), np.average(a, { weights: a })]) {
      expect(kind(v)).toBe('number');
    }
    expect(np.nansum(withNaN)).toBe(10);
  });

  it('an axis or keepdims: true gives an NDArray (the axis may come in the trailing options)', () => {
    expectTypeOf(np.median(a, 0)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanmedian(withNaN, { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nansum(withNaN, null, { axis: 0 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanmax(withNaN, { axis: [0] })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanmin(withNaN, { out: np.zeros([]) })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanmean(withNaN, 1)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanvar(withNaN, 0, { ddof: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanstd(withNaN, { axis: 1 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanargmax(withNaN, 1)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.nanargmin(withNaN, { keepdims: true })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.average(a, 0)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.average(a, { axis: 1, weights: [1, 2, 3] })).toEqualTypeOf<NDArray>();

    for (const v of [np.median(a, 0), np.nanmedian(withNaN, { keepdims: true }), np.nansum(withNaN, null, { axis: 0 }), np.nanmax(withNaN, { axis: [0] }),
      np.nanmin(withNaN, { out: np.zeros([]) }), np.nanmean(withNaN, 1), np.nanvar(withNaN, 0, { ddof: 1 }), np.nanstd(withNaN, { axis: 1 }),
      np.nanargmax(withNaN, 1), np.nanargmin(withNaN, { keepdims: true }), np.average(a, 0), np.average(a, { axis: 1, weights: [1, 2, 3] })]) {
      expect(kind(v)).toBe('NDArray');
    }
    expect(np.nansum(withNaN, null, { axis: 0 }).tolist()).toEqual([5, 2, 3]);
  });

  it('average with returned: true gives a pair', () => {
    expectTypeOf(np.average(a, { returned: true })).toEqualTypeOf<[number, number]>();
    expectTypeOf(np.average(a, { axis: 0, returned: true })).toEqualTypeOf<[NDArray, NDArray]>();
    const [avg, wsum] = np.average(a, { returned: true });
    expect([kind(avg), kind(wsum)]).toEqual(['number', 'number']);
    const [avg0, wsum0] = np.average(a, { axis: 0, returned: true });
    expect([kind(avg0), kind(wsum0)]).toEqual(['NDArray', 'NDArray']);
  });

  it('an any argument or a union stays any', () => {
    const untyped: any = null;
    const keep: boolean = Math.random() > 2;
    expectTypeOf(np.median(a, untyped)).toBeAny();
    expectTypeOf(np.nanmean(withNaN, { keepdims: keep })).toBeAny();
    expectTypeOf(np.nanargmax(withNaN, untyped)).toBeAny();
    expectTypeOf(np.average(a, { returned: keep })).toBeAny();
    expect(kind(np.median(a, untyped))).toBe('number');
  });
});
