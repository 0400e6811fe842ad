/**
 * Whether parsed JSON is a notebook this app can open, and if not, why, in words: the
 * checks of nbformat 4's schema that matter for reading it without loss. Lenient where
 * nbformat's own reader is (a missing cell id is added, keys it does not know are kept);
 * strict where a file would be misread: an older format (nbformat 3 is refused, with how
 * to convert it), a cell or output of a type nbformat 4.0-4.5 does not have (an nbformat 3
 * `heading` cell in a v4 file), a required field missing or of the wrong type. A notebook
 * from a later 4.x minor version may hold cell and output types from the future: they are
 * accepted (and kept), as nbformat's validator accepts them.
 */
import { isJsonMime, isObject } from './ipynb-json';

/** The newest nbformat 4 minor version whose schema this app knows. */
export const KNOWN_MINOR = 5;

const CELL_TYPES = ['code', 'markdown', 'raw'];
const OUTPUT_TYPES = ['execute_result', 'display_data', 'stream', 'error'];

const isMultiline = (v: unknown) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
const isCount = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);

function checkBundle(data: unknown, where: string): string | null {
  if (!isObject(data)) return `${where} has no data object`;
  for (const [mime, v] of Object.entries(data)) {
    if (!isJsonMime(mime) && !isMultiline(v)) return `${where}: its ${mime} data is not text (a string or a list of strings)`;
  }
  return null;
}

function checkOutput(o: unknown, where: string, future: boolean): string | null {
  if (!isObject(o)) return `${where} is not an object`;
  const t = o.output_type;
  if (typeof t !== 'string') return `${where} has no output_type`;
  if (!OUTPUT_TYPES.includes(t)) return future ? null : `${where} has output_type ${JSON.stringify(t)}, which nbformat 4 does not have`;
  const w = `${where} (${t})`;
  switch (t) {
    case 'stream':
      if (typeof o.name !== 'string') return `${w} has no stream name`;
      return isMultiline(o.text) ? null : `${w} has no text`;
    case 'error':
      if (typeof o.ename !== 'string' || typeof o.evalue !== 'string') return `${w} has no ename or evalue`;
      return Array.isArray(o.traceback) && o.traceback.every((x) => typeof x === 'string') ? null : `${w} has no traceback (a list of strings)`;
    default:
      if (t === 'execute_result' && !isCount(o.execution_count)) return `${w} has no execution_count (a number or null)`;
      if (!isObject(o.metadata)) return `${w} has no metadata object`;
      return checkBundle(o.data, w);
  }
}

function checkCell(c: unknown, i: number, future: boolean): string | null {
  const where = `cell ${i}`;
  if (!isObject(c)) return `${where} is not an object`;
  const t = c.cell_type;
  if (typeof t !== 'string') return `${where} has no cell_type`;
  if (!CELL_TYPES.includes(t)) {
    if (!future) {
      const hint = t === 'heading' ? ' (a heading cell is nbformat 3; nbformat 4 writes headings as markdown)' : '';
      return `${where} has cell_type ${JSON.stringify(t)}, which nbformat 4 does not have${hint}`;
    }
    return isObject(c.metadata) ? null : `${where} (${t}) has no metadata object`;
  }
  const w = `${where} (${t})`;
  if (c.id !== undefined && (typeof c.id !== 'string' || !/^[a-zA-Z0-9-_]{1,64}$/.test(c.id))) return `${w} has an id that is not 1-64 letters, digits, - or _`;
  if (!isObject(c.metadata)) return `${w} has no metadata object`;
  if (!isMultiline(c.source)) return `${w} has no source`;
  if (c.attachments !== undefined) {
    if (!isObject(c.attachments)) return `${w} has attachments that are not an object`;
    for (const [name, b] of Object.entries(c.attachments)) {
      const why = checkBundle(b, `${w}, attachment ${JSON.stringify(name)},`);
      if (why) return why;
    }
  }
  if (t !== 'code') return null;
  if (!isCount(c.execution_count)) return `${w} has no execution_count (a number or null)`;
  if (!Array.isArray(c.outputs)) return `${w} has no list of outputs`;
  for (let k = 0; k < c.outputs.length; k++) {
    const why = checkOutput(c.outputs[k], `output ${k} of ${where}`, future);
    if (why) return why;
  }
  return null;
}

/** Null if `j` can be opened as an nbformat 4 notebook, else the reason it cannot. */
export function notebookProblem(j: unknown): string | null {
  if (!isObject(j)) return 'not a notebook: the file is not a JSON object';
  const v = j.nbformat;
  if (typeof v === 'number' && v < 4) {
    return `it is in nbformat ${v}, an older format this app does not read: open it in Jupyter and save it, which converts it to nbformat 4`;
  }
  if (v !== 4) return `not a notebook in nbformat 4 (nbformat is ${JSON.stringify(v ?? null)})`;
  if (!Array.isArray(j.cells)) return 'not a notebook: it has no list of cells';
  const bad = j.cells.findIndex((c) => !isObject(c));
  if (bad >= 0) return `not a notebook: cell ${bad} is not an object`;
  const invalid = (why: string) => `not a valid nbformat 4 notebook: ${why}`;
  // No minor version is read as 4.0, as nbformat's reader does; a wrong one is refused.
  const minor = j.nbformat_minor ?? 0;
  if (!Number.isInteger(minor) || (minor as number) < 0) return invalid('its nbformat_minor is not a version number');
  if (!isObject(j.metadata)) return invalid('it has no metadata object');
  const future = (minor as number) > KNOWN_MINOR;
  for (let i = 0; i < j.cells.length; i++) {
    const why = checkCell(j.cells[i], i, future);
    if (why) return invalid(why);
  }
  return null;
}
