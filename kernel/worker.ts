/**
 * Entry of the kernel's Web Worker: np is loaded by the import below (its time is the
 * worker's module evaluation), then the kernel waits for its port. The worker runs in the
 * page's sandboxed iframe (web/kernel-client/kernel-sandbox.ts): this module says `loaded` to its host,
 * whose answer carries the port the page talks on and the interrupt flag it shares with it. esbuild runs in the
 * page's compiler worker (compiler-worker.ts), which the kernel reaches through a port the
 * page sends; without one, the kernel starts esbuild on this thread.
 *
 * The same module is also the entry of the wasm kernels' pool threads (runtime/wasm/
 * threads.ts): in the sandbox's opaque origin a sub-worker must be a classic blob: worker
 * that import()s its module, so each pool thread imports this one again, flagged.
 */
import { Kernel } from './kernel';
import type { KernelPort } from './channel';
import { remoteEsbuild } from './remote-esbuild';
import { installThreadPool, parallelRuns, runPoolThread, stopThreadPool, threadsFor, type PoolThreadInit, type SpawnThread } from '../runtime/wasm/threads';
import { kernels } from '../runtime/wasm/module';

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
/**
 * Where shared memory is allowed, the wasm kernels (matmul, linear algebra) split large
 * calls across a few threads (one per core, at most 4 with the kernel's): started after
 * the kernel, so its start does not wait for them.
 */
function startPool(): void {
  if (!globalThis.crossOriginIsolated) return;
  const threads = Math.min(navigator.hardwareConcurrency || 1, 4);
  const src = `self.__npPoolThread = true; import(${JSON.stringify(import.meta.url)}).catch((e) => setTimeout(() => { throw e; }));`;
  const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
  const spawn: SpawnThread = (init, exited) => {
    const w = new Worker(url, { name: 'np-thread' });
    // The thread says 'loaded' once this module has run in it (a message before would be lost).
    w.addEventListener('message', () => w.postMessage(init), { once: true });
    // a thread whose module failed to load or that threw: the pool starts another
    w.addEventListener('error', exited);
    return w;
  };
  const started = installThreadPool(spawn, threads);
  // For tests and benches: how many threads the pool has, how many are ready, how many
  // calls a thread did a share of, the size of the kernels' memory; stop() ends the pool
  // (the kernels run on one thread), start() starts it again.
  if (started) {
    const value = {
      threads, ready: () => threadsFor(kernels()!), runs: parallelRuns, memoryBytes: () => kernels()!.memory.buffer.byteLength,
      stop: stopThreadPool, start: () => installThreadPool(spawn, threads),
    };
    Object.defineProperty(globalThis, '__numbookThreads', { value, configurable: true });
  }
}

const post = (m: unknown) => (scope as unknown as { postMessage(m: unknown): void }).postMessage(m);
if ((globalThis as { __npPoolThread?: boolean }).__npPoolThread) {
  // A pool thread: run kernel calls from the shared memory until the kernel ends.
  scope.addEventListener('message', (e: MessageEvent<PoolThreadInit>) => runPoolThread(e.data));
  post('loaded');
} else {
  scope.addEventListener('message', start);
  // The host (a classic worker's script that imported this module) waits for this to send the port.
  post('loaded');
  setTimeout(startPool, 0);
}

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
