/**
 * LU (dgetrf), LU solves (dgetrs) and Cholesky (dpotrf) on the wasm kernels (wasm/lu.ts):
 * the matrix is copied into the scratch memory, factored there by panels whose trailing
 * updates are SIMD GEMMs, and the factors (or the solution) copied out. Each returns null,
 * having done nothing, when the wasm kernels are unavailable. The factorisations run one
 * panel per call and the solves a block of right-hand sides per call, with the host's
 * interrupt check between calls (runtime/interrupt.ts), so Stop ends them in place. Each
 * starts again from its input when a pool thread dies inside its share (redoIfThreadLost).
 */
import type { LUFactors } from '../linalg/lu';
import { checkInterrupt } from '../interrupt';
import { kernels, scratch, releaseScratch, align, type KernelExports } from './module';
import { CHUNK_FLOPS, THREAD_MIN_FLOPS, gemmCall } from './gemm';
import { Job, runOnThreads, splitRange, threadsFor, redoIfThreadLost } from './threads';

interface Layout {
  K: KernelExports;
  base: number;
  mem: Float64Array;
  /** Byte offsets from `base`. */
  at: number[];
  /** Absolute byte pointers of the GEMM work areas, one per thread. */
  works: number[];
}

/**
 * Scratch for matrices of the given element counts (float64) and, after them, a GEMM work
 * area for each thread of the pool (one without a pool).
 */
function layout(...lengths: number[]): Layout | null {
  const K = kernels();
  if (!K) return null;
  const at: number[] = [];
  let end = 0;
  for (const len of lengths) {
    at.push(end);
    end += align(len * 8);
  }
  const threads = threadsFor(K);
  const base = scratch(K, end + threads * K.gemmWorkBytes(8));
  if (base < 0) return null;
  const works = Array.from({ length: threads }, (_, t) => base + end + t * K.gemmWorkBytes(8));
  return { K, base, mem: new Float64Array(K.memory.buffer, base), at, works };
}

/**
 * Runs the LU on the n x n matrix at byte `a` of the layout, panel by panel (each panel's
 * trailing update a GEMM across the threads); leaves perm at byte `perm`.
 */
function factor(L: Layout, n: number, a: number, perm: number): { sign: number; singular: boolean } {
  const { K, base } = L;
  const nb = K.block_size();
  let parity = 0, singular = false;
  for (let j0 = 0; j0 < n; j0 += nb) {
    const r = K.lu_panel_f64(n, base + a, n, base + perm, j0);
    parity ^= r & 1;
    singular ||= r >> 1 !== 0;
    const j1 = Math.min(n, j0 + nb), rest = n - j1;
    // A22 -= L21 U12
    if (rest > 0) gemmCall(K, false, rest, rest, j1 - j0, base + a + (j1 * n + j0) * 8, n, 1, base + a + (j0 * n + j1) * 8, n, 1, base + a + (j1 * n + j1) * 8, n, -1, 1, L.works);
    checkInterrupt();
  }
  return { sign: parity ? -1 : 1, singular };
}

/**
 * B = T^-1 B (see trsm_f64) a block of columns at a time, B n x nrhs at byte `b`; the
 * columns of a block split across the threads (each column is solved on its own, so the
 * split changes no result).
 */
function solveTriangular(L: Layout, lower: boolean, n: number, nrhs: number, t: number, b: number): void {
  const { K, base, works } = L;
  const cols = Math.max(8, Math.floor(CHUNK_FLOPS / (n * n) / 8) * 8);
  for (let j0 = 0; j0 < nrhs; j0 += cols) {
    const nc = Math.min(cols, nrhs - j0);
    const parts = works.length > 1 && n * n * nc >= THREAD_MIN_FLOPS ? splitRange(nc, works.length, 8) : [[0, nc]];
    const jobs = parts.map(([c0, c1], w): [Job, number[]] => [Job.Trsm, [lower ? 1 : 0, n, c1 - c0, base + t, n, base + b + (j0 + c0) * 8, nrhs, works[w]]]);
    if (jobs.length > 1) runOnThreads(K, jobs);
    else K.trsm_f64(lower ? 1 : 0, n, nc, base + t, n, base + b + j0 * 8, nrhs, works[0]);
    checkInterrupt();
  }
}

/** PA = LU of the n x n row-major matrix `a` (see luFactor in runtime/linalg/lu.ts). */
export function wasmLuFactor(a: ArrayLike<number>, n: number): LUFactors | null {
  return redoIfThreadLost(() => wasmLuFactorOnce(a, n));
}

function wasmLuFactorOnce(a: ArrayLike<number>, n: number): LUFactors | null {
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
  return redoIfThreadLost(() => wasmLuSolveOnce(a, n, b, nrhs));
}

function wasmLuSolveOnce(a: ArrayLike<number>, n: number, b: ArrayLike<number>, nrhs: number): { x: Float64Array; singular: boolean } | null {
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
 * The inverse of the n x n row-major matrix `a`, as NumPy's dgesv(A, I): PA = LU, then
 * L Y = P I and U X = Y. The forward solve runs on I's columns in pivot order (column i of
 * P I is the unit vector at row i of I, permuted) and skips the rows above each NB-column
 * block, which are zero and stay zero: a third of dgesv's work, the same operations on
 * every nonzero. `singular` is true (and X not computed) when a pivot is exactly zero.
 */
export function wasmLuInverse(a: ArrayLike<number>, n: number): { x: Float64Array; singular: boolean } | null {
  return redoIfThreadLost(() => wasmLuInverseOnce(a, n));
}

function wasmLuInverseOnce(a: ArrayLike<number>, n: number): { x: Float64Array; singular: boolean } | null {
  const L = layout(n * n, n * n, n);
  if (!L) return null;
  const { K, base, mem, at, works } = L;
  try {
    mem.set(a as ArrayLike<number>, 0);
    const { singular } = factor(L, n, at[0], at[2]);
    if (singular) return { x: new Float64Array(0), singular };
    const y0 = at[1] / 8;
    mem.fill(0, y0, y0 + n * n);
    for (let i = 0; i < n; i++) mem[y0 + i * n + i] = 1;
    // L Y = I, NB columns a job: block c0's rows above c0 are zero
    const nb = K.block_size();
    const chunk = (c0: number): number[] => {
      const r = n - c0;
      return [1, r, Math.min(nb, n - c0), base + at[0] + (c0 * n + c0) * 8, n, base + at[1] + (c0 * n + c0) * 8, n];
    };
    const threads = works.length > 1 && n * n * n >= 3 * THREAD_MIN_FLOPS ? works.length : 1;
    for (let c0 = 0; c0 < n; c0 += threads * nb) {
      const jobs: [Job, number[]][] = [];
      for (let w = 0; w < threads && c0 + w * nb < n; w++) jobs.push([Job.Trsm, [...chunk(c0 + w * nb), works[w]]]);
      if (jobs.length > 1) runOnThreads(K, jobs);
      else K.trsm_f64(...(jobs[0][1] as Parameters<KernelExports['trsm_f64']>));
      checkInterrupt();
    }
    solveTriangular(L, false, n, n, at[0], at[1]);
    // column i of the solution is the inverse's column perm[i]
    const perm = new Int32Array(K.memory.buffer, base + at[2], n);
    const x = new Float64Array(n * n);
    for (let r = 0; r < n; r++) {
      const src = y0 + r * n, dst = r * n;
      for (let i = 0; i < n; i++) x[dst + perm[i]] = mem[src + i];
    }
    return { x, singular };
  } finally {
    releaseScratch(K);
  }
}

/**
 * The lower Cholesky factor of the n x n row-major matrix `a` (its lower triangle read),
 * zeros above the diagonal; `ok` false when the matrix is not positive definite.
 */
export function wasmCholesky(a: ArrayLike<number>, n: number): { l: Float64Array; ok: boolean } | null {
  return redoIfThreadLost(() => wasmCholeskyOnce(a, n));
}

function wasmCholeskyOnce(a: ArrayLike<number>, n: number): { l: Float64Array; ok: boolean } | null {
  const nb = kernels()?.block_size() ?? 0;
  const L = layout(n * n, nb * n); // A, and the transposed panel (NB rows)
  if (!L) return null;
  const { K, base, mem, at } = L;
  let l: Float64Array;
  try {
    mem.set(a as ArrayLike<number>, 0);
    for (let j0 = 0; j0 < n; j0 += nb) {
      if (K.chol_panel_f64(n, base, n, base + at[1], j0) !== 0) return { l: new Float64Array(0), ok: false };
      choleskyUpdate(L, n, j0, Math.min(nb, n - j0));
      checkInterrupt();
    }
    l = mem.slice(0, n * n);
  } finally {
    releaseScratch(K);
  }
  for (let i = 0; i < n; i++) l.fill(0, i * n + i + 1, (i + 1) * n);
  return { l, ok: true };
}

/**
 * Cholesky's trailing update after the panel at column j0 (jb wide): A22 -= L21 L21^T on
 * the lower triangle, by GEMMs of 2 NB-row blocks (each up to its last column), L21^T
 * read from the panel's transpose at at[1]. The blocks go to the threads a round at a
 * time; each block is one GEMM however they are shared out.
 */
function choleskyUpdate(L: Layout, n: number, j0: number, jb: number): void {
  const { K, base, at, works } = L;
  const j1 = j0 + jb, rest = n - j1, rows = 2 * K.block_size();
  const block = (i0: number, w: number): [Job, number[]] => {
    const i1 = Math.min(rest, i0 + rows);
    return [Job.GemmF64, [i1 - i0, i1, jb, base + ((j1 + i0) * n + j0) * 8, n, 1, base + at[1], rest, 1, base + ((j1 + i0) * n + j1) * 8, n, -1, 1, works[w]]];
  };
  const threads = works.length > 1 && rest * rest * jb >= THREAD_MIN_FLOPS ? works.length : 1;
  for (let i0 = 0; i0 < rest; i0 += threads * rows) {
    const jobs: [Job, number[]][] = [];
    for (let w = 0; w < threads && i0 + w * rows < rest; w++) jobs.push(block(i0 + w * rows, w));
    if (jobs.length > 1) runOnThreads(K, jobs);
    else K.gemm_f64(...(jobs[0][1] as Parameters<KernelExports['gemm_f64']>));
  }
}
