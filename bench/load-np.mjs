// The np runtime for Node benches: runtime/index.ts bundled by esbuild into a temporary
// module and imported (Node cannot import the TypeScript sources directly).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Imports `np` from a fresh bundle of runtime/index.ts. */
export async function loadNp() {
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild-wasm');
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'np-bench-')), 'np.mjs');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'runtime/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  await esbuild.stop?.();
  return (await import(pathToFileURL(outfile).href)).np;
}
