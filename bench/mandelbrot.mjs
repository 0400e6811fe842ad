#!/usr/bin/env node
// `node bench/mandelbrot.mjs [runs]`: the Mandelbrot notebook's loop (notebooks/mandelbrot:
// 450x360 grid, 64 steps of z = z*z + c, |z| > 2, two np.where) in Node and in headless
// Chromium, with NumPy's time for the same loop, and two figures that split where the time
// goes:
//   out=    the same steps written with out= (no new arrays): the kernels' own time
//   memory  allocating and filling, with no computation, the fresh typed arrays the loop
//           makes (the same sizes and count): what fresh memory alone costs there
// NumPy reuses freed memory at once (reference counting); V8 frees array buffers only at
// a GC, and Chromium's allocator returns large ones to the OS, so every temporary comes
// back as fresh pages that the OS zeroes on first touch.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withHugePages } from './hugepages.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.argv[2]) || 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
withHugePages();

/** The three loops, as one function's source so that Node and the page run the same text. */
function loops(np, which) {
  const [X, Y] = np.meshgrid(np.linspace(-2.2, 0.8, 450), np.linspace(-1.2, 1.2, 360));
  const c = np.add(X, np.multiply(Y, np.j));
  const t0 = performance.now();
  if (which === 'loop') {
    let z = np.zeros_like(c);
    let counts = np.full(z.shape, 64);
    for (let n = 0; n < 64; n++) {
      z = np.add(np.multiply(z, z), c);
      const escaped = np.greater(np.abs(z), 2);
      counts = np.where(np.bitwise_and(escaped, np.equal(counts, 64)), n, counts);
      z = np.where(escaped, 2, z);
    }
  } else if (which === 'out=') {
    const z = np.zeros_like(c);
    const counts = np.full(z.shape, 64);
    const a = np.zeros(z.shape);
    const e = np.zeros(z.shape, { dtype: 'bool' });
    const f = np.zeros(z.shape, { dtype: 'bool' });
    for (let n = 0; n < 64; n++) {
      np.multiply(z, z, { out: z });
      np.add(z, c, { out: z });
      np.absolute(z, { out: a });
      np.greater(a, 2, { out: e });
      np.equal(counts, 64, { out: f });
      np.bitwise_and(e, f, { out: f });
      counts.set(f, n);
      z.set(e, 2);
    }
  } else {
    // per step: 3 complex128 and 2 float64/int64 arrays of 162,000 elements, 3 bool arrays
    let keep = 0;
    for (let n = 0; n < 64; n++) {
      for (const len of [324000, 324000, 324000, 162000, 162000]) {
        const x = new Float64Array(len);
        x.fill(1);
        keep += x[len - 1];
      }
      for (let k = 0; k < 3; k++) {
        const b = new Uint8Array(162000);
        b.fill(1);
        keep += b[7];
      }
    }
    if (keep < 0) throw new Error('unreachable');
  }
  return performance.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const KINDS = ['loop', 'out=', 'memory'];

function measure(run) {
  const times = Object.fromEntries(KINDS.map((k) => [k, []]));
  for (let r = 0; r < RUNS; r++) for (const k of KINDS) times[k].push(run(k));
  return times;
}

// The runtime bundled as load-np.mjs bundles it (JS kernels: the complex loops have no wasm).
const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild-wasm');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-mandelbrot-'));
const entry = path.join(dir, 'entry.ts');
fs.writeFileSync(entry, `export { np } from ${JSON.stringify(path.join(ROOT, 'runtime/index.ts'))};\n`);
const outfile = path.join(dir, 'np.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
await esbuild.stop?.();

const rows = [];
const { np } = await import(pathToFileURL(outfile).href);
loops(np, 'loop');
rows.push(['Node', measure((k) => loops(np, k))]);

try {
  const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const code = fs.readFileSync(outfile, 'utf8');
  await page.route('http://bench.local/**', (route) =>
    route.request().url().endsWith('/np.mjs')
      ? route.fulfill({ contentType: 'text/javascript', body: code })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>mandelbrot</title>' }),
  );
  await page.goto('http://bench.local/');
  const times = await page.evaluate(async ({ src, runs, kinds }) => {
    const { np } = await import('http://bench.local/np.mjs');
    const run = new Function(`return (${src})`)();
    run(np, 'loop');
    const t = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let r = 0; r < runs; r++) for (const k of kinds) t[k].push(run(np, k));
    return t;
  }, { src: loops.toString(), runs: RUNS, kinds: KINDS });
  rows.push(['Chromium', times]);
  await browser.close();
} catch (e) {
  console.log(`(Chromium skipped: ${e.message.split('\n')[0]})`);
}

let numpy = null;
try {
  const py = `
import numpy as np, time
X, Y = np.meshgrid(np.linspace(-2.2, 0.8, 450), np.linspace(-1.2, 1.2, 360)); c = X + 1j * Y
ts = []
for r in range(${RUNS}):
    t0 = time.perf_counter(); z = np.zeros_like(c); counts = np.full(z.shape, 64)
    for n in range(64):
        z = z * z + c; e = np.abs(z) > 2
        counts = np.where(e & (counts == 64), n, counts); z = np.where(e, 2, z)
    ts.append((time.perf_counter() - t0) * 1e3)
print(sorted(ts)[len(ts) // 2])`;
  numpy = Number(execFileSync('python3', ['-c', py], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
} catch {
  numpy = null;
}

console.log(`Mandelbrot 450x360, 64 steps: median ms over ${RUNS} runs (NumPy: ${numpy === null ? 'not available' : numpy.toFixed(0) + ' ms'})`);
console.log('where      loop    out=    memory');
for (const [where, t] of rows) {
  console.log(`${where.padEnd(10)} ${KINDS.map((k) => median(t[k]).toFixed(0).padStart(6)).join('  ')}`);
}
fs.rmSync(dir, { recursive: true, force: true });
