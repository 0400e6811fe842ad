/** Sorting, searching and counting: NDArray methods. */
import { NDArray, copyInto } from '../ndarray';
import { type ArrayLike as NpArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { splitOpts } from './sort-helpers';
import { SortOptions, sortCore, argsort, partition, argpartition } from './sort-functions';
import { nonzero } from './nonzero';
import { SearchsortedOptions, searchsorted } from './searchsorted';


declare module '../ndarray' {
  interface NDArray {
    /** Sorts in place along an axis (default -1); returns undefined, as NumPy's None. @example const a = np.array([3, 1, 2]); a.sort(); a   // array([1, 2, 3]) */
    sort(axis?: number | null | SortOptions, opts?: SortOptions): void;
    /** Indices that would sort the array. @example np.array([30, 10, 20]).argsort()   // array([1, 2, 0]) */
    argsort(axis?: number | null | SortOptions, opts?: SortOptions): NDArray;
    /** Indices of the non-zero elements, one int64 array per dimension. @example np.array([0, 3, 0, 5]).nonzero()   // [array([1, 3])] */
    nonzero(): NDArray[];
    /** Insertion points of `v` in this sorted 1-d array. @example np.array([1, 3, 5]).searchsorted(4)   // 2 */
    searchsorted(v: NpArrayLike, side?: 'left' | 'right' | SearchsortedOptions, sorter?: NpArrayLike | null): any;
    /** Partitions in place around the k-th element; returns undefined. @example a.partition(2) */
    partition(kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions): void;
    /** Indices that partition the array around the k-th element. @example np.array([3, 1, 2]).argpartition(1) */
    argpartition(kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions): NDArray;
  }
}

export const P = NDArray.prototype as any;
P.sort = function (this: NDArray, axis?: number | null | SortOptions, opts?: SortOptions): void {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  // `a.sort(axis=None)` is not allowed in NumPy either; the in-place sort keeps the shape.
  if (ax === null) throw new ValueError('axis must be an integer for an in-place sort');
  copyInto(this, sortCore(this, ax, o as SortOptions));
};
P.argsort = function (this: NDArray, axis?: number | null | SortOptions, opts?: SortOptions) {
  return argsort(this, axis, opts);
};
P.nonzero = function (this: NDArray) {
  return nonzero(this);
};
P.searchsorted = function (this: NDArray, v: NpArrayLike, side?: 'left' | 'right' | SearchsortedOptions, sorter?: NpArrayLike | null) {
  return searchsorted(this, v, side, sorter);
};
P.partition = function (this: NDArray, kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions): void {
  const [ax, o] = splitOpts<number | null>(axis, opts, 'axis');
  if (ax === null) throw new ValueError('axis must be an integer for an in-place partition');
  copyInto(this, partition(this, kth, ax, o as SortOptions));
};
P.argpartition = function (this: NDArray, kth: number | readonly number[], axis?: number | null | SortOptions, opts?: SortOptions) {
  return argpartition(this, kth, axis, opts);
};
