/**
 * Notebooks in IndexedDB (idb-keyval, database `numbook`, store `notebooks`):
 *
 *   meta:<id>  {id, name, created, modified, revision}      listing without loading cells
 *   doc:<id>   {revision, notebook}                          the nbformat data, outputs and
 *                                                            ndarray buffers by structured clone
 *   active:<id> its active cell (moving between cells is not a new revision)
 *   original:<id> {notebook, from}: what a copy opened from a link or file was when it
 *              arrived ("Reset to shared version")
 *   last       the id of the notebook open last (reload reopens it)
 *   schema     the layout's version (storage-schema.ts: upgraded before the first access)
 *
 * A save names the revision it was based on and is refused (ConflictError) if the stored
 * one moved on: another tab saved the same notebook. The check and both writes are one
 * transaction, so two tabs cannot interleave. Every save is announced on a
 * BroadcastChannel, so other tabs learn at once rather than at their next save.
 * A failed write (quota) rejects and the transaction writes nothing: what was saved
 * before stays as it was. A page load reads its notebook ahead (readAhead), while its
 * code loads.
 */
import { createStore, get, set, del, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Notebook } from '../notebook/notebook-model';
import { newId } from '../notebook/notebook-model';
import { NewerSchemaError, upgradeStore } from './storage-schema';

export interface NotebookMeta {
  id: string;
  name: string;
  created: number;
  modified: number;
  revision: number;
}

interface StoredDoc {
  revision: number;
  notebook: Notebook;
}

/** Another tab saved this notebook since this one loaded it. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(readonly stored: number, readonly base: number) {
    super(`the notebook was saved elsewhere (revision ${stored}, this tab has ${base})`);
  }
}

export type StorageEvent =
  | { type: 'saved'; id: string; revision: number; origin: string }
  | { type: 'deleted'; id: string; origin: string }
  | { type: 'renamed'; id: string; name: string; origin: string };

let store: UseStore | null = null;
/** The stored layout is newer than this code's (NewerSchemaError on every write). */
let newer: number | null = null;
/**
 * idb-keyval's store, except that IndexedDB refusing outright (indexedDB.open throws in a
 * cross-site frame and some private modes) rejects each access instead of throwing: the
 * page then works in memory and says so, instead of never starting.
 */
export function safeStore(dbName: string, storeName: string): UseStore {
  const raw = createStore(dbName, storeName);
  return (mode, callback) => {
    try {
      return raw(mode, callback);
    } catch (e) {
      return Promise.reject(e);
    }
  };
}

/** The store, once its layout is this code's version: every access waits for the upgrade. */
const db = (): UseStore => {
  if (store) return store;
  const raw = safeStore('numbook', 'notebooks');
  const upgraded = raw('readwrite', (s) => upgradeStore(s)).then((v) => {
    newer = v;
  });
  store = (mode, callback) =>
    upgraded.then(() => {
      if (mode === 'readwrite' && newer !== null) throw new NewerSchemaError(newer);
      return raw(mode, callback);
    });
  return store;
};

/** This tab's id in broadcasts (so it ignores its own). */
export const TAB = newId();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('numbook-storage') : null;

/** Listens to other tabs' saves, renames and deletions. */
export function onStorageEvent(listener: (e: StorageEvent) => void): () => void {
  const h = (ev: MessageEvent<StorageEvent>) => ev.data.origin !== TAB && listener(ev.data);
  channel?.addEventListener('message', h);
  return () => channel?.removeEventListener('message', h);
}

type Announcement = StorageEvent extends infer E ? (E extends StorageEvent ? Omit<E, 'origin'> : never) : never;

function announce(e: Announcement): void {
  channel?.postMessage({ ...e, origin: TAB });
}

/** Every notebook, most recently modified first. */
export async function listNotebooks(): Promise<NotebookMeta[]> {
  const metas = await db()('readonly', async (s) => {
    const range = IDBKeyRange.bound('meta:', 'meta:\uffff');
    return promisifyRequest(s.getAll(range)) as Promise<NotebookMeta[]>;
  });
  return metas.sort((a, b) => b.modified - a.modified);
}

export function getMeta(id: string): Promise<NotebookMeta | undefined> {
  return get<NotebookMeta>(`meta:${id}`, db());
}

export interface LoadedNotebook {
  meta: NotebookMeta;
  notebook: Notebook;
  active?: string;
}

async function readNotebook(id: string): Promise<LoadedNotebook | undefined> {
  const [meta, doc, active] = await db()('readonly', (s) =>
    Promise.all([promisifyRequest(s.get(`meta:${id}`)), promisifyRequest(s.get(`doc:${id}`)), promisifyRequest(s.get(`active:${id}`))]),
  );
  if (!meta || !doc) return undefined;
  return { meta: meta as NotebookMeta, notebook: (doc as StoredDoc).notebook, active: active as string | undefined };
}

/** The page load's first reads, started ahead (readAhead); each is taken once. */
let ahead: { last: Promise<string | undefined> | null; notebook: Promise<{ id: string; stored: LoadedNotebook | undefined } | undefined> | null } | null = null;

/**
 * Starts reading the notebook a page load opens (the one the URL names, else the last one
 * opened) before the page's code has loaded (main.ts calls this), so that the read overlaps
 * that code's download and parse. The page's first `lastOpened()` and `loadNotebook(id)`
 * take the results, unless something was written since; later calls read afresh.
 */
export function readAhead(named: string | null): void {
  const last = named ? null : get<string>('last', db());
  const id = named ? Promise.resolve(named) : last!;
  const notebook = id.then((i) => (i ? readNotebook(i).then((stored) => ({ id: i, stored })) : undefined));
  // Unread results must not be reported as unhandled: the reader of each sees its error.
  last?.catch(() => {});
  notebook.catch(() => {});
  ahead = { last, notebook };
}

/** A write makes what was read ahead stale. */
function written(): void {
  ahead = null;
}

/** A stored notebook with its meta and its active cell, read in one transaction. */
export async function loadNotebook(id: string): Promise<LoadedNotebook | undefined> {
  const early = ahead?.notebook;
  if (early) {
    ahead!.notebook = null;
    const r = await early.catch(() => undefined);
    if (r?.id === id) return r.stored;
  }
  return readNotebook(id);
}

/**
 * Writes the notebook as revision `base + 1` if the stored revision is still `base`
 * (0: a new notebook). Resolves to the new meta; rejects with ConflictError, or the
 * IndexedDB error (QuotaExceededError...) with nothing written.
 */
export function saveNotebook(id: string, notebook: Notebook, base: number, name?: string): Promise<NotebookMeta> {
  written();
  return db()('readwrite', (s) =>
    new Promise<NotebookMeta>((resolve, reject) => {
      const tx = s.transaction;
      let meta: NotebookMeta | null = null;
      let failed: unknown = null;
      const req = s.get(`meta:${id}`);
      req.onsuccess = () => {
        const old = req.result as NotebookMeta | undefined;
        const stored = old?.revision ?? 0;
        if (stored !== base) {
          failed = new ConflictError(stored, base);
          tx.abort();
          return;
        }
        const now = Date.now();
        meta = { id, name: name ?? old?.name ?? 'Untitled', created: old?.created ?? now, modified: now, revision: base + 1 };
        try {
          s.put({ revision: meta.revision, notebook } satisfies StoredDoc, `doc:${id}`);
          s.put(meta, `meta:${id}`);
          s.put(id, 'last');
        } catch (e) {
          failed = e; // DataCloneError
          tx.abort();
        }
      };
      tx.oncomplete = () => {
        resolve(meta!);
        announce({ type: 'saved', id, revision: meta!.revision });
      };
      tx.onabort = () => reject(failed ?? tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
      tx.onerror = (ev) => {
        // Keep the first error (QuotaExceededError arrives here and again on abort).
        failed ??= tx.error ?? (ev.target as IDBRequest).error;
      };
    }),
  );
}

/** Creates a notebook; resolves to its meta. */
export async function createNotebook(notebook: Notebook, name = 'Untitled'): Promise<NotebookMeta> {
  return saveNotebook(newId(), notebook, 0, name);
}

export async function renameNotebook(id: string, name: string): Promise<void> {
  written();
  await db()('readwrite', (s) =>
    new Promise<void>((resolve, reject) => {
      const req = s.get(`meta:${id}`);
      req.onsuccess = () => {
        if (req.result) s.put({ ...(req.result as NotebookMeta), name }, `meta:${id}`);
      };
      s.transaction.oncomplete = () => resolve();
      s.transaction.onabort = () => reject(s.transaction.error);
    }),
  );
  announce({ type: 'renamed', id, name });
}

export async function duplicateNotebook(id: string): Promise<NotebookMeta | undefined> {
  const nb = await loadNotebook(id);
  if (!nb) return undefined;
  return createNotebook(nb.notebook, `${nb.meta.name} (copy)`);
}

export async function deleteNotebook(id: string): Promise<void> {
  written();
  await db()('readwrite', (s) => {
    s.delete(`meta:${id}`);
    s.delete(`doc:${id}`);
    s.delete(`active:${id}`);
    s.delete(`original:${id}`);
    return promisifyRequest(s.transaction);
  });
  if ((await get('last', db())) === id) await del('last', db());
  announce({ type: 'deleted', id });
}

/** What a notebook opened from a link or a file was when it arrived, and where it came from. */
export interface OriginalNotebook {
  notebook: Notebook;
  from: string;
}

export function saveOriginal(id: string, notebook: Notebook, from: string): Promise<void> {
  written();
  return set(`original:${id}`, { notebook, from } satisfies OriginalNotebook, db());
}

export function loadOriginal(id: string): Promise<OriginalNotebook | undefined> {
  return get<OriginalNotebook>(`original:${id}`, db());
}

/** The active cell of a notebook, kept apart from its revisions (moving is not an edit). */
export function getActive(id: string): Promise<string | undefined> {
  return get<string>(`active:${id}`, db());
}

export function setActive(id: string, cellId: string): Promise<void> {
  written();
  return set(`active:${id}`, cellId, db());
}

export function lastOpened(): Promise<string | undefined> {
  const early = ahead?.last;
  if (early) {
    ahead!.last = null;
    return early;
  }
  return get<string>('last', db());
}

export function setLastOpened(id: string): Promise<void> {
  written();
  return set('last', id, db());
}

/** A human explanation of a storage failure. */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return 'storage is full (the browser refused to store more): free space or export the notebook';
  if (name === 'ConflictError') return 'changed in another tab';
  if (name === 'DataCloneError') return 'an output could not be stored';
  if (name === 'NewerSchemaError') return (e as Error).message;
  return (e as Error)?.message || String(e);
}
