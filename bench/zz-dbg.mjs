import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import path from 'node:path';
const root = process.cwd();
const server = await createServer({ configFile: path.resolve('vite.config.ts'), server: { port: 0, hmr: false }, logLevel: 'error' });
await server.listen();
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-logging=stderr', '--v=0', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
page.on('console', () => {}); page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('requestfailed', (r) => console.log('failed:', r.url(), r.failure()?.errorText));
const cdp = await browser.newBrowserCDPSession();
await page.addInitScript(() => {
  Object.defineProperty(window, 'numbook', { configurable: true, set(nb) {
    Object.defineProperty(window, 'numbook', { value: nb, writable: true, configurable: true });
    window.log = []; nb.client.on((m) => m.type === 'status' && window.log.push(m.state + ' ' + (m.reason ?? '')));
  } });
});
await page.goto(url);
try {
  await page.waitForFunction(() => window.numbook?.readyAt > 0, null, { timeout: 30000 });
  console.log('ready', await page.evaluate(async () => { const c = window.numbook.client; const r = await c.execute('const a: number = 1; a + 1'); return [c.info, r.outputs]; }));
  const r = await page.evaluate(async () => {
    const c = window.numbook.client;
    const p = c.execute('let kept = 5; while (true) {}');
    await new Promise((res) => setTimeout(res, 300));
    const t = performance.now(); c.interrupt(); const r = await p; return [performance.now() - t, r.outputs[0].ename, (await c.execute('kept')).outputs[0].data['text/plain'], (await c.execute('(await indexedDB.databases()).map(d => d.name)')).outputs[0]];
  });
  console.log('interrupt', r);
  if (process.argv[2] === 'oom') {
    const r2 = await page.evaluate(() => window.numbook.client.execute('const xs = []; for (let i = 0; i < 1e5; i++) xs.push(new Array(1e6).fill(i))').then((r) => r.outputs));
    console.log('oom', JSON.stringify(r2));
  }
} catch (e) { console.log('ERR', e.message); console.log(await page.evaluate(() => { const f = document.querySelector('iframe'); return f ? [f.outerHTML.slice(0, 1500), document.querySelectorAll('iframe').length, window.numbook.client.state] : [window.log, 'no iframe', window.numbook.client.state, window.numbook.notebook.controller?.kernelReason, document.body.children.length, [...document.body.children].map(e => e.tagName).join()]; })); }
console.log((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.type + ' ' + t.url.slice(0, 60)).join('\n'));
await browser.close(); await server.close();
