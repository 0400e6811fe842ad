/**
 * Divide and conquer for the SVD of an upper bidiagonal matrix (LAPACK's dbdsdc / dlasd0 to
 * dlasd4, Gu and Eisenstat's singular vectors): the n x (n + 1) bidiagonal is split at its
 * middle row into two smaller n_i x (n_i + 1) ones, solved recursively (small ones by the
 * one-sided Jacobi SVD), and the merge's secular equation solved root by root; the merged
 * vectors are two GEMMs (the wasm kernel's when it pays) instead of the O(n^3) plane
 * rotations of the bidiagonal QR iterations. This is how NumPy's svd (dgesdd) gets its
 * vectors.
 */
import { gemm } from './gemm';
import { secularIterate } from './secular';
import { svd } from './svd';
import { checkInterrupt } from '../interrupt';

const EPS = 2.220446049250313e-16;
/** Subproblems with this many rows or fewer are solved densely (one-sided Jacobi). */
const LEAF = 16;

/**
 * The SVD B = U [diag(s) 0] W^T of an n x (n + 1) upper bidiagonal B (d[i] at (i, i), e[i]
 * at (i, i + 1)). U (n x n) and W ((n + 1) x (n + 1)) are column-major (column j of U at
 * j * n); W's last column spans B's null space. s is in no particular order (U's and W's
 * first n columns follow it).
 */
export interface BidiagSVD {
  s: Float64Array;
  u: Float64Array;
  w: Float64Array;
}

/**
 * The SVD of the n x (n + 1) upper bidiagonal matrix with diagonal d and superdiagonal e
 * (both n long; for a square n x n bidiagonal pass e[n - 1] = 0 and use W's leading
 * n x n block). Neither input is modified.
 *
 * @example
 * bidiagSVD(new Float64Array([3]), new Float64Array([4]), 1).s   // [5]
 */
export function bidiagSVD(d: Float64Array, e: Float64Array, n: number): BidiagSVD {
  // scaled by a power of two (exactly) to a largest entry in [1, 2), as dbdsdc scales to 1:
  // then entries below FLOOR are negligible and the secular equation's squares stay normal
  let mx = 0;
  for (let i = 0; i < n; i++) mx = Math.max(mx, Math.abs(d[i]), Math.abs(e[i]));
  const k = mx > 0 ? Math.max(-1000, Math.min(1000, Math.floor(Math.log2(mx)))) : 0;
  if (k === 0) return split(d, e, n);
  const f = 2 ** -k;
  const r = split(d.map((x) => x * f), e.map((x) => x * f), n);
  for (let i = 0; i < n; i++) r.s[i] /= f;
  return r;
}

/** Below this (for a B scaled to about 1) z and the poles count as zero: their squares stay normal. */
const FLOOR = 2 ** -500;

/** bidiagSVD's recursion. */
function split(d: Float64Array, e: Float64Array, n: number): BidiagSVD {
  if (n <= LEAF) return leaf(d, e, n);
  const k1 = n >> 1, k2 = n - k1 - 1;
  const a = split(d.subarray(0, k1), e.subarray(0, k1), k1);
  const b = split(d.subarray(k1 + 1, n), e.subarray(k1 + 1, n), k2);
  return merge(a, b, k1, k2, d[k1], e[k1]);
}

/** A small subproblem by the dense SVD (one-sided Jacobi: high relative accuracy). */
function leaf(d: Float64Array, e: Float64Array, n: number): BidiagSVD {
  const N1 = n + 1;
  if (n === 0) return { s: new Float64Array(0), u: new Float64Array(0), w: new Float64Array([1]) };
  if (n === 1) {
    // [d e] = [1] [r 0] W^T: W's first column (d, e) / r, its second the null vector
    const r = Math.hypot(d[0], e[0]);
    const c = r > 0 ? d[0] / r : 1, s = r > 0 ? e[0] / r : 0;
    return { s: new Float64Array([r]), u: new Float64Array([1]), w: new Float64Array([c, s, -s, c]) };
  }
  const B = new Float64Array(n * N1);
  for (let i = 0; i < n; i++) {
    B[i * N1 + i] = d[i];
    B[i * N1 + i + 1] = e[i];
  }
  const r = svd(B, n, N1, true, true, 'jacobi');
  // u is row-major n x n: its transpose is U column-major; vt's rows are W's columns
  const u = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) u[j * n + i] = r.u![i * n + j];
  return { s: r.s, u, w: r.vt! };
}

/**
 * Merges the halves' SVDs into that of B = [B1 0; alpha e_k1^T beta e_0^T; 0 B2] (dlasd1 to
 * dlasd3): B = Ub [z; 0 diag(dd)] Wb^T with dd[0] = 0, whose singular values are the roots
 * of 1 + sum z_i^2 / (dd_i^2 - x^2).
 */
function merge(a: BidiagSVD, b: BidiagSVD, k1: number, k2: number, alpha: number, beta: number): BidiagSVD {
  checkInterrupt();
  const n = k1 + 1 + k2, N1 = n + 1, W1 = k1 + 1, W2 = k2 + 1;
  // Ub and Wb column-major; dd the poles, z the middle row in the new bases
  const Ub = new Float64Array(n * n), Wb = new Float64Array(N1 * N1);
  const dd = new Float64Array(n), z = new Float64Array(n);
  // kind[j]: which rows of column j may be nonzero (TOP, BOTTOM, or both once rotated)
  const kind = new Uint8Array(n);
  Ub[k1] = 1; // column 0: the middle row
  for (let j = 0; j < k1; j++) {
    dd[1 + j] = a.s[j];
    z[1 + j] = alpha * a.w[j * W1 + k1];
    Ub.set(a.u.subarray(j * k1, (j + 1) * k1), (1 + j) * n);
    Wb.set(a.w.subarray(j * W1, (j + 1) * W1), (1 + j) * N1);
    kind[1 + j] = TOP;
  }
  for (let j = 0; j < k2; j++) {
    dd[W1 + j] = b.s[j];
    z[W1 + j] = beta * b.w[j * W2];
    Ub.set(b.u.subarray(j * k2, (j + 1) * k2), (W1 + j) * n + W1);
    Wb.set(b.w.subarray(j * W2, (j + 1) * W2), (W1 + j) * N1 + W1);
    kind[W1 + j] = BOTTOM;
  }
  kind[0] = TOP | BOTTOM;
  // the two null vectors rotated so that one meets the middle row in r0, the other not at all
  const q1 = k1 * W1, q2 = k2 * W2;
  const a0 = alpha * a.w[q1 + k1], b0 = beta * b.w[q2];
  const r0 = Math.hypot(a0, b0);
  const c0 = r0 > 0 ? a0 / r0 : 1, s0 = r0 > 0 ? b0 / r0 : 0;
  for (let i = 0; i < W1; i++) {
    Wb[i] = c0 * a.w[q1 + i];
    Wb[n * N1 + i] = -s0 * a.w[q1 + i];
  }
  for (let i = 0; i < W2; i++) {
    Wb[W1 + i] = s0 * b.w[q2 + i];
    Wb[n * N1 + W1 + i] = c0 * b.w[q2 + i];
  }
  z[0] = r0;

  // deflation (dlasd2): tiny z, or two poles close enough that a rotation zeroes one z
  let dmax = Math.max(Math.abs(alpha), Math.abs(beta));
  for (let i = 1; i < n; i++) dmax = Math.max(dmax, dd[i]);
  const tol = Math.max(8 * EPS * dmax, FLOOR);
  const z0Negligible = Math.abs(z[0]) <= tol;
  if (z0Negligible) z[0] = tol;
  const order = Array.from({ length: n - 1 }, (_, i) => i + 1).sort((x, y) => dd[x] - dd[y] || x - y);
  const kept: number[] = [0], deflated: number[] = [];
  let pj = -1;
  for (const nj of order) {
    if (Math.abs(z[nj]) <= tol) {
      deflated.push(nj);
      continue;
    }
    if (pj < 0) {
      pj = nj;
      continue;
    }
    if (dd[nj] - dd[pj] <= tol) {
      // the same rotation of columns pj, nj of Ub and Wb leaves diag(dd) (to tol) and zeroes z[pj]
      const tau = Math.hypot(z[pj], z[nj]);
      const c = z[nj] / tau, s = -z[pj] / tau;
      rotateColumns(Ub, n, pj, nj, c, s);
      rotateColumns(Wb, N1, pj, nj, c, s);
      if (kind[pj] !== kind[nj]) kind[pj] = kind[nj] = TOP | BOTTOM;
      z[nj] = tau;
      z[pj] = 0;
      deflated.push(pj);
    } else {
      kept.push(pj);
    }
    pj = nj;
  }
  if (pj >= 0) kept.push(pj);
  const K = kept.length;
  const P = new Float64Array(K), zk = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    P[c] = dd[kept[c]];
    zk[c] = z[kept[c]];
  }
  // a pole within tol of the zero one is moved to tol / 2 (a change below tol), as dlasd2 does
  if (K > 1 && P[1] < tol / 2) P[1] = tol / 2;

  // the kept columns grouped by kind (nonzero in the top rows only, both, bottom only), so
  // that each row block's product is one GEMM on a contiguous range of them
  const pos = new Int32Array(K);
  let nTop = 0, nBoth = 0;
  for (let c = 0; c < K; c++) {
    if (kind[kept[c]] === TOP) nTop++;
    else if (kind[kept[c]] !== BOTTOM) nBoth++;
  }
  for (let c = 0, t = 0, b = nTop, m = nTop + nBoth; c < K; c++) {
    const kd = kind[kept[c]];
    pos[c] = kd === TOP ? t++ : kd === BOTTOM ? m++ : b++;
  }
  const sig = new Float64Array(K);
  // all of the middle row negligible: its singular value is 0 (as tol's stand-in is not)
  const { us, vs } = K === 1 && z0Negligible ? { us: new Float64Array([1]), vs: new Float64Array([1]) } : secularVectors(P, zk, sig, pos);
  // the kept columns times the secular vectors
  const uOut = new Float64Array(n * n), wOut = new Float64Array(N1 * N1), sOut = new Float64Array(n);
  const topEnd = nTop + nBoth;
  product(Ub, n, kept, pos, us, uOut, [[0, k1, 0, topEnd], [k1, n, nTop, K]]);
  product(Wb, N1, kept, pos, vs, wOut, [[0, W1, 0, topEnd], [W1, N1, nTop, K]]);
  sOut.set(sig);
  let o = K;
  for (const j of deflated) {
    sOut[o] = dd[j];
    uOut.set(Ub.subarray(j * n, (j + 1) * n), o * n);
    wOut.set(Wb.subarray(j * N1, (j + 1) * N1), o * N1);
    o++;
  }
  wOut.set(Wb.subarray(n * N1, N1 * N1), n * N1);
  return { s: sOut, u: uOut, w: wOut };
}

const TOP = 1, BOTTOM = 2;

/** Columns x, y of the column-major M (ld rows): x = c x + s y, y = c y - s x. */
function rotateColumns(M: Float64Array, ld: number, x: number, y: number, c: number, s: number): void {
  const ox = x * ld, oy = y * ld;
  for (let i = 0; i < ld; i++) {
    const a = M[ox + i], b = M[oy + i];
    M[ox + i] = c * a + s * b;
    M[oy + i] = c * b - s * a;
  }
}

/**
 * Out's first K columns (column-major, ld rows) = M's kept columns times S (K x K,
 * column-major, its rows in the grouped order `pos`), one GEMM per row block
 * [r0, r1) over the grouped columns [t0, t1) nonzero there; each GEMM computes the
 * transpose, Out^T[c, r] = sum_t S[t, c] M[r, kept t], whose rows are Out's columns.
 */
function product(
  M: Float64Array, ld: number, kept: number[], pos: Int32Array, S: Float64Array, Out: Float64Array,
  blocks: [number, number, number, number][],
): void {
  const K = kept.length;
  const MK = new Float64Array(K * ld);
  for (let c = 0; c < K; c++) MK.set(M.subarray(kept[c] * ld, (kept[c] + 1) * ld), pos[c] * ld);
  for (const [r0, r1, t0, t1] of blocks) {
    if (r1 > r0 && t1 > t0) gemm(K, r1 - r0, t1 - t0, S, t0, K, 1, MK, t0 * ld + r0, ld, 1, Out, r0, ld);
  }
}

/**
 * The roots of 1 + sum z_i^2 / (P_i^2 - x^2) (P ascending, P[0] = 0, z without zeros)
 * into sig, and the singular vectors of [z; 0 diag(P_1..)] (dlasd3): left in us, right in
 * vs, both K x K column-major, column j for root j, its entry i at row pos[i].
 */
function secularVectors(P: Float64Array, z: Float64Array, sig: Float64Array, pos: Int32Array): { us: Float64Array; vs: Float64Array } {
  const K = P.length;
  // del[j * K + i] = P_i - sig_j and sum[j * K + i] = P_i + sig_j, from the nearer pole
  const del = new Float64Array(K * K), sum = new Float64Array(K * K);
  let zz = 0;
  for (let i = 0; i < K; i++) zz += z[i] * z[i];
  for (let j = 0; j < K; j++) secularRoot(P, z, j, zz, sig, del.subarray(j * K, (j + 1) * K), sum.subarray(j * K, (j + 1) * K));
  // Gu and Eisenstat: the z for which the computed roots are exact, so the vectors are orthogonal
  const zh = new Float64Array(K);
  for (let i = 0; i < K; i++) zh[i] = -del[i * K + i] * sum[i * K + i];
  for (let j = 0; j < K; j++) {
    const row = j * K, pj = P[j];
    for (let i = 0; i < K; i++) {
      if (i === j) continue;
      zh[i] *= (del[row + i] * sum[row + i]) / ((P[i] - pj) * (P[i] + pj));
    }
  }
  for (let i = 0; i < K; i++) zh[i] = z[i] < 0 ? -Math.sqrt(Math.abs(zh[i])) : Math.sqrt(Math.abs(zh[i]));
  // right vector j: zh_i / (P_i^2 - sig_j^2); left: -1, then P_i times that; written over
  // del and sum, at the rows `pos`
  const vs = del, us = sum, v = new Float64Array(K), u = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    const row = j * K;
    let sv = 0, su = 1;
    v[0] = zh[0] / (del[row] * sum[row]);
    sv += v[0] * v[0];
    u[0] = -1;
    for (let i = 1; i < K; i++) {
      const x = zh[i] / (del[row + i] * sum[row + i]);
      v[i] = x;
      sv += x * x;
      const y = P[i] * x;
      u[i] = y;
      su += y * y;
    }
    const iv = 1 / Math.sqrt(sv), iu = 1 / Math.sqrt(su);
    for (let i = 0; i < K; i++) {
      vs[row + pos[i]] = v[i] * iv;
      us[row + pos[i]] = u[i] * iu;
    }
  }
  return { us, vs };
}

/**
 * Root j (ascending) of 1 + sum z_i^2 / (P_i^2 - x^2), solved in mu = x^2 - P_o^2 for the
 * nearer pole o with a rational model of both sides (dlaed4's "middle way") inside a
 * bisection bracket, the poles' offsets (P_i - P_o)(P_i + P_o) exact to rounding; stores the
 * root in sig[j] and P_i - root, P_i + root in del and sum.
 */
function secularRoot(
  P: Float64Array, z: Float64Array, j: number, zz: number, sig: Float64Array, del: Float64Array, sum: Float64Array,
): void {
  const K = P.length;
  const last = j === K - 1;
  let o = j, lo: number, hi: number, guess = NaN;
  if (last) {
    lo = 0;
    hi = zz;
  } else {
    // which pole is nearer: the sign of the secular function halfway (in x^2) between
    const pj = P[j];
    const half = ((P[j + 1] - pj) * (P[j + 1] + pj)) / 2;
    let g = 1;
    for (let i = 0; i < K; i++) g += (z[i] * z[i]) / ((P[i] - pj) * (P[i] + pj) - half);
    // first guess (dlaed4's): the two nearest poles exact, the others' sum frozen at halfway:
    // C x^2 - b x + z_j^2 D = 0 in x = root^2 - P_j^2, D = 2 half
    const zj = z[j] * z[j], zn = z[j + 1] * z[j + 1], D = 2 * half;
    const C = g + (zj - zn) / half;
    const b = C * D + zj + zn;
    const sq = Math.sqrt(Math.abs(b * b - 4 * C * zj * D));
    const x = b > 0 ? (2 * zj * D) / (b + sq) : (b - sq) / (2 * C);
    if (g >= 0) {
      lo = 0;
      hi = half;
      guess = x;
    } else {
      o = j + 1;
      lo = -half;
      hi = 0;
      guess = x - D;
    }
  }
  const po = P[o];
  const dlt = del;
  for (let i = 0; i < K; i++) dlt[i] = (P[i] - po) * (P[i] + po);
  const tau = secularIterate(dlt, z, K, j, 1, lo, hi, guess);
  // x^2 = P_o^2 + tau: x - P_o = tau / (x + P_o) keeps the offsets accurate
  const x = Math.sqrt(po * po + tau);
  const off = tau / (x + po);
  sig[j] = x;
  for (let i = 0; i < K; i++) {
    del[i] = P[i] - po - off;
    sum[i] = P[i] + x;
  }
}
