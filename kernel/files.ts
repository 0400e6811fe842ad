/**
 * The kernel's working directory, as Jupyter's: the files the page uploaded for the open
 * notebook (dropped on the page or picked in its dialog), read by name before anything is
 * fetched, and the URL relative paths resolve against (the notebook's location, else the
 * page). So, after scene.png was dropped, `await loadImage('scene.png')`, and in the
 * visual-numpy notebook `await loadImage('data/scene.png')` fetches it next to the .ipynb.
 *
 * The page sends both ('files' and 'cwd' messages, protocol.ts) to every new kernel; the
 * kernel registers this table with runtime/source.ts, which every loader reads through.
 */
import { OSError, type SourceHost } from '../runtime/source';
import type { FromKernel, ToKernel } from './protocol';
import type { RemoteFetch } from './remote-fetch';

export type FilesMessage = Extract<ToKernel, { type: 'files' }>;

/**
 * The table key of a path as a cell writes it: 'scene.png' and './scene.png' name the
 * upload scene.png; URLs ('https://...', 'blob:...') and absolute paths ('/x.csv') never
 * name an upload (null).
 */
export function uploadKey(path: string): string | null {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  if (!p || p.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)) return null;
  return p;
}

export class FileTable implements SourceHost {
  private readonly files = new Map<string, Uint8Array>();
  private cwd: string | null = null;
  /** Reads other origins through the page, with the user's consent (set by the kernel). */
  remote: RemoteFetch | null = null;
  /** Tells the page about a file a cell wrote (set by the kernel). */
  announce: ((m: Extract<FromKernel, { type: 'file_written' }>, transfer: Transferable[]) => void) | null = null;

  /** Applies a 'files' message: clear first if asked, then removals, then the new files. */
  apply(m: FilesMessage): void {
    if (m.clear) this.files.clear();
    for (const name of m.remove ?? []) this.files.delete(name);
    for (const f of m.put ?? []) this.files.set(f.name, new Uint8Array(f.buffer));
  }

  /** Sets the URL relative paths resolve against ('cwd' message); '' forgets it. */
  setBase(url: string): void {
    this.cwd = url || null;
  }

  file(path: string): Uint8Array | undefined {
    const key = uploadKey(path);
    return key === null ? undefined : this.files.get(key);
  }

  base(): string | null {
    return this.cwd;
  }

  fetch(url: string | URL): Promise<Response> {
    return this.remote ? this.remote.fetch(String(url)) : fetch(url);
  }

  /** A file a cell wrote (np.savetxt): readable by name at once, and kept by the page with the notebook's files. */
  write(path: string, bytes: Uint8Array): void {
    const key = uploadKey(path);
    if (key === null || key.includes('/')) throw new OSError(`[Errno 30] Read-only file system: '${path}' (a cell writes files by name into the notebook's files, e.g. 'out.csv')`);
    this.files.set(key, bytes);
    const copy = bytes.slice().buffer as ArrayBuffer;
    this.announce?.({ type: 'file_written', name: key, mime: mimeOf(key), buffer: copy }, [copy]);
  }

  /** The uploads' names, sorted. */
  names(): string[] {
    return [...this.files.keys()].sort();
  }
}

/** The MIME type the page lists a written file with, from its extension. */
function mimeOf(name: string): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return ext === 'csv' ? 'text/csv' : ext === 'tsv' ? 'text/tab-separated-values' : ext === 'json' ? 'application/json' : ext === 'npy' ? 'application/octet-stream' : 'text/plain';
}
