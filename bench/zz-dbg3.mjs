import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import path from 'node:path';
const server = await createServer({ configFile: path.resolve('vite.config.ts'), server: { port: 0, hmr: false }, logLevel: 'error' });
await server.listen();
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
const page = await browser.newPage();
await page.goto(url);
await page.waitForTimeout(2000);
const workerCode = () => {
  const m = 'postMessage("module ran " + typeof SharedArrayBuffer + " " + import.meta.url.slice(0, 20)); export const x = 1;';
  import('data:text/javascript,' + encodeURIComponent(m)).then(() => postMessage('data import ok'), (e) => postMessage('data import err ' + e.message));
  import(URL.createObjectURL(new Blob([m], { type: 'text/javascript' }))).then(() => postMessage('blob import ok'), (e) => postMessage('blob import err ' + e.message));
  postMessage('alive ' + crossOriginIsolated);
};
const r = await page.evaluate(async ([origin, wc]) => {
  const f = document.createElement('iframe');
  f.setAttribute('sandbox', 'allow-scripts'); f.setAttribute('allow', 'cross-origin-isolated');
  const csp = `default-src 'none'; script-src ${origin} blob: data: 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'; worker-src blob:; connect-src ${origin} blob: data:`;
  f.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}"><script>
  const out = [];
  const w = new Worker(URL.createObjectURL(new Blob([${JSON.stringify('(' + wc + ')()')}], {type: 'text/javascript'})));
  w.onmessage = (e) => out.push(e.data); w.onerror = (e) => out.push('err ' + e.message);
  setTimeout(() => parent.postMessage(out, '*'), 4000);
  <\/script>`;
  document.body.append(f);
  return await new Promise((res) => addEventListener('message', (e) => Array.isArray(e.data) && res(e.data)));
}, [url.slice(0, -1), workerCode.toString()]);
console.log(r);
await browser.close(); await server.close();
