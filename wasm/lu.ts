// AssemblyScript (compiled by wasm/build.mjs): blocked LU with partial pivoting (LAPACK's
// dgetrf, right-looking), triangular solves with many right-hand sides (dtrsm, as dgetrs
// uses them) and Cholesky (dpotrf, lower), all on row-major float64 matrices in this
// module's memory. Each factors an NB-wide panel with unblocked code and leaves the O(n^3)
// trailing update to the SIMD GEMM, which the host calls (so it can split it across threads).
import { gemm } from './gemm'; // trsm_f64's updates

const NB: i32 = 64;

// @ts-ignore: decorator
@inline function el(a: usize, lda: i32, i: i32, j: i32): usize {
  return a + (<usize>i * <usize>lda + <usize>j) * 8;
}

/** y[0..len) -= s * x[0..len) (two lanes at a time). */
function axpyNeg(y: usize, x: usize, s: f64, len: i32): void {
  const sv = f64x2.splat(s);
  let j = 0;
  for (; j + 2 <= len; j += 2) {
    const o = <usize>j * 8;
    v128.store(y + o, f64x2.sub(v128.load(y + o), f64x2.mul(sv, v128.load(x + o))));
  }
  if (j < len) store<f64>(y + <usize>j * 8, load<f64>(y + <usize>j * 8) - s * load<f64>(x + <usize>j * 8));
}

/** Swaps rows r and p (all lda... n columns) of a. */
function swapRows(a: usize, lda: i32, n: i32, r: i32, p: i32): void {
  const x = el(a, lda, r, 0), y = el(a, lda, p, 0);
  for (let j = 0; j < n; j++) {
    const o = <usize>j * 8;
    const t = load<f64>(x + o);
    store<f64>(x + o, load<f64>(y + o));
    store<f64>(y + o, t);
  }
}

/** The panel width NB: the host steps the factorisations by it (lu_panel_f64, chol_panel_f64). */
export function block_size(): i32 {
  return NB;
}

/**
 * The panel of one step of PA = LU for the n x n matrix at a (row stride lda), in place
 * (L's unit-diagonal multipliers below, U on and above): the NB-wide panel at column j0
 * (dgetf2, row swaps applied across the full width), then U12 = L11^-1 A12. The host then
 * updates the trailing matrix A22 -= L21 U12 by GEMM (split across its threads) and runs
 * j0 = 0, NB, 2 NB, ... (checking for an interrupt between steps). perm (n i32) gets, for
 * each row, the input row it came from (set up at j0 = 0). Returns 2 * info + (this step's
 * row swaps mod 2), info = 1 + the index of the step's first exactly zero pivot, or 0 (as
 * LAPACK, factoring goes on).
 */
export function lu_panel_f64(n: i32, a: usize, lda: i32, perm: usize, j0: i32): i32 {
  let info = 0, swaps = 0;
  if (j0 == 0) for (let i = 0; i < n; i++) store<i32>(perm + <usize>i * 4, i);
  const jb = min(NB, n - j0), j1 = j0 + jb;
  for (let c = j0; c < j1; c++) {
    let p = c;
    let best = abs(load<f64>(el(a, lda, c, c)));
    for (let i = c + 1; i < n; i++) {
      const v = abs(load<f64>(el(a, lda, i, c)));
      if (v > best) { best = v; p = i; }
    }
    if (p != c) {
      swapRows(a, lda, n, c, p);
      const t = load<i32>(perm + <usize>c * 4);
      store<i32>(perm + <usize>c * 4, load<i32>(perm + <usize>p * 4));
      store<i32>(perm + <usize>p * 4, t);
      swaps++;
    }
    const pivot = load<f64>(el(a, lda, c, c));
    if (pivot == 0) {
      if (info == 0) info = c + 1;
      continue;
    }
    // LAPACK scales by the reciprocal when it is safe to
    const useRecip = abs(pivot) >= 2.2250738585072014e-308;
    const r = 1 / pivot;
    for (let i = c + 1; i < n; i++) {
      const q = el(a, lda, i, c);
      const l = useRecip ? load<f64>(q) * r : load<f64>(q) / pivot;
      store<f64>(q, l);
      axpyNeg(q + 8, el(a, lda, c, c + 1), l, j1 - c - 1);
    }
  }
  if (j1 < n) trsmLowerUnit(jb, n - j1, el(a, lda, j0, j0), lda, el(a, lda, j0, j1), lda);
  return 2 * info + (swaps & 1);
}

/** B = L^-1 B, L n x n unit lower (strictly lower part read), B n x nrhs, unblocked. */
function trsmLowerUnit(n: i32, nrhs: i32, l: usize, ldl: i32, b: usize, ldb: i32): void {
  for (let r = 1; r < n; r++) {
    const br = el(b, ldb, r, 0);
    for (let q = 0; q < r; q++) {
      const s = load<f64>(el(l, ldl, r, q));
      if (s != 0) axpyNeg(br, el(b, ldb, q, 0), s, nrhs);
    }
  }
}

/** B = U^-1 B, U n x n upper with its diagonal, B n x nrhs, unblocked. */
function trsmUpper(n: i32, nrhs: i32, u: usize, ldu: i32, b: usize, ldb: i32): void {
  for (let r = n - 1; r >= 0; r--) {
    const br = el(b, ldb, r, 0);
    for (let q = r + 1; q < n; q++) {
      const s = load<f64>(el(u, ldu, r, q));
      if (s != 0) axpyNeg(br, el(b, ldb, q, 0), s, nrhs);
    }
    const d = load<f64>(el(u, ldu, r, r));
    for (let j = 0; j < nrhs; j++) {
      const q = br + <usize>j * 8;
      store<f64>(q, load<f64>(q) / d);
    }
  }
}

/**
 * B = T^-1 B for the triangle of the n x n matrix at t: the unit lower one when `lower`,
 * else the upper one with its diagonal (dtrsm, left side, no transpose); B n x nrhs. Blocked:
 * NB rows at a time, the rest of B updated by GEMM.
 */
export function trsm_f64(lower: i32, n: i32, nrhs: i32, t: usize, ldt: i32, b: usize, ldb: i32, work: usize): void {
  if (lower) {
    for (let i0 = 0; i0 < n; i0 += NB) {
      const ib = min(NB, n - i0), i1 = i0 + ib;
      trsmLowerUnit(ib, nrhs, el(t, ldt, i0, i0), ldt, el(b, ldb, i0, 0), ldb);
      if (i1 < n) gemm<f64>(n - i1, nrhs, ib, el(t, ldt, i1, i0), ldt, 1, el(b, ldb, i0, 0), ldb, 1, el(b, ldb, i1, 0), ldb, -1, 1, work);
    }
  } else {
    const last = ((n - 1) / NB) * NB;
    for (let i0 = last; i0 >= 0; i0 -= NB) {
      const ib = min(NB, n - i0);
      trsmUpper(ib, nrhs, el(t, ldt, i0, i0), ldt, el(b, ldb, i0, 0), ldb);
      if (i0 > 0) gemm<f64>(i0, nrhs, ib, el(t, ldt, 0, i0), ldt, 1, el(b, ldb, i0, 0), ldb, 1, el(b, ldb, 0, 0), ldb, -1, 1, work);
    }
  }
}

/**
 * The panel of one step of A = L L^T for the symmetric positive definite n x n matrix at
 * a, reading its lower triangle; L overwrites it (the strict upper triangle is left as it was). The host
 * runs j0 = 0, NB, 2 NB, ... Returns 0, or 1 + the index of the first pivot that is not
 * positive (LAPACK's info: not positive definite; stop there). Blocked (dpotrf, lower):
 * the diagonal block, the panel below it by a triangular solve (on its transpose, left at
 * `t`, NB x (n - j0 - NB), so that the solve runs along rows); the host then updates the
 * trailing lower triangle A22 -= L21 L21^T by GEMMs of block rows (across its threads).
 */
export function chol_panel_f64(n: i32, a: usize, lda: i32, t: usize, j0: i32): i32 {
  const jb = min(NB, n - j0), j1 = j0 + jb;
  // the diagonal block, unblocked
  for (let c = j0; c < j1; c++) {
    const rc = el(a, lda, c, j0);
    let d = load<f64>(el(a, lda, c, c));
    for (let q = 0; q < c - j0; q++) { const x = load<f64>(rc + <usize>q * 8); d -= x * x; }
    if (d <= 0) return c + 1; // as OpenBLAS: a NaN pivot is no error, it propagates
    d = sqrt(d);
    store<f64>(el(a, lda, c, c), d);
    for (let i = c + 1; i < j1; i++) {
      const ri = el(a, lda, i, j0);
      let s = load<f64>(el(a, lda, i, c));
      for (let q = 0; q < c - j0; q++) s -= load<f64>(ri + <usize>q * 8) * load<f64>(rc + <usize>q * 8);
      store<f64>(el(a, lda, i, c), s / d);
    }
  }
  if (j1 >= n) return 0;
  const rest = n - j1;
  // L21 = A21 L11^-T, as L21^T = L11^-1 A21^T: transpose into t (jb x rest), solve, copy back
  for (let i = 0; i < rest; i++) {
    for (let c = 0; c < jb; c++) store<f64>(el(t, rest, c, i), load<f64>(el(a, lda, j1 + i, j0 + c)));
  }
  for (let r = 0; r < jb; r++) {
    const tr = el(t, rest, r, 0);
    for (let q = 0; q < r; q++) axpyNeg(tr, el(t, rest, q, 0), load<f64>(el(a, lda, j0 + r, j0 + q)), rest);
    const inv = 1 / load<f64>(el(a, lda, j0 + r, j0 + r));
    scale(tr, inv, rest);
  }
  for (let i = 0; i < rest; i++) {
    for (let c = 0; c < jb; c++) store<f64>(el(a, lda, j1 + i, j0 + c), load<f64>(el(t, rest, c, i)));
  }
  return 0;
}

/** x[0..len) *= s (two lanes at a time). */
function scale(x: usize, s: f64, len: i32): void {
  const sv = f64x2.splat(s);
  let j = 0;
  for (; j + 2 <= len; j += 2) v128.store(x + <usize>j * 8, f64x2.mul(sv, v128.load(x + <usize>j * 8)));
  if (j < len) store<f64>(x + <usize>j * 8, s * load<f64>(x + <usize>j * 8));
}
