/**
 * TypeScript source as highlighted HTML, for the exported HTML page (web/sharing/html-export.ts):
 * a small tokenizer (comments, strings and template literals, numbers, keywords, literals,
 * types, calls), colours in the page's CSS (web/sharing/html-export-style.ts), the colours of
 * Monaco's light theme.
 *
 * Why not Monaco's `colorize`: it needs Monaco and its TypeScript grammar loaded (an export
 * from a notebook whose editors never opened would load them), is asynchronous per cell,
 * and its HTML is classes whose colours live in the editor's generated stylesheet, to be
 * copied out. This is synchronous, pure (tested in node) and fast: the visual-numpy
 * notebook's 26 code cells (5 KB) take about 3 ms, cold.
 *
 * Known simplification: a regular expression literal is read as operators, so a quote
 * inside one (/'/) may start a string there; the text stays right, only colours shift.
 */

const KEYWORDS = new Set(
  ('break case catch class const continue debugger default delete do else export extends finally for function if import in ' +
    'instanceof let new return super switch this throw try typeof var void while with yield async await of as from type interface ' +
    'enum implements declare namespace readonly keyof infer satisfies get set static private protected public abstract')
    .split(' '),
);
const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);
const TYPES = new Set(['number', 'string', 'boolean', 'bigint', 'symbol', 'any', 'unknown', 'never', 'object']);

const TOKEN = new RegExp(
  [
    String.raw`(?<com>\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))`,
    String.raw`(?<str>'(?:\\[\s\S]|[^\\'\n])*'?|"(?:\\[\s\S]|[^\\"\n])*"?|` + '`' + String.raw`(?:\\[\s\S]|[^\\` + '`' + String.raw`])*` + '`?)',
    String.raw`(?<num>\b(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?\b)`,
    String.raw`(?<id>[A-Za-z_$][\w$]*)`,
  ].join('|'),
  'g',
);

export function escapeHTML(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const span = (cls: string, text: string) => `<span class="tk-${cls}">${escapeHTML(text)}</span>`;

/** The source as HTML: escaped text with `<span class="tk-…">` around coloured tokens. */
export function highlightTS(src: string): string {
  let out = '';
  let last = 0;
  for (const m of src.matchAll(TOKEN)) {
    const g = m.groups!;
    const text = m[0];
    if (!text) continue;
    out += escapeHTML(src.slice(last, m.index));
    last = m.index + text.length;
    if (g.com !== undefined) out += span('com', text);
    else if (g.str !== undefined) out += span('str', text);
    else if (g.num !== undefined) out += span('num', text);
    else if (KEYWORDS.has(text)) out += span('kw', text);
    else if (LITERALS.has(text)) out += span('lit', text);
    else if (TYPES.has(text) || /^[A-Z]/.test(text)) out += span('type', text);
    else if (/^\s*\(/.test(src.slice(last, last + 40))) out += span('fn', text);
    else out += escapeHTML(text);
  }
  return out + escapeHTML(src.slice(last));
}
