/**
 * Entry of the kernel's Web Worker: np is loaded by the import below (its time is the
 * worker's module evaluation), then the kernel waits for the page's init message. esbuild
 * runs in the page's compiler worker (compiler-worker.ts), which the kernel reaches through
 * the port the page sends; without one, the kernel starts esbuild on this thread.
 */
import { Kernel } from './kernel';
import type { KernelPort } from './channel';
import { remoteEsbuild } from './remote-esbuild';
import { installThreadPool } from '../runtime/wasm/threads';

const npLoadedAt = performance.now();
const scope = self as unknown as KernelPort & WorkerGlobalScope;

// Where shared memory is allowed, the wasm kernels (matmul, linear algebra) split large
// calls across a few threads of their own (at most 4; one per core). Started after this
// task, so that the kernel's start does not wait for it.
if (globalThis.crossOriginIsolated) {
  setTimeout(() => installThreadPool((init) => {
    new Worker(new URL('./pool-thread.ts', import.meta.url), { type: 'module', name: 'np-thread' }).postMessage(init);
  }, Math.min(navigator.hardwareConcurrency || 1, 4)), 0);
}

const kernel = new Kernel(scope, {
  npLoadedAt,
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

// What no cell caught (a timer's throw, an unawaited rejection) is the cell's stderr, as
// in Jupyter, and must not reach the page as a worker error (the page reads that as a crash).
scope.addEventListener('error', (ev: ErrorEvent) => {
  ev.preventDefault();
  kernel.background(ev.error ?? ev.message);
});
scope.addEventListener('unhandledrejection', (ev: PromiseRejectionEvent) => {
  ev.preventDefault();
  kernel.background(ev.reason, 'Uncaught (in promise)');
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
