/**
 * Comparison logic against NumPy's own results (test/goldens/stats.json, made by
 * test/goldens/make_stats_goldens.py with NumPy 2.4): isclose, allclose, array_equal,
 * array_equiv, isposinf, isneginf. Plus result_type / can_cast and properties.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';

// ---- the goldens (same decoder in elementwise.test.ts and logic.test.ts) ----------------
type Num = number | string | boolean;
interface NdJson { nd: { dtype: string; shape: number[]; data: Num[] } }
interface Case { fn: string; args: unknown[]; kwargs: Record<string, unknown>; expect: any; tol?: number }
const goldens: { numpy: string; inputs: Record<string, NdJson>; cases: Case[] } = JSON.parse(
  readFileSync(new URL('../goldens/stats.json', import.meta.url), 'utf8'),
);

const num = (v: Num): number | boolean => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : (v as number | boolean));

function decode(v: unknown): any {
  if (Array.isArray(v)) return v.map(decode);
  if (v === 'nan' || v === 'inf' || v === '-inf') return num(v);
  if (v !== null && typeof v === 'object') {
    if ('ref' in v) return decode(goldens.inputs[(v as { ref: string }).ref]);
    if ('nd' in v) {
      const { dtype, shape, data } = (v as NdJson).nd;
      const flat = np.array(data.map(num) as number[], { dtype });
      return flat.reshape(shape);
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

function call(c: Case): unknown {
  const args = c.args.map(decode);
  const fn = (np as any)[c.fn];
  if (typeof fn !== 'function') throw new Error(`np.${c.fn} is missing`);
  return Object.keys(c.kwargs).length ? fn(...args, decode(c.kwargs)) : fn(...args);
}

function same(got: number, want: number, tol: number): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (tol === 0 || !Number.isFinite(want)) return Object.is(got, want) || (got === want && got !== 0);
  return Math.abs(got - want) <= tol * Math.max(Math.abs(want), 1e-300) + 1e-300;
}

/** Null when the result matches, else why not. */
function check(got: unknown, want: any, tol: number, at = 'result'): string | null {
  if ('nd' in want) {
    if (!(got instanceof NDArray)) return `${at}: expected an ndarray, got ${String(got)}`;
    const { dtype, shape, data } = want.nd as NdJson['nd'];
    if (got.dtype !== dtype) return `${at}: dtype ${got.dtype}, expected ${dtype}`;
    if (JSON.stringify(got.shape) !== JSON.stringify(shape)) return `${at}: shape [${got.shape}], expected [${shape}]`;
    for (let i = 0; i < data.length; i++) {
      const g = got.flatGet(i);
      const w = num(data[i]);
      const ok = typeof w === 'boolean' ? (g !== 0) === w : same(g, w, tol);
      if (!ok) return `${at}[${i}]: ${g}, expected ${w}`;
    }
    return null;
  }
  if ('scalar' in want) {
    const w = num(want.scalar);
    if (typeof w === 'boolean') return got === w ? null : `${at}: ${String(got)}, expected ${w}`;
    if (typeof got !== 'number') return `${at}: expected a number, got ${String(got)}`;
    return same(got, w, tol) ? null : `${at}: ${got}, expected ${w}`;
  }
  if ('bool' in want) return got === want.bool ? null : `${at}: ${String(got)}, expected ${want.bool}`;
  if ('tuple' in want) {
    if (!Array.isArray(got) || got.length !== want.tuple.length) return `${at}: expected a ${want.tuple.length}-tuple`;
    for (let i = 0; i < got.length; i++) {
      const r = check(got[i], want.tuple[i], tol, `${at}[${i}]`);
      if (r) return r;
    }
    return null;
  }
  return `${at}: unknown expectation`;
}

function runCase(c: Case): string | null {
  const tol = c.tol ?? 0;
  if ('error' in c.expect) {
    try {
      const v = call(c);
      return `expected ${c.expect.error} but got ${String(v)}`;
    } catch (e) {
      const err = e as Error;
      if (err.name !== c.expect.error) return `threw ${err.name}: ${err.message}; expected ${c.expect.error}: ${c.expect.message}`;
      return err.message === c.expect.message ? null : `message ${JSON.stringify(err.message)}, expected ${JSON.stringify(c.expect.message)}`;
    }
  }
  let got: unknown;
  try {
    got = call(c);
  } catch (e) {
    return `threw ${(e as Error).name}: ${(e as Error).message}`;
  }
  return check(got, c.expect, tol);
}

function goldenSuite(fns: readonly string[], looseFns: readonly string[] = []): void {
  const byFn = new Map<string, Case[]>();
  for (const c of goldens.cases) if (fns.includes(c.fn)) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  for (const [fn, cs] of byFn) {
    it(`np.${fn} matches NumPy ${goldens.numpy} (${cs.length} cases)`, () => {
      const failures = cs
        .map((c) => [c, runCase(looseFns.includes(fn) ? { ...c, tol: c.tol ?? 1e-13 } : c)] as const)
        .filter(([, r]) => r !== null)
        .map(([c, r]) => `${c.fn}(${JSON.stringify(c.args).slice(0, 80)}, ${JSON.stringify(c.kwargs)}): ${r}`);
      expect(failures).toEqual([]);
    });
  }
}
// ---------------------------------------------------------------------------------------------

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
