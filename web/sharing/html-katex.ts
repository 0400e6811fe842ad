/**
 * KaTeX's stylesheet for an exported HTML page (web/sharing/html-export.ts), self-contained: the
 * page must draw its math from `file://` with no network, so the fonts it uses travel
 * inside it as data: URLs.
 *
 * Size: KaTeX's CSS is 24 KB and its 20 woff2 fonts 254 KB (340 KB as base64), too much
 * to add to every page. A page without math carries none of it; a page with math carries
 * the CSS (20 KB without its @font-face rules) and only the faces its formulas can use:
 * KaTeX_Main regular always, and each other face when a class that selects it occurs in
 * the page (`mathnormal` is KaTeX_Math italic, `mathbb` KaTeX_AMS, `delimsizing size3`
 * KaTeX_Size3, `mathbf` KaTeX_Main bold...). Variables, sums, fractions and big brackets
 * take Main regular, Math italic and a Size font or two: 75-90 KB in all; `\mathbb` and
 * `\mathbf` as well, 150 KB. A face left out falls back to the browser's serif font; the
 * woff and ttf copies are never carried.
 *
 * The fonts are loaded only when a page with math is exported (each is its own chunk).
 */
import katexCss from 'katex/dist/katex.min.css?raw';

/** Each woff2 font as a loader of its data: URL, by file name (KaTeX_Main-Regular.woff2). */
const FONTS: Record<string, () => Promise<string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('/node_modules/katex/dist/fonts/*.woff2', { query: '?inline', import: 'default' })).map(([path, load]) => [
    path.slice(path.lastIndexOf('/') + 1),
    load,
  ]),
);

interface Face {
  rule: string;
  /** family|bold|italic */
  key: string;
  file: string;
}

/** A rule that selects a face: the classes it needs (all present) and the face. */
interface FaceRule {
  classes: string[];
  key: string;
}

const faceKey = (family: string, body: string) => `${family}|${/font-weight:(700|bold)/.test(body)}|${/font-style:italic/.test(body)}`;

let parsed: { faces: Face[]; rules: FaceRule[]; rest: string } | null = null;
function parse(): NonNullable<typeof parsed> {
  if (parsed) return parsed;
  const faces: Face[] = [];
  const rules: FaceRule[] = [];
  const rest = katexCss.replace(/@font-face\{([^}]*)\}/g, (rule, body: string) => {
    const family = /font-family:([\w-]+)/.exec(body)?.[1] ?? '';
    faces.push({ rule, key: faceKey(family, body), file: /url\(fonts\/([\w-]+\.woff2)\)/.exec(body)?.[1] ?? '' });
    return '';
  });
  for (const [, selector, body] of rest.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (selector.trim().startsWith('@') || !/font-family:KaTeX_|font-weight:(700|bold)|font-style:italic/.test(body)) continue;
    // A rule with a weight or style and no family (\textbf, \textit) acts on KaTeX_Main, the family math inherits.
    const key = faceKey(/font-family:(KaTeX_\w+)/.exec(body)?.[1] ?? 'KaTeX_Main', body);
    // `.katex .mathbb,.katex .textbb`: each selector's classes (but .katex itself).
    for (const s of selector.split(',')) rules.push({ classes: [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1]).filter((c) => c !== 'katex'), key });
  }
  return (parsed = { faces, rules, rest });
}

/** The class names used in some HTML. */
export function classesIn(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) out.add(c);
  return out;
}

/** Whether the page's HTML holds KaTeX's output. */
export function hasMath(html: string): boolean {
  return /class="katex[\s"]/.test(html);
}

/** The woff2 files of the faces the page's math can use (pure: tested). */
export function facesFor(html: string): string[] {
  if (!hasMath(html)) return [];
  const used = classesIn(html);
  const p = parse();
  const keys = new Set(['KaTeX_Main|false|false']);
  for (const r of p.rules) if (r.classes.length && r.classes.every((c) => used.has(c))) keys.add(r.key);
  return p.faces.filter((f) => keys.has(f.key)).map((f) => f.file);
}

/** KaTeX's CSS with the fonts this page's math uses inlined ('' when it has no math). */
export async function katexStyle(html: string): Promise<string> {
  if (!hasMath(html)) return '';
  const files = new Set(facesFor(html));
  const p = parse();
  const faces: string[] = [];
  for (const f of p.faces) {
    if (!files.has(f.file) || !FONTS[f.file]) continue;
    const url = await FONTS[f.file]();
    faces.push(f.rule.replace(/src:[^;}]*/, `src:url(${url}) format("woff2")`));
  }
  return faces.join('') + p.rest;
}
