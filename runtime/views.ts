/**
 * Operations that return views where NumPy does: reshape, transpose, swapaxes, moveaxis,
 * expand_dims, squeeze, broadcast_to, ravel. None of them copies unless the data's
 * layout makes a view impossible (reshape of a non-contiguous array).
 */
import { NDArray, copyToContiguous, emptyViewStrides } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { broadcastShapes, broadcastStrides, normalizeAxis, shapeStr, sizeOf, cStrides, fillStrides } from './shape';
import { ValueError, NumpyTypeError } from './errors';
import { requireInts, requireArg } from './validate';

/** A shape argument given as positional numbers or one list: `reshape(2, 3)` or `reshape([2, 3])`. */
export type ShapeArgs = (number | readonly number[])[];

function flattenShapeArgs(args: ShapeArgs): number[] {
  if (args.length === 1 && typeof args[0] !== 'number') return requireInts(args[0]);
  return requireInts(args);
}

/**
 * Gives a new shape to an array without changing its data; one dimension may be -1.
 * Returns a view when the data allows it (always for contiguous data).
 *
 * @example
 * np.arange(6).reshape(2, 3)
 * np.arange(6).reshape([-1, 2])   // shape [3, 2]
 */
export function reshape(a: ArrayLike, ...shapeArgs: ShapeArgs): NDArray {
  const x = asarray(a);
  if (shapeArgs.length === 0) throw new NumpyTypeError('reshape() takes exactly 1 argument (0 given)');
  const req = flattenShapeArgs(shapeArgs);
  const size = x.size;
  const unknown = req.filter((d) => d === -1).length;
  if (unknown > 1) throw new ValueError('can only specify one unknown dimension');
  for (const d of req) if (d < -1 || !Number.isInteger(d)) throw new ValueError('negative dimensions not allowed');
  let shape = req.slice();
  if (unknown === 1) {
    const known = req.filter((d) => d !== -1).reduce((p, q) => p * q, 1);
    if (known === 0 || size % known !== 0) {
      throw new ValueError(`cannot reshape array of size ${size} into shape ${shapeStrPy(req)}`);
    }
    shape = req.map((d) => (d === -1 ? size / known : d));
  }
  if (sizeOf(shape) !== size) throw new ValueError(`cannot reshape array of size ${size} into shape ${shapeStrPy(req)}`);
  // An empty array is contiguous: a view whatever its strides. NumPy's shortcut for an
  // unchanged shape (a plain view) sees a -1 unresolved.
  const strides = size === 0 ? (unknown === 1 ? fillStrides(shape) : emptyViewStrides(x, shape)) : viewStrides(x, shape);
  if (strides) return new NDArray(x.data, x.dtype, shape, strides, x.offset, x);
  const c = copyToContiguous(x);
  return new NDArray(c.data, c.dtype, shape);
}

/** Python's tuple repr for reshape messages: `(4,)`, `(2, 3)`. */
function shapeStrPy(s: number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`;
}

/**
 * Strides that read `x` in C order as `shape`, or null when no view can (NumPy's
 * _attempt_nocopy_reshape: groups of old axes that are contiguous among themselves).
 */
function viewStrides(x: NDArray, shape: number[]): number[] | null {
  if (x.isCContiguous) return cStrides(shape);
  const oldShape: number[] = [];
  const oldStrides: number[] = [];
  x.shape.forEach((n, i) => {
    if (n !== 1) {
      oldShape.push(n);
      oldStrides.push(x.elementStrides[i]);
    }
  });
  const newStrides = new Array<number>(shape.length).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < shape.length && oi < oldShape.length) {
    let np_ = shape[ni];
    let op = oldShape[oi];
    while (np_ !== op) {
      if (np_ < op) np_ *= shape[nj++];
      else op *= oldShape[oj++];
    }
    for (let ok = oi; ok < oj - 1; ok++) if (oldStrides[ok] !== oldShape[ok + 1] * oldStrides[ok + 1]) return null;
    newStrides[nj - 1] = oldStrides[oj - 1];
    for (let nk = nj - 1; nk > ni; nk--) newStrides[nk - 1] = newStrides[nk] * shape[nk];
    ni = nj++;
    oi = oj++;
  }
  // Trailing 1s take the last stride, as NumPy sets them.
  const lastStride = ni >= 1 ? newStrides[ni - 1] : 1;
  for (let k = ni; k < shape.length; k++) newStrides[k] = lastStride;
  return newStrides;
}

/**
 * Permutes the axes (reverses them by default). A view.
 *
 * @example
 * np.arange(6).reshape(2, 3).transpose().shape        // [3, 2]
 * np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2)   // shape [3, 2, 4]
 */
export function transpose(a: ArrayLike, ...axesArgs: ShapeArgs): NDArray {
  const x = asarray(a);
  const none = axesArgs.length === 0 || (axesArgs.length === 1 && (axesArgs[0] === null || axesArgs[0] === undefined));
  let axes = none ? null : flattenShapeArgs(axesArgs);
  if (axes === null) axes = x.shape.map((_, i) => x.ndim - 1 - i);
  if (axes.length !== x.ndim) throw new ValueError("axes don't match array");
  const norm = axes.map((ax) => normalizeAxis(ax, x.ndim));
  if (new Set(norm).size !== norm.length) throw new ValueError('repeated axis in transpose');
  return new NDArray(x.data, x.dtype, norm.map((i) => x.shape[i]), norm.map((i) => x.elementStrides[i]), x.offset, x);
}

/**
 * Interchanges two axes. A view.
 *
 * @example
 * np.swapaxes(np.arange(24).reshape(2, 3, 4), 0, 2).shape   // [4, 3, 2]
 */
export function swapaxes(a: ArrayLike, axis1: number, axis2: number): NDArray {
  const x = asarray(a);
  const i = normalizeAxis(axis1, x.ndim);
  const j = normalizeAxis(axis2, x.ndim);
  const perm = x.shape.map((_, k) => k);
  [perm[i], perm[j]] = [perm[j], perm[i]];
  return transpose(x, perm);
}

/**
 * Moves axes to new positions; the others keep their order. A view.
 *
 * @example
 * np.moveaxis(np.zeros([2, 3, 4]), 0, -1).shape   // [3, 4, 2]
 */
export function moveaxis(a: ArrayLike, source: number | number[], destination: number | number[]): NDArray {
  const x = asarray(a);
  const src = requireInts(source).map((s) => normalizeAxis(s, x.ndim));
  const dst = requireInts(destination).map((s) => normalizeAxis(s, x.ndim));
  if (src.length !== dst.length) {
    throw new ValueError('`source` and `destination` arguments must have the same number of elements');
  }
  const order = x.shape.map((_, i) => i).filter((i) => !src.includes(i));
  const pairs = dst.map((d, k) => [d, src[k]]).sort((p, q) => p[0] - q[0]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return transpose(x, order);
}

/**
 * Inserts new axes of length 1 at the given positions. A view.
 *
 * @example
 * np.expand_dims(np.array([1, 2]), 0).shape   // [1, 2]
 */
export function expand_dims(a: ArrayLike, axis: number | readonly number[] | { axis: number | readonly number[] }): NDArray {
  const x = asarray(a);
  const ax = typeof axis === 'object' && !Array.isArray(axis) ? (axis as { axis: number | number[] }).axis : (axis as number | number[]);
  const list = requireInts(ax);
  const nd = x.ndim + list.length;
  const norm = list.map((v) => normalizeAxis(v, nd));
  if (new Set(norm).size !== norm.length) throw new ValueError('repeated axis');
  const shape: number[] = [];
  let k = 0;
  for (let i = 0; i < nd; i++) shape.push(norm.includes(i) ? 1 : x.shape[k++]);
  // NumPy's expand_dims is a reshape, whose strides it keeps (the new axes' are not 0).
  return reshape(x, shape);
}

/**
 * Removes axes of length 1 (all of them, or those named by `axis`). A view.
 *
 * @example
 * np.squeeze(np.zeros([1, 3, 1])).shape   // [3]
 */
export function squeeze(a: ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const x = asarray(a);
  const ax = axis !== null && typeof axis === 'object' && !Array.isArray(axis) ? (axis as { axis?: number | number[] | null }).axis : (axis as number | number[] | null | undefined);
  let drop: number[];
  if (ax === undefined || ax === null) drop = x.shape.map((n, i) => (n === 1 ? i : -1)).filter((i) => i >= 0);
  else {
    drop = (typeof ax === 'number' ? [ax] : Array.from(ax)).map((v) => normalizeAxis(v, x.ndim));
    for (const i of drop) {
      if (x.shape[i] !== 1) throw new ValueError('cannot select an axis to squeeze out which has size not equal to one');
    }
  }
  const keep = x.shape.map((_, i) => i).filter((i) => !drop.includes(i));
  return new NDArray(x.data, x.dtype, keep.map((i) => x.shape[i]), keep.map((i) => x.elementStrides[i]), x.offset, x);
}

/**
 * A read-only-in-spirit view of an array broadcast to a new shape.
 *
 * @example
 * np.broadcast_to(np.array([1, 2, 3]), [2, 3])
 */
export function broadcast_to(a: ArrayLike, shape: number | readonly number[]): NDArray {
  const x = asarray(a);
  const to = requireInts(requireArg(shape, 'broadcast_to', 'shape'));
  const ok = x.ndim <= to.length && x.shape.every((n, i) => n === 1 || n === to[to.length - x.ndim + i]);
  if (!ok) {
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(x.shape)}  and requested shape ${shapeStr(to)}`,
    );
  }
  // NumPy's broadcast_to is an nditer view, which gives length-1 axes stride 0.
  const strides = broadcastStrides(x.shape, x.elementStrides, to).map((s, d) => (to[d] === 1 ? 0 : s));
  return new NDArray(x.data, x.dtype, to, strides, x.offset, x);
}

/**
 * Broadcasts arrays against each other; returns views of the common shape.
 *
 * @example
 * const [a, b] = np.broadcast_arrays(np.array([[1], [2]]), np.array([10, 20, 30]));
 */
export function broadcast_arrays(...arrays: ArrayLike[]): NDArray[] {
  const xs = arrays.map((x) => asarray(x));
  const shape = broadcastShapes(...xs.map((x) => x.shape));
  // NumPy returns an array already of that shape as it is (same strides).
  return xs.map((x) => (x.ndim === shape.length && x.shape.every((n, i) => n === shape[i]) ? x : broadcast_to(x, shape)));
}

/**
 * A 1-d array of the elements in C order: a view when possible, else a copy.
 *
 * @example
 * np.arange(6).reshape(2, 3).T.ravel()   // array([0, 3, 1, 4, 2, 5])
 */
export function ravel(a: ArrayLike): NDArray {
  return reshape(a, [-1]);
}

/**
 * A 1-d copy of the elements in C order.
 *
 * @example
 * np.array([[1, 2], [3, 4]]).flatten()   // array([1, 2, 3, 4])
 */
export function flatten(a: ArrayLike): NDArray {
  const c = copyToContiguous(asarray(a));
  return new NDArray(c.data, c.dtype, [c.size]);
}
