/**
 * Index tricks, as NumPy's `lib/_index_tricks_impl.py` and the index helpers of its core:
 * flat indices to and from multi-indices (unravel_index, ravel_multi_index), grids of
 * indices (indices, ix_) and fill_diagonal.
 */
import { type DType, type DTypeLike, toDType, kindOf, castScalar } from '../dtype';
import { NDArray, zerosOf } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { broadcastShapes, broadcastStrides, sizeOf, shapeStr } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { nonzero } from '../sorting';
import { isOpts, indexArg, dimsArg } from './common';

type Order = 'C' | 'F';

function orderOf(order: unknown): Order {
  if (order === undefined || order === null || order === 'C' || order === 'A' || order === 'K') return 'C';
  if (order === 'F') return 'F';
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
}

/** Integer index arrays: bool and integer dtypes pass, floats are NumPy's TypeError. */
function intIndices(v: ArrayLike): NDArray {
  const a = asarray(v);
  if (kindOf(a.dtype) === 'f') throw new NumpyTypeError('only int indices permitted');
  return a;
}

/**
 * The multi-index `[i0, i1, ...]` of each flat index into an array of `shape`: a JS array
 * (NumPy's tuple) of int64 arrays shaped like `indices`, or of numbers for a number.
 *
 * Parameters
 * - indices: flat indices (a number or an integer array).
 * - shape: the array's shape.
 * - order: 'C' (default, row-major) or 'F', positional or `{order}`.
 *
 * @example
 * np.unravel_index(22, [7, 6])                   // [3, 4]
 * np.unravel_index(np.array([22, 41, 37]), [7, 6])   // [array([3, 6, 6]), array([4, 5, 1])]
 */
export function unravel_index(indices: ArrayLike, shape: number | readonly number[], order?: Order | { order?: Order }): any {
  const ord = orderOf(isOpts(order) ? order.order : order);
  const dims = dimsArg(shape);
  const idx = intIndices(indices);
  const size = dims.reduce((p, n) => p * n, 1);
  const n = idx.size;
  const outs = dims.map(() => new Float64Array(n));
  for (let k = 0; k < n; k++) {
    let v = idx.flatGet(k);
    if (v < 0 || v >= size) throw new ValueError(`index ${v} is out of bounds for array with size ${size}`);
    if (ord === 'C') {
      for (let d = dims.length - 1; d >= 0; d--) {
        outs[d][k] = v % dims[d];
        v = Math.floor(v / dims[d]);
      }
    } else {
      for (let d = 0; d < dims.length; d++) {
        outs[d][k] = v % dims[d];
        v = Math.floor(v / dims[d]);
      }
    }
  }
  if (idx.ndim === 0) return outs.map((o) => o[0]);
  return outs.map((o) => new NDArray(o, 'int64', idx.shape.slice()));
}

type ClipMode = 'raise' | 'wrap' | 'clip';

function clipModeOf(m: unknown): ClipMode {
  if (m === undefined || m === null || m === 'raise') return 'raise';
  if (m === 'wrap' || m === 'clip') return m;
  throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(m)}')`);
}

/** Options of np.ravel_multi_index. */
export interface RavelMultiIndexOptions {
  /** 'raise' (default), 'wrap' or 'clip', or one per dimension. */
  mode?: ClipMode | readonly ClipMode[];
  /** 'C' (default) or 'F'. */
  order?: Order;
}

/**
 * The flat index of each multi-index into an array of shape `dims`: an int64 array
 * shaped like the broadcast index arrays, or a number when they are all numbers.
 *
 * Parameters
 * - multi_index: one integer array (or number) per dimension.
 * - dims: the array's shape.
 * - mode: what an out-of-range index does: 'raise' (default), 'wrap', 'clip', or a list
 *   with one per dimension.
 * - order: 'C' (default) or 'F'.
 *
 * @example
 * np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], [7, 6])   // array([22, 41, 37])
 * np.ravel_multi_index([3, 1], [4, 4], {order: 'F'})    // 7
 */
export function ravel_multi_index(
  multi_index: readonly ArrayLike[] | NDArray, dims: number | readonly number[], mode?: ClipMode | readonly ClipMode[] | RavelMultiIndexOptions, order?: Order,
): any {
  const opts: RavelMultiIndexOptions = isOpts(mode) ? (mode as RavelMultiIndexOptions) : { mode: mode as ClipMode | undefined, order };
  const shape = dimsArg(dims);
  const ord = orderOf(opts.order);
  const modes = Array.isArray(opts.mode) ? (opts.mode as unknown[]).map(clipModeOf) : shape.map(() => clipModeOf(opts.mode));
  let parts: NDArray[];
  if (multi_index instanceof NDArray) parts = multi_index.ndim === 0 ? [multi_index] : Array.from({ length: multi_index.shape[0] }, (_, i) => asarray(multi_index.get(i)));
  else if (Array.isArray(multi_index)) parts = multi_index.map((p) => intIndices(p));
  else parts = [intIndices(multi_index as ArrayLike)];
  if (parts.length !== shape.length) throw new ValueError(`parameter multi_index must be a sequence of length ${shape.length}`);
  if (modes.length !== shape.length) throw new ValueError(`parameter mode must be a sequence of length ${shape.length}`);
  for (const p of parts) if (kindOf(p.dtype) === 'f') throw new NumpyTypeError('only int indices permitted');
  let out: number[] = [];
  try {
    out = broadcastShapes(...parts.map((p) => p.shape));
  } catch {
    throw new ValueError(`operands could not be broadcast together with shapes ${parts.map((p) => shapeStr(p.shape)).join(' ')} `);
  }
  const n = sizeOf(out);
  const strides = parts.map((p) => broadcastStrides(p.shape, p.elementStrides, out));
  const res = new Float64Array(n);
  const mult: number[] = new Array(shape.length);
  let m = 1;
  for (let j = 0; j < shape.length; j++) {
    const d = ord === 'C' ? shape.length - 1 - j : j;
    mult[d] = m;
    m *= shape[d];
  }
  const pos = new Array(out.length).fill(0);
  for (let k = 0; k < n; k++) {
    let flat = 0;
    for (let d = 0; d < shape.length; d++) {
      const p = parts[d];
      let off = p.offset;
      for (let a = 0; a < out.length; a++) off += pos[a] * strides[d][a];
      let v = Number(p.data[off]);
      const len = shape[d];
      if (v < 0 || v >= len) {
        if (modes[d] === 'raise') throw new ValueError('invalid entry in coordinates array');
        if (modes[d] === 'wrap') v = ((v % len) + len) % len;
        else v = v < 0 ? 0 : len - 1;
      }
      flat += v * mult[d];
    }
    res[k] = flat;
    for (let a = out.length - 1; a >= 0; a--) {
      if (++pos[a] < out[a]) break;
      pos[a] = 0;
    }
  }
  if (out.length === 0) return res[0];
  return new NDArray(res, 'int64', out);
}

/** Options of np.indices. */
export interface IndicesOptions {
  /** dtype of the result (default int64). */
  dtype?: DTypeLike | null;
  /** Return one broadcastable array per axis instead of a stacked grid. */
  sparse?: boolean;
}

/**
 * An array of grid indices: shape `[len(dimensions), ...dimensions]`, whose i-th
 * sub-array holds each element's index along axis i. With `sparse: true`, a JS array of
 * arrays shaped 1 on every axis but their own (as `np.ix_`).
 *
 * Parameters
 * - dimensions: the grid's shape.
 * - dtype: default int64; sparse: see above (both positional or `{dtype, sparse}`).
 *
 * @example
 * np.indices([2, 3])        // array([[[0, 0, 0], [1, 1, 1]], [[0, 1, 2], [0, 1, 2]]])
 * np.indices([2, 3], {sparse: true})   // [array([[0], [1]]), array([[0, 1, 2]])]
 */
export function indices(dimensions: number | readonly number[], dtype?: DTypeLike | null | IndicesOptions, sparse?: boolean): any {
  let opts: IndicesOptions = {};
  if (isOpts(dtype)) opts = dtype as IndicesOptions;
  else opts = { dtype: dtype as DTypeLike | null | undefined, sparse };
  const dims = dimsArg(dimensions);
  for (const n of dims) if (n < 0) throw new ValueError('negative dimensions are not allowed');
  const dt: DType = toDType(opts.dtype, 'int64');
  const N = dims.length;
  if (opts.sparse) {
    return dims.map((len, i) => {
      const shape = dims.map((_, j) => (j === i ? len : 1));
      const a = zerosOf(shape, dt);
      for (let k = 0; k < len; k++) a.data[k] = castScalar(k, dt);
      return a;
    });
  }
  const size = sizeOf(dims);
  const out = zerosOf([N, ...dims], dt);
  for (let i = 0; i < N; i++) {
    let stride = 1;
    for (let d = N - 1; d > i; d--) stride *= dims[d];
    for (let k = 0; k < size; k++) out.data[i * size + k] = castScalar(Math.floor(k / stride) % dims[i], dt);
  }
  return out;
}

/**
 * An open mesh from 1-d sequences: a JS array of N arrays, the i-th shaped 1 on every axis
 * but axis i, so that `a.get(...np.ix_(rows, cols))` picks the cross product. Boolean
 * sequences become the indices of their true elements.
 *
 * @example
 * const a = np.arange(10).reshape(2, 5);
 * a.get(...np.ix_([0, 1], [2, 4]))   // array([[2, 4], [7, 9]])
 */
export function ix_(...args: ArrayLike[]): NDArray[] {
  const nd = args.length;
  return args.map((seq, k) => {
    let a = Array.isArray(seq) && seq.length === 0 ? zerosOf([0], 'int64') : asarray(seq);
    if (a.ndim !== 1) throw new ValueError('Cross index must be 1 dimensional');
    if (a.size === 0) a = a.astype('int64');
    else if (a.dtype === 'bool') a = nonzero(a)[0];
    const shape = Array.from({ length: nd }, (_, j) => (j === k ? a.shape[0] : 1));
    const c = a.isCContiguous && a.offset === 0 && a.base === null ? a : a.copy();
    return new NDArray(c.data, c.dtype, shape);
  });
}

/**
 * Fills the main diagonal of an array in place (every axis the same length for more than
 * two dimensions); `val` is cast to the array's dtype, and an array of values repeats.
 *
 * Parameters
 * - a: the array (at least 2-d), modified in place.
 * - val: the value(s) to write.
 * - wrap: for a tall 2-d array, continue the diagonal after N+1 rows (default false),
 *   positional or `{wrap}`.
 *
 * @example
 * const a = np.zeros([3, 3], {dtype: 'int64'});
 * np.fill_diagonal(a, 5);   // a is array([[5, 0, 0], [0, 5, 0], [0, 0, 5]])
 */
export function fill_diagonal(a: NDArray, val: ArrayLike, wrap: boolean | { wrap?: boolean } = false): void {
  const w = isOpts(wrap) ? !!wrap.wrap : !!wrap;
  if (!(a instanceof NDArray)) throw new NumpyTypeError(`fill_diagonal() argument 'a' must be an ndarray, not '${Array.isArray(a) ? 'list' : typeof a}'`);
  if (a.ndim < 2) throw new ValueError('array must be at least 2-d');
  let end: number | null = null;
  let step: number;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!w) end = a.shape[1] * a.shape[1];
  } else {
    if (a.shape.some((n) => n !== a.shape[0])) throw new ValueError('All dimensions of input must be of equal length');
    step = 1;
    let p = 1;
    for (let i = 0; i < a.ndim - 1; i++) {
      p *= a.shape[i];
      step += p;
    }
  }
  const v = asarray(val);
  const vals = Array.from({ length: v.size }, (_, i) => v.flatGet(i));
  if (vals.length === 0) return;
  const stop = Math.min(a.size, end ?? a.size);
  for (let i = 0, j = 0; i < stop; i += step, j++) a.flatSet(i, castScalar(vals[j % vals.length], a.dtype));
}

/**
 * The indices of the main diagonal of an n x n x ... array: a JS array of `ndim` int64
 * arrays `[0, 1, ..., n-1]`.
 *
 * Parameters
 * - n: the length of every axis.
 * - ndim: the number of dimensions (default 2), positional or `{ndim}`.
 *
 * @example
 * const a = np.arange(16).reshape(4, 4);
 * a.set(...np.diag_indices(4), 100);   // a's diagonal is now 100
 */
export function diag_indices(n: number, ndim: number | { ndim?: number } = 2): NDArray[] {
  const len = Math.max(0, indexArg(n));
  const nd = isOpts(ndim) ? indexArg(ndim.ndim ?? 2) : indexArg(ndim);
  return Array.from({ length: Math.max(0, nd) }, () => {
    const r = zerosOf([len], 'int64');
    for (let i = 0; i < len; i++) r.data[i] = i;
    return r;
  });
}

/**
 * The indices of the main diagonal of an array whose axes all have one length.
 *
 * @example
 * np.diag_indices_from(np.ones([3, 3]))   // [array([0, 1, 2]), array([0, 1, 2])]
 */
export function diag_indices_from(arr: ArrayLike): NDArray[] {
  const a = asarray(arr);
  if (a.ndim < 2) throw new ValueError('input array must be at least 2-d');
  if (a.shape.some((n) => n !== a.shape[0])) throw new ValueError('All dimensions of input must be of equal length');
  return diag_indices(a.shape[0], a.ndim);
}

/**
 * The indices where `mask_func(np.ones([n, n], int), k)` is non-zero, as `[rows, cols]`:
 * `np.mask_indices(3, np.triu)` is `np.triu_indices(3)`.
 *
 * @example
 * np.mask_indices(3, np.triu, 1)   // [array([0, 0, 1]), array([1, 2, 2])]
 */
export function mask_indices(n: number, mask_func: (m: NDArray, k: number) => ArrayLike, k: number | { k?: number } = 0): NDArray[] {
  const len = indexArg(n);
  const f = mask_func as unknown;
  if (typeof f !== 'function') throw new NumpyTypeError(`'${f === null || f === undefined ? 'NoneType' : typeof f === 'string' ? 'str' : 'object'}' object is not callable`);
  const kk = isOpts(k) ? (k.k ?? 0) : k;
  const m = zerosOf([Math.max(0, len), Math.max(0, len)], 'int64');
  m.data.fill(1);
  return nonzero(asarray(mask_func(m, kk)));
}
