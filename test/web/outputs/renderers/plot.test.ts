import { describe, it, expect } from 'vitest';
import { envelope, pxToIndex, xToPx, yDomain, yToPx, type PlotGeometry } from '../../../../web/outputs/renderers/plot';

function brute(data: ArrayLike<number>, columns: number) {
  const n = data.length;
  const min: number[] = [];
  const max: number[] = [];
  for (let c = 0; c < columns; c++) {
    const vals: number[] = [];
    for (let i = Math.floor((c * n) / columns); i < Math.floor(((c + 1) * n) / columns); i++) {
      if (Number.isFinite(data[i])) vals.push(data[i]);
    }
    min.push(vals.length ? Math.min(...vals) : NaN);
    max.push(vals.length ? Math.max(...vals) : NaN);
  }
  return { min, max };
}

describe('plot envelope', () => {
  it('is the min and max of each column run, skipping NaN and infinities', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    for (const [n, cols] of [[1000, 100], [1001, 7], [10, 10], [5, 8], [12345, 640]]) {
      const a = new Float64Array(n).map(() => rnd());
      a[3] = NaN;
      if (n > 20) a[17] = Infinity;
      const e = envelope(a, cols);
      const b = brute(a, cols);
      expect([...e.min]).toEqual(b.min);
      expect([...e.max]).toEqual(b.max);
    }
  });

  it('gives NaN for a column with no finite value, and runs over a sub-range', () => {
    const e = envelope(new Float32Array([NaN, NaN, 1, 2, 3, 4]), 3);
    expect([...e.min]).toEqual([NaN, 1, 3]);
    expect([...e.max]).toEqual([NaN, 2, 4]);
    const s = envelope([9, 1, 2, 3, 4, 9], 2, 1, 5);
    expect([...s.min]).toEqual([1, 3]);
    expect([...s.max]).toEqual([2, 4]);
  });

  it('reduces 10^6 points in one pass', () => {
    const a = new Float32Array(1_000_000).map((_, i) => Math.sin(i / 1000));
    const e = envelope(a, 700);
    expect(Math.max(...e.max)).toBeCloseTo(1, 5);
    expect(Math.min(...e.min)).toBeCloseTo(-1, 5);
  });
});

describe('plot scales', () => {
  const g: PlotGeometry = { width: 640, height: 240, left: 40, right: 14, top: 10, bottom: 26, n: 101, x0: 0, x1: 100, y0: -1, y1: 1, envelope: false };
  it('maps index and value to pixels and back', () => {
    expect(xToPx(g, 0)).toBe(40);
    expect(xToPx(g, 100)).toBe(626);
    expect(yToPx(g, 1)).toBe(10);
    expect(yToPx(g, -1)).toBe(214);
    for (const i of [0, 1, 37, 99, 100]) expect(pxToIndex(g, xToPx(g, i))).toBe(i);
    expect(pxToIndex(g, 0)).toBe(0);
    expect(pxToIndex(g, 10_000)).toBe(100);
  });
  it('pads the y range and widens a constant one', () => {
    expect(yDomain(0, 10)).toEqual([-0.5, 10.5]);
    expect(yDomain(0, 0)).toEqual([-1, 1]);
    expect(yDomain(5, 5)).toEqual([4.5, 5.5]);
    expect(yDomain(NaN, NaN)).toEqual([-1, 1]);
  });
});
