/**
 * Reading files with the user's consent. The kernel runs in a sandboxed iframe whose origin
 * is opaque (web/kernel-client/kernel-sandbox.ts), with a policy that lets it connect only to the app's
 * origin: a cell's own `fetch` sends nothing elsewhere. Files are read through the page:
 * the app's own (the notebook's data, relative paths) at once, another origin's only after
 * the page asked the user, once per origin, as Deno's permission prompts do; it fetches
 * without credentials. A refusal is Python's PermissionError. (A kernel whose worker is
 * of the app's origin, not sandboxed, reads the app's files itself.)
 */
import { OSError } from '../runtime/source';
import type { FromKernel, ToKernel } from './protocol';

type Fetched = Extract<ToKernel, { type: 'fetched' }>;

// Captured once: the kernel gives cells its own `fetch` (cellFetch), which calls this one.
const nativeFetch = globalThis.fetch?.bind(globalThis);

/** Python's PermissionError (an OSError): the user did not let cells read that origin. */
export class PermissionError extends OSError {
  override name = 'PermissionError';
}

export class RemoteFetch {
  private next = 1;
  private readonly waiting = new Map<number, (m: Fetched) => void>();

  /** The page's address: relative URLs resolve against it (set by init). */
  private page: string | undefined = globalThis.location?.href;

  constructor(private readonly send: (m: Extract<FromKernel, { type: 'fetch' }>) => void) {}

  /** The page this kernel serves (its init message). */
  setPage(url: string): void {
    this.page = url;
  }

  /** Whether this worker fetches `url` itself: its own origin's, blob: and data: URLs (and anything outside a browser). */
  isLocal(url: string): boolean {
    const own = globalThis.location?.origin;
    if (own === undefined) return true; // not in a worker (tests in Node): no policy to keep
    try {
      const u = new URL(url, this.page);
      return u.origin === own || u.protocol === 'blob:' || u.protocol === 'data:';
    } catch {
      return true;
    }
  }

  /** `fetch(url)`: directly where isLocal, else through the page (which asks the user for another origin). */
  fetch(url: string): Promise<Response> {
    if (this.isLocal(url)) return this.native()(url);
    url = new URL(url, this.page).href;
    const id = this.next++;
    this.send({ type: 'fetch', id, url });
    return new Promise<Fetched>((resolve) => this.waiting.set(id, resolve)).then((m) => {
      if (m.denied) throw new PermissionError(`[Errno 13] Permission denied: ${new URL(url).origin} (you did not allow cells to read from it)`);
      if (!m.ok && m.buffer === undefined) throw new TypeError(m.error ?? 'Failed to fetch');
      return new Response(m.buffer ?? null, {
        status: m.status ?? 200,
        statusText: m.statusText ?? '',
        headers: m.contentType ? { 'content-type': m.contentType } : {},
      });
    });
  }

  /**
   * A cell's `fetch`: a GET of the app's own files (`fetch('data/x.csv')`) is read through
   * the page, as loaders read them; everything else is the browser's fetch, which the
   * kernel's policy confines to the app's origin.
   */
  readonly cellFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if ((typeof input === 'string' || input instanceof URL) && (init?.method ?? 'GET').toUpperCase() === 'GET' && this.page) {
      try {
        const u = new URL(String(input), this.page);
        if (u.origin === new URL(this.page).origin && !this.isLocal(u.href)) return this.fetch(u.href);
      } catch {
        // not a URL: the browser's fetch says so
      }
    }
    return this.native()(input, init);
  };

  /** The global fetch, unless it is cellFetch (then the browser's, which it replaced). */
  private native(): typeof fetch {
    return globalThis.fetch === this.cellFetch ? nativeFetch : globalThis.fetch;
  }

  /** The page's answer to a request. */
  answer(m: Fetched): void {
    this.waiting.get(m.id)?.(m);
    this.waiting.delete(m.id);
  }
}
