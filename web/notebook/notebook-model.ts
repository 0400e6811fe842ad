/**
 * The notebook as plain data, in nbformat 4's shape (cells with `cell_type`, `source`,
 * `metadata`, `outputs` with `output_type`...), so .ipynb import/export is a direct
 * mapping and IndexedDB stores it by structured clone (ndarray buffers included).
 *
 * Every function here is pure: it returns a new notebook (cells shared where unchanged),
 * never mutates its argument. The notebook element renders from it; undo keeps old ones.
 */
import type { MimeBundle, Output as KernelOutput } from '../../kernel/protocol';

export type CellType = 'code' | 'markdown' | 'raw';

/**
 * Keys of a cell, an output or the notebook that this model does not know (a notebook from
 * a later nbformat 4 minor version, another tool's additions): kept as they were and
 * written back on export, so an import and export loses nothing.
 */
export type Extra = Record<string, unknown>;

export interface StreamOutput {
  output_type: 'stream';
  /** stdout or stderr (nbformat allows any name; others are kept). */
  name: 'stdout' | 'stderr' | (string & {});
  text: string;
  /**
   * Set when the middle of a long output was left out (output-limits.ts): `text.slice(at,
   * end)` is the "… N lines hidden …" line. Kept in storage, not written to .ipynb (the
   * marker line in the text says it there).
   */
  elided?: { at: number; end: number; lines: number; bytes: number };
  extra?: Extra;
}
export interface DisplayDataOutput {
  output_type: 'display_data';
  data: MimeBundle;
  metadata: Record<string, unknown>;
  /** Jupyter keeps display ids in `transient`; stored here so later updates find it. */
  transient?: { display_id?: string };
  extra?: Extra;
}
export interface ExecuteResultOutput {
  output_type: 'execute_result';
  /** null in a notebook from elsewhere that kept no count. */
  execution_count: number | null;
  data: MimeBundle;
  metadata: Record<string, unknown>;
  extra?: Extra;
}
export interface ErrorOutput {
  output_type: 'error';
  ename: string;
  evalue: string;
  traceback: string[];
  extra?: Extra;
}
/**
 * An output of a type from a later nbformat 4 minor version: not drawn (a line says so),
 * written back on export exactly as it was read.
 */
export interface UnknownOutput {
  output_type: 'unknown';
  original: Record<string, unknown>;
}
export type NbOutput = StreamOutput | DisplayDataOutput | ExecuteResultOutput | ErrorOutput | UnknownOutput;

/** A markdown (or raw) cell's attachments: file name -> MIME bundle (base64 images). */
export type Attachments = Record<string, Record<string, string>>;

export interface CodeCell {
  id: string;
  cell_type: 'code';
  source: string;
  metadata: Record<string, unknown>;
  execution_count: number | null;
  outputs: NbOutput[];
  extra?: Extra;
}
export interface MarkdownCell {
  id: string;
  cell_type: 'markdown';
  source: string;
  metadata: Record<string, unknown>;
  /** Images the markdown shows as `attachment:<name>`. */
  attachments?: Attachments;
  extra?: Extra;
}
/** A raw cell: text for other tools (nbconvert), shown as it is, never run or rendered. */
export interface RawCell {
  id: string;
  cell_type: 'raw';
  source: string;
  metadata: Record<string, unknown>;
  attachments?: Attachments;
  extra?: Extra;
  /**
   * A cell of a type from a later nbformat 4 minor version is shown as a raw cell and
   * written back as it was read (`original`, without its id), unless its text was edited.
   */
  original?: Record<string, unknown>;
}
export type Cell = CodeCell | MarkdownCell | RawCell;

export interface NotebookMetadata {
  kernelspec?: { name: string; display_name: string; language?: string };
  language_info?: { name: string; file_extension?: string; mimetype?: string };
  /** The notebook's title (nbformat 4.5 knows this key): what the user named it. */
  title?: string;
  /** Numbook's own state: the active cell, restored on reload. */
  numbook?: { activeCell?: string };
  [key: string]: unknown;
}

export interface Notebook {
  nbformat: 4;
  /** 5 for ours; a notebook from a later minor version keeps its number. */
  nbformat_minor: number;
  metadata: NotebookMetadata;
  cells: Cell[];
  extra?: Extra;
}

let counter = 0;
/** A fresh cell id (nbformat 4.5: 1-64 of [a-zA-Z0-9-_]). */
export function newId(): string {
  const rand = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `${rand}-${(++counter).toString(36)}`;
}

export function newCell(type: CellType = 'code', source = ''): Cell {
  return type === 'code' ? { id: newId(), cell_type: 'code', source, metadata: {}, execution_count: null, outputs: [] } : { id: newId(), cell_type: type, source, metadata: {} };
}

/** The kernelspec and language_info of a Numbook notebook (TypeScript cells with np). */
export const NUMBOOK_KERNELSPEC = { name: 'numbook', display_name: 'TypeScript (np)', language: 'typescript' } as const;
export const NUMBOOK_LANGUAGE_INFO = { name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' } as const;

/**
 * The language a notebook's code is in, when it is not TypeScript (a Python notebook from
 * Jupyter): from its kernelspec, else its language_info; null for TypeScript/JavaScript or
 * when the notebook does not say.
 */
export function foreignLanguage(nb: Notebook): string | null {
  const lang = nb.metadata.kernelspec?.language ?? nb.metadata.language_info?.name;
  if (typeof lang !== 'string' || !lang.trim()) return null;
  return /^(typescript|javascript|ts|js)$/i.test(lang.trim()) ? null : lang.trim();
}

export function newNotebook(cells: Cell[] = [newCell('code')]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { ...NUMBOOK_KERNELSPEC }, language_info: { ...NUMBOOK_LANGUAGE_INFO } },
    cells,
  };
}

export function indexOf(nb: Notebook, id: string): number {
  return nb.cells.findIndex((c) => c.id === id);
}

export function getCell(nb: Notebook, id: string): Cell | undefined {
  return nb.cells.find((c) => c.id === id);
}

function withCells(nb: Notebook, cells: Cell[]): Notebook {
  return { ...nb, cells };
}

/** Inserts `cells` at `index` (clamped). */
export function insertCells(nb: Notebook, index: number, cells: Cell[]): Notebook {
  const i = Math.max(0, Math.min(index, nb.cells.length));
  return withCells(nb, [...nb.cells.slice(0, i), ...cells, ...nb.cells.slice(i)]);
}

export function deleteCells(nb: Notebook, ids: Iterable<string>): Notebook {
  const drop = new Set(ids);
  return withCells(nb, nb.cells.filter((c) => !drop.has(c.id)));
}

/** Moves a cell by `delta` places (clamped). */
export function moveCell(nb: Notebook, id: string, delta: number): Notebook {
  const i = indexOf(nb, id);
  const j = Math.max(0, Math.min(nb.cells.length - 1, i + delta));
  if (i < 0 || i === j) return nb;
  const cells = [...nb.cells];
  const [c] = cells.splice(i, 1);
  cells.splice(j, 0, c);
  return withCells(nb, cells);
}

export function updateCell(nb: Notebook, id: string, update: (c: Cell) => Cell): Notebook {
  let changed = false;
  const cells = nb.cells.map((c) => {
    if (c.id !== id) return c;
    const u = update(c);
    changed ||= u !== c;
    return u;
  });
  return changed ? withCells(nb, cells) : nb;
}

export function setSource(nb: Notebook, id: string, source: string): Notebook {
  return updateCell(nb, id, (c) => (c.source === source ? c : { ...c, source }));
}

/** Changes a cell's type, keeping its id, source and metadata (outputs go, as in Jupyter). */
export function setCellType(nb: Notebook, id: string, type: CellType): Notebook {
  return updateCell(nb, id, (c) => {
    if (c.cell_type === type) return c;
    if (type === 'code') return { id: c.id, cell_type: 'code', source: c.source, metadata: c.metadata, execution_count: null, outputs: [] };
    const attachments = c.cell_type !== 'code' ? c.attachments : undefined;
    return { id: c.id, cell_type: type, source: c.source, metadata: c.metadata, ...(attachments ? { attachments } : {}) };
  });
}

export function clearOutputs(nb: Notebook, id?: string): Notebook {
  return withCells(
    nb,
    nb.cells.map((c) => (c.cell_type === 'code' && (id === undefined || c.id === id) && (c.outputs.length || c.execution_count !== null) ? { ...c, outputs: [], execution_count: null } : c)),
  );
}

/** A copy of cells with fresh ids (copy/paste, duplicate). */
export function cloneCells(cells: Cell[]): Cell[] {
  return cells.map((c) => ({ ...structuredClone(c), id: newId() }));
}

/** A kernel output as a stored nbformat output. */
export function toNbOutput(o: KernelOutput): NbOutput {
  switch (o.type) {
    case 'stream':
      return { output_type: 'stream', name: o.name, text: o.text };
    case 'display':
      return { output_type: 'display_data', data: o.data, metadata: o.metadata ?? {}, ...(o.displayId ? { transient: { display_id: o.displayId } } : {}) };
    case 'result':
      return { output_type: 'execute_result', execution_count: o.executionCount, data: o.data, metadata: o.metadata ?? {} };
    case 'error':
      return { output_type: 'error', ename: o.ename, evalue: o.evalue, traceback: o.traceback };
  }
}

/**
 * Appends a kernel output to a list as Jupyter's front end does: consecutive stream text
 * of the same name joins one output; a display update replaces the output with its id.
 */
export function appendOutput(outputs: NbOutput[], o: KernelOutput): NbOutput[] {
  if (o.type === 'display' && o.update && o.displayId) {
    return outputs.map((x) => (x.output_type === 'display_data' && x.transient?.display_id === o.displayId ? toNbOutput(o) : x));
  }
  const last = outputs[outputs.length - 1];
  if (o.type === 'stream' && last?.output_type === 'stream' && last.name === o.name) {
    return [...outputs.slice(0, -1), { ...last, text: last.text + o.text }];
  }
  return [...outputs, toNbOutput(o)];
}

/** The cell line (1-based) an error's traceback points at: the last `Cell In[n], line L` frame. */
export function errorLine(traceback: string[]): number | null {
  let line: number | null = null;
  for (const t of traceback) {
    const m = /^\s*Cell In\[\d*\], line (\d+)/.exec(t);
    if (m) line = +m[1];
  }
  return line;
}

/** The notebook's title: the one stored in its metadata, else its first heading, else null. */
export function titleOf(nb: Notebook): string | null {
  const t = nb.metadata.title;
  if (typeof t === 'string' && t.trim()) return t.trim();
  for (const c of nb.cells) {
    if (c.cell_type !== 'markdown') continue;
    const m = /^#{1,6}\s+(.+)$/m.exec(c.source);
    if (m) return m[1].trim();
  }
  return null;
}
