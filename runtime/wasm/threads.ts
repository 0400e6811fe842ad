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
 * A thread that dies is noticed at once: its own trap handler, or the host's report of its
 * exit (`exited`, for a thread that ends between calls), marks its slot dead and wakes the
 * caller. The caller runs the shares of threads that had not begun theirs (it takes back
 * any share not begun by the time it is free: a thread waiting for a core would hold the
 * call up); a share a thread died inside of may have written part of its output, so
 * runOnThreads then throws ThreadLostError (wasm/gemm.ts recomputes the product). The
 * slot's thread is started again.
 *
 * Memory: wasm memory only grows, so a pool memory grown past POOL_KEEP_BYTES is replaced,
 * once the kernel has been idle for IDLE_MS, by a new small one with new threads (ended
 * threads give their hold on the old memory up for sure; idle ones would keep it until their
 * own garbage collection, which a thread blocked in Atomics.wait never runs).
 *
 * Control block (Int32Array on a SharedArrayBuffer): [0] an event counter (bumped and
 * notified when a thread finishes a job or dies); for thread w >= 1, at i32 index SLOT w:
 * the job counter (bumped to start a job), ready (1 while it waits for jobs), the job's
 * kind (0: stop), the job counter of the job last begun (by the thread or, taking it back,
 * the caller: whoever swaps it in first has it) and of the one it finished last, its generation (a restarted slot's old thread, if still about, sees it changed and
 * leaves), dead (1 once its thread ended); from byte 4 (SLOT w + ARGS_AT) the job's
 * arguments, up to 14 float64.
 */
import { WASM_SHARED_MAX_PAGES } from './kernels.generated';
import { sharedModule, useSharedMemory, onSharedMemory, onSharedRelease, type KernelExports } from './module';
import { runMapJob } from './map-kernels';

/** What a pool thread is started with; the thread calls runPoolThread(init). */
export interface PoolThreadInit {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  index: number;
  /** The slot's generation when started (it changes when the slot's thread is replaced). */
  generation: number;
}

/** A started thread, as far as the pool needs it: a Worker (browser or worker_threads) will do. */
export interface PoolThread {
  terminate(): unknown;
}

/**
 * Starts one thread (a Worker, a worker_threads Worker) that calls runPoolThread with
 * `init`; the host calls `exited` if the thread ends or fails (a worker's 'error' or
 * 'exit' event). Returns the thread (so that the pool can end it), or nothing.
 */
export type SpawnThread = (init: PoolThreadInit, exited: () => void) => PoolThread | void;

/**
 * What a thread runs: a GEMM (wasm/gemm.ts's arguments), a rotation sequence (wasm/rot.ts's),
 * an elementwise JS loop over the shared memory (wasm/map-kernels.ts's) or a triangular
 * solve (wasm/lu.ts's trsm_f64).
 */
export const Job = { Stop: 0, GemmF64: 1, GemmF32: 2, Rotate: 3, Map: 4, Trsm: 5 } as const;
export type Job = (typeof Job)[keyof typeof Job];

/**
 * Thrown by runOnThreads when a thread died inside its share (the output may be partly
 * written) or stopped answering: the call's result is not there; the work can be redone
 * from its inputs (the pool carries on without that thread until it is back).
 */
export class ThreadLostError extends Error {
  constructor(why: string) {
    super(`wasm thread pool: ${why}`);
    this.name = 'ThreadLostError';
  }
}

/**
 * Runs `work` again (up to `attempts` times in all) when a pool thread died inside its share
 * (ThreadLostError): for work that starts from inputs it has not modified, such as a
 * factorisation staged from a copy. The pool carries on without that thread meanwhile.
 *
 * @example
 * const lu = redoIfThreadLost(() => factorStaged(a, n));
 */
export function redoIfThreadLost<T>(work: () => T, attempts = 3): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (e) {
      if (!(e instanceof ThreadLostError) || attempt >= attempts) throw e;
    }
  }
}

const SLOT = 64; // i32s per thread
const COUNTER = 0, READY = 1, KIND = 2, BEGUN = 3, FINISHED = 4, GENERATION = 5, DEAD = 6;
const ARGS_AT = 16; // i32 index of the arguments in a slot
const ARGS = 14;
/** A thread that has neither finished nor died after this long is taken for lost (the pool is dropped). */
const STALL_MS = 10_000;
/** Slices the caller waits in (it looks at the clock for STALL_MS between them). */
const SLICE_MS = 50;
/** Times a slot's thread is started again after dying, at most (a thread that keeps dying stays out). */
const RESPAWNS = 3;
/** Past this size the pool's memory is replaced by a small one when the kernel is idle. */
export const POOL_KEEP_BYTES = 128 * 2 ** 20;
/** How long the kernel must be idle (no task running) before that. */
const IDLE_MS = 500;

interface Pool {
  spawn: SpawnThread;
  size: number;
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  sab: SharedArrayBuffer;
  control: Int32Array;
  slots: Float64Array[];
  threads: (PoolThread | void)[];
  respawns: number[];
}

let pool: Pool | null = null;
let runs = 0;
let splits = 0;
let shrinkTimer: ReturnType<typeof setTimeout> | null = null;

/** How many calls have had a share done by a pool thread so far (for tests and benches). */
export function parallelRuns(): number {
  return runs;
}

/**
 * How many calls have been split across the pool so far, whoever ended up doing the shares
 * (on a loaded machine the caller takes back shares a thread is late for): what a test of a
 * kernel's dispatch counts, as it does not depend on the machine's load.
 */
export function splitCalls(): number {
  return splits;
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
  const p: Pool = {
    spawn, size: threads, module, memory, sab,
    control: new Int32Array(sab),
    slots: Array.from({ length: threads }, (_, w) => new Float64Array(sab, (w * SLOT + ARGS_AT) * 4, ARGS)),
    threads: [],
    respawns: new Array<number>(threads).fill(0),
  };
  pool = p;
  useSharedMemory(memory);
  onSharedRelease(scheduleShrink);
  for (let w = 1; w < threads; w++) start(p, w);
  return true;
}

/** Stops the pool's threads; the kernels go back to a private memory. */
export function stopThreadPool(): void {
  const p = pool;
  pool = null;
  if (p) {
    for (let w = 1; w < p.size; w++) {
      post(p, w, Job.Stop, []);
      end(p.threads[w]);
    }
  }
  if (shrinkTimer !== null) clearTimeout(shrinkTimer);
  shrinkTimer = null;
  onSharedRelease(null);
  useSharedMemory(null);
}

/** Threads ready to share work with the caller's (1: none, or no pool), for kernels `k`. */
export function threadsFor(k: KernelExports): number {
  if (!pool || !onSharedMemory(k)) return 1;
  const c = pool.control;
  let n = 1;
  for (let w = 1; w < pool.size; w++) if (Atomics.load(c, w * SLOT + READY) === 1) n = w + 1; else break;
  return n;
}

/** Starts slot w's thread (again), at the slot's current generation. */
function start(p: Pool, w: number): void {
  const generation = Atomics.load(p.control, w * SLOT + GENERATION);
  try {
    p.threads[w] = p.spawn({ module: p.module, memory: p.memory, control: p.sab, index: w, generation }, () => died(p, w, generation));
  } catch {
    // a thread that cannot start never reports ready: the work stays with the others
  }
}

/** The host's word that slot w's thread (of that generation) ended: mark it dead, start another. */
function died(p: Pool, w: number, generation: number): void {
  const c = p.control, b = w * SLOT;
  if (p !== pool || Atomics.load(c, b + GENERATION) !== generation) return; // already replaced
  markDead(c, b);
  replace(p, w);
}

function markDead(c: Int32Array, b: number): void {
  Atomics.store(c, b + READY, 0);
  Atomics.store(c, b + DEAD, 1);
  Atomics.add(c, 0, 1);
  Atomics.notify(c, 0);
}

/** Ends slot w's dead thread and, unless it has died too often, starts a new one in a new generation. */
function replace(p: Pool, w: number): void {
  const c = p.control, b = w * SLOT;
  end(p.threads[w]);
  p.threads[w] = undefined;
  Atomics.add(c, b + GENERATION, 1);
  Atomics.notify(c, b + COUNTER); // an old thread still waiting there wakes and leaves
  Atomics.store(c, b + DEAD, 0);
  if (p.respawns[w]++ < RESPAWNS) start(p, w);
}

function end(t: PoolThread | void): void {
  try {
    void t?.terminate();
  } catch {
    // already gone
  }
}

/** Writes a job into slot w and wakes its thread; returns the job's number (the counter's new value). */
function post(p: Pool, w: number, kind: Job, args: ArrayLike<number>): number {
  const c = p.control, b = w * SLOT;
  p.slots[w].set(args);
  Atomics.store(c, b + KIND, kind);
  const seq = Atomics.add(c, b + COUNTER, 1) + 1;
  Atomics.notify(c, b + COUNTER);
  return seq;
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
 * returning when all are done. A job whose thread is not ready, or has not begun it by the
 * time this thread is free, runs here (a thread that waits for a core, on a loaded
 * machine, would otherwise hold the call up). Throws ThreadLostError, once no thread is
 * still at work on the call, when a thread died inside its share or stopped answering.
 */
export function runOnThreads(k: KernelExports, jobs: [Job, number[]][]): void {
  splits++;
  const p = pool!;
  const c = p.control;
  const seq = new Array<number>(jobs.length).fill(0); // 0: runs here, or done
  for (let w = 1; w < jobs.length; w++) if (Atomics.load(c, w * SLOT + READY) === 1) seq[w] = post(p, w, jobs[w][0], jobs[w][1]);
  let lost: string | null = null;
  try {
    for (let w = 0; w < jobs.length; w++) if (seq[w] === 0) run(k, jobs[w][0], jobs[w][1]);
  } finally {
    // however this thread's share ended, the others must be done before the memory is reused
    lost = settle(p, k, jobs, seq);
  }
  if (lost) throw new ThreadLostError(lost);
}

/**
 * Waits until each posted job is finished by its thread, or taken back (its thread had not
 * begun it: it runs here), or its thread died inside it. Returns why the call failed, or null.
 */
function settle(p: Pool, k: KernelExports, jobs: [Job, number[]][], seq: number[]): string | null {
  const c = p.control;
  const t0 = Date.now();
  let lost: string | null = null;
  let helped = false;
  for (;;) {
    const events = Atomics.load(c, 0);
    let pending = false;
    for (let w = 1; w < jobs.length; w++) {
      if (seq[w] === 0) continue;
      const b = w * SLOT;
      if (Atomics.load(c, b + FINISHED) === seq[w]) {
        seq[w] = 0;
        helped = true;
      } else if (Atomics.exchange(c, b + BEGUN, seq[w]) !== seq[w]) {
        // not begun (its thread is late, or dead): it is ours now, its thread will skip it
        seq[w] = 0;
        run(k, jobs[w][0], jobs[w][1]);
      } else if (Atomics.load(c, b + DEAD) === 1) {
        seq[w] = 0;
        lost = 'a thread died during a call';
      } else pending = true;
    }
    if (!pending) break;
    if (Atomics.wait(c, 0, events, SLICE_MS) === 'timed-out' && Date.now() - t0 > STALL_MS) {
      stopThreadPool(); // the kernels move to a private memory: a late thread writes to nothing in use
      return 'a thread stopped answering';
    }
  }
  if (helped) runs++;
  // dead threads are replaced (the host's word of their exit comes too late for this call)
  for (let w = 1; w < jobs.length; w++) if (pool === p && Atomics.load(c, w * SLOT + DEAD) === 1) replace(p, w);
  return lost;
}

/** After a kernel call on the pool's memory: a memory grown past POOL_KEEP_BYTES is replaced when idle. */
function scheduleShrink(memory: WebAssembly.Memory): void {
  if (shrinkTimer !== null || memory.buffer.byteLength <= POOL_KEEP_BYTES || typeof setTimeout !== 'function') return;
  // a timer runs only once the running task (a cell) has ended or awaits: that is idle
  shrinkTimer = setTimeout(shrink, IDLE_MS);
  (shrinkTimer as { unref?(): void }).unref?.(); // Node: a pending release does not keep the process alive
}

function shrink(): void {
  shrinkTimer = null;
  const p = pool;
  if (p && p.memory.buffer.byteLength > POOL_KEEP_BYTES) installThreadPool(p.spawn, p.size);
}

/** A pool thread's life: instantiate the shared build, then run jobs until told to stop. */
export function runPoolThread(init: PoolThreadInit): void {
  const c = new Int32Array(init.control);
  const b = init.index * SLOT;
  const generation = init.generation ?? 0;
  if (Atomics.load(c, b + GENERATION) !== generation) return;
  let k: KernelExports;
  try {
    k = new WebAssembly.Instance(init.module, { env: { memory: init.memory } }).exports as unknown as KernelExports;
  } catch {
    markDead(c, b);
    return;
  }
  const args = new Float64Array(init.control, (b + ARGS_AT) * 4, ARGS);
  let seen = Atomics.load(c, b + COUNTER);
  Atomics.store(c, b + READY, 1);
  for (;;) {
    Atomics.wait(c, b + COUNTER, seen);
    if (Atomics.load(c, b + GENERATION) !== generation) return; // replaced
    const now = Atomics.load(c, b + COUNTER);
    if (now === seen) continue;
    seen = now;
    const kind = Atomics.load(c, b + KIND) as Job;
    if (kind === Job.Stop) return;
    if (Atomics.exchange(c, b + BEGUN, now) === now) continue; // the caller took it back
    try {
      run(k, kind, args);
    } catch {
      // a trap: the wasm instance's state is not to be trusted; the caller finds out at once
      markDead(c, b);
      return;
    }
    Atomics.store(c, b + FINISHED, now);
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
