/**
 * The variable inspector's view of the namespace: each global a cell declared, with its
 * type, shape, dtype, size in bytes and a one-line preview (as JupyterLab's variable
 * inspector and VS Code's Jupyter variables pane show). Cheap by design: it runs after
 * every cell while the panel is open, so an array's preview reads only its edge items and
 * nothing is formatted whole.
 */
import { NDArray } from '../runtime/index';
import { array2string } from '../runtime/format';
import { declaredNames } from './scope';
import { inspect } from './inspect';
import type { VariableSummary } from './protocol';

/** Characters of preview per variable: enough for a glance, small for a thousand rows. */
const PREVIEW = 80;

const g = globalThis as unknown as Record<string, unknown>;

function clip(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW ? `${line.slice(0, PREVIEW - 1)}…` : line;
}

/** The constructor's name of an object ('Map', 'Figure'), or 'Object'. */
function className(v: object): string {
  const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
  return proto?.constructor?.name || 'Object';
}

function summarizeArray(name: string, a: NDArray): VariableSummary {
  // Summarised past 10 elements, edges of 3: the preview formats at most 6 numbers per axis.
  const text = array2string(a, { threshold: 10, edgeitems: 3, separator: ', ', max_line_width: 1e9 });
  return { name, type: 'ndarray', shape: [...a.shape], dtype: a.dtype, bytes: a.nbytes, preview: clip(text) };
}

/** One variable's row. */
export function summarize(name: string, value: unknown): VariableSummary {
  if (value instanceof NDArray) return summarizeArray(name, value);
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
    case 'symbol':
      return { name, type: typeof value, preview: clip(inspect(value)) };
    case 'string':
      // Quoting reads the whole string: only its start is shown.
      return { name, type: 'string', shape: [value.length], preview: clip(inspect(value.slice(0, PREVIEW), { quoteStrings: true })) };
    case 'function':
      return { name, type: 'function', preview: clip(inspect(value)) };
  }
  if (value === null) return { name, type: 'null', preview: 'null' };
  const v = value as object;
  // inspect() reads at most 100 items of a container: cheap whatever its length.
  const preview = clip(inspect(v));
  if (ArrayBuffer.isView(v)) {
    const t = v as unknown as { length?: number; byteLength: number };
    return { name, type: className(v), shape: t.length === undefined ? undefined : [t.length], bytes: t.byteLength, preview };
  }
  if (v instanceof ArrayBuffer) return { name, type: 'ArrayBuffer', bytes: v.byteLength, preview };
  if (Array.isArray(v)) return { name, type: 'Array', shape: [v.length], preview };
  if (v instanceof Map || v instanceof Set) return { name, type: className(v), shape: [v.size], preview };
  return { name, type: className(v), preview };
}

/** Every variable the notebook's cells declared, in the order they were first declared; never throws. */
export function listVariables(): VariableSummary[] {
  const out: VariableSummary[] = [];
  for (const name of declaredNames()) {
    if (!Object.prototype.hasOwnProperty.call(g, name)) continue;
    let type = 'unknown';
    try {
      const value = g[name];
      type = typeof value;
      out.push(summarize(name, value));
    } catch (e) {
      // A getter or a custom inspect hook may throw: the row says so instead of losing the list.
      out.push({ name, type, preview: `<${(e as Error)?.message ?? 'unreadable'}>` });
    }
  }
  return out;
}
