/**
 * How the files list labels an uploaded file: its size as people read it, and the call
 * that reads it in a cell (the name's tooltip). Pure, no DOM.
 */

/** 512 B, 3.9 kB, 281 kB, 4.1 MB (decimal units, as file managers show); binary: 7.6 MiB (as NumPy's MemoryError). */
export function formatSize(bytes: number, binary = false): string {
  const base = binary ? 1024 : 1000;
  if (bytes < base) return `${bytes} B`;
  const units = binary ? ['KiB', 'MiB', 'GiB', 'TiB'] : ['kB', 'MB', 'GB'];
  let v = bytes / base;
  let u = 0;
  while (v >= base && u < units.length - 1) {
    v /= base;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

const IMAGES = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'avif']);

/** The call that reads a file in a cell, from its extension. */
export function readerCall(name: string): string {
  const q = JSON.stringify(name);
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (IMAGES.has(ext)) return `await loadImage(${q})`;
  if (ext === 'wav') return `await loadAudio(${q})`;
  if (ext === 'npy') return `await np.load(${q})`;
  if (ext === 'csv') return `await np.loadtxt(${q}, {delimiter: ','})`;
  if (ext === 'tsv' || ext === 'dat') return `await np.loadtxt(${q})`;
  return `await loadText(${q})`;
}
