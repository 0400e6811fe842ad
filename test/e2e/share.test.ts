/**
 * Share links in real headless Chromium: File ▸ Share link… makes a link holding the
 * notebook (sources, and outputs when ticked) in the fragment; opening it in another
 * browser profile gives a new copy with the same cells and outputs, a notice saying where
 * it came from, and nothing run. Broken links are refused with a reason and the open
 * notebook stays as it was. Screenshot: test-results/share-dialog.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useApp, openApp, gotoApp, newNotebook, ARTIFACTS } from './harness';

const app = useApp();

/** Cells as data the test compares: type, source, and each output's kind and text. */
const cellsOf = (page: Page) =>
  page.evaluate(() =>
    (window as any).numbook.notebook.controller.doc.cells.map((c: any) => ({
      type: c.cell_type,
      source: c.source,
      outputs: (c.outputs ?? []).map((o: any) => [o.output_type, o.text ?? o.data?.['text/plain'] ?? o.evalue]),
      count: c.execution_count ?? null,
    })),
  );

/** Opens Share (the toolbar button, or File ▸ Share link…), sets the box, reads the link. */
async function shareLink(page: Page, outputs: boolean, from: 'toolbar' | 'menu' = 'toolbar'): Promise<string> {
  if (from === 'menu') {
    await page.click('summary:text("File")');
    await page.click('button[role=menuitem][data-command=share]');
  } else await page.click('button[data-command=share]:not([role=menuitem])');
  const dialog = page.locator('dialog.nb-share');
  await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
  const box = dialog.locator('input[type=checkbox]');
  if ((await box.isChecked()) !== outputs) await box.click();
  const field = dialog.locator('textarea.nb-share-link');
  // The link for the ticked state: with outputs it holds the ndarray's bytes, so it is longer.
  let link = '';
  await expect
    .poll(async () => {
      link = await field.inputValue();
      return link.includes('#nb=1.') && (await page.evaluate(() => document.querySelector<any>('nb-share').outputs)) === outputs;
    }, { timeout: 10_000 })
    .toBe(true);
  await expect.poll(() => dialog.locator('.nb-share-length').textContent()).toContain(`${link.length.toLocaleString('en')} characters`);
  await dialog.locator('button:text("Close")').click();
  await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  return link;
}

describe('share links (Chromium)', () => {
  it('round trip: sources and outputs identical in another browser, nothing run, notice shown', async () => {
    const { page, errors } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, 'print("shared")\nconst m = np.arange(6).reshape(2, 3) * 2\nm');
      await c.runAll();
    });
    await expect.poll(async () => (await cellsOf(page))[0].outputs.length, { timeout: 30_000 }).toBe(2);
    const original = await cellsOf(page);
    expect(original[0].outputs).toEqual([
      ['stream', 'shared\n'],
      ['execute_result', 'array([[ 0,  2,  4],\n       [ 6,  8, 10]])'],
    ]);

    const withOutputs = await shareLink(page, true, 'menu');
    const sourcesOnly = await shareLink(page, false);
    expect(sourcesOnly.length).toBeLessThan(withOutputs.length);
    expect(new URL(withOutputs).origin + new URL(withOutputs).pathname).toBe(new URL(app.url).origin + '/');
    await page.click('button[data-command=share]:not([role=menuitem])');
    await expect.poll(() => page.locator('textarea.nb-share-link').inputValue()).toContain('#nb=1.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'share-dialog.png') });
    await page.keyboard.press('Escape');

    // Another profile: a new copy, the same cells and outputs, the kernel never asked to run.
    const other = await openApp(app, { query: '#nb=' + withOutputs.split('#nb=')[1] });
    expect(await cellsOf(other.page)).toEqual(original);
    expect(await other.page.evaluate(() => (window as any).numbook.notebook.controller.runs.size)).toBe(0);
    expect(await other.page.locator('.nb-notice').textContent()).toContain('Opened from a share link');
    expect(other.page.url()).toMatch(/#nb=[\w]+-\w+$/); // the stored copy's id, not the payload

    // The copy is the user's to edit; "Reset to shared version" brings back what arrived, also after a reload.
    await other.page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, '// my edit');
      return c.flush();
    });
    await other.page.reload();
    await other.page.waitForSelector('body[data-ready=true]');
    expect((await cellsOf(other.page))[0].source).toBe('// my edit');
    other.page.once('dialog', (d) => void d.accept());
    await other.page.click('summary:text("File")');
    await other.page.click('button[role=menuitem][data-command=reset-original]');
    await expect.poll(async () => (await cellsOf(other.page))[0].source).toBe(original[0].source);
    expect(await cellsOf(other.page)).toEqual(original);
    await expect.poll(() => other.page.locator('.nb-notice').textContent()).toContain('reset to the version you received');

    const bare = await openApp(app, { query: '#nb=' + sourcesOnly.split('#nb=')[1] });
    expect(await cellsOf(bare.page)).toEqual(original.map((c: any) => ({ ...c, outputs: [], count: null })));
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  }, 180_000);

  it('a damaged or truncated link is refused with a reason; the open notebook is untouched', async () => {
    const { page } = await openApp(app);
    await newNotebook(page);
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, '// mine');
    });
    await page.evaluate(() => (window as any).numbook.notebook.controller.flush());
    const link = await shareLink(page, false);
    const payload = link.split('#nb=')[1];
    for (const [fragment, reason] of [
      [`1.${payload.slice(2, 40)}`, 'incomplete or damaged'],
      [payload.slice(0, Math.floor(payload.length / 2)), 'incomplete or damaged'],
      ['1.not*base64', 'damaged'],
      ['9.AAAA', 'format 9'],
    ]) {
      await page.goto('about:blank');
      await gotoApp(page, app, `#nb=${fragment}`, 'drawn');
      await expect.poll(() => page.locator('.nb-link-error').textContent(), { timeout: 10_000 }).toContain(reason);
      expect((await cellsOf(page))[0].source).toBe('// mine');
    }
  }, 180_000);
});
