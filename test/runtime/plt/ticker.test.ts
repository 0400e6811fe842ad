/**
 * plt's tick rules against matplotlib's own results: test/goldens/plt.json, made by
 * test/goldens/make_plt_goldens.py with matplotlib 3.6 (MaxNLocator with AutoLocator's
 * steps, LogLocator majors and 'auto' minors, ScalarFormatter labels and offset text).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { autoLocator, logLocator, logFormatter, maxNLocator, nonsingular, pyDivmod, scalarFormatter, scaleRange } from '../../../runtime/plt/ticker';

interface Goldens {
  matplotlib: string;
  linear: { vmin: number; vmax: number; nbins: number; ticks: number[] }[];
  log: { vmin: number; vmax: number; numticks: number; major: number[]; minor: number[] }[];
  format: { vmin: number; vmax: number; locs: number[]; labels: string[]; offset: string }[];
}

const G = JSON.parse(readFileSync('test/goldens/plt.json', 'utf8')) as Goldens;

/** Equal to the last bits where matplotlib's arithmetic is reproduced; 1e-12 relative otherwise. */
function close(actual: number[], expected: number[]): void {
  expect(actual.length, `${actual} vs ${expected}`).toBe(expected.length);
  actual.forEach((v, i) => {
    const e = expected[i];
    expect(Math.abs(v - e) <= 1e-12 * Math.max(1, Math.abs(e)), `${v} vs ${e} in ${expected}`).toBe(true);
  });
}

describe('MaxNLocator (AutoLocator steps) against matplotlib', () => {
  for (const c of G.linear) {
    it(`[${c.vmin}, ${c.vmax}] nbins ${c.nbins}`, () => {
      close(maxNLocator(c.vmin, c.vmax, { nbins: c.nbins, steps: [1, 2, 2.5, 5, 10] }), c.ticks);
    });
  }
  it('bit-identical on most ranges', () => {
    const exact = G.linear.filter((c) => {
      const t = autoLocator(c.vmin, c.vmax, c.nbins);
      return t.length === c.ticks.length && t.every((v, i) => v === c.ticks[i]);
    });
    expect(exact.length).toBeGreaterThanOrEqual(G.linear.length - 2);
  });
});

describe('LogLocator against matplotlib', () => {
  for (const c of G.log) {
    it(`[${c.vmin}, ${c.vmax}] numticks ${c.numticks}`, () => {
      close(logLocator(c.vmin, c.vmax, { numticks: c.numticks }), c.major);
      close(logLocator(c.vmin, c.vmax, { numticks: c.numticks, subs: 'auto' }), c.minor);
    });
  }
  it('refuses a range without positive values', () => {
    expect(() => logLocator(0, 10)).toThrow('Data has no positive values, and therefore can not be log-scaled.');
  });
});

describe('ScalarFormatter against matplotlib', () => {
  for (const c of G.format) {
    it(`labels on [${c.vmin}, ${c.vmax}]`, () => {
      const f = scalarFormatter(c.locs, c.vmin, c.vmax);
      expect(f.labels).toEqual(c.labels);
      expect(f.offset).toBe(c.offset);
    });
  }
});

describe('helpers', () => {
  it("pyDivmod is Python's divmod", () => {
    expect(pyDivmod(7, 2)).toEqual([3, 1]);
    expect(pyDivmod(-7, 2)).toEqual([-4, 1]);
    expect(pyDivmod(7, -2)).toEqual([-4, -1]);
    expect(pyDivmod(-0.3, 1)[0]).toBe(-1);
    expect(pyDivmod(-0.3, 1)[1]).toBeCloseTo(0.7, 15);
  });
  it('scale_range and nonsingular', () => {
    expect(scaleRange(0, 1, 9)).toEqual([0.1, 0]);
    expect(scaleRange(1e6, 1e6 + 10, 9)).toEqual([1, 1e6]);
    expect(nonsingular(5, 5, 0.05)).toEqual([4.75, 5.25]);
    expect(nonsingular(0, 0, 0.05)).toEqual([-0.05, 0.05]);
    expect(nonsingular(3, 1)).toEqual([1, 3]);
  });
  it('log labels are 10^{k} at decades, with a Unicode minus', () => {
    expect(logFormatter(100)).toBe('10^{2}');
    expect(logFormatter(0.001)).toBe('10^{\u22123}');
    expect(logFormatter(1)).toBe('10^{0}');
    expect(logFormatter(20)).toBe('');
    expect(logFormatter(20, { minor: true, numdec: 0.3 })).toBe('2\u00d710^{1}');
    expect(logFormatter(20, { minor: true, numdec: 3 })).toBe('');
  });
});
