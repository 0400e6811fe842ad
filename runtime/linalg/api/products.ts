/** np.linalg.multi_dot (cheapest evaluation order), matrix_transpose, and np.linalg's own outer and trace. */
import { type DType } from '../../dtype';
import { NDArray } from '../../ndarray';
import { asarray, type ArrayLike } from '../../asarray';
import { ValueError } from '../../errors';
import { dot, outer as npOuter, trace } from '../products';
import { assert2d } from '../stack';

/**
 * Product of two or more matrices in the cheapest evaluation order (np.linalg.multi_dot).
 * The first argument may be 1-d (a row vector) and the last 1-d (a column vector).
 *
 * @example
 * np.linalg.multi_dot([np.ones([2, 3]), np.ones([3, 4]), np.ones([4, 1])]).shape   // [2, 1]
 */
export function multi_dot(arrays: readonly ArrayLike[]): any {
  const n = arrays.length;
  if (n < 2) throw new ValueError('Expecting at least two arrays.');
  if (n === 2) return dot(arrays[0], arrays[1]);
  const arrs = arrays.map((x) => asarray(x));
  const first = arrs[0], last = arrs[n - 1];
  const row = (x: NDArray) => new NDArray(x.data, x.dtype, [1, x.shape[0]], [0, x.elementStrides[0]], x.offset, x);
  const col = (x: NDArray) => new NDArray(x.data, x.dtype, [x.shape[0], 1], [x.elementStrides[0], 0], x.offset, x);
  if (first.ndim === 1) arrs[0] = row(first);
  if (last.ndim === 1) arrs[n - 1] = col(last);
  for (const x of arrs) assert2d(x);
  const dims = [arrs[0].shape[0], ...arrs.map((x) => x.shape[1])];
  // classic matrix-chain dynamic programme
  const cost: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  const split: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let len = 1; len < n; len++) {
    for (let i = 0; i < n - len; i++) {
      const j = i + len;
      cost[i][j] = Infinity;
      for (let s = i; s < j; s++) {
        const c = cost[i][s] + cost[s + 1][j] + dims[i] * dims[s + 1] * dims[j + 1];
        if (c < cost[i][j]) {
          cost[i][j] = c;
          split[i][j] = s;
        }
      }
    }
  }
  const chain = (i: number, j: number): NDArray => (i === j ? arrs[i] : dot(chain(i, split[i][j]), chain(split[i][j] + 1, j)));
  let result = chain(0, n - 1);
  if (first.ndim === 1 && last.ndim === 1) return (result as NDArray).item();
  if (first.ndim === 1 || last.ndim === 1) {
    const shape = first.ndim === 1 ? [result.shape[1]] : [result.shape[0]];
    result = new NDArray(result.data, result.dtype, shape, [first.ndim === 1 ? result.elementStrides[1] : result.elementStrides[0]], result.offset, result);
  }
  return result;
}

/**
 * Transposes the last two axes of a stack of matrices (np.linalg.matrix_transpose). A view.
 *
 * @example
 * np.linalg.matrix_transpose(np.zeros([2, 3, 4])).shape   // [2, 4, 3]
 */
export function matrix_transpose(x: ArrayLike): NDArray {
  const a = asarray(x);
  if (a.ndim < 2) throw new ValueError(`Input array must be at least 2-dimensional, but it is ${a.ndim}`);
  const nd = a.ndim;
  const shape = a.shape.slice();
  const st = a.elementStrides.slice();
  [shape[nd - 2], shape[nd - 1]] = [shape[nd - 1], shape[nd - 2]];
  [st[nd - 2], st[nd - 1]] = [st[nd - 1], st[nd - 2]];
  return new NDArray(a.data, a.dtype, shape, st, a.offset, a);
}

/**
 * Outer product of two 1-d arrays (np.linalg.outer; unlike np.outer it refuses other shapes).
 *
 * @example
 * np.linalg.outer(np.array([1, 2]), np.array([3, 4]))   // array([[3, 4], [6, 8]])
 */
export function linalgOuter(x1: ArrayLike, x2: ArrayLike): NDArray {
  const a = asarray(x1), b = asarray(x2);
  if (a.ndim !== 1 || b.ndim !== 1) {
    throw new ValueError(`Input arrays must be one-dimensional, but they are ${a.ndim}-dimensional and ${b.ndim}-dimensional.`);
  }
  return npOuter(a, b);
}

/**
 * Sum along diagonals of the last two axes (np.linalg.trace; np.trace uses the first two).
 *
 * @example
 * np.linalg.trace(np.arange(8).reshape(2, 2, 2))   // array([ 3, 11])
 */
export function linalgTrace(x: ArrayLike, opts: { offset?: number; dtype?: DType | null } = {}): any {
  return trace(x, { offset: opts.offset ?? 0, axis1: -2, axis2: -1, dtype: opts.dtype ?? null });
}

/**
 * The `np.linalg` namespace.
 *
 * @example
 * np.linalg.det(np.eye(3))   // 1
 */
