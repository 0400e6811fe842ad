/**
 * Download as HTML in real headless Chromium (issue 11 item 4): a notebook with markdown
 * and math, a heatmap, a table, printed text and an error is saved as one page; that page,
 * opened from file:// in a fresh browser context where every request but file: is aborted,
 * shows its pictures (decoded), its math (KaTeX, with its fonts from the page) and its
 * table, asks the network for nothing, and prints without its header bar. Dropped on the
 * app (and through File > Import) it opens as a new copy with the same cells; its Open in
 * Numbook link opens the same notebook. A web page without a notebook and a file over
 * 50 MB are refused with the reason, the open notebook untouched.
 * Screenshots: test-results/html-export-page.png, html-export-print.png, html-export-refused.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { copyFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();
const SAVED = path.join(ARTIFACTS, 'html-export.html');

const controller = (page: Page, expr: string) => page.evaluate(`(() => { const c = window.numbook.notebook.controller; return ${expr}; })()`);

/** Cells as the test compares them: type, source, and each output's kind and the MIME types it carries. */
const cellsOf = (page: Page) =>
  page.evaluate(() =>
    (window as any).numbook.notebook.controller.doc.cells.map((c: any) => ({
      type: c.cell_type,
      source: c.source,
      outputs: (c.outputs ?? []).map((o: any) => [o.output_type, o.text ?? o.data?.['text/plain'] ?? o.evalue]),
    })),
  );

/** Drops files on the page as a user does (the files are made in the page: `make` returns them). */
async function drop(page: Page, make: string): Promise<void> {
  await page.evaluate(async (make) => {
    const dt = new DataTransfer();
    for (const f of await (0, eval)(make)) dt.items.add(f);
    document.querySelector('main.nb-cells')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, make);
}

const SOURCES = [
  ['markdown', '# Exported notebook\n\nEnergy is $E = mc^2$, and\n\n$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$'],
  ['code', 'display(np.random.default_rng(0).random([8, 8]), {view: "heatmap"})'],
  ['code', 'np.arange(12).reshape(3, 4)'],
  ['code', 'print("hello </script> world")\nnope()'],
] as const;

describe('Download as HTML (Chromium)', () => {
  let original: unknown;
  let savedName = '';

  it('saves one page that shows the notebook from file:// with the network blocked, and prints cleanly', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(async (sources) => {
      const c = (window as any).numbook.notebook.controller;
      c.setType(sources[0][0]);
      c.setSource(c.doc.cells[0].id, sources[0][1]);
      for (const [type, source] of sources.slice(1)) c.setSource(c.insert('below', type).id, source);
      await c.runAll();
    }, SOURCES as unknown as string[][]);
    await controller(page, 'c.rename("HTML export")');
    await expect.poll(() => controller(page, 'c.doc.cells.map((x) => x.outputs ? x.outputs.length : "md").join()'), { timeout: 60_000 }).toBe('md,1,1,2');
    original = await cellsOf(page);

    await page.click('summary:text("File")');
    const download = page.waitForEvent('download');
    await page.click('button[data-command=export-html]');
    const saved = await download;
    savedName = saved.suggestedFilename();
    expect(savedName).toBe('HTML export.html');
    copyFileSync(await saved.path(), SAVED);
    const html = readFileSync(SAVED, 'utf8');
    // KaTeX's CSS and the faces the math uses; the heatmap's PNG; the notebook inside: well under a megabyte.
    expect(html.length).toBeLessThan(400_000);
    const link = /<a class="nbx-open" href="([^"]+)"/.exec(html)?.[1].replace(/&amp;/g, '&');
    expect(link?.startsWith(`${app.url}#nb=1.`)).toBe(true);

    // A fresh context, offline: everything but file: is aborted (and counted).
    const context = await app.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const asked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      asked.push(url);
      return route.abort();
    });
    const view = await context.newPage();
    const console: string[] = [];
    view.on('console', (m) => console.push(m.text()));
    view.on('pageerror', (e) => console.push(e.message));
    await view.goto(pathToFileURL(SAVED).href);
    const shown = await view.evaluate(async () => {
      await document.fonts.ready;
      const imgs = [...document.querySelectorAll('img')];
      await Promise.all(imgs.map((i) => i.decode().catch(() => {})));
      return {
        title: document.title,
        images: imgs.map((i) => [i.naturalWidth, i.naturalHeight, i.src.slice(0, 22)]),
        katex: document.querySelectorAll('.katex').length,
        display: document.querySelectorAll('.katex-display').length,
        // The math is set in KaTeX's own fonts, which came with the page.
        fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')).sort(),
        mathFont: getComputedStyle(document.querySelector('.katex')!).fontFamily,
        table: document.querySelectorAll('.nbt-root td').length,
        code: document.querySelectorAll('pre.nbx-code .tk-fn').length,
        prompts: [...document.querySelectorAll('.nbx-prompt')].map((p) => p.textContent),
        stdout: document.querySelector('pre.nbx-stream')?.textContent,
        error: document.querySelector('pre.nbx-error')?.textContent,
        scripts: [...document.scripts].map((s) => s.type),
      };
    });
    expect(shown.title).toBe('HTML export');
    expect(shown.images.length).toBe(1);
    expect(shown.images[0][0]).toBeGreaterThan(100);
    expect(shown.images[0][1]).toBeGreaterThan(100);
    expect(shown.images[0][2]).toBe('data:image/png;base64,');
    expect(shown.katex).toBe(2);
    expect(shown.display).toBe(1);
    expect(shown.fonts).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math']));
    expect(shown.mathFont).toMatch(/^KaTeX_Main/);
    expect(shown.table).toBe(12);
    expect(shown.code).toBeGreaterThan(3);
    expect(shown.prompts).toEqual(['In [1]:', 'In [2]:', 'Out[2]:', 'In [3]:']);
    expect(shown.stdout).toBe('hello </script> world\n');
    expect(shown.error).toContain('nope is not defined');
    expect(shown.scripts).toEqual(['application/x-ipynb+json']);
    expect(asked).toEqual([]);
    expect(console).toEqual([]);
    await view.screenshot({ path: path.join(ARTIFACTS, 'html-export-page.png'), fullPage: true });

    await view.emulateMedia({ media: 'print' });
    expect(await view.evaluate(() => getComputedStyle(document.querySelector('.nbx-bar')!).display)).toBe('none');
    expect(await view.evaluate(() => getComputedStyle(document.querySelector('.nbx-cell')!).breakInside)).toBe('avoid-page');
    await view.screenshot({ path: path.join(ARTIFACTS, 'html-export-print.png'), fullPage: true });
    await context.close();

    // The page's Open in Numbook link opens the same notebook in the app.
    const other = await openApp(app, { query: '#' + link!.split('#')[1] });
    expect(await cellsOf(other.page)).toEqual(original);
    expect(await other.page.locator('.nb-notice').textContent()).toContain('Opened from a share link');
    await other.page.close();
    expect(errors).toEqual([]);
  }, 180_000);

  it('dropped on the app (or imported), the page opens as a new copy with the same cells, nothing run', async () => {
    const { page, errors } = await openApp(app);
    const before = await controller(page, 'c.meta.id');
    const html = readFileSync(SAVED, 'utf8');
    // A CSV dropped with it becomes the new notebook's upload.
    await drop(page, `[new File([${JSON.stringify(html)}], ${JSON.stringify(savedName)}, { type: 'text/html' }), new File(['1,2\\n'], 'data.csv')]`);
    await expect.poll(() => controller(page, 'c.meta.id'), { timeout: 10_000 }).not.toBe(before);
    expect(await cellsOf(page)).toEqual(original);
    expect(await controller(page, 'c.meta.name')).toBe('HTML export');
    expect(await controller(page, 'c.runs.size')).toBe(0);
    expect(await page.locator('.nb-notice').textContent()).toContain(`Imported from ${savedName}, as a new copy of your own: nothing has run.`);
    await expect.poll(() => controller(page, 'c.files.files.map((f) => f.name).join()')).toBe('data.csv');
    // The picture is drawn from the array kept in the file.
    await page.locator('nb-cell').nth(1).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('nb-cell').nth(1).locator('nb-array-output').count(), { timeout: 10_000 }).toBe(1);

    // File > Import takes the page too.
    const second = await controller(page, 'c.meta.id');
    await page.click('summary:text("File")');
    const chooser = page.waitForEvent('filechooser');
    await page.click('button[data-command=import-ipynb]');
    await (await chooser).setFiles(SAVED);
    await expect.poll(() => controller(page, 'c.meta.id'), { timeout: 10_000 }).not.toBe(second);
    expect(await cellsOf(page)).toEqual(original);
    expect(errors).toEqual([]);
  }, 180_000);

  it('a web page without a notebook, and a file over 50 MB, are refused with the reason; the open notebook stays', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, 'const kept = 1');
    });
    const id = await controller(page, 'c.meta.id');
    const cells = await cellsOf(page);
    const count = await controller(page, 'c.notebooks.length');

    await drop(page, `[new File(['<!doctype html><title>x</title><p>just a page</p>'], 'page.html', { type: 'text/html' })]`);
    await expect.poll(() => page.locator('.nb-link-error').textContent(), { timeout: 10_000 }).toContain(
      'Could not import page.html: it is a web page with no notebook inside (Numbook opens the HTML pages its File > Download as HTML makes, which carry their notebook). The open notebook was not changed.',
    );
    await page.locator('.nb-link-error button').click();

    await drop(page, `[new File([new Uint8Array(51 * 1024 * 1024)], 'huge.ipynb')]`);
    await expect.poll(() => page.locator('.nb-link-error').textContent(), { timeout: 10_000 }).toContain(
      'Could not import huge.ipynb: it is 51 MB, larger than the 50 MB a notebook file may be here. The open notebook was not changed.',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-export-refused.png') });
    expect(await controller(page, 'c.meta.id')).toBe(id);
    expect(await cellsOf(page)).toEqual(cells);
    expect(await controller(page, 'c.files.files.length')).toBe(0);
    expect(await controller(page, 'c.notebooks.length')).toBe(count);
    expect(errors).toEqual([]);
  }, 180_000);
});
