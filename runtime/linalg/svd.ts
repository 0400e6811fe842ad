/**
 * Singular value decomposition A = U diag(s) V^T of a row-major m x n matrix, after a
 * Householder QR when the matrix is tall: by one-sided (Hestenes) Jacobi for small
 * matrices (high relative accuracy: small singular values come out as accurately as the
 * data determine them), else by Householder bidiagonalisation (gkr.ts) and, with vectors
 * from order DC_MIN on, the bidiagonal divide and conquer of bdc.ts (LAPACK's dgesdd, as
 * NumPy uses), without vectors or below DC_MIN the bidiagonal QR iterations.
 *
 * Singular vectors are unique only up to sign (and rotation within repeated singular
 * values), so U and V may differ from NumPy's by column signs; U diag(s) V^T does not.
 */
import { LinAlgError } from '../errors';
import { gemm } from './gemm';
import { formQ, householderQR, nrm2 } from './qr';
import { gkrBidiagonal, gkrSVD } from './gkr';
import { bidiagSVD } from './bdc';

export interface SVDResult {
  /** m x uCols row-major (uCols = m with full matrices, else min(m, n)); null without UV. */
  u: Float64Array | null;
  /** min(m, n) singular values, descending. */
  s: Float64Array;
  /** vtRows x n row-major (vtRows = n with full matrices, else min(m, n)); null without UV. */
  vt: Float64Array | null;
  uCols: number;
  vtRows: number;
}

/**
 * Which algorithm: 'jacobi' (one-sided Jacobi: slower, small singular values to high
 * relative accuracy), 'gkr' (Householder bidiagonalisation, then the bidiagonal's SVD by
 * QR iterations or, with vectors from DC_MIN on, divide and conquer: several times faster
 * on large matrices), or 'auto': Jacobi up to JACOBI_MAX columns, 'gkr' beyond.
 */
export type SVDMethod = 'auto' | 'jacobi' | 'gkr';
export const JACOBI_MAX = 40;
/** From this order on the vectors come from the bidiagonal divide and conquer (bdc.ts). */
export const DC_MIN = 64;

const EPS = 2.220446049250313e-16;
const MAX_SWEEPS = 80;
/** Below this a sum of squares may have lost terms to underflow. */
const TINY = 1e-250;
/** Singular values below this (relative to max |a|) get their U column from the complement. */
const TINY_COLUMN = 1e-280;

/**
 * `np.linalg.svd` of an m x n row-major matrix. Throws LinAlgError('SVD did not converge')
 * for non-finite input, as NumPy (LAPACK) does.
 *
 * @example
 * svd(new Float64Array([3, 0, 4, 5]), 2, 2, false).s   // [6.708203932499369, 2.23606797749979]
 */
export function svd(
  a: ArrayLike<number>, m: number, n: number, computeUV = true, fullMatrices = true, method: SVDMethod = 'auto',
): SVDResult {
  let amax = 0;
  for (let i = 0; i < m * n; i++) {
    const v = Math.abs(a[i]);
    if (!Number.isFinite(v)) throw new LinAlgError('SVD did not converge');
    if (v > amax) amax = v;
  }
  // Scale by a power of two (exactly) so the largest entry is about 1: keeps the sums of
  // squares in the Jacobi sweeps clear of underflow and overflow.
  const e = amax > 0 ? Math.floor(Math.log2(amax)) : 0;
  if (e !== 0) {
    const scaled = new Float64Array(m * n);
    for (let i = 0; i < m * n; i++) scaled[i] = scale2(a[i], -e);
    const r = svd(scaled, m, n, computeUV, fullMatrices, method);
    for (let i = 0; i < r.s.length; i++) r.s[i] = scale2(r.s[i], e);
    return r;
  }
  if (m >= n) {
    const r = svdTall(a, m, n, computeUV, fullMatrices, method);
    if (!computeUV) return { u: null, s: r.s, vt: null, uCols: 0, vtRows: 0 };
    // V (n x n, columns) -> V^T
    return { u: r.u, s: r.s, vt: transpose(r.v!, n, n), uCols: r.uCols, vtRows: n };
  }
  // wide: A^T = U' S V'^T, so A = V' S U'^T
  const at = transpose(a, m, n);
  const r = svdTall(at, n, m, computeUV, fullMatrices, method);
  if (!computeUV) return { u: null, s: r.s, vt: null, uCols: 0, vtRows: 0 };
  return { u: r.v, s: r.s, vt: transpose(r.u!, n, r.uCols), uCols: m, vtRows: r.uCols };
}

/** x * 2^k, exact unless the result under- or overflows (done in steps: 2^k may not be a double). */
function scale2(x: number, k: number): number {
  while (k > 1000) { x *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { x *= 2 ** -1000; k += 1000; }
  return x * 2 ** k;
}

/**
 * Row-major transpose of an m x n matrix.
 *
 * @example
 * transpose([1, 2, 3], 1, 3)   // Float64Array [1, 2, 3] (now 3 x 1)
 */
export function transpose(a: ArrayLike<number>, m: number, n: number): Float64Array {
  const t = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[j * m + i] = a[i * n + j];
  return t;
}

interface TallSVD {
  u: Float64Array | null; // m x uCols
  uCols: number;
  s: Float64Array;
  v: Float64Array | null; // n x n, singular vectors as columns
}

/** SVD of a tall (m >= n) matrix. */
function svdTall(a: ArrayLike<number>, m: number, n: number, computeUV: boolean, full: boolean, method: SVDMethod): TallSVD {
  if (n === 0) {
    const uCols = full ? m : 0;
    const u = new Float64Array(m * uCols);
    for (let i = 0; i < uCols; i++) u[i * uCols + i] = 1;
    return { u: computeUV ? u : null, uCols, s: new Float64Array(0), v: computeUV ? new Float64Array(0) : null };
  }
  let q: Float64Array | null = null;
  let b: ArrayLike<number> = a;
  if (m > n) {
    // Precondition: A = Q R, then the n x n problem on R.
    const f = householderQR(a, m, n);
    const r = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) r[i * n + j] = f.qr[i * n + j];
    b = r;
    if (computeUV) q = formQ(f, n);
  }
  const useJacobi = method === 'jacobi' || (method === 'auto' && n <= JACOBI_MAX);
  const sq = useJacobi ? jacobiSquare(b, n, computeUV) : gkrSquare(b, n, computeUV);
  const { s } = sq;
  if (!computeUV) return { u: null, uCols: 0, s, v: null };
  const ur = sq.ur!;
  const v = sq.v!;
  let u: Float64Array;
  if (q) {
    u = new Float64Array(m * n);
    gemm(m, n, n, q, 0, n, 1, ur, 0, n, 1, u, 0, n);
  } else {
    u = ur;
  }
  if (full && m > n) {
    u = completeBasis(u, m, n, m);
    return { u, uCols: m, s, v };
  }
  return { u, uCols: n, s, v };
}

interface SquareSVD {
  s: Float64Array;
  /** n x n, left singular vectors as columns. */
  ur: Float64Array | null;
  /** n x n, right singular vectors as columns. */
  v: Float64Array | null;
}

/** Golub-Kahan-Reinsch on a square matrix (the bidiagonal's SVD by divide and conquer from DC_MIN on). */
function gkrSquare(b: ArrayLike<number>, n: number, computeUV: boolean): SquareSVD {
  if (computeUV && n >= DC_MIN) return dcSquare(b, n);
  const g = gkrSVD(b, n, n, computeUV);
  if (!computeUV) return { s: g.s, ur: null, v: null };
  return { s: g.s, ur: transpose(g.ut!, n, n), v: transpose(g.vt!, n, n) };
}

/**
 * Householder bidiagonalisation A = Uh B Vh^T, then B = Ub S Wb^T by divide and conquer
 * (bdc.ts): U = Uh Ub and V = Vh Wb by two GEMMs, columns sorted by singular value.
 */
function dcSquare(b: ArrayLike<number>, n: number): SquareSVD {
  const bd = gkrBidiagonal(b, n, n);
  const r = bidiagSVD(bd.d, bd.e, n);
  const order = Array.from({ length: n }, (_, j) => j).sort((x, y) => r.s[y] - r.s[x] || x - y);
  const s = new Float64Array(n);
  // Ub's and Wb's columns in that order (column-major; Wb's n x n block)
  const ub = new Float64Array(n * n), wb = new Float64Array(n * n);
  for (let jj = 0; jj < n; jj++) {
    const j = order[jj];
    s[jj] = r.s[j];
    ub.set(r.u.subarray(j * n, (j + 1) * n), jj * n);
    wb.set(r.w.subarray(j * (n + 1), j * (n + 1) + n), jj * n);
  }
  // ur = Uh Ub, v = Vh Wb
  const ur = new Float64Array(n * n), v = new Float64Array(n * n);
  gemm(n, n, n, bd.u, 0, n, 1, ub, 0, 1, n, ur, 0, n);
  gemm(n, n, n, bd.v, 0, n, 1, wb, 0, 1, n, v, 0, n);
  return { s, ur, v };
}

/** One-sided Jacobi on a square matrix, columns sorted by singular value. */
function jacobiSquare(b: ArrayLike<number>, n: number, computeUV: boolean): SquareSVD {
  const { w, vc } = jacobi(b, n, n, computeUV);
  // singular values: column norms; sort descending
  const norms = new Float64Array(n);
  for (let j = 0; j < n; j++) norms[j] = nrm2(w, j * n, 1, n);
  const order = Array.from({ length: n }, (_, j) => j).sort((x, y) => norms[y] - norms[x] || x - y);
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) s[j] = norms[order[j]];
  if (!computeUV) return { s, ur: null, v: null };
  const ur = new Float64Array(n * n);
  const v = new Float64Array(n * n);
  const valid: boolean[] = [];
  for (let jj = 0; jj < n; jj++) {
    const j = order[jj];
    const sj = norms[j];
    // Columns this small (the input is scaled to max |a| ~ 1) went through subnormal
    // arithmetic and lost their direction: rebuild them as the orthogonal complement.
    const ok = sj > TINY_COLUMN;
    valid.push(ok);
    for (let i = 0; i < n; i++) {
      ur[i * n + jj] = ok ? w[j * n + i] / sj : 0;
      v[i * n + jj] = vc![j * n + i];
    }
  }
  fillInvalid(ur, n, n, valid);
  return { s, ur, v };
}

/**
 * One-sided Jacobi on the p x n matrix B: rotates pairs of columns until all are mutually
 * orthogonal (to working precision). Returns the rotated columns (w, column j at j*p) and,
 * when wanted, the accumulated rotations (vc, column j of V at j*n).
 */
function jacobi(b: ArrayLike<number>, p: number, n: number, withV: boolean): { w: Float64Array; vc: Float64Array | null } {
  const w = new Float64Array(n * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < n; j++) w[j * p + i] = b[i * n + j];
  const vc = withV ? new Float64Array(n * n) : null;
  if (vc) for (let j = 0; j < n; j++) vc[j * n + j] = 1;
  const tol = EPS * Math.max(1, p);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let j = 0; j < n - 1; j++) {
      const oj = j * p;
      for (let k = j + 1; k < n; k++) {
        const ok = k * p;
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < p; i++) {
          const x = w[oj + i], y = w[ok + i];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        let zeta: number;
        if (alpha > TINY && beta > TINY) {
          if (gamma === 0 || Math.abs(gamma) <= tol * Math.sqrt(alpha) * Math.sqrt(beta)) continue;
          zeta = (beta - alpha) / (2 * gamma);
        } else {
          // Squares of tiny columns underflow: work with norms and the cosine instead.
          const nj = nrm2(w, oj, 1, p), nk = nrm2(w, ok, 1, p);
          if (nj === 0 || nk === 0) continue;
          let g = 0;
          for (let i = 0; i < p; i++) g += (w[oj + i] / nj) * (w[ok + i] / nk);
          if (g === 0 || Math.abs(g) <= tol) continue;
          zeta = (nk / nj - nj / nk) / (2 * g);
        }
        const t = Math.abs(zeta) > 1e150
          ? 0.5 / zeta
          : (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        if (s === 0) continue;
        // A rotation too small to change any entry (possible only for columns near
        // underflow) leaves the pair as orthogonal as it can be: that counts as converged.
        let changed = false;
        for (let i = 0; i < p; i++) {
          const x = w[oj + i], y = w[ok + i];
          const nx = c * x - s * y, ny = s * x + c * y;
          if (nx !== x || ny !== y) changed = true;
          w[oj + i] = nx;
          w[ok + i] = ny;
        }
        if (changed) rotated = true;
        if (vc) {
          const vj = j * n, vk = k * n;
          for (let i = 0; i < n; i++) {
            const x = vc[vj + i], y = vc[vk + i];
            vc[vj + i] = c * x - s * y;
            vc[vk + i] = s * x + c * y;
          }
        }
      }
    }
    if (!rotated) return { w, vc };
  }
  throw new LinAlgError('SVD did not converge');
}

/**
 * Replaces the columns of the m x c matrix U not marked valid (those of zero singular
 * values) with unit vectors orthogonal to the valid ones.
 */
function fillInvalid(u: Float64Array, m: number, c: number, valid: boolean[]): void {
  if (valid.every(Boolean)) return;
  const good: number[] = [];
  for (let j = 0; j < c; j++) if (valid[j]) good.push(j);
  const comp = complement(u, m, c, good);
  let next = 0;
  for (let j = 0; j < c; j++) {
    if (valid[j]) continue;
    for (let i = 0; i < m; i++) u[i * c + j] = comp[i * m + good.length + next];
    next++;
  }
}

/**
 * An m x m orthogonal matrix whose first `cols.length` columns span the given orthonormal
 * columns of U (m x c); its remaining columns are an orthonormal basis of their complement.
 */
function complement(u: Float64Array, m: number, c: number, cols: number[]): Float64Array {
  const v = cols.length;
  const sub = new Float64Array(m * v);
  for (let i = 0; i < m; i++) for (let jj = 0; jj < v; jj++) sub[i * v + jj] = u[i * c + cols[jj]];
  return formQ(householderQR(sub, m, v), m);
}

/**
 * Extends the m x c matrix U with orthonormal columns to m x total (total <= m), the new
 * columns orthogonal to U's.
 *
 * @example
 * completeBasis(new Float64Array([1, 0]), 2, 1, 2)   // [1, 0, 0, ±1]
 */
export function completeBasis(u: Float64Array, m: number, c: number, total: number): Float64Array {
  const all = Array.from({ length: c }, (_, j) => j);
  const comp = complement(u, m, c, all);
  const out = new Float64Array(m * total);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < c; j++) out[i * total + j] = u[i * c + j];
    for (let j = c; j < total; j++) out[i * total + j] = comp[i * m + j];
  }
  return out;
}
