/**
 * The backup zip (File ▸ Download all notebooks): every notebook as an .ipynb any Jupyter
 * opens, its uploaded files beside it, and a manifest that ties them together:
 *
 *   manifest.json                    {format: 'numbook-backup', version: 1, created, notebooks: [...]}
 *   notebooks/<n> <name>.ipynb       nbformat 4, array outputs whole (no export cap)
 *   files/<n>/<file name>            the notebook's uploads, as they were
 *
 * `<n>` is the notebook's place in the manifest (names may repeat; ids are not for
 * people). Pure: bytes in, bytes out (fflate), no storage, so it is tested in Node.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const BACKUP_FORMAT = 'numbook-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  name: string;
  type: string;
  added: number;
  data: Uint8Array;
}

export interface BackupNotebook {
  id: string;
  name: string;
  created: number;
  modified: number;
  /** The .ipynb text. */
  ipynb: string;
  files: BackupFile[];
}

interface ManifestEntry {
  id: string;
  name: string;
  created: number;
  modified: number;
  path: string;
  files: { name: string; type: string; added: number; path: string }[];
}

interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  created: number;
  notebooks: ManifestEntry[];
}

/** A backup that cannot be read, and why (shown to the user; nothing is restored). */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** A name safe as a zip path segment on every OS (no separators, no reserved characters). */
function safe(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').slice(0, 120) || '_';
}

/** The zip's bytes. Files already compressed (images, audio, npz) are stored, the rest deflated. */
export function packBackup(notebooks: BackupNotebook[], created = Date.now()): Uint8Array {
  const tree: Zippable = {};
  const entries: ManifestEntry[] = notebooks.map((nb, i) => {
    const n = i + 1;
    const path = `notebooks/${n} ${safe(nb.name)}.ipynb`;
    tree[path] = strToU8(nb.ipynb);
    const files = nb.files.map((f) => {
      const fpath = `files/${n}/${safe(f.name)}`;
      tree[fpath] = [f.data, { level: /\.(png|jpe?g|gif|webp|mp3|ogg|m4a|zip|npz|gz)$/i.test(f.name) ? 0 : 6 }];
      return { name: f.name, type: f.type, added: f.added, path: fpath };
    });
    return { id: nb.id, name: nb.name, created: nb.created, modified: nb.modified, path, files };
  });
  const manifest: Manifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, created, notebooks: entries };
  tree['manifest.json'] = strToU8(JSON.stringify(manifest, null, 1));
  return zipSync(tree, { level: 6 });
}

/** The notebooks in a backup's bytes; a BackupError if it is not one this version reads. */
export function unpackBackup(bytes: Uint8Array): BackupNotebook[] {
  let tree: Record<string, Uint8Array>;
  try {
    tree = unzipSync(bytes);
  } catch (e) {
    throw new BackupError(`not a backup: the file is not a zip archive (${(e as Error).message})`);
  }
  const raw = tree['manifest.json'];
  if (!raw) throw new BackupError('not a Numbook backup: the zip has no manifest.json');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(strFromU8(raw)) as Manifest;
  } catch (e) {
    throw new BackupError(`the backup's manifest.json is not valid JSON (${(e as Error).message})`);
  }
  if (manifest?.format !== BACKUP_FORMAT || !Array.isArray(manifest.notebooks)) throw new BackupError('not a Numbook backup: manifest.json is not a Numbook manifest');
  if (typeof manifest.version !== 'number' || manifest.version > BACKUP_VERSION) {
    throw new BackupError(`this backup was made by a newer Numbook (format version ${manifest.version}); reload the page to update, then restore it`);
  }
  return manifest.notebooks.map((e) => {
    const ipynb = tree[e.path];
    if (!ipynb) throw new BackupError(`the backup is damaged: ${e.path} is missing`);
    const files = (e.files ?? []).map((f) => {
      const data = tree[f.path];
      if (!data) throw new BackupError(`the backup is damaged: ${f.path} is missing`);
      return { name: f.name, type: f.type ?? '', added: f.added ?? 0, data };
    });
    return { id: e.id, name: e.name, created: e.created, modified: e.modified, ipynb: strFromU8(ipynb), files };
  });
}
