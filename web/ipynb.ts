/**
 * .ipynb (nbformat 4) import and export: the model already has nbformat's shape, so this
 * is the JSON details: multi-line strings as arrays of lines, and an ndarray output's
 * buffer as base64 (`application/vnd.numbook.ndarray+json` with `buffer_base64`), next to
 * its text/plain repr that Jupyter shows.
 */
import type { Cell, NbOutput, Notebook } from './notebook-model';
import { newId, newNotebook } from './notebook-model';

const NDARRAY = 'application/vnd.numbook.ndarray+json';

function lines(s: string): string[] {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function joined(s: unknown): string {
  return Array.isArray(s) ? s.join('') : typeof s === 'string' ? s : '';
}

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
function fromBase64(b64: string): ArrayBuffer {
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes.buffer;
}

function exportBundle(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [mime, v] of Object.entries(data)) {
    if (mime === NDARRAY && v && typeof v === 'object') {
      const { buffer, ...rest } = v as { buffer?: ArrayBuffer };
      out[mime] = buffer ? { ...rest, buffer_base64: toBase64(buffer) } : rest;
    } else out[mime] = typeof v === 'string' && mime.startsWith('text/') ? lines(v) : v;
  }
  return out;
}

function importBundle(data: Record<string, unknown>): Record<string, unknown> & { 'text/plain': string } {
  const out: Record<string, unknown> = {};
  for (const [mime, v] of Object.entries(data ?? {})) {
    if (mime === NDARRAY && v && typeof v === 'object') {
      const { buffer_base64, ...rest } = v as { buffer_base64?: string };
      out[mime] = buffer_base64 ? { ...rest, buffer: fromBase64(buffer_base64) } : rest;
    } else out[mime] = Array.isArray(v) && mime.startsWith('text/') ? v.join('') : v;
  }
  out['text/plain'] = typeof out['text/plain'] === 'string' ? out['text/plain'] : '';
  return out as Record<string, unknown> & { 'text/plain': string };
}

/** The notebook as .ipynb JSON text. */
export function exportIpynb(nb: Notebook): string {
  const cells = nb.cells.map((c) => {
    const base = { id: c.id, cell_type: c.cell_type, metadata: c.metadata, source: lines(c.source) };
    if (c.cell_type !== 'code') return base;
    return {
      ...base,
      execution_count: c.execution_count,
      outputs: c.outputs.map((o) => {
        switch (o.output_type) {
          case 'stream':
            return { ...o, text: lines(o.text) };
          case 'display_data':
            return { output_type: o.output_type, data: exportBundle(o.data), metadata: o.metadata };
          case 'execute_result':
            return { ...o, data: exportBundle(o.data) };
          default:
            return o;
        }
      }),
    };
  });
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: nb.metadata, cells }, null, 1) + '\n';
}

/** A notebook from .ipynb JSON text (nbformat 4; raw cells become markdown). Throws on other input. */
export function importIpynb(text: string): Notebook {
  const j = JSON.parse(text) as { nbformat?: number; metadata?: Record<string, unknown>; cells?: Record<string, unknown>[] };
  if (j.nbformat !== 4 || !Array.isArray(j.cells)) throw new Error('not an nbformat 4 notebook');
  const cells: Cell[] = j.cells.map((c) => {
    const id = typeof c.id === 'string' && /^[\w-]{1,64}$/.test(c.id) ? c.id : newId();
    const metadata = (c.metadata as Record<string, unknown>) ?? {};
    const source = joined(c.source);
    if (c.cell_type !== 'code') return { id, cell_type: 'markdown', source, metadata };
    const outputs: NbOutput[] = ((c.outputs as Record<string, unknown>[]) ?? []).flatMap((o): NbOutput[] => {
      switch (o.output_type) {
        case 'stream':
          return [{ output_type: 'stream', name: o.name === 'stderr' ? 'stderr' : 'stdout', text: joined(o.text) }];
        case 'display_data':
          return [{ output_type: 'display_data', data: importBundle(o.data as Record<string, unknown>), metadata: (o.metadata as Record<string, unknown>) ?? {} }];
        case 'execute_result':
          return [{ output_type: 'execute_result', execution_count: Number(o.execution_count) || 0, data: importBundle(o.data as Record<string, unknown>), metadata: (o.metadata as Record<string, unknown>) ?? {} }];
        case 'error':
          return [{ output_type: 'error', ename: String(o.ename ?? 'Error'), evalue: String(o.evalue ?? ''), traceback: ((o.traceback as string[]) ?? []).map(String) }];
        default:
          return [];
      }
    });
    return { id, cell_type: 'code', source, metadata, execution_count: typeof c.execution_count === 'number' ? c.execution_count : null, outputs };
  });
  const nb = newNotebook(cells);
  return { ...nb, metadata: { ...nb.metadata, ...(j.metadata ?? {}) } };
}
