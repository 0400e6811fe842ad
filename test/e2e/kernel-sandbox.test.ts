/**
 * The kernel in a sandboxed iframe of its own origin and process (web/kernel-client/kernel-sandbox.ts), on
 * the production build from a host that sends no headers (the service worker isolates the
 * page): a cell that fills the JavaScript heap kills only the kernel's process; the page
 * says so in Jupyter's words, the running cell fails, the queued one does not run, a new
 * kernel runs the next cell; and a cell cannot see the app's IndexedDB.
 *
 * Once the kernel's process died, Playwright calls the whole page crashed and refuses
 * page.evaluate, although the page runs on: everything after it goes through a CDP session.
 */
import { it, expect, beforeAll, afterAll } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startStaticApp, type StaticApp } from './static-build';

let app: StaticApp;
let page: Page;
let cdp: CDPSession;

/** Evaluates `expression` in the page through CDP (awaiting a promise), returning its value. */
async function evaluate<T>(expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value as T;
}

/** Polls `expression` through CDP until it is truthy. */
async function until(expression: string, timeout = 60_000): Promise<void> {
  await expect.poll(() => evaluate<boolean>(`Boolean(${expression})`), { timeout, interval: 200 }).toBe(true);
}

beforeAll(async () => {
  app = await startStaticApp();
  page = await app.browser.newPage();
  await page.goto(app.url);
  await page.waitForFunction(() => (window as any).numbook?.readyAt > 0 && crossOriginIsolated, null, { timeout: 60_000 });
  await page.waitForFunction(() => (window as any).numbook.notebook.controller?.doc?.cells?.length > 0, null, { timeout: 60_000 });
  cdp = await page.context().newCDPSession(page);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

it('a cell sees none of the app\'s storage: the kernel\'s origin is opaque', async () => {
  const r = await evaluate<{ page: string[]; cell: any; origin: any }>(`(async () => {
    const c = window.numbook.client;
    const out = (r) => r.outputs.map((o) => o.type === 'error' ? o.ename + ': ' + o.evalue : o.data['text/plain']);
    return {
      page: (await indexedDB.databases()).map((d) => d.name).sort(),
      cell: out(await c.execute('(await indexedDB.databases()).map((d) => d.name)')),
      origin: out(await c.execute('[self.origin, typeof localStorage, (() => { try { return typeof caches.keys } catch (e) { return e.name } })()]')),
    };
  })()`);
  // The page itself has the app's databases: what the cell could have read.
  expect(r.page).toContain('numbook');
  expect(r.cell).toEqual([expect.stringMatching(/^SecurityError: .*IndexedDB API is denied/)]);
  expect(r.origin[0]).toMatch(/^\[ 'null', 'undefined', /);
}, 60_000);

it('a cell that fills the JavaScript heap kills the kernel, not the page: restarted, and the next cell runs', async () => {
  const typed = 'const xs = []; for (let i = 0; i < 1e5; i++) xs.push(new Array(1e6).fill(i))';
  await evaluate(`(async () => {
    const c = window.numbook.notebook.controller;
    await c.create();
    const first = c.doc.cells[0].id;
    c.setSource(first, ${JSON.stringify(typed)});
    c.select(first);
    const second = c.insert('below');
    c.setSource(second.id, 'const after = 1');
    window.ticks = 0;
    setInterval(() => window.ticks++, 100);
    void c.run([first, second.id]).then(() => (window.ran = true));
  })()`);
  await until('window.ran', 120_000);
  const cells = await evaluate<{ source: string; count: number | null; outputs: any[] }[]>(
    'window.numbook.notebook.controller.doc.cells.map((c) => ({ source: c.source, count: c.execution_count, outputs: c.outputs }))',
  );
  // The running cell failed with Jupyter's words; the queued one did not run; nothing typed was lost.
  expect(cells[0].source).toBe(typed);
  expect(cells[0].outputs).toEqual([expect.objectContaining({ output_type: 'error', ename: 'KernelDied', evalue: expect.stringMatching(/^The kernel appears to have died\. It will restart automatically\./) })]);
  expect(cells[1]).toMatchObject({ source: 'const after = 1', count: null, outputs: [] });
  expect(await evaluate<string>("document.querySelector('.nb-kernel-note')?.textContent ?? ''")).toBe('The kernel appears to have died. It will restart automatically.');
  // The page kept running all along (its timer ticked), and a new kernel runs the next cell.
  expect(await evaluate<number>('window.ticks')).toBeGreaterThan(10);
  const next = await evaluate<string[]>(`(async () => {
    const r = await window.numbook.client.execute('const n: number = 40; n + 2');
    return r.outputs.map((o) => o.data?.['text/plain'] ?? o.ename);
  })()`);
  expect(next).toEqual(['42']);
}, 180_000);
