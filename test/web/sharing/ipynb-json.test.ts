import { describe, it, expect } from 'vitest';
import { isJsonMime, rejoinBundle, splitBundle, splitLines } from '../../../web/sharing/ipynb-json';

describe('multi-line strings (ipynb-json.ts)', () => {
  it("joins and splits as nbformat's reader and writer do", () => {
    expect(splitLines('a\nb\n')).toEqual(['a\n', 'b\n']);
    expect(splitLines('a\nb')).toEqual(['a\n', 'b']);
    expect(splitLines('')).toEqual([]);
    expect(isJsonMime('application/json')).toBe(true);
    expect(isJsonMime('application/vnd.numbook.ndarray+json')).toBe(true);
    expect(isJsonMime('application/javascript')).toBe(false);
    expect(rejoinBundle({ 'image/png': ['iVBO', 'Rw=='], 'application/json': ['a', 'b'], 'text/plain': 'x' })).toEqual({
      'image/png': 'iVBORw==',
      'application/json': ['a', 'b'],
      'text/plain': 'x',
    });
    expect(splitBundle({ 'image/png': 'iVBO\nRw==', 'text/html': '<b>\n</b>', 'image/svg+xml': '<svg>\n</svg>' })).toEqual({
      'image/png': 'iVBO\nRw==',
      'text/html': ['<b>\n', '</b>'],
      'image/svg+xml': ['<svg>\n', '</svg>'],
    });
  });
});
