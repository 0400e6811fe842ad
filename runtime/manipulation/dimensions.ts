/** Array manipulation (np.concatenate ... np.trace): dimensions. */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { reshape } from '../views';


export function atleast(x: NDArray, n: 1 | 2 | 3): NDArray {
  if (x.ndim >= n) return x;
  if (x.ndim === 0) return reshape(x, n === 1 ? [1] : n === 2 ? [1, 1] : [1, 1, 1]);
  // NumPy indexes a 1-d or 2-d input with newaxis (x[None, :], x[None, :, None],
  // x[:, :, None]): stride 0 on the new axes.
  const [s0, s1] = x.elementStrides;
  if (x.ndim === 2) return new NDArray(x.data, x.dtype, [...x.shape, 1], [s0, s1, 0], x.offset, x);
  const [shape, strides] = n === 2 ? [[1, x.shape[0]], [0, s0]] : [[1, x.shape[0], 1], [0, s0, 0]];
  return new NDArray(x.data, x.dtype, shape, strides, x.offset, x);
}

export function atleastList(xs: NDArray[], n: 1 | 2 | 3): NDArray[] {
  return xs.map((x) => atleast(x, n));
}

export function atleastN(arys: ArrayLike[], n: 1 | 2 | 3): NDArray | NDArray[] {
  const r = arys.map((a) => atleast(asarray(a), n));
  return r.length === 1 ? r[0] : r;
}

/**
 * Views inputs as arrays with at least one dimension. One argument gives an array;
 * several give a JS array of arrays.
 *
 * Parameters
 * - arys: one or more array_likes (JS arrays, numbers, ndarrays); ndarrays come back as views.
 *
 * @example
 * np.atleast_1d(5)                    // array([5])
 * const [a, b] = np.atleast_1d(1, [2, 3]);
 */
export function atleast_1d(...arys: ArrayLike[]): any {
  return atleastN(arys, 1);
}

/**
 * Views inputs as arrays with at least two dimensions (1-d arrays become one row).
 *
 * Parameters
 * - arys: one or more array_likes (JS arrays, numbers, ndarrays); ndarrays come back as views.
 *
 * @example
 * np.atleast_2d(np.array([1, 2])).shape   // [1, 2]
 */
export function atleast_2d(...arys: ArrayLike[]): any {
  return atleastN(arys, 2);
}

/**
 * Views inputs as arrays with at least three dimensions: shape (N,) becomes (1, N, 1) and
 * (M, N) becomes (M, N, 1).
 *
 * Parameters
 * - arys: one or more array_likes (JS arrays, numbers, ndarrays); ndarrays come back as views.
 *
 * @example
 * np.atleast_3d(np.arange(6).reshape(2, 3)).shape   // [2, 3, 1]
 */
export function atleast_3d(...arys: ArrayLike[]): any {
  return atleastN(arys, 3);
}
