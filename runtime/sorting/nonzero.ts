/** Sorting, searching and counting: nonzero, flatnonzero, argwhere. */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { cStrides } from '../shape';
import { ValueError } from '../errors';
import { int64 } from './sort-helpers';


/** C-order flat positions of the non-zero elements. */
export function nonzeroFlat(x: NDArray): number[] {
  const c = x.contiguousData();
  const out: number[] = [];
  for (let i = 0; i < c.length; i++) if (c[i] !== 0) out.push(i);
  return out;
}

/**
 * The indices of the non-zero elements: a JS array with one int64 array per dimension
 * (NumPy's tuple). `np.where(cond)` with one argument is the same.
 *
 * Parameters
 * - a: the array (at least 1-d; NumPy refuses 0-d input).
 *
 * @example
 * np.nonzero(np.array([0, 3, 0, 5]))           // [array([1, 3])]
 * np.nonzero(np.array([[1, 0], [0, 2]]))       // [array([0, 1]), array([0, 1])]
 */
export function nonzero(a: NpArrayLike): NDArray[] {
  const x = asarray(a);
  if (x.ndim === 0) {
    throw new ValueError('Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.');
  }
  const flat = nonzeroFlat(x);
  const nd = x.ndim;
  // NumPy's results are views (stride ndim, offset d) of one (count, ndim) array.
  const owner = int64(indexRows(x, flat), [flat.length, nd]);
  return x.shape.map((_, d) => new NDArray(owner.data, 'int64', [flat.length], [nd], d, owner));
}

/** The (count, ndim) C-ordered multi-indices of the C-order flat positions `flat` of `x`. */
export function indexRows(x: NDArray, flat: number[]): Float64Array {
  const nd = x.ndim;
  const st = cStrides(x.shape);
  const out = new Float64Array(flat.length * nd);
  for (let k = 0; k < flat.length; k++) {
    let r = flat[k];
    for (let d = 0; d < nd; d++) {
      const q = Math.floor(r / st[d]);
      out[k * nd + d] = q;
      r -= q * st[d];
    }
  }
  return out;
}

/**
 * Indices of the non-zero elements of the flattened array, as int64.
 *
 * Parameters
 * - a: the array.
 *
 * @example
 * np.flatnonzero(np.array([[0, 1], [2, 0]]))   // array([1, 2])
 */
export function flatnonzero(a: NpArrayLike): NDArray {
  const flat = nonzeroFlat(asarray(a));
  // NumPy's nonzero(ravel(a))[0] is a view, which shows as stride 1 when empty.
  return flat.length === 0 ? new NDArray(new Float64Array(0), 'int64', [0], [1]) : int64(flat);
}

/**
 * Indices of the non-zero elements grouped by element: an int64 array of shape
 * (count, ndim).
 *
 * Parameters
 * - a: the array; a 0-d input gives shape (0 or 1, 0).
 *
 * @example
 * np.argwhere(np.array([[1, 5, 3], [4, 2, 6]]).gt(3))   // array([[0, 1], [1, 0], [1, 2]])
 */
export function argwhere(a: NpArrayLike): NDArray {
  const x = asarray(a);
  if (x.ndim === 0) {
    // NumPy: argwhere(atleast_1d(a))[:, :0], a view keeping that array's strides.
    const r = argwhere(x.reshape(1));
    return new NDArray(r.data, 'int64', [r.shape[0], 0], r.elementStrides.slice(), r.offset, r);
  }
  const flat = nonzeroFlat(x);
  const nd = x.ndim;
  // NumPy's transpose(nonzero(a)): a transposed view of a fresh (ndim, count) array.
  const rows = indexRows(x, flat);
  const cols = new Float64Array(rows.length);
  for (let k = 0; k < flat.length; k++) for (let d = 0; d < nd; d++) cols[d * flat.length + k] = rows[k * nd + d];
  const owner = int64(cols, [nd, flat.length]);
  const [s0, s1] = owner.elementStrides;
  return new NDArray(cols, 'int64', [flat.length, nd], [s1, s0], 0, owner);
}
