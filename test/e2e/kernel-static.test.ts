/**
 * The static build on a host that sends no headers at all (a plain file server): the
 * page's own service worker (public/coi-serviceworker.js) makes it cross-origin isolated
 * after one reload, so a blocking cell is interrupted in place there too; the shipped
 * notebooks and their data files are in it at their repository paths.
 */
import { it, expect, beforeAll, afterAll } from 'vitest';
import { startStaticApp, type StaticApp } from './static-build';

let app: StaticApp;

beforeAll(async () => {
  app = await startStaticApp();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

it('static build without headers: isolated by the service worker, interrupt keeps variables', async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url);
  await page.waitForFunction(() => (window as any).numbook?.readyAt > 0 && crossOriginIsolated, null, { timeout: 60_000 });
  const r = await page.evaluate(async () => {
    const c = (window as any).numbook.client;
    await c.ready;
    const p = c.execute('let kept = 1; while (true) {}');
    await new Promise((res) => setTimeout(res, 200));
    c.interrupt();
    const stopped = await p;
    const after = await c.execute('const next: number = kept + 1; next');
    return { interruptible: c.info.interruptible, ename: stopped.outputs[0].ename, after: after.outputs[0].data['text/plain'] };
  });
  expect(r).toEqual({ interruptible: true, ename: 'KeyboardInterrupt', after: '2' });
}, 90_000);

it('static build: the shipped notebook and its data are at their paths, so ?url= to it opens it and its cells read data/', async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}?url=${encodeURIComponent('notebooks/visual-numpy/visual-numpy.ipynb')}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  await page.waitForFunction(() => (window as any).numbook?.readyAt > 0, null, { timeout: 60_000 });
  const r = await page.evaluate(async () => {
    const { notebook, client } = (window as any).numbook;
    const c = notebook.controller;
    const rows = await client.execute('(await np.loadtxt("data/planets.csv", {delimiter: ",", skiprows: 1, usecols: [1, 2]})).shape[0]');
    return { location: c.doc.metadata.numbook?.location ?? null, cells: c.doc.cells.length, rows: rows.outputs[0]?.data?.['text/plain'] };
  });
  expect(r.location).toBe(`${app.url}notebooks/visual-numpy/visual-numpy.ipynb`);
  expect(r.cells).toBeGreaterThan(20);
  expect(r.rows).toBe('8');
  await page.close();
}, 90_000);
