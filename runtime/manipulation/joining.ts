/** Array manipulation (np.concatenate ... np.trace): joining. */
import { NDArray, copyInto, copyToContiguous, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, type DTypeLike, toDType, promoteTypes } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError } from '../errors';
import { reshape, ravel, expand_dims } from '../views';
import { splitOpts, sliceAxis, seqOfArrays, Casting, checkCast } from './helpers';
import { atleastList } from './dimensions';


/** Keyword options of concatenate and the stack functions. */
export interface ConcatenateOptions {
  /** The axis to join along (default 0); `null` flattens every input first. */
  axis?: number | null;
  /** The result dtype (inputs are cast with `casting`). */
  dtype?: DTypeLike | null;
  /** How inputs may be cast to `dtype`: 'same_kind' (default), 'unsafe', 'safe', 'equiv', 'no'. */
  casting?: Casting;
  /** An array of the right shape to write the result into. */
  out?: NDArray | null;
}

export function concatCore(xs: NDArray[], axis: number | null, o: ConcatenateOptions): NDArray {
  if (xs.length === 0) throw new ValueError('need at least one array to concatenate');
  if (axis === null) {
    xs = xs.map((x) => ravel(x));
    axis = 0;
  } else {
    if (xs[0].ndim === 0) throw new ValueError('zero-dimensional arrays cannot be concatenated');
    axis = normalizeAxis(axis, xs[0].ndim);
  }
  const first = xs[0];
  const nd = first.ndim;
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x.ndim !== nd) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${x.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < nd; d++) {
      if (d !== axis && x.shape[d] !== first.shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${x.shape[d]}`,
        );
      }
    }
    total += x.shape[axis];
  }
  let dtype: DType;
  const casting: Casting = o.casting ?? 'same_kind';
  if (o.dtype !== undefined && o.dtype !== null) {
    dtype = toDType(o.dtype);
    for (const x of xs) checkCast(x.dtype, dtype, casting);
  } else if (o.out) {
    dtype = o.out.dtype;
    for (const x of xs) checkCast(x.dtype, dtype, casting);
  } else {
    dtype = xs.map((x) => x.dtype).reduce((p, q) => promoteTypes(p, q));
    if (casting === 'no' || casting === 'equiv') for (const x of xs) checkCast(x.dtype, dtype, casting);
  }
  const shape = first.shape.slice();
  shape[axis] = total;
  let out: NDArray;
  if (o.out) {
    if (o.out.ndim !== shape.length || o.out.shape.some((n, i) => n !== shape[i])) {
      throw new ValueError(`Output array is the wrong shape`);
    }
    out = o.out;
  } else out = zerosOf(shape, dtype);
  let pos = 0;
  for (const x of xs) {
    const n = x.shape[axis];
    if (n > 0) copyInto(sliceAxis(out, axis, pos, n), x);
    pos += n;
  }
  return out;
}

/**
 * Joins a sequence of arrays along an existing axis.
 *
 * Parameters
 * - arrays: the arrays (or array_likes); all shapes must match except along `axis`.
 * - axis: the axis to join along (default 0), positional or `{axis}`; `null` flattens the
 *   inputs first.
 * - dtype, casting, out: as NumPy's keywords. The result dtype is the promotion of the inputs.
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * np.concatenate([a, a])                    // shape [4, 3]
 * np.concatenate([a, a], {axis: 1})         // shape [2, 6]
 * np.concatenate([a, a], {axis: null})      // 12 elements, flattened
 */
export function concatenate(arrays: readonly ArrayLike[] | NDArray, axis?: number | null | ConcatenateOptions, opts: ConcatenateOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis as any, opts, 'axis');
  const xs = seqOfArrays(arrays, 'concatenate');
  return concatCore(xs, ax === undefined ? 0 : ax, o);
}

/**
 * Joins a sequence of same-shaped arrays along a new axis.
 *
 * Parameters
 * - arrays: arrays of one shape.
 * - axis: where the new axis goes in the result (default 0).
 * - dtype, casting, out: as concatenate.
 *
 * @example
 * np.stack([np.array([1, 2, 3]), np.array([4, 5, 6])])              // shape [2, 3]
 * np.stack([np.array([1, 2, 3]), np.array([4, 5, 6])], {axis: 1})   // shape [3, 2]
 */
export function stack(arrays: readonly ArrayLike[] | NDArray, axis?: number | ConcatenateOptions, opts: ConcatenateOptions = {}): NDArray {
  const [ax, o] = splitOpts<number | null>(axis as any, opts, 'axis');
  const xs = seqOfArrays(arrays, 'stack');
  if (xs.length === 0) throw new ValueError('need at least one array to stack');
  const s0 = xs[0].shape;
  for (const x of xs) {
    if (x.ndim !== s0.length || x.shape.some((n, i) => n !== s0[i])) throw new ValueError('all input arrays must have the same shape');
  }
  const a = normalizeAxis(ax ?? 0, s0.length + 1);
  return concatCore(xs.map((x) => expand_dims(x, a)), a, o);
}

/**
 * Stacks arrays vertically (row-wise): 1-d arrays become rows, then join along axis 0.
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows).
 * - dtype, casting: as concatenate (in the options).
 *
 * @example
 * np.vstack([np.array([1, 2, 3]), np.array([4, 5, 6])])   // array([[1, 2, 3], [4, 5, 6]])
 */
export function vstack(tup: readonly ArrayLike[] | NDArray, opts: ConcatenateOptions = {}): NDArray {
  const xs = atleastList(seqOfArrays(tup, 'vstack'), 2);
  return concatCore(xs, 0, { ...opts, axis: 0 });
}

/**
 * Stacks arrays horizontally (column-wise): along axis 1, or axis 0 for 1-d arrays.
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows).
 * - dtype, casting: as concatenate (in the options).
 *
 * @example
 * np.hstack([np.array([1, 2, 3]), np.array([4, 5, 6])])   // array([1, 2, 3, 4, 5, 6])
 */
export function hstack(tup: readonly ArrayLike[] | NDArray, opts: ConcatenateOptions = {}): NDArray {
  const xs = atleastList(seqOfArrays(tup, 'hstack'), 1);
  const axis = xs.length > 0 && xs[0].ndim === 1 ? 0 : 1;
  return concatCore(xs, axis, { ...opts, axis });
}

/**
 * Stacks arrays depth-wise, along a third axis (1-d and 2-d inputs are raised to 3-d).
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows).
 *
 * @example
 * np.dstack([np.array([1, 2]), np.array([3, 4])]).shape   // [1, 2, 2]
 */
export function dstack(tup: readonly ArrayLike[] | NDArray): NDArray {
  const xs = atleastList(seqOfArrays(tup, 'dstack'), 3);
  return concatCore(xs, 2, {});
}

/**
 * Stacks 1-d arrays as columns of a 2-d array (2-d inputs are joined as they are).
 *
 * Parameters
 * - tup: a list of arrays (or an ndarray, taken as the list of its rows). 1-d arrays become columns.
 *
 * @example
 * np.column_stack([np.array([1, 2]), np.array([3, 4])])   // array([[1, 3], [2, 4]])
 */
export function column_stack(tup: readonly ArrayLike[] | NDArray): NDArray {
  const xs = seqOfArrays(tup, 'column_stack').map((x) => {
    if (x.ndim === 0) return reshape(x, [1, 1]);
    if (x.ndim === 1) return reshape(x, [x.shape[0], 1]);
    return x;
  });
  return concatCore(xs, 1, {});
}

/**
 * Appends values to the end of an array. Without an axis both are flattened first.
 *
 * Parameters
 * - arr: the array.
 * - values: what to append; with an axis it must have arr's shape except along that axis.
 * - axis: the axis to append along (positional or `{axis}`), default null (flatten).
 *
 * @example
 * np.append(np.array([1, 2, 3]), [4, 5])                                 // array([1, 2, 3, 4, 5])
 * np.append(np.array([[1, 2], [3, 4]]), [[5, 6]], {axis: 0})             // shape [3, 2]
 */
export function append(arr: ArrayLike, values: ArrayLike, axis?: number | null | { axis?: number | null }): NDArray {
  const [ax] = splitOpts<number | null>(axis as any, undefined, 'axis');
  let a = asarray(arr);
  let v = asarray(values);
  if (ax === undefined || ax === null) {
    if (a.ndim !== 1) a = ravel(a);
    v = ravel(v);
    return concatCore([a, v], a.ndim - 1, {});
  }
  return concatCore([a, v], ax, {});
}

export type Nested = ArrayLike | readonly Nested[];

/**
 * Assembles an array from nested lists of blocks: the innermost lists are joined along the
 * last axis, the next level along the second-to-last, and so on (blocks get leading axes
 * of length 1 as needed).
 *
 * Parameters
 * - arrays: nested JS lists whose leaves are arrays or numbers; all leaves at one depth.
 *
 * @example
 * const A = np.eye(2), B = np.zeros([2, 1]);
 * np.block([[A, B], [np.ones([1, 2]), np.array([[5]])]])   // shape [3, 3]
 * np.block([1, 2, np.array([3, 4])])                       // array([1, 2, 3, 4])
 */
export function block(arrays: Nested): NDArray {
  const fmt = (index: (number | null)[]) => 'arrays' + index.filter((i) => i !== null).map((i) => `[${i}]`).join('');
  const check = (x: Nested, parent: (number | null)[]): [(number | null)[], number] => {
    if (Array.isArray(x) && x.length > 0) {
      let first: (number | null)[] | null = null;
      let maxNd = 0;
      x.forEach((e: Nested, i: number) => {
        const [idx, nd] = check(e, [...parent, i]);
        if (first === null) first = idx;
        else if (idx.length !== first.length) {
          throw new ValueError(
            `List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${idx.length} (${fmt(idx)})`,
          );
        }
        if (idx[idx.length - 1] === null) first = idx;
        maxNd = Math.max(maxNd, nd);
      });
      return [first!, maxNd];
    }
    if (Array.isArray(x)) return [[...parent, null], 0];
    return [parent, asarray(x as ArrayLike).ndim];
  };
  const [bottom, arrNd] = check(arrays, []);
  if (bottom.length > 0 && bottom[bottom.length - 1] === null) throw new ValueError(`List at ${fmt(bottom)} cannot be empty`);
  const listNd = bottom.length;
  const resultNd = Math.max(arrNd, listNd);
  const rec = (x: Nested, depth: number): NDArray => {
    if (depth < listNd) {
      const parts = (x as readonly Nested[]).map((e) => rec(e, depth + 1));
      return concatCore(parts, resultNd - (listNd - depth), {});
    }
    const a = asarray(x as ArrayLike);
    return a.ndim < resultNd ? reshape(a, [...new Array(resultNd - a.ndim).fill(1), ...a.shape]) : a;
  };
  const r = rec(arrays, 0);
  return listNd === 0 ? copyToContiguous(r) : r;
}
