/**
 * Matrix products on the wasm SIMD GEMM (wasm/gemm.ts): operands are staged into the
 * scratch memory, multiplied there, and the product copied out. float64 products agree
 * with the JS kernel bit for bit (same blocking depth, same order of additions); float32
 * products accumulate in float32, as NumPy's sgemm does.
 *
 * A large product runs as several calls, one per panel of the kernel's own blocking (KC
 * deep, NC wide, and at most CHUNK_FLOPS of rows), with the host's interrupt check between
 * them: Stop ends a long product within a fraction of a second. Splitting on the kernel's
 * own panel edges keeps every element's order of additions, hence its result.
 */
import type { NumericArray } from '../linalg/gemm';
import { checkInterrupt } from '../interrupt';
import { kernels, scratch, releaseScratch, align, type KernelExports } from './module';
import { Job, runOnThreads, splitRange, threadsFor, redoIfThreadLost } from './threads';
import { stage, stagedLength } from './stage';

/** wasm/gemm.ts's panel depth and width, and the row block (chunks split rows in its multiples). */
const KC = 256, NC = 2048, MC = 128;
/** Work of one call at most (about 27 ms at 20 GFLOP/s), unless one row block of a panel is more. */
export const CHUNK_FLOPS = 2 ** 29;
/** A call of less work than this runs on one thread (waking the others costs more than it saves). */
export const THREAD_MIN_FLOPS = 2 ** 22;

/**
 * C = A * B (A m x k, B k x n as strided views, C written row-major from cOff with row
 * stride ldc) in float64 (`C` a Float64Array) or float32 (`C` a Float32Array). Returns
 * false, having done nothing, when the wasm kernels are unavailable.
 */
export function wasmGemm(
  m: number, n: number, k: number,
  A: NumericArray, aOff: number, aRs: number, aCs: number,
  B: NumericArray, bOff: number, bRs: number, bCs: number,
  C: Float64Array | Float32Array, cOff: number, ldc: number,
): boolean {
  // A pool thread that died inside its share left the staged product partly done: C is
  // written only at the end, so the product is computed again (the pool carries on
  // without that thread meanwhile; the split does not change the result).
  return redoIfThreadLost(() => gemmOnce(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, C, cOff, ldc));
}

function gemmOnce(
  m: number, n: number, k: number,
  A: NumericArray, aOff: number, aRs: number, aCs: number,
  B: NumericArray, bOff: number, bRs: number, bCs: number,
  C: Float64Array | Float32Array, cOff: number, ldc: number,
): boolean {
  const K = kernels();
  if (!K) return false;
  const f32 = C instanceof Float32Array;
  const sz = f32 ? 4 : 8;
  const aLen = stagedLength(A, aOff, aRs, aCs, m, k);
  const bLen = stagedLength(B, bOff, bRs, bCs, k, n);
  const aAt = 0, bAt = align(aLen * sz), cAt = bAt + align(bLen * sz), wAt = cAt + align(m * n * sz);
  // a packing area per thread
  const threads = 2 * m * n * k >= THREAD_MIN_FLOPS ? threadsFor(K) : 1;
  const had = K.memory.buffer.byteLength;
  const base = scratch(K, wAt + threads * K.gemmWorkBytes(sz));
  if (base < 0) return false;
  const large = 2 * m * n * k > CHUNK_FLOPS;
  try {
    if (large) prefault(K.memory, had, base + wAt + threads * K.gemmWorkBytes(sz));
    const View = f32 ? Float32Array : Float64Array;
    const mem = new View(K.memory.buffer, base);
    const a = stage(mem, aAt / sz, A, aOff, aRs, aCs, m, k);
    const b = stage(mem, bAt / sz, B, bOff, bRs, bCs, k, n);
    if (large) checkInterrupt(); // staging a large product takes a while too
    const works = Array.from({ length: threads }, (_, t) => base + wAt + t * K.gemmWorkBytes(sz));
    multiply(K, f32, m, n, k, base + a.base * sz, a.rs, a.cs, base + b.base * sz, b.rs, b.cs, base + cAt, works);
    const c0 = cAt / sz;
    if (ldc === n) C.set(mem.subarray(c0, c0 + m * n), cOff);
    else for (let i = 0; i < m; i++) C.set(mem.subarray(c0 + i * n, c0 + (i + 1) * n), cOff + i * ldc);
  } finally {
    releaseScratch(K);
  }
  return true;
}

/** Bytes of newly grown scratch faulted in between interrupt checks. */
const TOUCH_BYTES = 16 * 2 ** 20;

/**
 * Touches each page of memory's bytes [from, to) (just grown), with the interrupt check
 * between pieces: the first write to a page costs the OS a page fault, about 3 ms a MB on
 * the loaded reference machine, so staging into a fresh 200 MB would otherwise keep Stop
 * waiting for most of a second.
 */
function prefault(memory: WebAssembly.Memory, from: number, to: number): void {
  const bytes = new Uint8Array(memory.buffer);
  for (let at = from; at < to; at += TOUCH_BYTES) {
    for (let p = at, end = Math.min(to, at + TOUCH_BYTES); p < end; p += 4096) bytes[p] = 0;
    checkInterrupt();
  }
}

/**
 * C (row-major, m x n, at byte cPtr) = A B on staged operands, in chunks (see the top of
 * the file), each chunk's rows split across the threads at MC-row boundaries (`works`:
 * one packing area per thread).
 */
function multiply(
  K: KernelExports, f32: boolean, m: number, n: number, k: number, aPtr: number, aRs: number, aCs: number,
  bPtr: number, bRs: number, bCs: number, cPtr: number, works: number[],
): void {
  const call = (rows: number, nc: number, kc: number, i0: number, j0: number, p0: number, beta: number): void => {
    const sz = f32 ? 4 : 8;
    gemmCall(K, f32, rows, nc, kc, aPtr + (i0 * aRs + p0 * aCs) * sz, aRs, aCs, bPtr + (p0 * bRs + j0 * bCs) * sz, bRs, bCs,
      cPtr + (i0 * n + j0) * sz, n, 1, beta, works);
  };
  if (2 * m * n * k <= CHUNK_FLOPS) {
    call(m, n, k, 0, 0, 0, 0);
    return;
  }
  for (let j0 = 0; j0 < n; j0 += NC) {
    const nc = Math.min(NC, n - j0);
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = Math.min(KC, k - p0);
      const rows = Math.max(MC, Math.floor(CHUNK_FLOPS / (2 * kc * nc) / MC) * MC);
      for (let i0 = 0; i0 < m; i0 += rows) {
        call(Math.min(rows, m - i0), nc, kc, i0, j0, p0, p0 === 0 ? 0 : 1);
        checkInterrupt();
      }
    }
  }
}

/**
 * One kernel call C = beta C + alpha A B on operands already in the scratch memory (byte
 * pointers; A m x k, B k x n strided, C row-major with row stride ldc), its rows split
 * across the threads at MC-row boundaries when it is big enough (`works`: one packing area
 * per thread). Each row of C comes out of the same operations however it is split.
 */
export function gemmCall(
  K: KernelExports, f32: boolean, m: number, n: number, k: number, aPtr: number, aRs: number, aCs: number,
  bPtr: number, bRs: number, bCs: number, cPtr: number, ldc: number, alpha: number, beta: number, works: number[],
): void {
  const sz = f32 ? 4 : 8;
  const parts = works.length > 1 && 2 * m * n * k >= THREAD_MIN_FLOPS ? splitRange(m, works.length, MC) : [[0, m]];
  const jobs = parts.map(([r0, r1], t): [Job, number[]] => [f32 ? Job.GemmF32 : Job.GemmF64, [
    r1 - r0, n, k, aPtr + r0 * aRs * sz, aRs, aCs, bPtr, bRs, bCs, cPtr + r0 * ldc * sz, ldc, alpha, beta, works[t],
  ]]);
  if (jobs.length > 1) runOnThreads(K, jobs);
  else (f32 ? K.gemm_f32 : K.gemm_f64)(...(jobs[0][1] as Parameters<KernelExports['gemm_f64']>));
}
