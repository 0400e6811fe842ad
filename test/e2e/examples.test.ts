/**
 * Shipped and linked notebooks in real headless Chromium: the notebook list's Examples
 * section, `?example=` and `?url=` links (same-origin and CORS-allowed), each opened as a
 * new stored copy that runs nothing and stays inert; broken links refused with a clear
 * message and the open notebook untouched; relative URLs in cells resolved against the
 * notebook's location (else the page). Screenshots: test-results/examples-*.png.
 */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { useApp, openApp, gotoApp, ARTIFACTS } from './harness';

const app = useApp();

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `examples-${name}.png`) });

/** Goes to the app at `query` in a page of `context` (default: a fresh browser profile) and waits for the kernel. */
const open = (query = '', context?: BrowserContext) => openApp(app, { query, context });
const goto = (page: Page, query: string) => gotoApp(page, app, query);

interface State {
  id: string;
  name: string;
  cells: number;
  /** Code cells with a count or outputs. */
  ran: number;
  firstCode: string;
  location: string | null;
  linkError: string;
  stored: number;
}

const state = (page: Page): Promise<State> =>
  page.evaluate(async () => {
    const c = (window as any).numbook.notebook.controller;
    await c.refreshList();
    const code = c.doc.cells.filter((x: any) => x.cell_type === 'code');
    return {
      id: c.meta.id,
      name: c.meta.name,
      cells: c.doc.cells.length,
      ran: code.filter((x: any) => x.execution_count !== null || x.outputs.length).length,
      firstCode: code[0]?.source ?? '',
      location: c.doc.metadata.numbook?.location ?? null,
      linkError: c.linkError,
      stored: c.notebooks.length,
    };
  });

/** Runs code on the page's kernel (not in a notebook cell): its count, and its result or error. */
const probe = (page: Page, code: string): Promise<{ count: number | null; text: string }> =>
  page.evaluate(async (code) => {
    const r = await (window as any).numbook.client.execute(code);
    const err = r.outputs.find((o: any) => o.type === 'error');
    const res = r.outputs.find((o: any) => o.type === 'result');
    return { count: r.executionCount, text: err ? `${err.ename}: ${err.evalue}` : (res?.data['text/plain'] ?? '') };
  }, code);

/** The shipped notebook's cell count and first code cell, as the file has them. */
const shipped = async () => {
  const { readFileSync } = await import('node:fs');
  const nb = JSON.parse(readFileSync('notebooks/visual-numpy/visual-numpy.ipynb', 'utf8'));
  return { cells: nb.cells.length as number, firstCode: nb.cells.find((c: any) => c.cell_type === 'code').source.join('') as string };
};

/** A notebook served at a route. */
const ipynb = (cells: unknown[]) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
const serve = (body: string, headers: Record<string, string> = {}, status = 200) => (route: Route) =>
  route.fulfill({ status, body, headers: { 'content-type': 'application/json', ...headers } });

describe('examples and links (Chromium)', { timeout: 300_000 }, () => {
  it('the notebook list shows the examples; opening one makes a fresh copy that ran nothing', async () => {
    const { page, errors } = await open();
    const ship = await shipped();
    const welcome = await state(page);
    expect(welcome.location).toBe('notebooks/visual-numpy/visual-numpy.ipynb');
    // Edit the first copy: the shipped notebook must not change.
    await page.evaluate(() => {
      const c = (window as any).numbook.notebook.controller;
      const first = c.doc.cells.find((x: any) => x.cell_type === 'code');
      c.setSource(first.id, '// edited by the user');
      return c.save();
    });

    await page.click('.nb-toolbar button[data-command=open-list]');
    const list = page.locator('nb-notebook-list dialog');
    await expect.poll(() => list.isVisible(), { timeout: 10_000 }).toBe(true);
    const entry = list.locator('.nb-examples li[data-example=visual-numpy]');
    expect(await list.locator('h3').textContent()).toBe('Examples');
    expect(await entry.locator('button[data-action=open-example]').textContent()).toBe('A Visual Intro to NumPy');
    await shot(page, 'list');
    await entry.locator('button[data-action=open-example]').click();
    await expect.poll(() => list.isVisible(), { timeout: 10_000 }).toBe(false);

    const copy = await state(page);
    expect(copy.id).not.toBe(welcome.id);
    expect(copy.name).toBe('A Visual Intro to NumPy');
    expect(copy.stored).toBe(2);
    expect(copy.cells).toBe(ship.cells);
    expect(copy.firstCode).toBe(ship.firstCode);
    expect(copy.ran).toBe(0);
    await expect.poll(() => page.locator('nb-cell').count(), { timeout: 10_000 }).toBe(ship.cells);
    expect(await page.locator('h1').first().textContent()).toBe('A Visual Intro to NumPy and Data Representation');
    // Nothing ran in the kernel either: this is its first execution.
    expect((await probe(page, '1 + 1')).count).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?example=visual-numpy opens a new stored copy, once; relative URLs in it resolve against its folder', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page, errors } = await open('?example=visual-numpy', context);
    const s = await state(page);
    expect([s.name, s.stored, s.ran, s.location]).toEqual(['A Visual Intro to NumPy', 1, 0, 'notebooks/visual-numpy/visual-numpy.ipynb']);
    expect(await page.evaluate(() => [location.search, location.hash])).toEqual(['', `#nb=${s.id}`]);
    expect((await probe(page, 'typeof scene')).count).toBe(1); // no cell of it ran
    // The notebook's cells say 'data/scene.png': next to the .ipynb, not the page.
    expect((await probe(page, 'JSON.stringify((await loadImage("data/scene.png")).shape)')).text).toBe("'[96,128,3]'");
    expect((await probe(page, '(await loadText("./data/quote.txt")).trim()')).text).toBe("'Have the bards who preceded me left any theme unsung?'");
    // A reload opens the same copy (the link is gone from the URL).
    await goto(page, `#nb=${s.id}`);
    const again = await state(page);
    expect([again.id, again.stored]).toEqual([s.id, 1]);
    expect((await probe(page, 'JSON.stringify((await np.genfromtxt("data/planets.csv", {delimiter: ",", names: true})).data.shape)')).text).toBe("'[8,6]'");
    // An unknown example is refused by name; the open notebook stays.
    await goto(page, '?example=nope');
    const refused = await state(page);
    expect(refused.linkError).toBe('There is no example "nope" (examples: visual-numpy, exercises-visual-numpy, plotting, svd-compression, moores-law, mandelbrot, spectrum).');
    expect([refused.id, refused.stored]).toEqual([s.id, 1]);
    expect(await page.locator('.nb-link-error').textContent()).toContain('There is no example "nope"');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a notebook without a location resolves relative URLs against the page', async () => {
    const { page } = await open();
    await page.click('summary:text("File")');
    await page.click('button[data-command=new-notebook]');
    await expect.poll(async () => (await state(page)).location, { timeout: 10_000 }).toBeNull();
    await expect.poll(async () => (await state(page)).cells, { timeout: 10_000 }).toBe(1);
    expect((await probe(page, 'JSON.stringify((await np.loadtxt("notebooks/visual-numpy/data/planets.csv", {delimiter: ",", skiprows: 1, usecols: [1, 2]})).shape)')).text).toBe("'[8,2]'");
    expect((await probe(page, 'await np.loadtxt("data/planets.csv", {delimiter: ","})')).text).toMatch(/^FileNotFoundError: \[Errno 2\] No such file or directory: 'data\/planets\.csv'/);
    await page.close();
  });

  it('?url= opens a same-origin notebook as an inert copy: nothing runs, HTML stays sanitised, its data is next to it', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.route('**/linked/inert.ipynb', serve(ipynb([
      { cell_type: 'markdown', metadata: {}, source: ['# A linked notebook\n', '<img src="nowhere.png" onerror="window.pwned = \'markdown\'">'] },
      {
        cell_type: 'code',
        metadata: {},
        execution_count: 3,
        source: ['globalThis.ranFromLink = 1;\n', 'display({"text/html": "<b>x</b>"}, {raw: true})'],
        outputs: [
          {
            output_type: 'display_data',
            metadata: {},
            data: { 'text/html': ['<b class="shown">bold</b><img src="nowhere.png" onerror="window.pwned = \'output\'"><script>window.pwned = \'script\'</script>'], 'text/plain': ['<b>'] },
          },
        ],
      },
    ])));
    await context.route('**/linked/data/t.csv', (route) => route.fulfill({ body: '1,2\n3,4\n', headers: { 'content-type': 'text/csv' } }));
    const { page, errors } = await open('?url=' + encodeURIComponent('/linked/inert.ipynb'), context);
    const s = await state(page);
    expect([s.name, s.cells, s.stored, s.location]).toEqual(['A linked notebook', 2, 1, `${app.url}linked/inert.ipynb`]);
    await expect.poll(() => page.locator('nb-output b.shown').textContent(), { timeout: 10_000 }).toBe('bold');
    // The broken images have failed to load by now; their handlers were removed.
    await page.waitForFunction(() => [...document.querySelectorAll('nb-cell img')].length === 2 && [...document.querySelectorAll('nb-cell img')].every((i) => (i as HTMLImageElement).complete));
    expect(await page.evaluate(() => [(window as any).pwned ?? null, document.querySelectorAll('nb-cell script, nb-cell [onerror]').length])).toEqual([null, 0]);
    const p = await probe(page, 'typeof ranFromLink');
    expect(p).toEqual({ count: 1, text: "'undefined'" });
    expect((await probe(page, 'String(await np.loadtxt("data/t.csv", {delimiter: ","}))')).text).toBe("'[[1. 2.]\\n [3. 4.]]'");
    await shot(page, 'linked');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?url= opens a notebook from another origin that allows it (CORS); one that does not is refused, saying so', async () => {
    // A second server, another origin (a playwright route would skip the browser's CORS check).
    const body = ipynb([{ cell_type: 'markdown', metadata: {}, source: '# From elsewhere' }]);
    const other = createServer((req, res) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (req.url === '/open.ipynb') headers['access-control-allow-origin'] = '*';
      res.writeHead(200, headers).end(body);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      const context = await app.browser.newContext();
      const { page } = await open('?url=' + encodeURIComponent(`${origin}/open.ipynb`), context);
      const s = await state(page);
      expect([s.name, s.location, s.stored]).toEqual(['From elsewhere', `${origin}/open.ipynb`, 1]);
      await goto(page, '?url=' + encodeURIComponent(`${origin}/closed.ipynb`));
      const refused = await state(page);
      expect(refused.linkError).toBe(
        `Could not open ${origin}/closed.ipynb: it could not be fetched (the server is unreachable, or does not allow cross-origin requests: CORS).`,
      );
      expect([refused.id, refused.stored]).toEqual([s.id, 1]);
      await context.close();
    } finally {
      other.close();
    }
  });

  it('a broken file is refused with a clear message, and the open notebook is untouched', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.route('**/linked/no-cells.ipynb', serve('{"nbformat": 4, "metadata": {}, "cells": "nope"}'));
    await context.route('**/linked/garbage.ipynb', serve('{"nbformat": 4, "cells": [', { 'content-type': 'application/octet-stream' }));
    await context.route('**/linked/v3.ipynb', serve('{"nbformat": 3, "worksheets": []}'));
    await context.route('**/linked/missing.ipynb', serve('not here', {}, 404));
    const { page, errors } = await open('', context);
    const before = await state(page);
    const cellsBefore = await page.evaluate(() => JSON.stringify((window as any).numbook.notebook.controller.doc.cells));

    // In the app: File > Open from URL…
    let answer = '/linked/no-cells.ipynb';
    page.on('dialog', (d) => void d.accept(answer));
    await page.click('summary:text("File")');
    await page.click('button[data-command=open-url]');
    await expect.poll(() => page.locator('.nb-link-error').textContent(), { timeout: 10_000 }).toContain(`Could not open ${app.url}linked/no-cells.ipynb: not a notebook: it has no list of cells.`);
    await shot(page, 'refused');
    answer = '/linked/garbage.ipynb';
    await page.click('summary:text("File")');
    await page.click('button[data-command=open-url]');
    await expect.poll(() => page.locator('.nb-link-error').textContent(), { timeout: 10_000 }).toContain('garbage.ipynb: not a notebook: the file is not valid JSON (');
    answer = '/linked/v3.ipynb';
    await page.click('summary:text("File")');
    await page.click('button[data-command=open-url]');
    await expect.poll(() => page.locator('.nb-link-error').textContent(), { timeout: 10_000 }).toContain('v3.ipynb: it is in nbformat 3, an older format this app does not read: open it in Jupyter and save it, which converts it to nbformat 4.');
    const after = await state(page);
    expect([after.id, after.stored, after.cells]).toEqual([before.id, before.stored, before.cells]);
    expect(await page.evaluate(() => JSON.stringify((window as any).numbook.notebook.controller.doc.cells))).toBe(cellsBefore);
    await page.click('.nb-link-error button[data-action=dismiss]');
    expect(await page.locator('.nb-link-error').count()).toBe(0);

    // As a link: the last notebook opens as it was.
    await goto(page, '?url=' + encodeURIComponent('/linked/missing.ipynb'));
    const linked = await state(page);
    expect(linked.linkError).toBe(`Could not open ${app.url}linked/missing.ipynb: the server answered HTTP 404 Not Found.`);
    expect([linked.id, linked.stored, linked.cells]).toEqual([before.id, before.stored, before.cells]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
