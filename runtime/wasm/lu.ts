/**
 * LU (dgetrf), LU solves (dgetrs) and Cholesky (dpotrf) on the wasm kernels (wasm/lu.ts):
 * the matrix is copied into the scratch memory, factored there by panels whose trailing
 * updates are SIMD GEMMs, and the factors (or the solution) copied out. Each returns null,
 * having done nothing, when the wasm kernels are unavailable. The factorisations run one
 * panel per call and the solves a block of right-hand sides per call, with the host's
 * interrupt check between calls (runtime/interrupt.ts), so Stop ends them in place.
 */
import type { LUFactors } from '../linalg/lu';
import { checkInterrupt } from '../interrupt';
import { kernels, scratch, releaseScratch, align, type KernelExports } from './module';
import { CHUNK_FLOPS } from './gemm';

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

/** Runs the LU on the n x n matrix at byte `a` of the layout, panel by panel; leaves perm at byte `perm`. */
function factor(L: Layout, n: number, a: number, perm: number): { sign: number; singular: boolean } {
  const { K, base } = L;
  let parity = 0, singular = false;
  for (let j0 = 0; j0 < n; j0 += K.block_size()) {
    const r = K.lu_step_f64(n, base + a, n, base + perm, j0, base + L.at[L.at.length - 1]);
    parity ^= r & 1;
    singular ||= r >> 1 !== 0;
    checkInterrupt();
  }
  return { sign: parity ? -1 : 1, singular };
}

/** B = T^-1 B (see trsm_f64) a block of columns at a time, B n x nrhs at byte `b`. */
function solveTriangular(L: Layout, lower: boolean, n: number, nrhs: number, t: number, b: number): void {
  const { K, base } = L;
  const cols = Math.max(8, Math.floor(CHUNK_FLOPS / (n * n) / 8) * 8);
  for (let j0 = 0; j0 < nrhs; j0 += cols) {
    K.trsm_f64(lower ? 1 : 0, n, Math.min(cols, nrhs - j0), base + t, n, base + b + j0 * 8, nrhs, base + L.at[L.at.length - 1]);
    checkInterrupt();
  }
}

/** PA = LU of the n x n row-major matrix `a` (see luFactor in runtime/linalg/lu.ts). */
export function wasmLuFactor(a: ArrayLike<number>, n: number): LUFactors | null {
  const L = layout(n * n, n);
  if (!L) return null;
  try {
    L.mem.set(a as ArrayLike<number>, 0);
    const { sign, singular } = factor(L, n, L.at[0], L.at[1]);
    const lu = L.mem.slice(0, n * n);
    const perm = new Int32Array(L.K.memory.buffer, L.base + L.at[1], n).slice();
    return { lu, perm, n, sign, singular };
  } finally {
    releaseScratch(L.K);
  }
}

/**
 * X with A X = B (A n x n, B n x nrhs, row-major), by LU and two blocked triangular
 * solves; `singular` is true (and X not computed) when a pivot is exactly zero.
 */
export function wasmLuSolve(a: ArrayLike<number>, n: number, b: ArrayLike<number>, nrhs: number): { x: Float64Array; singular: boolean } | null {
  const L = layout(n * n, n * nrhs, n);
  if (!L) return null;
  const { K, base, mem, at } = L;
  try {
    mem.set(a as ArrayLike<number>, 0);
    const { singular } = factor(L, n, at[0], at[2]);
    if (singular) return { x: new Float64Array(0), singular };
    // B's rows in pivot order, then L and U solves in place
    const perm = new Int32Array(K.memory.buffer, base + at[2], n);
    const x0 = at[1] / 8;
    for (let i = 0; i < n; i++) {
      const src = perm[i] * nrhs;
      for (let j = 0; j < nrhs; j++) mem[x0 + i * nrhs + j] = b[src + j];
    }
    solveTriangular(L, true, n, nrhs, at[0], at[1]);
    solveTriangular(L, false, n, nrhs, at[0], at[1]);
    return { x: mem.slice(x0, x0 + n * nrhs), singular };
  } finally {
    releaseScratch(K);
  }
}

/**
 * The lower Cholesky factor of the n x n row-major matrix `a` (its lower triangle read),
 * zeros above the diagonal; `ok` false when the matrix is not positive definite.
 */
export function wasmCholesky(a: ArrayLike<number>, n: number): { l: Float64Array; ok: boolean } | null {
  const nb = kernels()?.block_size() ?? 0;
  const L = layout(n * n, nb * n); // A, and the transposed panel (NB rows)
  if (!L) return null;
  const { K, base, mem, at } = L;
  let l: Float64Array;
  try {
    mem.set(a as ArrayLike<number>, 0);
    for (let j0 = 0; j0 < n; j0 += K.block_size()) {
      if (K.chol_step_f64(n, base, n, base + at[1], j0, base + at[2]) !== 0) return { l: new Float64Array(0), ok: false };
      checkInterrupt();
    }
    l = mem.slice(0, n * n);
  } finally {
    releaseScratch(K);
  }
  for (let i = 0; i < n; i++) l.fill(0, i * n + i + 1, (i + 1) * n);
  return { l, ok: true };
}
