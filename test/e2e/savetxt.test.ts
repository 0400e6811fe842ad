/**
 * np.savetxt in a notebook, in real headless Chromium: the file a cell writes joins the
 * notebook's files (listed, kept across a reload), and cells read it back by name, as a file
 * written in Jupyter's working directory.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook, gotoApp, runFirstCell } from './harness';

const app = useApp();

/** Runs cell 0 with `code`: its last output's text. */
const run = async (page: Page, code: string) => (await runFirstCell(page, code)).text;

describe('np.savetxt (Chromium)', { timeout: 300_000 }, () => {
  it("writes into the notebook's files: listed, kept, read back by name", async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    expect(await run(page, "np.savetxt('table.csv', np.arange(6).reshape(2, 3), {fmt: '%d', delimiter: ','}); await loadText('table.csv')")).toBe("'0,1,2\\n3,4,5\\n'");
    await expect.poll(() => page.locator('.nb-file-name').allTextContents()).toEqual(['table.csv']);
    // Writing again replaces it; a path outside the notebook's files is refused.
    expect(await run(page, "np.savetxt('table.csv', np.array([[1.5, 2]]), {delimiter: ','}); await loadText('table.csv')")).toBe("'1.500000000000000000e+00,2.000000000000000000e+00\\n'");
    expect(await run(page, "np.savetxt('/abs.txt', np.ones(2))")).toMatch(/^OSError: \[Errno 30\] Read-only file system: '\/abs.txt'/);
    await page.evaluate(() => (window as any).numbook.notebook.controller.save());
    // A reload (a new kernel) still has it, from storage.
    await gotoApp(page, app);
    await expect.poll(() => page.locator('.nb-file-name').allTextContents()).toEqual(['table.csv']);
    expect(await run(page, "await np.loadtxt('table.csv', {delimiter: ','})")).toBe('array([1.5, 2. ])'); // one row: 1-d, as NumPy's loadtxt
    expect(errors).toEqual([]);
    await page.close();
  });
});
