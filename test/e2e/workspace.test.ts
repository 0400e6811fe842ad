/**
 * One kernel per notebook, as Jupyter's (issue 13): a notebook opened or created after
 * another has run cells starts with a fresh kernel, so no variable leaks from one notebook
 * into another and counts start from 1; the status bar says so.
 */
import { describe, it, expect } from 'vitest';
import { useApp, openApp, newNotebook, runFirstCell } from './harness';

const app = useApp();

const runFirst = runFirstCell;

describe('workspace (Chromium)', () => {
  it('a new notebook gets a fresh kernel: no variables, counts from 1, and the status says so', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    expect(await runFirst(page, 'const leak = 41; leak + 1')).toEqual({ count: 1, text: '42' });
    expect(await runFirst(page, 'leak')).toEqual({ count: 2, text: '41' });

    await newNotebook(page);
    await expect.poll(() => page.locator('.nb-kernel-note').textContent()).toBe('new kernel for this notebook');
    expect(await runFirst(page, 'typeof leak')).toEqual({ count: 1, text: "'undefined'" });
    expect(await page.locator('.nb-kernel-note').count()).toBe(0);

    // Opening a notebook from the list is a switch too.
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      await c.refreshList();
      const other = c.notebooks.find((m: any) => m.id !== c.meta.id);
      await c.open(other.id);
    });
    expect(await runFirst(page, 'typeof leak')).toEqual({ count: 1, text: "'undefined'" });
    expect(errors).toEqual([]);
  }, 120_000);

  it('run all stops at an error and selects the failing cell, scrolled into view', async () => {
    const { page } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      for (let i = 1; i < 40; i++) c.insert('below');
    });
    const cells = await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells.length);
    expect(cells).toBe(40);
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      c.doc.cells.forEach((cell: any, i: number) => c.setSource(cell.id, i === 30 ? 'np.ones(2) + np.ones(3)' : `const v${i} = ${i}`));
      c.select(c.doc.cells[0].id, 'command');
      await c.runAll();
    });
    const failing = await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[30].id);
    await expect.poll(() => page.evaluate(() => (window as any).numbook.notebook.controller.activeId)).toBe(failing);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.querySelectorAll('nb-cell')[30].getBoundingClientRect();
          return el.top < innerHeight && el.bottom > 0;
        }),
      )
      .toBe(true);
  }, 120_000);
});
