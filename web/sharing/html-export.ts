/**
 * File > Download as HTML: the notebook as one self-contained page, as it looks here, that
 * opens anywhere (a browser from `file://` with no network, a mail attachment) and prints
 * to PDF:
 *
 * - markdown rendered and sanitised as the app renders it (web/outputs/markdown.ts), math by
 *   KaTeX with its stylesheet and the fonts the page uses inlined (web/sharing/html-katex.ts);
 * - code cells highlighted (web/editor/highlight-ts.ts) with their execution counts;
 * - outputs from the same renditions Download .ipynb writes (ipynb-export.ts): pictures
 *   (heatmap, image, plot, image/png|jpeg|gif, sanitised SVG) as data: URLs, tables and
 *   text/html sanitised, markdown and LaTeX rendered, stdout/stderr, tracebacks, and
 *   text/plain otherwise;
 * - the .ipynb itself in a data block (web/sharing/html-embed.ts): dropped on Numbook, or opened
 *   with File > Import, the page becomes an editable notebook again; and an "Open in
 *   Numbook" link (a share link) when the app's address is known;
 * - a Content-Security-Policy with no scripts at all and nothing fetched but pictures
 *   (fonts and styles are in the page): whatever a notebook holds, the page cannot run
 *   code, even if sanitising missed something;
 * - print rules (web/sharing/html-export-style.ts): no header bar, cells not split across pages.
 *
 * A function of its arguments (the page's DOMPurify and, for array outputs, the caller's
 * `rendition` aside), tested in test/web/html-export.test.ts.
 */
import katex from 'katex';
import type { Notebook } from '../notebook/notebook-model';
import { notebookToJson, ipynbText, type ExportOptions } from './ipynb-export';
import { joinLines, isObject } from './ipynb-json';
import { renderMarkdown, sanitizeHTML } from '../outputs/markdown';
import { svgDataURL } from '../outputs/sanitize-svg';
import { latexParts } from '../outputs/renderers/mime-latex';
import { tracebackLines } from '../outputs/traceback-lines';
import { escapeHTML, highlightTS } from '../editor/highlight-ts';
import { embedNotebook } from './html-embed';
import { katexStyle } from './html-katex';
import { PAGE_CSS } from './html-export-style';

export interface HtmlExportOptions extends ExportOptions {
  /** The "Open in Numbook" link (the app's address with a share link), or null when the app's address is not http(s). */
  openLink?: string | null;
  /** When the page was made (shown in its header bar; default now). */
  date?: Date;
  /** KaTeX's stylesheet for the page's HTML (default html-katex.ts's: the fonts it uses, inlined). */
  mathStyle?: (html: string) => Promise<string>;
}

type Json = Record<string, unknown>;

/** The page's policy: no script, no fetch, styles and fonts only from the page, pictures from the page (or a markdown image's https: address). */
export const PAGE_CSP = "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; font-src data:";

/** Bundles' types in the order the app's renderers prefer them (web/outputs/renderers/mime.ts); the array itself is drawn from its rendition. */
const ORDER = ['text/html', 'text/markdown', 'text/latex', 'image/svg+xml', 'image/png', 'image/jpeg', 'image/gif', 'application/json', 'text/plain'];

const pre = (cls: string, text: string) => `<pre class="${cls}">${escapeHTML(text)}</pre>`;

function tex(src: string, displayMode: boolean): string {
  return katex.renderToString(src, { displayMode, throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
}

function latex(src: string): string {
  return `<div class="nbx-latex">${latexParts(src)
    .map((p) => (p.kind === 'text' ? escapeHTML(p.text) : p.kind === 'display' ? `<div class="math-display">${tex(p.text, true)}</div>` : tex(p.text, false)))
    .join('')}</div>`;
}

function image(mime: string, b64: string, alt: string, meta: Json): string {
  const m = isObject(meta[mime]) ? meta[mime] : {};
  const size = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
  const w = size(m.width);
  const h = size(m.height);
  const attrs = `${w ? ` width="${w}"` : ''}${h ? ` height="${h}"` : ''}${w || h ? ' style="height:auto"' : ''}`;
  return `<img src="data:${mime};base64,${b64.replace(/\s+/g, '')}" alt="${escapeHTML(alt)}"${attrs}>`;
}

/** One MIME bundle as the app draws it. */
function bundleHTML(data: Json, meta: Json): string {
  const text = (mime: string) => joinLines(data[mime]);
  const mime = ORDER.find((t) => data[t] !== undefined && (t === 'application/json' || typeof data[t] === 'string' || Array.isArray(data[t])));
  const alt = data['text/plain'] !== undefined ? text('text/plain') : '';
  switch (mime) {
    case 'text/html':
      return `<div class="nbx-html">${sanitizeHTML(text(mime), true)}</div>`;
    case 'text/markdown':
      return `<div class="nbx-markdown">${renderMarkdown(text(mime), undefined, true)}</div>`;
    case 'text/latex':
      return latex(text(mime));
    case 'image/svg+xml': {
      const url = svgDataURL(text(mime));
      return url ? `<img src="${url}" alt="${escapeHTML(alt)}">` : pre('nbx-plain', alt || '(an SVG image with nothing safe to draw)');
    }
    case 'image/png':
    case 'image/jpeg':
    case 'image/gif':
      return image(mime, text(mime), alt, meta);
    case 'application/json':
      return pre('nbx-json', JSON.stringify(data[mime], null, 2));
    case 'text/plain':
      return pre('nbx-plain', text(mime));
    default:
      return pre('nbx-plain', `(no renderer for ${Object.keys(data).join(', ') || 'an empty bundle'})`);
  }
}

function outputHTML(o: Json): string {
  switch (o.output_type) {
    case 'stream':
      return pre(o.name === 'stderr' ? 'nbx-stream nbx-stderr' : 'nbx-stream', joinLines(o.text));
    case 'error': {
      const tb = Array.isArray(o.traceback) && o.traceback.length ? (o.traceback as string[]) : [`${o.ename}: ${o.evalue}`];
      return `<pre class="nbx-error">${tracebackLines(tb).map((l) => `<span class="tb-${l.kind}">${escapeHTML(l.text)}</span>\n`).join('')}</pre>`;
    }
    case 'execute_result':
    case 'display_data': {
      const body = bundleHTML(isObject(o.data) ? o.data : {}, isObject(o.metadata) ? o.metadata : {});
      const count = o.output_type === 'execute_result' ? `<div class="nbx-prompt out">Out[${o.execution_count ?? ' '}]:</div>` : '';
      return `${count}${body}`;
    }
    default:
      return pre('nbx-plain', `(an output of type ${JSON.stringify(o.output_type)} from a later notebook format: kept in the file, not shown)`);
  }
}

/** A cell too long for one printed page may split (others are kept whole). */
function long(source: string, outputs: Json[]): boolean {
  const lines = source.split('\n').length + outputs.reduce((n, o) => n + joinLines(o.text ?? '').split('\n').length + (isObject(o.data) && (o.data['image/png'] || o.data['text/html']) ? 20 : 0), 0);
  return lines > 45;
}

function cellHTML(cell: Json, index: number, attachments: Record<string, Record<string, string>> | undefined): string {
  const source = joinLines(cell.source);
  const attrs = `data-index="${index}" data-type="${escapeHTML(String(cell.cell_type))}"`;
  if (cell.cell_type === 'markdown') return `<section class="nbx-cell" ${attrs}><div class="nbx-markdown">${renderMarkdown(source, attachments)}</div></section>`;
  if (cell.cell_type !== 'code') return `<section class="nbx-cell" ${attrs}>${pre('nbx-raw', source)}</section>`;
  const outputs = Array.isArray(cell.outputs) ? (cell.outputs as Json[]) : [];
  const count = cell.execution_count ?? ' ';
  return (
    `<section class="nbx-cell${long(source, outputs) ? ' nbx-long' : ''}" ${attrs}>` +
    `<div class="nbx-prompt">In [${count}]:</div><pre class="nbx-code"><code>${highlightTS(source)}</code></pre>` +
    outputs.map((o) => `<div class="nbx-output" data-output-type="${escapeHTML(String(o.output_type))}">${outputHTML(o)}</div>`).join('') +
    `</section>`
  );
}

function headerHTML(title: string, date: Date, openLink: string | null | undefined): string {
  const when = date.toISOString().slice(0, 10);
  const open = openLink
    ? `<a class="nbx-open" href="${escapeHTML(openLink)}">Open in Numbook</a><span>(a new copy of your own; or drop this file on Numbook)</span>`
    : `<span>To edit it, drop this file on Numbook (or File ▸ Import…).</span>`;
  return `<header class="nbx-bar"><h1>${escapeHTML(title)}</h1><span>Exported from Numbook on ${when}</span><span class="nbx-spacer"></span>${open}</header>`;
}

/** The notebook as one self-contained HTML page (see the top of this file). */
export async function exportHtml(nb: Notebook, opts: HtmlExportOptions = {}): Promise<string> {
  const json = notebookToJson(nb, opts);
  const title = (typeof (json.metadata as Json).title === 'string' && ((json.metadata as Json).title as string)) || 'Notebook';
  const cells = (json.cells as Json[]).map((c, i) => {
    const model = nb.cells[i];
    return cellHTML(c, i, model && model.cell_type !== 'code' ? model.attachments : undefined);
  });
  const body = `${headerHTML(title, opts.date ?? new Date(), opts.openLink)}<main class="nbx-cells">${cells.join('\n')}</main>`;
  const math = await (opts.mathStyle ?? katexStyle)(body);
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Numbook">\n` +
    `<title>${escapeHTML(title)}</title>\n<style>${PAGE_CSS}</style>\n${math ? `<style>${math}</style>\n` : ''}</head>\n<body>\n${body}\n` +
    `${embedNotebook(ipynbText(json))}\n</body>\n</html>\n`
  );
}
