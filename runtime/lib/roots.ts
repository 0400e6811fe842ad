/**
 * np.roots as numpy/lib/_polynomial_impl.py computes it: strip leading and trailing zeros,
 * take the eigenvalues of the companion matrix, append a zero root per trailing zero.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { NotImplementedError, ValueError } from '../errors';
import { complexFromParts, complexParts } from '../complex/parts';
import { eigvals } from '../linalg/eig';

/**
 * The roots of the polynomial p[0] x^n + ... + p[n] (np.roots), from the eigenvalues of its
 * companion matrix: float64 when all roots are real, complex128 otherwise.
 *
 * @param p - rank-1 coefficients, highest power first.
 * @returns the roots, in np.linalg.eigvals' order, zeros from trailing zero coefficients last.
 *
 * @example
 * np.roots([1, -6, 11, -6])   // array([3., 2., 1.])
 * np.roots([1, 2, 5])         // array([-1.+2.j, -1.-2.j])
 */
export function roots(p: ArrayLike): NDArray {
  let a = asarray(p);
  if (a.ndim === 0) a = a.reshape(1);
  if (a.ndim !== 1) throw new ValueError('Input must be a rank-1 array.');
  if (kindOf(a.dtype) === 'c') throw new NotImplementedError('roots of complex coefficients are not supported yet');
  const single = a.dtype === 'float32';
  const c = complexParts(a).re;
  let first = -1, last = -1;
  for (let i = 0; i < c.length; i++) if (c[i] !== 0) { if (first < 0) first = i; last = i; }
  if (first < 0) return new NDArray(new Float64Array(0), 'float64', [0]);
  const trailing = c.length - last - 1;
  const q = c.subarray(first, last + 1);
  const N = q.length;
  let r: NDArray;
  if (N > 1) {
    const m = N - 1;
    const A = new Float64Array(m * m);
    for (let j = 0; j < m; j++) A[j] = -q[j + 1] / q[0];
    for (let i = 1; i < m; i++) A[i * m + i - 1] = 1;
    r = eigvals(new NDArray(single ? Float32Array.from(A) : A, single ? 'float32' : 'float64', [m, m]));
  } else {
    r = new NDArray(single ? new Float32Array(0) : new Float64Array(0), single ? 'float32' : 'float64', [0]);
  }
  if (trailing === 0) return r;
  // hstack with zeros of the roots' dtype
  const parts = complexParts(r), k = r.size + trailing;
  const re = new Float64Array(k), im = new Float64Array(k);
  re.set(parts.re); im.set(parts.im);
  if (kindOf(r.dtype) === 'c') return complexFromParts(re, im, [k], r.dtype as 'complex64' | 'complex128');
  return new NDArray(single ? Float32Array.from(re) : re, r.dtype, [k]);
}
