// @vitest-environment jsdom
/**
 * Download as HTML (web/sharing/html-export.ts) in jsdom (DOMPurify needs a DOM): the page carries
 * the notebook (extracted and imported it gives the same cells and outputs as the .ipynb
 * export), refers to nothing outside itself, cannot be broken out of by a cell's text,
 * sanitises what it shows; and opening files (web/sharing/notebook-file.ts) refuses what is not a
 * notebook. Pictures decoding from file:// with the network blocked: test/e2e/html-export.test.ts.
 */
import { describe, it, expect } from 'vitest';
import * as m from '../../../web/notebook/notebook-model';
import { exportHtml, PAGE_CSP } from '../../../web/sharing/html-export';
import { embeddedNotebook, embedNotebook } from '../../../web/sharing/html-embed';
import { exportIpynb, type RenditionOf } from '../../../web/sharing/ipynb-export';
import { importIpynb } from '../../../web/sharing/ipynb-import';
import { highlightTS } from '../../../web/editor/highlight-ts';
import { facesFor } from '../../../web/sharing/html-katex';
import { notebookFileText, isNotebookFile, MAX_NOTEBOOK_FILE } from '../../../web/sharing/notebook-file';
import { tableHTML } from '../../../web/outputs/renderers/table';
import { NDARRAY_MIME, payloadOf, type NdarrayPayload } from '../../../web/outputs/renderers/ndarray-data';

// A 1x1 PNG: jsdom has no canvas; the app's real pictures are checked end to end.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const rendition: RenditionOf = (p, text, view) => {
  const data: Record<string, string> = view === 'table' ? { 'text/html': tableHTML(p) } : { 'image/png': PNG };
  return { view: view === 'table' ? view : 'heatmap', data: { 'text/plain': text ?? '', ...data } };
};

function code(source: string, outputs: m.NbOutput[], count = 1): m.CodeCell {
  return { ...(m.newCell('code', source) as m.CodeCell), execution_count: count, outputs };
}
const md = (source: string) => m.newCell('markdown', source);
const result = (data: Record<string, unknown>, metadata: Record<string, unknown> = {}, count = 1): m.NbOutput => ({
  output_type: 'execute_result',
  execution_count: count,
  data: data as m.ExecuteResultOutput['data'],
  metadata,
});
const display = (data: Record<string, unknown>, metadata: Record<string, unknown> = {}): m.NbOutput => ({
  output_type: 'display_data',
  data: data as m.DisplayDataOutput['data'],
  metadata,
});
const arr = (shape: number[]): NdarrayPayload => payloadOf('float64', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i / 7));

/** A notebook with every kind of cell and output, and text that would break a careless page. */
function sample(): m.Notebook {
  return m.newNotebook([
    md('# Title\n\nEuler: $e^{i\\pi} + 1 = 0$\n\n$$\\sum_{k=0}^n k = \\frac{n(n+1)}{2}$$'),
    code('const s = "</script><script>alert(1)</script>";\n// <!-- not a comment in HTML\nconsole.log(s)', [
      { output_type: 'stream', name: 'stdout', text: '</script><script>alert(2)</script>\n' },
      { output_type: 'stream', name: 'stderr', text: 'careful <b>\n' },
    ]),
    code('np.random.default_rng(0).random([8, 8])', [result({ 'text/plain': 'array(...)', [NDARRAY_MIME]: arr([8, 8]) }, { numbook: { view: 'heatmap' } }, 2)], 2),
    code('display(np.arange(6).reshape(2, 3), {view: "table"})', [display({ 'text/plain': 'array(...)', [NDARRAY_MIME]: arr([2, 3]) }, { numbook: { view: 'table' } })], 3),
    code('html', [display({ 'text/html': '<b>bold</b><script>alert(3)</script><img src=x onerror="alert(4)">', 'text/plain': 'x' })], 4),
    code('bad()', [{ output_type: 'error', ename: 'ReferenceError', evalue: 'bad is not defined', traceback: ['Cell In[5], line 1\n    bad()\n    ^^^', 'ReferenceError: bad is not defined'] }], 5),
    md('<script>alert(5)</script><img src="x" onerror="alert(6)">\n\nand [a link](javascript:alert(7))'),
    m.newCell('raw', 'raw </script> text'),
  ]);
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('Download as HTML (html-export.ts)', () => {
  it('carries the notebook: extracted and imported, the same cells and outputs as the .ipynb export', async () => {
    const nb = sample();
    const page = await exportHtml(nb, { title: 'Sample', rendition, openLink: null });
    const inside = embeddedNotebook(page);
    expect(inside).not.toBeNull();
    const back = importIpynb(inside!);
    const viaIpynb = importIpynb(exportIpynb(nb, { title: 'Sample', rendition }));
    expect(back).toEqual(viaIpynb);
    expect(back.cells.map((c) => [c.id, c.cell_type, c.source])).toEqual(nb.cells.map((c) => [c.id, c.cell_type, c.source]));
    expect(back.metadata.title).toBe('Sample');
    // The renditions are in it (the heatmap's PNG, the table's HTML), and the arrays themselves.
    const outputs = back.cells.flatMap((c) => (c.cell_type === 'code' ? c.outputs : []));
    expect(outputs.some((o) => o.output_type === 'execute_result' && o.data['image/png'] === PNG && !!o.data[NDARRAY_MIME])).toBe(true);
    expect(outputs.some((o) => o.output_type === 'display_data' && String(o.data['text/html']).includes('nbt-root'))).toBe(true);
    // The block is JSON the page's own parser reads back too.
    const block = parse(page).querySelectorAll('script');
    expect(block.length).toBe(1);
    expect(block[0].type).toBe('application/x-ipynb+json');
    expect(JSON.parse(block[0].textContent!)).toEqual(JSON.parse(inside!));
  });

  it('a </script> or <!-- in a cell or an output does not end the block', async () => {
    const page = await exportHtml(sample(), { rendition, openLink: null });
    const doc = parse(page);
    expect(doc.querySelectorAll('script').length).toBe(1);
    const nb = JSON.parse(doc.querySelector('script')!.textContent!);
    expect(nb.cells[1].source.join('')).toContain('"</script><script>alert(1)</script>"');
    expect(nb.cells[7].source.join('')).toBe('raw </script> text');
    // Shown as text, escaped.
    expect(doc.querySelector('[data-index="1"] pre.nbx-code')!.textContent).toContain('</script><script>alert(1)</script>');
    expect(doc.querySelector('[data-index="1"] pre.nbx-stream')!.textContent).toBe('</script><script>alert(2)</script>\n');
    expect(embedNotebook('{"a": "</script><!--"}')).toBe('<script type="application/x-ipynb+json" id="numbook-notebook">{"a": "\\u003c/script>\\u003c!--"}</script>');
  });

  it('refers to nothing outside itself: no http(s) src or href but the Open in Numbook link; a policy without script', async () => {
    const link = 'https://numbook.example/#nb=1.abc';
    for (const openLink of [null, link]) {
      const page = await exportHtml(sample(), { rendition, openLink });
      const doc = parse(page);
      const refs = [...doc.querySelectorAll('[src], [href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')!);
      expect(refs.filter((r) => /^\s*(https?:)?\/\//i.test(r))).toEqual(openLink ? [link] : []);
      // Everything else is inline (the one relative src is the sample's own <img src="x">).
      expect(refs.filter((r) => !/^(data:|https:\/\/numbook\.example\/)/.test(r))).toEqual(['x', 'x']);
      // Stylesheets load nothing but data: URLs (KaTeX's fonts).
      const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('');
      expect([...css.matchAll(/url\(([^)]*)\)/g)].filter((u) => !u[1].startsWith('data:'))).toEqual([]);
      expect(css).toContain('data:font/woff2;base64,');
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(PAGE_CSP);
      expect(PAGE_CSP).toMatch(/default-src 'none'/);
      expect(PAGE_CSP).not.toMatch(/script-src/);
      expect(doc.querySelector('a.nbx-open')?.getAttribute('href') ?? null).toBe(openLink);
      if (!openLink) expect(doc.querySelector('.nbx-bar')!.textContent).toContain('drop this file on Numbook');
    }
  });

  it('sanitises markdown and HTML outputs as the app does: no script, no handlers, no javascript: links', async () => {
    const doc = parse(await exportHtml(sample(), { rendition, openLink: null }));
    const body = doc.querySelector('main')!;
    expect(body.querySelectorAll('script').length).toBe(0);
    expect(body.innerHTML).not.toMatch(/onerror|javascript:|alert\([3-7]\)/);
    expect(body.querySelector('[data-index="4"] .nbx-html b')!.textContent).toBe('bold');
    expect(body.querySelectorAll('[data-index="6"] img').length).toBe(1); // kept, without its handler
  });

  it('shows the notebook: math, highlighted code with counts, pictures, tables, streams, tracebacks, raw cells', async () => {
    const doc = parse(await exportHtml(sample(), { title: 'Sample', rendition, openLink: null, date: new Date('2025-01-02T03:04:05Z') }));
    expect(doc.title).toBe('Sample');
    expect(doc.querySelector('.nbx-bar')!.textContent).toContain('Exported from Numbook on 2025-01-02');
    const first = doc.querySelector('[data-index="0"]')!;
    expect(first.querySelector('h1')!.textContent).toBe('Title');
    expect(first.querySelectorAll('.katex').length).toBe(2);
    expect(first.querySelectorAll('.katex-display').length).toBe(1);
    expect(doc.querySelector('[data-index="1"] .nbx-prompt')!.textContent).toBe('In [1]:');
    expect(doc.querySelector('[data-index="1"] .tk-kw')!.textContent).toBe('const');
    expect(doc.querySelector('[data-index="1"] .tk-str')!.textContent).toBe('"</script><script>alert(1)</script>"');
    expect(doc.querySelector('[data-index="1"] .nbx-stderr')!.textContent).toBe('careful <b>\n');
    expect(doc.querySelector('[data-index="2"] .nbx-prompt.out')!.textContent).toBe('Out[2]:');
    expect(doc.querySelector('[data-index="2"] img')!.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    expect(doc.querySelectorAll('[data-index="3"] .nbt-root td').length).toBe(6);
    expect(doc.querySelector('[data-index="5"] .nbx-error .tb-frame')!.textContent).toBe('Cell In[5], line 1');
    expect(doc.querySelector('[data-index="5"] .nbx-error .tb-source')!.textContent).toBe('    bad()');
    expect(doc.querySelector('[data-index="6"] a')!.hasAttribute('href')).toBe(false);
    expect(doc.querySelector('[data-index="7"] pre.nbx-raw')!.textContent).toBe('raw </script> text');
    // The table view's stylesheet comes along (sanitising drops the <style> in the output's HTML).
    expect([...doc.querySelectorAll('style')].some((s) => s.textContent!.includes('.nbt td'))).toBe(true);
  });

  it('carries no KaTeX at all without math, and only the faces the math uses', async () => {
    const page = await exportHtml(m.newNotebook([md('no math, $5 and $6')]), { openLink: null });
    expect(page).not.toContain('KaTeX');
    expect(page.length).toBeLessThan(20_000);
    const withMath = await exportHtml(m.newNotebook([md('$x^2$')]), { openLink: null });
    expect((withMath.match(/@font-face/g) ?? []).length).toBe(2); // KaTeX_Main regular, KaTeX_Math italic
    expect(withMath.length).toBeLessThan(100_000);
    const html = parse(withMath).body.innerHTML;
    expect(facesFor(html)).toEqual(['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2']);
  });
});

describe('TypeScript highlighting (highlight-ts.ts)', () => {
  it('colours tokens and escapes the rest', () => {
    const h = highlightTS('const a = np.zeros([2, 3]) // <b>\nlet s = `x ${1}` + \'q\'; if (a < 1e-3) f(0x1F, 2n, true)');
    expect(h).toContain('<span class="tk-kw">const</span> a = np.<span class="tk-fn">zeros</span>([<span class="tk-num">2</span>, <span class="tk-num">3</span>])');
    expect(h).toContain('<span class="tk-com">// &lt;b&gt;</span>');
    expect(h).toContain('<span class="tk-str">`x ${1}`</span>');
    expect(h).toContain('<span class="tk-str">\'q\'</span>');
    expect(h).toContain('a &lt; <span class="tk-num">1e-3</span>');
    expect(h).toContain('<span class="tk-num">0x1F</span>, <span class="tk-num">2n</span>, <span class="tk-lit">true</span>');
    // Only the spans are markup: the text is the source.
    const div = document.createElement('div');
    div.innerHTML = h;
    expect(div.textContent).toBe('const a = np.zeros([2, 3]) // <b>\nlet s = `x ${1}` + \'q\'; if (a < 1e-3) f(0x1F, 2n, true)');
  });
});

describe('opening a file as a notebook (notebook-file.ts)', () => {
  const file = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({ name, size, text: async () => text });

  it('reads an .ipynb as it is, and the notebook an exported page carries', async () => {
    expect(await notebookFileText(file('a.ipynb', '{"x": 1}'))).toBe('{"x": 1}');
    const page = await exportHtml(sample(), { rendition, openLink: null });
    const text = await notebookFileText(file('Sample.html', page));
    expect(importIpynb(text).cells.length).toBe(8);
    expect(isNotebookFile('a.IPYNB') && isNotebookFile('b.html') && isNotebookFile('c.htm')).toBe(true);
    expect(isNotebookFile('data.csv') || isNotebookFile('x.json')).toBe(false);
  });

  it('refuses a page without a notebook, and a file over 50 MB unread', async () => {
    await expect(notebookFileText(file('page.html', '<!doctype html><p>hello</p>'))).rejects.toThrow(
      'it is a web page with no notebook inside (Numbook opens the HTML pages its File > Download as HTML makes, which carry their notebook)',
    );
    let read = false;
    const big = { name: 'big.ipynb', size: MAX_NOTEBOOK_FILE + 1024 * 1024, text: async () => ((read = true), '') };
    await expect(notebookFileText(big)).rejects.toThrow('it is 51 MB, larger than the 50 MB a notebook file may be here');
    expect(read).toBe(false);
  });
});
