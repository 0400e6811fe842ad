/**
 * Share links, as marimo's and the TypeScript playground's: the notebook itself travels in
 * the URL's fragment, `#nb=1.<payload>`, which browsers never send to any server. The
 * payload is the notebook's .ipynb text (web/sharing/ipynb.ts), compressed with deflate-raw
 * (the browser's CompressionStream) and written in base64url; `1` is the format's version.
 * Sources always; outputs when the sharer asks. Opening one makes a new stored copy that
 * runs nothing (notebook-controller.ts), as every linked notebook does.
 */
import { exportIpynb } from './ipynb';
import type { Notebook } from '../notebook/notebook-model';
import { parseNotebookText } from './notebook-link';

/** The payload format this build writes and reads. */
export const SHARE_VERSION = 1;
/** Above this many characters a link may be cut by chat apps and mail: the dialog warns. */
export const SHARE_WARN_LENGTH = 2000;
/** Above this a link is refused: the file exports (.ipynb, HTML) are the way. */
export const SHARE_MAX_LENGTH = 1024 * 1024;

const TRUNCATED = 'The share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again, or for the .ipynb file.';

/** A share link that cannot be opened; the message says why. */
export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

/** The notebook without outputs (what a link holds unless outputs are asked for). */
function sourcesOnly(nb: Notebook): Notebook {
  return { ...nb, cells: nb.cells.map((c) => (c.cell_type === 'code' ? { ...c, outputs: [], execution_count: null } : c)) };
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

function toBase64url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('The share link is damaged: it has characters a Numbook link never has (was it changed when copied?).');
  let s: string;
  try {
    s = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  } catch {
    // A length no base64 text has: characters were lost.
    throw new ShareLinkError(TRUNCATED);
  }
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** The fragment value (`1.<payload>`) for a notebook. */
export async function encodeShare(nb: Notebook, options: { outputs: boolean }): Promise<string> {
  const text = exportIpynb(options.outputs ? nb : sourcesOnly(nb));
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `${SHARE_VERSION}.${toBase64url(packed)}`;
}

/** The share payload a page's fragment holds (`#nb=1.…`), or null if it holds none. */
export function shareValue(hash: string): string | null {
  const v = new URLSearchParams(hash.replace(/^#/, '')).get('nb');
  return v !== null && /^\d+\./.test(v) ? v : null;
}

/** The link for a fragment value: the page's address with `#nb=<value>`. */
export function shareUrl(page: string, value: string): string {
  const u = new URL(page);
  u.search = '';
  u.hash = `nb=${value}`;
  return u.href;
}

/** The notebook a share payload holds. Rejects with a ShareLinkError saying what is wrong. */
export async function decodeShare(value: string): Promise<Notebook> {
  const dot = value.indexOf('.');
  const version = Number(value.slice(0, dot));
  if (version !== SHARE_VERSION) {
    throw new ShareLinkError(`This share link is in format ${value.slice(0, dot)}, which this Numbook cannot read (it reads format ${SHARE_VERSION}).`);
  }
  const packed = fromBase64url(value.slice(dot + 1));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(packed, new DecompressionStream('deflate-raw')));
  } catch {
    throw new ShareLinkError(TRUNCATED);
  }
  return parseNotebookText(text, (why) => new ShareLinkError(`The share link does not hold a notebook: ${why}.`));
}
