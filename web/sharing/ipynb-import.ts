/**
 * Reading an .ipynb (nbformat 4, any minor version) into the notebook model, without loss:
 * what the model does not know is kept (`extra` keys, cells and outputs of future types as
 * `original`) and written back by ipynb-export.ts. A file that is not a notebook this app
 * can read is refused whole, with the reason (ipynb-validate.ts), before anything changes.
 *
 * What changes between the file and the model (and so between a file and its export):
 * multi-line strings are joined (nbformat's reader does the same); a cell without an id
 * gets one, and nbformat_minor becomes at least 5 (cell ids are nbformat 4.5); an
 * ndarray output's base64 buffer becomes an ArrayBuffer.
 */
import type { Attachments, Cell, NbOutput, Notebook, NotebookMetadata } from '../notebook/notebook-model';
import type { MimeBundle } from '../../kernel/protocol';
import { newId } from '../notebook/notebook-model';
import { extraKeys, fromBase64, isObject, joinLines, rejoinBundle } from './ipynb-json';
import { KNOWN_MINOR, notebookProblem } from './ipynb-validate';

const NDARRAY = 'application/vnd.numbook.ndarray+json';

/** A file that is not a notebook this app can open; the message says why. */
export class NotebookError extends Error {
  override name = 'NotebookError';
}

type Json = Record<string, unknown>;

function importBundle(data: Json): MimeBundle {
  const out = rejoinBundle(data);
  const nd = out[NDARRAY];
  if (isObject(nd) && typeof nd.buffer_base64 === 'string') {
    const { buffer_base64, ...rest } = nd;
    out[NDARRAY] = { ...rest, buffer: fromBase64(buffer_base64 as string) };
  }
  // A bundle without text/plain stays without it (the renderers do not need it).
  return out as MimeBundle;
}

function importAttachments(a: unknown): Attachments | undefined {
  if (!isObject(a)) return undefined;
  const out: Attachments = {};
  for (const [name, bundle] of Object.entries(a)) out[name] = rejoinBundle(bundle as Json) as Record<string, string>;
  return out;
}

const withExtra = <T extends object>(o: T, extra: Json | undefined): T => (extra ? { ...o, extra } : o);

function importOutput(o: Json): NbOutput {
  switch (o.output_type) {
    case 'stream':
      return withExtra({ output_type: 'stream', name: o.name as string, text: joinLines(o.text) }, extraKeys(o, ['output_type', 'name', 'text']));
    case 'display_data':
      return withExtra(
        { output_type: 'display_data', data: importBundle(o.data as Json), metadata: o.metadata as Json },
        extraKeys(o, ['output_type', 'data', 'metadata']),
      );
    case 'execute_result':
      return withExtra(
        { output_type: 'execute_result', execution_count: (o.execution_count as number | null) ?? null, data: importBundle(o.data as Json), metadata: o.metadata as Json },
        extraKeys(o, ['output_type', 'execution_count', 'data', 'metadata']),
      );
    case 'error':
      return withExtra(
        { output_type: 'error', ename: o.ename as string, evalue: o.evalue as string, traceback: o.traceback as string[] },
        extraKeys(o, ['output_type', 'ename', 'evalue', 'traceback']),
      );
    default:
      return { output_type: 'unknown', original: o };
  }
}

function importCell(c: Json, seen: Set<string>): Cell {
  let id = typeof c.id === 'string' && /^[a-zA-Z0-9-_]{1,64}$/.test(c.id) && !seen.has(c.id) ? c.id : newId();
  while (seen.has(id)) id = newId();
  seen.add(id);
  const metadata = c.metadata as Json;
  const source = joinLines(c.source);
  switch (c.cell_type) {
    case 'code':
      return withExtra(
        {
          id,
          cell_type: 'code',
          source,
          metadata,
          execution_count: (c.execution_count as number | null) ?? null,
          outputs: (c.outputs as Json[]).map(importOutput),
        },
        extraKeys(c, ['id', 'cell_type', 'metadata', 'source', 'execution_count', 'outputs']),
      );
    case 'markdown':
    case 'raw': {
      const attachments = importAttachments(c.attachments);
      return withExtra(
        { id, cell_type: c.cell_type, source, metadata, ...(attachments ? { attachments } : {}) },
        extraKeys(c, ['id', 'cell_type', 'metadata', 'source', 'attachments']),
      );
    }
    default: {
      // A cell type from a later minor version: shown as raw, written back as it was.
      const { id: _id, ...original } = c;
      return { id, cell_type: 'raw', source, metadata, original };
    }
  }
}

/** The notebook in parsed .ipynb JSON. Throws a NotebookError saying why it cannot be read. */
export function notebookFromJson(j: unknown): Notebook {
  const why = notebookProblem(j);
  if (why) throw new NotebookError(why);
  const o = j as Json;
  const seen = new Set<string>();
  const nb: Notebook = {
    nbformat: 4,
    nbformat_minor: Math.max(KNOWN_MINOR, (o.nbformat_minor as number | undefined) ?? 0),
    metadata: o.metadata as NotebookMetadata,
    cells: (o.cells as Json[]).map((c) => importCell(c, seen)),
  };
  return withExtra(nb, extraKeys(o, ['nbformat', 'nbformat_minor', 'metadata', 'cells']));
}

/** A notebook from .ipynb text (nbformat 4). Throws a NotebookError saying why it cannot be read. */
export function importIpynb(text: string): Notebook {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    throw new NotebookError(`not a notebook: the file is not valid JSON (${(e as Error).message})`);
  }
  return notebookFromJson(j);
}
