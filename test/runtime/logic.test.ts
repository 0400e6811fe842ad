/**
 * Comparison logic against NumPy's own results (test/goldens/stats.json, made by
 * test/goldens/make_stats_goldens.py with NumPy 2.4): isclose, allclose, array_equal,
 * array_equiv, isposinf, isneginf. Plus result_type / can_cast and properties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { goldenSuite } from './stats-goldens';

describe('logic goldens', () => {
  goldenSuite(['isclose', 'allclose', 'array_equal', 'array_equiv', 'isposinf', 'isneginf']);
});

describe('isclose / allclose', () => {
  it('uses rtol 1e-05 and atol 1e-08 by default and takes options', () => {
    expect(np.isclose(1, 1 + 1e-6)).toBe(true);
    expect(np.isclose(1, 1.001)).toBe(false);
    expect(np.isclose(1, 1.001, { rtol: 1e-3 })).toBe(true);
    expect(np.isclose(0, 1e-9)).toBe(true);
    expect(np.isclose(0, 1e-9, { atol: 0 })).toBe(false);
    expect(np.allclose(np.ones(3), np.ones(3).add(1e-9))).toBe(true);
  });

  it('is reflexive for finite values and symmetric for equal_nan NaNs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 20 }), (xs) => {
        const a = np.array(xs, { dtype: 'float64' });
        const r = np.isclose(a, a, { equal_nan: true }) as NDArray;
        return np.all(r) === true && np.array_equal(a, a.copy(), { equal_nan: true });
      }),
      { numRuns: 100 },
    );
  });
});

describe('array_equal / array_equiv / isscalar', () => {
  it('compares shapes and values', () => {
    expect(np.array_equal([1, 2], [1, 2])).toBe(true);
    expect(np.array_equal([1, 2], [[1, 2]])).toBe(false);
    expect(np.array_equal([[1, 2], [3]], [1])).toBe(false);
    expect(np.array_equiv([1, 2], [[1, 2], [1, 2]])).toBe(true);
    expect(np.isscalar(3.5)).toBe(true);
    expect(np.isscalar(np.array(3.5))).toBe(false);
    expect(np.isscalar([1])).toBe(false);
  });
});

describe('result_type / can_cast', () => {
  it('follows NEP 50', () => {
    expect(np.result_type(3, 4.5)).toBe('float64');
    expect(np.result_type('int8', 1)).toBe('int8');
    expect(np.result_type(np.array([1], { dtype: 'uint8' }), 'int8')).toBe('int16');
    expect(np.result_type(true, 1)).toBe('int64');
    expect(() => np.result_type()).toThrow('at least one array or dtype is required');
  });

  it('implements the casting rules', () => {
    expect(np.can_cast('int64', 'float64')).toBe(true);
    expect(np.can_cast('int64', 'float32')).toBe(false);
    expect(np.can_cast('uint8', 'int8')).toBe(false);
    expect(np.can_cast('int64', 'uint8', 'same_kind')).toBe(false);
    expect(np.can_cast('uint64', 'int8', 'same_kind')).toBe(true);
    expect(np.can_cast('float64', 'int8', 'same_kind')).toBe(false);
    expect(np.can_cast('float64', 'int8', { casting: 'unsafe' })).toBe(true);
    expect(np.can_cast(np.array([1], { dtype: 'int8' }), 'int16')).toBe(true);
    expect(() => np.can_cast(3 as any, 'int8')).toThrow(/NEP 50/);
    expect(() => np.can_cast('int8', 'int16', 'foo' as any)).toThrow("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got 'foo')");
  });

  it('safe casting agrees with promote_types (property)', () => {
    const dts = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64'];
    fc.assert(
      fc.property(fc.constantFrom(...dts), fc.constantFrom(...dts), (a, b) => np.can_cast(a, b) === (np.promote_types(a as any, b as any) === b)),
    );
  });
});
