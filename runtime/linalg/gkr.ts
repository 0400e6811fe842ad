/**
 * Golub-Kahan-Reinsch SVD (LINPACK dsvdc, as JAMA has it): Householder reduction to
 * bidiagonal form, then implicitly shifted QR sweeps on the bidiagonal. O(n^3) with a
 * small constant, so it serves the larger matrices where one-sided Jacobi's sweeps get
 * slow. Everything is stored transposed (columns contiguous) so the column operations of
 * the algorithm run along memory. gkrBidiagonal stops after the reduction, for the divide
 * and conquer of bdc.ts.
 */
import { LinAlgError } from '../errors';
import { formQ, nrm2 } from './qr';
import { NO_ROTATION, rotationSpace, type RowRotator } from './rotate';
import type { KernelExports } from '../wasm/module';

export interface GKRResult {
  /** n singular values, descending. */
  s: Float64Array;
  /** U^T: n rows of length m (row j is the j-th left singular vector); null without UV. */
  ut: Float64Array | null;
  /** V^T (n x n, row j the j-th right singular vector), i.e. NumPy's Vh; null without UV. */
  vt: Float64Array | null;
}

function hypot(a: number, b: number): number {
  const x = Math.abs(a), y = Math.abs(b);
  if (x > y) {
    const r = y / x;
    return x * Math.sqrt(1 + r * r);
  }
  if (y !== 0) {
    const r = x / y;
    return y * Math.sqrt(1 + r * r);
  }
  return 0;
}

/**
 * SVD of a finite m x n row-major matrix with m >= n.
 *
 * @example
 * gkrSVD([3, 0, 4, 5], 2, 2, false).s   // [6.708203932499369, 2.23606797749979]
 */
/** Scales x[off..off+len) by 2^600 when its largest entry is below 2^-900; returns the factor. */
function liftScale(x: Float64Array, off: number, len: number): number {
  let mx = 0;
  for (let i = off; i < off + len; i++) mx = Math.max(mx, Math.abs(x[i]));
  if (mx === 0 || mx >= 2 ** -900) return 1;
  const sc = 2 ** 600;
  for (let i = off; i < off + len; i++) x[i] *= sc;
  return sc;
}

export function gkrSVD(a: ArrayLike<number>, m: number, n: number, wantUV: boolean): GKRResult {
  if (m < n) throw new Error('gkrSVD needs m >= n');
  // the working arrays in the wasm scratch memory when its kernels run the O(n^3) loops
  const space = rotationSpace(wantUV ? [[n, m], [n, n], [n, m], [1, m], [1, n], [1, m], [1, n]] : [[n, m], [1, m], [1, n], [1, m], [1, n]]);
  try {
    const w = space.mats;
    const [Ut, Vt] = wantUV ? w : [null, null];
    const [At, work, e, acc, rc] = w.slice(wantUV ? 2 : 0);
    const r = gkrIn(a, m, n, { At, work, e, acc, rc, Ut, Vt, K: space.K },
      wantUV ? space.rotators[0] : NO_ROTATION, wantUV ? space.rotators[1] : NO_ROTATION);
    return { s: r.s, ut: Ut ? Ut.slice() : null, vt: Vt ? Vt.slice() : null };
  } finally {
    space.release();
  }
}

/** A = U B V^T with B upper bidiagonal: its diagonal d, superdiagonal e (e[n - 1] = 0), U and V. */
export interface Bidiagonal {
  d: Float64Array;
  e: Float64Array;
  /** U: m x n row-major (orthonormal columns). */
  u: Float64Array;
  /** V: n x n row-major. */
  v: Float64Array;
}

/**
 * gkrSVD's first half: the Householder reduction of a finite m x n row-major matrix
 * (m >= n) to upper bidiagonal form, with U and V formed from the reflectors as LAPACK's
 * dorgbr does, blocked (formQ), for the divide and conquer of bdc.ts.
 *
 * @example
 * gkrBidiagonal([3, 0, 4, 5], 2, 2).d   // [-5, 3]
 */
export function gkrBidiagonal(a: ArrayLike<number>, m: number, n: number): Bidiagonal {
  if (m < n) throw new Error('gkrBidiagonal needs m >= n');
  const space = rotationSpace([[n, m], [n, n], [1, m], [1, n], [1, m], [1, n]]);
  let d: Float64Array, e: Float64Array, At: Float64Array, Vt: Float64Array;
  try {
    const [at, vt, work, ee, acc, rc] = space.mats;
    d = gkrIn(a, m, n, { At: at, work, e: ee, acc, rc, Ut: null, Vt: vt, K: space.K }, NO_ROTATION, NO_ROTATION, true).s;
    e = ee.slice();
    At = at.slice();
    Vt = vt.slice();
  } finally {
    space.release();
  }
  // LINPACK's reflector I - v v^T / v_0 is LAPACK's I - tau w w^T with w = v / v_0, tau = v_0
  const nct = Math.min(m - 1, n);
  const qu = new Float64Array(m * n), tu = new Float64Array(n);
  for (let k = 0; k < nct; k++) {
    const ck = k * m, v0 = At[ck + k];
    if (d[k] === 0 || v0 === 0) continue;
    tu[k] = v0;
    for (let i = k + 1; i < m; i++) qu[i * n + k] = At[ck + i] / v0;
  }
  const u = formQ({ qr: qu, tau: tu, m, n }, n);
  // V = diag(1, Q'), Q' from the right reflectors (row k of Vt: u_k at k+1..n-1)
  const v = new Float64Array(n * n);
  v[0] = 1;
  const n1 = n - 1, nrt = Math.max(0, n - 2);
  if (n1 > 0) {
    const qv = new Float64Array(n1 * n1), tv = new Float64Array(n1);
    for (let k = 0; k < nrt; k++) {
      const rk = k * n, v0 = Vt[rk + k + 1];
      if (e[k] === 0 || v0 === 0) continue;
      tv[k] = v0;
      for (let i = k + 2; i < n; i++) qv[(i - 1) * n1 + k] = Vt[rk + i] / v0;
    }
    const q = formQ({ qr: qv, tau: tv, m: n1, n: n1 }, n1);
    for (let i = 0; i < n1; i++) v.set(q.subarray(i * n1, (i + 1) * n1), (i + 1) * n + 1);
  }
  return { d, e, u, v };
}

/** gkrSVD's working arrays (zeroed): A^T (n x m), work (m), e (n), U^T (n x m) and V^T (n x n) or null without vectors. */
interface GKRSpace {
  At: Float64Array;
  work: Float64Array;
  e: Float64Array;
  /** m and n values of work space for the wasm path's fused passes. */
  acc: Float64Array;
  rc: Float64Array;
  Ut: Float64Array | null;
  Vt: Float64Array | null;
  /** The wasm kernels, when the arrays are in their memory. */
  K: KernelExports | null;
}

/**
 * LINPACK's Householder step on column k of the column-major At (m values per column), rows
 * k..m-1: the column becomes the reflector's vector v (v[k] = 1 + |x_k| / ||x||, and
 * I - v v^T / v[k] maps x to the returned diagonal entry). 0 when the column is already 0.
 */
export function householderColumn(At: Float64Array, m: number, k: number): number {
  const ck = k * m;
  // A reflector is the same for x and c*x: lift subnormal columns into the normal range
  // first (as LAPACK's dlarfg does), or the reflector loses orthogonality.
  const sc = liftScale(At, ck + k, m - k);
  let s = nrm2(At, ck + k, 1, m - k);
  if (s !== 0) {
    if (At[ck + k] < 0) s = -s;
    for (let i = k; i < m; i++) At[ck + i] /= s;
    At[ck + k] += 1;
  }
  return -s / sc;
}

/**
 * c_j += t_j v, t_j = -(v . c_j) / v[0], for the `count` vectors of `len` values at
 * X[c + j * ld] with v at V[v..] (the reflector applied to them): the wasm kernel when the
 * arrays are in its memory (K given), else the JS loop.
 */
export function reflectColumns(
  K: KernelExports | null, V: Float64Array, v: number, X: Float64Array, c: number, ld: number, len: number, count: number,
): void {
  if (K) {
    K.reflect_f64(ptr(V, v), ptr(X, c), ld, len, count);
    return;
  }
  for (let j = 0, cj = c; j < count; j++, cj += ld) {
    let t = 0;
    for (let i = 0; i < len; i++) t += V[v + i] * X[cj + i];
    t = -t / V[v];
    for (let i = 0; i < len; i++) X[cj + i] += t * V[v + i];
  }
}

/** Byte address of x[i] in the wasm memory (x a view of it). */
const ptr = (x: Float64Array, i: number): number => x.byteOffset + 8 * i;

/** gkrSVD in its working space, with the rotators of U^T's and V^T's rows. */
function gkrIn(
  a: ArrayLike<number>, m: number, n: number, ws: GKRSpace, rotU: RowRotator, rotV: RowRotator, reduceOnly = false,
): GKRResult {
  const { At, e, Ut, Vt, K } = ws;
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) At[j * m + i] = a[i * n + j];
  const nu = n;
  const s = new Float64Array(n);

  // Householder bidiagonalisation: diagonal in s, superdiagonal in e.
  const nct = Math.min(m - 1, n);
  const nrt = Math.max(0, Math.min(n - 2, m));
  if (K) reduceFused(m, n, nct, nrt, s, ws, K);
  else reduceJs(m, n, nct, nrt, s, ws);

  // The bidiagonal of order p.
  let p = Math.min(n, m + 1);
  if (nct < n) s[nct] = At[nct * m + nct];
  if (m < p) s[p - 1] = 0;
  if (nrt + 1 < p) e[nrt] = At[(p - 1) * m + nrt];
  e[p - 1] = 0;
  // the reflectors stay where they are: the caller forms U and V (blocked)
  if (reduceOnly) return { s, ut: Ut, vt: Vt };

  if (Ut) {
    for (let j = nct; j < nu; j++) {
      Ut.fill(0, j * m, (j + 1) * m);
      Ut[j * m + j] = 1;
    }
    for (let k = nct - 1; k >= 0; k--) {
      const ck = k * m;
      if (s[k] !== 0) {
        reflectColumns(K, Ut, ck + k, Ut, ck + m + k, m, m - k, nu - k - 1);
        for (let i = k; i < m; i++) Ut[ck + i] = -Ut[ck + i];
        Ut[ck + k] = 1 + Ut[ck + k];
        for (let i = 0; i < k; i++) Ut[ck + i] = 0;
      } else {
        Ut.fill(0, ck, ck + m);
        Ut[ck + k] = 1;
      }
    }
  }
  if (Vt) {
    for (let k = n - 1; k >= 0; k--) {
      const ck = k * n;
      if (k < nrt && e[k] !== 0) reflectColumns(K, Vt, ck + k + 1, Vt, ck + n + k + 1, n, n - k - 1, nu - k - 1);
      Vt.fill(0, ck, ck + n);
      Vt[ck + k] = 1;
    }
  }

  // QR iterations on the bidiagonal.
  const pp = p - 1;
  const eps = 2.220446049250313e-16;
  const tiny = 2 ** -966;
  let steps = 0;
  const maxSteps = 75 * Math.max(1, n) + 100;
  while (p > 0) {
    let k: number;
    let kase: number;
    // kase 1: s(p) and e[k-1] negligible, k < p; 2: s(k) negligible, k < p;
    // 3: e[k-1] negligible, k < p, s(k..p) not (QR step); 4: e(p-1) negligible (converged).
    for (k = p - 2; k >= -1; k--) {
      if (k === -1) break;
      if (Math.abs(e[k]) <= tiny + eps * (Math.abs(s[k]) + Math.abs(s[k + 1]))) {
        e[k] = 0;
        break;
      }
    }
    if (k === p - 2) {
      kase = 4;
    } else {
      let ks: number;
      for (ks = p - 1; ks >= k; ks--) {
        if (ks === k) break;
        const t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
        if (Math.abs(s[ks]) <= tiny + eps * t) {
          s[ks] = 0;
          break;
        }
      }
      if (ks === k) kase = 3;
      else if (ks === p - 1) kase = 1;
      else {
        kase = 2;
        k = ks;
      }
    }
    k++;

    if (kase === 1) {
      // deflate negligible s(p)
      let f = e[p - 2];
      e[p - 2] = 0;
      for (let j = p - 2; j >= k; j--) {
        const t = hypot(s[j], f);
        const cs = s[j] / t, sn = f / t;
        s[j] = t;
        if (j !== k) {
          f = -sn * e[j - 1];
          e[j - 1] = cs * e[j - 1];
        }
        rotV.rot(j, p - 1, cs, sn);
      }
    } else if (kase === 2) {
      // split at negligible s(k)
      let f = e[k - 1];
      e[k - 1] = 0;
      for (let j = k; j < p; j++) {
        const t = hypot(s[j], f);
        const cs = s[j] / t, sn = f / t;
        s[j] = t;
        f = -sn * e[j];
        e[j] = cs * e[j];
        rotU.rot(j, k - 1, cs, sn);
      }
    } else if (kase === 3) {
      if (++steps > maxSteps) throw new LinAlgError('SVD did not converge');
      // shift from the trailing 2 x 2
      const scale = Math.max(Math.abs(s[p - 1]), Math.abs(s[p - 2]), Math.abs(e[p - 2]), Math.abs(s[k]), Math.abs(e[k]));
      const sp = s[p - 1] / scale;
      const spm1 = s[p - 2] / scale;
      const epm1 = e[p - 2] / scale;
      const sk = s[k] / scale;
      const ek = e[k] / scale;
      const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
      const c = sp * epm1 * (sp * epm1);
      let shift = 0;
      if (b !== 0 || c !== 0) {
        shift = Math.sqrt(b * b + c);
        if (b < 0) shift = -shift;
        shift = c / (b + shift);
      }
      let f = (sk + sp) * (sk - sp) + shift;
      let g = sk * ek;
      // chase the bulge
      for (let j = k; j < p - 1; j++) {
        let t = hypot(f, g);
        let cs = f / t, sn = g / t;
        if (j !== k) e[j - 1] = t;
        f = cs * s[j] + sn * e[j];
        e[j] = cs * e[j] - sn * s[j];
        g = sn * s[j + 1];
        s[j + 1] = cs * s[j + 1];
        rotV.rot(j, j + 1, cs, sn);
        t = hypot(f, g);
        cs = f / t;
        sn = g / t;
        s[j] = t;
        f = cs * e[j] + sn * s[j + 1];
        s[j + 1] = -sn * e[j] + cs * s[j + 1];
        g = sn * e[j + 1];
        e[j + 1] = cs * e[j + 1];
        if (j < m - 1) rotU.rot(j, j + 1, cs, sn);
      }
      e[p - 2] = f;
    } else {
      // converged: make s(k) non-negative, then move it into place (descending); these
      // read the vectors, so the queued rotations go first
      rotU.flush();
      rotV.flush();
      if (s[k] <= 0) {
        s[k] = s[k] < 0 ? -s[k] : 0;
        if (Vt) for (let i = 0; i <= pp; i++) Vt[k * n + i] = -Vt[k * n + i];
      }
      while (k < pp) {
        if (s[k] >= s[k + 1]) break;
        const t = s[k];
        s[k] = s[k + 1];
        s[k + 1] = t;
        if (Vt && k < n - 1) swapRows(Vt, k, k + 1, n);
        if (Ut && k < m - 1) swapRows(Ut, k, k + 1, m);
        k++;
      }
      p--;
    }
  }
  rotU.flush();
  rotV.flush();
  return { s, ut: Ut, vt: Vt };
}

/** The reduction in JS (LINPACK's order: left reflector, then right, each a pass over the trailing matrix). */
function reduceJs(m: number, n: number, nct: number, nrt: number, s: Float64Array, ws: GKRSpace): void {
  const { At, work, e, Ut, Vt } = ws;
  for (let k = 0; k < Math.max(nct, nrt); k++) {
    const ck = k * m;
    if (k < nct) s[k] = householderColumn(At, m, k);
    if (k < nct && s[k] !== 0) reflectColumns(null, At, ck + k, At, ck + m + k, m, m - k, n - k - 1);
    for (let j = k + 1; j < n; j++) e[j] = At[j * m + k];
    if (Ut && k < nct) for (let i = k; i < m; i++) Ut[ck + i] = At[ck + i];
    if (k < nrt) {
      const sc = liftScale(e, k + 1, n - k - 1);
      e[k] = nrm2(e, k + 1, 1, n - k - 1);
      if (e[k] !== 0) {
        if (e[k + 1] < 0) e[k] = -e[k];
        const d = e[k];
        for (let i = k + 1; i < n; i++) e[i] /= d;
        e[k + 1] += 1;
      }
      e[k] = -e[k] / sc;
      if (k + 1 < m && e[k] !== 0) {
        for (let i = k + 1; i < m; i++) work[i] = 0;
        for (let j = k + 1; j < n; j++) {
          const ej = e[j], cj = j * m;
          for (let i = k + 1; i < m; i++) work[i] += ej * At[cj + i];
        }
        for (let j = k + 1; j < n; j++) {
          const t = -e[j] / e[k + 1], cj = j * m;
          for (let i = k + 1; i < m; i++) At[cj + i] += t * work[i];
        }
      }
      if (Vt) for (let i = k + 1; i < n; i++) Vt[k * n + i] = e[i];
    }
  }
}

/**
 * The reduction on the wasm kernels, the same reflectors in one pass over the trailing
 * matrix per step (wasm/bidiag.ts): step k's right reflector is applied to each column in
 * step k + 1's pass, and its vector built from sums gathered in step k's pass (w = sum_j
 * u_j c_j with u = e / d + e_0 known only once the whole row is: sum_j e_j c_j scaled after).
 */
function reduceFused(m: number, n: number, nct: number, nrt: number, s: Float64Array, ws: GKRSpace, K: KernelExports): void {
  const { At, work: w, e, acc, rc: r, Ut, Vt } = ws;
  let pending = false; // step k - 1's right reflector (r, w over rows k..m-1) not yet applied
  const steps = Math.max(nct, nrt);
  for (let k = 0; k < steps; k++) {
    const ck = k * m;
    if (pending) {
      const rk = r[k];
      for (let i = k; i < m; i++) At[ck + i] += rk * w[i];
    }
    if (k < nct) s[k] = householderColumn(At, m, k);
    const left = k < nct && s[k] !== 0;
    if (n - k - 1 > 0) {
      K.bidiag_pass_f64(left ? ptr(At, ck + k) : 0, ptr(At, ck + m + k), m, m - k, n - k - 1,
        pending ? ptr(r, k + 1) : 0, ptr(w, k), ptr(e, k + 1), ptr(acc, k + 1));
    }
    pending = false;
    if (Ut && k < nct) for (let i = k; i < m; i++) Ut[ck + i] = At[ck + i];
    if (k < nrt) {
      const sc = liftScale(e, k + 1, n - k - 1);
      e[k] = nrm2(e, k + 1, 1, n - k - 1);
      let f = 0;
      if (e[k] !== 0) {
        if (e[k + 1] < 0) e[k] = -e[k];
        const d = e[k];
        for (let i = k + 1; i < n; i++) e[i] /= d;
        e[k + 1] += 1;
        f = sc / d;
      }
      e[k] = -e[k] / sc;
      if (k + 1 < m && e[k] !== 0) {
        // w = sum_j u_j c_j = (sc / d) acc + c_{k+1}, rows k+1..m-1; r_j = -u_j / u_0
        const c1 = (k + 1) * m;
        for (let i = k + 1; i < m; i++) w[i] = f * acc[i] + At[c1 + i];
        for (let j = k + 1; j < n; j++) r[j] = -e[j] / e[k + 1];
        pending = true;
      }
      if (Vt) for (let i = k + 1; i < n; i++) Vt[k * n + i] = e[i];
    }
    if (pending && k === steps - 1) {
      // the last right reflector has no pass after it
      const c1 = (k + 1) * m;
      for (let i = k + 1; i < m; i++) At[c1 + i] += r[k + 1] * w[i];
      if (n - k - 2 > 0) K.bidiag_right_f64(ptr(At, c1 + m + k + 1), m, m - k - 1, n - k - 2, ptr(r, k + 2), ptr(w, k + 1));
    }
  }
}

function swapRows(M: Float64Array, j: number, k: number, len: number): void {
  const oj = j * len, ok = k * len;
  for (let i = 0; i < len; i++) {
    const t = M[oj + i];
    M[oj + i] = M[ok + i];
    M[ok + i] = t;
  }
}
