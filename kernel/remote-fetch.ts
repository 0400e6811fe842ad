/**
 * Reading another origin with the user's consent. The kernel's worker is served with
 * `connect-src 'self'` (vite.config.ts, public/coi-serviceworker.js), so a cell's own
 * `fetch` reaches only the app's origin and sends nothing elsewhere. Loaders
 * (loadImage, np.loadtxt, ...) read another origin's file through the page instead: it
 * asks the user once per origin, as Deno's permission prompts do, and fetches without
 * credentials. A refusal is Python's PermissionError.
 */
import { OSError } from '../runtime/source';
import type { FromKernel, ToKernel } from './protocol';

type Fetched = Extract<ToKernel, { type: 'fetched' }>;

/** Python's PermissionError (an OSError): the user did not let cells read that origin. */
export class PermissionError extends OSError {
  override name = 'PermissionError';
}

export class RemoteFetch {
  private next = 1;
  private readonly waiting = new Map<number, (m: Fetched) => void>();

  constructor(
    private readonly send: (m: Extract<FromKernel, { type: 'fetch' }>) => void,
    private readonly origin: string | undefined = globalThis.location?.origin,
  ) {}

  /** Whether `url` is on this worker's own origin (fetched directly). */
  isLocal(url: string): boolean {
    if (this.origin === undefined) return true; // not in a worker (tests in Node): no policy to keep
    try {
      const u = new URL(url, globalThis.location.href);
      return u.origin === this.origin || u.protocol === 'blob:' || u.protocol === 'data:';
    } catch {
      return true;
    }
  }

  /** `fetch(url)`: directly on this origin, else through the page (which asks the user). */
  fetch(url: string): Promise<Response> {
    if (this.isLocal(url)) return fetch(url);
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

  /** The page's answer to a request. */
  answer(m: Fetched): void {
    this.waiting.get(m.id)?.(m);
    this.waiting.delete(m.id);
  }
}
