/**
 * text/latex (IPython's `Latex(...)`, SymPy's results): the math typeset by KaTeX, the
 * text around it kept as text. Math is `$...$` and `\(...\)` inline, `$$...$$`, `\[...\]`
 * and `\begin{env}...\end{env}` displayed. KaTeX builds its HTML itself from the TeX with
 * `trust: false` (no links, classes or raw HTML from the source), as web/outputs/markdown.ts does;
 * a formula KaTeX cannot read shows its source in red instead of throwing.
 */
import katex from 'katex';
import type { MimeRenderer } from './mime-types';

export interface LatexPart {
  kind: 'text' | 'inline' | 'display';
  text: string;
}

const MATH = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(\\begin\{([a-zA-Z*]+)\}[\s\S]*?\\end\{\5\})|\$((?:\\.|[^\\$])+?)\$/g;

/** The text split into plain text and formulas (pure: tested in test/web/). */
export function latexParts(src: string): LatexPart[] {
  const parts: LatexPart[] = [];
  let last = 0;
  for (const m of src.matchAll(MATH)) {
    if (m.index > last) parts.push({ kind: 'text', text: src.slice(last, m.index) });
    if (m[1] !== undefined) parts.push({ kind: 'display', text: m[1].trim() });
    else if (m[2] !== undefined) parts.push({ kind: 'display', text: m[2].trim() });
    else if (m[3] !== undefined) parts.push({ kind: 'inline', text: m[3].trim() });
    else if (m[4] !== undefined) parts.push({ kind: 'display', text: m[4] });
    else parts.push({ kind: 'inline', text: m[6].trim() });
    last = m.index + m[0].length;
  }
  if (last < src.length) parts.push({ kind: 'text', text: src.slice(last) });
  // LaTeX with no delimiters at all (`\frac{1}{2}`) is one formula, as Jupyter shows it.
  if (parts.length === 1 && parts[0].kind === 'text' && /\\[a-zA-Z]+|[_^]/.test(parts[0].text)) return [{ kind: 'display', text: parts[0].text.trim() }];
  return parts;
}

export const latexRenderer: MimeRenderer = {
  mime: 'text/latex',
  rank: 54,
  accepts: (d) => typeof d === 'string',
  render(bundle) {
    const div = document.createElement('div');
    div.className = 'nb-latex';
    for (const p of latexParts(bundle['text/latex'] as string)) {
      if (p.kind === 'text') {
        div.append(document.createTextNode(p.text));
        continue;
      }
      const span = document.createElement(p.kind === 'display' ? 'div' : 'span');
      span.className = p.kind === 'display' ? 'math-display' : 'math-inline';
      span.innerHTML = katex.renderToString(p.text, { displayMode: p.kind === 'display', throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
      div.append(span);
    }
    return div;
  },
};
