/**
 * application/json: a collapsible tree (as JupyterLab's JSON viewer): objects and arrays
 * are <details> whose summary gives their size, open two levels deep; leaves are coloured
 * by type. Built with text nodes only, so nothing in the data is read as HTML. Large
 * containers show their first 200 entries and say how many more there are.
 */
import type { MimeRenderer } from './mime-types';

const OPEN_DEPTH = 2;
const MAX_ENTRIES = 200;

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function leaf(v: unknown): HTMLElement {
  if (v === null) return el('span', 'nb-json-null', 'null');
  switch (typeof v) {
    case 'string':
      return el('span', 'nb-json-string', JSON.stringify(v));
    case 'number':
    case 'bigint':
      return el('span', 'nb-json-number', String(v));
    case 'boolean':
      return el('span', 'nb-json-boolean', String(v));
    default:
      return el('span', 'nb-json-other', String(v));
  }
}

function node(key: string | null, v: unknown, depth: number): HTMLElement {
  const label = key === null ? null : el('span', 'nb-json-key', `${key}: `);
  if (v === null || typeof v !== 'object') {
    const row = el('div', 'nb-json-row');
    if (label) row.append(label);
    row.append(leaf(v));
    return row;
  }
  const isArray = Array.isArray(v);
  const entries: [string, unknown][] = isArray ? v.map((x, i) => [String(i), x]) : Object.entries(v);
  const details = el('details', 'nb-json-node') as HTMLDetailsElement;
  details.open = depth < OPEN_DEPTH;
  const summary = el('summary', 'nb-json-summary');
  if (label) summary.append(label);
  summary.append(el('span', 'nb-json-size', isArray ? `Array(${entries.length})` : `{${entries.length} key${entries.length === 1 ? '' : 's'}}`));
  details.append(summary);
  const body = el('div', 'nb-json-children');
  for (const [k, x] of entries.slice(0, MAX_ENTRIES)) body.append(node(k, x, depth + 1));
  if (entries.length > MAX_ENTRIES) body.append(el('div', 'nb-json-more', `… ${entries.length - MAX_ENTRIES} more`));
  details.append(body);
  return details;
}

/** The JSON value as a tree of elements. */
export function jsonTree(v: unknown): HTMLElement {
  const root = el('div', 'nb-json');
  root.append(node(null, v, 0));
  return root;
}

export const jsonRenderer: MimeRenderer = {
  mime: 'application/json',
  rank: 40,
  accepts: (d) => d !== undefined,
  render: (bundle) => jsonTree(bundle['application/json']),
};
