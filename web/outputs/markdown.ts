/**
 * Markdown to safe HTML: marked (GitHub-flavoured), math with KaTeX (`$...$` inline,
 * `$$...$$` display), and DOMPurify, so a notebook from anywhere (a link, an import,
 * another tab) cannot run script through a markdown cell or a text/markdown or text/html
 * output: `<img src=x onerror=...>` keeps its image and loses its handler, `<script>` goes,
 * `javascript:` links go.
 *
 * DOMPurify reads marked's HTML with each formula as an empty placeholder; KaTeX's HTML
 * takes the placeholders' places afterwards. KaTeX builds that HTML itself from the TeX,
 * escaping its text, and with `trust: false` no command can put a link, a class, a style
 * or raw HTML from the source into it, so it needs no sanitising; and walking KaTeX's
 * many nodes was most of DOMPurify's time (a notebook with math opened that much slower).
 * Rendered sources are remembered: a notebook opened again draws its markdown at once.
 *
 * A cell's attachments (nbformat: images stored in the cell, keyed by file name) are what
 * `attachment:<name>` image URLs name: they become data URLs before sanitising (DOMPurify
 * keeps data URLs on images only), so `![x](attachment:image.png)` shows its image.
 */
import { Marked, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import DOMPurify, { type DOMPurify as DOMPurifyInstance } from 'dompurify';
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** KaTeX's HTML of each formula of the markdown being rendered, by placeholder index. */
let formulas: string[] = [];
/** Marks this render's placeholders (a source cannot guess it to forge one). */
let nonce = '';

function tex(src: string, displayMode: boolean): string {
  return katex.renderToString(src, { displayMode, throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
}

/** A placeholder for a formula: KaTeX's HTML goes there once the rest is sanitised. */
function formula(src: string, displayMode: boolean): string {
  formulas.push(tex(src, displayMode));
  return `<span data-nb-math="${nonce}-${formulas.length - 1}"></span>`;
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
  renderer: (token) => `<div class="math-display">${formula(token.text as string, true)}</div>\n`,
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
  renderer: (token) => formula(token.text as string, !!token.display),
};

/** Attachments of the cell being rendered: file name -> MIME bundle. */
let attached: Record<string, Record<string, string>> | undefined;

/** The image types an attachment is shown from, preferred first. */
const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'];

/** A data URL for `attachment:<name>`, or null when the cell has no such image. */
export function attachmentURL(href: string, attachments: Record<string, Record<string, string>> | undefined): string | null {
  if (!href.startsWith('attachment:') || !attachments) return null;
  let name = href.slice('attachment:'.length);
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  const bundle = attachments[name];
  const mime = bundle && ATTACHMENT_TYPES.find((m) => typeof bundle[m] === 'string');
  return mime ? `data:${mime};base64,${bundle[mime].replace(/\s+/g, '')}` : null;
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  extensions: [blockMath, inlineMath],
  walkTokens(token) {
    if (token.type === 'image') {
      const url = attachmentURL((token as Tokens.Image).href, attached);
      if (url) (token as Tokens.Image).href = url;
    }
  },
});

/**
 * While sanitising an output (not a cell the author wrote): its remote resources are
 * removed. A cell could otherwise send the user's data off the machine by displaying
 * `<img src="https://elsewhere/?data=...">` (the page, unlike the kernel's worker, may load
 * other origins). Links stay: following one takes a click.
 */
let blockRemote = false;
const LOADING_ATTRS = ['src', 'srcset', 'poster', 'background', 'data', 'href', 'xlink:href'];

/** Whether a URL in an output would load from another origin. */
function isRemote(url: string): boolean {
  const u = url.trim();
  if (!/^(https?:)?\/\//i.test(u)) return false; // relative, data:, blob: stay on this machine
  try {
    return new URL(u, location.href).origin !== location.origin;
  } catch {
    return true;
  }
}

/** Removes what would load from another origin in an output's element, saying what was blocked. */
function removeRemote(node: Element): void {
  for (const name of LOADING_ATTRS) {
    if (name === 'href' && node.tagName === 'A') continue;
    const v = node.getAttribute(name);
    if (v === null) continue;
    const urls = name === 'srcset' ? v.split(',').map((c) => c.trim().split(/\s+/)[0]) : [v];
    if (urls.some(isRemote)) {
      node.removeAttribute(name);
      node.setAttribute('data-nb-blocked', v);
      node.setAttribute('title', `Not loaded: outputs may not load files from other sites (${v.slice(0, 200)})`);
    }
  }
  const style = node.getAttribute('style');
  if (style && /url\(/i.test(style) && [...style.matchAll(/url\(\s*['"]?([^'")]+)/gi)].some((m) => isRemote(m[1]))) node.removeAttribute('style');
}

let purifier: DOMPurifyInstance | null = null;
/** DOMPurify with our configuration, parsed once: parsing it per call cost more than sanitising a cell. */
function purify(): DOMPurifyInstance {
  if (!purifier) {
    purifier = DOMPurify(window); // our own instance: its configuration and hook are ours alone
    purifier.setConfig({ USE_PROFILES: { html: true, svg: true, svgFilters: true, mathMl: true }, FORBID_TAGS: ['style', 'form'], ADD_ATTR: ['target'] });
    // Links open elsewhere and cannot reach back into the notebook.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (blockRemote) removeRemote(node);
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return purifier;
}

/**
 * Sanitised HTML from untrusted HTML. `output`: it is a cell's output (text/html,
 * text/markdown), whose remote images, media and styles are removed as well.
 */
export function sanitizeHTML(html: string, output = false): string {
  blockRemote = output;
  try {
    return purify().sanitize(html);
  } finally {
    blockRemote = false;
  }
}

const rendered = new Map<string, string>();
/** Outputs' markdown (remote resources removed) is remembered apart from cells'. */
const renderedOutputs = new Map<string, string>();
const REMEMBERED = 500;
/** Cells with attachments: remembered per attachments object (they are part of the result). */
const renderedWith = new WeakMap<object, Map<string, string>>();

/**
 * Markdown (with $math$, and `attachment:` images from `attachments`) to safe HTML.
 * `output`: a cell's text/markdown output, whose remote resources are removed too.
 */
export function renderMarkdown(src: string, attachments?: Record<string, Record<string, string>>, output = false): string {
  const cache = output ? renderedOutputs : attachments ? (renderedWith.get(attachments) ?? renderedWith.set(attachments, new Map()).get(attachments)!) : rendered;
  const known = cache.get(src);
  if (known !== undefined) return known;
  formulas = [];
  attached = attachments;
  nonce = Math.random().toString(36).slice(2, 10);
  let html: string;
  try {
    html = sanitizeHTML(marked.parse(src, { async: false }) as string, output);
    const slot = new RegExp(`<span data-nb-math="${nonce}-(\\d+)"></span>`, 'g');
    html = html.replace(slot, (_, i: string) => formulas[Number(i)] ?? '');
  } finally {
    formulas = [];
    attached = undefined;
  }
  if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
  cache.set(src, html);
  return html;
}
