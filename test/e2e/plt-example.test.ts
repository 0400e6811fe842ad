/**
 * The shipped "Plotting with plt" example (notebooks/plotting/) in Chromium: opened with
 * `?example=plotting`, every cell run, none fails, every code cell shows one figure, drawn
 * (its canvas inked). Screenshots: test-results/plt-example-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { useApp, openApp, ARTIFACTS } from './harness';

const app = useApp();

describe('Plotting with plt (example notebook)', () => {
  it('opens from ?example=plotting and runs every cell without errors, one drawn figure per code cell', async () => {
    const { page, errors } = await openApp(app, { query: '?example=plotting' });
    await expect.poll(() => page.evaluate(() => (window as any).numbook.notebook.controller.meta.name), { timeout: 20_000 }).toBe('Plotting with plt');
    await page.click('nb-toolbar button[data-command=run-all]:not([role=menuitem])');
    const read = (): Promise<{ errors: string[]; figures: number; count: number | null }[]> =>
      page.evaluate(() =>
        (window as any).numbook.notebook.controller.doc.cells
          .filter((x: any) => x.cell_type === 'code')
          .map((x: any) => ({
            errors: (x.outputs ?? []).filter((o: any) => o.output_type === 'error').map((o: any) => `${o.ename}: ${o.evalue}`),
            figures: (x.outputs ?? []).filter((o: any) => o.data?.['application/vnd.numbook.figure+json']).length,
            count: x.execution_count ?? null,
          })),
      );
    // Until every cell ran (or one failed: Run all stops there, and the checks below name it).
    await expect.poll(async () => (await read()).every((c) => c.count !== null) || (await read()).some((c) => c.errors.length), { timeout: 90_000, interval: 250 }).toBe(true);
    await expect.poll(() => page.locator('.nb-kernel-state').textContent(), { timeout: 30_000 }).toBe('idle');
    const cells = await read();
    expect(cells.length).toBe(7);
    expect(cells.flatMap((c) => c.errors)).toEqual([]);
    expect(cells.map((c) => c.figures)).toEqual(cells.map(() => 1));
    expect(cells.map((c) => c.count)).toEqual(cells.map((_, i) => i + 1));
    // Each figure is drawn: its canvas has ink.
    const codeCells = page.locator('nb-cell').filter({ has: page.locator('.nb-figure') });
    await expect.poll(() => codeCells.count(), { timeout: 30_000 }).toBe(7);
    for (let i = 0; i < 7; i++) {
      const cell = codeCells.nth(i);
      await cell.scrollIntoViewIfNeeded();
      const ink = await cell.locator('.nb-figure canvas').evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let p = 0; p < d.length; p += 4) if (d[p] < 200 || d[p + 1] < 200 || d[p + 2] < 200) n++;
        return n;
      });
      expect(ink, `figure ${i}`).toBeGreaterThan(5000);
      await cell.locator('.nb-figure').screenshot({ path: path.join(ARTIFACTS, `plt-example-${i}.png`) });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
