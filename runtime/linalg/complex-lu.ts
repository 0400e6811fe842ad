/**
 * Complex LU factorisation with partial pivoting (LAPACK's zgetf2) on an n x n row-major
 * matrix held as two parts, and what NumPy builds on it: det / slogdet (complex sign),
 * solve, inv. The pivot is the largest |re| + |im| of the column (izamax's cabs1), first on
 * ties, so the pivot order is LAPACK's.
 */
import { LinAlgError } from '../errors';
import { R, cdiv } from '../complex/cmath';

/** PA = LU packed in two part arrays: L's unit-diagonal multipliers below, U on and above. */
export interface ComplexLU {
  re: Float64Array;
  im: Float64Array;
  /** Row i of the factored matrix came from row `perm[i]` of the input. */
  perm: Int32Array;
  n: number;
  /** +1 or -1: the parity of the row permutation. */
  sign: number;
  /** True when some pivot is exactly zero (LAPACK's info > 0). */
  singular: boolean;
}

/**
 * Factors the n x n complex matrix (parts `ar`, `ai`, row-major; not modified) as PA = LU.
 *
 * @example
 * complexLuFactor([0, 1, 1, 0], [1, 0, 0, 0], 2).perm   // Int32Array [0, 1] (|i| ties |1|: first)
 */
export function complexLuFactor(ar: ArrayLike<number>, ai: ArrayLike<number>, n: number): ComplexLU {
  const re = Float64Array.from(ar);
  const im = Float64Array.from(ai);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(re[k * n + k]) + Math.abs(im[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(re[i * n + k]) + Math.abs(im[i * n + k]);
      if (v > best) { best = v; p = i; }
    }
    if (p !== k) {
      const rk = k * n, rp = p * n;
      for (let j = 0; j < n; j++) {
        let t = re[rk + j]; re[rk + j] = re[rp + j]; re[rp + j] = t;
        t = im[rk + j]; im[rk + j] = im[rp + j]; im[rp + j] = t;
      }
      const t = perm[k]; perm[k] = perm[p]; perm[p] = t;
      sign = -sign;
    }
    const pr = re[k * n + k];
    const pi = im[k * n + k];
    if (pr === 0 && pi === 0) { singular = true; continue; }
    // zgetf2 scales by the reciprocal when |pivot| >= sfmin
    const useRecip = Math.hypot(pr, pi) >= 2.2250738585072014e-308;
    cdiv(1, 0, pr, pi);
    const rr = R.re, ri = R.im;
    const rk = k * n;
    for (let i = k + 1; i < n; i++) {
      const o = i * n + k;
      let lr: number, li: number;
      if (useRecip) {
        lr = re[o] * rr - im[o] * ri;
        li = re[o] * ri + im[o] * rr;
      } else {
        cdiv(re[o], im[o], pr, pi);
        lr = R.re; li = R.im;
      }
      re[o] = lr;
      im[o] = li;
      if (lr === 0 && li === 0) continue;
      const ri0 = i * n;
      for (let j = k + 1; j < n; j++) {
        const ur = re[rk + j], ui = im[rk + j];
        re[ri0 + j] -= lr * ur - li * ui;
        im[ri0 + j] -= lr * ui + li * ur;
      }
    }
  }
  return { re, im, perm, n, sign, singular };
}

/**
 * `np.linalg.slogdet` of a complex matrix: [sign re, sign im, log|det|]; the sign is the
 * product of the pivots' unit phases (and the permutation's parity), as NumPy computes it.
 * A singular matrix gives [0, 0, -inf].
 *
 * @example
 * complexSlogdet([0], [2], 1)   // [0, 1, 0.6931471805599453]
 */
export function complexSlogdet(ar: ArrayLike<number>, ai: ArrayLike<number>, n: number): [number, number, number] {
  if (n === 0) return [1, 0, 0];
  const f = complexLuFactor(ar, ai, n);
  let sr = f.sign;
  let si = 0;
  let logdet = 0;
  for (let i = 0; i < n; i++) {
    const dr = f.re[i * n + i];
    const di = f.im[i * n + i];
    const a = Math.hypot(dr, di);
    if (a === 0) return [0, 0, -Infinity];
    const ur = dr / a, ui = di / a;
    const t = sr * ur - si * ui;
    si = sr * ui + si * ur;
    sr = t;
    logdet += Math.log(a);
  }
  return [sr, si, logdet];
}

/**
 * Solves A X = B for complex A (n x n) and B (n x nrhs), all as parts, row-major.
 * Throws LinAlgError('Singular matrix') for an exactly singular A, as NumPy.
 *
 * @example
 * complexLuSolve([0], [2], 1, [2], [0], 1)   // {re: [0], im: [-1]}
 */
export function complexLuSolve(
  ar: ArrayLike<number>, ai: ArrayLike<number>, n: number, br: ArrayLike<number>, bi: ArrayLike<number>, nrhs: number,
): { re: Float64Array; im: Float64Array } {
  const f = complexLuFactor(ar, ai, n);
  if (f.singular) throw new LinAlgError('Singular matrix');
  const { perm } = f;
  const lr = f.re, li = f.im;
  const xr = new Float64Array(n * nrhs);
  const xi = new Float64Array(n * nrhs);
  for (let i = 0; i < n; i++) {
    const src = perm[i] * nrhs;
    for (let j = 0; j < nrhs; j++) { xr[i * nrhs + j] = br[src + j]; xi[i * nrhs + j] = bi[src + j]; }
  }
  // forward: L y = P b (unit diagonal)
  for (let i = 0; i < n; i++) {
    const ri = i * nrhs;
    for (let k = 0; k < i; k++) {
      const cr = lr[i * n + k], ci = li[i * n + k];
      if (cr === 0 && ci === 0) continue;
      const rk = k * nrhs;
      for (let j = 0; j < nrhs; j++) {
        const yr = xr[rk + j], yi = xi[rk + j];
        xr[ri + j] -= cr * yr - ci * yi;
        xi[ri + j] -= cr * yi + ci * yr;
      }
    }
  }
  // backward: U x = y
  for (let i = n - 1; i >= 0; i--) {
    const ri = i * nrhs;
    for (let k = i + 1; k < n; k++) {
      const cr = lr[i * n + k], ci = li[i * n + k];
      if (cr === 0 && ci === 0) continue;
      const rk = k * nrhs;
      for (let j = 0; j < nrhs; j++) {
        const yr = xr[rk + j], yi = xi[rk + j];
        xr[ri + j] -= cr * yr - ci * yi;
        xi[ri + j] -= cr * yi + ci * yr;
      }
    }
    const dr = lr[i * n + i], di = li[i * n + i];
    for (let j = 0; j < nrhs; j++) {
      cdiv(xr[ri + j], xi[ri + j], dr, di);
      xr[ri + j] = R.re;
      xi[ri + j] = R.im;
    }
  }
  return { re: xr, im: xi };
}
