// The np runtime for Node benches: runtime/index.ts bundled by esbuild into a temporary
// module and imported (Node cannot import the TypeScript sources directly).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildWasmKernels } from '../wasm/build.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * Imports `np` from a fresh bundle of runtime/index.ts (with the wasm kernels built first);
 * `{wasm: false}` turns them off, to time the JS kernels.
 */
export async function loadNp({ wasm = true } = {}) {
  await buildWasmKernels();
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild-wasm');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'np-bench-'));
  const entry = path.join(dir, 'entry.ts');
  const src = (f) => JSON.stringify(path.join(ROOT, f));
  fs.writeFileSync(entry, `export { np } from ${src('runtime/index.ts')};\nexport { setWasmMode, wasmVariant } from ${src('runtime/wasm/module.ts')};\n`);
  const outfile = path.join(dir, 'np.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  await esbuild.stop?.();
  const mod = await import(pathToFileURL(outfile).href);
  mod.setWasmMode(wasm ? 'auto' : 'off');
  // what ran, for the bench's header
  mod.np.__wasmVariant = mod.wasmVariant() ?? 'off (JS kernels)';
  return mod.np;
}
