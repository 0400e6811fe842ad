/**
 * The wasm thread pool (runtime/wasm/threads.ts) in Node's worker_threads: GEMM rows,
 * rotation columns, triangular-solve columns and Cholesky block rows split across two threads give the one-thread results bit for bit (the
 * split follows the kernels' blocks); the pool joins only when its threads are up, and
 * stopping it returns the kernels to a private memory. A thread that dies (inside a call,
 * or between calls) costs neither a wait nor a wrong result, and is started again; a pool
 * memory grown large is replaced by a small one once idle.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { installThreadPool, stopThreadPool, threadsFor, splitRange, parallelRuns, POOL_KEEP_BYTES } from '../../../runtime/wasm/threads';
import { kernels, wasmVariant } from '../../../runtime/wasm/module';
import { gemm } from '../../../runtime/linalg/gemm';
import { eigh } from '../../../runtime/linalg/eigh';
import { luFactor, luSolve, inv } from '../../../runtime/linalg/lu';
import { cholesky } from '../../../runtime/linalg/cholesky';
import { gkrSVD, type GKRResult } from '../../../runtime/linalg/gkr';
import { nodeThreadSpawner } from '../../../bench/node-pool.mjs';
import { uniform as rnd } from '../uniform';

let pool: Awaited<ReturnType<typeof nodeThreadSpawner>>;

async function until(ok: () => boolean, what = 'condition', ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Whether a pool thread does a share of one of up to 30 runs of `f` (the caller takes
 * back shares a thread is late for, as it may be on a loaded machine, so one run may not
 * show it).
 */
async function threadShares(f: () => void): Promise<boolean> {
  const runs = parallelRuns();
  for (let i = 0; i < 30 && parallelRuns() === runs; i++) {
    f();
    await new Promise((r) => setTimeout(r, 10));
  }
  return parallelRuns() > runs;
}

/** C = A B (A m x k, B k x n) on the kernels in force. */
function product(a: Float64Array | Float32Array, b: Float64Array | Float32Array, m: number, n: number, k: number): Float64Array | Float32Array {
  const c = a instanceof Float32Array ? new Float32Array(m * n) : new Float64Array(m * n);
  gemm(m, n, k, a, 0, k, 1, b, 0, n, 1, c, 0, n);
  return c;
}

/** Elements that differ (as Object.is sees them): vitest's deep equality is slow on arrays this long. */
function differing(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) d++;
  return d;
}

beforeAll(async () => {
  pool = await nodeThreadSpawner();
});

afterAll(async () => {
  stopThreadPool();
  await pool.stop();
});

describe('wasm thread pool', () => {
  it('splits ranges at block boundaries', () => {
    expect(splitRange(1000, 2, 128)).toEqual([[0, 512], [512, 1000]]);
    expect(splitRange(100, 4, 128)).toEqual([[0, 100]]);
    expect(splitRange(300, 3, 8)).toEqual([[0, 104], [104, 200], [200, 300]]);
  });

  it('products, eigenvectors, LU, solves and Cholesky on two threads equal one thread bit for bit', async () => {
    // one call, and (past CHUNK_FLOPS) a chunked product; rows not a multiple of the 128-row block
    const cases: [number, number, number][] = [[300, 200, 150], [700, 650, 600]];
    const inputs = cases.map(([m, n, k], i) => [rnd(m * k, i + 1), rnd(k * n, i + 11)]);
    const one = cases.map(([m, n, k], i) => product(inputs[i][0], inputs[i][1], m, n, k));
    const one32 = product(Float32Array.from(inputs[1][0]), Float32Array.from(inputs[1][1]), 700, 650, 600);
    const s = rnd(200 * 200, 7);
    for (let i = 0; i < 200; i++) for (let j = 0; j < i; j++) s[j * 200 + i] = s[i * 200 + j];
    const e1 = eigh(s, 200);
    // LU, its solves and Cholesky: their trailing updates and triangular solves on the pool
    const n = 450, g = rnd(n * n, 21), rhs = rnd(n * 3, 22);
    const spd = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) spd[i * n + j] = spd[j * n + i] = g[i * n + j] + (i === j ? n : 0);
    const lu1 = luFactor(g, n), inv1 = inv(g, n), x1 = luSolve(g, n, rhs, 3), ch1 = cholesky(spd, n).l;

    expect(installThreadPool(pool.spawn, 2)).toBe(true);
    expect(wasmVariant()).toMatch(/-shared$/);
    await until(() => threadsFor(kernels()!) === 2);
    const runs = parallelRuns();
    cases.forEach(([m, n, k], i) => expect(differing(product(inputs[i][0], inputs[i][1], m, n, k), one[i]), `${m}x${n}x${k}`).toBe(0));
    expect(differing(product(Float32Array.from(inputs[1][0]), Float32Array.from(inputs[1][1]), 700, 650, 600), one32)).toBe(0);
    const e2 = eigh(s, 200);
    expect(differing(e2.w, e1.w)).toBe(0);
    expect(differing(e2.v!, e1.v!)).toBe(0);
    const lu2 = luFactor(g, n);
    expect(differing(lu2.lu, lu1.lu)).toBe(0);
    expect(Array.from(lu2.perm)).toEqual(Array.from(lu1.perm));
    expect(differing(inv(g, n), inv1)).toBe(0);
    expect(differing(luSolve(g, n, rhs, 3), x1)).toBe(0);
    expect(differing(cholesky(spd, n).l, ch1)).toBe(0);
    // the work did go to both threads (calls where the thread did a share: on a loaded
    // machine the caller takes back shares the thread is late for, so not all of them)
    expect(parallelRuns()).toBeGreaterThan(runs);

    stopThreadPool();
    expect(wasmVariant()).not.toBe('simd-shared');
    expect(threadsFor(kernels()!)).toBe(1);
    expect(differing(product(inputs[0][0], inputs[0][1], 300, 200, 150), one[0])).toBe(0);
  }, 120_000); // a loaded machine may keep a woken thread waiting for a core
});

/**
 * A thread entry prelude: the first thread of each slot (generation 0) gets kernels whose
 * `dieAt`-th gemm_f64 call writes its share and then traps, as a thread that failed inside
 * its share would (its output possibly written: a share that accumulates must not be
 * added twice). Threads started again after that are sound.
 */
const trapOnGemm = (dieAt: number, kernel = 'gemm_f64') => `
parentPort.once('message', (init) => {
  if (init.generation !== 0) return;
  const Real = WebAssembly.Instance;
  WebAssembly.Instance = function (m, imports) {
    const ex = { ...new Real(m, imports).exports };
    const f = ex.${kernel};
    let calls = 0;
    ex.${kernel} = (...a) => { f(...a); if (++calls === ${dieAt}) throw new WebAssembly.RuntimeError('unreachable'); };
    return { exports: ex };
  };
});`;

/** A thread entry prelude: the thread wakes 5 s late for each job (as one waiting for a core would). */
const lateThread = `
const realWait = Atomics.wait;
const nap = new Int32Array(new SharedArrayBuffer(4));
Atomics.wait = (...a) => { const r = realWait(...a); realWait(nap, 0, 0, 5000); return r; };`;

describe('wasm thread pool: late and dead threads, memory', () => {
  it('a share its thread has not begun when the caller is free is taken back: no waiting for a late thread', async () => {
    const [m, n, k] = [700, 650, 600];
    const a = rnd(m * k, 51), b = rnd(k * n, 52);
    const one = product(a, b, m, n, k);
    const late = await nodeThreadSpawner({ prelude: lateThread });
    try {
      expect(installThreadPool(late.spawn, 2)).toBe(true);
      await until(() => threadsFor(kernels()!) === 2, 'the thread');
      const t0 = performance.now();
      expect(differing(product(a, b, m, n, k), one)).toBe(0);
      const ms = performance.now() - t0;
      console.log(`chunked product with a thread 5 s late for each job: ${ms.toFixed(0)} ms`);
      // waiting for it would take 5 s a call
      expect(ms).toBeLessThan(4_000);
    } finally {
      stopThreadPool();
      await late.stop();
    }
  }, 120_000);

  it('a thread that traps inside its share: no wait, the same product, the thread started again', async () => {
    // chunked (past CHUNK_FLOPS): the third call accumulates onto the first (beta 1)
    const [m, n, k] = [700, 650, 600];
    const a = rnd(m * k, 21), b = rnd(k * n, 22);
    const one = product(a, b, m, n, k);
    const faulty = await nodeThreadSpawner({ prelude: trapOnGemm(2) });
    try {
      expect(installThreadPool(faulty.spawn, 2)).toBe(true);
      await until(() => threadsFor(kernels()!) === 2, 'the thread');
      // the caller takes back shares the thread is late for: products until the thread has
      // run two (its second traps), each right and without a wait
      let ms = 0;
      for (let i = 0; i < 20 && faulty.workers.length === 1; i++) {
        const t0 = performance.now();
        const got = product(a, b, m, n, k);
        ms = Math.max(ms, performance.now() - t0);
        expect(differing(got, one)).toBe(0);
      }
      console.log(`products with a thread trapping inside its share: ${ms.toFixed(0)} ms at most`);
      expect(faulty.workers.length).toBe(2); // it died, and was started again
      // the pool used to wait 60 s for the dead thread
      expect(ms).toBeLessThan(5_000);
      await until(() => threadsFor(kernels()!) === 2, 'the new thread');
      expect(await threadShares(() => expect(differing(product(a, b, m, n, k), one)).toBe(0))).toBe(true);
    } finally {
      stopThreadPool();
      await faulty.stop();
    }
  }, 120_000);

  it('a thread that traps inside a rotation share: the SVD throws ThreadLostError or gives the same result, never waits', async () => {
    // a rotation share applied halfway cannot be redone: the call fails rather than err
    const a = rnd(300 * 300, 61);
    const one = gkrSVD(a, 300, 300, true);
    const same = (r: GKRResult) => differing(r.s, one.s) + differing(r.ut!, one.ut!) + differing(r.vt!, one.vt!);
    const faulty = await nodeThreadSpawner({ prelude: trapOnGemm(2, 'rot_rows_f64') });
    try {
      expect(installThreadPool(faulty.spawn, 2)).toBe(true);
      await until(() => threadsFor(kernels()!) === 2, 'the thread');
      let failed = 0;
      for (let i = 0; i < 20 && faulty.workers.length === 1; i++) {
        const t0 = performance.now();
        try {
          expect(same(gkrSVD(a, 300, 300, true))).toBe(0);
        } catch (err) {
          expect((err as Error).name).toBe('ThreadLostError');
          failed++;
        }
        expect(performance.now() - t0).toBeLessThan(10_000);
      }
      expect(faulty.workers.length).toBe(2); // it died, and was started again
      expect(failed).toBe(1);
      await until(() => threadsFor(kernels()!) === 2, 'the new thread');
      expect(same(gkrSVD(a, 300, 300, true))).toBe(0);
    } finally {
      stopThreadPool();
      await faulty.stop();
    }
  }, 120_000);

  it('a thread that ends between calls: the next call does its share, the thread is started again', async () => {
    const [m, n, k] = [300, 200, 150];
    const a = rnd(m * k, 31), b = rnd(k * n, 32);
    const one = product(a, b, m, n, k);
    const spawner = await nodeThreadSpawner();
    try {
      expect(installThreadPool(spawner.spawn, 3)).toBe(true);
      await until(() => threadsFor(kernels()!) === 3, 'the threads');
      await spawner.workers[0].terminate(); // slot 1's thread: its exit is reported to the pool
      const t0 = performance.now();
      expect(differing(product(a, b, m, n, k), one)).toBe(0);
      const ms = performance.now() - t0;
      console.log(`product after a thread ended: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(5_000);
      expect(spawner.workers.length).toBe(3);
      await until(() => threadsFor(kernels()!) === 3, 'the new thread');
      expect(await threadShares(() => expect(differing(product(a, b, m, n, k), one)).toBe(0))).toBe(true);
    } finally {
      stopThreadPool();
      await spawner.stop();
    }
  }, 120_000);

  it('a memory grown past POOL_KEEP_BYTES is replaced by a small one once idle', async () => {
    // C alone is 4500 x 4500 float64: 162 MB
    const [m, n, k] = [4500, 4500, 8];
    const a = rnd(m * k, 41), b = rnd(k * n, 42);
    const one = product(a, b, m, n, k);
    const spawner = await nodeThreadSpawner();
    try {
      expect(installThreadPool(spawner.spawn, 2)).toBe(true);
      await until(() => threadsFor(kernels()!) === 2, 'the thread');
      expect(differing(product(a, b, m, n, k), one)).toBe(0);
      expect(kernels()!.memory.buffer.byteLength).toBeGreaterThan(POOL_KEEP_BYTES);
      await until(() => kernels()!.memory.buffer.byteLength < POOL_KEEP_BYTES, 'the memory to shrink');
      expect(wasmVariant()).toMatch(/-shared$/);
      await until(() => threadsFor(kernels()!) === 2, 'the threads on the new memory');
      // the top left 600 x 600 block of the product, on the threads
      const b600 = new Float64Array(k * 600);
      for (let p = 0; p < k; p++) b600.set(b.subarray(p * n, p * n + 600), p * 600);
      expect(await threadShares(() => {
        const small = product(a.subarray(0, 600 * k), b600, 600, 600, k);
        let d = 0;
        for (let i = 0; i < 600; i++) for (let j = 0; j < 600; j++) if (!Object.is(small[i * 600 + j], one[i * n + j])) d++;
        expect(d).toBe(0);
      })).toBe(true);
    } finally {
      stopThreadPool();
      await spawner.stop();
    }
  }, 120_000);
});
