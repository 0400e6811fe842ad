/**
 * Statistics against NumPy's own results: every statistics case of test/goldens/stats.json
 * (made by test/goldens/make_stats_goldens.py with NumPy 2.4) must give the same dtype,
 * shape and values — bit for bit, except where BLAS may sum in another order (weighted or
 * transposed cov / corrcoef: 1e-13 relative) — or the same error class and message.
 * Plus properties: the median is the middle of the sorted data, percentiles are monotone.
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

describe('statistics goldens', () => {
  goldenSuite(
    [
      'median', 'quantile', 'percentile', 'nanmedian', 'nanquantile', 'nanpercentile', 'nanmean', 'nanvar', 'nanstd',
      'nansum', 'nanprod', 'nanmax', 'nanmin', 'nanargmax', 'nanargmin', 'nancumsum', 'nancumprod', 'average', 'cov',
      'corrcoef', 'diff', 'ediff1d', 'gradient', 'trapezoid', 'interp', 'convolve', 'correlate', 'cross',
    ],
    ['cov', 'corrcoef'],
  );
});

describe('statistics: API shape', () => {
  it('returns JS scalars for full reductions and arrays with the q axis first', () => {
    const x = np.array([2, 4, 4, 4, 5, 5, 7, 9], { dtype: 'float64' });
    expect(np.median(x)).toBe(4.5);
    expect(np.percentile(x, 90)).toBeCloseTo(7.6, 14);
    const q = np.quantile(np.arange(24).reshape(2, 3, 4), [0.25, 0.75], { axis: 2 }) as NDArray;
    expect(q.shape).toEqual([2, 2, 3]);
    expect(np.average(np.array([[1, 5, 3], [4, 2, 6]]), { axis: 0, weights: [1, 3] }).tolist()).toEqual([3.25, 2.75, 5.25]);
  });

  it('takes the axis positionally as well as in the options', () => {
    const m = np.array([[1, 5, 3], [4, 2, 6]]);
    expect((np.median(m, 0) as NDArray).tolist()).toEqual([2.5, 3.5, 4.5]);
    expect((np.quantile(m, 0.5, 1) as NDArray).tolist()).toEqual([3, 4]);
    expect((np.nanmean(m, 1) as NDArray).tolist()).toEqual([3, 4]);
  });

  it('gradient returns a tuple (JS array) for several axes', () => {
    const g = np.gradient(np.array([[1, 2, 6], [3, 4, 5]]));
    expect(Array.isArray(g)).toBe(true);
    expect(g.map((a: NDArray) => a.tolist())).toEqual([
      [[2, 2, -1], [2, 2, -1]],
      [[1, 2.5, 4], [1, 1, 1]],
    ]);
  });

  it('does not modify its input', () => {
    const a = np.array([3, 1, 2, NaN, 0.5]);
    const before = a.tolist();
    np.median(a);
    np.nanmedian(a);
    np.quantile(a, [0.1, 0.9]);
    np.nanvar(a);
    expect(a.tolist()).toEqual(before);
  });
});

describe('statistics: properties', () => {
  const data = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('the median is the middle of the sorted data (mean of the two middle values)', () => {
    fc.assert(
      fc.property(data, (xs) => {
        const s = [...xs].sort((p, q) => p - q);
        const n = s.length;
        const want = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return Object.is(np.median(np.array(xs, { dtype: 'float64' })), want) || np.median(np.array(xs, { dtype: 'float64' })) === want;
      }),
      { numRuns: 200 },
    );
  });

  it('percentile is monotone in q and bounded by min and max', () => {
    fc.assert(
      fc.property(data, fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 10 }), (xs, qs) => {
        const a = np.array(xs, { dtype: 'float64' });
        const sortedQ = [...qs].sort((p, q) => p - q);
        const p = (np.percentile(a, sortedQ) as NDArray).tolist() as number[];
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        return p.every((v, i) => v >= lo && v <= hi && (i === 0 || v >= p[i - 1]));
      }),
      { numRuns: 200 },
    );
  });

  it('lower/higher/nearest/linear quantiles read the sorted data (many duplicates, many q)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (xs, qs) => {
          const s = [...xs].sort((p, q) => p - q);
          const n = s.length;
          const a = np.array(xs);
          const rint = (v: number) => (Math.abs(v % 1) === 0.5 ? 2 * Math.round(v / 2) : Math.round(v));
          const lower = (np.quantile(a, qs, { method: 'lower' }) as NDArray).tolist() as number[];
          const higher = (np.quantile(a, qs, { method: 'higher' }) as NDArray).tolist() as number[];
          const nearest = (np.quantile(a, qs, { method: 'nearest' }) as NDArray).tolist() as number[];
          const linear = (np.quantile(a, qs) as NDArray).tolist() as number[];
          return qs.every((q, i) => {
            const v = (n - 1) * q;
            const lo = s[Math.floor(v)];
            const hi = s[Math.ceil(v)];
            return lower[i] === lo && higher[i] === hi && nearest[i] === s[rint(v)] && linear[i] >= lo && linear[i] <= hi;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nanmedian ignores NaNs: equals the median of the non-NaN values', () => {
    fc.assert(
      fc.property(data, fc.array(fc.nat(80), { maxLength: 10 }), (xs, holes) => {
        const withNaN = [...xs];
        for (const h of holes) withNaN.splice(h % (withNaN.length + 1), 0, NaN);
        return np.nanmedian(np.array(withNaN, { dtype: 'float64' })) === np.median(np.array(xs, { dtype: 'float64' }));
      }),
      { numRuns: 100 },
    );
  });

  it('diff then cumsum recovers the data (ints)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }), (xs) => {
        const d = np.diff(np.array(xs)) as NDArray;
        const back = np.cumsum(d).add(xs[0]).tolist();
        return JSON.stringify(back) === JSON.stringify(xs.slice(1));
      }),
      { numRuns: 100 },
    );
  });
});
