/**
 * A pool of threads for the wasm kernels. The host (the notebook kernel when the page is
 * cross-origin isolated; a Node test with worker_threads) hands in a way to start a
 * thread; each thread instantiates the kernels' shared build on the same
 * WebAssembly.Memory({shared: true}) and waits on its slot of a control block. A caller
 * that splits its work (a GEMM chunk's rows, a rotation sequence's columns) writes each
 * thread's call into its slot, runs the first share itself and blocks (Atomics.wait: the
 * runtime runs in a Worker or in Node) until the others are done, so the kernels stay
 * synchronous. The split follows the kernels' own blocks, so each element is computed by
 * the same operations in the same order as on one thread: results are bit for bit the same.
 *
 * Control block (Int32Array on a SharedArrayBuffer): [0] threads done; for thread w >= 1,
 * at i32 index 32 w: the job counter (bumped to start a job), ready (1 once it waits), the
 * job's kind (0: stop), then from byte 128 w + 16 its arguments, up to 14 float64.
 */
import { WASM_SHARED_MAX_PAGES } from './kernels.generated';
import { sharedModule, useSharedMemory, onSharedMemory, type KernelExports } from './module';
import { runMapJob } from './map-kernels';

/** What a pool thread is started with; the thread calls runPoolThread(init). */
export interface PoolThreadInit {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  index: number;
}

/** Starts one thread (a Worker, a worker_threads Worker) that calls runPoolThread with `init`. */
export type SpawnThread = (init: PoolThreadInit) => void;

/**
 * What a thread runs: a GEMM (wasm/gemm.ts's arguments), a rotation sequence (wasm/rot.ts's),
 * an elementwise JS loop over the shared memory (wasm/map-kernels.ts's) or a triangular
 * solve (wasm/lu.ts's trsm_f64).
 */
export const Job = { Stop: 0, GemmF64: 1, GemmF32: 2, Rotate: 3, Map: 4, Trsm: 5 } as const;
export type Job = (typeof Job)[keyof typeof Job];

const SLOT = 32; // i32s per thread
const ARGS = 14;
/** A thread that has not finished after this long is taken for dead (the pool is dropped). */
const STALL_MS = 60_000;

let control: Int32Array | null = null;
let slots: Float64Array[] = [];
let size = 1;
let runs = 0;

/** How many calls have been split across threads so far (for tests and benches). */
export function parallelRuns(): number {
  return runs;
}

/**
 * Starts a pool of `threads` - 1 threads besides the caller's (the kernels then run on the
 * shared memory); returns false, changing nothing, where shared memory or the shared build
 * is unavailable or threads < 2. Threads join as they come up: until then work runs here.
 */
export function installThreadPool(spawn: SpawnThread, threads: number): boolean {
  if (threads < 2 || typeof SharedArrayBuffer !== 'function' || typeof Atomics !== 'object') return false;
  const module = sharedModule();
  if (!module) return false;
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: 1, maximum: WASM_SHARED_MAX_PAGES, shared: true });
  } catch {
    return false; // no shared memory here (not cross-origin isolated)
  }
  stopThreadPool();
  const sab = new SharedArrayBuffer(threads * SLOT * 4);
  control = new Int32Array(sab);
  slots = Array.from({ length: threads }, (_, w) => new Float64Array(sab, w * SLOT * 4 + 16, ARGS));
  size = threads;
  useSharedMemory(memory);
  for (let w = 1; w < threads; w++) {
    try {
      spawn({ module, memory, control: sab, index: w });
    } catch {
      break; // a thread that cannot start never reports ready: the work stays with the others
    }
  }
  return true;
}

/** Stops the pool's threads; the kernels go back to a private memory. */
export function stopThreadPool(): void {
  if (control) for (let w = 1; w < size; w++) post(w, Job.Stop, []);
  control = null;
  slots = [];
  size = 1;
  useSharedMemory(null);
}

/** Threads ready to share work with the caller's (1: none, or no pool), for kernels `k`. */
export function threadsFor(k: KernelExports): number {
  if (!control || !onSharedMemory(k)) return 1;
  let n = 1;
  for (let w = 1; w < size; w++) if (Atomics.load(control, w * SLOT + 1) === 1) n = w + 1; else break;
  return n;
}

function post(w: number, kind: Job, args: ArrayLike<number>): void {
  const c = control!;
  slots[w].set(args);
  Atomics.store(c, w * SLOT + 2, kind);
  Atomics.add(c, w * SLOT, 1);
  Atomics.notify(c, w * SLOT);
}

function run(k: KernelExports, kind: Job, a: ArrayLike<number>): void {
  if (kind === Job.GemmF64 || kind === Job.GemmF32) {
    (kind === Job.GemmF64 ? k.gemm_f64 : k.gemm_f32)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]);
  } else if (kind === Job.Rotate) {
    k.rot_rows_f64(a[0], a[1], a[2], a[3], a[4]);
  } else if (kind === Job.Map) {
    runMapJob(k, a);
  } else if (kind === Job.Trsm) {
    k.trsm_f64(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
  }
}

/**
 * Runs jobs[0] on this thread and jobs[w] on pool thread w (jobs.length <= threadsFor(k)),
 * returning when all are done.
 */
export function runOnThreads(k: KernelExports, jobs: [Job, number[]][]): void {
  const c = control!;
  runs++;
  Atomics.store(c, 0, 0);
  for (let w = 1; w < jobs.length; w++) post(w, jobs[w][0], jobs[w][1]);
  run(k, jobs[0][0], jobs[0][1]);
  const want = jobs.length - 1;
  for (let done = Atomics.load(c, 0); done < want; done = Atomics.load(c, 0)) {
    if (Atomics.wait(c, 0, done, STALL_MS) === 'timed-out') {
      stopThreadPool();
      throw new Error('wasm thread pool: a thread stopped answering');
    }
  }
}

/** A pool thread's life: instantiate the shared build, then run jobs until told to stop. */
export function runPoolThread(init: PoolThreadInit): void {
  const k = new WebAssembly.Instance(init.module, { env: { memory: init.memory } }).exports as unknown as KernelExports;
  const c = new Int32Array(init.control);
  const base = init.index * SLOT;
  const args = new Float64Array(init.control, base * 4 + 16, ARGS);
  Atomics.store(c, base + 1, 1);
  let seen = 0;
  for (;;) {
    Atomics.wait(c, base, seen);
    const now = Atomics.load(c, base);
    if (now === seen) continue;
    seen = now;
    const kind = Atomics.load(c, base + 2) as Job;
    if (kind === Job.Stop) return;
    run(k, kind, args);
    Atomics.add(c, 0, 1);
    Atomics.notify(c, 0);
  }
}

/**
 * Splits [0, total) into at most `parts` ranges whose boundaries are multiples of `unit`
 * (the kernels' block size), as even as that allows.
 *
 * @example
 * splitRange(1000, 2, 128)   // [[0, 512], [512, 1000]]
 */
export function splitRange(total: number, parts: number, unit: number): [number, number][] {
  const blocks = Math.ceil(total / unit);
  const n = Math.max(1, Math.min(parts, blocks));
  const out: [number, number][] = [];
  for (let p = 0, b0 = 0; p < n; p++) {
    const b1 = Math.round(((p + 1) * blocks) / n);
    out.push([b0 * unit, Math.min(total, b1 * unit)]);
    b0 = b1;
  }
  return out;
}
