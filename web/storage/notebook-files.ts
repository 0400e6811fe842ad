/**
 * The open notebook's uploaded files, as JupyterLab's uploads next to a notebook: files
 * dropped on the page or picked with "Upload files…" are kept here (in memory, and in
 * IndexedDB per notebook: file-store.ts) and sent to the kernel, whose loaders read them
 * by name (kernel/files.ts): `await loadImage('scene.png')`, `await np.load('x.npy')`.
 * Also the kernel's working directory (notebook-location.ts).
 *
 * A new kernel knows nothing: on each 'ready' everything is sent again (restarts keep the
 * files), before any queued cell. A file that cannot be read or stored says so, by name.
 */
import type { KernelClient } from '../kernel-client/kernel-client';
import * as fileStore from './file-store';

/** A file as the page lists it. */
export interface UploadedFile {
  name: string;
  size: number;
  type: string;
}

interface Held extends UploadedFile {
  added: number;
  data: ArrayBuffer;
}

/** What a page's File (or anything like it) must offer. */
export interface FileLike {
  readonly name: string;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export class NotebookFiles {
  /** The open notebook's files, by name. */
  files: UploadedFile[] = [];
  /** The last failure (a file that could not be read or stored), '' if none. */
  error = '';

  private held = new Map<string, Held>();
  private notebook: string | null = null;
  private cwd = '';
  private loaded: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: KernelClient,
    private readonly changed: () => void,
  ) {
    client.on((m) => {
      if (m.type === 'ready') this.sendAll();
      // A cell wrote a file (np.savetxt): it joins the notebook's files; the kernel has it already.
      else if (m.type === 'file_written') void this.keep([{ name: m.name, size: m.buffer.byteLength, type: m.mime, added: Date.now(), data: m.buffer }], [], false);
    });
  }

  /**
   * Another notebook is open (or the same one again): its working directory at once, then
   * its stored files. Resolves when they are loaded (and sent, if the kernel is ready).
   */
  open(notebook: string, cwd: string): Promise<void> {
    this.cwd = cwd;
    if (notebook === this.notebook) {
      this.client.post({ type: 'cwd', url: cwd });
      return this.loaded;
    }
    this.notebook = notebook;
    this.held = new Map();
    this.error = '';
    this.list();
    this.sendAll();
    this.loaded = this.load(notebook);
    return this.loaded;
  }

  private async load(notebook: string): Promise<void> {
    let stored: fileStore.StoredFile[] = [];
    try {
      stored = await fileStore.listFiles(notebook);
    } catch (e) {
      if (notebook === this.notebook) {
        this.error = `The uploaded files of this notebook could not be read from storage: ${(e as Error).message}`;
        this.changed();
      }
    }
    if (notebook !== this.notebook || !stored.length) return;
    // A file uploaded while these were read is the newer one.
    for (const f of stored) if (!this.held.has(f.name)) this.held.set(f.name, { name: f.name, size: f.size, type: f.type, added: f.added, data: f.data });
    this.list();
    this.sendAll();
  }

  /**
   * Adds files (a drop, a file dialog); a file of the same name is replaced. Each is
   * readable by cells at once; storing it is best effort (a full storage says so).
   */
  async add(files: Iterable<FileLike>): Promise<void> {
    const notebook = this.notebook;
    if (!notebook) return;
    const failures: string[] = [];
    const added: Held[] = [];
    for (const file of files) {
      try {
        const data = await file.arrayBuffer();
        added.push({ name: file.name, size: data.byteLength, type: file.type, added: Date.now(), data });
      } catch (e) {
        failures.push(`${file.name} could not be read (${(e as Error).message || 'is it a folder?'})`);
      }
    }
    if (notebook !== this.notebook) return;
    await this.keep(added, failures, true);
  }

  /** Holds, lists and stores files (sending them to the kernel unless it wrote them itself). */
  private async keep(added: Held[], failures: string[], send: boolean): Promise<void> {
    const notebook = this.notebook;
    if (!notebook) return;
    for (const f of added) this.held.set(f.name, f);
    this.list();
    if (send) this.send({ type: 'files', put: added.map((f) => ({ name: f.name, buffer: f.data.slice(0) })) });
    for (const f of added) {
      try {
        await fileStore.putFile({ notebook, ...f });
      } catch (e) {
        const why = (e as Error)?.name === 'QuotaExceededError' ? 'the browser storage is full' : (e as Error)?.message || String(e);
        failures.push(`${f.name} is readable until the page is closed, but could not be stored (${why})`);
      }
    }
    this.error = failures.join('; ');
    this.changed();
  }

  /** Forgets an uploaded file (cells reading it by name then fetch it instead). */
  async remove(name: string): Promise<void> {
    const notebook = this.notebook;
    if (!notebook || !this.held.delete(name)) return;
    this.list();
    this.send({ type: 'files', remove: [name] });
    await fileStore.deleteFile(notebook, name).catch(() => {});
  }

  dismissError(): void {
    this.error = '';
    this.changed();
  }

  private list(): void {
    this.files = [...this.held.values()].map(({ name, size, type }) => ({ name, size, type })).sort((a, b) => (a.name < b.name ? -1 : 1));
    this.changed();
  }

  /**
   * The working directory and every file (copies: the page keeps its bytes for the next
   * kernel), to this notebook's kernel or another one (the teacher's grading kernel, which
   * reads the same data as the notebook's cells).
   */
  sendAll(client = this.client): void {
    if (!this.notebook) return;
    client.post({ type: 'cwd', url: this.cwd });
    this.send({ type: 'files', clear: true, put: [...this.held.values()].map((f) => ({ name: f.name, buffer: f.data.slice(0) })) }, client);
  }

  private send(m: { type: 'files'; clear?: boolean; remove?: string[]; put?: { name: string; buffer: ArrayBuffer }[] }, client = this.client): void {
    client.post(m, (m.put ?? []).map((f) => f.buffer));
  }
}
