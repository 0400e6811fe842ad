import { describe, it, expect } from 'vitest';
import * as m from '../../../web/notebook/notebook-model';
import { exportIpynb, NDARRAY_EXPORT_CAP, type RenditionOf } from '../../../web/sharing/ipynb-export';
import { importIpynb } from '../../../web/sharing/ipynb-import';
import { defaultViews } from '../../../web/outputs/renderers/index';
import { tableHTML } from '../../../web/outputs/renderers/table';
import { NDARRAY_MIME, payloadOf, sizeOf, type NdarrayPayload } from '../../../web/outputs/renderers/ndarray-data';
import { schemaErrors } from './nbformat-schema';

type Json = Record<string, any>;

// A 1x1 PNG: the unit tests have no canvas; the browser's renditions are checked end to end (test/e2e/ipynb.test.ts).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The renditions the app makes, with the PNG views' pictures stubbed (tables are real: tableHTML is pure). */
const rendition: RenditionOf = (p, text, view) => {
  const v = defaultViews.applicable(p, text).find((x) => x.id === view) ?? defaultViews.preferred(p, text)!;
  const extra: Record<string, string> = v.id === 'table' ? { 'text/html': tableHTML(p) } : v.id === 'text' ? {} : { 'image/png': PNG };
  return { view: String(v.id), data: { 'text/plain': text ?? '', ...extra } };
};

const arr = (dtype: string, shape: number[], f = (i: number) => i % 251): NdarrayPayload =>
  payloadOf(dtype, shape, Array.from({ length: sizeOf(shape) }, (_, i) => f(i)));

function arrayCell(outputs: [NdarrayPayload, string, Record<string, unknown>?][]): m.CodeCell {
  const c = m.newCell('code', 'x') as m.CodeCell;
  c.execution_count = 1;
  c.outputs = outputs.map(([p, text, metadata], i): m.NbOutput =>
    i === 0
      ? { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': text, [NDARRAY_MIME]: p } as m.ExecuteResultOutput['data'], metadata: metadata ?? {} }
      : { output_type: 'display_data', data: { 'text/plain': text, [NDARRAY_MIME]: p } as m.DisplayDataOutput['data'], metadata: metadata ?? {}, transient: { display_id: 'd' } },
  );
  return c;
}

describe('.ipynb export (ipynb-export.ts)', () => {
  const heat = arr('float64', [32, 32], (i) => Math.sin(i));
  const img = arr('uint8', [64, 64, 3]);
  const plot = arr('float64', [200], (i) => Math.cos(i / 10));
  const table = arr('int64', [3, 4]);
  const big = arr('float64', [1000, 1000], (i) => i);
  const switched = arr('float64', [32, 32]);
  const nb = m.newNotebook([
    m.newCell('markdown', '# First heading'),
    arrayCell([
      [heat, 'array(heat)'],
      [img, 'array(img)'],
      [plot, 'array(plot)'],
      [table, 'array([[ 0,  1,  2,  3], ...])'],
      [big, 'array(big)'],
      [switched, 'array(switched)', { numbook: { view: 'table' } }],
    ]),
  ]);
  const text = exportIpynb(nb, { title: 'My analysis', rendition });
  const json = JSON.parse(text) as Json;
  const outs = json.cells[1].outputs as Json[];

  it('gives every array output standard renditions and records the view shown', () => {
    expect(outs.map((o) => o.metadata.numbook.view)).toEqual(['heatmap', 'image', 'plot', 'table', 'heatmap', 'table']);
    for (const i of [0, 1, 2, 4]) expect(outs[i].data['image/png']).toBe(PNG);
    for (const i of [3, 5]) expect(outs[i].data['text/html'].join('')).toContain('<table');
    for (const o of outs) expect(o.data['text/plain'].join('')).toMatch(/^array\(/);
    expect(outs[3].data['text/html'].join('')).toBe(tableHTML(table));
    // Jupyter's transient display ids are not part of the file.
    expect(outs[1].transient).toBeUndefined();
  });

  it(`keeps the array data up to ${NDARRAY_EXPORT_CAP} bytes per output; above, renditions only and a note in metadata`, () => {
    for (const i of [0, 1, 2, 3, 5]) expect(typeof outs[i].data[NDARRAY_MIME].buffer_base64).toBe('string');
    expect(outs[4].data[NDARRAY_MIME]).toBeUndefined();
    expect(outs[4].metadata.numbook.ndarray_omitted).toEqual({ mime: NDARRAY_MIME, dtype: 'float64', shape: [1000, 1000], bytes: 8_000_000, cap: NDARRAY_EXPORT_CAP });
    // The 1000 x 1000 output made a 10.9 MB file; it is a picture now.
    expect(text.length).toBeLessThan(200_000);
    // Exactly at the cap is kept, one element over is not.
    const at = exportIpynb(m.newNotebook([arrayCell([[arr('uint8', [NDARRAY_EXPORT_CAP]), 'a']])]), { rendition });
    expect(JSON.parse(at).cells[0].outputs[0].data[NDARRAY_MIME]).toBeDefined();
    const over = exportIpynb(m.newNotebook([arrayCell([[arr('uint8', [NDARRAY_EXPORT_CAP + 1]), 'a']])]), { rendition });
    expect(JSON.parse(over).cells[0].outputs[0].data[NDARRAY_MIME]).toBeUndefined();
    // A smaller cap can be asked for.
    const small = JSON.parse(exportIpynb(nb, { rendition, cap: 100 })).cells[1].outputs as Json[];
    expect(small.map((o) => o.data[NDARRAY_MIME] === undefined)).toEqual([true, true, true, false, true, true]);
  });

  it('stores the title, the view and a TypeScript kernelspec and language_info in metadata', () => {
    expect(json.metadata.title).toBe('My analysis');
    expect(json.metadata.kernelspec).toEqual({ name: 'numbook', display_name: 'TypeScript (np)', language: 'typescript' });
    expect(json.metadata.language_info).toEqual({ name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' });
    expect(m.titleOf(importIpynb(text))).toBe('My analysis');
  });

  it('validates against nbformat 4.5', () => {
    expect(json.nbformat_minor).toBe(5);
    expect(schemaErrors(json)).toEqual([]);
  });

  it('re-imports with the data where kept, the picture where not, and the views chosen', () => {
    const back = importIpynb(text);
    const bo = (back.cells[1] as m.CodeCell).outputs as m.ExecuteResultOutput[];
    const nd = bo[0].data[NDARRAY_MIME] as NdarrayPayload;
    expect([...new Float64Array(nd.buffer!)]).toEqual([...new Float64Array(heat.buffer!)]);
    expect(bo[4].data[NDARRAY_MIME]).toBeUndefined();
    expect(bo[4].data['image/png']).toBe(PNG);
    expect((bo[5].metadata.numbook as { view: string }).view).toBe('table');
    // Exporting again gives the same file.
    expect(exportIpynb(back, { title: 'My analysis', rendition })).toBe(text);
  });

  it('without renditions (no page), an array output keeps its text and its data', () => {
    const plain = JSON.parse(exportIpynb(m.newNotebook([arrayCell([[table, 'array(t)']])]))) as Json;
    expect(Object.keys(plain.cells[0].outputs[0].data).sort()).toEqual([NDARRAY_MIME, 'text/plain']);
    expect(schemaErrors(plain)).toEqual([]);
  });
});
