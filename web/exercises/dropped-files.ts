/**
 * The files of a drop, folders included (a teacher drops a folder of submissions): each
 * dropped folder is walked with the File and Directory Entries API, files keep their path
 * in it. The entries are taken while the drop event runs (they are gone after it).
 */
export interface PathFile {
  /** The path in the dropped folder (`submissions/alice.ipynb`), or the file's name. */
  path: string;
  file: File;
}

function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    // readEntries gives a batch at a time, then an empty one.
    const next = () => reader.readEntries((batch) => (batch.length ? (out.push(...batch), next()) : resolve(out)), reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, into: PathFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) for (const e of await readAll(entry as FileSystemDirectoryEntry)) await walk(e, into);
}

/** Every file of a drop (call it inside the drop event). */
export function droppedFiles(dt: DataTransfer): Promise<PathFile[]> {
  const entries = Array.from(dt.items, (it) => it.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => !e)) return Promise.resolve(Array.from(dt.files, (file) => ({ path: file.name, file })));
  return (async () => {
    const out: PathFile[] = [];
    for (const e of entries) await walk(e!, out);
    return out;
  })();
}
