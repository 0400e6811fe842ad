/**
 * LU (dgetrf), LU solves (dgetrs) and Cholesky (dpotrf) on the wasm kernels (wasm/lu.ts):
 * the matrix is copied into the scratch memory, factored there by panels whose trailing
 * updates are SIMD GEMMs, and the factors (or the solution) copied out. Each returns null,
 * having done nothing, when the wasm kernels are unavailable.
 */
import type { LUFactors } from '../linalg/lu';
import { kernels, scratch, releaseScratch, align, type KernelExports } from './module';

interface Layout {
  K: KernelExports;
  base: number;
  mem: Float64Array;
  /** Byte offsets from `base`. */
  at: number[];
}

/** Scratch for matrices of the given element counts (float64) and the GEMM's work area after them. */
function layout(...lengths: number[]): Layout | null {
  const K = kernels();
  if (!K) return null;
  const at: number[] = [];
  let end = 0;
  for (const len of lengths) {
    at.push(end);
    end += align(len * 8);
  }
  const base = scratch(K, end + K.gemmWorkBytes(8));
  if (base < 0) return null;
  at.push(end); // the work area
  return { K, base, mem: new Float64Array(K.memory.buffer, base), at };
}

/** Runs the LU on the n x n matrix at element `a` of the layout; returns [sign, singular] and leaves perm at byte `perm`. */
function factor(L: Layout, n: number, a: number, perm: number): { sign: number; singular: boolean } {
  const r = L.K.lu_f64(n, L.base + a, n, L.base + perm, L.base + L.at[L.at.length - 1]);
  return { sign: r & 1 ? -1 : 1, singular: r >> 1 !== 0 };
}

/** PA = LU of the n x n row-major matrix `a` (see luFactor in runtime/linalg/lu.ts). */
export function wasmLuFactor(a: ArrayLike<number>, n: number): LUFactors | null {
  const L = layout(n * n, n);
  if (!L) return null;
  L.mem.set(a as ArrayLike<number>, 0);
  const { sign, singular } = factor(L, n, L.at[0], L.at[1]);
  const lu = L.mem.slice(0, n * n);
  const perm = new Int32Array(L.K.memory.buffer, L.base + L.at[1], n).slice();
  releaseScratch(L.K);
  return { lu, perm, n, sign, singular };
}

/**
 * X with A X = B (A n x n, B n x nrhs, row-major), by LU and two blocked triangular
 * solves; `singular` is true (and X not computed) when a pivot is exactly zero.
 */
export function wasmLuSolve(a: ArrayLike<number>, n: number, b: ArrayLike<number>, nrhs: number): { x: Float64Array; singular: boolean } | null {
  const L = layout(n * n, n * nrhs, n);
  if (!L) return null;
  const { K, base, mem, at } = L;
  mem.set(a as ArrayLike<number>, 0);
  const { singular } = factor(L, n, at[0], at[2]);
  if (singular) {
    releaseScratch(K);
    return { x: new Float64Array(0), singular };
  }
  // B's rows in pivot order, then L and U solves in place
  const perm = new Int32Array(K.memory.buffer, base + at[2], n);
  const x0 = at[1] / 8;
  for (let i = 0; i < n; i++) {
    const src = perm[i] * nrhs;
    for (let j = 0; j < nrhs; j++) mem[x0 + i * nrhs + j] = b[src + j];
  }
  const work = base + at[3];
  K.trsm_f64(1, n, nrhs, base + at[0], n, base + at[1], nrhs, work);
  K.trsm_f64(0, n, nrhs, base + at[0], n, base + at[1], nrhs, work);
  const x = mem.slice(x0, x0 + n * nrhs);
  releaseScratch(K);
  return { x, singular };
}

/**
 * The lower Cholesky factor of the n x n row-major matrix `a` (its lower triangle read),
 * zeros above the diagonal; `ok` false when the matrix is not positive definite.
 */
export function wasmCholesky(a: ArrayLike<number>, n: number): { l: Float64Array; ok: boolean } | null {
  const L = layout(n * n, 64 * n); // A, and the transposed panel (NB = 64 rows, wasm/lu.ts)
  if (!L) return null;
  const { K, base, mem, at } = L;
  mem.set(a as ArrayLike<number>, 0);
  const info = K.chol_f64(n, base, n, base + at[1], base + at[2]);
  const l = mem.slice(0, n * n);
  releaseScratch(K);
  for (let i = 0; i < n; i++) l.fill(0, i * n + i + 1, (i + 1) * n);
  return { l, ok: info === 0 };
}
