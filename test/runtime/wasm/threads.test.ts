/**
 * The wasm thread pool (runtime/wasm/threads.ts) in Node's worker_threads: GEMM rows,
 * rotation columns, triangular-solve columns and Cholesky block rows split across two threads give the one-thread results bit for bit (the
 * split follows the kernels' blocks); the pool joins only when its threads are up, and
 * stopping it returns the kernels to a private memory.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { installThreadPool, stopThreadPool, threadsFor, splitRange, parallelRuns } from '../../../runtime/wasm/threads';
import { kernels, wasmVariant } from '../../../runtime/wasm/module';
import { gemm } from '../../../runtime/linalg/gemm';
import { eigh } from '../../../runtime/linalg/eigh';
import { luFactor, luSolve, inv } from '../../../runtime/linalg/lu';
import { cholesky } from '../../../runtime/linalg/cholesky';
import { nodeThreadSpawner } from '../../../bench/node-pool.mjs';
import { uniform as rnd } from '../uniform';

let pool: Awaited<ReturnType<typeof nodeThreadSpawner>>;

async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 5));
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
    const runsBeforeLu = parallelRuns();
    const lu2 = luFactor(g, n);
    expect(parallelRuns()).toBeGreaterThan(runsBeforeLu); // the trailing updates went to both threads
    expect(differing(lu2.lu, lu1.lu)).toBe(0);
    expect(Array.from(lu2.perm)).toEqual(Array.from(lu1.perm));
    expect(differing(inv(g, n), inv1)).toBe(0);
    expect(differing(luSolve(g, n, rhs, 3), x1)).toBe(0);
    const runsBeforeCholesky = parallelRuns();
    expect(differing(cholesky(spd, n).l, ch1)).toBe(0);
    expect(parallelRuns()).toBeGreaterThan(runsBeforeCholesky);
    expect(parallelRuns() - runs).toBeGreaterThan(5); // the work did go to both threads

    stopThreadPool();
    expect(wasmVariant()).not.toBe('simd-shared');
    expect(threadsFor(kernels()!)).toBe(1);
    expect(differing(product(inputs[0][0], inputs[0][1], 300, 200, 150), one[0])).toBe(0);
  }, 120_000); // a loaded machine may keep a woken thread waiting for a core
});
