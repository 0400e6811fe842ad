import { describe, it, expect } from 'vitest';
import { colorbarLabels, displaySize, heatmapPixels, heatmapPixelsBinned } from '../../../../web/outputs/renderers/heatmap';
import { clipNote, imageCanvasSize, imageLayout, imagePixels, imagePixelsBinned, imageScale } from '../../../../web/outputs/renderers/image';
import { colormap } from '../../../../web/outputs/renderers/colormaps';

const rgba = (px: Uint32Array, i: number) => [...new Uint8Array(px.buffer, 4 * i, 4)];

describe('heatmap pixels', () => {
  it('colors min dark purple, max yellow, NaN its own color, clips +-inf to the ends', () => {
    const cm = colormap('viridis');
    const out = new Uint32Array(5);
    heatmapPixels(new Float64Array([0, 10, NaN, Infinity, -Infinity]), 0, 10, cm, out);
    expect(rgba(out, 0)).toEqual([68, 1, 84, 255]);
    expect(rgba(out, 1)).toEqual([253, 231, 37, 255]);
    expect(rgba(out, 2)).toEqual([...cm.nan, 255]);
    expect(rgba(out, 3)).toEqual([253, 231, 37, 255]);
    expect(rgba(out, 4)).toEqual([68, 1, 84, 255]);
    const flat = new Uint32Array(2);
    heatmapPixels(new Int32Array([4, 4]), 4, 4, cm, flat);
    expect(flat[0]).toBe(cm.rgba32[128]);
  });

  it('shrinks by blocks: each pixel the mean position of its elements, NaN kept visible', () => {
    const cm = colormap('viridis');
    // 1:1 is the plain mapping.
    const a = new Float64Array(12).map((_, i) => (i === 5 ? NaN : i === 7 ? Infinity : i));
    const one = new Uint32Array(12);
    const plain = new Uint32Array(12);
    heatmapPixelsBinned(a, 3, 4, 0, 11, cm, 4, 3, one);
    heatmapPixels(a, 0, 11, cm, plain);
    expect([...one]).toEqual([...plain]);
    // 4 x 4 -> 2 x 2: blocks of 2 x 2.
    const b = new Float64Array([0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, NaN, 1, 1]);
    const out = new Uint32Array(4);
    heatmapPixelsBinned(b, 4, 4, 0, 1, cm, 2, 2, out);
    expect(out[0]).toBe(cm.rgba32[0]);
    expect(out[1]).toBe(cm.rgba32[255]);
    expect(out[2]).toBe(cm.nan32);
    expect(out[3]).toBe(cm.rgba32[255]);
    // 2 x 3 -> 1 x 1: the mean of 0, 0.5, 1, ... is mid-range.
    const c = new Uint32Array(1);
    heatmapPixelsBinned(new Float32Array([0, 0.5, 1, 0, 0.5, 1]), 2, 3, 0, 1, cm, 1, 1, c);
    expect(c[0]).toBe(cm.rgba32[(((0 + 128 + 255) * 2) / 6) | 0]);
    // Uneven blocks: 5 columns into 2 pixels are columns 0-2 and 3-4.
    const d = new Uint32Array(2);
    heatmapPixelsBinned(new Float64Array([0, 0, 0, 1, 1]), 1, 5, 0, 1, cm, 2, 1, d);
    expect(d[0]).toBe(cm.rgba32[0]);
    expect(d[1]).toBe(cm.rgba32[255]);
  });

  it('colors 10^6 elements', () => {
    const a = new Float64Array(1_000_000).map((_, i) => i);
    const out = new Uint32Array(a.length);
    heatmapPixels(a, 0, 999_999, colormap('magma'), out);
    expect(out[999_999]).toBe(colormap('magma').rgba32[255]);
  });

  it('sizes the map: whole-number upscaling, shrink to fit, thin sides stretched', () => {
    expect(displaySize(1000, 1000)).toEqual({ width: 480, height: 480, upscaled: false });
    expect(displaySize(48, 64)).toEqual({ width: 448, height: 336, upscaled: true });
    expect(displaySize(3, 4)).toEqual({ width: 192, height: 144, upscaled: true });
    expect(displaySize(2, 1000)).toMatchObject({ width: 480, height: 40 });
  });

  it('labels the colorbar with the range ends and nice ticks clear of them', () => {
    const l = colorbarLabels(0, 1, 480, false);
    expect(l[0]).toEqual({ y: 0, text: '1' });
    expect(l[l.length - 1]).toEqual({ y: 480, text: '0' });
    expect(l.map((x) => x.text)).toContain('0.5');
    expect(colorbarLabels(-0.99965, 0.99979, 336, false).map((x) => x.text)[0]).toBe('0.99979');
    expect(colorbarLabels(3, 3, 100, true)).toEqual([{ y: 50, text: '3' }]);
    expect(colorbarLabels(NaN, NaN, 100, false)).toEqual([]);
  });
});

describe('image pixels', () => {
  it('reads shapes as gray, RGB, RGBA', () => {
    expect(imageLayout([4, 5])).toEqual({ height: 4, width: 5, channels: 1 });
    expect(imageLayout([4, 5, 3])).toEqual({ height: 4, width: 5, channels: 3 });
    expect(imageLayout([4, 5, 4])?.channels).toBe(4);
    expect(imageLayout([4, 5, 2])).toBeNull();
    expect(imageLayout([4])).toBeNull();
  });

  it('converts uint8 as is, floats on 0..1, other ints on 0..255, clipping and counting', () => {
    const out = new Uint8ClampedArray(8);
    expect(imagePixels(new Uint8Array([255, 0, 0, 0, 255, 0]), 'uint8', { height: 1, width: 2, channels: 3 }, out)).toEqual({ clipped: 0, nan: 0, unit: 255 });
    expect([...out]).toEqual([255, 0, 0, 255, 0, 255, 0, 255]);
    const s = imagePixels(new Float64Array([0.5, -0.2, 1.5, NaN, 1, 0, 0, 0.5]), 'float64', { height: 1, width: 2, channels: 4 }, out);
    expect(s).toEqual({ clipped: 2, nan: 1, unit: 1 });
    expect([...out]).toEqual([128, 0, 255, 0, 255, 0, 0, 128]);
    const g = imagePixels(new Float64Array([300, -1]), 'int64', { height: 1, width: 2, channels: 1 }, out);
    expect(g).toEqual({ clipped: 2, nan: 0, unit: 255 });
    expect([...out]).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
    imagePixels(new Uint8Array([1, 0]), 'bool', { height: 1, width: 2, channels: 1 }, out);
    expect([...out]).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
    expect(clipNote(s)).toBe('2 values outside [0, 1] clipped; 1 NaN drawn as 0');
    expect(clipNote({ clipped: 0, nan: 0, unit: 1 })).toBe('');
  });

  it('shrinks large images by block means, counting clipped values over all pixels', () => {
    // 2 x 4 RGB -> 1 x 2: left block red and black, right block all green.
    const px = [255, 0, 0, 0, 0, 0, 0, 255, 0, 0, 255, 0, 255, 0, 0, 0, 0, 0, 0, 255, 0, 0, 255, 0];
    const out = new Uint8ClampedArray(8);
    const s = imagePixelsBinned(new Uint8Array(px), 'uint8', { height: 2, width: 4, channels: 3 }, 2, 1, out);
    expect(s).toEqual({ clipped: 0, nan: 0, unit: 255 });
    expect([...out]).toEqual([128, 0, 0, 255, 0, 255, 0, 255]);
    const f = imagePixelsBinned(new Float64Array([2, 0, -1, NaN]), 'float64', { height: 2, width: 2, channels: 1 }, 1, 1, out);
    expect(f).toEqual({ clipped: 2, nan: 1, unit: 1 });
    expect([...out.slice(0, 4)]).toEqual([64, 64, 64, 255]);
    // At 1:1 it is the plain conversion.
    const a = new Float32Array(4 * 3 * 4).map((_, i) => (i % 7) / 6);
    const one = new Uint8ClampedArray(48);
    const plain = new Uint8ClampedArray(48);
    imagePixelsBinned(a, 'float32', { height: 4, width: 3, channels: 4 }, 3, 4, one);
    imagePixels(a, 'float32', { height: 4, width: 3, channels: 4 }, plain);
    expect([...one]).toEqual([...plain]);
    expect(imageCanvasSize(100, 200)).toEqual({ width: 200, height: 100 });
    expect(imageCanvasSize(1000, 1500)).toEqual({ width: 640, height: 427 });
  });

  it('upscales small images by a whole factor', () => {
    expect(imageScale(8, 8)).toBe(32);
    expect(imageScale(28, 28)).toBe(9);
    expect(imageScale(64, 96)).toBe(2);
    expect(imageScale(300, 200)).toBe(1);
  });
});
