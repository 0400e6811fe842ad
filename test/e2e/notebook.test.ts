/**
 * The notebook UI in real headless Chromium, driven as a user drives it: keys and clicks.
 * Type a cell, Shift+Enter, read the output; every array renderer in a notebook output
 * (canvas pixels); reload restores; Jupyter's keyboard model; markdown stays inert;
 * Monaco's TypeScript (np completion and hover with the JSDoc example, cells see each
 * other); two tabs; a storage failure. Screenshots: test-results/notebook-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { useApp, openApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `notebook-${name}.png`) });

/** A page with the app loaded (kernel ready, Monaco loaded), in `context` (default: a fresh one). */
const open = (context?: BrowserContext, query = '') => openApp(app, { context, query, until: 'editor' });

const cells = (page: Page) => page.locator('nb-cell');
const cell = (page: Page, i: number) => page.locator('nb-cell').nth(i);
const state = (page: Page) =>
  page.evaluate(() => {
    const c = (window as any).numbook.notebook.controller;
    return { mode: c.mode as string, active: c.activeIndex as number, save: c.saveState as string, n: c.doc.cells.length as number, types: c.doc.cells.map((x: any) => x.cell_type[0]).join('') };
  });

/** Edits the active cell (Enter, if in command mode), types `code` (Monaco), and Shift+Enter. */
async function typeAndRun(page: Page, code: string, keys = 'Shift+Enter'): Promise<void> {
  if ((await state(page)).mode === 'command') await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'), null, { timeout: 30_000 });
  await page.keyboard.insertText(code);
  await page.keyboard.press(keys);
}

/** The output text of cell i once its prompt shows a count. */
async function outputOf(page: Page, i: number): Promise<string> {
  await expect.poll(() => cell(page, i).locator('.nb-prompt').first().textContent(), { timeout: 60_000 }).toMatch(/^\[\d+\]:$/);
  return ((await cell(page, i).locator('.nb-outputs').textContent()) ?? '').trim();
}

describe('notebook UI (Chromium)', { timeout: 300_000 }, () => {
  it('runs a typed cell with Shift+Enter: count, output, timing, error with its line highlighted', async () => {
    const { page, errors } = await open();
    await newNotebook(page);
    await typeAndRun(page, 'const a = np.arange(12).reshape(3, 4);\na.mul(1.5).sum({axis: 0})');
    await expect.poll(() => outputOf(page, 0)).toContain('Out[1]:');
    const first = cell(page, 0);
    expect(await first.locator('nb-array-output').getAttribute('view')).toBeNull(); // default view
    expect(await first.locator('nb-array-output').evaluate((el: any) => el.text)).toBe('array([18. , 22.5, 27. , 31.5])');
    expect(await first.locator('.nb-prompt').first().textContent()).toBe('[1]:');
    expect(await first.locator('.nb-timing').textContent()).toMatch(/\d+ ms|s$/);
    // Shift+Enter on the last cell made a new one, in edit mode.
    expect(await state(page)).toMatchObject({ n: 2, active: 1, mode: 'edit' });

    // stdout, then an error: traceback with the cell's line highlighted, marker in the editor.
    await page.keyboard.insertText('console.log("sum", a.sum());\nconst b = np.ones([2, 3]);\nb.add(np.ones(4))');
    await page.keyboard.press('Shift+Enter');
    const out = await outputOf(page, 1);
    expect(out).toContain('sum 66');
    expect(out).toContain('ValueError: operands could not be broadcast together with shapes (2,3) (4,)');
    expect(await cell(page, 1).locator('.tb-source').textContent()).toBe('    b.add(np.ones(4))');
    expect(await cell(page, 1).locator('.tb-frame').textContent()).toContain('Cell In[2], line 3');
    await expect
      .poll(() => page.evaluate(() => (window as any).numbook.monaco.editor.getModelMarkers({ owner: 'numbook-run' }).map((m: any) => m.startLineNumber)))
      .toEqual([3]);
    expect(await page.locator('.nb-kernel-state').textContent()).toBe('idle');
    await shot(page, 'run');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws every array renderer in notebook outputs (canvas pixels)', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 1100, height: 1400 });
    await newNotebook(page);
    const codes = [
      'np.sin(np.linspace(0, 20, 500))', // plot
      'const g = np.linspace(-2, 2, 60);\nnp.sin(g.reshape(-1, 1)).mul(np.cos(g))', // heatmap
      'np.arange(64 * 64 * 3).reshape(64, 64, 3).mul(7).astype("uint8")', // image
      'np.arange(6).reshape(2, 3)', // table
      'np.array(2.5)', // 0-d: text
    ];
    for (const code of codes) await typeAndRun(page, code);
    for (let i = 0; i < codes.length; i++) {
      await outputOf(page, i);
      await cell(page, i).locator('nb-array-output').evaluate((e: any) => e.updateComplete);
    }
    // Pixels: plot line, heatmap, image drawn (not blank).
    const inked = await page.evaluate(() =>
      [...document.querySelectorAll('nb-cell')].slice(0, 3).map((c) => {
        const canvas = c.querySelector('nb-array-output')!.shadowRoot!.querySelector('canvas')!;
        const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let colored = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && !(d[i] > 245 && d[i + 1] > 245 && d[i + 2] > 245)) colored++;
        return { w: canvas.width, h: canvas.height, colored };
      }),
    );
    for (const x of inked) expect(x.colored).toBeGreaterThan(100);
    // No false diagnostics: np.sin of an untyped value (g.reshape: linspace's result) is not a number.
    // (Diagnostics come from Monaco's TypeScript worker a moment after an edit.)
    const markers = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 2000));
      return (window as any).numbook.monaco.editor.getModelMarkers({}).map((m: any) => `${m.startLineNumber}:${m.startColumn} ${m.message}`);
    });
    expect(markers).toEqual([]);
    // The table's cells and the 0-d text.
    expect(await cell(page, 3).locator('nb-array-output').evaluate((e) => e.shadowRoot!.textContent)).toContain('5');
    expect(await cell(page, 4).locator('nb-array-output').evaluate((e: any) => e.text)).toBe('array(2.5)');
    await page.locator('nb-cell').nth(0).scrollIntoViewIfNeeded();
    await shot(page, 'renderers');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('autosaves within a second; reload restores cells, outputs (arrays redrawn) and the active cell', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page } = await open(context);
    await newNotebook(page);
    await typeAndRun(page, 'np.arange(400).reshape(20, 20)');
    await outputOf(page, 0);
    await page.keyboard.insertText('"second"');
    await page.keyboard.press('Escape');
    await page.keyboard.press('k'); // back to the first cell
    expect((await state(page)).active).toBe(0);
    // Saved within a second of the last change.
    await expect.poll(() => page.locator('.nb-save').textContent(), { timeout: 1500, interval: 100 }).toBe('Saved');
    const before = await page.evaluate(() => (window as any).numbook.notebook.controller.meta.id);
    await page.waitForTimeout(300); // the active cell is remembered 200 ms after moving
    await page.reload();
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    expect(await page.evaluate(() => (window as any).numbook.notebook.controller.meta.id)).toBe(before);
    expect(await cells(page).count()).toBe(2);
    expect(await cell(page, 0).locator('.nb-prompt').first().textContent()).toBe('[1]:');
    expect(await cell(page, 1).locator('.nb-static, .nb-editor').first().textContent()).toContain('"second"');
    expect((await state(page)).active).toBe(0);
    // The heatmap is redrawn from the stored buffer.
    const colored = await cell(page, 0).locator('nb-array-output').evaluate(async (e: any) => {
      await e.updateComplete;
      const c = e.shadowRoot.querySelector('canvas') as HTMLCanvasElement;
      return c.getContext('2d')!.getImageData(c.width >> 1, c.height >> 1, 1, 1).data[3];
    });
    expect(colored).toBe(255);
    // Nothing ran on load: the kernel has not counted anything.
    expect(await page.evaluate(() => (window as any).numbook.client.state)).not.toBe('busy');
    await shot(page, 'reloaded');
    await context.close();
  });

  it('opens a 100-cell notebook whole: every cell, those in view drawn at once, the rest soon after, all findable', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page, errors } = await open(context);
    const id = await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const cells = Array.from({ length: 100 }, (_, i) =>
        i % 10 === 0
          ? { id: `m${i}`, cell_type: 'markdown', metadata: {}, source: `## Part ${i / 10}\n\nMath $x_{${i}}^2$ in part ${i / 10}.` }
          : {
              id: `c${i}`,
              cell_type: 'code',
              metadata: {},
              source: `const v${i} = np.arange(${i});\n// the source of cell ${i}`,
              execution_count: i,
              outputs: [
                { output_type: 'stream', name: 'stdout', text: `printed by cell ${i}\n` },
                {
                  output_type: 'execute_result',
                  execution_count: i,
                  metadata: {},
                  data: { 'text/plain': `array(${i})`, 'application/vnd.numbook.ndarray+json': { dtype: 'float64', shape: [4], storage: 'Float64Array', buffer: new Float64Array([i, 1, 2, 3]).buffer } },
                },
              ],
            },
      );
      await c.create({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }, '100 cells');
      return c.meta.id as string;
    });
    await page.goto(`${app.url}#nb=${id}`);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    // The first frame: all 100 cells, and the cells in view drawn with their outputs (no placeholder).
    const first = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('nb-cell')];
      const inView = cells.filter((c) => {
        const r = c.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      return {
        n: cells.length,
        inView: inView.length,
        drawn: inView.filter((c) => c.querySelector('.nb-outputs nb-array-output')).length,
        pending: inView.filter((c) => c.querySelector('.nb-outputs-pending')).length,
        lastSource: cells[99].querySelector('.nb-static')?.textContent,
      };
    });
    expect(first.n).toBe(100);
    expect(first.inView).toBeGreaterThan(1);
    expect(first.pending).toBe(0);
    expect(first.drawn).toBeGreaterThan(0);
    expect(first.lastSource).toBe('const v99 = np.arange(99);\n// the source of cell 99');
    // Find in page finds the last cell's source at once, and its output once the rest are drawn (idle time).
    const find = (text: string) => page.evaluate((t) => (window as any).find(t, false, false, true) as boolean, text);
    expect(await find('the source of cell 99')).toBe(true);
    expect(await find('in part 9.')).toBe(true);
    await expect.poll(() => page.locator('.nb-outputs-pending').count(), { timeout: 60_000 }).toBe(0);
    expect(await find('printed by cell 99')).toBe(true);
    expect(await cell(page, 99).locator('nb-array-output').evaluate((e: any) => e.text)).toBe('array(99)');
    expect(await cell(page, 90).locator('.nb-markdown .katex').count()).toBe(1);
    await page.keyboard.press('End');
    expect((await state(page)).active).toBe(99);
    await shot(page, '100-cells-end');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows Jupyter's keyboard model", async () => {
    const { page } = await open();
    await newNotebook(page);
    const k = (key: string) => page.keyboard.press(key);
    expect(await state(page)).toMatchObject({ mode: 'command', active: 0, n: 1 });
    await k('b');
    await k('b');
    expect(await state(page)).toMatchObject({ n: 3, active: 2, types: 'ccc' });
    await k('a');
    expect(await state(page)).toMatchObject({ n: 4, active: 2 });
    await k('m');
    expect((await state(page)).types).toBe('ccmc');
    await k('y');
    expect((await state(page)).types).toBe('cccc');
    await k('m');
    await k('k');
    await k('k');
    expect((await state(page)).active).toBe(0);
    await k('j');
    await k('ArrowDown');
    expect((await state(page)).active).toBe(2);
    await k('d');
    await k('d');
    expect(await state(page)).toMatchObject({ n: 3, types: 'ccc', active: 2 });
    await k('z');
    expect(await state(page)).toMatchObject({ n: 4, types: 'ccmc', active: 2 });
    // Copy / paste, cut.
    await k('c');
    await k('v');
    expect(await state(page)).toMatchObject({ n: 5, types: 'ccmmc', active: 3 });
    await k('x');
    expect(await state(page)).toMatchObject({ n: 4, types: 'ccmc' });
    await k('Shift+V');
    expect((await state(page)).types).toBe('ccmmc');
    // Enter edits, Esc leaves; typing in edit mode goes to the cell, not to commands.
    await k('Home');
    await typeAndRun(page, 'ddd', 'Escape');
    expect(await state(page)).toMatchObject({ mode: 'command', active: 0, n: 5 });
    expect(await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[0].source)).toBe('ddd');
    // Ctrl+Enter runs in place; Alt+Enter runs and inserts.
    await k('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'));
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('1 + 1');
    await k('Control+Enter');
    expect(await outputOf(page, 0)).toContain('2');
    expect(await state(page)).toMatchObject({ mode: 'command', active: 0 });
    await k('Alt+Enter');
    expect(await state(page)).toMatchObject({ mode: 'edit', active: 1, n: 6 });
    await k('Escape');
    // Ctrl+S saves now.
    await k('Control+s');
    await expect.poll(() => page.locator('.nb-save').textContent()).toBe('Saved');
    // H: the help dialog lists the shortcuts.
    await k('h');
    const help = page.locator('nb-help dialog');
    await expect.poll(() => help.isVisible()).toBe(true);
    const text = await help.textContent();
    for (const s of ['Shift+Enter', 'Ctrl+Enter', 'Alt+Enter', 'D,D', 'Y', 'M', 'Z']) expect(text).toContain(s);
    await shot(page, 'help');
    await k('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    await page.close();
  });

  it('renders markdown with math; <img onerror> and <script> stay inert, in cells and in HTML outputs', async () => {
    const { page, errors } = await open();
    await newNotebook(page);
    await page.keyboard.press('m');
    await typeAndRun(
      page,
      '# Title\n\nSome *math* $x^2$ and\n\n$$\\int_0^1 x\\,dx$$\n\n<img src=x onerror="window.__pwned = 1">\n<script>window.__pwned = 2</script>\n[link](javascript:window.__pwned=3)',
    );
    const md = cell(page, 0).locator('.nb-markdown');
    await expect.poll(() => md.locator('h1').textContent()).toBe('Title');
    expect(await md.locator('.katex').count()).toBeGreaterThanOrEqual(2);
    expect(await md.locator('img').getAttribute('onerror')).toBeNull();
    expect(await md.locator('script').count()).toBe(0);
    expect(await md.locator('a[href^="javascript"]').count()).toBe(0);
    // An HTML output from a cell is sanitised the same way.
    await typeAndRun(page, 'display({"text/html": "<b>bold</b><img src=y onerror=\\"window.__pwned = 4\\">", "text/plain": "x"}, {raw: true})');
    await expect.poll(() => cell(page, 1).locator('.nb-html b').textContent(), { timeout: 60_000 }).toBe('bold');
    expect(await cell(page, 1).locator('.nb-html img').getAttribute('onerror')).toBeNull();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    // Double-click edits the markdown again.
    await md.dblclick();
    expect(await state(page)).toMatchObject({ mode: 'edit', active: 0 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Enter');
    await cell(page, 0).scrollIntoViewIfNeeded();
    await shot(page, 'markdown');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('types np from the runtime: completion, hover with the JSDoc example, cells see each other', async () => {
    const { page } = await open();
    await newNotebook(page);
    await typeAndRun(page, 'const shared = np.ones([2, 2]);\nconst shared2 = 1', 'Escape');
    await page.keyboard.press('b');
    await typeAndRun(page, 'const shared2 = 2;\nconst y = shared.sum();\nnp.arange(3)', 'Escape');
    // Hover over `arange` (the TypeScript service reads the runtime's sources first: slow once).
    let hover = '';
    for (let attempt = 0; attempt < 40 && !hover.includes('np.arange(2, 10, 3)'); attempt++) {
      hover = await page.evaluate(async () => {
        const ed = (document.querySelectorAll('nb-cell')[1] as any).editor.editor;
        ed.focus();
        ed.setPosition({ lineNumber: 3, column: 6 });
        ed.trigger('test', 'editor.action.showHover', {});
        await new Promise((r) => setTimeout(r, 2000));
        return [...document.querySelectorAll('.monaco-hover')].map((h) => h.textContent).join('\n');
      });
    }
    expect(hover).toContain('arange(start: number');
    expect(hover).toContain('Evenly spaced values');
    expect(hover).toContain('np.arange(2, 10, 3)');
    // The @example is a code block with its lines (and its alignment), as NumPy's Examples.
    const shown = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => (h as HTMLElement).innerText).join('\n'));
    expect(shown).toContain('np.arange(5)            // array([0, 1, 2, 3, 4])\nnp.arange(2, 10, 3)     // array([2, 5, 8])');
    await shot(page, 'hover');
    // Diagnostics: none in either cell (re-declaring across cells, names from the other cell).
    const markers = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return (window as any).numbook.monaco.editor.getModelMarkers({}).map((m: any) => `${m.resource.path} ${m.code}: ${m.message}`);
    });
    expect(markers).toEqual([]);
    // Completion after `np.` lists np's functions with their signatures.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'));
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\nnp.');
    await page.keyboard.type('linsp');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.waitFor({ timeout: 30_000 });
    await expect.poll(() => suggest.textContent(), { timeout: 15_000 }).toContain('linspace');
    await shot(page, 'completion');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('two tabs on one notebook: the second save is refused, nothing overwritten; a quota error says so', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 700 } });
    const { page: a } = await open(context);
    await newNotebook(a);
    await a.keyboard.press('Enter');
    await a.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'));
    await a.keyboard.insertText('"tab A"');
    await expect.poll(() => a.locator('.nb-save').textContent()).toBe('Saved');
    const id = await a.evaluate(() => (window as any).numbook.notebook.controller.meta.id);
    const { page: b } = await open(context, `#nb=${id}`);
    expect(await b.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[0].source)).toBe('"tab A"');
    // A stays unsaved (a quick edit), B saves meanwhile: A is told, and keeps its text.
    await b.keyboard.press('b');
    await expect.poll(() => b.locator('.nb-save').textContent()).toBe('Saved');
    // A, with no unsaved changes, followed B.
    await expect.poll(() => a.evaluate(() => (window as any).numbook.notebook.controller.doc.cells.length)).toBe(2);
    // Now both edit at once (B's change, A's typing and Ctrl+S): whichever saves second
    // learns of the other's save with unsaved changes of its own, says so, and overwrites
    // nothing; its own text stays on screen until the user chooses.
    await a.keyboard.press('Enter');
    await a.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest('nb-cell[active] .nb-editor'));
    await a.keyboard.press('Control+End');
    await b.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, '"tab B"');
    });
    await a.keyboard.insertText(' + 1');
    await a.keyboard.press('Control+s');
    const src = (p: Page) => p.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[0].source as string);
    let loser: Page | null = null;
    await expect
      .poll(async () => {
        loser = (await a.locator('.nb-conflict').isVisible()) ? a : (await b.locator('.nb-conflict').isVisible()) ? b : null;
        return !!loser;
      }, { timeout: 10_000 })
      .toBe(true);
    const winner = loser === a ? b : a;
    const lost = loser!;
    expect(await lost.locator('.nb-save').textContent()).toContain('conflict');
    expect(await src(lost)).toBe(lost === a ? '"tab A" + 1' : '"tab B"');
    await expect.poll(() => winner.locator('.nb-save').textContent()).toBe('Saved');
    const saved = await src(winner);
    await lost.screenshot({ path: path.join(ARTIFACTS, 'notebook-conflict.png') });
    // The losing tab chooses to load the saved version.
    await lost.click('button[data-action=load-theirs]');
    await expect.poll(() => src(lost)).toBe(saved);
    await expect.poll(() => lost.locator('.nb-save').textContent()).toBe('Saved');

    // Quota: the write fails; the page says so, keeps the text, and the stored copy is intact.
    await a.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as any).__restorePut = () => (IDBObjectStore.prototype.put = put);
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await a.bringToFront();
    await a.click('nb-cell .nb-editor');
    await a.keyboard.press('Control+End');
    await a.keyboard.insertText(' + 2');
    await expect.poll(() => a.locator('.nb-save').textContent(), { timeout: 5000 }).toContain('Not saved');
    expect(await a.locator('.nb-save-error').textContent()).toContain('storage is full');
    await a.screenshot({ path: path.join(ARTIFACTS, 'notebook-quota.png') });
    expect(await src(b)).toBe(saved);
    await a.evaluate(() => (window as any).__restorePut());
    await a.keyboard.press('Control+s');
    await expect.poll(() => a.locator('.nb-save').textContent()).toBe('Saved');
    await expect.poll(() => src(b)).toBe(`${saved} + 2`);
    await context.close();
  });

  it('the notebook list: new, rename, duplicate, open, delete', async () => {
    const { page } = await open();
    page.on('dialog', (d) => void d.accept());
    await newNotebook(page);
    // Rename asks in the page's own dialog (web/notebook/nb-ask.ts), not prompt().
    await page.click('button.nb-name');
    await page.locator('nb-ask input.nb-ask-value').fill('Renamed one');
    await page.locator('nb-ask input.nb-ask-value').press('Enter');
    await expect.poll(() => page.locator('button.nb-name').textContent()).toBe('Renamed one');
    await page.click('.nb-toolbar button[data-command=open-list]');
    const list = page.locator('nb-notebook-list dialog');
    await expect.poll(() => list.isVisible()).toBe(true);
    const rows = list.locator('tbody tr');
    const n = await rows.count();
    await list.locator('tr.current button[data-action=duplicate]').click();
    await expect.poll(() => rows.count()).toBe(n + 1);
    await expect.poll(() => page.locator('button.nb-name').textContent()).toBe('Renamed one (copy)');
    await shot(page, 'list');
    await list.locator('tr.current button[data-action=delete]').click();
    await expect.poll(() => rows.count()).toBe(n);
    await list.locator('tbody tr button[data-action=open]', { hasText: 'Renamed one' }).click();
    await expect.poll(() => page.locator('button.nb-name').textContent()).toBe('Renamed one');
    await page.close();
  });
});
