import { describe, it, expect } from 'vitest';
import { COLORMAPS, colorOf, colormap, lutIndex, pack } from '../../../../web/outputs/renderers/colormaps';

describe('colormaps', () => {
  it('viridis runs from dark purple to yellow through teal (matplotlib table)', () => {
    const v = colormap('viridis');
    expect([...v.rgb.slice(0, 3)]).toEqual([68, 1, 84]);
    expect([...v.rgb.slice(765, 768)]).toEqual([253, 231, 37]);
    expect([...v.rgb.slice(3 * 128, 3 * 128 + 3)]).toEqual([33, 145, 140]);
  });

  it('every map has 256 colors, a NaN color outside its table, and gray is the identity', () => {
    for (const name of COLORMAPS) {
      const c = colormap(name);
      expect(c.rgb.length).toBe(768);
      expect(c.rgba32.length).toBe(256);
      let hit = false;
      for (let i = 0; i < 256; i++) {
        const d = Math.abs(c.rgb[3 * i] - c.nan[0]) + Math.abs(c.rgb[3 * i + 1] - c.nan[1]) + Math.abs(c.rgb[3 * i + 2] - c.nan[2]);
        if (d < 30) hit = true;
      }
      expect(hit, `${name}'s NaN color is too close to one of its colors`).toBe(false);
    }
    const g = colormap('gray');
    for (let i = 0; i < 256; i++) expect([g.rgb[3 * i], g.rgb[3 * i + 1], g.rgb[3 * i + 2]]).toEqual([i, i, i]);
  });

  it('packs colors in ImageData byte order', () => {
    const px = new Uint32Array([pack(1, 2, 3), colormap('viridis').rgba32[255]]);
    expect([...new Uint8Array(px.buffer)]).toEqual([1, 2, 3, 255, 253, 231, 37, 255]);
  });

  it('maps values to table entries: ends, clipping, NaN, +-inf, a constant range', () => {
    expect(lutIndex(0, 0, 10)).toBe(0);
    expect(lutIndex(10, 0, 10)).toBe(255);
    expect(lutIndex(5, 0, 10)).toBe(128);
    expect(lutIndex(4.99, 0, 10)).toBe(127);
    expect(lutIndex(-3, 0, 10)).toBe(0);
    expect(lutIndex(30, 0, 10)).toBe(255);
    expect(lutIndex(Infinity, 0, 10)).toBe(255);
    expect(lutIndex(-Infinity, 0, 10)).toBe(0);
    expect(lutIndex(NaN, 0, 10)).toBe(-1);
    expect(lutIndex(7, 7, 7)).toBe(128);
    // 256 equal bins: each value lands in its own bin.
    for (let k = 0; k < 256; k++) expect(lutIndex(k + 0.5, 0, 256)).toBe(k);
    expect(colorOf(0, 0, 1)).toEqual([68, 1, 84]);
    expect(colorOf(1, 0, 1)).toEqual([253, 231, 37]);
    expect(colorOf(NaN, 0, 1)).toEqual([...colormap('viridis').nan]);
  });
});
