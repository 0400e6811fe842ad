/**
 * Eigen-decomposition of a real symmetric matrix: Householder reduction to tridiagonal
 * form, then the implicit QL algorithm (EISPACK tred2 / tql2, via JAMA). Eigenvalues come
 * out ascending and eigenvectors as orthonormal columns, as `np.linalg.eigh` returns them.
 * Like NumPy, only one triangle of the input is read (the lower one by default).
 *
 * Eigenvectors are unique only up to sign (and rotation within repeated eigenvalues), so
 * they may differ from NumPy's by column signs; V diag(w) V^T does not.
 */
import { LinAlgError } from '../errors';
import { NO_ROTATION, rotationSpace, type RotationSpace, type RowRotator } from './rotate';
import { tridiagEig } from './tridiag-dc';
import { gemm } from './gemm';

/** From this order on, eigenvectors come from divide and conquer (GEMMs) rather than the QL rotations. */
export const DC_MIN = 64;

export interface EighResult {
  /** n eigenvalues, ascending. */
  w: Float64Array;
  /** n x n row-major, column j the eigenvector of w[j]; null when not requested. */
  v: Float64Array | null;
}

/**
 * `np.linalg.eigh` of an n x n row-major matrix, reading the triangle `uplo` ('L': on and
 * below the diagonal, NumPy's default; 'U': on and above).
 *
 * @example
 * eigh(new Float64Array([2, 1, 1, 2]), 2).w   // [1, 3]
 */
export function eigh(a: ArrayLike<number>, n: number, uplo: 'L' | 'U' = 'L', computeV = true): EighResult {
  // V in the wasm scratch memory when the rotations of the QL iterations run there
  const space = rotationSpace([[n, n], [1, n], [1, n]]);
  try {
    return eighIn(space, a, n, uplo, computeV);
  } finally {
    space.release();
  }
}

/** eigh in the working space: V (n x n), d and e (n each), zeroed. */
function eighIn(space: RotationSpace, a: ArrayLike<number>, n: number, uplo: 'L' | 'U', computeV: boolean): EighResult {
  const [V, d, e] = space.mats;
  let finite = true;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const x = uplo === 'L' ? a[i * n + j] : a[j * n + i];
      if (!Number.isFinite(x)) finite = false;
      V[i * n + j] = x;
      V[j * n + i] = x;
    }
  }
  if (n === 0) return { w: new Float64Array(0), v: computeV ? new Float64Array(0) : null };
  if (!finite) return { w: new Float64Array(n).fill(NaN), v: computeV ? new Float64Array(n * n).fill(NaN) : null };
  // Scale by a power of two (exactly) so the largest entry is about 1: subnormal and huge
  // inputs would lose accuracy or overflow in the reduction.
  let amax = 0;
  for (let i = 0; i < n * n; i++) amax = Math.max(amax, Math.abs(V[i]));
  const ex = amax > 0 ? Math.floor(Math.log2(amax)) : 0;
  if (ex !== 0) for (let i = 0; i < n * n; i++) V[i] = scale2(V[i], -ex);
  // both stages work on V^T (W), so their column operations on V run along rows
  const W = V;
  const K = space.K;
  if (K) K.tred2_f64(W.byteOffset, d.byteOffset, e.byteOffset, n, computeV ? 1 : 0);
  else tred2(W, d, e, n, computeV);
  if (computeV && n >= DC_MIN) {
    // Copied out first: the GEMMs below use the wasm scratch memory the space lives in.
    const Vt = W.slice();
    const t = tridiagEig(d.slice(), e.slice(1), n);
    const v = new Float64Array(n * n);
    gemm(n, n, n, Vt, 0, 1, n, t.q, 0, n, 1, v, 0, n);
    if (ex !== 0) for (let i = 0; i < n; i++) t.w[i] = scale2(t.w[i], ex);
    return { w: t.w, v };
  }
  tql2(W, d, e, n, computeV ? space.rotators[0] : NO_ROTATION);
  const w = d.slice();
  if (ex !== 0) for (let i = 0; i < n; i++) w[i] = scale2(w[i], ex);
  return { w, v: computeV ? transposeSquare(W, n) : null };
}

/** x * 2^k, exact unless the result under- or overflows. */
function scale2(x: number, k: number): number {
  while (k > 1000) { x *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { x *= 2 ** -1000; k += 1000; }
  return x * 2 ** k;
}

function transposeSquare(a: Float64Array, n: number): Float64Array {
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t[j * n + i] = a[i * n + j];
  return t;
}

/**
 * Householder tridiagonalisation (EISPACK tred2): on return d is the diagonal, e the
 * subdiagonal (e[0] = 0) and T the transpose of the accumulated orthogonal transformation
 * V. EISPACK walks V down its columns; holding V^T makes those walks run along memory.
 * T starts as the (symmetric) input, which is its own transpose.
 */
function tred2(T: Float64Array, d: Float64Array, e: Float64Array, n: number, accumulate: boolean): void {
  for (let j = 0; j < n; j++) d[j] = T[j * n + (n - 1)];
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = T[j * n + (i - 1)];
        T[j * n + i] = 0;
        T[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        T[i * n + j] = f;
        g = e[j] + T[j * n + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += T[j * n + k] * d[k];
          e[k] += T[j * n + k] * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) T[j * n + k] -= f * e[k] + g * d[k];
        d[j] = T[j * n + (i - 1)];
        T[j * n + i] = 0;
      }
    }
    d[i] = h;
  }
  if (!accumulate) {
    // without V, the diagonal is where the accumulation would have parked it
    for (let j = 0; j < n; j++) d[j] = T[j * n + j];
    e[0] = 0;
    return;
  }
  // accumulate transformations
  for (let i = 0; i < n - 1; i++) {
    T[i * n + (n - 1)] = T[i * n + i];
    T[i * n + i] = 1;
    const h = d[i + 1];
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = T[(i + 1) * n + k] / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += T[(i + 1) * n + k] * T[j * n + k];
        for (let k = 0; k <= i; k++) T[j * n + k] -= g * d[k];
      }
    }
    for (let k = 0; k <= i; k++) T[(i + 1) * n + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = T[j * n + (n - 1)];
    T[j * n + (n - 1)] = 0;
  }
  T[(n - 1) * n + (n - 1)] = 1;
  e[0] = 0;
}

/**
 * Implicit QL iterations on the tridiagonal (d, e) (EISPACK tql2), rotating the rows of
 * W = V^T along (through `rot`, flushed before the sort reads W); then sorts ascending.
 */
export function tql2(W: Float64Array, d: Float64Array, e: Float64Array, n: number, rot: RowRotator): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0;
  // Off-diagonal entries below eps * ||T|| are negligible (EISPACK grows this bound as it
  // goes, which lets subnormal garbage iterate into overflow; the whole norm is safer).
  let tst1 = 0;
  for (let i = 0; i < n; i++) tst1 = Math.max(tst1, Math.abs(d[i]) + Math.abs(e[i]));
  const eps = 2.220446049250313e-16;
  for (let l = 0; l < n; l++) {
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]) <= eps * tst1) break;
      m++;
    }
    if (m >= n) m = n - 1;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 60) throw new LinAlgError('Eigenvalues did not converge');
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1, c2 = c, c3 = c;
        const el1 = e[l + 1];
        let s = 0, s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          rot.rot(i + 1, i, c, s);
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
  rot.flush();
  // selection sort, ascending (stable for the vectors too)
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i];
    for (let j = i + 1; j < n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      const ri = i * n, rk = k * n;
      for (let j = 0; j < n; j++) {
        const t = W[ri + j];
        W[ri + j] = W[rk + j];
        W[rk + j] = t;
      }
    }
  }
}
