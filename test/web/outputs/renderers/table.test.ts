import { describe, it, expect } from 'vitest';
import { axisPlan, tableHTML, TABLE_LIMITS } from '../../../../web/outputs/renderers/table';
import { payloadOf, type NdarrayPayload } from '../../../../web/outputs/renderers/ndarray-data';

const count = (s: string, what: string) => s.split(what).length - 1;

describe('table view markup', () => {
  it('plans an axis: all of it, or head, ellipsis, tail', () => {
    expect(axisPlan(4, { max: 5, edge: 2 })).toEqual([0, 1, 2, 3]);
    expect(axisPlan(9, { max: 5, edge: 2 })).toEqual([0, 1, -1, 7, 8]);
  });

  it('draws a 2-d array as boxed cells with index headers', () => {
    const html = tableHTML(payloadOf('float64', [3, 4], Array.from({ length: 12 }, (_, i) => i * 1.5)));
    expect(count(html, '<td data-i=')).toBe(12);
    expect(html).toContain('<td data-i="2,3">16.5</td>');
    expect(html).toContain('<td data-i="0,0">0.</td>');
    expect(html).toContain('<style>');
    expect(html).not.toContain('⋯');
  });

  it('keeps a 1000 x 1000 array to head and tail around ellipses', () => {
    const a = new Float64Array(1_000_000).map((_, i) => i);
    const p: NdarrayPayload = { dtype: 'float64', shape: [1000, 1000], buffer: a.buffer };
    const html = tableHTML(p);
    const rows = 2 * TABLE_LIMITS.rows.edge;
    const cols = 2 * TABLE_LIMITS.cols.edge;
    expect(count(html, '<td data-i=')).toBe(rows * cols);
    expect(count(html, '<td')).toBeLessThan(400);
    expect(html).toContain('<td data-i="999,999">1e+06</td>');
    expect(html).toContain('⋮');
    expect(html).toContain('⋯');
    expect(html).toContain('⋱');
    expect(html).toContain('<th>992</th>');
  });

  it('draws a 1-d array as one row, a long one with an ellipsis', () => {
    const short = tableHTML(payloadOf('int64', [10], Array.from({ length: 10 }, (_, i) => i)));
    expect(count(short, '<tr>')).toBe(2);
    expect(short).toContain('<td data-i="9">9</td>');
    const long = tableHTML(payloadOf('int32', [100], Array.from({ length: 100 }, (_, i) => i)));
    expect(count(long, '<td data-i=')).toBe(2 * TABLE_LIMITS.vector.edge);
    expect(long).toContain('<td class="nbt-e">⋯</td>');
  });

  it('draws a 3-d array as a stack of labelled 2-d slices, bools as True/False boxes', () => {
    const html = tableHTML(payloadOf('int64', [2, 3, 4], Array.from({ length: 24 }, (_, i) => i)));
    expect(count(html, '<figure class="nbt-slice">')).toBe(2);
    expect(html).toContain('[1, :, :]');
    expect(html).toContain('<td data-i="1,2,3">23</td>');
    const many = tableHTML(payloadOf('uint8', [50, 2, 2], new Array(200).fill(1)));
    expect(count(many, '<figure')).toBe(2 * TABLE_LIMITS.slices.edge);
    expect(many).toContain('nbt-gap');
    const b = tableHTML(payloadOf('bool', [2], [1, 0]));
    expect(b).toContain('class="nbt-b1">True<');
    expect(b).toContain('class="nbt-b0">False<');
  });
});
