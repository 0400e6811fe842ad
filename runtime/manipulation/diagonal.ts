/** Array manipulation (np.concatenate ... np.trace): diagonal, trace. */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DTypeLike } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError } from '../errors';
import { sum } from '../reduce';
import { isOpts, toInt } from './helpers';


/** Options of diagonal and trace. */
export interface DiagonalOptions {
  offset?: number;
  axis1?: number;
  axis2?: number;
}

export function diagArgs(offset: number | DiagonalOptions | undefined, axis1: number | undefined, axis2: number | undefined): Required<DiagonalOptions> {
  if (isOpts(offset)) {
    const o = offset as DiagonalOptions;
    return { offset: toInt(o.offset ?? 0), axis1: o.axis1 ?? 0, axis2: o.axis2 ?? 1 };
  }
  return { offset: toInt(offset ?? 0), axis1: axis1 ?? 0, axis2: axis2 ?? 1 };
}

export function diagonalView(x: NDArray, offset: number, axis1: number, axis2: number): NDArray {
  if (x.ndim < 2) throw new ValueError('diag requires an array of at least two dimensions');
  const a1 = normalizeAxis(axis1, x.ndim);
  const a2 = normalizeAxis(axis2, x.ndim);
  if (a1 === a2) throw new ValueError('axis1 and axis2 cannot be the same');
  const n1 = x.shape[a1];
  const n2 = x.shape[a2];
  const s1 = x.elementStrides[a1];
  const s2 = x.elementStrides[a2];
  let off = x.offset;
  let len: number;
  if (offset >= 0) {
    len = Math.max(0, Math.min(n1, n2 - offset));
    if (len > 0) off += offset * s2;
  } else {
    len = Math.max(0, Math.min(n1 + offset, n2));
    if (len > 0) off += -offset * s1;
  }
  const shape: number[] = [];
  const strides: number[] = [];
  for (let d = 0; d < x.ndim; d++) {
    if (d !== a1 && d !== a2) {
      shape.push(x.shape[d]);
      strides.push(x.elementStrides[d]);
    }
  }
  shape.push(len);
  strides.push(s1 + s2);
  return new NDArray(x.data, x.dtype, shape, strides, off, x);
}

/**
 * The diagonal with the given offset of the 2-d sub-arrays in the plane (axis1, axis2); the
 * diagonal becomes the last axis of the result. A view.
 *
 * Parameters
 * - a: an array of at least 2 dimensions.
 * - offset: 0 (main), > 0 above, < 0 below; positional or `{offset}`.
 * - axis1, axis2: the plane (default 0 and 1).
 *
 * @example
 * np.diagonal(np.arange(9).reshape(3, 3))      // array([0, 4, 8])
 * np.diagonal(np.arange(9).reshape(3, 3), 1)   // array([1, 5])
 */
export function diagonal(a: ArrayLike, offset?: number | DiagonalOptions, axis1?: number, axis2?: number): NDArray {
  const o = diagArgs(offset, axis1, axis2);
  return diagonalView(asarray(a), o.offset, o.axis1, o.axis2);
}

/**
 * Sum along a diagonal: a number for 2-d input, else an array over the remaining axes.
 * Bool and integer inputs sum as int64 (unsigned as uint64), as NumPy's sum.
 *
 * Parameters
 * - a: an array of at least 2 dimensions.
 * - offset, axis1, axis2: as diagonal (positional or in the options).
 * - dtype: the accumulator/result dtype (in the options).
 *
 * @example
 * np.trace(np.arange(9).reshape(3, 3))      // 12
 * np.trace(np.eye(3), {offset: 1})          // 0
 */
export function trace(a: ArrayLike, offset?: number | (DiagonalOptions & { dtype?: DTypeLike | null; out?: NDArray | null }), axis1?: number, axis2?: number, dtype?: DTypeLike | null): any {
  const o = diagArgs(offset, axis1, axis2);
  const dt = isOpts(offset) ? (offset as { dtype?: DTypeLike | null }).dtype : dtype;
  const out = isOpts(offset) ? (offset as { out?: NDArray | null }).out : undefined;
  const d = diagonalView(asarray(a), o.offset, o.axis1, o.axis2);
  return sum(d, { axis: -1, dtype: dt ?? null, out: out ?? null });
}
