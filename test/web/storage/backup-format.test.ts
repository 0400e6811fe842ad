import { describe, it, expect } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { packBackup, unpackBackup, BackupError, BACKUP_VERSION, type BackupNotebook } from '../../../web/storage/backup-format';

const nb = (id: string, name: string, files: BackupNotebook['files'] = []): BackupNotebook => ({
  id,
  name,
  created: 1,
  modified: 2,
  ipynb: JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { title: name }, cells: [] }),
  files,
});

describe('backup-format.ts: the backup zip', () => {
  it('round-trips notebooks and their files byte for byte, whatever their names', () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const input = [
      nb('a1', 'Arrays: a/b "test"', [{ name: 'scene.png', type: 'image/png', added: 5, data: bytes }]),
      nb('b2', 'Arrays: a/b "test"', [{ name: 'data.csv', type: 'text/csv', added: 6, data: strToU8('1,2\n3,4\n') }]),
      nb('c3', '..'),
    ];
    const out = unpackBackup(packBackup(input));
    expect(out).toEqual(input);
  });

  it('refuses what is not a backup it can read, saying why', () => {
    const bad = (tree: Record<string, Uint8Array>) => () => unpackBackup(zipSync(tree));
    expect(() => unpackBackup(strToU8('hello'))).toThrow(/not a backup: the file is not a zip archive/);
    expect(bad({ 'x.txt': strToU8('x') })).toThrow('not a Numbook backup: the zip has no manifest.json');
    expect(bad({ 'manifest.json': strToU8('{') })).toThrow(/manifest.json is not valid JSON/);
    expect(bad({ 'manifest.json': strToU8('{"format": "other"}') })).toThrow('not a Numbook backup: manifest.json is not a Numbook manifest');
    const newer = JSON.stringify({ format: 'numbook-backup', version: BACKUP_VERSION + 1, notebooks: [] });
    expect(bad({ 'manifest.json': strToU8(newer) })).toThrow(/made by a newer Numbook/);
    const missing = JSON.stringify({ format: 'numbook-backup', version: 1, notebooks: [{ id: 'x', name: 'x', path: 'notebooks/1 x.ipynb', files: [] }] });
    expect(bad({ 'manifest.json': strToU8(missing) })).toThrow('the backup is damaged: notebooks/1 x.ipynb is missing');
    expect(bad({ 'manifest.json': strToU8('{') })).toThrow(BackupError);
  });
});
