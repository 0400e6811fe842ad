/**
 * The shipped tutorial notebooks "Image compression with the SVD" (notebooks/svd-compression/),
 * "Fitting a trend on a log scale: Moore's law" (notebooks/moores-law/), "The Mandelbrot and
 * Julia sets" (notebooks/mandelbrot/) and "The spectrum of a sound" (notebooks/spectrum/) in Chromium:
 * each opened with `?example=<id>`, run top to bottom; every code cell ran, none failed, the
 * figures are drawn, and the key numbers they print are right. The expected numbers come
 * from NumPy on the same data files (notebooks/<id>/data/), not from our own output.
 * Screenshots: test-results/example-<id>-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, ARTIFACTS } from './harness';

const app = useApp();

interface CellRun {
  errors: string[];
  figures: number;
  count: number | null;
  stdout: string;
  result: string;
}

const read = (page: Page): Promise<CellRun[]> =>
  page.evaluate(() =>
    (window as any).numbook.notebook.controller.doc.cells
      .filter((x: any) => x.cell_type === 'code')
      .map((x: any) => {
        const outs = x.outputs ?? [];
        const text = (t: unknown) => (Array.isArray(t) ? t.join('') : String(t ?? ''));
        return {
          errors: outs.filter((o: any) => o.output_type === 'error').map((o: any) => `${o.ename}: ${o.evalue}`),
          figures: outs.filter((o: any) => o.data?.['application/vnd.numbook.figure+json']).length,
          count: x.execution_count ?? null,
          stdout: outs.filter((o: any) => o.output_type === 'stream').map((o: any) => text(o.text)).join(''),
          result: outs.filter((o: any) => o.output_type === 'execute_result').map((o: any) => text(o.data?.['text/plain'])).join(''),
        };
      }),
  );

/** Opens the example, runs all, waits until every code cell ran (or one failed) and the kernel is idle. */
async function runExample(id: string, title: string): Promise<{ page: Page; cells: CellRun[]; errors: string[] }> {
  const { page, errors } = await openApp(app, { query: `?example=${id}` });
  await expect.poll(() => page.evaluate(() => (window as any).numbook.notebook.controller.meta.name), { timeout: 30_000 }).toBe(title);
  await page.click('nb-toolbar button[data-command=run-all]:not([role=menuitem])');
  // Run all stops at a failing cell: then the checks below name it.
  await expect
    .poll(async () => {
      const cells = await read(page);
      return cells.every((c) => c.count !== null) || cells.some((c) => c.errors.length > 0);
    }, { timeout: 150_000, interval: 250 })
    .toBe(true);
  await expect.poll(() => page.locator('.nb-kernel-state').textContent(), { timeout: 60_000 }).toBe('idle');
  return { page, cells: await read(page), errors };
}

/** Every figure drawn (its canvas inked) and saved as a screenshot. */
async function checkFigures(page: Page, id: string, expected: number): Promise<void> {
  const figures = page.locator('nb-cell .nb-figure');
  await expect.poll(() => figures.count(), { timeout: 30_000 }).toBe(expected);
  for (let i = 0; i < expected; i++) {
    const fig = figures.nth(i);
    await fig.scrollIntoViewIfNeeded();
    const ink = await fig.locator('canvas').first().evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let p = 0; p < d.length; p += 4) if (d[p] < 200 || d[p + 1] < 200 || d[p + 2] < 200) n++;
      return n;
    });
    expect(ink, `${id} figure ${i}`).toBeGreaterThan(5000);
    await fig.screenshot({ path: path.join(ARTIFACTS, `example-${id}-${i}.png`) });
  }
}

/** A screenshot of every cell, in order (markdown rendered, outputs shown), for reading the notebook as a user sees it. */
async function shootCells(page: Page, id: string): Promise<void> {
  const cells = page.locator('nb-cell');
  const n = await cells.count();
  for (let i = 0; i < n; i++) {
    await cells.nth(i).scrollIntoViewIfNeeded();
    await cells.nth(i).screenshot({ path: path.join(ARTIFACTS, `example-${id}-cell-${i}.png`) });
  }
}

/** The number printed after `label` in `text`. */
function numberAfter(text: string, label: string): number {
  const m = new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*([-+0-9.e]+)`).exec(text);
  expect(m, `"${label}" in:\n${text}`).not.toBeNull();
  return Number(m![1]);
}

describe('tutorial notebooks (Chromium)', () => {
  it('the notebook list offers the four tutorials under Examples, with their titles', async () => {
    const { page, errors } = await openApp(app, { until: 'drawn' });
    await page.click('.nb-toolbar button[data-command=open-list]');
    const list = page.locator('nb-notebook-list dialog');
    await expect.poll(() => list.isVisible(), { timeout: 20_000 }).toBe(true);
    const title = (id: string) => list.locator(`.nb-examples li[data-example=${id}] button[data-action=open-example]`).textContent();
    expect(await title('svd-compression')).toBe('Image compression with the SVD');
    expect(await title('moores-law')).toBe("Fitting a trend on a log scale: Moore's law");
    expect(await title('mandelbrot')).toBe('The Mandelbrot and Julia sets');
    expect(await title('spectrum')).toBe('The spectrum of a sound');
    await list.locator('.nb-examples li[data-example=spectrum]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'example-notebooks-list.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('Image compression with the SVD runs top to bottom: shapes, errors per rank, energy, four figures', async () => {
    const { page, cells, errors } = await runExample('svd-compression', 'Image compression with the SVD');
    expect(cells.flatMap((c) => c.errors)).toEqual([]);
    expect(cells.map((c) => c.count)).toEqual(cells.map((_, i) => i + 1));
    // load, svd, singular values + energy, rank-k grid, table, residual
    expect(cells.map((c) => c.figures)).toEqual([1, 0, 1, 1, 0, 1]);
    const out = cells.map((c) => c.stdout);
    expect(out[0]).toContain('shape [ 256, 256 ] dtype uint8');
    expect(out[1]).toContain('U [ 256, 256 ]  s [ 256 ]  Vt [ 256, 256 ]');
    expect(out[1]).toContain('U * s @ Vt equals A: true');
    // NumPy on data/lakeside.png: s[0] = 117.32..., energy at k = 20 is 99.47%.
    expect(numberAfter(out[1], 'five largest singular values: [')).toBeCloseTo(117.32, 1);
    expect(numberAfter(out[2], 'k = 20:')).toBeCloseTo(99.47, 1);
    expect(out[2]).toContain('values needed for 99.9%: 52 of 256');
    // The table: relative error per k, falling; NumPy gives 0.2248, 0.1367, 0.0728, 0.0327 at k = 1, 5, 20, 50.
    const rows = new Map(out[4].trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/)).map((f) => [Number(f[0]), { ratio: parseFloat(f[2]), err: Number(f[3]) }]));
    expect([...rows.keys()]).toEqual([1, 5, 10, 20, 50, 100]);
    expect(rows.get(1)!.err).toBeCloseTo(0.2248, 3);
    expect(rows.get(20)!.err).toBeLessThan(0.08);
    expect(rows.get(20)!.err).toBeCloseTo(0.0728, 3);
    expect(rows.get(50)!.err).toBeCloseTo(0.0327, 3);
    expect(rows.get(20)!.ratio).toBeCloseTo(15.7, 1);
    expect(numberAfter(out[5], 'largest pixel error at rank 20:')).toBeCloseTo(0.463, 3);
    // No cell ends in a value (a stray `Out[n]` such as plt.axis's limits).
    expect(cells.map((c) => c.result)).toEqual(cells.map(() => ''));
    const errs = [...rows.values()].map((r) => r.err);
    expect(errs).toEqual([...errs].sort((a, b) => b - a));
    await checkFigures(page, 'svd-compression', 4);
    await shootCells(page, 'svd-compression');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("Moore's law runs top to bottom: the doubling time, Polynomial.fit as NumPy prints it, three figures", async () => {
    const { page, cells, errors } = await runExample('moores-law', "Fitting a trend on a log scale: Moore's law");
    expect(cells.flatMap((c) => c.errors)).toEqual([]);
    expect(cells.map((c) => c.count)).toEqual(cells.map((_, i) => i + 1));
    // load, scatter lin/log, polyfit, fitted line, residuals, Polynomial, prediction
    expect(cells.map((c) => c.figures)).toEqual([0, 1, 0, 1, 1, 0, 0]);
    const out = cells.map((c) => c.stdout);
    expect(out[0]).toContain('43 processors from 1971 to 2021');
    expect(out[0]).toMatch(/^2021 Apple M1 Max +57,000,000,000$/m);
    // NumPy: np.polyfit(year, np.log10(count), 1) = [0.14419, -280.9097]; doubling time 2.0877 years.
    const doubling = numberAfter(out[2], 'doubling time:');
    expect(doubling).toBeGreaterThan(1.8);
    expect(doubling).toBeLessThan(2.4);
    expect(doubling).toBeCloseTo(2.09, 2);
    expect(out[2]).toContain('coefficients: [ 1.44190396e-01 -2.80909700e+02]');
    expect(out[4]).toContain('furthest above: Intel Itanium 2 (Madison) (2003)');
    expect(out[4]).toContain('furthest below: ARM2 (1986)');
    // NumPy's str and repr of the fit and of .convert(), byte for byte.
    expect(out[5]).toBe('6.89433069 + 3.6047599·(-79.84 + 0.04x)\n-280.90969986 + 0.1441904·x\n');
    expect(cells.map((c, i) => i === 5 || c.result === '')).toEqual(cells.map(() => true));
    expect(cells[5].result).toBe("Polynomial([-2.80909700e+02,  1.44190396e-01], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    expect(numberAfter(out[6], '2030: about')).toBeCloseTo(626, -1);
    await checkFigures(page, 'moores-law', 3);
    await shootCells(page, 'moores-law');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('The Mandelbrot and Julia sets runs top to bottom: a complex grid, escape counts and area as NumPy, two figures', async () => {
    const { page, cells, errors } = await runExample('mandelbrot', 'The Mandelbrot and Julia sets');
    expect(cells.flatMap((c) => c.errors)).toEqual([]);
    expect(cells.map((c) => c.count)).toEqual(cells.map((_, i) => i + 1));
    // grid, iteration, picture, area, Julia sets
    expect(cells.map((c) => c.figures)).toEqual([0, 0, 1, 0, 1]);
    expect(cells.map((c) => c.result)).toEqual(cells.map(() => ''));
    const out = cells.map((c) => c.stdout);
    expect(out[0]).toContain('c: complex128 [ 360, 450 ]');
    expect(out[0]).toContain('corners: (-2.2-1.2j) (0.8+1.2j)');
    // NumPy, the same iteration on the same grid: 35182 points never escape in 64 steps; area 1.5715.
    expect(out[1]).toContain('points that never escaped: 35182');
    expect(numberAfter(out[3], 'area ≈')).toBeCloseTo(1.571, 3);
    for (const [c, n] of [['(-0.8+0.156j)', 8906], ['(0.285+0.01j)', 2044], ['(-0.4+0.6j)', 5552], ['(-0.835-0.2321j)', 200]] as const) {
      expect(out[4]).toContain(`c = ${c}: ${n} of 76800 starting points stay bounded`);
    }
    await checkFigures(page, 'mandelbrot', 2);
    await shootCells(page, 'mandelbrot');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('The spectrum of a sound runs top to bottom: the chord\'s notes, the sentence\'s spectrum and spectrogram, three figures', async () => {
    const { page, cells, errors } = await runExample('spectrum', 'The spectrum of a sound');
    expect(cells.flatMap((c) => c.errors)).toEqual([]);
    expect(cells.map((c) => c.count)).toEqual(cells.map((_, i) => i + 1));
    // chord spectrum, notes, sentence spectrum, spectrogram
    expect(cells.map((c) => c.figures)).toEqual([1, 0, 1, 1]);
    expect(cells.map((c) => c.result)).toEqual(cells.map(() => ''));
    const out = cells.map((c) => c.stdout);
    expect(out[0]).toContain('rate 22050 Hz, 33075 samples, 1.50 s');
    expect(out[0]).toContain('rfft gives 16538 frequencies, 0 to 11024.7 Hz, every 0.667 Hz');
    // NumPy: the three tallest local maxima of |rfft| are at 440.0, 554.7 and 659.3 Hz.
    expect(out[1]).toBe('440.0 Hz: A4\n554.7 Hz: C♯5\n659.3 Hz: E5\n');
    // NumPy on bards.wav: the largest |rfft| is at 313.5 Hz; 544 frames of 1024 give 513 x 544.
    expect(numberAfter(out[2], 'strongest frequency:')).toBeCloseTo(313.5, 1);
    expect(out[3]).toContain('frames [ 544, 1024 ] -> spectrogram [ 513, 544 ]');
    await checkFigures(page, 'spectrum', 3);
    await shootCells(page, 'spectrum');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
