/**
 * np.tensordot: the sum of products over chosen axes of two arrays, as NumPy computes it:
 * the summed axes moved to the end of `a` and the front of `b`, both reshaped to matrices,
 * one matrix product (the blocked GEMM: wasm SIMD where it pays), and the result reshaped
 * to a's free axes followed by b's.
 */
import type { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { IndexError, ValueError } from '../errors';
import { reshape, transpose } from '../views';
import { dot } from './products';

/** Which axes to sum: N (a's last N with b's first N), or [a's axes, b's axes]. */
export type TensordotAxes = number | [number | number[], number | number[]];

/**
 * Tensor dot product over `axes` (np.tensordot(a, b, axes=2)); also `{axes}` as the third
 * argument. Summing over no axes gives the outer product.
 *
 * @example
 * np.tensordot(np.arange(60).reshape(3, 4, 5), np.arange(24).reshape(4, 3, 2), [[1, 0], [0, 1]]).shape   // [5, 2]
 * np.tensordot(np.array([1, 2]), np.array([3, 4]), 0)   // array([[3, 4], [6, 8]])
 */
export function tensordot(x1: ArrayLike, x2: ArrayLike, axes: TensordotAxes | { axes?: TensordotAxes } = 2): NDArray {
  const ax = typeof axes === 'object' && !Array.isArray(axes) ? axes.axes ?? 2 : axes;
  let axesA: number[], axesB: number[];
  if (typeof ax === 'number') {
    // as Python's range(-N, 0) and range(N): a negative N sums over nothing
    axesA = Array.from({ length: Math.max(0, ax) }, (_, i) => i - ax);
    axesB = Array.from({ length: Math.max(0, ax) }, (_, i) => i);
  } else {
    axesA = Array.isArray(ax[0]) ? [...ax[0]] : [ax[0]];
    axesB = Array.isArray(ax[1]) ? [...ax[1]] : [ax[1]];
  }
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) {
    throw new ValueError('duplicate axes are not allowed in tensordot');
  }
  const a = asarray(x1), b = asarray(x2);
  const at = (shape: number[], i: number): number => {
    const d = shape[i < 0 ? shape.length + i : i];
    if (d === undefined) throw new IndexError('tuple index out of range');
    return d;
  };
  let equal = axesA.length === axesB.length;
  for (let k = 0; equal && k < axesA.length; k++) {
    if (at(a.shape, axesA[k]) !== at(b.shape, axesB[k])) equal = false;
    if (axesA[k] < 0) axesA[k] += a.ndim;
    if (axesB[k] < 0) axesB[k] += b.ndim;
  }
  if (!equal) throw new ValueError('shape-mismatch for sum');
  const freeA = a.shape.map((_, k) => k).filter((k) => !axesA.includes(k));
  const freeB = b.shape.map((_, k) => k).filter((k) => !axesB.includes(k));
  const prod = (axs: number[], shape: number[]): number => axs.reduce((p, k) => p * shape[k], 1);
  const n2 = prod(axesA, a.shape);
  const am = reshape(transpose(a, [...freeA, ...axesA]), [prod(freeA, a.shape), n2]);
  const bm = reshape(transpose(b, [...axesB, ...freeB]), [n2, prod(freeB, b.shape)]);
  return reshape(dot(am, bm) as NDArray, [...freeA.map((k) => a.shape[k]), ...freeB.map((k) => b.shape[k])]);
}
