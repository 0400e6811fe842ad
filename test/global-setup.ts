/**
 * Once before every test file: the wasm kernels (wasm/build.mjs; a no-op when current) and
 * np's editor declarations (web/build/np-declarations.ts), made here so that the e2e
 * files' dev servers, started side by side, read them from the cache instead of each
 * spending seconds of CPU emitting the same files.
 */
import { npDeclarations } from '../web/build/np-declarations';
import { buildWasmKernels } from '../wasm/build.mjs';

export default async function setup(): Promise<void> {
  await buildWasmKernels();
  await npDeclarations(process.cwd());
}
