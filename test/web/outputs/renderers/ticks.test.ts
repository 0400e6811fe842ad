import { describe, it, expect } from 'vitest';
import { formatTick, niceStep, niceTicks } from '../../../../web/outputs/renderers/ticks';

describe('ticks', () => {
  it('steps are 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(999, 5)).toBe(200);
    expect(niceStep(999_999, 5)).toBe(200_000);
    expect(niceStep(3, 5)).toBe(0.5);
    expect(niceStep(0.007, 5)).toBe(0.001);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('ticks fall on multiples of the step inside the range, without float noise', () => {
    expect(niceTicks(0, 1).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-0.99965, 0.99979, 10).values).toEqual([-0.8, -0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0.1, 0.7, 6).values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(0, 999, 5, true).values).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(0, 3, 10, true)).toEqual({ values: [0, 1, 2, 3], step: 1 });
    expect(niceTicks(5, 5).values).toEqual([5]);
    expect(niceTicks(3, -3, 3).values).toEqual([-2, 0, 2]);
    expect(niceTicks(NaN, 1).values).toEqual([]);
    for (const [lo, hi] of [[-1e-9, 3e-9], [1e12, 1.00001e12], [-273.15, 1e3]]) {
      const t = niceTicks(lo, hi, 5);
      expect(t.values.length).toBeGreaterThanOrEqual(2);
      expect(t.values.length).toBeLessThanOrEqual(11);
      for (const v of t.values) {
        expect(v).toBeGreaterThanOrEqual(lo - 1e-9 * Math.abs(lo));
        expect(v).toBeLessThanOrEqual(hi + 1e-9 * Math.abs(hi));
      }
    }
  });

  it('labels carry as many decimals as the step', () => {
    expect(formatTick(0, 0.2)).toBe('0');
    expect(formatTick(0.4, 0.2)).toBe('0.4');
    expect(formatTick(-0.5, 0.5)).toBe('-0.5');
    expect(formatTick(400, 200)).toBe('400');
    expect(formatTick(0.25, 0.05)).toBe('0.25');
    expect(formatTick(0.001, 0.001)).toBe('0.001');
    expect(formatTick(2_000_000, 1_000_000)).toBe('2e6');
    expect(formatTick(2_500_000, 500_000)).toBe('2.5e6');
    expect(formatTick(3e-6, 1e-6)).toBe('3e-6');
  });
});
