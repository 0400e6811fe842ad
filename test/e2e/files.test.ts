/**
 * Uploaded files in real headless Chromium, as JupyterLab's uploads next to a notebook:
 * files picked with "Upload" (a file chooser) or dropped on the page are listed with their
 * sizes and read by name in cells by loadImage, np.loadtxt, np.load and loadAudio; a
 * malformed one is named in the error; they survive a kernel restart and a reload, belong
 * to their notebook, and can be removed. Screenshots: test-results/files-*.png.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();

const DATA = path.resolve('notebooks/visual-numpy/data');
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `files-${name}.png`) });

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  await page.waitForFunction(() => (window as any).numbook.readyAt > 0 && (window as any).numbook.client.state === 'idle', null, { timeout: 90_000 });
}

/** A fresh browser profile on a new, empty notebook. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openApp(app, { viewport: { width: 1100, height: 800 } });
  await ready(page);
  await newNotebook(page);
  return { page, errors };
}

/**
 * Adds a code cell at the end of the notebook with `code` and runs it as the Run button
 * does; its stdout (and result), or its error as `ename: evalue`.
 */
const runCell = (page: Page, code: string): Promise<string> =>
  page.evaluate(async (code) => {
    const c = (window as any).numbook.notebook.controller;
    c.selectAt(c.doc.cells.length - 1);
    const cell = c.insert('below', 'code', 'command');
    c.setSource(cell.id, code);
    await c.run([cell.id]);
    const done = c.doc.cells.find((x: any) => x.id === cell.id);
    const err = done.outputs.find((o: any) => o.output_type === 'error');
    if (err) return `${err.ename}: ${err.evalue}`;
    return done.outputs.map((o: any) => o.text ?? o.data?.['text/plain'] ?? '').join('');
  }, code);

/** The files panel: [name, size] of each listed file. */
const listed = (page: Page): Promise<string[][]> =>
  page.locator('nb-files li.nb-file').evaluateAll((lis) => lis.map((li) => [li.querySelector('.nb-file-name')!.textContent!, li.querySelector('.nb-file-size')!.textContent!]));

const READ_ALL = `const img = await loadImage("scene.png");
const t = await np.loadtxt("data.csv", {delimiter: ",", skiprows: 1, usecols: [1, 2, 3, 4, 5]});
const x = await np.load("x.npy");
const a = await loadAudio("a.wav");
console.log(JSON.stringify({img: img.shape, px: Array.from(img.get("42, 86")), t: t.shape, earth: t.get("2, 0"), x: x.shape, rate: a.rate, n: a.samples.shape}));`;
const READ_ALL_OUT = JSON.stringify({ img: [96, 128, 3], px: [255, 221, 87], t: [8, 5], earth: 1, x: [2, 3], rate: 44100, n: [140242] }) + '\n';

describe('uploaded files (Chromium)', { timeout: 300_000 }, () => {
  it('files picked with Upload are listed and read by name: loadImage, np.loadtxt, np.load, loadAudio; they survive a restart and a reload', async () => {
    const { page, errors } = await open();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('.nb-toolbar button[data-command=upload-files]')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: 'scene.png', mimeType: 'image/png', buffer: readFileSync(path.join(DATA, 'scene.png')) },
      { name: 'data.csv', mimeType: 'text/csv', buffer: readFileSync(path.join(DATA, 'planets.csv')) },
      { name: 'x.npy', mimeType: 'application/octet-stream', buffer: readFileSync(path.resolve('test/goldens/npy/f8_2x3.npy')) },
      { name: 'a.wav', mimeType: 'audio/wav', buffer: readFileSync(path.join(DATA, 'bards.wav')) },
    ]);
    const sizes = ['a.wav', 'data.csv', 'scene.png', 'x.npy'].map((n) => ({ n, size: readFileSync(n === 'x.npy' ? 'test/goldens/npy/f8_2x3.npy' : path.join(DATA, { 'a.wav': 'bards.wav', 'data.csv': 'planets.csv', 'scene.png': 'scene.png' }[n]!)).length }));
    await expect.poll(() => listed(page), { timeout: 10_000 }).toHaveLength(4);
    expect((await listed(page)).map(([n]) => n)).toEqual(['a.wav', 'data.csv', 'scene.png', 'x.npy']);
    expect(sizes.find((s) => s.n === 'a.wav')!.size).toBe(280528);
    expect((await listed(page)).find(([n]) => n === 'a.wav')![1]).toBe('281 kB');
    expect(await page.locator('nb-files li[data-name="scene.png"] .nb-file-name').getAttribute('title')).toBe('await loadImage("scene.png")');
    expect(await runCell(page, READ_ALL)).toBe(READ_ALL_OUT);
    await shot(page, 'uploaded');

    // A restart is a new kernel: the page sends the files again.
    await page.click('.nb-toolbar button[data-command=restart]');
    await page.click('nb-ask dialog button[value=ok]');
    await expect.poll(() => page.evaluate(() => (window as any).numbook.client.state), { timeout: 60_000 }).toBe('idle');
    expect(await runCell(page, READ_ALL)).toBe(READ_ALL_OUT);

    // A reload finds them in IndexedDB, with the notebook.
    await page.reload();
    await ready(page);
    await expect.poll(() => listed(page), { timeout: 10_000 }).toHaveLength(4);
    expect(await runCell(page, READ_ALL)).toBe(READ_ALL_OUT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a file dropped on the page is read by name; a malformed one is named in the error', async () => {
    const { page, errors } = await open();
    // Dragging files over the page shows where they go; dropping them uploads them.
    const accepted = await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['1,2\n3,4\n'], 'dropped.csv', { type: 'text/csv' }));
      dt.items.add(new File(['this is not a PNG'], 'broken.png', { type: 'image/png' }));
      dt.items.add(new File(['\x93NUMPY but cut short'], 'short.npy'));
      (window as any).dropped = dt;
      const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
      document.querySelector('main.nb-cells')!.dispatchEvent(over);
      return over.defaultPrevented;
    });
    expect(accepted).toBe(true);
    await expect.poll(() => page.locator('.nb-drop-hint').count(), { timeout: 10_000 }).toBe(1);
    await shot(page, 'dragging');
    const handled = await page.evaluate(() => {
      const drop = new DragEvent('drop', { dataTransfer: (window as any).dropped, bubbles: true, cancelable: true });
      document.querySelector('main.nb-cells')!.dispatchEvent(drop);
      return drop.defaultPrevented;
    });
    expect(handled).toBe(true);
    await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([
      ['broken.png', '17 B'],
      ['dropped.csv', '8 B'],
      ['short.npy', '21 B'],
    ]);
    await expect.poll(() => page.locator('.nb-drop-hint').count(), { timeout: 10_000 }).toBe(0);
    expect(await runCell(page, 'console.log(String((await np.loadtxt("dropped.csv", {delimiter: ","})).sum(0)))')).toBe('[4. 6.]\n');
    expect(await runCell(page, 'await loadImage("broken.png")')).toBe('ValueError: broken.png: not an image the browser can decode (PNG, JPEG, GIF, WebP, BMP, AVIF), or a damaged one');
    expect(await runCell(page, 'await np.load("./short.npy")')).toMatch(/^ValueError: short\.npy: /);
    expect(await runCell(page, 'await loadAudio("dropped.csv")')).toMatch(/^ValueError: dropped\.csv: not a WAV file/);
    await shot(page, 'dropped');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('files belong to their notebook; a removed one is no longer read', async () => {
    const { page } = await open();
    await page.setInputFiles('input.nb-upload', [{ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('5,6\n') }]);
    await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([['mine.csv', '4 B']]);
    const first = await page.evaluate(() => (window as any).numbook.notebook.controller.meta.id);
    expect(await runCell(page, 'console.log(String(await np.loadtxt("mine.csv", {delimiter: ","})))')).toBe('[5. 6.]\n');

    await newNotebook(page);
    expect(await listed(page)).toEqual([]);
    expect(await runCell(page, 'await np.loadtxt("mine.csv", {delimiter: ","})')).toMatch(/^FileNotFoundError: \[Errno 2\] No such file or directory: 'mine\.csv'/);

    await page.evaluate((id) => (window as any).numbook.notebook.controller.open(id), first);
    await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([['mine.csv', '4 B']]);
    expect(await runCell(page, 'console.log(String(await np.loadtxt("mine.csv", {delimiter: ","})))')).toBe('[5. 6.]\n');

    await page.click('nb-files button[aria-label="Remove mine.csv"]');
    await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([]);
    expect(await runCell(page, 'await np.loadtxt("mine.csv", {delimiter: ","})')).toMatch(/^FileNotFoundError: /);
    await page.reload();
    await ready(page);
    expect(await listed(page)).toEqual([]);
    await page.close();
  });
});
