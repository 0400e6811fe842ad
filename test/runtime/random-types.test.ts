/**
 * np.random's declared result types (what the editor type-checks cells against) say what
 * NumPy returns: an NDArray when a size is given or a parameter is an array, a number (or
 * boolean) otherwise. The `expectTypeOf` lines are checked by `tsc --noEmit`; the `expect`
 * lines check that the runtime returns the declared kind.
 */
import { describe, it, expect, expectTypeOf } from 'vitest';
import { np } from '../../runtime/index';
import { NDArray } from '../../runtime/ndarray';
import { RandomState, Generator } from '../../runtime/random/index';

/** The run-time kind of a result, to compare with the declared one. */
function kind(x: unknown): 'NDArray' | 'number' | 'boolean' | 'other' {
  if (x instanceof NDArray) return 'NDArray';
  if (typeof x === 'number') return 'number';
  if (typeof x === 'boolean') return 'boolean';
  return 'other';
}

describe('Generator result types', () => {
  const rng = np.random.default_rng(0);

  it('random: size positional or keyword gives NDArray, none gives number', () => {
    expectTypeOf(rng).toEqualTypeOf<Generator>();
    expectTypeOf(rng.random()).toEqualTypeOf<number>();
    expectTypeOf(rng.random(3)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.random([4, 3, 2]).shape).toEqualTypeOf<number[]>();
    expectTypeOf(rng.random({ size: 3, dtype: 'float32' })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.random({ dtype: 'float32' })).toEqualTypeOf<number>();
    expectTypeOf(rng.random(null)).toEqualTypeOf<number>();
    expectTypeOf(rng.random({ size: null })).toEqualTypeOf<number>();
    expectTypeOf(rng.random(undefined, 'float32')).toEqualTypeOf<number>();

    expect(rng.random([4, 3, 2]).shape).toEqual([4, 3, 2]);
    expect(rng.random(3)).toBeInstanceOf(NDArray);
    expect(rng.random({ size: 3, dtype: 'float32' }).dtype).toBe('float32');
    expect(typeof rng.random()).toBe('number');
    expect(typeof rng.random({ dtype: 'float32' })).toBe('number');
    expect(typeof rng.random(null)).toBe('number');
    expect(typeof rng.random({ size: null })).toBe('number');
  });

  it('normal / uniform: scalars give number; size or an array parameter gives NDArray', () => {
    expectTypeOf(rng.normal()).toEqualTypeOf<number>();
    expectTypeOf(rng.normal(0, 1)).toEqualTypeOf<number>();
    expectTypeOf(rng.normal(0, { scale: 2 })).toEqualTypeOf<number>();
    expectTypeOf(rng.normal(0, 1, 100)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal(0, 1, { size: [2, 3] })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal(0, { size: 3 })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal([0, 10], 1)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal(0, np.ones(3))).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal({ loc: [0, 10] })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal(0, 1, undefined)).toEqualTypeOf<number>();
    expectTypeOf(rng.uniform()).toEqualTypeOf<number>();
    expectTypeOf(rng.uniform(-1, 1)).toEqualTypeOf<number>();
    expectTypeOf(rng.uniform(-1, 1, 4)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.uniform(0, [1, 2])).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.uniform({ high: 5, size: [2, 2] })).toEqualTypeOf<NDArray>();

    expect(typeof rng.normal(0, 1)).toBe('number');
    expect(typeof rng.normal(0, { scale: 2 })).toBe('number');
    expect(rng.normal(0, 1, 100).shape).toEqual([100]);
    expect(rng.normal(0, 1, { size: [2, 3] }).shape).toEqual([2, 3]);
    expect(rng.normal(0, { size: 3 }).shape).toEqual([3]);
    expect(rng.normal([0, 10], 1).shape).toEqual([2]);
    expect(rng.normal({ loc: [0, 10] }).shape).toEqual([2]);
    expect(typeof rng.uniform(-1, 1)).toBe('number');
    expect(rng.uniform(0, [1, 2]).shape).toEqual([2]);
    expect(rng.uniform({ high: 5, size: [2, 2] }).shape).toEqual([2, 2]);
  });

  it('standard_normal', () => {
    expectTypeOf(rng.standard_normal()).toEqualTypeOf<number>();
    expectTypeOf(rng.standard_normal(4)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.standard_normal({ size: [2, 2] })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.standard_normal({ dtype: 'float64' })).toEqualTypeOf<number>();
    expect(typeof rng.standard_normal({ dtype: 'float64' })).toBe('number');
    expect(rng.standard_normal({ size: [2, 2] }).shape).toEqual([2, 2]);
  });

  it('integers: number, boolean for a bool dtype, NDArray with a size or array bounds', () => {
    expectTypeOf(rng.integers(10)).toEqualTypeOf<number>();
    expectTypeOf(rng.integers(0, 10, { endpoint: true })).toEqualTypeOf<number>();
    expectTypeOf(rng.integers(0, 10, 5)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.integers(0, 10, { size: [2, 3] })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.integers([1, 5], 10)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.integers(0, 2, { dtype: 'bool' })).toEqualTypeOf<boolean>();
    expectTypeOf(rng.integers(0, 2, undefined, 'bool')).toEqualTypeOf<boolean>();
    expectTypeOf(rng.integers(0, 2, { size: 3, dtype: 'bool' })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.integers(0, 100, { dtype: 'int8' })).toEqualTypeOf<number>();
    const dt: string = 'bool';
    expectTypeOf(rng.integers(0, 2, { dtype: dt })).toEqualTypeOf<number | boolean>();

    expect(typeof rng.integers(10)).toBe('number');
    expect(rng.integers(0, 10, 5).shape).toEqual([5]);
    expect(rng.integers([1, 5], 10).shape).toEqual([2]);
    expect(typeof rng.integers(0, 2, { dtype: 'bool' })).toBe('boolean');
    expect(typeof rng.integers(0, 2, undefined, 'bool')).toBe('boolean');
    expect(rng.integers(0, 2, { size: 3, dtype: 'bool' }).dtype).toBe('bool');
    expect(typeof rng.integers(0, 100, { dtype: 'int8' })).toBe('number');
  });

  it('choice: an element of the population, or NDArray with a size', () => {
    expectTypeOf(rng.choice(5)).toEqualTypeOf<number>();
    expectTypeOf(rng.choice(5, 3)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.choice(5, { replace: false })).toEqualTypeOf<number>();
    expectTypeOf(rng.choice(5, { size: 3, replace: false })).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.choice([1, 2, 3])).toEqualTypeOf<number>();
    expectTypeOf(rng.choice([true, false])).toEqualTypeOf<boolean>();
    expectTypeOf(rng.choice([[1, 2], [3, 4]])).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.choice(np.arange(5), 2)).toEqualTypeOf<NDArray>();
    // A 1-d ndarray gives an element, an n-d one a row: the types cannot tell which.
    expectTypeOf(rng.choice(np.arange(5))).toBeAny();

    expect(typeof rng.choice(5)).toBe('number');
    expect(rng.choice(5, 3).shape).toEqual([3]);
    expect(typeof rng.choice(5, { replace: false })).toBe('number');
    expect(typeof rng.choice([1, 2, 3])).toBe('number');
    expect(typeof rng.choice([true, false])).toBe('boolean');
    expect(rng.choice([[1, 2], [3, 4]]).shape).toEqual([2]);
    expect(rng.choice(np.arange(5), 2).shape).toEqual([2]);
  });

  it('untyped, union-typed and unknown-length arguments', () => {
    const untyped: any = 0;
    expectTypeOf(rng.normal(untyped)).toBeAny();
    expectTypeOf(rng.random(untyped)).toBeAny();
    expectTypeOf(rng.normal(untyped, 1, 3)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.normal(untyped, [1, 2])).toEqualTypeOf<NDArray>();
    const maybeSize = 3 as number | undefined;
    expectTypeOf(rng.random(maybeSize)).toEqualTypeOf<number | NDArray>();
    expectTypeOf(rng.normal(maybeSize)).toEqualTypeOf<number>();
    const loc = [0, 1] as number | number[];
    expectTypeOf(rng.normal(loc)).toEqualTypeOf<number | NDArray>();
    const args: unknown[] = [3];
    expectTypeOf(rng.normal(...args)).toEqualTypeOf<number | NDArray>();
    expectTypeOf(rng.integers(...args)).toEqualTypeOf<number | boolean | NDArray>();
    const untypedArgs: any[] = [3];
    expectTypeOf(rng.normal(...untypedArgs)).toBeAny();
    expect(kind(rng.random(maybeSize))).toBe('NDArray');
    expect(kind(rng.normal(loc))).toBe('NDArray');
  });
});

describe('RandomState result types', () => {
  const rs = new np.random.RandomState(0);

  it('rand / randn: dims give NDArray, none gives number', () => {
    expectTypeOf(rs).toEqualTypeOf<RandomState>();
    expectTypeOf(rs.rand()).toEqualTypeOf<number>();
    expectTypeOf(rs.rand(2, 3)).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.rand(4)).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.randn()).toEqualTypeOf<number>();
    expectTypeOf(rs.randn(2, 3)).toEqualTypeOf<NDArray>();
    const dims: number[] = [2];
    expectTypeOf(rs.rand(...dims)).toEqualTypeOf<number | NDArray>();

    expect(typeof rs.rand()).toBe('number');
    expect(rs.rand(2, 3).shape).toEqual([2, 3]);
    expect(typeof rs.randn()).toBe('number');
    expect(rs.randn(2, 3).shape).toEqual([2, 3]);
  });

  it('random / random_sample / standard_normal / normal / uniform', () => {
    expectTypeOf(rs.random()).toEqualTypeOf<number>();
    expectTypeOf(rs.random([2, 2])).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.random_sample({ size: 3 })).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.random_sample()).toEqualTypeOf<number>();
    expectTypeOf(rs.standard_normal()).toEqualTypeOf<number>();
    expectTypeOf(rs.standard_normal(3)).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.normal(10, 2)).toEqualTypeOf<number>();
    expectTypeOf(rs.normal(10, 2, { size: 3 })).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.normal([0, 10], 1)).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.uniform(-1, 1)).toEqualTypeOf<number>();
    expectTypeOf(rs.uniform(-1, 1, 4)).toEqualTypeOf<NDArray>();

    expect(typeof rs.random()).toBe('number');
    expect(rs.random([2, 2]).shape).toEqual([2, 2]);
    expect(rs.random_sample({ size: 3 }).shape).toEqual([3]);
    expect(typeof rs.normal(10, 2)).toBe('number');
    expect(rs.normal([0, 10], 1).shape).toEqual([2]);
    expect(rs.uniform(-1, 1, 4).shape).toEqual([4]);
  });

  it('randint and choice', () => {
    expectTypeOf(rs.randint(10)).toEqualTypeOf<number>();
    expectTypeOf(rs.randint(0, 10, { size: 5 })).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.randint(2, { dtype: 'bool' })).toEqualTypeOf<boolean>();
    expectTypeOf(rs.randint([3, 4])).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.choice(5)).toEqualTypeOf<number>();
    expectTypeOf(rs.choice(5, 3, { replace: false })).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.choice([1.5, 2.5])).toEqualTypeOf<number>();
    expectTypeOf(rs.choice(4, { size: 6, p: [0.1, 0.2, 0.3, 0.4] })).toEqualTypeOf<NDArray>();

    expect(typeof rs.randint(10)).toBe('number');
    expect(rs.randint(0, 10, { size: 5 }).shape).toEqual([5]);
    expect(typeof rs.randint(2, { dtype: 'bool' })).toBe('boolean');
    expect(rs.randint([3, 4]).shape).toEqual([2]);
    expect(typeof rs.choice([1.5, 2.5])).toBe('number');
    expect(rs.choice(4, { size: 6, p: [0.1, 0.2, 0.3, 0.4] }).shape).toEqual([6]);
  });
});

describe('np.random module function result types', () => {
  it('the reported case and its kin', () => {
    np.random.seed(1);
    expectTypeOf(np.random.random([4, 3, 2]).shape).toEqualTypeOf<number[]>();
    expect(np.random.random([4, 3, 2]).shape).toEqual([4, 3, 2]);
    expectTypeOf(np.random.random()).toEqualTypeOf<number>();
    expectTypeOf(np.random.random_sample([2, 2])).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.ranf(3)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.sample()).toEqualTypeOf<number>();
    expectTypeOf(np.random.rand(2, 3)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.rand()).toEqualTypeOf<number>();
    expectTypeOf(np.random.randn(4)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.randn()).toEqualTypeOf<number>();
    expectTypeOf(np.random.randint(0, 10, { size: 5 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.randint(0, 10)).toEqualTypeOf<number>();
    expectTypeOf(np.random.randint(2, { dtype: 'bool' })).toEqualTypeOf<boolean>();
    expectTypeOf(np.random.normal(10, 2, { size: 3 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.normal(10, 2)).toEqualTypeOf<number>();
    expectTypeOf(np.random.normal([0, 10])).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.uniform(-1, 1, { size: 4 })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.uniform()).toEqualTypeOf<number>();
    expectTypeOf(np.random.standard_normal(3)).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.standard_normal()).toEqualTypeOf<number>();
    expectTypeOf(np.random.choice(5, 3, { replace: false })).toEqualTypeOf<NDArray>();
    expectTypeOf(np.random.choice(5)).toEqualTypeOf<number>();
    expectTypeOf(np.random.choice([1, 2, 3])).toEqualTypeOf<number>();
  });

  it('the runtime returns the declared kinds', () => {
    np.random.seed(0);
    const cases: [unknown, string][] = [
      [np.random.random(), 'number'],
      [np.random.random_sample([2, 2]), 'NDArray'],
      [np.random.ranf(3), 'NDArray'],
      [np.random.sample(), 'number'],
      [np.random.rand(2, 3), 'NDArray'],
      [np.random.rand(), 'number'],
      [np.random.randn(4), 'NDArray'],
      [np.random.randn(), 'number'],
      [np.random.randint(0, 10, { size: 5 }), 'NDArray'],
      [np.random.randint(0, 10), 'number'],
      [np.random.randint(2, { dtype: 'bool' }), 'boolean'],
      [np.random.normal(10, 2, { size: 3 }), 'NDArray'],
      [np.random.normal(10, 2), 'number'],
      [np.random.normal([0, 10]), 'NDArray'],
      [np.random.uniform(-1, 1, { size: 4 }), 'NDArray'],
      [np.random.uniform(), 'number'],
      [np.random.standard_normal(3), 'NDArray'],
      [np.random.standard_normal(), 'number'],
      [np.random.choice(5, 3, { replace: false }), 'NDArray'],
      [np.random.choice(5), 'number'],
      [np.random.choice([1, 2, 3]), 'number'],
    ];
    expect(cases.map(([v]) => kind(v))).toEqual(cases.map(([, k]) => k));
  });
});

describe('distribution result types', () => {
  const rng = np.random.default_rng(0);
  const rs = new RandomState(0);

  it('a number without size and with scalar parameters, else an NDArray', () => {
    expectTypeOf(rng.exponential()).toEqualTypeOf<number>();
    expectTypeOf(rng.exponential(2, 3)).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.poisson([1, 2])).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.binomial(10, 0.5)).toEqualTypeOf<number>();
    expectTypeOf(rng.gamma(2, { size: [2, 2] })).toEqualTypeOf<NDArray>();
    expectTypeOf(rs.beta(2, 3)).toEqualTypeOf<number>();
    expectTypeOf(np.random.poisson(4)).toEqualTypeOf<number>();
    expectTypeOf(np.random.triangular(0, 1, [2, 3])).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.multinomial(10, [0.5, 0.5])).toEqualTypeOf<NDArray>();
    expectTypeOf(rng.multivariate_normal([0], [[1]])).toEqualTypeOf<NDArray>();

    expect(kind(rng.exponential())).toBe('number');
    expect(kind(rng.exponential(2, 3))).toBe('NDArray');
    expect(kind(rng.poisson([1, 2]))).toBe('NDArray');
    expect(kind(rng.binomial(10, 0.5))).toBe('number');
    expect(kind(rs.beta(2, 3))).toBe('number');
    expect(kind(np.random.poisson(4))).toBe('number');
    expect(kind(np.random.triangular(0, 1, [2, 3]))).toBe('NDArray');
    expect(rng.multivariate_normal([0], [[1]]).shape).toEqual([1]);
  });
});
