/**
 * Persistent storage: by default a browser may clear a site's IndexedDB when space runs
 * low; `navigator.storage.persist()` asks it not to. Numbook asks once a notebook has been
 * saved with the user's own work in it (Firefox shows a prompt: not at page load), and the
 * notebook list says whether the browser agreed, with the space used.
 */

export interface StorageStatus {
  /** true: kept until the user deletes it; false: may be cleared; null: the browser cannot say. */
  persisted: boolean | null;
  usage?: number;
  quota?: number;
}

let asked: Promise<boolean | null> | null = null;

/** Asks the browser to keep this site's data (once per page). */
export function requestPersistence(): Promise<boolean | null> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!s?.persist || !s.persisted) return Promise.resolve(null);
  asked ??= s
    .persisted()
    .then((already) => already || s.persist())
    .catch(() => null);
  return asked;
}

/** Whether storage is persistent, and how much is used, as the browser says. */
export async function storageStatus(): Promise<StorageStatus> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = s?.persisted ? await s.persisted().catch(() => null) : null;
  const estimate = s?.estimate ? await s.estimate().catch(() => undefined) : undefined;
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
