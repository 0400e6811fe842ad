/**
 * File ▸ Download all notebooks and File ▸ Restore from backup: every stored notebook with
 * its uploaded files in one zip (web/storage/backup-format.ts), and back. Restoring writes nothing
 * until the whole backup has been read; a notebook whose id is still stored is left alone
 * when it is the same, and restored beside it as "(restored)" when it differs, so a restore
 * never overwrites work.
 */
import * as storage from './storage';
import { listFiles, putFile } from './file-store';
import { exportIpynb } from '../sharing/ipynb-export';
import { importIpynb } from '../sharing/ipynb-import';
import { packBackup, unpackBackup, type BackupNotebook } from './backup-format';

/** The .ipynb text a notebook is backed up as: array outputs whole, no renditions (Numbook redraws them). */
function backupText(notebook: Parameters<typeof exportIpynb>[0], name: string): string {
  return exportIpynb(notebook, { title: name, cap: Infinity });
}

/** Every stored notebook and its files, as the backup zip's bytes. */
export async function makeBackup(): Promise<{ bytes: Uint8Array; notebooks: number; files: number }> {
  const out: BackupNotebook[] = [];
  let files = 0;
  for (const meta of await storage.listNotebooks()) {
    const stored = await storage.loadNotebook(meta.id);
    if (!stored) continue;
    const uploads = await listFiles(meta.id);
    files += uploads.length;
    out.push({
      id: meta.id,
      name: meta.name,
      created: meta.created,
      modified: meta.modified,
      ipynb: backupText(stored.notebook, meta.name),
      files: uploads.map((f) => ({ name: f.name, type: f.type, added: f.added, data: new Uint8Array(f.data) })),
    });
  }
  return { bytes: packBackup(out), notebooks: out.length, files };
}

export interface RestoreReport {
  /** Notebooks written back under their own id. */
  restored: number;
  /** Notebooks whose id held different work: restored as copies. */
  copies: number;
  /** Notebooks already stored exactly as in the backup. */
  unchanged: number;
  files: number;
}

/** Restores a backup's notebooks and files; throws (BackupError, NotebookError) before writing anything if it cannot be read. */
export async function restoreBackup(bytes: Uint8Array): Promise<RestoreReport> {
  const entries = unpackBackup(bytes).map((e) => ({ ...e, notebook: importIpynb(e.ipynb) }));
  const report: RestoreReport = { restored: 0, copies: 0, unchanged: 0, files: 0 };
  for (const e of entries) {
    const existing = await storage.loadNotebook(e.id);
    let id: string;
    if (!existing) {
      id = (await storage.saveNotebook(e.id, e.notebook, 0, e.name)).id;
      report.restored++;
    } else if (backupText(existing.notebook, existing.meta.name) === e.ipynb && existing.meta.name === e.name) {
      report.unchanged++;
      continue;
    } else {
      id = (await storage.createNotebook(e.notebook, `${e.name} (restored)`)).id;
      report.copies++;
    }
    for (const f of e.files) {
      const data = f.data.slice().buffer as ArrayBuffer;
      await putFile({ notebook: id, name: f.name, size: data.byteLength, type: f.type, added: f.added, data });
      report.files++;
    }
  }
  return report;
}
