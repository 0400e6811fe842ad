/**
 * Sorting, searching, counting and set operations: sort, argsort, lexsort, partition,
 * argpartition, unique, nonzero, flatnonzero, argwhere, searchsorted, digitize, bincount,
 * histogram, histogram_bin_edges, isin, intersect1d, union1d, setdiff1d, setxor1d.
 *
 * sort and argsort run the kernels of runtime/sorting/ row by row: LSD radix sorts on the
 * order-preserving bit patterns of each dtype for long rows, merge sorts for short ones.
 * Both are stable (ties, -0 against +0 included, keep input order, as NumPy's
 * kind='stable') and put NaN last, as NumPy does.
 */
export { type SortOptions, sort, argsort, lexsort, partition, argpartition } from './sort-functions';
export { type UniqueOptions, unique } from './unique';
export { nonzero, flatnonzero, argwhere } from './nonzero';
export { type SearchsortedOptions, searchsorted, digitize } from './searchsorted';
export { type BincountOptions, bincount, type HistogramOptions, histogram, histogram_bin_edges } from './histogram';
export { type IsinOptions, isin, intersect1d, union1d, setdiff1d, setxor1d } from './set-ops';
import './methods';
