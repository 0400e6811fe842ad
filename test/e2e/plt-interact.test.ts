/**
 * Issue 14's figure under the mouse in real headless Chromium: moving the pointer near a
 * plotted point marks it and shows its x and y (with the line's label); dragging pans,
 * Ctrl + wheel zooms about the pointer, Shift + drag zooms to a box, a double-click goes
 * back to the cell's view.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { useApp, openApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();

describe('plt figures under the mouse (Chromium)', { timeout: 300_000 }, () => {
  it('hover shows the nearest point; drag pans, Ctrl+wheel and Shift+drag zoom, double-click resets', async () => {
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

    // The view as drawn: limits of the first axes, from the canvas' frames.
    const lims = () => canvas.evaluate((c: HTMLCanvasElement) => { const f = JSON.parse(c.dataset.frames!)[0]; return { x: f.xlim as number[], y: f.ylim as number[] }; });
    const first = await lims();
    const box = (await canvas.boundingBox())!;
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    const width = (l: { x: number[] }) => l.x[1] - l.x[0];

    // Drag 100 px right: the view moves left by that much of its width.
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 50, cy, { steps: 3 });
    await page.mouse.move(cx + 100, cy, { steps: 3 });
    await page.mouse.up();
    await expect.poll(async () => (await lims()).x[0]).toBeLessThan(first.x[0]);
    const moved = await lims();
    expect(width(moved)).toBeCloseTo(width(first), 9);
    expect(moved.y).toEqual(first.y);

    // Double-click: back to the cell's view.
    await page.mouse.dblclick(cx, cy);
    await expect.poll(() => lims()).toEqual(first);

    // The wheel alone scrolls the page; with Ctrl it zooms in about the pointer.
    await page.mouse.move(cx, cy);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(async () => width(await lims())).toBeLessThan(width(first) * 0.9);

    // Shift + drag: the box's range becomes the view.
    await page.mouse.dblclick(cx, cy);
    await expect.poll(() => lims()).toEqual(first);
    await page.keyboard.down('Shift');
    await page.mouse.move(cx - 40, cy - 40);
    await page.mouse.down();
    await page.mouse.move(cx + 40, cy + 40, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(async () => width(await lims())).toBeLessThan(width(first) * 0.5);
    const boxed = await lims();
    expect(boxed.x[0]).toBeGreaterThan(first.x[0]);
    expect(boxed.x[1]).toBeLessThan(first.x[1]);
    await page.locator('.nb-figure').screenshot({ path: path.join(ARTIFACTS, 'plt-zoomed.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
