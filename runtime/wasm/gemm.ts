/**
 * Matrix products on the wasm SIMD GEMM (wasm/gemm.ts): operands are staged into the
 * scratch memory, multiplied there, and the product copied out. float64 products agree
 * with the JS kernel bit for bit (same blocking depth, same order of additions); float32
 * products accumulate in float32, as NumPy's sgemm does.
 */
import type { NumericArray } from '../linalg/gemm';
import { kernels, scratch, releaseScratch, align } from './module';
import { stage, stagedLength } from './stage';

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
  const K = kernels();
  if (!K) return false;
  const f32 = C instanceof Float32Array;
  const sz = f32 ? 4 : 8;
  const aLen = stagedLength(A, aOff, aRs, aCs, m, k);
  const bLen = stagedLength(B, bOff, bRs, bCs, k, n);
  const aAt = 0, bAt = align(aLen * sz), cAt = bAt + align(bLen * sz), wAt = cAt + align(m * n * sz);
  const base = scratch(K, wAt + K.gemmWorkBytes(sz));
  if (base < 0) return false;
  const View = f32 ? Float32Array : Float64Array;
  const mem = new View(K.memory.buffer, base);
  const a = stage(mem, aAt / sz, A, aOff, aRs, aCs, m, k);
  const b = stage(mem, bAt / sz, B, bOff, bRs, bCs, k, n);
  (f32 ? K.gemm_f32 : K.gemm_f64)(m, n, k, base + a.base * sz, a.rs, a.cs, base + b.base * sz, b.rs, b.cs,
    base + cAt, n, 1, 0, base + wAt);
  const c0 = cAt / sz;
  if (ldc === n) C.set(mem.subarray(c0, c0 + m * n), cOff);
  else for (let i = 0; i < m; i++) C.set(mem.subarray(c0 + i * n, c0 + (i + 1) * n), cOff + i * ldc);
  releaseScratch(K);
  return true;
}
