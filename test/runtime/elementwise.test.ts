/**
 * Elementwise selection and rounding against NumPy's own results (test/goldens/stats.json,
 * made by test/goldens/make_stats_goldens.py with NumPy 2.4): where (3-argument and the
 * nonzero form), clip, round/around, fix, nan_to_num, sinc and select must give NumPy's
 * dtype, shape and values bit for bit, or NumPy's error class and message. Plus the
 * ndarray methods and a few fast-check properties.
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
