/**
 * Large compute-bound elementwise loops (np.sin, np.exp, np.power of floats ... on
 * contiguous float32/float64 operands) split across the thread pool (runtime/wasm/
 * threads.ts). Arrays live in ordinary ArrayBuffers that a pool thread cannot see, so each
 * pool thread's share is copied into the shared memory, computed there by the same loop
 * (runtime/wasm/map-kernels.ts) and copied out; the caller's own share runs on the arrays
 * themselves, as the one-thread path does. Every element goes through the same JS
 * function either way, so the result is bit for bit the one-thread result.
 *
 * Measured (bench/parallel-map.mjs, 1e6 elements, 2 threads): the split costs 0-15% more
 * CPU time than one thread (the copies, waking the thread), so with a free second core a
 * loop takes 1.7-2x less time. On a 2-core machine other jobs keep busy, wall times barely
 * change (0.8-1.3x, noisy): the scheduler gives the process its share whatever its
 * threads. Bandwidth-bound loops (add, multiply, sqrt) are not split: the copies cost
 * about what the loop does. Like every wasm caller this uses the kernels' scratch memory.
 */
import { checkInterrupt } from '../interrupt';
import { binaryKernel, unaryKernel } from '../kernels';
import { kernels, scratch, releaseScratch, align } from './module';
import { Job, runOnThreads, splitRange, threadsFor, ThreadLostError } from './threads';
import { LOCAL_SHARE, mapKernelId, complexMapId, setLocalShare } from './map-kernels';
import { UNARY, unRow } from '../complex/unary-loops';

type FloatArray = Float64Array | Float32Array;

/**
 * Elements below which a loop runs on one thread: waking a thread takes some 10-50 us, half
 * of 2^16 elements at 10+ ns each (the cheapest listed loops) saves 300+ us.
 */
export const PARALLEL_MAP_MIN = 2 ** 16;
/** Elements per thread and round at most: Stop is checked between rounds (~10 ms of np.sin each). */
const SHARE = 2 ** 19;
/** Shares start at multiples of this many elements (whole cache lines). */
const UNIT = 64;

let minSize = PARALLEL_MAP_MIN;

/**
 * Sets the size from which loops are split (Infinity: never), for tests and benches that
 * compare both paths in one process; returns the previous one.
 *
 * @example
 * const was = setParallelMapMin(Infinity);   // one thread from now on
 * setParallelMapMin(was);
 */
export function setParallelMapMin(n: number): number {
  const was = minSize;
  minSize = n;
  return was;
}

/** The size from which loops are split (see setParallelMapMin). */
export function parallelMapMin(): number {
  return minSize;
}

/**
 * o[oo + i] = expr(a[ao + i]) for i < n across the pool; false, having done nothing, when
 * the loop is not split (too small, not a listed expression, no pool).
 *
 * @example
 * parallelUnary('Math.sin(x)', n, out, 0, x, 0)   // true once a pool of 2+ threads is up
 */
export function parallelUnary(expr: string, n: number, o: FloatArray, oo: number, a: FloatArray, ao: number): boolean {
  return parallelMap(expr, 1, n, o, oo, a, ao, 1, a, 0, 0);
}

/**
 * o[oo + i] = expr(a[ao + i*as], b[bo + i*bs]) for i < n across the pool, the strides 1 or
 * 0 (a scalar operand); false, having done nothing, when the loop is not split.
 *
 * @example
 * parallelBinary('Math.pow(x, y)', n, out, 0, x, 0, 1, y, 0, 0)   // x ** y[0]
 */
export function parallelBinary(
  expr: string, n: number, o: FloatArray, oo: number, a: FloatArray, ao: number, as: number, b: FloatArray, bo: number, bs: number,
): boolean {
  return parallelMap(expr, 2, n, o, oo, a, ao, as, b, bo, bs);
}

/**
 * o[oo + i] = f(a[ao + i]) for i < n complex elements (interleaved re, im; complex64 in a
 * Float32Array) of the complex unary ufunc `name` across the pool; false, having done
 * nothing, when the loop is not split.
 *
 * @example
 * parallelComplexUnary('exp', n, out, 0, z, 0)   // true once a pool of 2+ threads is up
 */
export function parallelComplexUnary(name: string, n: number, o: FloatArray, oo: number, a: FloatArray, ao: number): boolean {
  if (n < minSize) return false;
  const id = complexMapId(name);
  if (id < 0) return false;
  const f = UNARY[name];
  return split(id, 1, 2, n, o, oo, a, ao, 1, a, 0, 0, (m, s) => unRow(f, m, o, oo + s, 1, a, ao + s, 1));
}

function parallelMap(
  expr: string, arity: 1 | 2, n: number, o: FloatArray, oo: number,
  a: FloatArray, ao: number, as: number, b: FloatArray, bo: number, bs: number,
): boolean {
  if (n < minSize) return false;
  const id = mapKernelId(expr, arity);
  if (id < 0) return false;
  const kernel = (arity === 1 ? unaryKernel(expr, o, a) : binaryKernel(expr, o, a, b)) as (...args: unknown[]) => void;
  return split(id, arity, 1, n, o, oo, a, ao, as, b, bo, bs, (m, s) => kernel(m, o, oo + s, 1, a, ao + s * as, as, b, bo + s * bs, bs));
}

/**
 * Runs loop `id` over n elements of `width` scalars each (offsets in elements): `own(m,
 * s)` computes elements [s, s + m) on the arrays themselves, the pool threads theirs in
 * the shared memory.
 */
function split(
  id: number, arity: 1 | 2, width: number, n: number, o: FloatArray, oo: number,
  a: FloatArray, ao: number, as: number, b: FloatArray, bo: number, bs: number, own: (m: number, s: number) => void,
): boolean {
  const View = o.constructor as typeof Float64Array | typeof Float32Array;
  if (a.constructor !== View || b.constructor !== View || (View !== Float64Array && View !== Float32Array)) return false;
  const K = kernels();
  if (!K) return false;
  const threads = threadsFor(K);
  if (threads < 2) return false;
  const sz = View.BYTES_PER_ELEMENT, esz = width * sz;
  // Per pool thread: its share of x, then of y (when both are arrays); the result overwrites
  // an array operand's region (element i is read before it is written). Scalars at the front.
  const vecs = (as ? 1 : 0) + (arity === 2 && bs ? 1 : 0);
  if (vecs === 0) return false;
  const region = align(SHARE * esz);
  const head = align(2 * esz);
  const base = scratch(K, head + (threads - 1) * vecs * region);
  if (base < 0) return false;
  try {
    const mem = new View(K.memory.buffer);
    const at = base / sz;
    if (!as) mem.set(a.subarray(ao * width, (ao + 1) * width), at);
    if (arity === 2 && !bs) mem.set(b.subarray(bo * width, (bo + 1) * width), at + width);
    for (let start = 0; start < n; start += threads * SHARE) {
      const len = Math.min(threads * SHARE, n - start);
      const parts = splitRange(len, threads, UNIT);
      const jobs: [Job, number[]][] = [[Job.Map, [LOCAL_SHARE]]];
      for (let w = 1; w < parts.length; w++) {
        const s = start + parts[w][0], m = parts[w][1] - parts[w][0];
        const r = base + head + (w - 1) * vecs * region;
        const xp = as ? r : base, yp = !bs ? base + esz : as ? r + region : r;
        if (as) mem.set(a.subarray((ao + s) * width, (ao + s + m) * width), xp / sz);
        if (arity === 2 && bs) mem.set(b.subarray((bo + s) * width, (bo + s + m) * width), yp / sz);
        jobs.push([Job.Map, [id, sz === 4 ? 1 : 0, m, r, xp, as, yp, bs]]);
      }
      const m0 = parts[0][1];
      let lost = false;
      if (jobs.length < 2) own(m0, start);
      else {
        setLocalShare(() => own(m0, start));
        try {
          runOnThreads(K, jobs);
        } catch (e) {
          // A thread died inside its share: the threads' shares are done here instead, from
          // inputs they have not touched (the caller's own share, done, may be `out` in place).
          if (!(e instanceof ThreadLostError)) throw e;
          lost = true;
        } finally {
          setLocalShare(null);
        }
      }
      for (let w = 1; w < parts.length; w++) {
        if (lost) {
          own(parts[w][1] - parts[w][0], start + parts[w][0]);
          continue;
        }
        const r = (base + head + (w - 1) * vecs * region) / sz;
        o.set(mem.subarray(r, r + (parts[w][1] - parts[w][0]) * width), (oo + start + parts[w][0]) * width);
      }
      checkInterrupt();
    }
  } finally {
    releaseScratch(K);
  }
  return true;
}
