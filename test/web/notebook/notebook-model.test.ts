import { describe, it, expect } from 'vitest';
import * as m from '../../../web/notebook/notebook-model';
import { exportIpynb, importIpynb } from '../../../web/sharing/ipynb';
import { tracebackLines } from '../../../web/outputs/nb-output';

describe('notebook-model.ts', () => {
  it('edits immutably', () => {
    const a = m.newCell('code', 'x = 1');
    const b = m.newCell('markdown', '# t');
    const nb = m.newNotebook([a, b]);
    const nb2 = m.setSource(nb, a.id, 'x = 2');
    expect(nb.cells[0].source).toBe('x = 1');
    expect(nb2.cells[0].source).toBe('x = 2');
    expect(nb2.cells[1]).toBe(nb.cells[1]);
    expect(m.setSource(nb2, a.id, 'x = 2')).toBe(nb2);
    expect(m.moveCell(nb, a.id, 1).cells.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(m.moveCell(nb, a.id, -1)).toBe(nb);
    expect(m.deleteCells(nb, [a.id]).cells).toEqual([b]);
    expect(m.insertCells(nb, 1, [m.newCell()]).cells.length).toBe(3);
    const md = m.setCellType(nb, a.id, 'markdown').cells[0];
    expect(md).toEqual({ id: a.id, cell_type: 'markdown', source: 'x = 1', metadata: {} });
    expect(m.cloneCells([a])[0].id).not.toBe(a.id);
  });

  it("appends kernel outputs as Jupyter's front end: streams join, display updates replace", () => {
    let outs: m.NbOutput[] = [];
    outs = m.appendOutput(outs, { type: 'stream', parent: 'p', name: 'stdout', text: 'a\n' });
    outs = m.appendOutput(outs, { type: 'stream', parent: 'p', name: 'stdout', text: 'b\n' });
    outs = m.appendOutput(outs, { type: 'display', parent: 'p', data: { 'text/plain': '1' }, metadata: {}, displayId: 'd' });
    outs = m.appendOutput(outs, { type: 'display', parent: 'p', data: { 'text/plain': '2' }, metadata: {}, displayId: 'd', update: true });
    outs = m.appendOutput(outs, { type: 'result', parent: 'p', executionCount: 3, data: { 'text/plain': '3' }, metadata: {} });
    expect(outs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'a\nb\n' },
      { output_type: 'display_data', data: { 'text/plain': '2' }, metadata: {}, transient: { display_id: 'd' } },
      { output_type: 'execute_result', execution_count: 3, data: { 'text/plain': '3' }, metadata: {} },
    ]);
  });

  it("finds the error's cell line and marks it in the traceback", () => {
    const tb = ['Traceback (most recent call last):', '  Cell In[2], line 3, col 3', '    b.add(np.ones(4))', '      ^', 'ValueError: operands'];
    expect(m.errorLine(tb)).toBe(3);
    expect(tracebackLines(tb).map((l) => l.kind)).toEqual(['plain', 'frame', 'source', 'caret', 'plain']);
    expect(m.errorLine(['SyntaxError: x'])).toBeNull();
  });
});

describe('ipynb.ts', () => {
  it('round-trips nbformat 4 with ndarray buffers as base64', () => {
    const c = m.newCell('code', 'np.arange(3)\n1') as m.CodeCell;
    const buffer = new Float64Array([0, 1, 2]).buffer;
    c.execution_count = 1;
    c.outputs = [
      { output_type: 'stream', name: 'stdout', text: 'hi\nthere\n' },
      { output_type: 'execute_result', execution_count: 1, metadata: {}, data: { 'text/plain': 'array([0, 1, 2])', 'application/vnd.numbook.ndarray+json': { dtype: 'int64', shape: [3], storage: 'Float64Array', buffer } } },
      { output_type: 'error', ename: 'ValueError', evalue: 'x', traceback: ['ValueError: x'] },
    ];
    const nb = m.newNotebook([c, m.newCell('markdown', '# T\n\ntext')]);
    const text = exportIpynb(nb);
    const json = JSON.parse(text);
    expect(json.nbformat).toBe(4);
    expect(json.cells[0].source).toEqual(['np.arange(3)\n', '1']);
    expect(json.cells[0].outputs[0].text).toEqual(['hi\n', 'there\n']);
    const back = importIpynb(text);
    const bc = back.cells[0] as m.CodeCell;
    expect(bc.source).toBe('np.arange(3)\n1');
    expect(bc.outputs[0]).toEqual(c.outputs[0]);
    const nd = (bc.outputs[1] as m.ExecuteResultOutput).data['application/vnd.numbook.ndarray+json'] as { buffer: ArrayBuffer };
    expect([...new Float64Array(nd.buffer)]).toEqual([0, 1, 2]);
    expect(back.cells[1]).toEqual(nb.cells[1]);
    expect(m.titleOf(back)).toBe('T');
    expect(() => importIpynb('{"nbformat": 3}')).toThrow(/nbformat 4/);
  });
});
