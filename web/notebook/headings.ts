/**
 * Markdown headings as the notebook's outline: the table of contents' entries, and
 * JupyterLab's collapsible sections. A markdown cell whose metadata has
 * `jp-MarkdownHeadingCollapsed: true` (JupyterLab's key, so the state travels with the
 * .ipynb) hides every cell after it up to the next heading of the same or a higher level.
 * Pure functions over cells: no DOM.
 */
import type { Cell } from './notebook-model';

/** JupyterLab's cell-metadata key for a collapsed heading. */
export const COLLAPSED_KEY = 'jp-MarkdownHeadingCollapsed';

export interface Heading {
  cellId: string;
  /** 1 for `#`, up to 6. */
  level: number;
  /** The heading's text without markdown markup. */
  text: string;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Inline markdown to plain text: links keep their text, emphasis and code marks go. */
function plain(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** The ATX headings of one markdown source, outside code fences, in order. */
export function headingsIn(source: string): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = ATX.exec(line);
    if (m) out.push({ level: m[1].length, text: plain(m[2] ?? '') });
  }
  return out;
}

// A cell's headings, read once per cell object: cells are immutable (an edit makes a new
// one), and every render asks for the outline and the collapsed sections.
const parsed = new WeakMap<Cell, { level: number; text: string }[]>();
function headingsOf(cell: Cell): { level: number; text: string }[] {
  if (cell.cell_type !== 'markdown') return [];
  let hs = parsed.get(cell);
  if (!hs) parsed.set(cell, (hs = headingsIn(cell.source)));
  return hs;
}

/** Every heading of every markdown cell: the table of contents. */
export function outline(cells: readonly Cell[]): Heading[] {
  const out: Heading[] = [];
  for (const c of cells) for (const h of headingsOf(c)) out.push({ cellId: c.id, ...h });
  return out;
}

/** A cell's section level: its highest heading (smallest number), or 0 for none. */
export function sectionLevel(cell: Cell): number {
  let level = 0;
  for (const h of headingsOf(cell)) if (level === 0 || h.level < level) level = h.level;
  return level;
}

export function isCollapsed(cell: Cell): boolean {
  return cell.metadata[COLLAPSED_KEY] === true;
}

/**
 * Which cells are hidden, and how many each collapsed heading hides. A heading inside a
 * collapsed section is hidden with it, whatever its own state.
 */
export function collapsedSections(cells: readonly Cell[]): { hidden: Set<string>; counts: Map<string, number> } {
  const hidden = new Set<string>();
  const counts = new Map<string, number>();
  let owner: string | null = null;
  let ownerLevel = 0;
  for (const c of cells) {
    const level = sectionLevel(c);
    if (owner !== null && level > 0 && level <= ownerLevel) owner = null;
    if (owner !== null) {
      hidden.add(c.id);
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
      continue;
    }
    if (level > 0 && isCollapsed(c)) {
      owner = c.id;
      ownerLevel = level;
      counts.set(owner, 0);
    }
  }
  return { hidden, counts };
}

/** The collapsed headings to open so that the cell shows (outermost first). */
export function headingsHiding(cells: readonly Cell[], id: string): string[] {
  const i = cells.findIndex((c) => c.id === id);
  const out: string[] = [];
  let level = i >= 0 ? sectionLevel(cells[i]) || 7 : 7;
  for (let j = i - 1; j >= 0 && level > 1; j--) {
    const l = sectionLevel(cells[j]);
    if (l === 0 || l >= level) continue;
    level = l;
    if (isCollapsed(cells[j])) out.unshift(cells[j].id);
  }
  return out;
}

/** The heading cell whose section holds the cell: the nearest cell at or above it with a heading. */
export function sectionOf(cells: readonly Cell[], id: string | null): string | null {
  const i = id ? cells.findIndex((c) => c.id === id) : -1;
  for (let j = i; j >= 0; j--) if (sectionLevel(cells[j]) > 0) return cells[j].id;
  return null;
}
