import { describe, it, expect } from 'vitest';
import { createViewRegistry, defaultViews } from '../../../../web/outputs/renderers/index';
import { payloadOf, sizeOf, type NdarrayPayload } from '../../../../web/outputs/renderers/ndarray-data';
import type { ArrayView } from '../../../../web/outputs/renderers/registry';

const arr = (dtype: string, shape: number[]): NdarrayPayload => payloadOf(dtype, shape, new Array(sizeOf(shape)).fill(0));
const best = (p: NdarrayPayload) => defaultViews.preferred(p)?.id;
const offered = (p: NdarrayPayload) => defaultViews.applicable(p).map((v) => v.id);

describe('view registry', () => {
  it('picks the default view from shape and dtype', () => {
    expect(best(arr('float64', []))).toBe('text');
    expect(best(arr('int64', [2, 2, 2, 2]))).toBe('text');
    expect(best(arr('float64', [0]))).toBe('text');
    expect(best(arr('int64', [10]))).toBe('table');
    expect(best(arr('float64', [64]))).toBe('table');
    expect(best(arr('float64', [65]))).toBe('plot');
    expect(best(arr('float32', [1_000_000]))).toBe('plot');
    expect(best(arr('float64', [3, 4]))).toBe('table');
    expect(best(arr('float64', [1000, 3]))).toBe('table');
    expect(best(arr('float64', [16, 16]))).toBe('heatmap');
    expect(best(arr('int64', [1000, 1000]))).toBe('heatmap');
    expect(best(arr('uint8', [128, 128]))).toBe('image');
    expect(best(arr('bool', [32, 32]))).toBe('image');
    expect(best(arr('uint8', [64, 96, 3]))).toBe('image');
    expect(best(arr('float64', [32, 32, 4]))).toBe('image');
    expect(best(arr('float64', [28, 28, 1]))).toBe('image');
    expect(best(arr('int64', [2, 3, 4]))).toBe('table');
    expect(best(arr('int64', [5, 6, 7]))).toBe('table');
  });

  it('offers every view that can draw the payload, in switcher order', () => {
    expect(offered(arr('float64', []))).toEqual(['text']);
    expect(offered(arr('int64', [10]))).toEqual(['text', 'table', 'plot']);
    expect(offered(arr('float64', [1]))).toEqual(['text', 'table']);
    expect(offered(arr('float64', [40, 50]))).toEqual(['text', 'table', 'heatmap', 'image']);
    expect(offered(arr('uint8', [64, 96, 3]))).toEqual(['text', 'table', 'image']);
    expect(offered(arr('int64', [5, 6, 7]))).toEqual(['text', 'table']);
  });

  it('draws a payload it cannot read (truncated, unknown dtype) as text only', () => {
    expect(offered({ dtype: 'float64', shape: [1000, 1000], truncated: true })).toEqual(['text']);
    expect(offered({ dtype: 'complex128', shape: [3], buffer: new ArrayBuffer(48) })).toEqual(['text']);
    expect(offered({ dtype: 'float64', shape: [3], buffer: new ArrayBuffer(8) })).toEqual(['text']);
  });

  it('ranks registered views; a later registration with the same id replaces, a higher rank wins', () => {
    const r = createViewRegistry();
    const mine: ArrayView = { id: 'mine', label: 'mine', rank: (p) => (p.shape.length === 1 ? 99 : 0), mount: () => { throw new Error(); }, css: '' };
    r.register(mine);
    expect(r.preferred(arr('int64', [3]))?.id).toBe('mine');
    expect(r.ranked(arr('int64', [3])).map((x) => x.view.id)).toEqual(['mine', 'table', 'text', 'plot']);
    expect(r.preferred(arr('int64', [3, 3]))?.id).toBe('table');
    r.register({ ...mine, rank: () => { throw new Error('bad'); } });
    expect(r.applicable(arr('int64', [3])).map((v) => v.id)).toEqual(['text', 'table', 'plot']);
    expect(r.all().length).toBe(6);
  });
});
