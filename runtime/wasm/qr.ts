/**
 * The blocked Householder QR (dgeqrf) and the forming of Q (dorgqr) on the wasm kernels:
 * the matrix stays in the scratch memory for the whole factorisation. Each NB-column panel
 * is copied out transposed (its columns contiguous), factored there (dlarfg in JS, the
 * reflectors' application to the rest of the panel by wasm/qr.ts), copied back; its block
 * reflector's T comes from wasm/qr.ts's dlarft, and the trailing matrix is updated by
 * three calls of the SIMD GEMM on the scratch memory (W = V^T C, W = T^T W, C -= V W).
 * The same reflectors as runtime/linalg/qr.ts's JS path, results equal to rounding. Each
 * returns null, having done nothing, when the wasm kernels are unavailable.
 */
import type { QRFactors } from '../linalg/qr';
import { larfg } from '../linalg/qr';
import { checkInterrupt } from '../interrupt';
import { kernels, scratch, releaseScratch, align, type KernelExports } from './module';

/** Panel width (as the JS blocked QR). */
const NB = 32;

interface Space {
  K: KernelExports;
  mem: Float64Array;
  /** Byte addresses: the matrix, the transposed panel V^T (NB x m), T, tau, z, W, W2, the GEMM's work. */
  mat: number; vt: number; t: number; tau: number; z: number; w: number; w2: number; work: number;
}

/** Scratch for an m-row matrix of `len` doubles, with work rows `wide` long. */
function space(len: number, m: number, wide: number): Space | null {
  const K = kernels();
  if (!K) return null;
  const sizes = [len * 8, NB * m * 8, NB * NB * 8, NB * 8, NB * 8, NB * wide * 8, NB * wide * 8];
  const at: number[] = [];
  let end = 0;
  for (const s of sizes) {
    at.push(end);
    end += align(s);
  }
  const base = scratch(K, end + K.gemmWorkBytes(8));
  if (base < 0) return null;
  const [mat, vt, t, tau, z, w, w2] = at.map((a) => base + a);
  return { K, mem: new Float64Array(K.memory.buffer), mat, vt, t, tau, z, w, w2, work: base + end };
}

/** V^T's rows c < jb made explicit in place: zeros before position c, 1 at it. */
function unitRows(S: Space, mr: number, jb: number): void {
  const v = S.vt / 8;
  for (let c = 0; c < jb; c++) {
    S.mem.fill(0, v + c * mr, v + c * mr + c);
    S.mem[v + c * mr + c] = 1;
  }
}

/**
 * C = H^T C (`trans`) or H C for the block reflector H = I - V T V^T of the jb rows of V^T
 * (made explicit) and the mr x nc matrix C at byte `c`, row stride ld.
 */
function applyBlock(S: Space, mr: number, jb: number, taus: Float64Array, c: number, ld: number, nc: number, trans: boolean): void {
  const { K } = S;
  S.mem.set(taus, S.tau / 8);
  K.larft_f64(S.vt, mr, mr, jb, S.tau, S.t, S.z);
  K.gemm_f64(jb, nc, mr, S.vt, mr, 1, c, ld, 1, S.w, nc, 1, 0, S.work);
  K.gemm_f64(jb, nc, jb, S.t, trans ? 1 : jb, trans ? jb : 1, S.w, nc, 1, S.w2, nc, 1, 0, S.work);
  K.gemm_f64(mr, nc, jb, S.vt, 1, mr, S.w2, nc, 1, c, ld, -1, 1, S.work);
}

/**
 * householderQR's blocked factorisation of the m x n row-major `a` (not modified) on the
 * kernels, or null.
 */
export function wasmHouseholderQR(a: ArrayLike<number>, m: number, n: number): QRFactors | null {
  const S = space(m * n, m, n);
  if (!S) return null;
  const { K, mem } = S;
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const A = S.mat / 8, V = S.vt / 8;
  mem.set(a as ArrayLike<number>, A);
  try {
    for (let j0 = 0; j0 < k; j0 += NB) {
      const j1 = Math.min(k, j0 + NB), jb = j1 - j0, mr = m - j0;
      // the panel, transposed: V^T row c holds column j0 + c from row j0 down
      for (let i = 0; i < mr; i++) {
        const r = A + (j0 + i) * n + j0;
        for (let c = 0; c < jb; c++) mem[V + c * mr + i] = mem[r + c];
      }
      for (let c = 0; c < jb; c++) {
        const d = V + c * mr + c;
        const t = (tau[j0 + c] = larfg(mem, d, d + 1, 1, mr - c - 1));
        if (t !== 0 && c + 1 < jb) {
          const beta = mem[d];
          mem[d] = 1;
          K.house_left_f64(d * 8, t, (d + mr) * 8, mr, mr - c, jb - c - 1);
          mem[d] = beta;
        }
      }
      for (let i = 0; i < mr; i++) {
        const r = A + (j0 + i) * n + j0;
        for (let c = 0; c < jb; c++) mem[r + c] = mem[V + c * mr + i];
      }
      if (j1 < n) {
        unitRows(S, mr, jb);
        applyBlock(S, mr, jb, tau.subarray(j0, j1), S.mat + (j0 * n + j1) * 8, n, n - j1, true);
      }
      checkInterrupt();
    }
    return { qr: mem.slice(A, A + m * n), tau, m, n };
  } finally {
    releaseScratch(K);
  }
}

/** formQ's blocked path (dorgqr) on the kernels: the m x qcols Q, or null. */
export function wasmFormQ(f: QRFactors, qcols: number): Float64Array | null {
  const { qr, tau, m, n } = f;
  const k = Math.min(m, n, qcols);
  const S = space(m * qcols, m, qcols);
  if (!S) return null;
  const { mem } = S;
  const Q = S.mat / 8, V = S.vt / 8;
  mem.fill(0, Q, Q + m * qcols);
  for (let i = 0; i < Math.min(m, qcols); i++) mem[Q + i * qcols + i] = 1;
  try {
    // block reflectors last to first; block b touches only rows and columns from j0 on
    for (let j0 = Math.floor((k - 1) / NB) * NB; j0 >= 0; j0 -= NB) {
      const j1 = Math.min(k, j0 + NB), jb = j1 - j0, mr = m - j0;
      for (let i = 0; i < mr; i++) {
        const r = (j0 + i) * n + j0;
        for (let c = 0; c < jb; c++) mem[V + c * mr + i] = qr[r + c];
      }
      unitRows(S, mr, jb);
      applyBlock(S, mr, jb, tau.subarray(j0, j1), S.mat + (j0 * qcols + j0) * 8, qcols, qcols - j0, false);
      checkInterrupt();
    }
    return mem.slice(Q, Q + m * qcols);
  } finally {
    releaseScratch(S.K);
  }
}
