/**
 * NumPy 2's array-API unique functions: unique_all, unique_counts, unique_inverse and
 * unique_values, each np.unique with fixed outputs. Their results are NumPy's named
 * tuples: JS arrays that also carry the fields by name (`r.values`, `r.counts`).
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { unique } from '../sorting';

/** np.unique_all's result: [values, indices, inverse_indices, counts], also by name. */
export type UniqueAllResult = [NDArray, NDArray, NDArray, NDArray] & { values: NDArray; indices: NDArray; inverse_indices: NDArray; counts: NDArray };
/** np.unique_counts's result: [values, counts], also by name. */
export type UniqueCountsResult = [NDArray, NDArray] & { values: NDArray; counts: NDArray };
/** np.unique_inverse's result: [values, inverse_indices], also by name. */
export type UniqueInverseResult = [NDArray, NDArray] & { values: NDArray; inverse_indices: NDArray };

function named<T extends NDArray[]>(items: T, names: readonly string[]): any {
  const out = items.slice() as any;
  names.forEach((n, i) => Object.defineProperty(out, n, { value: items[i], enumerable: false }));
  return out;
}

/**
 * The unique values with the first index of each, the inverse (shaped as x) and the
 * counts; NaNs are kept apart, as NumPy's `unique_all` does.
 *
 * @example
 * const r = np.unique_all(np.array([[3, 1], [1, 2]]));
 * r.values            // array([1, 2, 3])
 * r.inverse_indices   // array([[2, 0], [0, 1]])
 */
export function unique_all(x: ArrayLike): UniqueAllResult {
  const a = asarray(x);
  const [values, indices, inverse, counts] = unique(a, { return_index: true, return_inverse: true, return_counts: true, equal_nan: false }) as NDArray[];
  return named([values, indices, inverse.reshape(a.shape), counts], ['values', 'indices', 'inverse_indices', 'counts']);
}

/**
 * The unique values and how often each occurs (NumPy's `unique_counts`).
 *
 * @example
 * const { values, counts } = np.unique_counts([3, 1, 1]);   // array([1, 3]), array([2, 1])
 */
export function unique_counts(x: ArrayLike): UniqueCountsResult {
  const [values, counts] = unique(asarray(x), { return_counts: true, equal_nan: false }) as NDArray[];
  return named([values, counts], ['values', 'counts']);
}

/**
 * The unique values and, for each element of x, the index of its value (shaped as x).
 *
 * @example
 * np.unique_inverse(np.array([[3, 1], [1, 2]])).inverse_indices   // array([[2, 0], [0, 1]])
 */
export function unique_inverse(x: ArrayLike): UniqueInverseResult {
  const a = asarray(x);
  const [values, inverse] = unique(a, { return_inverse: true, equal_nan: false }) as NDArray[];
  return named([values, inverse.reshape(a.shape)], ['values', 'inverse_indices']);
}

/**
 * The unique values (sorted here; NumPy 2.4 may return integers in hash order, which its
 * documentation leaves unspecified).
 *
 * @example
 * np.unique_values([3, 1, 3])   // array([1, 3])
 */
export function unique_values(x: ArrayLike): NDArray {
  return unique(asarray(x), { equal_nan: false }) as NDArray;
}
