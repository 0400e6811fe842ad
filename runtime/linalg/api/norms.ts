/** np.linalg.norm, vector_norm and matrix_norm: NumPy's orders (fro, nuc, 1, 2, inf, -1, -2, -inf, p) over axes, with keepdims. */
import { NDArray } from '../../ndarray';
import { asarray, type ArrayLike } from '../../asarray';
import { NumpyTypeError, ValueError } from '../../errors';
import { normalizeAxis, sizeOf } from '../../shape';
import { matrixNorm, vectorNorm, type NormOrd } from '../norm';
import { batchOffsets, fromFloat64 } from '../stack';
import { MATRIX_ORDS, scalar } from './common';

// ---------------------------------------------------------------------------------------
// norm

/** Keyword options of np.linalg.norm. */
export interface NormOptions {
  ord?: NormOrd | 'f';
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
}

/**
 * Matrix or vector norm (np.linalg.norm).
 *
 * Parameters
 * - x: array_like.
 * - ord: null (2-norm of the flattened array, Frobenius for matrices), 'fro', 'nuc',
 *   Infinity, -Infinity, 0, 1, -1, 2, -2, or any p for vector p-norms.
 * - axis: null (all axes; 1-d and 2-d inputs), an axis (vector norms), or two axes
 *   (matrix norms). keepdims: keep the reduced axes with length 1.
 * Positional (`norm(x, ord, axis, keepdims)`) or as options (`norm(x, {ord, axis})`).
 *
 * @example
 * np.linalg.norm(np.array([3, 4]))                           // 5
 * np.linalg.norm(np.array([3, -4]), {ord: Infinity})         // 4
 * np.linalg.norm(np.array([[1, 2], [3, 4]]), 'fro')         // 5.477225575051661
 * np.linalg.norm(np.array([[1, 2], [3, 4]]), {axis: 1})     // array([2.23606798, 5.        ])
 */
export function norm(
  x: ArrayLike, ord: NormOrd | 'f' | NormOptions = null, axis: number | readonly number[] | null = null, keepdims = false,
): any {
  let o: NormOrd | 'f' = null;
  let ax = axis;
  let kd = keepdims;
  if (ord !== null && typeof ord === 'object') {
    o = ord.ord ?? null;
    ax = ord.axis ?? null;
    kd = ord.keepdims ?? false;
  } else {
    o = ord;
  }
  if (o === 'f') o = 'fro';
  const a = asarray(x);
  const dt = a.dtype === 'float32' ? 'float32' : 'float64';
  const nd = a.ndim;
  const wrap = (vals: Float64Array, shape: number[]): any =>
    shape.length === 0 ? scalar(vals[0], dt) : fromFloat64(vals, shape, dt);

  if (ax === null || ax === undefined) {
    if (o === null || o === undefined || (o === 'fro' && nd === 2) || (o === 2 && nd === 1)) {
      const d = a.contiguousData();
      let s = 0;
      for (let i = 0; i < d.length; i++) s += d[i] * d[i];
      const v = Math.sqrt(s);
      return kd ? fromFloat64(new Float64Array([v]), new Array(nd).fill(1), dt) : scalar(v, dt);
    }
    ax = Array.from({ length: nd }, (_, i) => i);
  }
  const axes = typeof ax === 'number' ? [ax] : Array.from(ax);
  for (const v of axes) {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new NumpyTypeError("'axis' must be None, an integer or a tuple of integers");
  }
  if (axes.length === 1) {
    const k = normalizeAxis(axes[0], nd);
    if (typeof o === 'string') throw new ValueError(`Invalid norm order '${o}' for vectors`);
    const rest = a.shape.map((_, i) => i).filter((i) => i !== k);
    const outShape = rest.map((i) => a.shape[i]);
    const offs = batchOffsets(outShape, rest.map((i) => a.elementStrides[i]), a.offset, outShape);
    const vals = new Float64Array(offs.length);
    for (let t = 0; t < offs.length; t++) vals[t] = vectorNorm(a.data, offs[t], a.elementStrides[k], a.shape[k], o);
    const shape = kd ? a.shape.map((s, i) => (i === k ? 1 : s)) : outShape;
    return wrap(vals, shape);
  }
  if (axes.length === 2) {
    const r = normalizeAxis(axes[0], nd);
    const c = normalizeAxis(axes[1], nd);
    if (r === c) throw new ValueError('Duplicate axes given.');
    const rest = a.shape.map((_, i) => i).filter((i) => i !== r && i !== c);
    const outShape = rest.map((i) => a.shape[i]);
    const offs = batchOffsets(outShape, rest.map((i) => a.elementStrides[i]), a.offset, outShape);
    const vals = new Float64Array(offs.length);
    for (let t = 0; t < offs.length; t++) {
      vals[t] = matrixNorm(a.data, offs[t], a.elementStrides[r], a.elementStrides[c], a.shape[r], a.shape[c], o);
    }
    if (offs.length === 0 && !MATRIX_ORDS.includes(o)) throw new ValueError('Invalid norm order for matrices.');
    const shape = kd ? a.shape.map((s, i) => (i === r || i === c ? 1 : s)) : outShape;
    return wrap(vals, shape);
  }
  throw new ValueError('Improper number of dimensions to norm.');
}

/**
 * Vector norm over `axis` (all axes by default), the array API's np.linalg.vector_norm.
 *
 * @example
 * np.linalg.vector_norm(np.array([[3, 4], [6, 8]]))             // 11.180339887498949
 * np.linalg.vector_norm(np.array([[3, 4], [6, 8]]), {axis: 1})  // array([ 5., 10.])
 */
export function vector_norm(
  x: ArrayLike, opts: { axis?: number | readonly number[] | null; keepdims?: boolean; ord?: number } = {},
): any {
  const a = asarray(x);
  const ord = opts.ord ?? 2;
  if (opts.axis === undefined || opts.axis === null || (Array.isArray(opts.axis) && opts.axis.length !== 1)) {
    // flatten the reduced axes into one
    const axes = opts.axis === undefined || opts.axis === null
      ? a.shape.map((_, i) => i)
      : (opts.axis as readonly number[]).map((v) => normalizeAxis(v, a.ndim));
    const keep = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
    const moved = new NDArray(a.data, a.dtype, [...keep, ...axes].map((i) => a.shape[i]), [...keep, ...axes].map((i) => a.elementStrides[i]), a.offset, a);
    const flat = asarray(moved.copy());
    const reshaped = new NDArray(flat.data, flat.dtype, [...keep.map((i) => a.shape[i]), sizeOf(axes.map((i) => a.shape[i]))]);
    const r = norm(reshaped, ord, -1);
    if (!opts.keepdims) return r;
    const shape = a.shape.map((s, i) => (axes.includes(i) ? 1 : s));
    const ra = asarray(r);
    return new NDArray(ra.data, ra.dtype, shape);
  }
  return norm(a, ord, opts.axis, opts.keepdims ?? false);
}

/**
 * Matrix norm over the last two axes, the array API's np.linalg.matrix_norm
 * (ord 'fro' by default).
 *
 * @example
 * np.linalg.matrix_norm(np.array([[1, 2], [3, 4]]))   // 5.477225575051661
 */
export function matrix_norm(x: ArrayLike, opts: { keepdims?: boolean; ord?: NormOrd } = {}): any {
  return norm(x, opts.ord ?? 'fro', [-2, -1], opts.keepdims ?? false);
}
