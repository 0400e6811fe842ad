import { describe, it, expect } from 'vitest';
import * as plt from '../../../../runtime/plt/pyplot';
import { boxed, linearTicks, logTicks, panned, withLimits, zoomed } from '../../../../web/outputs/renderers/figure-zoom';
import type { AxisSpec } from '../../../../runtime/plt/spec';

const axis = (lim: [number, number], scale: 'linear' | 'log' = 'linear'): AxisSpec => ({ lim, scale, ticks: [], minor: [], offset: '', label: null, ticklabels: true, rotation: 0 });

describe('figure-zoom.ts: a moved view and its ticks', () => {
  it('ticks at 1, 2, 2.5, 5 x 10^k with one precision and the minus sign; decades on log axes', () => {
    expect(linearTicks(0, 10, 6).map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(linearTicks(-1, 1, 5).map((t) => t.label)).toEqual(['\u22121.0', '\u22120.5', '0.0', '0.5', '1.0']);
    expect(linearTicks(0, 1, 4).map((t) => t.value)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linearTicks(0, 1, 4).map((t) => t.label)).toEqual(['0.00', '0.25', '0.50', '0.75', '1.00']);
    expect(linearTicks(1e6, 3e6, 2).map((t) => t.label)).toEqual(['1e+6', '2e+6', '3e+6']);
    expect(linearTicks(2, 2, 5)).toEqual([]);
    expect(logTicks(0.5, 2000).map((t) => t.value)).toEqual([1, 10, 100, 1000]);
    expect(logTicks(0.5, 2000)[0].label).toBe('$\\mathdefault{10^{0}}$');
  });

  it('pans by a fraction of the view, zooms about a point, boxes between two; log axes in decades', () => {
    expect(panned(axis([0, 10]), 0.1)).toEqual([-1, 9]);
    expect(zoomed(axis([0, 10]), 0.5, 0.2)).toEqual([1, 6]);
    expect(boxed(axis([0, 10]), 0.8, 0.3)).toEqual([3, 8]);
    const [lo, hi] = panned(axis([1, 100], 'log'), 0.5);
    expect([lo, hi].map((v) => Math.round(Math.log10(v) * 1e9) / 1e9)).toEqual([-1, 1]);
    // An inverted axis (imshow's y) pans the same way on screen.
    expect(panned(axis([10, 0]), 0.1)).toEqual([11, 1]);
  });

  it('changes only the axes it is given, with ticks for the new view', () => {
    plt.close('all');
    const [fig, axes] = plt.subplots(1, 2);
    axes[0].plot([0, 10], [0, 10]);
    axes[1].plot([0, 1], [5, 6]);
    const spec = fig.spec();
    const moved = withLimits(spec, 0, [2, 4], [2, 4]);
    expect(moved.axes[1]).toBe(spec.axes[1]);
    expect(moved.axes[0].x.lim).toEqual([2, 4]);
    expect(moved.axes[0].x.ticks.every((t) => t.value >= 2 && t.value <= 4)).toBe(true);
    expect(moved.axes[0].x.ticks.length).toBeGreaterThanOrEqual(3);
    expect(withLimits(spec, 0, spec.axes[0].x.lim, spec.axes[0].y.lim).axes[0].x).toBe(spec.axes[0].x);
    plt.close('all');
  });

  it('a twin (twinx) moves its shared x with the axes it twins; its own y stays', () => {
    plt.close('all');
    const [fig, ax] = plt.subplots();
    ax.plot([0, 10], [0, 1]);
    const twin = ax.twinx();
    twin.plot([0, 10], [100, 200]);
    const spec = fig.spec();
    const i = spec.axes.length - 1;
    const moved = withLimits(spec, i, [2, 4], [150, 160]);
    expect(moved.axes[i].x.lim).toEqual([2, 4]);
    expect(moved.axes[0].x.lim).toEqual([2, 4]);
    expect(moved.axes[0].y.lim).toEqual(spec.axes[0].y.lim);
    plt.close('all');
  });
});
