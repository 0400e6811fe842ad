/**
 * The plot types beyond lines and bars, drawn in Chromium (issue 14): filled contours with
 * their colorbar and contour lines over them, a pie with percentages, box plots, a twin y
 * axis, steps and stems. Pixels are read back: each contour band in its colormap colour,
 * pie wedges in proportion, orange medians, the twin's tick labels right of the frame.
 * Screenshots: test-results/plt-shapes-*.png.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { useApp, openApp, newNotebook, ARTIFACTS } from './harness';
import { figureCanvas, outputs, runCells } from './plt-helpers';

const app = useApp();
const FIGURE = 'application/vnd.numbook.figure+json';

const CELLS = [
  [
    'const [X, Y] = np.meshgrid(np.linspace(-3, 3, 80), np.linspace(-2, 2, 60));',
    'const Z = np.sin(X) * np.cos(Y);',
    'const cs = plt.contourf(X, Y, Z, 10); plt.colorbar(cs);',
    "plt.contour(X, Y, Z, 10, {colors: 'k'}); plt.title('contours');",
  ].join('\n'),
  "plt.pie([35, 25, 40], {labels: ['a', 'b', 'c'], autopct: '%1.1f%%', startangle: 90}); plt.title('pie');",
  [
    'const rng = np.random.default_rng(3);',
    "plt.boxplot([rng.normal(0, 1, 200), rng.normal(2, 0.5, 200), np.concatenate([rng.normal(1, 1, 190), rng.normal(1, 5, 10)])], {labels: ['normal', 'narrow', 'outliers']});",
  ].join('\n'),
  [
    'const t = np.linspace(0, 10, 100);',
    "const [fig, ax] = plt.subplots(); ax.plot(t, np.sin(t)); ax.set_ylabel('sin');",
    "const ax2 = ax.twinx(); ax2.plot(t, t ** 2 * 10, 'C1'); ax2.set_ylabel('10 t²');",
  ].join('\n'),
  [
    'const [f2, [a1, a2]] = plt.subplots(1, 2, {figsize: [8, 3]});',
    "a1.step(np.arange(8), [1, 3, 2, 5, 4, 6, 5, 7], {where: 'mid'}); a1.set_title('step');",
    "a2.stem(np.arange(10), np.exp(-np.arange(10) / 3)); a2.set_title('stem');",
  ].join('\n'),
];

/** Per band of the first contour artist of cell i's figure: how many canvas pixels have exactly its colour. */
async function bandPixels(page: Page, i: number): Promise<number[]> {
  return page.evaluate(`(async () => {
    const m = await import('/web/outputs/renderers/figure-draw.ts');
    const cm = await import('/web/outputs/renderers/colormaps.ts');
    const spec = window.numbook.notebook.controller.doc.cells[${i}].outputs.find((o) => o.data && o.data['${FIGURE}']).data['${FIGURE}'];
    const a = spec.axes[0].artists.find((x) => x.type === 'contour' && x.filled);
    const table = m.lut(a.cmap);
    const want = a.paths.map((p) => m.lutCss(table[Math.max(0, cm.lutIndex(p.value, a.vmin, a.vmax))]).match(/\\d+/g).map(Number));
    const c = document.querySelectorAll('nb-cell')[${i}].querySelector('.nb-figure canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const counts = want.map(() => 0);
    for (let p = 0; p < d.length; p += 4) {
      const k = want.findIndex((w) => w[0] === d[p] && w[1] === d[p + 1] && w[2] === d[p + 2]);
      if (k >= 0) counts[k]++;
    }
    return counts;
  })()`) as Promise<number[]>;
}

/** Non-white pixels of cell i's figure right of its first axes' frame (device pixels). */
async function inkRightOfFrame(page: Page, i: number): Promise<number> {
  return page.evaluate((i) => {
    const c = document.querySelectorAll('nb-cell')[i].querySelector<HTMLCanvasElement>('.nb-figure canvas')!;
    const f = JSON.parse(c.dataset.frames!)[0];
    const k = c.width / parseFloat(c.style.width);
    const x0 = Math.ceil((f.left + f.width) * k) + 2;
    const d = c.getContext('2d')!.getImageData(x0, 0, c.width - x0, c.height).data;
    let ink = 0;
    for (let p = 0; p < d.length; p += 4) if (d[p] < 200 && d[p + 1] < 200 && d[p + 2] < 200) ink++;
    return ink;
  }, i);
}

describe('plt plot types (Chromium)', () => {
  it('contourf + colorbar + contour, pie, boxplot, twinx, step and stem draw as matplotlib would', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await runCells(page, CELLS);
    const outs = await outputs(page);
    for (const o of outs) {
      expect(o.filter((x) => x.types.includes('error'))).toEqual([]);
      expect(o.filter((x) => x.types.includes(FIGURE)).length).toBe(1);
    }
    const names = ['contour', 'pie', 'boxplot', 'twinx', 'step-stem'];
    for (let i = 0; i < names.length; i++) {
      await page.locator('nb-cell').nth(i).locator('.nb-figure').screenshot({ path: path.join(ARTIFACTS, `plt-shapes-${names[i]}.png`) });
    }
    expect(outs[0].at(-1)!.text).toBe('<Figure size 640x480 with 2 Axes>');
    expect(outs[3].at(-1)!.text).toBe('<Figure size 640x480 with 2 Axes>');

    // Every band of the filled contour shows in its colour; black contour lines over them.
    const bands = await bandPixels(page, 0);
    expect(bands.length).toBeGreaterThanOrEqual(8);
    for (const n of bands) expect(n).toBeGreaterThan(300);
    const contour = await figureCanvas(page, 0, ['#000000']);
    expect(contour.frames.length).toBe(2);
    expect(contour.colors['#000000']).toBeGreaterThan(500);

    // Wedges in proportion 35 : 25 : 40, round (equal aspect).
    const pie = await figureCanvas(page, 1, ['#1f77b4', '#ff7f0e', '#2ca02c']);
    const [c0, c1, c2] = ['#1f77b4', '#ff7f0e', '#2ca02c'].map((h) => pie.colors[h]);
    expect(c0 / c2).toBeGreaterThan((35 / 40) * 0.93);
    expect(c0 / c2).toBeLessThan((35 / 40) * 1.07);
    expect(c1 / c2).toBeGreaterThan((25 / 40) * 0.93);
    expect(c1 / c2).toBeLessThan((25 / 40) * 1.07);
    const total = c0 + c1 + c2;
    const scale = pie.width / pie.cssWidth;
    const r = (1 / 2.5) * pie.frames[0].height * scale; // radius 1 of ylim ±1.25
    expect(total / (Math.PI * r * r)).toBeGreaterThan(0.95);
    expect(total / (Math.PI * r * r)).toBeLessThan(1.02);

    // Three boxes: orange medians, black boxes and whiskers.
    const box = await figureCanvas(page, 2, ['#ff7f0e', '#000000']);
    expect(box.colors['#ff7f0e']).toBeGreaterThan(30); // 1 pt lines: only their core is pure orange
    expect(box.colors['#000000']).toBeGreaterThan(500);

    // twinx: the second y axis' tick labels and label right of the frame.
    expect(await inkRightOfFrame(page, 3)).toBeGreaterThan(300);
    const twin = await figureCanvas(page, 3, ['#1f77b4', '#ff7f0e']);
    expect(twin.colors['#1f77b4']).toBeGreaterThan(300);
    expect(twin.colors['#ff7f0e']).toBeGreaterThan(300);

    // Steps in C0; stems in C0 with a C3 baseline.
    const ss = await figureCanvas(page, 4, ['#1f77b4', '#d62728']);
    expect(ss.frames.length).toBe(2);
    expect(ss.colors['#1f77b4']).toBeGreaterThan(500);
    expect(ss.colors['#d62728']).toBeGreaterThan(200);

    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
