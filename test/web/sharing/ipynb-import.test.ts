import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { importIpynb, NotebookError } from '../../../web/sharing/ipynb-import';
import { exportIpynb } from '../../../web/sharing/ipynb-export';
import { rejoinBundle, joinLines } from '../../../web/sharing/ipynb-json';
import type { CodeCell, RawCell } from '../../../web/notebook/notebook-model';
import { REALWORLD, schemaErrors } from './nbformat-schema';

type Json = Record<string, any>;

const files = readdirSync(REALWORLD).filter((f) => f.endsWith('.ipynb'));
const read = (f: string) => readFileSync(new URL(f, REALWORLD), 'utf8');
const REFUSED: Record<string, RegExp> = {
  'nbformat-test3.ipynb': /^it is in nbformat 3, an older format this app does not read: open it in Jupyter and save it, which converts it to nbformat 4$/,
  'nbformat-invalid.ipynb': /^not a valid nbformat 4 notebook: cell 0 \(markdown\) has no source$/,
};

/**
 * A notebook as nbformat's reader sees it (nbformat/v4/rwbase.py rejoin_lines): multi-line
 * strings joined in sources, stream text, and the non-JSON MIME types of outputs and
 * attachments. Cells and outputs of unknown types are left as they are (so are ours).
 */
function asRead(nb: Json): Json {
  const j = structuredClone(nb);
  for (const c of j.cells as Json[]) {
    if (!['code', 'markdown', 'raw'].includes(c.cell_type)) continue;
    c.source = joinLines(c.source);
    if (c.attachments) for (const k of Object.keys(c.attachments)) c.attachments[k] = rejoinBundle(c.attachments[k]);
    for (const o of (c.outputs ?? []) as Json[]) {
      if (o.output_type === 'stream') o.text = joinLines(o.text);
      if (o.output_type === 'display_data' || o.output_type === 'execute_result') o.data = rejoinBundle(o.data);
    }
  }
  return j;
}

describe('import of real notebooks (../shared/realworld-ipynb), then export', () => {
  for (const f of files) {
    if (REFUSED[f]) {
      it(`refuses ${f}, saying why`, () => {
        expect(() => importIpynb(read(f))).toThrow(NotebookError);
        expect(() => importIpynb(read(f))).toThrow(REFUSED[f]);
      });
      continue;
    }
    it(`${f}: keeps cells, sources, outputs and metadata; the export is valid nbformat 4.5`, () => {
      const original = JSON.parse(read(f)) as Json;
      const nb = importIpynb(read(f));
      const text = exportIpynb(nb);
      const exported = JSON.parse(text) as Json;
      // The only changes, documented in web/sharing/ipynb-import.ts: ids for cells that had none
      // (nbformat 4.5 requires them), nbformat_minor at least 5, and multi-line strings
      // stored either way (nbformat's reader joins them, its writer splits text types).
      const expected = asRead(original);
      expected.nbformat_minor = Math.max(5, original.nbformat_minor);
      const ids = new Set<string>();
      (expected.cells as Json[]).forEach((c, i) => {
        const id = exported.cells[i].id;
        expect(id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
        expect(ids.has(id)).toBe(false);
        ids.add(id);
        if (c.id === undefined) c.id = id;
      });
      expect(asRead(exported)).toEqual(expected);
      // Another round changes nothing.
      expect(exportIpynb(importIpynb(text))).toBe(text);
      // nbformat's validation of the exported file, as nbformat applies it (a 4.99 file: relaxed).
      expect(schemaErrors(exported)).toEqual([]);
    });
  }

  it('reads every MIME type stored as a list of lines (a PNG too) as one string', () => {
    const nb = importIpynb(read('nbconvert-pngmetadata.ipynb'));
    const out = (nb.cells[0] as CodeCell).outputs[1];
    expect(out.output_type).toBe('display_data');
    if (out.output_type !== 'display_data') return;
    expect(typeof out.data['image/png']).toBe('string');
    expect(out.data['image/png']).toMatch(/^iVBORw0KGgo/);
    expect(out.metadata).toEqual({ 'image/png': { height: 255, width: 374 } });
    const svg = importIpynb(read('nbconvert-svg.ipynb'));
    const s = (svg.cells[0] as CodeCell).outputs[1];
    expect(s.output_type === 'display_data' && typeof s.data['image/svg+xml']).toBe('string');
  });

  it('keeps raw cells raw, attachments with their cell, and future cells and outputs as they were', () => {
    const raw = importIpynb(read('nbconvert-rawtest.ipynb'));
    expect(raw.cells.every((c) => c.cell_type === 'raw')).toBe(true);
    const att = importIpynb(read('nbconvert-attachment.ipynb'));
    const md = att.cells[0];
    expect(md.cell_type === 'markdown' && Object.keys(md.attachments ?? {})).toEqual(['image.png']);
    const future = importIpynb(read('nbformat-test4plus.ipynb'));
    expect(future.nbformat_minor).toBe(99);
    expect(future.extra).toEqual({ extra: 'future' });
    const fc = future.cells.find((c) => c.cell_type === 'raw') as RawCell;
    expect(fc.original?.cell_type).toBe('future cell');
    const code = future.cells.filter((c): c is CodeCell => c.cell_type === 'code');
    expect(code.flatMap((c) => c.outputs.map((o) => o.output_type))).toContain('unknown');
  });

  it('refuses files that are not nbformat 4 notebooks, saying why', () => {
    const cases: [string, string][] = [
      ['{', 'not a notebook: the file is not valid JSON ('],
      ['{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "heading", "level": 1, "metadata": {}, "source": "x"}]}', 'cell 0 has cell_type "heading", which nbformat 4 does not have (a heading cell is nbformat 3'],
      ['{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "source": "", "execution_count": null, "outputs": [{"output_type": "bad stream"}]}]}', 'output 0 of cell 0 has output_type "bad stream", which nbformat 4 does not have'],
      ['{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "source": "", "outputs": []}]}', 'cell 0 (code) has no execution_count'],
      ['{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "source": "", "execution_count": 1, "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": 5}}]}]}', 'its image/png data is not text'],
      ['{"nbformat": 4, "nbformat_minor": "5", "metadata": {}, "cells": []}', 'its nbformat_minor is not a version number'],
      ['{"nbformat": 4, "nbformat_minor": 5, "cells": []}', 'it has no metadata object'],
    ];
    for (const [text, why] of cases) expect(() => importIpynb(text)).toThrow(why);
    // A later minor version may hold types from the future.
    expect(() => importIpynb('{"nbformat": 4, "nbformat_minor": 7, "metadata": {}, "cells": [{"cell_type": "heading", "metadata": {}}]}')).not.toThrow();
  });
});
