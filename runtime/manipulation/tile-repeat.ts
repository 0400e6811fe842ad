/** Array manipulation (np.concatenate ... np.trace): tile, repeat, resize. */
import { NDArray, copyInto, copyToContiguous, zerosOf, reshapeFresh } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { normalizeAxis, sizeOf } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { reshape, ravel } from '../views';
import { splitOpts, toIntList } from './helpers';


/**
 * Constructs an array by repeating `A` the number of times given by `reps` along each axis.
 *
 * Parameters
 * - A: the array to tile.
 * - reps: repetitions per axis (a number or a list); shorter lists are padded with 1s in
 *   front, and `A` gets leading axes when `reps` is longer than its dimensions.
 *
 * @example
 * np.tile(np.array([1, 2]), 2)        // array([1, 2, 1, 2])
 * np.tile(np.array([1, 2]), [2, 2])   // array([[1, 2, 1, 2], [1, 2, 1, 2]])
 */
export function tile(A: ArrayLike, reps: number | readonly number[] | NDArray): NDArray {
  let tup = toIntList(reps);
  for (const t of tup) if (t < 0) throw new ValueError('negative dimensions are not allowed');
  let c = asarray(A);
  const d = tup.length;
  if (c.ndim < d) c = reshape(c, [...new Array(d - c.ndim).fill(1), ...c.shape]);
  if (c.ndim > d) tup = [...new Array(c.ndim - d).fill(1), ...tup];
  const nd = c.ndim;
  const outShape = c.shape.map((s, i) => s * tup[i]);
  // NumPy copies for all-1 reps, else reshapes: an empty input becomes a view of itself.
  if (c.size === 0 && !(tup.every((t) => t === 1) && A instanceof NDArray)) return reshape(c, outShape);
  // Read c as shape [t0, s0, t1, s1, ...] with zero strides on the repeat axes.
  const shape2: number[] = [];
  const strides2: number[] = [];
  for (let i = 0; i < nd; i++) {
    shape2.push(tup[i], c.shape[i]);
    strides2.push(0, c.elementStrides[i]);
  }
  const src = new NDArray(c.data, c.dtype, shape2, strides2, c.offset);
  const out = zerosOf(shape2, c.dtype);
  copyInto(out, src);
  return reshapeFresh(out, outShape);
}

/**
 * Repeats each element of an array.
 *
 * Parameters
 * - a: the array.
 * - repeats: a number, or one count per element along the axis.
 * - axis: the axis to repeat along (positional or `{axis}`); by default the array is
 *   flattened first.
 *
 * @example
 * np.repeat(np.array([1, 2]), 2)                                 // array([1, 1, 2, 2])
 * np.repeat(np.array([[1, 2], [3, 4]]), [1, 2], {axis: 0})       // rows 0, 1, 1
 */
export function repeat(a: ArrayLike, repeats: number | boolean | ArrayLike, axis?: number | null | { axis?: number | null }): NDArray {
  const [ax0] = splitOpts<number | null>(axis as any, undefined, 'axis');
  let x = asarray(a);
  let ax: number;
  if (ax0 === undefined || ax0 === null) {
    x = ravel(x);
    ax = 0;
  } else ax = normalizeAxis(ax0, x.ndim);
  const n = x.shape[ax];
  const r = typeof repeats === 'number' || typeof repeats === 'boolean' ? null : asarray(repeats);
  let counts: number[];
  if (r === null || r.size === 1) {
    const v = Math.trunc(Number(r === null ? repeats : r.flatGet(0)));
    if (r !== null && r.ndim > 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (v < 0) throw new ValueError('negative dimensions are not allowed');
    counts = new Array(n).fill(v);
  } else {
    if (r.ndim > 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (r.size !== n) throw new ValueError(`operands could not be broadcast together with shape (${n},) (${r.size},)`);
    counts = [];
    for (let i = 0; i < n; i++) counts.push(Math.trunc(r.flatGet(i)));
    if (counts.some((c) => c < 0)) throw new ValueError('repeats may not contain negative values.');
  }
  const total = counts.reduce((p, q) => p + q, 0);
  const outShape = x.shape.slice();
  outShape[ax] = total;
  const out = zerosOf(outShape, x.dtype);
  const c = x.isCContiguous ? x : copyToContiguous(x);
  const outer = sizeOf(c.shape.slice(0, ax));
  const inner = sizeOf(c.shape.slice(ax + 1));
  const map = new Int32Array(total);
  for (let i = 0, k = 0; i < n; i++) for (let j = 0; j < counts[i]; j++) map[k++] = i;
  const s = c.data;
  const d = out.data;
  const so = c.offset;
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < total; j++) {
      const src = so + (o * n + map[j]) * inner;
      const dst = (o * total + j) * inner;
      if (inner === 1) d[dst] = s[src];
      else for (let k = 0; k < inner; k++) d[dst + k] = s[src + k];
    }
  }
  return out;
}

/**
 * A new array of the given shape filled by repeating the elements of `a` (flattened) as
 * often as needed.
 *
 * Parameters
 * - a: the array (read flattened, in C order).
 * - new_shape: a number or a list; the result is filled cyclically (zeros if `a` is empty).
 *
 * @example
 * np.resize(np.array([1, 2, 3]), [2, 4])   // array([[1, 2, 3, 1], [2, 3, 1, 2]])
 */
export function resize(a: ArrayLike, new_shape: number | readonly number[]): NDArray {
  if (new_shape === undefined) throw new NumpyTypeError("resize() missing 1 required positional argument: 'new_shape'");
  const shape = toIntList(new_shape);
  for (const s of shape) if (s < 0) throw new ValueError('all elements of `new_shape` must be non-negative');
  const x = copyToContiguous(asarray(a));
  const size = sizeOf(shape);
  const out = zerosOf(shape, x.dtype);
  if (x.size === 0 || size === 0) return out;
  for (let i = 0; i < size; i++) out.data[i] = x.data[i % x.size];
  return out;
}
