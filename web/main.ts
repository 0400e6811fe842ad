/**
 * Entry of the notebook page: starts the kernel (web/kernel-client.ts), mounts
 * <nb-notebook>, opens the notebook the URL or the last session names (a first visit gets
 * the welcome notebook), and loads Monaco after the first paint.
 *
 * `window.numbook` exposes the client, the notebook element and timings to end-to-end
 * tests and the benchmark.
 */
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import { KernelClient, type ExecuteReply, type KernelClientOptions } from './kernel-client';
import { loadMonaco } from './editor';
import { welcomeNotebook, WELCOME_NAME } from './welcome';
import type { NbNotebook } from './nb-notebook';
import './nb-notebook';
import './notebook.css';

/** A kernel client with this page's worker and esbuild (tests make extra ones with other options). */
function createClient(options: Partial<KernelClientOptions> = {}): KernelClient {
  return new KernelClient({
    wasm: wasmURL,
    spawn: () => new Worker(new URL('../kernel/worker.ts', import.meta.url), { type: 'module', name: 'numbook-kernel' }),
    ...options,
  });
}
const client = createClient();

const notebook = document.querySelector<NbNotebook>('nb-notebook')!;
const numbook = {
  client,
  createClient,
  notebook,
  /** When this module ran (the page's code loaded), ms since navigation start. */
  startedAt: performance.now(),
  /** When the stored notebook was read (before drawing). */
  loadedAt: 0,
  readyAt: 0,
  compilerAt: 0,
  /** When the notebook was drawn (cells on screen), ms since navigation start. */
  openedAt: 0,
  monacoAt: 0,
  /** Monaco's API once loaded (tests read markers). */
  monaco: null as unknown,
  lastReply: null as ExecuteReply | null,
};
(window as unknown as { numbook: typeof numbook }).numbook = numbook;
void client.ready.then(() => (numbook.readyAt = performance.now()));
client.on((m) => {
  if (m.type === 'compiler') numbook.compilerAt = performance.now();
});

void notebook.init(client, welcomeNotebook, WELCOME_NAME).then(async () => {
  numbook.loadedAt = performance.now();
  await notebook.updateComplete;
  requestAnimationFrame(() => {
    numbook.openedAt = performance.now();
    document.body.dataset.ready = 'true';
    // Monaco after the notebook is on screen: the editors come when cells need them.
    setTimeout(
      () =>
        void loadMonaco().then((monaco) => {
          numbook.monaco = monaco;
          numbook.monacoAt = performance.now();
          notebook.controller.syncModels();
        }),
      0,
    );
  });
});
