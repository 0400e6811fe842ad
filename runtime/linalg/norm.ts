/**
 * Vector and matrix norms on plain numeric arrays, with `np.linalg.norm`'s `ord` meanings.
 * The ndarray-facing `linalg.norm` (axis, keepdims, dtypes) is in index.ts.
 */
import { ValueError } from '../errors';
import { svd } from './svd';

/** What `ord` may be: a number (including ±Infinity), 'fro', 'nuc', or null for the default. */
export type NormOrd = number | 'fro' | 'nuc' | null | undefined;

/**
 * Norm of the `len` values x[off], x[off+stride], ...: `ord` null or 2 the Euclidean norm,
 * Infinity / -Infinity the largest / smallest magnitude, 0 the count of non-zeros, any other
 * p the p-norm (sum |x|^p)^(1/p).
 *
 * @example
 * vectorNorm([3, 4], 0, 1, 2, null)       // 5
 * vectorNorm([3, -4], 0, 1, 2, Infinity)  // 4
 */
export function vectorNorm(x: ArrayLike<number>, off: number, stride: number, len: number, ord: NormOrd): number {
  if (ord === 'fro' || ord === 'nuc') throw new ValueError(`Invalid norm order '${ord}' for vectors`);
  if (ord === null || ord === undefined || ord === 2) {
    let s = 0;
    for (let i = 0, p = off; i < len; i++, p += stride) s += x[p] * x[p];
    return Math.sqrt(s);
  }
  if (typeof ord !== 'number' || Number.isNaN(ord)) throw new ValueError('Invalid norm order for vectors.');
  if (ord === Infinity || ord === -Infinity) {
    if (len === 0) {
      throw new ValueError(`zero-size array to reduction operation ${ord > 0 ? 'maximum' : 'minimum'} which has no identity`);
    }
    let r = Math.abs(x[off]);
    for (let i = 1, p = off + stride; i < len; i++, p += stride) {
      const v = Math.abs(x[p]);
      if (v !== v) return NaN;
      if (ord > 0 ? v > r : v < r) r = v;
    }
    return r;
  }
  if (ord === 0) {
    let c = 0;
    for (let i = 0, p = off; i < len; i++, p += stride) if (x[p] !== 0) c++;
    return c;
  }
  if (ord === 1) {
    let s = 0;
    for (let i = 0, p = off; i < len; i++, p += stride) s += Math.abs(x[p]);
    return s;
  }
  let s = 0;
  for (let i = 0, p = off; i < len; i++, p += stride) s += Math.pow(Math.abs(x[p]), ord);
  return Math.pow(s, 1 / ord);
}

/**
 * Norm of the m x n matrix whose (i, j) element is a[off + i*rs + j*cs]: `ord` null or
 * 'fro' Frobenius, 'nuc' nuclear (sum of singular values), 2 / -2 largest / smallest
 * singular value, 1 / -1 max / min column sum of |a|, Infinity / -Infinity max / min row sum.
 *
 * @example
 * matrixNorm([1, 2, 3, 4], 0, 2, 1, 2, 2, null)   // 5.477225575051661
 * matrixNorm([1, 2, 3, 4], 0, 2, 1, 2, 2, 1)      // 6
 */
export function matrixNorm(
  a: ArrayLike<number>, off: number, rs: number, cs: number, m: number, n: number, ord: NormOrd,
): number {
  if (ord === null || ord === undefined || ord === 'fro') {
    let s = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) { const v = a[off + i * rs + j * cs]; s += v * v; }
    return Math.sqrt(s);
  }
  if (ord === 'nuc' || ord === 2 || ord === -2) {
    const dense = new Float64Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) dense[i * n + j] = a[off + i * rs + j * cs];
    if (m === 0 || n === 0) {
      if (ord === 'nuc') return 0;
      throw new ValueError(`zero-size array to reduction operation ${ord === 2 ? 'maximum' : 'minimum'} which has no identity`);
    }
    const { s } = svd(dense, m, n, false);
    if (ord === 'nuc') {
      let t = 0;
      for (let i = 0; i < s.length; i++) t += s[i];
      return t;
    }
    return ord === 2 ? s[0] : s[s.length - 1];
  }
  if (ord === 1 || ord === -1 || ord === Infinity || ord === -Infinity) {
    // 1: sums down columns, max over columns; Infinity: sums along rows, max over rows
    const byColumns = ord === 1 || ord === -1;
    const outer = byColumns ? n : m, inner = byColumns ? m : n;
    const oStride = byColumns ? cs : rs, iStride = byColumns ? rs : cs;
    if (outer === 0) {
      throw new ValueError(`zero-size array to reduction operation ${ord > 0 ? 'maximum' : 'minimum'} which has no identity`);
    }
    let best = ord > 0 ? -Infinity : Infinity;
    for (let o = 0; o < outer; o++) {
      let s = 0;
      for (let i = 0; i < inner; i++) s += Math.abs(a[off + o * oStride + i * iStride]);
      if (s !== s) return NaN;
      if (ord > 0 ? s > best : s < best) best = s;
    }
    return best;
  }
  throw new ValueError('Invalid norm order for matrices.');
}
