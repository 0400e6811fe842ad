/**
 * Entry of the kernel's Web Worker: np is loaded by the import below (its time is the
 * worker's module evaluation), then the kernel waits for its port. The worker runs in the
 * page's sandboxed iframe (web/kernel-client/kernel-sandbox.ts): this module says `loaded` to its host,
 * whose answer carries the port the page talks on and the interrupt flag it shares with it. esbuild runs in the
 * page's compiler worker (compiler-worker.ts), which the kernel reaches through a port the
 * page sends; without one, the kernel starts esbuild on this thread.
 */
import { Kernel } from './kernel';
import type { KernelPort } from './channel';
import { remoteEsbuild } from './remote-esbuild';

const npLoadedAt = performance.now();
const scope = self as unknown as WorkerGlobalScope & { addEventListener(type: 'message', l: (ev: MessageEvent) => void): void; removeEventListener(type: 'message', l: (ev: MessageEvent) => void): void };
let kernel: Kernel | null = null;

/** The host's message: { port, interrupt } (KernelWorkerStart in web/kernel-client/kernel-sandbox-host.ts). */
function start(ev: MessageEvent<{ port: MessagePort; interrupt: SharedArrayBuffer | null }>): void {
  scope.removeEventListener('message', start);
  const { port, interrupt } = ev.data;
  kernel = new Kernel(port as unknown as KernelPort, {
    npLoadedAt,
    interrupt,
    // Vite's dev client, injected into the worker, logs its connection through our console.
    ignoreConsole: import.meta.env?.DEV ? (text) => text.startsWith('[vite] ') : undefined,
    async loadEsbuild(source) {
      if (source instanceof MessagePort) return remoteEsbuild(source);
      // Loaded only here: the worker's first parse stays small.
      const esbuild = await import('esbuild-wasm');
      // worker: false: we are the worker already; esbuild's Go runtime runs on this thread.
      await esbuild.initialize(typeof source === 'string' ? { wasmURL: source, worker: false } : { wasmModule: source, worker: false });
      return esbuild;
    },
  });
  port.start();
}
scope.addEventListener('message', start);
// The host (a classic worker's script that imported this module) waits for this to send the port.
(scope as unknown as { postMessage(m: unknown): void }).postMessage('loaded');

// What no cell caught (a timer's throw, an unawaited rejection) is the cell's stderr, as
// in Jupyter, and must not reach the page as a worker error (the page reads that as a crash).
scope.addEventListener('error', (ev: ErrorEvent) => {
  ev.preventDefault();
  kernel?.background(ev.error ?? ev.message);
});
scope.addEventListener('unhandledrejection', (ev: PromiseRejectionEvent) => {
  ev.preventDefault();
  kernel?.background(ev.reason, 'Uncaught (in promise)');
});

// close() from a cell would end the worker silently: say what to do instead.
Object.defineProperty(scope, 'close', {
  value: () => {
    throw new Error('close() would stop the kernel; use Restart instead');
  },
  writable: true,
  configurable: true,
});
Error.stackTraceLimit = 50;
