/**
 * Where the file readers (io.ts, text-io.ts, wav.ts and the kernel's loadImage/loadAudio)
 * get their bytes: a URL (fetched with the global `fetch` of browsers, Workers and Node
 * 20+), a Blob/File, a Response, or bytes already in memory (ArrayBuffer, typed array,
 * DataView). Also the name errors use: a URL's last path segment, a File's name.
 *
 * A host (the kernel, kernel/files.ts) may add a working directory: files held in memory
 * by name (uploaded to the page), read before anything is fetched, and the URL relative
 * paths resolve against (the notebook's location), as Jupyter's working directory. This
 * file stays free of the DOM: the host registers itself with setSourceHost.
 *
 * Not spread onto `np`: these are helpers, not NumPy API.
 */
import { NumpyTypeError } from './errors';

/** Python's OSError (a URL that could not be read). */
export class OSError extends Error {}
Object.defineProperty(OSError.prototype, 'name', { value: 'OSError', writable: true, configurable: true });
/** Python's FileNotFoundError (HTTP 404). */
export class FileNotFoundError extends OSError {}
Object.defineProperty(FileNotFoundError.prototype, 'name', { value: 'FileNotFoundError', writable: true, configurable: true });

/** A Blob, File or Response: anything with `arrayBuffer()`. */
export interface BlobLike {
  arrayBuffer(): Promise<ArrayBuffer>;
  /** A File's name. */
  readonly name?: string;
  /** A Response's URL. */
  readonly url?: string;
}

/** Everything a loader reads. */
export type ByteSource = string | URL | ArrayBuffer | ArrayBufferView | BlobLike;

/** What a host adds to reading URL strings (kernel/files.ts). */
export interface SourceHost {
  /** The bytes of a file held under this path (an upload), or undefined. */
  file(path: string): Uint8Array | undefined;
  /** The absolute URL relative paths resolve against, or null (then fetch resolves them). */
  base(): string | null;
  /** Fetches a URL (the kernel's: another origin only with the user's consent); default the global fetch. */
  fetch?(url: string | URL): Promise<Response>;
  /** Writes a file into the working directory (np.savetxt): the notebook's files, where a reader finds it by name. */
  write?(path: string, bytes: Uint8Array): void;
}

let host: SourceHost | null = null;

/** Registers (or with null removes) the host consulted before a URL string is fetched. */
export function setSourceHost(h: SourceHost | null): void {
  host = h;
}

/**
 * Writes a file the way Python's `open(path, 'w')` would in Jupyter's working directory: into
 * the host's files (the notebook's uploads, listed on the page). Without a host that
 * writes (plain Node), an OSError.
 */
export function writeFile(path: string, bytes: Uint8Array): void {
  if (!host?.write) throw new OSError(`[Errno 30] Read-only file system: '${path}' (np writes files only inside a notebook)`);
  host.write(path, bytes);
}

/** `url` made absolute against `base` (as given when it is absolute, `base` is null, or it does not parse). */
export function resolveUrl(url: string, base: string | null): string {
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Bytes of an ArrayBuffer or any view of one, without copying. */
export function bytesOf(b: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (b instanceof Uint8Array) return b;
  if (b instanceof ArrayBuffer) return new Uint8Array(b);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export function isBlobLike(v: unknown): v is BlobLike {
  return v !== null && typeof v === 'object' && typeof (v as BlobLike).arrayBuffer === 'function';
}

/** The last path segment of a URL, decoded ('data/a%20b.csv?x=1' -> 'a b.csv'). */
export function urlName(u: string | URL): string {
  const s = String(u);
  let path = s.replace(/[?#].*$/, '');
  try {
    path = new URL(s, 'http://localhost/').pathname;
  } catch {
    // keep the raw string
  }
  const seg = path.split('/').filter(Boolean).pop() ?? s;
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** The name errors use for a source, or null when it has none (bytes, anonymous Blob). */
export function sourceName(src: unknown): string | null {
  if (typeof src === 'string' || src instanceof URL) return urlName(src);
  if (isBlobLike(src)) {
    if (typeof src.name === 'string' && src.name) return src.name;
    if (typeof src.url === 'string' && src.url) return urlName(src.url);
  }
  return null;
}

/** Python's repr of a str ('abc', "it's"). */
export function pyStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return q + out + q;
}

/**
 * The bytes of a source and its name. A URL string naming a file the host holds gives a
 * copy of its bytes; other URLs are fetched, a relative one against the host's base (a 404
 * is FileNotFoundError, other failures OSError, as Python's open()); Blobs, Files and
 * Responses are read; bytes are returned as they are. Errors name the URL as written.
 */
export async function readBytes(src: ByteSource): Promise<{ bytes: Uint8Array; name: string | null }> {
  const name = sourceName(src);
  if (typeof src === 'string') {
    const held = host?.file(src);
    // A copy: an array made over the bytes must not change the file.
    if (held) return { bytes: held.slice(), name };
  }
  if (typeof src === 'string' || src instanceof URL) {
    const f = host?.fetch ? (u: string | URL) => host!.fetch!(u) : (globalThis as { fetch?: (u: string | URL) => Promise<Response> }).fetch;
    if (typeof f !== 'function') throw new OSError(`cannot read ${pyStr(String(src))}: no global fetch here`);
    let res: Response;
    try {
      res = await f(typeof src === 'string' ? resolveUrl(src, host?.base() ?? null) : src);
    } catch (e) {
      if (e instanceof OSError) throw e; // the host's own (a PermissionError: the user said no)
      throw new OSError(`${pyStr(String(src))}: could not be fetched: ${(e as Error)?.message ?? e}`);
    }
    if (!res.ok) {
      if (res.status === 404) throw new FileNotFoundError(`[Errno 2] No such file or directory: ${pyStr(String(src))}`);
      throw new OSError(`could not read ${pyStr(String(src))}: HTTP ${res.status} ${res.statusText ?? ''}`.trimEnd());
    }
    // Dev servers (Vite's included) answer a missing file with the app's index.html.
    const type = res.headers?.get?.('content-type') ?? '';
    if (/^text\/html/i.test(type) && name !== null && !/\.html?$/i.test(name) && /\.[A-Za-z0-9]+$/.test(name)) {
      throw new FileNotFoundError(`[Errno 2] No such file or directory: ${pyStr(String(src))} (the server sent an HTML page instead)`);
    }
    return { bytes: new Uint8Array(await res.arrayBuffer()), name };
  }
  if (src instanceof ArrayBuffer || ArrayBuffer.isView(src)) return { bytes: bytesOf(src), name };
  if (isBlobLike(src)) return { bytes: new Uint8Array(await src.arrayBuffer()), name };
  throw new NumpyTypeError(`expected a URL, a File/Blob/Response, or bytes (ArrayBuffer, Uint8Array), not ${src === null ? 'null' : typeof src}`);
}
