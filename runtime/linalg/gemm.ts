/**
 * General matrix multiply on row-major float64 storage: C = A (m x k) * B (k x n).
 *
 * GotoBLAS-style plain JavaScript: B is packed into column slivers NR wide (kept in L1),
 * A into row slivers MR tall (an L2-sized block), and a register-blocked micro kernel keeps
 * an MR x NR tile of C in local variables while it walks k. Packing also absorbs arbitrary
 * strides (transposed and sliced views cost nothing extra) and any numeric element type.
 */
import { wasmGemm } from '../wasm/gemm';

/** Anything indexable as numbers: Float64Array, Float32Array, integer typed arrays, number[]. */
export type NumericArray = ArrayLike<number>;

const MR = 2; // rows of the register tile
const NR = 3; // columns of the register tile (2 x 3: six accumulators, no spills in V8; measured best)
const KC = 256; // depth of one packed panel
const MC = 96; // rows of A packed per block (MC * KC * 8 bytes = 192 KB: L2)
const NC = 768; // columns of B packed per panel (a multiple of NR)

/**
 * One fixed scratch buffer for both packed operands: the B panel at [0, KC*NC), the A
 * block after it. A module constant of fixed length lets V8 fold its base and length
 * into the kernel, which measurably speeds up the inner loop.
 */
const A_BASE = KC * NC;
const PACK = new Float64Array(A_BASE + MC * KC);

/**
 * Packs the kc x nc block of B at (p0, j0) into PACK[0..]: sliver s holds, for p = 0..kc-1,
 * the NR values B[p0+p, j0+s*NR .. +NR] (zero padded past nc).
 */
function packB(
  B: NumericArray, bOff: number, bRs: number, bCs: number,
  p0: number, kc: number, j0: number, nc: number,
): void {
  const P = PACK;
  const slivers = Math.ceil(nc / NR);
  for (let s = 0; s < slivers; s++) {
    const jBase = j0 + s * NR;
    const w = Math.min(NR, nc - s * NR);
    let o = s * kc * NR;
    if (w === NR) {
      let src = bOff + p0 * bRs + jBase * bCs;
      const c2 = 2 * bCs;
      for (let p = 0; p < kc; p++) {
        P[o] = B[src];
        P[o + 1] = B[src + bCs];
        P[o + 2] = B[src + c2];
        o += NR;
        src += bRs;
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const src = bOff + (p0 + p) * bRs + jBase * bCs;
        for (let jj = 0; jj < NR; jj++) P[o + jj] = jj < w ? B[src + jj * bCs] : 0;
        o += NR;
      }
    }
  }
}

/** Packs the mc x kc block of A at (i0, p0) into PACK[A_BASE..] as MR-row slivers, k-major. */
function packA(
  A: NumericArray, aOff: number, aRs: number, aCs: number,
  i0: number, mc: number, p0: number, kc: number,
): void {
  const P = PACK;
  const slivers = Math.ceil(mc / MR);
  for (let s = 0; s < slivers; s++) {
    const iBase = i0 + s * MR;
    const h = Math.min(MR, mc - s * MR);
    let o = A_BASE + s * kc * MR;
    if (h === MR) {
      let src = aOff + iBase * aRs + p0 * aCs;
      for (let p = 0; p < kc; p++) {
        P[o] = A[src];
        P[o + 1] = A[src + aRs];
        o += MR;
        src += aCs;
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const src = aOff + iBase * aRs + (p0 + p) * aCs;
        for (let ii = 0; ii < MR; ii++) P[o + ii] = ii < h ? A[src + ii * aRs] : 0;
        o += MR;
      }
    }
  }
}

/**
 * The micro kernel: one MR x NR tile, C[c.., ldc] += (A sliver at `a`) * (B sliver at `b`)
 * over depth kc, the tile held in six local accumulators until the end; `h` x `w` is the
 * part of the tile inside C (less at the matrix edges). Built by a factory so the packing
 * buffer is a closure constant V8 folds into the loop, with literal steps (2 and 3)
 * because module constants are reloaded on every use.
 *
 * It must stay a separate, non-inlined function: inlined into the macro kernel's loops its
 * accumulators and indices compete with the outer loops' for registers and it runs ~40%
 * slower. Handling edge tiles here as well keeps its bytecode above V8's inlining limit
 * (460 bytes).
 */
const kernel = makeKernel(PACK);

function makeKernel(P: Float64Array) {
  return function kernel(a: number, b: number, kc: number, C: Float64Array, c: number, ldc: number, h: number, w: number): void {
    if (h !== 2 || w !== 3) {
      // an edge tile: a plain loop over the h x w entries that lie inside C
      for (let i = 0; i < h; i++) {
        for (let j = 0; j < w; j++) {
          let sum = 0;
          for (let p = 0, x = a + i, y = b + j; p < kc; p++, x += 2, y += 3) sum += P[x] * P[y];
          C[c + i * ldc + j] += sum;
        }
      }
      return;
    }
    let c00 = 0, c01 = 0, c02 = 0;
    let c10 = 0, c11 = 0, c12 = 0;
    for (let p = 0; p < kc; p++, a += 2, b += 3) {
      const a0 = P[a], a1 = P[a + 1];
      const b0 = P[b], b1 = P[b + 1], b2 = P[b + 2];
      c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2;
      c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2;
    }
    C[c] += c00; C[c + 1] += c01; C[c + 2] += c02; c += ldc;
    C[c] += c10; C[c + 1] += c11; C[c + 2] += c12;
  };
}

/** The macro kernel: C block += packed A block (mc x kc) * packed B panel (kc x nc). */
function macroKernel(mc: number, nc: number, kc: number, C: Float64Array, cOff: number, ldc: number): void {
  const bSlivers = Math.ceil(nc / NR);
  const aSlivers = Math.ceil(mc / MR);
  for (let js = 0; js < bSlivers; js++) {
    const b = js * kc * NR;
    const w = Math.min(NR, nc - js * NR);
    for (let is = 0; is < aSlivers; is++) {
      const h = Math.min(MR, mc - is * MR);
      kernel(A_BASE + is * kc * MR, b, kc, C, cOff + is * MR * ldc + js * NR, ldc, h, w);
    }
  }
}

// Give both of the kernel's paths type feedback before V8 first optimises it, so neither
// deoptimises it later.
{
  const C = new Float64Array(8);
  for (let i = 0; i < 4; i++) {
    kernel(A_BASE, 0, 1, C, 0, 3, 2, 3);
    kernel(A_BASE, 0, 1, C, 0, 3, 1, 1);
    kernel(A_BASE, 0, 1, C, 0, 3, 2, 2);
  }
}

/**
 * C = A * B for A (m x k) and B (k x n) given as strided views: element A[i, p] lives at
 * `A[aOff + i*aRs + p*aCs]` (strides in elements, any sign), likewise B. C is written
 * row-major from `cOff` with row stride `ldc` (default n); it is overwritten, not added to.
 * Small products take a direct loop; larger ones the packed, register-blocked kernel.
 * Not reentrant (one shared packing buffer), which is fine on a single JS thread. This is
 * the JS kernel: `gemm` below runs the wasm one where it pays, and this one otherwise.
 *
 * @example
 * const C = new Float64Array(4);
 * gemmJs(2, 2, 2, new Float64Array([1, 2, 3, 4]), 0, 2, 1, new Float64Array([5, 6, 7, 8]), 0, 2, 1, C);
 * // C = [19, 22, 43, 50]
 */
export function gemmJs(
  m: number, n: number, k: number,
  A: NumericArray, aOff: number, aRs: number, aCs: number,
  B: NumericArray, bOff: number, bRs: number, bCs: number,
  C: Float64Array, cOff = 0, ldc = n,
): void {
  for (let i = 0; i < m; i++) C.fill(0, cOff + i * ldc, cOff + i * ldc + n);
  if (m === 0 || n === 0 || k === 0) return;
  if (isSmall(m, n, k)) {
    gemmSmall(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, C, cOff, ldc);
    return;
  }
  for (let j0 = 0; j0 < n; j0 += NC) {
    const nc = Math.min(NC, n - j0);
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = Math.min(KC, k - p0);
      packB(B, bOff, bRs, bCs, p0, kc, j0, nc);
      for (let i0 = 0; i0 < m; i0 += MC) {
        const mc = Math.min(MC, m - i0);
        packA(A, aOff, aRs, aCs, i0, mc, p0, kc);
        macroKernel(mc, nc, kc, C, cOff + i0 * ldc + j0, ldc);
      }
    }
  }
}

/**
 * Products on the direct loops: small ones (whose fused multiply-adds in k order give
 * OpenBLAS's results bit for bit) and matrix-vector ones (bandwidth-bound: no kernel helps).
 */
const isSmall = (m: number, n: number, k: number): boolean => m * n * k <= 8192 || m === 1 || n === 1;

/**
 * C = A * B as `gemmJs` (same arguments), on the wasm SIMD kernel when the product is large
 * enough for it to pay and wasm is available, else on the JS kernel. A Float64Array C gets
 * the float64 product (bit for bit the same on both kernels: each sums every element in the
 * same order); a Float32Array C the float32 one: accumulated in float32 on the wasm kernel,
 * as NumPy's sgemm, or in float64 and rounded once on the JS one.
 *
 * @example
 * const C = new Float64Array(4);
 * gemm(2, 2, 2, new Float64Array([1, 2, 3, 4]), 0, 2, 1, new Float64Array([5, 6, 7, 8]), 0, 2, 1, C);
 * // C = [19, 22, 43, 50]
 */
export function gemm(
  m: number, n: number, k: number,
  A: NumericArray, aOff: number, aRs: number, aCs: number,
  B: NumericArray, bOff: number, bRs: number, bCs: number,
  C: Float64Array | Float32Array, cOff = 0, ldc = n,
): void {
  if (k > 0 && !isSmall(m, n, k) && wasmGemm(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, C, cOff, ldc)) return;
  if (C instanceof Float64Array) {
    gemmJs(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, C, cOff, ldc);
    return;
  }
  const T = new Float64Array(m * n);
  gemmJs(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, T, 0, n);
  for (let i = 0; i < m; i++) C.set(T.subarray(i * n, (i + 1) * n), cOff + i * ldc);
}

/**
 * a * b + c with a single rounding, as the FMA instruction computes it (error-free
 * product by Dekker's split, error-free sum by Knuth's two-sum). Falls back to the plain
 * expression for non-finite or huge operands, where the split would overflow.
 *
 * @example
 * fma(0.1, 10, -1)   // 5.551115123125783e-17 (0.1 * 10 - 1 is 0)
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  if (!(Math.abs(a) < 1e290 && Math.abs(b) < 1e290 && Math.abs(p) < 1e300 && Math.abs(s) < 1e300)) return s;
  let t = 134217729 * a; // 2^27 + 1
  const ah = t - (t - a), al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb);
  return s + (err + e);
}

/**
 * Direct loops for small or vector-shaped products. A small matrix product accumulates
 * each entry in k order with fused multiply-adds, which is what OpenBLAS (NumPy's BLAS)
 * does for small matrices on x86-64: results then agree with NumPy's bit for bit.
 */
function gemmSmall(
  m: number, n: number, k: number,
  A: NumericArray, aOff: number, aRs: number, aCs: number,
  B: NumericArray, bOff: number, bRs: number, bCs: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  if (m > 1 && n > 1) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let r = 0;
        let a = aOff + i * aRs;
        let b = bOff + j * bCs;
        for (let p = 0; p < k; p++, a += aCs, b += bRs) r = fma(A[a], B[b], r);
        C[cOff + i * ldc + j] = r;
      }
    }
    return;
  }
  if (n === 1) {
    // matrix-vector: dot products along k
    for (let i = 0; i < m; i++) {
      let s = 0;
      let a = aOff + i * aRs;
      let b = bOff;
      for (let p = 0; p < k; p++, a += aCs, b += bRs) s += A[a] * B[b];
      C[cOff + i * ldc] = s;
    }
    return;
  }
  // one row: a combination of B's rows
  const c = cOff;
  for (let p = 0; p < k; p++) {
    const av = A[aOff + p * aCs];
    let b = bOff + p * bRs;
    for (let j = 0; j < n; j++, b += bCs) C[c + j] += av * B[b];
  }
}
