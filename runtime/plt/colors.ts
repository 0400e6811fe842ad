/**
 * matplotlib's colours: the default property cycle (tab10), the single-letter base colours,
 * 'C0'..'C9', 'tab:' names, CSS4 names, hex strings, grey levels as strings ('0.8'), and
 * RGB(A) tuples of 0-1 floats; all resolved to CSS colours for the renderer. A colour
 * matplotlib would refuse is refused with its message.
 */
import { ValueError } from '../errors';

/** matplotlib's default colour cycle (`axes.prop_cycle`): Tableau's tab10. */
export const TAB10 = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'] as const;

const TAB_NAMES = ['blue', 'orange', 'green', 'red', 'purple', 'brown', 'pink', 'gray', 'olive', 'cyan'];

/** The base colours' RGB (matplotlib's BASE_COLORS, not CSS's: 'g' is (0, 0.5, 0)). */
const BASE: Record<string, [number, number, number]> = {
  b: [0, 0, 1], g: [0, 0.5, 0], r: [1, 0, 0], c: [0, 0.75, 0.75], m: [0.75, 0, 0.75], y: [0.75, 0.75, 0], k: [0, 0, 0], w: [1, 1, 1],
};

/** What a user may pass as a colour: a string, or an RGB(A) tuple of 0-1 floats. */
export type ColorLike = string | readonly number[];

function invalid(c: unknown): ValueError {
  const shown = typeof c === 'string' ? `'${c}'` : Array.isArray(c) ? `(${c.join(', ')})` : String(c);
  return new ValueError(
    `${shown} is not a valid value for color: supported inputs are (r, g, b) and (r, g, b, a) 0-1 float tuples; ` +
      `'#rrggbb', '#rrggbbaa', '#rgb', '#rgba' strings; named color strings; string reprs of 0-1 floats for grayscale values; ` +
      `'C0', 'C1', ... strings for colors of the color cycle; and pairs combining one of the above with an alpha value`,
  );
}

const hex2 = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0');

function rgbCss(r: number, g: number, b: number, a = 1): string {
  if (a >= 1) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return `rgba(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)},${+a.toFixed(4)})`;
}

/** Whether `c` names a colour matplotlib accepts. */
export function isColorLike(c: unknown): boolean {
  try {
    toCss(c as ColorLike);
    return true;
  } catch {
    return false;
  }
}

/**
 * A matplotlib colour as a CSS colour (`#rrggbb`, or `rgba(...)` with alpha < 1).
 * `alpha`, when given, replaces the colour's own alpha, as matplotlib's to_rgba.
 */
export function toCss(c: ColorLike, alpha?: number | null): string {
  const [r, g, b, a] = toRgba(c, alpha);
  return rgbCss(r, g, b, a);
}

/** A matplotlib colour as [r, g, b, a] in 0..1 (matplotlib's `to_rgba`). */
export function toRgba(c: ColorLike, alpha?: number | null): [number, number, number, number] {
  let out: [number, number, number, number];
  if (typeof c === 'string') {
    const s = c.trim();
    const lower = s.toLowerCase();
    let m: RegExpExecArray | null;
    if (lower === 'none') out = [0, 0, 0, 0];
    else if (s in BASE) out = [...BASE[s], 1];
    else if ((m = /^c(\d+)$/i.exec(s))) out = [...hexRgb(TAB10[Number(m[1]) % TAB10.length]), 1];
    else if (lower.startsWith('tab:') && TAB_NAMES.includes(lower.slice(4))) out = [...hexRgb(TAB10[TAB_NAMES.indexOf(lower.slice(4))]), 1];
    else if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(s)) out = hexRgba(s);
    else if (lower in NAMED_RGB) out = [...NAMED_RGB[lower], 1];
    else if (/^\s*(\d*\.?\d+(e[-+]?\d+)?)\s*$/i.test(s) && Number(s) >= 0 && Number(s) <= 1) out = [Number(s), Number(s), Number(s), 1];
    else throw invalid(c);
  } else if (Array.isArray(c) && (c.length === 3 || c.length === 4) && c.every((v) => typeof v === 'number')) {
    if (c.some((v) => v < 0 || v > 1 || Number.isNaN(v))) throw new ValueError('RGBA values should be within 0-1 range');
    out = [c[0], c[1], c[2], c.length === 4 ? c[3] : 1];
  } else throw invalid(c);
  if (alpha != null) out[3] = alpha;
  return out;
}

function hexRgb(h: string): [number, number, number] {
  const [r, g, b] = hexRgba(h);
  return [r, g, b];
}

function hexRgba(h: string): [number, number, number, number] {
  let s = h.slice(1);
  if (s.length <= 4) s = [...s].map((ch) => ch + ch).join('');
  const n = (i: number) => parseInt(s.slice(i, i + 2), 16) / 255;
  return [n(0), n(2), n(4), s.length === 8 ? n(6) : 1];
}

/** The colour cycle's `i`th colour (C0, C1, ...). */
export function cycleColor(i: number): string {
  return TAB10[i % TAB10.length];
}

/** CSS4 names as RGB 0..1, built from their hex values once. */
const NAMED_RGB: Record<string, [number, number, number]> = Object.fromEntries(
  (
    'aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 black 000000 ' +
    'blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 ' +
    'chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b ' +
    'darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b ' +
    'darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f ' +
    'darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 ' +
    'deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 forestgreen 228b22 ' +
    'fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f ' +
    'grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa ' +
    'lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff ' +
    'lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a ' +
    'lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 ' +
    'lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd ' +
    'mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a ' +
    'mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 ' +
    'navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 ' +
    'palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 ' +
    'peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f ' +
    'royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d ' +
    'silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f ' +
    'steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 ' +
    'white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32'
  )
    .split(' ')
    .reduce<[string, [number, number, number]][]>((acc, tok, i, all) => {
      if (i % 2 === 0) acc.push([tok, hexRgb(`#${all[i + 1]}`)]);
      return acc;
    }, []),
);
