/**
 * Uploaded files in IndexedDB (idb-keyval, database `numbook-files`, store `files`), kept
 * per notebook so that a reload, or opening the notebook again later, finds them:
 *
 *   [notebookId, name]  {notebook, name, size, type, added, data: ArrayBuffer}
 *
 * A database of its own: idb-keyval opens one store per database, and the notebooks'
 * (storage.ts) must not grow a second.
 */
import { set, del, promisifyRequest, type UseStore } from 'idb-keyval';
import { safeStore } from './storage';

export interface StoredFile {
  notebook: string;
  name: string;
  size: number;
  /** The MIME type the browser gave the file ('' if unknown). */
  type: string;
  /** When it was uploaded (ms since the epoch). */
  added: number;
  data: ArrayBuffer;
}

let store: UseStore | null = null;
const db = () => (store ??= safeStore('numbook-files', 'files'));

/** Every key of one notebook's files: arrays sort after strings, so [id, []] bounds them. */
const range = (notebook: string) => IDBKeyRange.bound([notebook], [notebook, []]);

/** The notebook's files, by name. */
export async function listFiles(notebook: string): Promise<StoredFile[]> {
  const files = await db()('readonly', (s) => promisifyRequest(s.getAll(range(notebook))) as Promise<StoredFile[]>);
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Stores (or replaces) a file; rejects with the IndexedDB error (QuotaExceededError...). */
export function putFile(f: StoredFile): Promise<void> {
  return set([f.notebook, f.name], f, db());
}

export function deleteFile(notebook: string, name: string): Promise<void> {
  return del([notebook, name], db());
}

/** Forgets every file of a notebook (it was deleted). */
export function deleteFiles(notebook: string): Promise<void> {
  return db()('readwrite', (s) => {
    s.delete(range(notebook));
    return promisifyRequest(s.transaction);
  });
}

/** Gives a copy of the notebook's files to another (a duplicated notebook). */
export async function copyFiles(from: string, to: string): Promise<void> {
  const files = await listFiles(from);
  if (!files.length) return;
  await db()('readwrite', (s) => {
    for (const f of files) s.put({ ...f, notebook: to }, [to, f.name]);
    return promisifyRequest(s.transaction);
  });
}
