/**
 * Statistics against NumPy's own results: every statistics case of test/goldens/stats.json
 * (made by test/goldens/make_stats_goldens.py with NumPy 2.4) must give the same dtype,
 * shape and values — bit for bit, except where BLAS may sum in another order (weighted or
 * transposed cov / corrcoef: 1e-13 relative) — or the same error class and message.
 * Plus properties: the median is the middle of the sorted data, percentiles are monotone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { goldenSuite } from './stats-goldens';

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
