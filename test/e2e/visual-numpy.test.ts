/**
 * The first notebook a new user sees, "A Visual Intro to NumPy" (notebooks/visual-numpy/),
 * run whole in Chromium: a fresh browser opens the app, clicks Run all, and every cell
 * runs without an error; key values (dot product, MSE, shapes of the image, audio and
 * embedding arrays) are checked, and the heatmap / image / plot outputs are drawn (canvas
 * pixels). Screenshots: test-results/visual-numpy-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, ARTIFACTS } from './harness';

const app = useApp();

type Out = { output_type: string; text?: string; data?: Record<string, unknown>; ename?: string; evalue?: string };
type ModelCell = { id: string; cell_type: string; source: string; execution_count: number | null; outputs?: Out[] };

const doc = (page: Page): Promise<ModelCell[]> =>
  page.evaluate(() =>
    (window as any).numbook.notebook.controller.doc.cells.map((c: any) => ({
      id: c.id,
      cell_type: c.cell_type,
      source: c.source,
      execution_count: c.execution_count ?? null,
      outputs: (c.outputs ?? []).map((o: any) => ({ output_type: o.output_type, text: o.text, ename: o.ename, evalue: o.evalue, data: o.data ? { 'text/plain': o.data['text/plain'] } : undefined })),
    })),
  );

/** Everything a cell printed or returned, as text. */
const textOf = (c: ModelCell) =>
  (c.outputs ?? []).map((o) => o.text ?? (o.data?.['text/plain'] as string | undefined) ?? `${o.ename}: ${o.evalue}`).join('\n');

/** Colored (non-background) pixels of the canvases of the cell's array outputs, once drawn. */
async function inked(page: Page, index: number): Promise<number[]> {
  const c = page.locator('nb-cell').nth(index);
  await c.scrollIntoViewIfNeeded();
  const outs = c.locator('nb-array-output');
  await expect.poll(() => outs.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const result: number[] = [];
  for (let i = 0; i < (await outs.count()); i++) {
    await outs.nth(i).scrollIntoViewIfNeeded();
    const n = await outs.nth(i).evaluate(async (e: any) => {
      await e.updateComplete;
      for (let t = 0; t < 50 && !e.shadowRoot?.querySelector('canvas'); t++) await new Promise((r) => setTimeout(r, 100));
      const canvas = e.shadowRoot?.querySelector('canvas') as HTMLCanvasElement | null;
      if (!canvas) return -1;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let colored = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k + 3] > 0 && !(d[k] > 245 && d[k + 1] > 245 && d[k + 2] > 245)) colored++;
      return colored;
    });
    result.push(n);
  }
  return result;
}

describe('the visual-numpy notebook (Chromium)', () => {
  it('opens for a first-time user and runs whole with Run all: values, drawn outputs, no errors', async () => {
    const { page, errors } = await openApp(app, { viewport: { width: 1100, height: 1000 } });
    expect(await page.locator('h1').first().textContent()).toBe('A Visual Intro to NumPy and Data Representation');
    expect(await page.title()).toContain('A Visual Intro to NumPy');
    await page.screenshot({ path: path.join(ARTIFACTS, 'visual-numpy-opened.png') });

    const started = Date.now();
    await page.click('nb-toolbar button[data-command=run-all]:not([role=menuitem])');
    const codeCells = (await doc(page)).filter((c) => c.cell_type === 'code').length;
    expect(codeCells).toBeGreaterThan(25);
    await expect
      .poll(
        async () => {
          const now = (await doc(page)).filter((c) => c.cell_type === 'code');
          // An error stops Run all: stop waiting and let the checks below name it.
          return now.some((c) => c.outputs?.some((o) => o.output_type === 'error')) || now.every((c) => c.execution_count !== null);
        },
        { timeout: 90_000, interval: 250 },
      )
      .toBe(true);
    await expect.poll(() => page.locator('.nb-kernel-state').textContent(), { timeout: 30_000 }).toBe('idle');
    console.log(`visual-numpy: ${codeCells} code cells ran in ${Date.now() - started} ms`);

    const cells = await doc(page);
    const code = cells.filter((c) => c.cell_type === 'code');
    // No error output anywhere, every cell counted in order.
    expect(code.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'error').map((o) => `${c.id}: ${o.ename}: ${o.evalue}`))).toEqual([]);
    expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
    expect(await page.locator('.nb-error').count()).toBe(0);

    const at = (needle: string) => {
      const i = cells.findIndex((c) => c.cell_type === 'code' && c.source.includes(needle));
      expect(i, needle).toBeGreaterThanOrEqual(0);
      return { index: i, text: textOf(cells[i]) };
    };
    // The tutorial's operators, printed as NumPy prints them.
    const arithmetic = at('data * 1.6').text;
    for (const line of ['data + ones = [2. 3.]', 'data - ones = [0. 1.]', 'data * data = [1 4]', 'data / data = [1. 1.]', 'array([1.6, 3.2])']) {
      expect(arithmetic).toContain(line);
    }
    expect(at('print(data[0], data[1])').text).toContain('1 2\n[1 2]');
    expect(at('mi[0, 1]').text).toMatch(/^2\n\[\[3 4\]\n \[5 6\]\]/);
    expect(at('row.dot(powers)').text).toContain('array([ 30201, 302010])');
    expect(at('wide + onesRow').text).toContain('[[2. 3.]\n [4. 5.]]');
    expect(at('wide + onesRow').text).toContain('array([[2., 3.],\n       [4., 5.],\n       [6., 7.]])');
    expect(at('ma.max({axis: 1})').text).toContain('max per column [5 6]');
    expect(at('six.reshape(-1, 2)').text).toContain('[ 3, 2 ]');
    expect(at('np.ones([4, 3, 2])').text).toContain('[ 4, 3, 2 ]');
    expect(at('const mse').text).toMatch(/^predictions - labels = \[ 0 -1 -2\]\nsquared = \[0 1 4\]\nsum = 5\nMSE = 1\.6666666666666665\n+1\.6666666666666665$/);
    const table = at('np.genfromtxt');
    expect(table.text).toContain('distance_au, diameter_km, mass_earths, gravity_ms2, day_hours');
    expect(table.text).toContain('shape [ 8, 5 ]');
    expect(at('planets.columns').text).toContain('strongest gravity: Jupiter 23.1');
    const audio = at('loadAudio(');
    expect(audio.text).toContain("rate 44100 dtype int16 shape [ 140242 ]");
    expect(audio.text).toMatch(/array\(\[.*dtype=int16\)/s);
    expect(at('mode: "L"').text).toContain("shape [ 28, 28 ] dtype uint8");
    expect(at('digit.get(').text).toContain('dtype=uint8');
    expect(at('scene.png').text).toContain("shape [ 96, 128, 3 ] dtype uint8");
    const lang = at('tokenize(quote)');
    expect(lang.text).toContain('have | the | bards | who | preceded | me | left | any | theme | unsung');
    expect(at('np.linalg.svd').text).toMatch(/embeddings \[ \d+, 50 \]/);
    expect(at('embeddings.get(ids)').text).toContain('[embedding x sequence] [ 50, 10 ]');
    expect(at('reshape(1, -1, dims)').text).toContain('[batch, sequence, embedding] [ 1, 10, 50 ]');

    // Drawn: the co-occurrence and [embedding x sequence] heatmaps, the audio plot, the digit and scene images, the three channels.
    const drawn: Record<string, number[]> = {
      heatmap: await inked(page, at('np.log1p(cooc)').index),
      sequence: await inked(page, at('embeddings.get(ids)').index),
      plot: await inked(page, audio.index),
      digit: await inked(page, at('mode: "L"').index),
      scene: await inked(page, at('scene.png').index),
      channels: await inked(page, at('"red", "green", "blue"').index),
    };
    expect(drawn.channels).toHaveLength(3);
    for (const [name, counts] of Object.entries(drawn)) for (const n of counts) expect(n, name).toBeGreaterThan(100);

    // The tutorial's charts, drawn with plt: the squared errors (orange bars), the planets' gravity (blue bars) and the first second of audio (a blue line).
    for (const [needle, colour, file] of [['MSE = ${', 0xff7f0e, 'formula'], ['plt.barh(planetNames', 0x1f77b4, 'planets'], ['the first second', 0x1f77b4, 'audio']] as const) {
      const index = at(needle).index;
      await page.locator('nb-cell').nth(index).scrollIntoViewIfNeeded();
      await page.waitForFunction((i) => document.querySelectorAll('nb-cell')[i]?.querySelector('.nb-figure canvas'), index, { timeout: 30_000 });
      const painted = await page.evaluate(
        ({ index, colour }) => {
          const c = document.querySelectorAll('nb-cell')[index].querySelector<HTMLCanvasElement>('.nb-figure canvas')!;
          const img = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          // Near the colour (lines are antialiased): each channel within 40.
          const [r, g, b] = [colour >> 16, (colour >> 8) & 255, colour & 255];
          for (let p = 0; p < img.length; p += 4) if (Math.abs(img[p] - r) < 40 && Math.abs(img[p + 1] - g) < 40 && Math.abs(img[p + 2] - b) < 40) n++;
          return n;
        },
        { index, colour },
      );
      await page.locator('nb-cell').nth(index).screenshot({ path: path.join(ARTIFACTS, `visual-numpy-chart-${file}.png`) });
      expect(painted, file).toBeGreaterThan(100);
    }

    await page.locator('nb-cell').nth(at('scene.png').index).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'visual-numpy-images.png') });
    await page.locator('nb-cell').nth(audio.index).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'visual-numpy-audio.png') });
    await page.locator('nb-cell').nth(at('np.log1p(cooc)').index).scrollIntoViewIfNeeded();
    await page.locator('nb-cell').nth(at('np.log1p(cooc)').index).locator('nb-array-output').evaluate((e: any) => e.updateComplete);
    await page.waitForTimeout(300); // cells brought into view draw on the next frames
    await page.screenshot({ path: path.join(ARTIFACTS, 'visual-numpy-language.png') });
    await page.locator('nb-cell').nth(at('embeddings.get(ids)').index).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACTS, 'visual-numpy-embeddings.png') });
    // The editor flags nothing in the notebook (every cell scrolled past, so each has its editor).
    const cellEls = page.locator("nb-cell");
    for (let i = 0; i < (await cellEls.count()); i++) await cellEls.nth(i).scrollIntoViewIfNeeded();
    const markers = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 2500));
      const monaco = (window as any).numbook.monaco;
      return monaco.editor.getModelMarkers({}).map((m: any) => `${monaco.editor.getModel(m.resource)?.getLineContent(m.startLineNumber)} | ${m.message}`);
    });
    expect(markers).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});
