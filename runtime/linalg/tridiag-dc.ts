/**
 * Divide and conquer for the symmetric tridiagonal eigenproblem (LAPACK's dstedc / dlaed0
 * to dlaed4, Cuppen's method with Gu and Eisenstat's eigenvectors): the matrix is torn in
 * two by a rank-one correction, the halves solved recursively (small ones by the QL
 * iterations), and the merge's secular equation solved root by root; the merged vectors
 * are one GEMM (the wasm kernel's when it pays) instead of the O(n^3) plane rotations of
 * the QL iterations. This is how NumPy's eigh (dsyevd) gets its vectors.
 */
import { gemm } from './gemm';
import { secularIterate } from './secular';
import { tql2 } from './eigh';
import { JsRotator } from './rotate';
import { checkInterrupt } from '../interrupt';

const EPS = 2.220446049250313e-16;
/** Subproblems this small are solved by the QL iterations. */
const LEAF = 25;

/** Eigenvalues ascending and the eigenvectors as the columns of a row-major n x n Q. */
export interface TridiagEig {
  w: Float64Array;
  q: Float64Array;
}

/**
 * The eigen-decomposition of the symmetric tridiagonal matrix with diagonal d (n) and
 * off-diagonal e (n - 1; e[i] couples i and i + 1). Neither input is modified.
 *
 * @example
 * tridiagEig(new Float64Array([2, 2]), new Float64Array([1]), 2).w   // [1, 3]
 */
export function tridiagEig(d: Float64Array, e: Float64Array, n: number): TridiagEig {
  if (n <= LEAF) return leaf(d, e, n);
  const n1 = n >> 1, n2 = n - n1;
  const beta = e[n1 - 1];
  const rho = Math.abs(beta);
  const d1 = d.slice(0, n1), d2 = d.slice(n1, n);
  d1[n1 - 1] -= rho;
  d2[0] -= rho;
  const a = tridiagEig(d1, e.subarray(0, n1 - 1), n1);
  const b = tridiagEig(d2, e.subarray(n1, n - 1), n2);
  return merge(a, b, n1, n2, rho, beta < 0 ? -1 : 1);
}

/** The QL iterations on a small tridiagonal matrix, rotating the rows of W = Q^T from I. */
function leaf(d: Float64Array, e: Float64Array, n: number): TridiagEig {
  const W = new Float64Array(n * n);
  for (let i = 0; i < n; i++) W[i * n + i] = 1;
  const w = d.slice(0, n);
  const ee = new Float64Array(n);
  for (let i = 1; i < n; i++) ee[i] = e[i - 1];
  if (n > 0) tql2(W, w, ee, n, new JsRotator(W, n));
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) q[j * n + i] = W[i * n + j];
  return { w, q };
}

/**
 * Merges the halves' decompositions into that of diag(T1, T2) + rho u u^T, u the unit
 * vector pair (last of T1, sign times first of T2): dlaed1 to dlaed3.
 */
function merge(a: TridiagEig, b: TridiagEig, n1: number, n2: number, rho: number, sign: number): TridiagEig {
  // each merge is O(n^2) to O(n^3) work: the host may stop the computation between them
  checkInterrupt();
  const n = n1 + n2;
  // Qb = diag(Q1, Q2) by columns (C[j * n + i] = Qb[i, j]), z = Qb^T u / sqrt(2), rho * 2;
  // kind[j]: which rows of column j may be nonzero (TOP, BOTTOM, or both once rotated)
  const D = new Float64Array(n), z = new Float64Array(n), C = new Float64Array(n * n);
  const kind = new Uint8Array(n);
  for (let j = 0; j < n1; j++) {
    D[j] = a.w[j];
    z[j] = a.q[(n1 - 1) * n1 + j] * Math.SQRT1_2;
    for (let i = 0; i < n1; i++) C[j * n + i] = a.q[i * n1 + j];
    kind[j] = TOP;
  }
  for (let j = 0; j < n2; j++) {
    D[n1 + j] = b.w[j];
    z[n1 + j] = sign * b.q[j] * Math.SQRT1_2;
    for (let i = 0; i < n2; i++) C[(n1 + j) * n + n1 + i] = b.q[i * n2 + j];
    kind[n1 + j] = BOTTOM;
  }
  const r = 2 * rho;
  // ascending order of the poles
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => D[x] - D[y] || x - y);
  let dmax = 0, zmax = 0;
  for (let i = 0; i < n; i++) {
    dmax = Math.max(dmax, Math.abs(D[i]));
    zmax = Math.max(zmax, Math.abs(z[i]));
  }
  const tol = 8 * EPS * Math.max(dmax, zmax);
  // deflation (dlaed2): tiny z, or two poles close enough that a rotation zeroes one z
  const kept: number[] = [], deflated: number[] = [];
  let pj = -1;
  for (const nj of order) {
    if (r * Math.abs(z[nj]) <= tol) {
      deflated.push(nj);
      continue;
    }
    if (pj < 0) {
      pj = nj;
      continue;
    }
    let s = z[pj], c = z[nj];
    const tau = Math.hypot(c, s);
    const t = D[nj] - D[pj];
    c /= tau;
    s = -s / tau;
    if (Math.abs(t * c * s) <= tol) {
      z[nj] = tau;
      z[pj] = 0;
      const x = pj * n, y = nj * n;
      for (let i = 0; i < n; i++) {
        const xi = C[x + i], yi = C[y + i];
        C[x + i] = c * xi + s * yi;
        C[y + i] = c * yi - s * xi;
      }
      if (kind[pj] !== kind[nj]) kind[pj] = kind[nj] = TOP | BOTTOM;
      const dp = D[pj], dn = D[nj];
      D[pj] = dp * c * c + dn * s * s;
      D[nj] = dp * s * s + dn * c * c;
      deflated.push(pj);
    } else {
      kept.push(pj);
    }
    pj = nj;
  }
  if (pj >= 0) kept.push(pj);
  const K = kept.length;
  const lam = new Float64Array(K);
  const U = K > 0 ? secularVectors(kept.map((j) => D[j]), kept.map((j) => z[j]), r, lam) : new Float64Array(0);
  // the kept columns times U, the top rows and the bottom rows each from the columns nonzero there
  const QU = new Float64Array(n * K);
  blockProduct(C, n, kept, kind, TOP, 0, n1, U, K, QU);
  blockProduct(C, n, kept, kind, BOTTOM, n1, n2, U, K, QU);
  // all eigenpairs, ascending
  const all: [number, number][] = [];
  for (let c = 0; c < K; c++) all.push([lam[c], c]);
  for (const j of deflated) all.push([D[j], -1 - j]);
  all.sort((x, y) => x[0] - y[0]);
  const w = new Float64Array(n), q = new Float64Array(n * n);
  for (let o = 0; o < n; o++) {
    const [v, src] = all[o];
    w[o] = v;
    if (src >= 0) for (let i = 0; i < n; i++) q[i * n + o] = QU[i * K + src];
    else for (let i = 0, c = (-1 - src) * n; i < n; i++) q[i * n + o] = C[c + i];
  }
  return { w, q };
}

const TOP = 1, BOTTOM = 2;

/**
 * QU[r0 + i, :] = sum over the kept columns c nonzero in rows [r0, r0 + rows) of
 * Qb[r0 + i, kept[c]] U[c, :] (one GEMM on the gathered columns and rows of U).
 */
function blockProduct(
  C: Float64Array, n: number, kept: number[], kind: Uint8Array, part: number, r0: number, rows: number,
  U: Float64Array, K: number, QU: Float64Array,
): void {
  const sel: number[] = [];
  for (let c = 0; c < K; c++) if (kind[kept[c]] & part) sel.push(c);
  const k = sel.length;
  if (k === 0 || rows === 0) return;
  const A = new Float64Array(rows * k), B = new Float64Array(k * K);
  for (let t = 0; t < k; t++) {
    const col = kept[sel[t]] * n + r0;
    for (let i = 0; i < rows; i++) A[i * k + t] = C[col + i];
    B.set(U.subarray(sel[t] * K, (sel[t] + 1) * K), t * K);
  }
  gemm(rows, K, k, A, 0, k, 1, B, 0, K, 1, QU, r0 * K, K);
}

/**
 * The eigenvalues (into lam) and eigenvectors (K x K row-major, columns) of
 * diag(dl) + rho z z^T, dl ascending, z without zeros (dlaed3 with dlaed4's roots).
 */
function secularVectors(dl: number[], z: number[], rho: number, lam: Float64Array): Float64Array {
  const K = dl.length;
  // delta[j * K + i] = dl[i] - lam[j], computed from the nearer pole
  const delta = new Float64Array(K * K);
  let zz = 0;
  for (let i = 0; i < K; i++) zz += z[i] * z[i];
  for (let j = 0; j < K; j++) lam[j] = secularRoot(dl, z, rho, j, zz, delta.subarray(j * K, (j + 1) * K));
  // Gu and Eisenstat: the z for which the computed roots are exact, so the vectors are orthogonal
  // (root-major loops: delta's rows are contiguous)
  const zh = new Float64Array(K);
  for (let i = 0; i < K; i++) zh[i] = delta[i * K + i];
  for (let j = 0; j < K; j++) {
    const row = j * K, dj = dl[j];
    for (let i = 0; i < j; i++) zh[i] *= delta[row + i] / (dl[i] - dj);
    for (let i = j + 1; i < K; i++) zh[i] *= delta[row + i] / (dl[i] - dj);
  }
  for (let i = 0; i < K; i++) zh[i] = z[i] < 0 ? -Math.sqrt(Math.max(0, -zh[i])) : Math.sqrt(Math.max(0, -zh[i]));
  // vector j, normalised, into row j of delta, then transposed into U's column j
  for (let j = 0; j < K; j++) {
    const row = j * K;
    let s = 0;
    for (let i = 0; i < K; i++) {
      const v = zh[i] / delta[row + i];
      delta[row + i] = v;
      s += v * v;
    }
    const inv = 1 / Math.sqrt(s);
    for (let i = 0; i < K; i++) delta[row + i] *= inv;
  }
  const U = new Float64Array(K * K);
  for (let j = 0; j < K; j++) for (let i = 0; i < K; i++) U[i * K + j] = delta[j * K + i];
  return U;
}

/**
 * Root j (ascending) of 1/rho + sum z_i^2 / (dl_i - x), solved for its offset from the
 * nearer pole with a rational model of both sides (dlaed4's "middle way") inside a
 * bisection bracket; leaves dl_i - root in `del`.
 */
function secularRoot(dl: number[], z: number[], rho: number, j: number, zz: number, del: Float64Array): number {
  const K = dl.length;
  const rinv = 1 / rho;
  const last = j === K - 1;
  let origin: number, lo: number, hi: number, ip: number;
  if (last) {
    origin = dl[j];
    lo = 0;
    hi = rho * zz;
    ip = j;
  } else {
    const mid = (dl[j] + dl[j + 1]) / 2;
    let g = rinv;
    for (let i = 0; i < K; i++) g += (z[i] * z[i]) / (dl[i] - mid);
    if (g >= 0) {
      origin = dl[j];
      lo = 0;
      hi = mid - origin;
    } else {
      origin = dl[j + 1];
      lo = mid - origin;
      hi = 0;
    }
    ip = j;
  }
  const dlt = del;
  for (let i = 0; i < K; i++) dlt[i] = dl[i] - origin;
  const tau = secularIterate(dlt, z, K, ip, rinv, lo, hi, (lo + hi) / 2);
  for (let i = 0; i < K; i++) del[i] -= tau;
  return origin + tau;
}
