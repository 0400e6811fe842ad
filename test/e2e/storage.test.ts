/**
 * Issue 13's storage you can trust, in real headless Chromium: File ▸ Download all
 * notebooks makes one zip of every notebook with its uploaded files, and File ▸ Restore
 * from backup brings every one back after they were deleted (a second restore changes
 * nothing); storage has a version, and a page finding data from a newer Numbook reads it
 * but refuses to write over it; the notebook list says whether the browser keeps storage.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { useApp, openApp, newNotebook } from './harness';

const app = useApp();

const listNames = (page: Page) =>
  page.evaluate(async () => {
    const c = (window as any).numbook.notebook.controller;
    await c.refreshList();
    return c.notebooks.map((m: { name: string }) => m.name).sort();
  });

describe('storage (Chromium)', { timeout: 300_000 }, () => {
  it('a backup zip restores every notebook and file after they were deleted', async () => {
    const { page, errors } = await openApp(app);
    // Two notebooks of the user's own: one with an array output and an uploaded file.
    await newNotebook(page);
    await page.setInputFiles('input.nb-upload', [{ name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('1,2\n3,4\n') }]);
    await expect.poll(() => page.locator('.nb-file-name').allTextContents()).toEqual(['data.csv']);
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const id = c.doc.cells[0].id;
      c.setSource(id, "await np.loadtxt('data.csv', {delimiter: ','})");
      await c.run([id]);
      await c.rename('Backup one');
      await c.save();
    });
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      await c.create(undefined, 'Backup two');
      c.setSource(c.doc.cells[0].id, 'const two = 2');
      await c.save();
    });
    const before = await listNames(page);
    expect(before).toEqual(expect.arrayContaining(['Backup one', 'Backup two']));

    const download = page.waitForEvent('download');
    await page.click('summary:text("File")');
    await page.click('button[data-command=backup-download]');
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^numbook-backup-\d{4}-\d\d-\d\d\.zip$/);
    const zip = fs.readFileSync(file!);
    expect(zip.subarray(0, 2).toString()).toBe('PK');

    // Every notebook deleted: the list is empty.
    await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      await c.refreshList();
      for (const m of [...c.notebooks]) await c.remove(m.id);
    });
    await expect.poll(() => listNames(page)).not.toContain('Backup one');
    // (Deleting the open notebook opens a new one: it stays.)
    const left = await listNames(page);
    const all = (...more: string[]) => [...before, ...left, ...more].sort();

    const restore = async () => {
      await page.evaluate(() => (window as any).numbook.notebook.controller.dismissNotice());
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => (window as any).numbook.notebook.command('backup-restore'))]);
      await chooser.setFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: zip });
      await expect.poll(() => page.locator('.nb-notice').textContent(), { timeout: 30_000 }).toContain('From backup.zip');
      return (await page.locator('.nb-notice').textContent())!;
    };
    expect(await restore()).toContain(`${before.length} notebooks restored`);
    expect(await listNames(page)).toEqual(all());
    // The restored notebook has its output and its file.
    const opened = await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const meta = c.notebooks.find((m: { name: string }) => m.name === 'Backup one');
      await c.open(meta.id);
      return { source: c.doc.cells[0].source, out: c.doc.cells[0].outputs[0]?.data?.['text/plain'] };
    });
    expect(opened).toEqual({ source: "await np.loadtxt('data.csv', {delimiter: ','})", out: 'array([[1., 2.],\n       [3., 4.]])' });
    await expect.poll(() => page.locator('.nb-file-name').allTextContents()).toEqual(['data.csv']);
    const text = await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const id = c.doc.cells[0].id;
      c.setSource(id, "await loadText('data.csv')");
      await c.run([id]);
      await c.save();
      return c.doc.cells[0].outputs[0]?.data?.['text/plain'];
    });
    expect(text).toBe("'1,2\\n3,4\\n'");

    // A second restore: the unchanged ones stay as they are, the edited one comes back beside it.
    const again = await restore();
    expect(again).toContain('1 as "(restored)" copies');
    expect(again).toContain(`${before.length - 1} already here unchanged`);
    expect(await listNames(page)).toEqual(all('Backup one (restored)'));

    // Not a backup: refused, nothing changed.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => (window as any).numbook.notebook.command('backup-restore'))]);
    await chooser.setFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
    await expect.poll(() => page.locator('.nb-link-error').textContent()).toContain('Could not restore notes.zip: not a backup');
    expect(await listNames(page)).toEqual(all('Backup one (restored)'));

    // The list says what the browser does with storage.
    await page.click('.nb-toolbar button[data-command=open-list]');
    await expect.poll(() => page.locator('.nb-storage').textContent()).toMatch(/^\s*Storage: /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('storage has a version; data from a newer Numbook is read but never written over', async () => {
    const { page } = await openApp(app);
    await newNotebook(page);
    const schema = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const r = indexedDB.open('numbook');
            r.onsuccess = () => {
              const g = r.result.transaction('notebooks').objectStore('notebooks').get('schema');
              g.onsuccess = () => resolve(g.result);
            };
          }),
      );
    expect(await schema()).toBe(1);
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, 'const kept = 1');
      return c.save();
    });
    const id = await page.evaluate(() => (window as any).numbook.notebook.controller.meta.id);
    // A newer Numbook (in another tab, say) moved the layout on.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const r = indexedDB.open('numbook');
          r.onsuccess = () => {
            const tx = r.result.transaction('notebooks', 'readwrite');
            tx.objectStore('notebooks').put(99, 'schema');
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await page.reload();
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    await page.waitForFunction(() => (window as any).numbook?.readyAt > 0, null, { timeout: 90_000 });
    expect(await page.evaluate(() => (window as any).numbook.notebook.controller.meta.id)).toBe(id);
    expect(await page.evaluate(() => (window as any).numbook.notebook.controller.doc.cells[0].source)).toBe('const kept = 1');
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      c.setSource(c.doc.cells[0].id, 'const changed = 2');
      return c.save();
    });
    await expect.poll(() => page.locator('.nb-save-error').textContent()).toContain('saved by a newer version of Numbook (storage version 99');
    expect(await schema()).toBe(99);
    await page.close();
  });
});

describe('storage refused (Chromium)', { timeout: 300_000 }, () => {
  it('when IndexedDB refuses outright (a cross-site frame), the app still opens, runs cells and says it cannot save', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
    // As Chromium does for a frame embedded by another site: indexedDB.open throws.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const { page, errors } = await openApp(app, { context });
    await newNotebook(page);
    const r = await page.evaluate(async () => {
      const c = (window as any).numbook.notebook.controller;
      const id = c.doc.cells[0].id;
      c.setSource(id, '6 * 7');
      await c.run([id]);
      await c.save();
      return { out: c.doc.cells[0].outputs.at(-1)?.data?.['text/plain'], saveState: c.saveState };
    });
    expect(r).toEqual({ out: '42', saveState: 'error' });
    await expect.poll(() => page.locator('.nb-save-error').textContent()).toContain('denied permission');
    expect(errors).toEqual([]);
    await context.close();
  });
});
