/** Statistics: extended-axis reductions (NumPy's _ureduce). */
import { NDArray, copyToContiguous } from '../ndarray';
import { sizeOf } from '../shape';
import { moveaxis, reshape } from '../views';
import { Axis, range, axisTuple, unwrap0d } from './helpers';


export interface Ureduced {
  /** The array to reduce over one axis. */
  arr: NDArray;
  /** That axis. */
  ax: number;
  /** The input shape with reduced axes set to 1 (the keepdims shape). */
  kdShape: number[];
}

/** NumPy's _ureduce: a flattened array for axis=None, several axes merged into the last. */
export function ureduce(x: NDArray, axis: Axis | undefined): Ureduced {
  if (axis === undefined || axis === null) {
    return { arr: reshape(x, [x.size]), ax: 0, kdShape: x.shape.map(() => 1) };
  }
  const axes = axisTuple(axis, x.ndim);
  const kdShape = x.shape.map((n, i) => (axes.includes(i) ? 1 : n));
  if (axes.length === 1) return { arr: x, ax: axes[0], kdShape };
  const keep = range(x.ndim).filter((i) => !axes.includes(i));
  const moved = moveaxis(x, keep, range(keep.length));
  const merged = axes.reduce((p, a) => p * x.shape[a], 1);
  return { arr: reshape(moved, [...keep.map((i) => x.shape[i]), merged]), ax: keep.length, kdShape };
}

export interface Lines {
  /** The lines along the axis, one after another, as doubles. */
  data: Float64Array;
  /** Length of each line. */
  n: number;
  /** Number of lines. */
  rows: number;
  /** Shape of the other axes (C order of the lines). */
  rest: number[];
}

/** The 1-d lines of `x` along `axis`, copied out as float64. */
export function linesOf(x: NDArray, axis: number): Lines {
  const rest = x.shape.filter((_, i) => i !== axis);
  const moved = moveaxis(x, axis, -1);
  const c = copyToContiguous(moved, 'float64');
  return { data: c.data as Float64Array, n: x.shape[axis], rows: sizeOf(rest), rest };
}

/** Result of a reduction: keepdims reshape, or a JS scalar for a 0-d result. */
export function finishReduce(out: NDArray, lead: number[], kdShape: number[], keepdims: boolean | undefined): any {
  if (keepdims) return new NDArray(out.data, out.dtype, [...lead, ...kdShape]);
  return unwrap0d(out);
}
