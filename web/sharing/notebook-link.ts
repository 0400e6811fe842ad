/**
 * Opening a notebook from a link, as nbviewer's and Colab's links: `?url=<.ipynb URL>`
 * (same-origin, or a server that allows cross-origin requests) or `?example=<id>` (one we
 * ship, web/notebook/examples.ts). The caller stores what this returns as a new notebook and runs
 * nothing: its markdown and HTML outputs are sanitised as every notebook's are.
 */
import { importIpynb } from './ipynb';
import { titleOf, type Notebook } from '../notebook/notebook-model';
import { withLocation } from './notebook-location';
import { EXAMPLES, exampleNotebook, findExample } from '../notebook/examples';

export type LinkRequest = { kind: 'url'; url: string } | { kind: 'example'; id: string };

/** A notebook read from a link, ready to store. */
export interface LinkedNotebook {
  notebook: Notebook;
  name: string;
}

/** What a page's query asks to open (`location.search`), or null. */
export function linkRequest(search: string): LinkRequest | null {
  const q = new URLSearchParams(search);
  const url = q.get('url');
  if (url !== null) return { kind: 'url', url };
  const id = q.get('example');
  if (id !== null) return { kind: 'example', id };
  return null;
}

/** A link's notebook failed to open; the message says which and why. */
export class LinkError extends Error {
  override name = 'LinkError';
}

/**
 * A GitHub page's raw file, as Colab and nbviewer take them: `github.com/o/r/blob/ref/path`
 * is `raw.githubusercontent.com/o/r/ref/path`, a gist page `gist.githubusercontent.com/o/id/raw`
 * (its first file). GitHub's pages are HTML and allow no cross-origin reads; raw files do.
 */
export function rawUrl(url: URL): URL {
  const parts = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'github.com' && parts[2] === 'blob' && parts.length > 4) {
    return new URL(`https://raw.githubusercontent.com/${[parts[0], parts[1], ...parts.slice(3)].join('/')}`);
  }
  if (url.hostname === 'gist.github.com' && parts.length >= 2 && !parts.includes('raw')) {
    return new URL(`https://gist.githubusercontent.com/${parts[0]}/${parts[1]}/raw`);
  }
  return url;
}

/** The notebook a link names. Rejects with a LinkError naming the link and the reason. */
export async function openLink(link: LinkRequest, page: string): Promise<LinkedNotebook> {
  if (link.kind === 'example') {
    const ex = findExample(link.id);
    if (!ex) throw new LinkError(`There is no example "${link.id}" (examples: ${EXAMPLES.map((e) => e.id).join(', ')}).`);
    return { notebook: exampleNotebook(ex), name: ex.title };
  }
  let url: URL;
  try {
    url = new URL(link.url, page);
  } catch {
    throw new LinkError(`Could not open "${link.url}": not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LinkError(`Could not open "${link.url}": only http(s) links can be opened.`);
  url = rawUrl(url);
  const fail = (why: string) => new LinkError(`Could not open ${url.href}: ${why}.`);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit' });
  } catch {
    throw fail('it could not be fetched (the server is unreachable, or does not allow cross-origin requests: CORS)');
  }
  if (!res.ok) throw fail(`the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const type = res.headers.get('content-type') ?? '';
  if (/^text\/html/i.test(type)) throw fail('the server sent a web page, not a notebook (.ipynb)');
  const text = await res.text();
  const notebook = parseNotebookText(text, fail);
  const file = decodeURIComponent(url.pathname.split('/').pop() ?? '').replace(/\.ipynb$/i, '');
  return { notebook: withLocation(notebook, url.href), name: titleOf(notebook) ?? (file || 'Linked notebook') };
}

/**
 * The notebook in .ipynb text, or the reason it is not one (ipynb-validate.ts) as the error
 * `fail(why)` makes: a broken file is refused whole.
 */
export function parseNotebookText(text: string, fail: (why: string) => Error): Notebook {
  try {
    return importIpynb(text);
  } catch (e) {
    throw fail((e as Error).message);
  }
}
