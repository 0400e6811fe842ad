import { describe, it, expect } from 'vitest';
import { COLLAPSED_KEY, collapsedSections, headingsHiding, headingsIn, outline, sectionLevel, sectionOf } from '../../../web/notebook/headings';
import { newCell, type Cell } from '../../../web/notebook/notebook-model';

/** A markdown cell (collapsed when asked) or a code cell, with a readable id. */
function md(id: string, source: string, collapsed = false): Cell {
  return { ...newCell('markdown', source), id, metadata: collapsed ? { [COLLAPSED_KEY]: true } : {} };
}
function code(id: string): Cell {
  return { ...newCell('code', 'x'), id };
}

describe('headings.ts: the outline and collapsible sections', () => {
  it('reads ATX headings outside code fences, without markup', () => {
    const src = '# The **title**\ntext\n```\n# not a heading\n```\n## [Link](http://x) and `code` ##\n####### seven\n#no-space\n   ### indented';
    expect(headingsIn(src)).toEqual([
      { level: 1, text: 'The title' },
      { level: 2, text: 'Link and code' },
      { level: 3, text: 'indented' },
    ]);
    expect(headingsIn('~~~\n# a\n```\n# b\n~~~\n# c')).toEqual([{ level: 1, text: 'c' }]);
  });

  it('lists every heading of the markdown cells in order; a cell\'s level is its highest heading', () => {
    const cells = [md('a', '# A\n## A.1'), code('c1'), md('b', 'no heading'), md('d', '### deep\n## D')];
    expect(outline(cells).map((h) => `${h.level}:${h.text}@${h.cellId}`)).toEqual(['1:A@a', '2:A.1@a', '3:deep@d', '2:D@d']);
    expect(cells.map(sectionLevel)).toEqual([1, 0, 0, 2]);
    expect(sectionOf(cells, 'c1')).toBe('a');
    expect(sectionOf(cells, 'b')).toBe('a');
    expect(sectionOf(cells, 'd')).toBe('d');
    expect(sectionOf([code('x')], 'x')).toBeNull();
  });

  it('a collapsed heading hides the cells up to the next heading of its level or higher', () => {
    const cells = [md('h1', '# One', true), code('c1'), md('h2', '## Sub'), code('c2'), md('h1b', '# Two'), code('c3')];
    const { hidden, counts } = collapsedSections(cells);
    expect([...hidden]).toEqual(['c1', 'h2', 'c2']);
    expect(counts.get('h1')).toBe(3);
    expect(counts.has('h1b')).toBe(false);
  });

  it('a collapsed subsection ends at a sibling heading; one inside a collapsed section is hidden with it', () => {
    const cells = [md('h1', '# One'), md('s1', '## A', true), code('a1'), md('s2', '## B'), code('b1')];
    expect([...collapsedSections(cells).hidden]).toEqual(['a1']);
    const nested = [md('h1', '# One', true), md('s1', '## A', true), code('a1'), md('h2', '# Two'), code('x')];
    const r = collapsedSections(nested);
    expect([...r.hidden]).toEqual(['s1', 'a1']);
    expect(r.counts.get('h1')).toBe(2);
    expect(r.counts.has('s1')).toBe(false);
  });

  it('names the collapsed headings to open, outermost first, so a cell shows', () => {
    const cells = [md('h1', '# One', true), md('s1', '## A', true), code('a1'), md('s2', '## B'), code('b1'), md('h2', '# Two', true), code('c')];
    expect(headingsHiding(cells, 'a1')).toEqual(['h1', 's1']);
    expect(headingsHiding(cells, 'b1')).toEqual(['h1']);
    expect(headingsHiding(cells, 's2')).toEqual(['h1']);
    expect(headingsHiding(cells, 'h1')).toEqual([]);
    expect(headingsHiding(cells, 'c')).toEqual(['h2']);
  });
});
