/** Statistics: differences and gradients. */
import { NDArray, zerosOf, copyToContiguous, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DType, promoteTypes, kindOf, isFloat } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { reshape, broadcast_to } from '../views';
import * as m from '../math';
import { Axis, isOptions, kwargs, range, axisTuple, sliceAxis, indexAxis, nd, concatAxis } from './helpers';


/** Options of diff. */
export interface DiffOptions {
  /** Number of times values are differenced (default 1). */
  n?: number;
  /** Axis along which to difference (default -1). */
  axis?: number;
  /** Values prepended along axis before differencing (a scalar is broadcast). */
  prepend?: ArrayLike;
  /** Values appended along axis before differencing. */
  append?: ArrayLike;
}

/**
 * The n-th discrete difference along an axis: out[i] = a[i+1] - a[i] (`!=` for bools).
 *
 * @example
 * np.diff(np.array([1, 2, 4, 7, 0]))          // array([ 1,  2,  3, -7])
 * np.diff(np.array([1, 2, 4, 7, 0]), 2)       // array([  1,   1, -10])
 * np.diff(m, {axis: 0})
 */
export function diff(a: ArrayLike, n?: number | DiffOptions, axis?: number | DiffOptions, opts: DiffOptions = {}): NDArray {
  const o = kwargs<DiffOptions>(['n', 'axis'], [n, axis, opts]);
  const order = o.n ?? 1;
  if (typeof order !== 'number' || !Number.isInteger(order)) {
    throw new NumpyTypeError(`'${typeof order === 'number' ? 'float' : typeof order}' object cannot be interpreted as an integer`);
  }
  if (order === 0) return asarray(a);
  if (order < 0) throw new ValueError(`order must be non-negative but got ${order}`);
  let x = asarray(a);
  const ndim = x.ndim;
  if (ndim === 0) throw new ValueError('diff requires input that is at least one dimensional');
  const ax = normalizeAxis(o.axis ?? -1, ndim);
  const edge = (v: ArrayLike): NDArray => {
    let e = asarray(v);
    if (e.ndim === 0) {
      const shape = x.shape.slice();
      shape[ax] = 1;
      e = broadcast_to(e, shape);
    }
    return e;
  };
  const parts: NDArray[] = [];
  if (o.prepend !== undefined) parts.push(edge(o.prepend));
  parts.push(x);
  if (o.append !== undefined) parts.push(edge(o.append));
  if (parts.length > 1) x = concatAxis(parts, ax);
  const op = x.dtype === 'bool' ? m.not_equal : m.subtract;
  for (let k = 0; k < order; k++) {
    x = op(sliceAxis(x, ax, 1, null), sliceAxis(x, ax, null, -1)) as NDArray;
    if (x.shape[ax] === 0) break; // further differences of an empty axis stay empty
  }
  return x;
}

/** Options of ediff1d. */
export interface Ediff1dOptions {
  /** Values appended at the end. */
  to_end?: ArrayLike | null;
  /** Values prepended at the start. */
  to_begin?: ArrayLike | null;
}

/**
 * Differences between consecutive elements of the flattened array, with optional values
 * before and after; the result keeps the input's dtype.
 *
 * @example
 * np.ediff1d(np.array([1, 2, 4, 7, 0]))                                   // array([ 1,  2,  3, -7])
 * np.ediff1d(np.array([1, 2, 4]), {to_begin: -99, to_end: [88, 99]})     // array([-99, 1, 2, 88, 99])
 */
export function ediff1d(ary: ArrayLike, to_end?: ArrayLike | null | Ediff1dOptions, to_begin?: ArrayLike | null | Ediff1dOptions, opts: Ediff1dOptions = {}): NDArray {
  const o = kwargs<Ediff1dOptions>(['to_end', 'to_begin'], [to_end, to_begin, opts]);
  const x0 = asarray(ary);
  const x = reshape(x0, [x0.size]);
  const dtype = x.dtype;
  const len = x.size;
  if ((o.to_begin === undefined || o.to_begin === null) && (o.to_end === undefined || o.to_end === null)) {
    return nd(m.subtract(sliceAxis(x, 0, 1, null), sliceAxis(x, 0, null, -1)));
  }
  const extra = (v: ArrayLike | null | undefined, name: string): NDArray | null => {
    if (v === undefined || v === null) return null;
    const e = asarray(v);
    if (!canCastSameKindStrict(e.dtype, dtype)) {
      throw new NumpyTypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    }
    return reshape(e, [e.size]);
  };
  const begin = extra(o.to_begin, 'to_begin');
  const end = extra(o.to_end, 'to_end');
  const lb = begin ? begin.size : 0;
  const le = end ? end.size : 0;
  const ld = Math.max(len - 1, 0);
  const out = zerosOf([ld + lb + le], dtype);
  if (begin) copyInto(sliceAxis(out, 0, 0, lb), begin);
  if (end) copyInto(sliceAxis(out, 0, lb + ld, null), end);
  m.subtract(sliceAxis(x, 0, 1, null), sliceAxis(x, 0, null, -1), { out: sliceAxis(out, 0, lb, lb + ld) });
  return out;
}

/** np.can_cast(from, to, 'same_kind') with NumPy's kind order b < u < i < f. */
export function canCastSameKindStrict(from: DType, to: DType): boolean {
  if (promoteTypes(from, to) === to) return true;
  const rank = { b: 0, u: 1, i: 2, f: 3, c: 4 } as const;
  return rank[kindOf(from)] <= rank[kindOf(to)];
}

/** Options of gradient. */
export interface GradientOptions {
  /** Axis or axes to differentiate along (default: all). */
  axis?: Axis;
  /** Accuracy at the boundaries: 1 (default) or 2. */
  edge_order?: number;
}

/**
 * The gradient of an N-d array: second-order central differences inside, first- or
 * second-order one-sided differences at the edges. Spacings follow `f` as NumPy's
 * varargs: one scalar for all axes, or one scalar or coordinate array per axis.
 * Returns an array for one axis, a JS array of arrays (a tuple) for several.
 *
 * @example
 * np.gradient(np.array([1, 2, 4, 7, 11, 16]))                  // array([1. , 1.5, 2.5, 3.5, 4.5, 5. ])
 * np.gradient(np.array([1, 2, 4, 7, 11, 16]), 2)               // spacing 2
 * np.gradient(f, {edge_order: 2})
 * const [gy, gx] = np.gradient(np.array([[1, 2, 6], [3, 4, 5]]));
 */
export function gradient(f: ArrayLike, ...args: (number | ArrayLike | GradientOptions)[]): any {
  let o: GradientOptions = {};
  const varargs = args.slice() as (number | ArrayLike)[];
  if (varargs.length && isOptions(varargs[varargs.length - 1])) o = varargs.pop() as GradientOptions;
  let F = asarray(f);
  const N = F.ndim;
  const axes = o.axis === undefined || o.axis === null ? range(N) : axisTuple(o.axis, N);
  const edgeOrder = o.edge_order ?? 1;
  const n = varargs.length;
  let dx: (number | NDArray)[];
  const ndimOf = (v: number | ArrayLike): number => (typeof v === 'number' || typeof v === 'boolean' ? 0 : asarray(v).ndim);
  const asSpacing = (v: number | ArrayLike): number | NDArray => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : asarray(v));
  if (n === 0) dx = axes.map(() => 1.0);
  else if (n === 1 && ndimOf(varargs[0]) === 0) dx = axes.map(() => asSpacing(varargs[0]));
  else if (n === axes.length) {
    dx = varargs.map((v, i) => {
      if (ndimOf(v) === 0) return asSpacing(v);
      let d = asarray(v);
      if (d.ndim !== 1) throw new ValueError('distances must be either scalars or 1d');
      if (d.shape[0] !== F.shape[axes[i]]) throw new ValueError('when 1d, distances must match the length of the corresponding dimension');
      if (kindOf(d.dtype) === 'i' || kindOf(d.dtype) === 'u') d = copyToContiguous(d, 'float64');
      const diffx = diff(d);
      const first = diffx.size ? diffx.flatGet(0) : NaN;
      let constant = diffx.size > 0;
      for (let k = 0; k < diffx.size && constant; k++) if (diffx.flatGet(k) !== first) constant = false;
      return constant ? indexAxis(diffx, 0, 0) : diffx;
    });
  } else throw new NumpyTypeError('invalid number of arguments');
  if (edgeOrder > 2) throw new ValueError("'edge_order' greater than 2 not supported");
  let otype: DType = F.dtype;
  if (!isFloat(otype)) {
    if (kindOf(otype) !== 'b') F = copyToContiguous(F, 'float64');
    otype = 'float64';
  }
  const outvals: NDArray[] = [];
  const put = (dst: NDArray, v: NDArray | number | boolean) => copyInto(dst, nd(v).ndim === dst.ndim ? nd(v) : broadcast_to(nd(v), dst.shape));
  axes.forEach((axis, i) => {
    const axDx = dx[i];
    if (F.shape[axis] < edgeOrder + 1) {
      throw new ValueError('Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.');
    }
    const out = zerosOf(F.shape.slice(), otype);
    const uniform = typeof axDx === 'number' || axDx.ndim === 0;
    const sl = (s: number | null, e: number | null) => sliceAxis(F, axis, s, e);
    const at = (k: number) => indexAxis(F, axis, k);
    const { add, subtract: sub, multiply: mul, divide: div, negative: neg } = m;
    if (uniform) {
      put(sliceAxis(out, axis, 1, -1), div(sub(sl(2, null), sl(null, -2)), mul(2.0, axDx)));
    } else {
      const d = axDx as NDArray;
      const dx1 = sliceAxis(d, 0, 0, -1);
      const dx2 = sliceAxis(d, 0, 1, null);
      const shape = F.shape.map(() => 1);
      shape[axis] = -1;
      const fix = (v: NDArray | number | boolean) => reshape(nd(v), shape.map((s) => (s === -1 ? dx1.shape[0] : 1)));
      const A = fix(div(neg(dx2), mul(dx1, add(dx1, dx2))));
      const B = fix(div(sub(dx2, dx1), mul(dx1, dx2)));
      const C = fix(div(dx1, mul(dx2, add(dx1, dx2))));
      put(sliceAxis(out, axis, 1, -1), add(add(mul(A, sl(null, -2)), mul(B, sl(1, -1))), mul(C, sl(2, null))));
    }
    const dAt = (k: number): number | NDArray => (uniform ? axDx : indexAxis(axDx as NDArray, 0, k));
    if (edgeOrder === 1) {
      put(indexAxis(out, axis, 0), div(sub(at(1), at(0)), dAt(0)));
      put(indexAxis(out, axis, -1), div(sub(at(-1), at(-2)), dAt(-1)));
    } else {
      let a: any, b: any, c: any;
      if (uniform) {
        a = div(-1.5, axDx);
        b = div(2.0, axDx);
        c = div(-0.5, axDx);
      } else {
        const dx1 = dAt(0);
        const dx2 = dAt(1);
        a = div(neg(add(mul(2.0, dx1), dx2)), mul(dx1, add(dx1, dx2)));
        b = div(add(dx1, dx2), mul(dx1, dx2));
        c = div(neg(dx1), mul(dx2, add(dx1, dx2)));
      }
      put(indexAxis(out, axis, 0), add(add(mul(a, at(0)), mul(b, at(1))), mul(c, at(2))));
      if (uniform) {
        a = div(0.5, axDx);
        b = div(-2.0, axDx);
        c = div(1.5, axDx);
      } else {
        const dx1 = dAt(-2);
        const dx2 = dAt(-1);
        a = div(dx2, mul(dx1, add(dx1, dx2)));
        b = div(neg(add(dx2, dx1)), mul(dx1, dx2));
        c = div(add(mul(2.0, dx2), dx1), mul(dx2, add(dx1, dx2)));
      }
      put(indexAxis(out, axis, -1), add(add(mul(a, at(-3)), mul(b, at(-2))), mul(c, at(-1))));
    }
    outvals.push(out);
  });
  return axes.length === 1 ? outvals[0] : outvals;
}
