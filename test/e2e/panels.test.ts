/**
 * Issue 13's side panels in real headless Chromium: the variable inspector (Shift+I or
 * View ▸ Variable inspector) lists what cells declared with NumPy's shapes and dtypes and
 * shows a clicked variable; the table of contents lists the markdown headings and jumps to
 * them; a heading's section collapses (JupyterLab's cell metadata, kept across a reload),
 * the arrow keys step over it, and the contents open it again.
 * Screenshots: test-results/panels-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook, gotoApp, ARTIFACTS } from './harness';

const app = useApp();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `panels-${name}.png`) });

/** The notebook's cells made from [type, source] pairs, replacing the new notebook's one cell. */
const fill = (page: Page, cells: [string, string][]) =>
  page.evaluate(async (cells) => {
    const c = (window as any).numbook.notebook.controller;
    const first = c.doc.cells[0].id;
    for (const [type, source] of cells) {
      const cell = c.insert('below', type, 'command');
      c.setSource(cell.id, source);
    }
    c.select(first, 'command');
    c.deleteActive();
    return c.doc.cells.map((x: { id: string }) => x.id);
  }, cells);

const activeSource = (page: Page) => page.evaluate(() => (window as any).numbook.notebook.controller.active?.source ?? null);

describe('side panels (Chromium)', { timeout: 300_000 }, () => {
  it('the variable inspector lists shapes and dtypes, refreshes after a run and shows a clicked variable', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const id = c.doc.cells[0].id;
      c.setSource(id, "const img = np.zeros([4, 5, 3], {dtype: 'uint8'}); const w = np.linspace(0, 1, 5); const label = 'ok'");
      await c.run([id]);
      c.select(id, 'command');
    });
    await page.locator('main.nb-cells').focus();
    await page.keyboard.press('Shift+I');
    const rows = page.locator('.nb-variables tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
    const cells = (name: string) => page.locator(`.nb-variables tr[data-name="${name}"] td`).allTextContents();
    expect(await cells('img')).toEqual(['img', 'ndarray', '(4, 5, 3)', 'uint8', '60 B', expect.stringMatching(/^\[\[\[0, 0, 0\],/)]);
    expect((await cells('w')).slice(0, 5)).toEqual(['w', 'ndarray', '(5,)', 'float64', '40 B']);
    expect((await cells('w'))[5]).toBe('[0. , 0.25, 0.5 , 0.75, 1. ]');
    expect((await cells('label')).slice(0, 3)).toEqual(['label', 'string', '(2,)']);

    // A run updates the open panel.
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const cell = c.insert('below', 'code', 'command');
      c.setSource(cell.id, 'const grid = np.arange(6).reshape(2, 3)');
      await c.run([cell.id]);
    });
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(4);
    expect((await cells('grid')).slice(0, 4)).toEqual(['grid', 'ndarray', '(2, 3)', 'int64']);

    // A click shows the value as display() would (the array's own views included).
    await page.click('.nb-variables tr[data-name="grid"]');
    const shown = page.locator('.nb-variables-shown');
    await expect.poll(() => shown.locator('h3').textContent()).toBe('grid');
    await expect.poll(() => shown.locator('nb-array-output').count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.locator('nb-array-output').evaluate((el: any) => el.text)).toBe('array([[0, 1, 2],\n       [3, 4, 5]])');
    await shot(page, 'inspector');

    // View menu closes it; the choice is remembered across a reload.
    await page.click('summary:text("View")');
    await page.click('button[data-command=toggle-variables]');
    await expect.poll(() => page.locator('.nb-variables').count()).toBe(0);
    await page.locator('main.nb-cells').focus();
    await page.keyboard.press('Shift+I');
    await expect.poll(() => page.locator('.nb-variables').count()).toBe(1);
    await gotoApp(page, app);
    await expect.poll(() => page.locator('.nb-variables').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('contents jump to headings; a collapsed section hides its cells, survives a reload and is stepped over', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await fill(page, [
      ['markdown', '# Arrays'],
      ['code', 'const a = 1'],
      ['markdown', '## Shapes\nsome text'],
      ['code', 'const b = 2'],
      ['markdown', '# Plots'],
      ['code', 'const c = 3'],
    ]);
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.select(c.doc.cells[0].id, 'command');
    });
    await page.click('summary:text("View")');
    await page.click('button[data-command=toggle-toc]');
    const entries = page.locator('.nb-toc-list button');
    await expect.poll(() => entries.allTextContents()).toEqual(['Arrays', 'Shapes', 'Plots']);
    await page.click('.nb-toc-list button:text("Plots")');
    await expect.poll(() => activeSource(page)).toBe('# Plots');

    // Collapse "Arrays": its three cells hide, and a note says so.
    await page.locator('nb-cell').filter({ hasText: 'Arrays' }).locator('.nb-collapse').click();
    await expect.poll(() => page.locator('nb-cell:not([hidden])').count()).toBe(3);
    await expect.poll(() => page.locator('.nb-hidden-cells').textContent()).toBe('⋯ 3 cells hidden');
    await shot(page, 'collapsed');
    await page.evaluate(() => (window as any).numbook.notebook.controller.save());
    await gotoApp(page, app);
    await expect.poll(() => page.locator('nb-cell:not([hidden])').count()).toBe(3);

    // Down from "Arrays" goes to "Plots", over the hidden cells.
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.select(c.doc.cells[0].id, 'command');
    });
    await page.locator('main.nb-cells').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeSource(page)).toBe('# Plots');

    // The contents open the section to reach a heading inside it.
    await page.click('.nb-toc-list button:text("Shapes")');
    await expect.poll(() => activeSource(page)).toBe('## Shapes\nsome text');
    await expect.poll(() => page.locator('nb-cell:not([hidden])').count()).toBe(6);
    expect(errors).toEqual([]);
    await page.close();
  });
});
