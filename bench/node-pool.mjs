// A wasm thread pool for Node (benches and tests): the pool thread's entry
// (runtime/wasm/threads.ts's runPoolThread) bundled by esbuild into a temporary module,
// started in worker_threads. The notebook kernel does the same with Web Workers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * A spawn function for installThreadPool, `workers` (the threads it started, newest last)
 * and `stop` to end them. Resolves once the thread entry is bundled. `prelude`: code run in
 * each thread before it starts (the tests make threads fail with it).
 */
export async function nodeThreadSpawner({ prelude = '' } = {}) {
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild-wasm');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-pool-'));
  const entry = path.join(dir, 'thread.ts');
  fs.writeFileSync(entry, `import { parentPort } from 'node:worker_threads';\n` +
    `import { runPoolThread } from ${JSON.stringify(path.join(ROOT, 'runtime/wasm/threads.ts'))};\n` +
    `${prelude}\nparentPort.once('message', (init) => runPoolThread(init));\n`);
  const outfile = path.join(dir, 'thread.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  const workers = [];
  return {
    workers,
    spawn(init, exited) {
      const w = new Worker(outfile);
      w.postMessage(init);
      w.unref(); // a thread waiting for work does not keep the process alive
      w.on('error', exited);
      w.on('exit', exited);
      workers.push(w);
      return w;
    },
    async stop() {
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
