import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import path from 'node:path';
const server = await createServer({ configFile: path.resolve('vite.config.ts'), server: { port: 0, hmr: false }, logLevel: 'error' });
await server.listen();
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
const page = await browser.newPage();
await page.goto(url);
await page.waitForTimeout(3000);
const r = await page.evaluate(async (origin) => {
  const f = document.createElement('iframe');
  f.setAttribute('sandbox', 'allow-scripts'); f.setAttribute('allow', 'cross-origin-isolated');
  const csp = `default-src 'none'; script-src ${origin} blob: 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'; worker-src blob:; connect-src ${origin} blob: data:`;
  f.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}"><script>
  const out = [];
  const say = (x) => out.push(x);
  (async () => {
    try { const r = await fetch('${origin}/kernel/worker.ts?worker_file&type=module'); say('fetch ' + r.status); } catch (e) { say('fetch err ' + e.message); }
    try { await import('${origin}/runtime/index.ts'); say('import runtime ok'); } catch (e) { say('import err ' + e.message); }
    const code = 'const m = "postMessage(\\"module ran \\" + typeof SharedArrayBuffer); export const x = 1;"; import("data:text/javascript," + encodeURIComponent(m)).then(() => postMessage("data import ok"), (e) => postMessage("data import err " + e.message)); import(URL.createObjectURL(new Blob([m], {type: "text/javascript"}))).then(() => postMessage("blob import ok"), (e) => postMessage("blob import err " + e.message)); postMessage(\\'alive \\' + self.origin); fetch("${origin}/kernel/worker.ts?worker_file&type=module").then(r => postMessage("wfetch " + r.status), e => postMessage("wfetch err " + e.message)); import("${origin}/kernel/worker.ts?worker_file&type=module").then(() => postMessage("imported"), (e) => postMessage("import err " + e.message));';
    for (const type of ['classic']) {
    const w = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})), {type});
    w.onmessage = (e) => say(type + ': ' + e.data); w.onerror = (e) => { say(type + ' worker error ' + e.message); };
    }
    setTimeout(() => parent.postMessage(out, '*'), 8000);
  })();
  <\/script>`;
  document.body.append(f);
  return await new Promise((res) => addEventListener('message', (e) => Array.isArray(e.data) && res(e.data)));
}, url.slice(0, -1));
console.log(r);
await browser.close(); await server.close();
