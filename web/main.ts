/**
 * Entry of the notebook page, small so that it runs first: starts the kernel (its worker
 * and the compiler worker that runs esbuild, web/kernel-client/kernel-client.ts), then loads the page's
 * own code (web/app.ts: lit, the notebook, markdown, KaTeX), which would otherwise keep
 * the kernel waiting while it downloads, parses and draws.
 *
 * `window.numbook` exposes the client, the notebook element and timings to end-to-end
 * tests and the benchmark.
 */
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import kernelURL from '../kernel/worker.ts?worker&url';
import { KernelClient, type ExecuteReply, type KernelClientOptions } from './kernel-client/kernel-client';
import { sandboxedKernel } from './kernel-client/kernel-sandbox';
import type { NbNotebook } from './notebook/nb-notebook';
import { readAhead } from './storage/storage';
import { startTheme } from './notebook/theme';

// Light or dark before the page's styles arrive: a dark page never flashes light.
startTheme();

/**
 * esbuild.wasm, compiled streaming from here, the first script to run: the download and
 * compile (on V8's background threads) begin before the compiler worker's script has loaded,
 * and a page's compile is one Chrome's wasm code cache serves on later visits, with the code
 * V8 optimised (measured: esbuild starts in ~50 ms on a reload instead of ~150 ms). A server
 * that does not label it application/wasm gets the plain compile.
 */
const esbuildWasm = WebAssembly.compileStreaming(fetch(wasmURL)).catch(async () => WebAssembly.compile(await (await fetch(wasmURL)).arrayBuffer()));
esbuildWasm.catch(() => {}); // the compiler worker then compiles it itself, and reports why it cannot

/**
 * The kernel worker's script for its sandboxed iframe (web/kernel-client/kernel-sandbox.ts), whose opaque
 * origin cannot read this one's files by URL on a host that sends no CORS headers: a build's
 * worker is one file, fetched here at once and passed as text; the dev server's is a tree
 * of modules, imported by URL (it answers the sandbox with CORS: vite.config.ts).
 */
const kernelScript = __KERNEL_BY_URL__
  ? Promise.resolve({ url: new URL(kernelURL, location.href).href })
  : fetch(kernelURL).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} from ${kernelURL}`);
      return { text: await r.text() };
    });
kernelScript.catch(() => {}); // each kernel's start reports it

/** A kernel client with this page's workers (tests make extra ones with other options). */
function createClient(options: Partial<KernelClientOptions> = {}): KernelClient {
  // Read now: a test makes a client as if the page were not isolated.
  const isolated = globalThis.crossOriginIsolated === true;
  return new KernelClient({
    wasm: wasmURL,
    ...(options.wasm === undefined ? { compiledWasm: esbuildWasm } : {}),
    spawn: () => sandboxedKernel({ script: kernelScript, isolated }),
    spawnCompiler: () => new Worker(new URL('../kernel/compiler-worker.ts', import.meta.url), { type: 'module', name: 'numbook-compiler' }),
    // Deno's permission prompt, once per origin: cells send nothing off this site unasked.
    askFetch: async (origin: string, url: string) =>
      confirm(`A cell wants to read a file from ${origin}:\n\n${url}\n\nAllow cells to read from ${origin} until you close this page? (Nothing is sent there but the request itself, without your cookies.)`),
    ...options,
  });
}
const client = createClient();
// The notebook is read from IndexedDB while web/app.ts downloads and parses (storage.ts).
readAhead(new URLSearchParams(location.hash.slice(1)).get('nb'));

const numbook = {
  client,
  createClient,
  /** Upgraded when web/app.ts has loaded. */
  notebook: document.querySelector<NbNotebook>('nb-notebook')!,
  /** When this module ran (the kernel started), ms since navigation start. */
  startedAt: performance.now(),
  /** When the page's own code (web/app.ts) ran. */
  appAt: 0,
  /** When the stored notebook was read (before drawing). */
  loadedAt: 0,
  /** When the page heard the kernel is ready (np loaded: cells run). */
  readyAt: 0,
  /** When the page heard esbuild is up (TypeScript cells compile). */
  compilerAt: 0,
  /** When the notebook was drawn (cells on screen), ms since navigation start. */
  openedAt: 0,
  monacoAt: 0,
  /** Monaco's API once loaded (tests read markers). */
  monaco: null as unknown,
  lastReply: null as ExecuteReply | null,
};
export type Numbook = typeof numbook;
(window as unknown as { numbook: Numbook }).numbook = numbook;
void client.ready.then(() => (numbook.readyAt = performance.now()));
client.on((m) => {
  if (m.type === 'compiler') numbook.compilerAt = performance.now();
});

void import('./app').then((app) => app.start(numbook));
