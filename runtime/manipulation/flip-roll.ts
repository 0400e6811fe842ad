/** Array manipulation (np.concatenate ... np.trace): flipping and rolling. */
import { NDArray, copyInto, copyToContiguous, zerosOf, reshapeFresh } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { normalizeAxis, shapeRepr } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { transpose, ravel } from '../views';
import { pyTypeName } from '../validate';
import { isOpts, splitOpts, sliceAxis, toInt, intList } from './helpers';


/**
 * Reverses the order of elements along the given axes (all axes by default). Returns a
 * view with negative strides, as NumPy does.
 *
 * Parameters
 * - m: the array.
 * - axis: an axis, a list of axes, or null (all); positional or `{axis}`.
 *
 * @example
 * np.flip(np.arange(4))                                   // array([3, 2, 1, 0])
 * np.flip(np.arange(6).reshape(2, 3), {axis: 1})          // array([[2, 1, 0], [5, 4, 3]])
 */
export function flip(m: ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const [ax] = splitOpts<number | readonly number[] | null>(axis as any, undefined, 'axis');
  const x = asarray(m);
  let axes: number[];
  if (ax === undefined || ax === null) axes = x.shape.map((_, i) => i);
  else {
    axes = (typeof ax === 'number' ? [ax] : Array.from(ax)).map((v) => normalizeAxis(v, x.ndim));
    if (new Set(axes).size !== axes.length) throw new ValueError('repeated axis');
  }
  const strides = x.elementStrides.slice();
  let off = x.offset;
  for (const a of axes) {
    // NumPy slices with ::-1, which leaves an empty axis alone.
    if (x.shape[a] === 0) continue;
    off += (x.shape[a] - 1) * strides[a];
    strides[a] = -strides[a];
  }
  return new NDArray(x.data, x.dtype, x.shape.slice(), strides, off, x);
}

/**
 * Reverses the order of columns (axis 1). A view; the input must be at least 2-d.
 *
 * Parameters
 * - m: an array of at least 2 dimensions.
 *
 * @example
 * np.fliplr(np.array([[1, 2], [3, 4]]))   // array([[2, 1], [4, 3]])
 */
export function fliplr(m: ArrayLike): NDArray {
  const x = asarray(m);
  if (x.ndim < 2) throw new ValueError('Input must be >= 2-d.');
  return flip(x, 1);
}

/**
 * Reverses the order of rows (axis 0). A view; the input must be at least 1-d.
 *
 * Parameters
 * - m: an array of at least 1 dimension.
 *
 * @example
 * np.flipud(np.array([[1, 2], [3, 4]]))   // array([[3, 4], [1, 2]])
 */
export function flipud(m: ArrayLike): NDArray {
  const x = asarray(m);
  if (x.ndim < 1) throw new ValueError('Input must be >= 1-d.');
  return flip(x, 0);
}

/** Copy of `x` rolled by `s` along one axis. */
export function roll1(x: NDArray, ax: number, s: number): NDArray {
  const n = x.shape[ax];
  const out = zerosOf(x.shape.slice(), x.dtype);
  if (out.size === 0) return out;
  const k = ((s % n) + n) % n;
  if (k === 0) {
    copyInto(out, x);
    return out;
  }
  copyInto(sliceAxis(out, ax, k, n - k), sliceAxis(x, ax, 0, n - k));
  copyInto(sliceAxis(out, ax, 0, k), sliceAxis(x, ax, n - k, k));
  return out;
}

/**
 * Rolls elements along the given axes: those shifted beyond the last position come back
 * at the first. Without an axis the array is rolled as if flattened.
 *
 * Parameters
 * - a: the array.
 * - shift: a number, or one shift per axis in `axis`.
 * - axis: an axis or a list of axes (positional or `{axis}`); null (default) flattens.
 *
 * @example
 * np.roll(np.arange(5), 2)                                  // array([3, 4, 0, 1, 2])
 * np.roll(np.arange(6).reshape(2, 3), -1, {axis: 1})        // array([[1, 2, 0], [4, 5, 3]])
 */
export function roll(a: ArrayLike, shift: number | readonly number[] | NDArray, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const [ax] = splitOpts<number | readonly number[] | null>(axis as any, undefined, 'axis');
  const x = asarray(a);
  if (ax === undefined || ax === null) {
    return reshapeFresh(roll(ravel(x), shift, 0), x.shape.slice());
  }
  const shiftArr = asarray(shift as ArrayLike);
  const axesList = typeof ax === 'number' ? [ax] : Array.from(ax);
  const axesNorm = axesList.map((v) => normalizeAxis(v, x.ndim));
  const shiftShape = shiftArr.shape;
  const axisShape = typeof ax === 'number' ? [] : [axesList.length];
  const sv = intList(copyToContiguous(shiftArr, 'int64'));
  // Broadcast shift against axis as np.broadcast does.
  if (shiftShape.length > 1) throw new ValueError("'shift' and 'axis' should be scalars or 1D sequences");
  const ns = shiftShape.length === 0 ? 1 : shiftShape[0];
  const na = axisShape.length === 0 ? 1 : axisShape[0];
  if (ns !== na && ns !== 1 && na !== 1) {
    throw new ValueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${shapeRepr(shiftShape)} and arg 1 with shape ${shapeRepr(axisShape)}.`,
    );
  }
  const len = Math.max(ns, na);
  const total = new Array<number>(x.ndim).fill(0);
  for (let i = 0; i < len; i++) {
    const s = sv[ns === 1 ? 0 : i];
    const d = axesNorm[na === 1 ? 0 : i];
    total[d] += Math.trunc(s);
  }
  let r: NDArray = x;
  let copied = false;
  for (let d = 0; d < x.ndim; d++) {
    if (total[d] !== 0 && x.shape[d] > 0) {
      r = roll1(r, d, total[d]);
      copied = true;
    }
  }
  return copied ? r : copyToContiguous(x);
}

/**
 * Rotates an array by 90 degrees `k` times in the plane of two axes (from the first axis
 * towards the second). A view.
 *
 * Parameters
 * - m: an array of at least 2 dimensions.
 * - k: number of quarter turns (default 1), positional or `{k}`.
 * - axes: the plane, default [0, 1].
 *
 * @example
 * np.rot90(np.array([[1, 2], [3, 4]]))   // array([[2, 4], [1, 3]])
 */
export function rot90(m: ArrayLike, k?: number | { k?: number; axes?: readonly number[] }, axes?: readonly number[] | { axes?: readonly number[] }): NDArray {
  let kk = 1;
  let ax: any = [0, 1];
  if (isOpts(k)) {
    kk = k.k ?? 1;
    ax = k.axes ?? ax;
  } else {
    if (k !== undefined) kk = k;
    if (isOpts(axes)) ax = (axes as { axes?: readonly number[] }).axes ?? ax;
    else if (axes !== undefined) ax = axes as readonly number[];
  }
  const x = asarray(m);
  kk = toInt(kk);
  if (ax === null || (typeof ax !== 'string' && !Array.isArray(ax) && !(ax instanceof NDArray))) {
    throw new NumpyTypeError(`'${pyTypeName(ax)}' object cannot be interpreted as a pair of axes`);
  }
  const axList: unknown[] = ax instanceof NDArray ? ax.tolist() : Array.from(ax as Iterable<unknown>);
  if (axList.length !== 2) throw new ValueError('len(axes) must be 2.');
  ax = axList.map(toInt);
  const [a0, a1] = ax;
  if (a0 === a1 || Math.abs(a0 - a1) === x.ndim) throw new ValueError('Axes must be different.');
  if (a0 >= x.ndim || a0 < -x.ndim || a1 >= x.ndim || a1 < -x.ndim) {
    throw new ValueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${x.ndim}.`);
  }
  kk = ((Math.trunc(kk) % 4) + 4) % 4;
  if (kk === 0) return new NDArray(x.data, x.dtype, x.shape.slice(), x.elementStrides.slice(), x.offset, x);
  if (kk === 2) return flip(flip(x, a0), a1);
  const perm = x.shape.map((_, i) => i);
  const i0 = a0 < 0 ? a0 + x.ndim : a0;
  const i1 = a1 < 0 ? a1 + x.ndim : a1;
  [perm[i0], perm[i1]] = [perm[i1], perm[i0]];
  if (kk === 1) return transpose(flip(x, a1), perm);
  return flip(transpose(x, perm), a1);
}
