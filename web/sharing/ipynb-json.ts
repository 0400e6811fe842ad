/**
 * The JSON details .ipynb files share with nbformat's reader and writer (nbformat/v4/rwbase.py):
 *
 * - a multi-line string may be stored as one string or as a list of lines; reading joins
 *   the lists of every MIME type except JSON ones (`application/json`, `application/*+json`,
 *   whose lists are data), in outputs and in attachments alike;
 * - writing splits `text/*`, `image/svg+xml` and `application/javascript` values, cell
 *   sources and stream text into lines (keeping the newlines), as nbformat writes them, so
 *   diffs of exported notebooks read line by line; other values (base64 images) stay one string;
 * - binary data (an ndarray's buffer) travels as base64.
 */

/** A string as nbformat's list of lines, each keeping its newline. */
export function splitLines(s: string): string[] {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A multi-line string from either of its stored forms ('' for anything else). */
export function joinLines(s: unknown): string {
  return Array.isArray(s) ? s.map((x) => (typeof x === 'string' ? x : '')).join('') : typeof s === 'string' ? s : '';
}

/** A MIME type whose data is JSON (kept as it is, never joined). */
export function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));
}

const SPLIT_MIMES = new Set(['application/javascript', 'image/svg+xml']);

/** A bundle as read: lists of lines joined, except in JSON types (a new object). */
export function rejoinBundle(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [mime, v] of Object.entries(data)) {
    out[mime] = !isJsonMime(mime) && Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join('') : v;
  }
  return out;
}

/** A bundle as written: text types split into lines (a new object). */
export function splitBundle(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [mime, v] of Object.entries(data)) {
    out[mime] = typeof v === 'string' && (mime.startsWith('text/') || SPLIT_MIMES.has(mime)) ? splitLines(v) : v;
  }
  return out;
}

export function toBase64(buf: ArrayBuffer | ArrayBufferView): string {
  const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): ArrayBuffer {
  const s = atob(b64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes.buffer;
}

/** A plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The keys of `o` other than `known`, or undefined when there are none. */
export function extraKeys(o: Record<string, unknown>, known: readonly string[]): Record<string, unknown> | undefined {
  const extra: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of Object.entries(o)) {
    if (known.includes(k)) continue;
    extra[k] = v;
    any = true;
  }
  return any ? extra : undefined;
}
