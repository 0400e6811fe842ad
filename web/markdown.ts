/**
 * Markdown to safe HTML: marked (GitHub-flavoured), math with KaTeX (`$...$` inline,
 * `$$...$$` display), then DOMPurify over the whole result, so a notebook from anywhere
 * (a link, an import, another tab) cannot run script through a markdown cell or a
 * text/markdown or text/html output: `<img src=x onerror=...>` keeps its image and loses
 * its handler, `<script>` goes, `javascript:` links go.
 */
import { Marked, type TokenizerAndRendererExtension } from 'marked';
import DOMPurify from 'dompurify';
import katex from 'katex';
import 'katex/dist/katex.min.css';

function tex(src: string, displayMode: boolean): string {
  return katex.renderToString(src, { displayMode, throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
}

const blockMath: TokenizerAndRendererExtension = {
  name: 'blockMath',
  level: 'block',
  start: (src) => src.match(/^\s*\$\$/m)?.index,
  tokenizer(src) {
    const m = /^\s*\$\$([\s\S]+?)\$\$[^\S\n]*(?:\n|$)/.exec(src);
    if (m) return { type: 'blockMath', raw: m[0], text: m[1].trim() };
    return undefined;
  },
  renderer: (token) => `<div class="math-display">${tex(token.text as string, true)}</div>\n`,
};

const inlineMath: TokenizerAndRendererExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: (src) => src.indexOf('$') >= 0 ? src.indexOf('$') : undefined,
  tokenizer(src) {
    let m = /^\$\$([^$]+?)\$\$/.exec(src);
    if (m) return { type: 'inlineMath', raw: m[0], text: m[1].trim(), display: true };
    // $...$: not `$ 5` money, no space just inside the delimiters (pandoc's rule).
    m = /^\$(?=\S)((?:\\.|[^\\$\n])+?)(?<=\S)\$(?!\d)/.exec(src);
    if (m) return { type: 'inlineMath', raw: m[0], text: m[1], display: false };
    return undefined;
  },
  renderer: (token) => tex(token.text as string, !!token.display),
};

const marked = new Marked({ gfm: true, breaks: false, extensions: [blockMath, inlineMath] });

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    // Links open elsewhere and cannot reach back into the notebook.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return DOMPurify;
}

/** Sanitised HTML from untrusted HTML (outputs' text/html, image/svg+xml). */
export function sanitizeHTML(html: string): string {
  return purifier().sanitize(html, { USE_PROFILES: { html: true, svg: true, svgFilters: true, mathMl: true }, FORBID_TAGS: ['style', 'form'], ADD_ATTR: ['target'] }) as string;
}

/** Markdown (with $math$) to sanitised HTML. */
export function renderMarkdown(src: string): string {
  return sanitizeHTML(marked.parse(src, { async: false }) as string);
}
