#!/usr/bin/env node
// Kernel benchmark (`node bench/kernel.mjs`, part of `npm run bench`): the production
// build served by `vite preview` (cross-origin isolated), in headless Chromium.
//   ready: from page navigation start, on a cold browser profile (no HTTP, JavaScript or
//          wasm code cache) and on reloads (the second and third load of a profile, each
//          2 s after the previous one was ready):
//            kernel ready   both of the below, in the kernel worker: np loaded and esbuild
//                           up, so a TypeScript cell compiles and runs at once (the issue's
//                           "worker + esbuild-wasm + np"); and the same as the page hears
//                           it, later when its main thread is busy drawing the notebook
//            np ready       the kernel worker's ready message (np loaded: plain-JavaScript
//                           cells run), as the page hears it and as the worker sends it
//            TypeScript ready  esbuild up in the compiler worker, as the page
//                           hears it (through the kernel) and as the kernel hears it
//            a TypeScript cell sent at page load (before anything is ready): done
//          and the steps: main.ts running (the kernel starts), the kernel worker's start
//          (its time origin), np loaded, the page's own code (app.ts) running. The page
//          hears late when its main thread is busy drawing the notebook. For scale, the
//          browser's floor: a blank page's module script running, served the same way.
//   round trip: execute request to done, seen from the page, for `1 + 1`, for
//          `np.ones([1000, 1000]).sum()` and for a 32 MB array result (its buffer crosses
//          to the page) (medians; compile and run times from the kernel).
//   linear algebra in the kernel (the wasm SIMD kernels where users run them): matmul 512
//          and 1000, float64 and float32, in GFLOP/s; solve, inv, det, cholesky, qr 500,
//          svd and eigh 300, lstsq 1000x50 in ms, each timed inside its cell (medians of 5),
//          on the kernel's wasm thread pool (the page is cross-origin isolated), then the
//          same with the pool stopped (one thread).
// `node bench/kernel.mjs --linalg` runs the linear algebra part only.
// Targets on the 2-core reference machine: kernel ready < 500 ms, `1 + 1` median < 10 ms.
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
const LINALG_ONLY = process.argv.includes('--linalg');

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'numbook-bench-'));
await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
// The browser's own floor: a blank page whose only script is a module script, served the same way.
fs.writeFileSync(path.join(outDir, 'bench-blank.html'), '<!doctype html><title>blank</title><script type="module">window.ranAt = performance.now()</script>');
const server = await preview({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { port: 0, strictPort: false } });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });

// A TypeScript cell sent the moment main.ts has made the client, before anything is ready:
// when it is done is when a user who ran a cell at once would see its result.
const firstCell = () => {
  Object.defineProperty(window, 'numbook', {
    configurable: true,
    set(numbook) {
      Object.defineProperty(window, 'numbook', { value: numbook, writable: true, configurable: true });
      void numbook.client.execute('const first: number = 1; first').then((r) => (window.firstCellAt = r.status === 'ok' ? performance.now() : -1));
    },
  });
};
// Between loads: the previous page's background work (V8 optimising esbuild for seconds
// after its first use) would otherwise share the CPU with the reload.
const SETTLE_MS = 2000;

async function readyTime(page) {
  await page.waitForFunction(() => window.numbook?.readyAt > 0 && window.numbook.compilerAt > 0 && window.firstCellAt, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const { readyAt, compilerAt, startedAt, appAt, client } = window.numbook;
    const t = client.info.timings;
    // The worker's clock starts at its own time origin: place its times on the page's.
    const worker = t.origin - performance.timeOrigin;
    if (window.firstCellAt < 0) throw new Error('the first TypeScript cell failed');
    return {
      firstCell: window.firstCellAt,
      kernel: Math.max(worker + t.total, worker + client.compiler.at),
      kernelSeen: Math.max(readyAt, compilerAt),
      readySeen: readyAt,
      ready: worker + t.total,
      tsSeen: compilerAt,
      ts: worker + client.compiler.at,
      main: startedAt,
      app: appAt,
      workerStart: worker,
      np: worker + t.np,
    };
  });
}

async function blankTimes() {
  const cold = [];
  const warm = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let j = 0; j < 3; j++) {
      await (j === 0 ? page.goto(`${url}bench-blank.html`) : page.reload());
      (j === 0 ? cold : warm).push(await page.waitForFunction(() => window.ranAt).then((h) => h.jsonValue()));
    }
    await context.close();
  }
  return { cold, warm };
}

try {
  const loads = LINALG_ONLY ? null : await pageLoads();
  const page = await browser.newPage();
  await page.addInitScript(firstCell);
  await page.goto(url);
  await readyTime(page);
  const trips = LINALG_ONLY ? null : await roundTrips(page);
  const { pooled, single } = await linalgTimes(page);
  const row = (name, xs, target) => console.log(`${name.padEnd(60)}${fmt(median(xs)).padStart(8)} ms   min ${fmt(Math.min(...xs))}  max ${fmt(Math.max(...xs))}${target ? `   target ${target}` : ''}`);
  console.log('kernel benchmark (production build, vite preview, headless Chromium; medians)');
  if (loads) printLoads(row, loads);
  if (trips) printTrips(row, trips);
  const threads = await page.evaluate(async () => (await window.numbook.client.execute('__numbookThreads.threads')).outputs.find((o) => o.type === 'result').data['text/plain']);
  console.log(`linear algebra in the kernel: wasm pool of ${threads} threads | pool stopped (1 thread)`);
  for (const [name, { ms, flops }] of Object.entries(pooled)) {
    const one = single[name].ms;
    const rate = (xs) => (flops ? ` ${(flops / median(xs) / 1e6).toFixed(1).padStart(5)} GFLOP/s` : '');
    console.log(`${name.padEnd(24)}${fmt(median(ms)).padStart(8)} ms${rate(ms)}   |${fmt(median(one)).padStart(8)} ms${rate(one)}`);
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
  fs.rmSync(outDir, { recursive: true, force: true });
}

/** Page loads: cold profiles and reloads, and the blank page's floor. */
async function pageLoads() {
  const blank = await blankTimes();
  const cold = [];
  const warm = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext(); // empty profile: nothing cached
    const page = await context.newPage();
    await page.addInitScript(firstCell);
    await page.goto(url);
    cold.push(await readyTime(page));
    for (let j = 0; j < 2; j++) {
      await page.waitForTimeout(SETTLE_MS);
      await page.reload();
      warm.push(await readyTime(page));
    }
    await context.close();
  }
  return { blank, cold, warm };
}

/** Round trips of small cells, a large result, restarts. */
async function roundTrips(page) {
  return page.evaluate(async () => {
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
    // A 32 MB float64 array as the result: its elements cross to the page in a transferred buffer.
    const big = await time('np.ones([2000, 2000])', 10);
    const restart = [], restartTs = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await c.restart();
      restart.push(performance.now() - t);
      await c.execute('const first: number = 1');
      restartTs.push(performance.now() - t);
    }
    return { trivial, sum, ts, big, restart, restartTs };
  });
}

/**
 * Linear algebra cells, each timed inside its cell (medians of 5 after a warm-up), on the
 * kernel's thread pool and with the pool stopped, case by case (the load of a shared
 * machine changes over a run: the two figures of a case are taken close together).
 */
async function linalgTimes(page) {
  return page.evaluate(async () => {
    const c = window.numbook.client;
    const value = async (code) => {
      const r = await c.execute(code);
      if (r.status !== 'ok') throw new Error(`${code}: ${JSON.stringify(r.outputs)}`);
      return r.outputs.find((o) => o.type === 'result')?.data['text/plain'];
    };
    const pool = async (on) => {
      await value(on ? '__numbookThreads.start(); 0' : '__numbookThreads.stop(); 0');
      // the threads come up after a while: wait for them
      while (on && (await value('__numbookThreads.ready() === __numbookThreads.threads')) !== 'true') await new Promise((r) => setTimeout(r, 100));
    };
    const setup = await c.execute([
      'const rng = np.random.default_rng(0);',
      'const M512 = rng.random([512, 512]), N512 = rng.random([512, 512]);',
      'const M1k = rng.random([1000, 1000]), N1k = rng.random([1000, 1000]);',
      "const F512 = M512.astype('float32'), G512 = N512.astype('float32');",
      "const F1k = M1k.astype('float32'), G1k = N1k.astype('float32');",
      'const S500 = rng.random([500, 500]), b500 = rng.random(500);',
      'const P500 = np.add(np.matmul(S500, S500.T), np.multiply(np.eye(500), 500));',
      'const S300 = rng.random([300, 300]), H300 = np.add(S300, S300.T);',
      'const T1k = rng.random([1000, 50]), t1k = rng.random(1000);',
    ].join('\n'));
    if (setup.status !== 'ok') throw new Error(JSON.stringify(setup.outputs));
    const cases = {
      'matmul 512 float64': ['np.matmul(M512, N512)', 2 * 512 ** 3],
      'matmul 512 float32': ['np.matmul(F512, G512)', 2 * 512 ** 3],
      'matmul 1000 float64': ['np.matmul(M1k, N1k)', 2e9],
      'matmul 1000 float32': ['np.matmul(F1k, G1k)', 2e9],
      'solve 500': ['np.linalg.solve(S500, b500)'],
      'inv 500': ['np.linalg.inv(S500)'],
      'det 500': ['np.linalg.det(S500)'],
      'cholesky 500': ['np.linalg.cholesky(P500)'],
      'qr 500': ['np.linalg.qr(S500)'],
      'svd 300': ['np.linalg.svd(S300)'],
      'eigh 300': ['np.linalg.eigh(H300)'],
      'lstsq 1000x50': ['np.linalg.lstsq(T1k, t1k)'],
    };
    const times = async (expr) => {
      const ms = [];
      for (let i = 0; i < 6; i++) {
        const t = Number(await value(`const t0 = performance.now(); ${expr}; performance.now() - t0`));
        if (i > 0) ms.push(t); // the first run warms up
      }
      return ms;
    };
    const pooled = {}, single = {};
    for (const [name, [expr, flops]] of Object.entries(cases)) {
      await pool(true);
      pooled[name] = { ms: await times(expr), flops };
      await pool(false);
      single[name] = { ms: await times(expr), flops };
    }
    return { pooled, single };
  });
}

function printLoads(row, { blank, cold, warm }) {
  const both = (name, key, target) => {
    row(`${name}, cold profile`, cold.map((r) => r[key]), target);
    row(`${name}, reload`, warm.map((r) => r[key]), target);
  };
  both('page load to kernel ready (np + TypeScript)', 'kernel', '< 500 ms');
  both('  the same, as the page hears it', 'kernelSeen');
  both('  a TypeScript cell sent at page load: done', 'firstCell');
  both('  np ready, as the page hears it', 'readySeen');
  both('  np ready, sent by the kernel worker', 'ready');
  both('  TypeScript ready, as the page hears it', 'tsSeen');
  both('  TypeScript ready, heard by the kernel', 'ts');
  both('  main.ts running (kernel started)', 'main');
  both('  kernel worker started', 'workerStart');
  both('  np loaded in the worker', 'np');
  both('  app.ts running (the page\'s own code)', 'app');
  row('blank page: a module script running, cold profile', blank.cold);
  row('blank page: a module script running, reload', blank.warm);
}

function printTrips(row, trips) {
  row('round trip `1 + 1`', trips.trivial.rt, '< 10 ms');
  row('  compile (esbuild + transform)', trips.trivial.compile);
  row('  run', trips.trivial.run);
  row('round trip `np.ones([1000, 1000]).sum()`', trips.sum.rt);
  row('  compile', trips.sum.compile);
  row('  run', trips.sum.run);
  row('round trip of a TypeScript cell (esbuild)', trips.ts.rt);
  row('  compile (esbuild + transform)', trips.ts.compile);
  row('round trip of a 32 MB array result (`np.ones([2000, 2000])`)', trips.big.rt);
  row('  run', trips.big.run);
  row('restart to ready', trips.restart);
  row('restart to a TypeScript cell done', trips.restartTs);
}
