#!/usr/bin/env node
// Kernel benchmark (`node bench/kernel.mjs`, part of `npm run bench`): the production
// build served by `vite preview` (cross-origin isolated), in headless Chromium.
//   ready: page navigation start to the kernel's ready message (worker + np: cells run),
//          and to esbuild-wasm's (TypeScript cells compile; plain JavaScript does not need
//          it), on a cold browser profile (no HTTP or wasm code cache) and on reloads;
//   round trip: execute request to done, seen from the page, for `1 + 1` and for
//          `np.ones([1000, 1000]).sum()` (medians; compile and run times from the kernel).
// Targets on the 2-core reference machine: ready < 500 ms, `1 + 1` median < 10 ms.
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'numbook-bench-'));
await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { port: 0, strictPort: false } });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });

async function readyTime(page) {
  await page.waitForFunction(() => window.numbook?.readyAt > 0 && window.numbook.client.compiler, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const { readyAt, client } = window.numbook;
    // The worker's clock starts when it is created: place its times on the page's clock.
    const workerStart = readyAt - client.info.timings.total;
    return { ready: readyAt, np: client.info.timings.np, esbuild: workerStart + client.compiler.at, main: window.numbook.startedAt, workerStart };
  });
}

try {
  const cold = [];
  const warm = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext(); // empty profile: nothing cached
    const page = await context.newPage();
    await page.goto(url);
    cold.push(await readyTime(page));
    for (let j = 0; j < 2; j++) {
      await page.reload();
      warm.push(await readyTime(page));
    }
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(url);
  await readyTime(page);
  const trips = await page.evaluate(async () => {
    const c = window.numbook.client;
    const time = async (code, n) => {
      const rt = [], compile = [], run = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const r = await c.execute(code);
        rt.push(performance.now() - t);
        compile.push(r.timings.compile);
        run.push(r.timings.run);
        if (r.status !== 'ok') throw new Error(JSON.stringify(r.outputs));
      }
      return { rt, compile, run };
    };
    await time('1 + 1', 20); // warm-up: esbuild's and V8's JITs
    await time('np.ones([1000, 1000]).sum()', 5);
    const trivial = await time('1 + 1', 100);
    const sum = await time('np.ones([1000, 1000]).sum()', 30);
    const ts = await time('const typed: number = 1 + 1; typed', 30);
    const restart = [], restartTs = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await c.restart();
      restart.push(performance.now() - t);
      await c.execute('const first: number = 1');
      restartTs.push(performance.now() - t);
    }
    return { trivial, sum, ts, restart, restartTs };
  });
  const row = (name, xs, target) => console.log(`${name.padEnd(44)}${fmt(median(xs)).padStart(8)} ms   min ${fmt(Math.min(...xs))}  max ${fmt(Math.max(...xs))}${target ? `   target ${target}` : ''}`);
  console.log('kernel benchmark (production build, vite preview, headless Chromium; medians)');
  row('page load to kernel ready, cold profile', cold.map((r) => r.ready), '< 500 ms');
  row('page load to kernel ready, reload', warm.map((r) => r.ready), '< 500 ms');
  row('  page load to main.ts running (cold)', cold.map((r) => r.main));
  row('  page load to worker start (cold)', cold.map((r) => r.workerStart));
  row('  worker start to np loaded (cold)', cold.map((r) => r.np));
  row('page load to esbuild ready (TypeScript cells), cold', cold.map((r) => r.esbuild));
  row('page load to esbuild ready, reload', warm.map((r) => r.esbuild));
  row('round trip `1 + 1`', trips.trivial.rt, '< 10 ms');
  row('  compile (esbuild + transform)', trips.trivial.compile);
  row('  run', trips.trivial.run);
  row('round trip `np.ones([1000, 1000]).sum()`', trips.sum.rt);
  row('  compile', trips.sum.compile);
  row('  run', trips.sum.run);
  row('round trip of a TypeScript cell (esbuild)', trips.ts.rt);
  row('  compile (esbuild + transform)', trips.ts.compile);
  row('restart to ready', trips.restart);
  row('restart to a TypeScript cell done', trips.restartTs);
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
  fs.rmSync(outDir, { recursive: true, force: true });
}
