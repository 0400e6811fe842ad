/**
 * The layout of Numbook's stored data has a version (`schema` in the `numbook` store), so
 * that an update can change it without losing a notebook (JupyterLite users lost theirs
 * when its storage keys changed). Before the first read or write of a page, the stored
 * version is brought up to this code's in one transaction: each migration moves version
 * n - 1 to n (MIGRATIONS[n]), all or nothing. Data written by a newer Numbook (an old tab
 * or an old cached page) is never written over: that page only reads.
 *
 * Version 1 is the layout storage.ts and file-store.ts describe; a database from before
 * versions existed has that layout too.
 */
import { promisifyRequest } from 'idb-keyval';

export const SCHEMA_VERSION = 1;
export const SCHEMA_KEY = 'schema';

/** Moves the store from the previous version to this one, inside the upgrade's transaction. */
export type Migration = (store: IDBObjectStore) => Promise<void>;

/** MIGRATIONS[n] upgrades version n - 1 to n. None yet: version 1 is the first layout. */
export const MIGRATIONS: Record<number, Migration> = {};

export type SchemaPlan = { kind: 'current' } | { kind: 'upgrade'; from: number; steps: number[] } | { kind: 'newer'; stored: number };

/** What to do with a stored version (undefined: a database from before versions, or a new one). */
export function schemaPlan(stored: number | undefined, current = SCHEMA_VERSION): SchemaPlan {
  const from = stored ?? 1;
  if (from > current) return { kind: 'newer', stored: from };
  if (stored === current) return { kind: 'current' };
  const steps: number[] = [];
  for (let v = from + 1; v <= current; v++) steps.push(v);
  return { kind: 'upgrade', from, steps };
}

/** Data written by a newer Numbook: this page reads it but writes nothing. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  constructor(readonly stored: number) {
    super(`your notebooks were saved by a newer version of Numbook (storage version ${stored}, this page knows ${SCHEMA_VERSION}): reload the page to update; nothing was overwritten`);
  }
}

/**
 * Brings the store to this code's version. Resolves to the stored version when it is newer
 * (the page then refuses writes), else to null.
 */
export function upgradeStore(store: IDBObjectStore, migrations = MIGRATIONS, current = SCHEMA_VERSION): Promise<number | null> {
  return promisifyRequest(store.get(SCHEMA_KEY)).then(async (stored: unknown) => {
    const plan = schemaPlan(typeof stored === 'number' ? stored : undefined, current);
    if (plan.kind === 'newer') return plan.stored;
    if (plan.kind === 'current') return null;
    try {
      for (const v of plan.steps) {
        const m = migrations[v];
        if (!m) throw new Error(`no migration to storage version ${v}`);
        await m(store);
      }
      store.put(current, SCHEMA_KEY);
    } catch (e) {
      // All or nothing: a failed step leaves the data as it was.
      store.transaction.abort();
      throw e;
    }
    return promisifyRequest(store.transaction).then(() => null);
  });
}
