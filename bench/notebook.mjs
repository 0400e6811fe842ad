#!/usr/bin/env node
// `node bench/notebook.mjs [runs]`: time to open a 100-cell notebook in headless Chromium
// (the app served by Vite's dev server, as the e2e tests). The notebook (90 code cells of
// 3-8 lines, each with a stream and an array output, one in three an 8 x 8 table, and 10
// markdown cells with math) is stored in IndexedDB once; each run reloads the page and
// measures, from navigation start:
//   open    the notebook on screen: 100 <nb-cell>s rendered, the outputs of the cells in
//           view drawn (those off screen are drawn when scrolled near), next frame painted
//   editors the Monaco editors of the cells in view made (Monaco loaded once per load)
// Target: open < 1000 ms. Medians and minimums over the runs, in milliseconds.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.argv[2] ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

process.chdir(ROOT);
const server = await createServer({ configFile: path.join(ROOT, 'vite.config.ts'), server: { port: 0, strictPort: false, hmr: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const url = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: Math.round(s[Math.floor(s.length / 2)]), min: Math.round(s[0]) };
};

try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
  // Store the 100-cell notebook through the app's own controller, then open it on each load.
  const id = await page.evaluate(async () => {
    const nb = window.numbook.notebook;
    const c = nb.controller;
    const cells = [];
    for (let i = 0; i < 100; i++) {
      const id = `bench-${i}`;
      if (i % 10 === 0) {
        cells.push({ id, cell_type: 'markdown', metadata: {}, source: `## Section ${i / 10}\n\nSome text with math $\\sum_i x_i^2$ and a list:\n\n- one\n- two` });
        continue;
      }
      const n = 3 + (i % 6);
      const source = Array.from({ length: n }, (_, k) => `const v${i}_${k} = np.arange(${k + 8}).reshape(-1, 1).mul(${i});`).join('\n');
      const table = i % 3 === 0;
      const values = new Float64Array(table ? 64 : 16).map((_, k) => k * i);
      cells.push({
        id,
        cell_type: 'code',
        metadata: {},
        source,
        execution_count: i,
        outputs: [
          { output_type: 'stream', name: 'stdout', text: `cell ${i}: ok\n` },
          {
            output_type: 'execute_result',
            execution_count: i,
            metadata: {},
            data: {
              'text/plain': `array(${i})`,
              'application/vnd.numbook.ndarray+json': { dtype: 'float64', shape: table ? [8, 8] : [16], storage: 'Float64Array', buffer: values.buffer },
            },
          },
        ],
      });
    }
    await c.create({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }, 'Bench 100 cells');
    return c.meta.id;
  });
  const open = [];
  const editors = [];
  const code = [];
  const draw = [];
  const read = [];
  for (let r = 0; r < RUNS + 1; r++) {
    await page.goto(`${url}#nb=${id}`);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
    const t = await page.evaluate(async () => {
      const n = document.querySelectorAll('nb-cell').length;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      // Open = the cells in view drawn with their outputs (outputs off screen wait until scrolled to).
      const inView = () => [...document.querySelectorAll('nb-cell')].filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
      while (inView().some((c) => c.querySelector('.nb-outputs-pending'))) await frame();
      await Promise.all(inView().flatMap((c) => [...c.querySelectorAll('nb-array-output')].map((o) => o.updateComplete)));
      await frame();
      const opened = performance.now();
      const wait = (f) => new Promise((res) => { const tick = () => (f() ? res() : setTimeout(tick, 20)); tick(); });
      await wait(() => window.numbook.monacoAt > 0);
      await wait(() => document.querySelectorAll('nb-cell .monaco-editor').length >= 3);
      return { n, open: opened, code: window.numbook.startedAt, loaded: window.numbook.loadedAt, editors: performance.now() };
    });
    if (t.n !== 100) throw new Error(`expected 100 cells, saw ${t.n}`);
    if (r === 0) continue; // warm-up: the dev server's first transforms
    open.push(t.open);
    code.push(t.code);
    draw.push(t.open - t.code);
    read.push(t.loaded - t.code);
    editors.push(t.editors);
  }
  console.log(`notebook (${RUNS} runs, ms since navigation)`);
  console.log(`  open 100-cell notebook      median ${stats(open).median}  min ${stats(open).min}   (target < 1000)`);
  console.log(`    of which: page code loaded median ${stats(code).median}; storage read + draw + frames median ${stats(draw).median}  min ${stats(draw).min} (storage read median ${stats(read).median})`);
  console.log(`  editors in view (Monaco)    median ${stats(editors).median}  min ${stats(editors).min}`);
} finally {
  await browser.close();
  await server.close();
}
