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
 * A spawn function for installThreadPool, and `stop` to end the threads it started.
 * Resolves once the thread entry is bundled.
 */
export async function nodeThreadSpawner() {
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild-wasm');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-pool-'));
  const entry = path.join(dir, 'thread.ts');
  fs.writeFileSync(entry, `import { parentPort } from 'node:worker_threads';\n` +
    `import { runPoolThread } from ${JSON.stringify(path.join(ROOT, 'runtime/wasm/threads.ts'))};\n` +
    `parentPort.once('message', (init) => runPoolThread(init));\n`);
  const outfile = path.join(dir, 'thread.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  const workers = [];
  return {
    spawn(init) {
      const w = new Worker(outfile);
      w.postMessage(init);
      w.unref(); // a thread waiting for work does not keep the process alive
      workers.push(w);
    },
    async stop() {
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
