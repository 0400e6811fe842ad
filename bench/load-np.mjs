// The np runtime for Node benches: runtime/index.ts bundled by esbuild into a temporary
// module and imported (Node cannot import the TypeScript sources directly).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildWasmKernels } from '../wasm/build.mjs';
import { nodeThreadSpawner } from './node-pool.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * Imports `np` from a fresh bundle of runtime/index.ts (with the wasm kernels built first);
 * `{wasm: false}` turns them off, to time the JS kernels; `{threads: n}` (n > 1) starts the
 * wasm thread pool in worker_threads and waits for its threads.
 */
export async function loadNp({ wasm = true, threads = 1 } = {}) {
  await buildWasmKernels();
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild-wasm');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-bench-'));
  const entry = path.join(dir, 'entry.ts');
  const src = (f) => JSON.stringify(path.join(ROOT, f));
  fs.writeFileSync(entry, `export { np } from ${src('runtime/index.ts')};\nexport { setWasmMode, wasmVariant, kernels } from ${src('runtime/wasm/module.ts')};\n` +
    `export { installThreadPool, threadsFor, parallelRuns } from ${src('runtime/wasm/threads.ts')};\n` +
    `export { setParallelMapMin } from ${src('runtime/wasm/parallel-map.ts')};\n`);
  const outfile = path.join(dir, 'np.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  const pool = wasm && threads > 1 ? await nodeThreadSpawner() : null;
  await esbuild.stop?.();
  const mod = await import(pathToFileURL(outfile).href);
  mod.setWasmMode(wasm ? 'auto' : 'off');
  if (pool && mod.installThreadPool(pool.spawn, threads)) {
    while (mod.threadsFor(mod.kernels()) < threads) await new Promise((r) => setTimeout(r, 5));
  }
  // what ran, for the bench's header
  mod.np.__wasmVariant = (mod.wasmVariant() ?? 'off (JS kernels)') + (pool ? `, ${threads} threads` : '');
  // for benches that compare the pool with one thread in one process (bench/parallel-map.mjs)
  mod.np.__setParallelMapMin = mod.setParallelMapMin;
  mod.np.__parallelRuns = mod.parallelRuns;
  return mod.np;
}
