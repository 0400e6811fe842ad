/** Format strings and colours as matplotlib reads them (_process_plot_format, to_rgba). */
import { describe, expect, it } from 'vitest';
import { parseFormat, normLinestyle } from '../../../runtime/plt/fmt';
import { toCss, toRgba, TAB10 } from '../../../runtime/plt/colors';

describe('parseFormat', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    // fmt, linestyle, marker, color
    ['r--', '--', null, '#ff0000'],
    ['o', 'None', 'o', null],
    ['k:', ':', null, '#000000'],
    ['-', '-', null, null],
    ['--', '--', null, null],
    ['-.', '-.', null, null],
    ['g^', 'None', '^', '#008000'],
    ['^g', 'None', '^', '#008000'],
    ['o-', '-', 'o', null],
    ['b.-', '-', '.', '#0000ff'],
    ['C2-.', '-.', null, '#2ca02c'],
    ['.', 'None', '.', null],
    ['x', 'None', 'x', null],
    ['1', 'None', '1', null],
    ['r', null, null, '#ff0000'],
    ['C1', null, null, '#ff7f0e'],
    ['red', null, null, '#ff0000'],
    ['0.5', null, null, '#808080'],
    ['s--y', '--', 's', '#bfbf00'],
  ];
  for (const [fmt, ls, marker, color] of cases) {
    it(`'${fmt}'`, () => {
      expect(parseFormat(fmt)).toEqual({ linestyle: ls, marker, color });
    });
  }
  it('errors', () => {
    expect(() => parseFormat('rz')).toThrow("Unrecognized character z in format string 'rz'");
    expect(() => parseFormat('rg')).toThrow('Illegal format string "rg"; two color symbols');
    expect(() => parseFormat('-:')).toThrow('Illegal format string "-:"; two linestyle symbols');
  });
  it('line style names', () => {
    expect(normLinestyle('dashed')).toBe('--');
    expect(normLinestyle('dotted')).toBe(':');
    expect(() => normLinestyle('wavy')).toThrow("'wavy' is not a valid value for ls");
  });
});

describe('colours', () => {
  it('tab10 is the cycle, C0..C9 index it', () => {
    expect(TAB10[0]).toBe('#1f77b4');
    expect(toCss('C0')).toBe('#1f77b4');
    expect(toCss('C10')).toBe('#1f77b4');
    expect(toCss('tab:orange')).toBe('#ff7f0e');
  });
  it("base colours are matplotlib's, not CSS's", () => {
    expect(toCss('g')).toBe('#008000');
    expect(toCss('c')).toBe('#00bfbf');
    expect(toCss('green')).toBe('#008000');
  });
  it('hex, grey strings, tuples, alpha', () => {
    expect(toCss('#abc')).toBe('#aabbcc');
    expect(toCss('0.25')).toBe('#404040');
    expect(toCss([1, 0, 0])).toBe('#ff0000');
    expect(toCss([0, 0, 1, 0.5])).toBe('rgba(0,0,255,0.5)');
    expect(toCss('red', 0.25)).toBe('rgba(255,0,0,0.25)');
    expect(toRgba('none')).toEqual([0, 0, 0, 0]);
  });
  it('refusals', () => {
    expect(() => toCss('C')).toThrow("'C' is not a valid value for color");
    expect(() => toCss([2, 0, 0])).toThrow('RGBA values should be within 0-1 range');
  });
});
