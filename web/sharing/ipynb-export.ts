/**
 * The notebook as an .ipynb file that renders everywhere (GitHub, nbviewer, JupyterLab,
 * VS Code) and validates against nbformat 4.5's schema:
 *
 * - every ndarray output carries standard renditions of what Numbook shows: `image/png`
 *   for the heatmap, image and plot views, `text/html` for the table, and always
 *   `text/plain` (NumPy's repr); the view shown is recorded in the output's metadata
 *   (`numbook.view`), so re-opening it here shows the same view;
 * - the array itself (`application/vnd.numbook.ndarray+json`, its buffer in base64) is
 *   kept when its elements take at most `NDARRAY_EXPORT_CAP` bytes (256 KiB); above that
 *   the file keeps the renditions and says in the output's metadata what was left out
 *   (`numbook.ndarray_omitted`: dtype, shape, bytes), and opening it here shows the picture;
 * - the title the user gave goes to `metadata.title`, and a Numbook notebook says it is
 *   TypeScript (`kernelspec`, `language_info`);
 * - whatever an imported notebook held that Numbook does not use (other metadata, other
 *   keys, cells and outputs of later format versions) is written back as it was read.
 *
 * Renditions need the page (canvases); the caller passes `rendition` (the app passes
 * renderers/rendition.ts's `arrayRendition`). Without it an array output exports its
 * text/plain only.
 */
import type { Attachments, Cell, NbOutput, Notebook } from '../notebook/notebook-model';
import { NUMBOOK_LANGUAGE_INFO } from '../notebook/notebook-model';
import { isObject, joinLines, splitBundle, splitLines, toBase64 } from './ipynb-json';
import { NDARRAY_MIME, elements, type NdarrayPayload } from '../outputs/renderers/ndarray-data';
import { FIGURE_MIME, figureToJson, isFigureSpec } from '../outputs/renderers/figure';
import type { FigureSpec } from '../../kernel/protocol';

/** A figure output keeps its data up to this many bytes of series (above: its PNG only). */
export const FIGURE_EXPORT_CAP = 1024 * 1024;

/** An array output keeps its data up to this many bytes of elements (above: renditions only). */
export const NDARRAY_EXPORT_CAP = 256 * 1024;

/** What an array output shows: the view's id and its MIME renditions (text/plain and image/png or text/html). */
export interface ArrayRendition {
  view: string;
  data: Record<string, string>;
}

/** The rendition of an array output shown with `view` (the default view when unset or not applicable). */
export type RenditionOf = (payload: NdarrayPayload, text: string | undefined, view: string | undefined) => ArrayRendition;

export interface ExportOptions {
  /** The notebook's title (the name the user gave it): `metadata.title`. */
  title?: string;
  rendition?: RenditionOf;
  /** A figure output's standard renditions (`image/png`), drawn by the page's figure renderer. */
  figureRendition?: (spec: FigureSpec) => Record<string, string>;
  /** Bytes of array data kept per output (default NDARRAY_EXPORT_CAP). */
  cap?: number;
}

type Json = Record<string, unknown>;

/** The payload's element bytes, or null when it has none it can read (truncated, unknown dtype). */
function elementBytes(p: NdarrayPayload): Uint8Array | null {
  try {
    const e = elements(p);
    return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
  } catch {
    return null;
  }
}

/** A figure output: its PNG for every reader, its data (JSON, series in base64) while small enough. */
function exportFigure(data: Json, metadata: Json, opts: ExportOptions): { data: Json; metadata: Json } {
  const spec = data[FIGURE_MIME] as FigureSpec;
  const out: Json = { ...data };
  const numbook: Json = { ...(isObject(metadata.numbook) ? metadata.numbook : {}) };
  if (opts.figureRendition) {
    try {
      Object.assign(out, opts.figureRendition(spec));
    } catch (e) {
      console.warn('numbook: a figure could not be drawn for export', e);
    }
  }
  const { json, bytes } = figureToJson(spec);
  const cap = opts.cap ?? FIGURE_EXPORT_CAP;
  if (bytes > Math.max(cap, FIGURE_EXPORT_CAP) && out['image/png']) {
    delete out[FIGURE_MIME];
    numbook.figure_omitted = { mime: FIGURE_MIME, bytes, cap: FIGURE_EXPORT_CAP };
  } else out[FIGURE_MIME] = json;
  out['text/plain'] ??= '';
  return { data: splitBundle(out), metadata: Object.keys(numbook).length ? { ...metadata, numbook } : metadata };
}

function exportRich(data: Json, metadata: Json, opts: ExportOptions): { data: Json; metadata: Json } {
  if (isFigureSpec(data[FIGURE_MIME])) return exportFigure(data, metadata, opts);
  const p = data[NDARRAY_MIME] as NdarrayPayload | undefined;
  if (!isObject(p)) return { data: splitBundle(data), metadata };
  const out: Json = { ...data };
  const numbook: Json = { ...(isObject(metadata.numbook) ? metadata.numbook : {}) };
  const text = typeof data['text/plain'] === 'string' ? data['text/plain'] : undefined;
  if (opts.rendition) {
    try {
      const r = opts.rendition(p, text, typeof numbook.view === 'string' ? numbook.view : undefined);
      for (const [mime, v] of Object.entries(r.data)) if (mime !== 'text/plain' || out[mime] === undefined) out[mime] = v;
      numbook.view = r.view;
    } catch (e) {
      console.warn('numbook: an output could not be drawn for export', e);
    }
  }
  const { buffer, ...rest } = p;
  const bytes = buffer ? elementBytes(p) : null;
  const cap = opts.cap ?? NDARRAY_EXPORT_CAP;
  if (bytes && bytes.byteLength > cap) {
    delete out[NDARRAY_MIME];
    numbook.ndarray_omitted = { mime: NDARRAY_MIME, dtype: p.dtype, shape: p.shape, bytes: bytes.byteLength, cap };
  } else if (bytes) {
    out[NDARRAY_MIME] = { ...rest, buffer_base64: toBase64(bytes) };
  } else {
    out[NDARRAY_MIME] = rest;
  }
  out['text/plain'] ??= '';
  return { data: splitBundle(out), metadata: { ...metadata, numbook } };
}

function exportOutput(o: NbOutput, opts: ExportOptions): Json {
  switch (o.output_type) {
    case 'stream':
      return { ...o.extra, output_type: 'stream', name: o.name, text: splitLines(o.text) };
    case 'display_data':
      return { ...o.extra, output_type: 'display_data', ...exportRich(o.data, o.metadata, opts) };
    case 'execute_result':
      return { ...o.extra, output_type: 'execute_result', execution_count: o.execution_count, ...exportRich(o.data, o.metadata, opts) };
    case 'error':
      return { ...o.extra, output_type: 'error', ename: o.ename, evalue: o.evalue, traceback: o.traceback };
    case 'unknown':
      return o.original;
  }
}

function exportAttachments(a: Attachments | undefined): Json {
  if (!a) return {};
  return { attachments: Object.fromEntries(Object.entries(a).map(([name, bundle]) => [name, splitBundle(bundle)])) };
}

function exportCell(c: Cell, opts: ExportOptions): Json {
  const base = { id: c.id, cell_type: c.cell_type, metadata: c.metadata, source: splitLines(c.source) };
  switch (c.cell_type) {
    case 'code':
      return { ...c.extra, ...base, execution_count: c.execution_count, outputs: c.outputs.map((o) => exportOutput(o, opts)) };
    case 'markdown':
      return { ...c.extra, ...base, ...exportAttachments(c.attachments) };
    case 'raw':
      // A cell of a future type, unedited, goes back as it came.
      if (c.original && joinLines(c.original.source) === c.source) return { ...c.original, id: c.id, metadata: c.metadata };
      return { ...c.extra, ...base, ...exportAttachments(c.attachments) };
  }
}

/** The notebook as nbformat 4 JSON (an object). */
export function notebookToJson(nb: Notebook, opts: ExportOptions = {}): Json {
  const metadata: Json = { ...nb.metadata };
  if (opts.title?.trim()) metadata.title = opts.title.trim();
  // A Numbook notebook says what its code is, completely (older ones lacked a mimetype).
  if (nb.metadata.kernelspec?.name === 'numbook') metadata.language_info = { ...NUMBOOK_LANGUAGE_INFO, ...nb.metadata.language_info };
  return { ...nb.extra, nbformat: 4, nbformat_minor: nb.nbformat_minor, metadata, cells: nb.cells.map((c) => exportCell(c, opts)) };
}

/** nbformat JSON as .ipynb text (as nbformat writes it: one-space indent, a final newline). */
export function ipynbText(json: Json): string {
  return JSON.stringify(json, null, 1) + '\n';
}

/** The notebook as .ipynb text. */
export function exportIpynb(nb: Notebook, opts: ExportOptions = {}): string {
  return ipynbText(notebookToJson(nb, opts));
}

