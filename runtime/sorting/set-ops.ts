/** Sorting, searching and counting: set operations. */
import { NDArray, copyInto, zerosOf } from '../ndarray';
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { type TypedArray, promoteTypes } from '../dtype';
import { ravel } from '../views';
import { optsOf, int64, Nums, argsortList } from './sort-helpers';
import { sortCore } from './sort-functions';
import { unique } from './unique';


/** Membership of each value of `x` in `test` (NaN is never a member). */
export function memberMask(x: Nums, test: Nums): Uint8Array {
  const set = new Set<number>();
  for (let i = 0; i < test.length; i++) if (test[i] === test[i]) set.add(test[i]);
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = set.has(x[i]) ? 1 : 0;
  return out;
}

/** Keyword options of isin. */
export interface IsinOptions {
  assume_unique?: boolean;
  /** Return the opposite: true where the element is NOT in test_elements. */
  invert?: boolean;
  kind?: string | null;
}

/**
 * Whether each element of `element` is in `test_elements`: a bool array of element's shape
 * (a 0-d array for a scalar).
 *
 * Parameters
 * - element: the array to test (any shape).
 * - test_elements: the values to look for.
 * - invert: return the negation (in the options); assume_unique and kind are accepted.
 *
 * @example
 * np.isin(np.array([1, 2, 3, 4]), [2, 4])   // array([False,  True, False,  True])
 */
export function isin(element: NpArrayLike, test_elements: NpArrayLike, options: IsinOptions = {}): NDArray {
  const opts = optsOf<IsinOptions>(options);
  const x = asarray(element);
  const t = asarray(test_elements);
  const m = memberMask(x.contiguousData(), t.contiguousData());
  if (opts.invert) for (let i = 0; i < m.length; i++) m[i] ^= 1;
  return new NDArray(m, 'bool', x.shape.slice());
}

export function unique1d(x: NpArrayLike): NDArray {
  return unique(x) as NDArray;
}

export function gatherBool(x: NDArray, mask: Nums): NDArray {
  const d = x.contiguousData();
  const vals: number[] = [];
  for (let i = 0; i < d.length; i++) if (mask[i]) vals.push(d[i]);
  const out = zerosOf([vals.length], x.dtype);
  (out.data as TypedArray).set(vals);
  return out;
}

export function concat1d(a: NDArray, b: NDArray): NDArray {
  const dt = promoteTypes(a.dtype, b.dtype);
  const out = zerosOf([a.size + b.size], dt);
  copyInto(new NDArray(out.data, dt, [a.size], [1], 0), ravel(a));
  copyInto(new NDArray(out.data, dt, [b.size], [1], a.size), ravel(b));
  return out;
}

/**
 * The sorted unique values that are in both arrays. With `{return_indices: true}`, a JS
 * array `[values, indices_in_ar1, indices_in_ar2]` (first occurrences).
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 * - assume_unique: skip deduplication (in the options).
 * - return_indices: also return the indices (in the options).
 *
 * @example
 * np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])   // array([1, 3])
 */
export function intersect1d(ar1: NpArrayLike, ar2: NpArrayLike, options: { assume_unique?: boolean; return_indices?: boolean } = {}): any {
  const opts = optsOf<{ assume_unique?: boolean; return_indices?: boolean }>(options);
  let a1: NDArray;
  let a2: NDArray;
  let ind1: NDArray | null = null;
  let ind2: NDArray | null = null;
  if (!opts.assume_unique) {
    if (opts.return_indices) {
      [a1, ind1] = unique(ar1, { return_index: true }) as NDArray[];
      [a2, ind2] = unique(ar2, { return_index: true }) as NDArray[];
    } else {
      a1 = unique1d(ar1);
      a2 = unique1d(ar2);
    }
  } else {
    a1 = ravel(asarray(ar1));
    a2 = ravel(asarray(ar2));
  }
  const aux = concat1d(a1, a2);
  const ad = aux.data;
  const perm = argsortList(ad);
  const sorted = new Float64Array(ad.length);
  for (let i = 0; i < perm.length; i++) sorted[i] = ad[perm[i]];
  const vals: number[] = [];
  const i1: number[] = [];
  const i2: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i] === sorted[i + 1]) {
      vals.push(sorted[i]);
      i1.push(perm[i]);
      i2.push(perm[i + 1] - a1.size);
    }
  }
  const out = zerosOf([vals.length], aux.dtype);
  (out.data as TypedArray).set(vals);
  if (!opts.return_indices) return out;
  const r1 = ind1 ? i1.map((i) => ind1!.data[i]) : i1;
  const r2 = ind2 ? i2.map((i) => ind2!.data[i]) : i2;
  return [out, int64(r1), int64(r2)];
}

/**
 * The sorted unique values that are in either array.
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 *
 * @example
 * np.union1d([-1, 0, 1], [-2, 0, 2])   // array([-2, -1,  0,  1,  2])
 */
export function union1d(ar1: NpArrayLike, ar2: NpArrayLike): NDArray {
  return unique1d(concat1d(asarray(ar1), asarray(ar2)));
}

/**
 * The sorted unique values of `ar1` that are not in `ar2`.
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 * - assume_unique: skip deduplication (in the options).
 *
 * @example
 * np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])   // array([1, 2])
 */
export function setdiff1d(ar1: NpArrayLike, ar2: NpArrayLike, options: { assume_unique?: boolean } = {}): NDArray {
  const opts = optsOf<{ assume_unique?: boolean }>(options);
  const a1 = opts.assume_unique ? ravel(asarray(ar1)) : unique1d(ar1);
  const a2 = opts.assume_unique ? ravel(asarray(ar2)) : unique1d(ar2);
  const m = memberMask(a1.contiguousData(), a2.contiguousData());
  for (let i = 0; i < m.length; i++) m[i] ^= 1;
  return gatherBool(a1, m);
}

/**
 * The sorted unique values that are in exactly one of the arrays.
 *
 * Parameters
 * - ar1, ar2: the arrays (flattened).
 * - assume_unique: skip deduplication (in the options).
 *
 * @example
 * np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])   // array([1, 4, 5, 7])
 */
export function setxor1d(ar1: NpArrayLike, ar2: NpArrayLike, options: { assume_unique?: boolean } = {}): NDArray {
  const opts = optsOf<{ assume_unique?: boolean }>(options);
  const a1 = opts.assume_unique ? asarray(ar1) : unique1d(ar1);
  const a2 = opts.assume_unique ? asarray(ar2) : unique1d(ar2);
  const aux = sortCore(concat1d(a1, a2), 0, {});
  const n = aux.size;
  if (n === 0) return aux;
  const d = aux.data;
  const flag = new Uint8Array(n + 1);
  flag[0] = 1;
  flag[n] = 1;
  for (let i = 1; i < n; i++) flag[i] = d[i] !== d[i - 1] ? 1 : 0;
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) keep[i] = flag[i] & flag[i + 1];
  return gatherBool(aux, keep);
}
