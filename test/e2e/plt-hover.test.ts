/**
 * Issue 14's hover in real headless Chromium: moving the pointer near a plotted point marks
 * it and shows its x and y (with the line's label); leaving the figure hides them.
 */
import { describe, it, expect } from 'vitest';
import { useApp, openApp, newNotebook } from './harness';

const app = useApp();

describe('plt figure hover (Chromium)', { timeout: 300_000 }, () => {
  it('shows the nearest point of the line under the pointer', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const id = c.doc.cells[0].id;
      c.setSource(id, "const x = np.linspace(0, 2, 201); plt.plot(x, x.mul(x), {label: 'x²'})");
      await c.run([id]);
    });
    const canvas = page.locator('.nb-figure canvas');
    await expect.poll(() => canvas.count(), { timeout: 30_000 }).toBe(1);
    // Where (1.5, 2.25) is on the page, from the drawn frame (figure pixels) and the canvas' CSS size.
    const target = await canvas.evaluate((c: HTMLCanvasElement) => {
      const f = JSON.parse(c.dataset.frames!)[0];
      const r = c.getBoundingClientRect();
      const k = r.width / parseFloat(c.style.width);
      const fx = f.left + ((1.5 - f.xlim[0]) / (f.xlim[1] - f.xlim[0])) * f.width;
      const fy = f.top + f.height - ((2.25 - f.ylim[0]) / (f.ylim[1] - f.ylim[0])) * f.height;
      return { x: r.left + fx * k, y: r.top + fy * k };
    });
    await page.mouse.move(target.x + 2, target.y + 1);
    const readout = page.locator('.nb-figure-readout');
    await expect.poll(() => readout.isVisible()).toBe(true);
    expect(await readout.textContent()).toBe('x²: x=1.5  y=2.25');
    await expect.poll(() => page.locator('.nb-figure-ring').isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => readout.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
