/**
 * Table view: 1-d and 2-d arrays as boxed cells (like "A Visual Intro to NumPy"'s
 * diagrams), 3-d as a stack of 2-d slices. Long axes show head and tail around an
 * ellipsis, so a 1000 x 1000 array is a few hundred nodes, and only the shown elements are
 * read. Hovering a cell shows its index and full value.
 *
 * The markup comes from tableHTML, a pure string builder that carries its own <style>:
 * the same string is the view and its text/html rendition.
 */
import { elements, formatExact, formatShort, indexLabel, kindOf, sizeOf, stridesOf, type NdarrayPayload } from './ndarray-data';
import type { ArrayView, MountedView, Rendition, ViewContext } from './registry';

export const TABLE_RANK = 20;

interface AxisLimit {
  /** Longest axis shown in full. */
  max: number;
  /** Items shown at each end of a longer axis. */
  edge: number;
}

export const TABLE_LIMITS: Record<'vector' | 'rows' | 'cols' | 'slices' | 'sliceRows' | 'sliceCols', AxisLimit> = {
  vector: { max: 24, edge: 10 },
  rows: { max: 20, edge: 8 },
  cols: { max: 12, edge: 5 },
  slices: { max: 5, edge: 2 },
  sliceRows: { max: 12, edge: 4 },
  sliceCols: { max: 12, edge: 5 },
};

/** Indices shown along an axis of length n: all of them, or head, -1 (ellipsis), tail. */
export function axisPlan(n: number, limit: AxisLimit): number[] {
  if (n <= limit.max) return Array.from({ length: n }, (_, i) => i);
  const head = Array.from({ length: limit.edge }, (_, i) => i);
  const tail = Array.from({ length: limit.edge }, (_, i) => n - limit.edge + i);
  return [...head, -1, ...tail];
}

/** The table's stylesheet (an exported HTML page carries it too: sanitising drops <style> from outputs). */
export const TABLE_CSS = `
.nbt-root{font:13px/1.2 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;color:#1f2d3d;display:inline-block}
.nbt{border-collapse:separate;border-spacing:3px}
.nbt td{min-width:var(--w,2ch);padding:6px 7px;text-align:center;white-space:nowrap;background:#eaf2fb;border:1px solid #a9c6e8;border-radius:3px}
.nbt td.nbt-b1{background:#e3f4e1;border-color:#9fcf98}
.nbt td.nbt-b0{background:#f3f4f6;border-color:#c9ced6;color:#6b7785}
.nbt td.nbt-nan{color:#9a6b00;font-style:italic}
.nbt td.nbt-e,.nbt th.nbt-e{min-width:0;background:none;border:none;color:#8a97a6;padding:0 4px}
.nbt th{font-weight:normal;font-size:10px;color:#9aa6b2;padding:0 3px;text-align:center}
.nbt tbody th{text-align:right}
.nbt td[data-i]:hover{background:#fff1c2;border-color:#e2b53e}
.nbt-stack{display:flex;flex-wrap:wrap;align-items:flex-start;gap:12px}
.nbt-slice{margin:0;padding:4px 6px 6px;border:1px solid #d5dde6;border-radius:5px;background:#fbfcfe;box-shadow:3px 3px 0 #e6ecf3,6px 6px 0 #f1f4f8}
.nbt-slice figcaption{font-size:11px;color:#6b7785;padding:0 3px 2px}
.nbt-gap{align-self:center;color:#8a97a6;font-size:18px;padding:0 4px}
`;
const STYLE = `<style>${TABLE_CSS}</style>`;

function fmtRange(plan: number[], read: (i: number) => number, dtype: string): string[] {
  return plan.map((i) => (i < 0 ? '' : formatShort(read(i), dtype)));
}

function cellClass(v: number, kind: string): string {
  if (kind === 'b') return v ? ' class="nbt-b1"' : ' class="nbt-b0"';
  if (v !== v) return ' class="nbt-nan"';
  return '';
}

/** One 2-d grid (a matrix, a 3-d slice, or a vector as one row) as a <table>. */
function grid(
  out: string[],
  rowPlan: number[] | null,
  colPlan: number[],
  value: (r: number, c: number) => number,
  index: (r: number, c: number) => string,
  dtype: string,
  width: number,
): void {
  const kind = kindOf(dtype);
  out.push(`<table class="nbt" style="--w:${width}ch"><thead><tr>`);
  if (rowPlan) out.push('<th></th>');
  for (const c of colPlan) out.push(c < 0 ? '<th class="nbt-e">⋯</th>' : `<th>${c}</th>`);
  out.push('</tr></thead><tbody>');
  const rows = rowPlan ?? [0];
  for (const r of rows) {
    out.push('<tr>');
    if (rowPlan) out.push(r < 0 ? '<th class="nbt-e">⋮</th>' : `<th>${r}</th>`);
    for (const c of colPlan) {
      if (r < 0) out.push(`<td class="nbt-e">${c < 0 ? '⋱' : '⋮'}</td>`);
      else if (c < 0) out.push('<td class="nbt-e">⋯</td>');
      else {
        const v = value(r, c);
        out.push(`<td data-i="${index(r, c)}"${cellClass(v, kind)}>${formatShort(v, dtype)}</td>`);
      }
    }
    out.push('</tr>');
  }
  out.push('</tbody></table>');
}

function widthOf(strings: string[]): number {
  let w = 1;
  for (const s of strings) if (s.length > w) w = s.length;
  return w;
}

/** The table's HTML (with its <style>): the view's markup and its text/html rendition. */
export function tableHTML(p: NdarrayPayload): string {
  const data = elements(p);
  const { dtype, shape } = p;
  const st = stridesOf(shape);
  const out: string[] = [STYLE, '<div class="nbt-root">'];
  if (shape.length === 0) {
    grid(out, null, [0], () => data[0], () => '', dtype, formatShort(data[0], dtype).length);
  } else if (shape.length === 1) {
    const cols = axisPlan(shape[0], TABLE_LIMITS.vector);
    const w = widthOf(fmtRange(cols, (i) => data[i], dtype));
    grid(out, null, cols, (_r, c) => data[c], (_r, c) => String(c), dtype, w);
  } else if (shape.length === 2) {
    const rows = axisPlan(shape[0], TABLE_LIMITS.rows);
    const cols = axisPlan(shape[1], TABLE_LIMITS.cols);
    const w = widthOf(rows.filter((r) => r >= 0).flatMap((r) => fmtRange(cols, (c) => data[r * st[0] + c], dtype)));
    grid(out, rows, cols, (r, c) => data[r * st[0] + c], (r, c) => `${r},${c}`, dtype, w);
  } else if (shape.length === 3) {
    const slices = axisPlan(shape[0], TABLE_LIMITS.slices);
    const rows = axisPlan(shape[1], TABLE_LIMITS.sliceRows);
    const cols = axisPlan(shape[2], TABLE_LIMITS.sliceCols);
    const shown = slices.filter((k) => k >= 0);
    const w = widthOf(
      shown.flatMap((k) => rows.filter((r) => r >= 0).flatMap((r) => fmtRange(cols, (c) => data[k * st[0] + r * st[1] + c], dtype))),
    );
    out.push('<div class="nbt-stack">');
    for (const k of slices) {
      if (k < 0) {
        out.push('<div class="nbt-gap">⋯</div>');
        continue;
      }
      out.push(`<figure class="nbt-slice"><figcaption>[${k}, :, :]</figcaption>`);
      grid(out, rows, cols, (r, c) => data[k * st[0] + r * st[1] + c], (r, c) => `${k},${r},${c}`, dtype, w);
      out.push('</figure>');
    }
    out.push('</div>');
  } else {
    throw new RangeError('the table view draws 1-d, 2-d and 3-d arrays');
  }
  out.push('</div>');
  return out.join('');
}

export function tableRendition(p: NdarrayPayload): Rendition {
  return { 'text/html': tableHTML(p) };
}

/** Value at a multi-index, for the hover read-out. */
function valueAt(p: NdarrayPayload, idx: number[]): number {
  const st = stridesOf(p.shape);
  let flat = 0;
  for (let k = 0; k < idx.length; k++) flat += idx[k] * st[k];
  return elements(p)[flat];
}

export const tableView: ArrayView = {
  id: 'table',
  label: 'table',
  rank(p) {
    elements(p);
    const nd = p.shape.length;
    return nd >= 1 && nd <= 3 && sizeOf(p.shape) > 0 ? TABLE_RANK : 0;
  },
  mount(p: NdarrayPayload, _ctx: ViewContext): MountedView {
    const html = tableHTML(p);
    const el = document.createElement('div');
    el.className = 'nb-table-view';
    const scroll = document.createElement('div');
    scroll.className = 'nb-scroll';
    scroll.innerHTML = html;
    const readout = document.createElement('div');
    readout.className = 'nb-readout';
    readout.textContent = '\u00a0';
    scroll.addEventListener('mouseover', (e) => {
      const td = (e.target as Element).closest?.('td[data-i]');
      if (!td) return;
      const idx = td.getAttribute('data-i')!.split(',').filter(Boolean).map(Number);
      readout.textContent = `${indexLabel(idx)} = ${formatExact(valueAt(p, idx), p.dtype)}`;
    });
    scroll.addEventListener('mouseleave', () => {
      readout.textContent = '\u00a0';
    });
    el.append(scroll, readout);
    return { element: el, rendition: () => ({ 'text/html': html }) };
  },
  css: `
.nb-table-view .nb-scroll { overflow: auto; max-width: 100%; }
`,
};
