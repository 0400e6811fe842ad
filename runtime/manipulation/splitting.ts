/** Array manipulation (np.concatenate ... np.trace): splitting. */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError, IndexError, NumpyTypeError, ZeroDivisionError, MemoryError } from '../errors';
import { splitOpts, sliceAxis, pySliceBounds, toInt, intList } from './helpers';


export type Sections = number | readonly number[] | NDArray;

export function arraySplitCore(x: NDArray, sections: Sections, axis: number): NDArray[] {
  if (!Number.isInteger(axis)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
  if (axis >= x.ndim || axis < -x.ndim) throw new IndexError('tuple index out of range');
  const ax = axis < 0 ? axis + x.ndim : axis;
  const N = x.shape[ax];
  let points: number[];
  if (typeof sections === 'number') {
    const ns = Math.trunc(sections);
    if (ns <= 0) throw new ValueError('number sections must be larger than 0.');
    if (ns > 2 ** 27) throw new MemoryError('');
    const each = Math.floor(N / ns);
    const extras = N % ns;
    points = [0];
    for (let i = 0; i < ns; i++) points.push(points[i] + (i < extras ? each + 1 : each));
  } else {
    points = [0, ...intList(sections), N];
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = pySliceBounds(points[i], points[i + 1], N);
    out.push(sliceAxis(x, ax, s, e - s));
  }
  return out;
}

export function splitArgs(axis: number | { axis?: number } | undefined): number {
  const [ax] = splitOpts<number>(axis as any, undefined, 'axis');
  return ax === undefined || ax === null ? 0 : toInt(ax);
}

/**
 * Splits an array into a JS array of sub-arrays (views), along `axis` (default 0).
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number N (N equal parts; the axis must divide evenly) or a list
 *   of split points.
 * - axis: the axis to split along, positional or `{axis}`.
 *
 * @example
 * np.split(np.arange(6), 3)          // [array([0, 1]), array([2, 3]), array([4, 5])]
 * np.split(np.arange(6), [1, 4])     // [array([0]), array([1, 2, 3]), array([4, 5])]
 */
export function split(ary: ArrayLike, indices_or_sections: Sections, axis?: number | { axis?: number }): NDArray[] {
  const x = asarray(ary);
  const ax = splitArgs(axis);
  if (typeof indices_or_sections === 'number') {
    if (ax >= x.ndim || ax < -x.ndim) throw new IndexError('tuple index out of range');
    const N = x.shape[ax < 0 ? ax + x.ndim : ax];
    const ns = Math.trunc(indices_or_sections);
    if (ns === 0) throw new ZeroDivisionError('integer modulo by zero');
    if (N % ns !== 0) throw new ValueError('array split does not result in an equal division');
  }
  return arraySplitCore(x, indices_or_sections, ax);
}

/**
 * Splits an array into sub-arrays like split, but N sections need not divide the axis:
 * the first `len % N` parts get one extra element.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of sections, or a list of split points.
 * - axis: the axis to split along (default 0), positional or `{axis}`.
 *
 * @example
 * np.array_split(np.arange(7), 3)   // [array([0, 1, 2]), array([3, 4]), array([5, 6])]
 */
export function array_split(ary: ArrayLike, indices_or_sections: Sections, axis?: number | { axis?: number }): NDArray[] {
  return arraySplitCore(asarray(ary), indices_or_sections, splitArgs(axis));
}

/**
 * Splits horizontally (column-wise): along axis 1, or axis 0 for 1-d arrays.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of equal sections, or a list of split points.
 *
 * @example
 * np.hsplit(np.arange(8).reshape(2, 4), 2)   // two arrays of shape [2, 2]
 */
export function hsplit(ary: ArrayLike, indices_or_sections: Sections): NDArray[] {
  const x = asarray(ary);
  if (x.ndim === 0) throw new ValueError('hsplit only works on arrays of 1 or more dimensions');
  return split(x, indices_or_sections, x.ndim > 1 ? 1 : 0);
}

/**
 * Splits vertically (row-wise), along axis 0 of an array of at least 2 dimensions.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of equal sections, or a list of split points.
 *
 * @example
 * np.vsplit(np.arange(8).reshape(4, 2), 2)   // two arrays of shape [2, 2]
 */
export function vsplit(ary: ArrayLike, indices_or_sections: Sections): NDArray[] {
  const x = asarray(ary);
  if (x.ndim < 2) throw new ValueError('vsplit only works on arrays of 2 or more dimensions');
  return split(x, indices_or_sections, 0);
}

/**
 * Splits depth-wise, along axis 2 of an array of at least 3 dimensions.
 *
 * Parameters
 * - ary: the array.
 * - indices_or_sections: a number of equal sections, or a list of split points.
 *
 * @example
 * np.dsplit(np.arange(8).reshape(1, 2, 4), 2)   // two arrays of shape [1, 2, 2]
 */
export function dsplit(ary: ArrayLike, indices_or_sections: Sections): NDArray[] {
  const x = asarray(ary);
  if (x.ndim < 3) throw new ValueError('dsplit only works on arrays of 3 or more dimensions');
  return split(x, indices_or_sections, 2);
}
