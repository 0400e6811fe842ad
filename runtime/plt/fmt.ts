/**
 * matplotlib's plot format strings ('r--', 'o', 'k:', 'C2-.', 'g^'): a colour, a marker and
 * a line style in any order, each at most once (`_process_plot_format`). A string that is a
 * colour on its own ('red', '0.5', 'C1') is only a colour.
 */
import { ValueError } from '../errors';
import { isColorLike, toCss } from './colors';

export type LineStyle = '-' | '--' | ':' | '-.' | 'None';

/** matplotlib's marker codes drawn here. */
export const MARKERS = new Set(['.', ',', 'o', 'v', '^', '<', '>', '1', '2', '3', '4', '8', 's', 'p', 'P', '*', 'h', 'H', '+', 'x', 'X', 'D', 'd', '|', '_']);

export interface PlotFormat {
  /** '-' when neither a style nor a marker was given; 'None' for a marker alone. */
  linestyle: LineStyle | null;
  marker: string | null;
  /** A CSS colour, or null (the colour cycle's next). */
  color: string | null;
}

const COLOR_CHARS = new Set(['b', 'g', 'r', 'c', 'm', 'y', 'k', 'w']);

/**
 * Parses a format string as matplotlib does.
 *
 * @example
 * parseFormat('r--')   // {linestyle: '--', marker: null, color: '#ff0000'}
 * parseFormat('o')     // {linestyle: 'None', marker: 'o', color: null}
 */
export function parseFormat(fmt: string): PlotFormat {
  // A colour alone ('red', '0.5', 'C10', '#ff0000') is only a colour.
  if (fmt !== '' && !/^\d+$/.test(fmt) && isColorLike(fmt)) {
    return { linestyle: null, marker: null, color: toCss(fmt) };
  }
  let linestyle: LineStyle | null = null;
  let marker: string | null = null;
  let color: string | null = null;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    const two = fmt.slice(i, i + 2);
    if (two === '--' || two === '-.') {
      if (linestyle !== null) throw new ValueError(`Illegal format string "${fmt}"; two linestyle symbols`);
      linestyle = two;
      i += 2;
    } else if (c === '-' || c === ':') {
      if (linestyle !== null) throw new ValueError(`Illegal format string "${fmt}"; two linestyle symbols`);
      linestyle = c;
      i += 1;
    } else if (MARKERS.has(c)) {
      if (marker !== null) throw new ValueError(`Illegal format string "${fmt}"; two marker symbols`);
      marker = c;
      i += 1;
    } else if (COLOR_CHARS.has(c)) {
      if (color !== null) throw new ValueError(`Illegal format string "${fmt}"; two color symbols`);
      color = toCss(c);
      i += 1;
    } else if (c === 'C' && /\d/.test(fmt[i + 1] ?? '')) {
      if (color !== null) throw new ValueError(`Illegal format string "${fmt}"; two color symbols`);
      const m = /^C\d+/.exec(fmt.slice(i))![0];
      color = toCss(m);
      i += m.length;
    } else {
      throw new ValueError(`Unrecognized character ${c} in format string '${fmt}'`);
    }
  }
  if (linestyle === null && marker === null) linestyle = '-';
  else if (linestyle === null) linestyle = 'None';
  return { linestyle, marker, color };
}

/** A linestyle given by name or symbol ('solid', 'dashed', 'dotted', 'dashdot', 'None', '') as its symbol. */
export function normLinestyle(ls: string): LineStyle {
  const names: Record<string, LineStyle> = {
    '-': '-', '--': '--', ':': ':', '-.': '-.', solid: '-', dashed: '--', dotted: ':', dashdot: '-.', None: 'None', none: 'None', ' ': 'None', '': 'None',
  };
  const v = names[ls];
  if (v === undefined) {
    throw new ValueError(`'${ls}' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'`);
  }
  return v;
}

/** A marker code, checked ('None' and '' are no marker). */
export function normMarker(m: string | null | undefined): string | null {
  if (m == null || m === 'None' || m === 'none' || m === '' || m === ' ') return null;
  if (!MARKERS.has(m)) throw new ValueError(`Unrecognized marker style '${m}'`);
  return m;
}
