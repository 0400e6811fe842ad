/**
 * Array creation: zeros, ones, full, empty and their *_like forms, ranges, identity-like
 * matrices, meshgrid and fromfunction.
 */
import { type DType, type DTypeLike, toDType, castScalar, scalarKind, defaultDType, kindOf as dtypeKind } from './dtype';
import { NDArray, zerosOf, copyToContiguous } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { toShape, sizeOf } from './shape';
import { ValueError } from './errors';
import { allocate } from './allocate';
import { requireNumber, requireInt, requireCallable } from './validate';
import { reshape, broadcast_arrays } from './views';

/** Options of the creation functions: NumPy's `dtype=` keyword. */
export interface DTypeOption {
  dtype?: DTypeLike | null;
}

type ShapeLike = number | readonly number[];

/**
 * A new array of the given shape filled with zeros.
 *
 * Parameters
 * - shape: a number or a list of numbers (NumPy's int or tuple).
 * - dtype: element type, default float64.
 *
 * @example
 * np.zeros(3)                        // array([0., 0., 0.])
 * np.zeros([2, 2], {dtype: 'int32'})
 */
export function zeros(shape: ShapeLike, opts: DTypeOption = {}): NDArray {
  return zerosOf(toShape(shape), toDType(opts.dtype));
}

/**
 * A new array of the given shape filled with ones.
 *
 * @example
 * np.ones([3, 2])   // 3 rows, 2 columns of 1.
 */
export function ones(shape: ShapeLike, opts: DTypeOption = {}): NDArray {
  return full(shape, 1, { dtype: toDType(opts.dtype) });
}

/**
 * A new array without meaningful initial values (here: zeros, since typed arrays always are).
 *
 * @example
 * np.empty([2, 3]).shape   // [2, 3]
 */
export function empty(shape: ShapeLike, opts: DTypeOption = {}): NDArray {
  return zeros(shape, opts);
}

/**
 * A new array filled with `fill_value`; the dtype defaults to the value's (int64 for whole
 * numbers, float64 for fractions, bool for booleans).
 *
 * @example
 * np.full([2, 3], 7)   // array([[7, 7, 7], [7, 7, 7]])
 */
export function full(shape: ShapeLike, fill_value: number | boolean | ArrayLike, opts: DTypeOption = {}): NDArray {
  const s = toShape(shape);
  if (typeof fill_value === 'number' || typeof fill_value === 'boolean') {
    const dtype = toDType(opts.dtype, defaultDType(scalarKind(fill_value)));
    const out = zerosOf(s, dtype);
    if (dtypeKind(dtype) === 'c') {
      // (re, im) pairs: only the real parts take the value.
      const v = +fill_value;
      for (let i = 0; i < out.data.length; i += 2) out.data[i] = v;
    } else out.data.fill(castScalar(fill_value, dtype));
    return out;
  }
  const v = asarray(fill_value);
  const out = zerosOf(s, toDType(opts.dtype, v.dtype));
  const src = copyToContiguous(v, out.dtype);
  const view = new NDArray(src.data, src.dtype, s.slice(), broadcastTo(src.shape, src.elementStrides, s), 0);
  out.data.set(copyToContiguous(view).data);
  return out;
}

function broadcastTo(shape: number[], strides: number[], to: number[]): number[] {
  if (shape.length > to.length || shape.some((n, i) => n !== 1 && n !== to[to.length - shape.length + i])) {
    throw new ValueError(`could not broadcast input array from shape (${shape.join(',')}${shape.length === 1 ? ',' : ''}) into shape (${to.join(',')}${to.length === 1 ? ',' : ''})`);
  }
  return to.map((n, i) => {
    const j = i - (to.length - shape.length);
    return j < 0 || shape[j] === 1 ? 0 : strides[j];
  });
}

interface LikeOptions extends DTypeOption {
  shape?: ShapeLike;
}

/** An array of zeros with the shape and dtype of `a`. @example np.zeros_like(np.array([[1, 2], [3, 4]])) */
export function zeros_like(a: ArrayLike, opts: LikeOptions = {}): NDArray {
  const x = asarray(a);
  return zeros(opts.shape ?? x.shape, { dtype: opts.dtype ?? x.dtype });
}

/** An array of ones with the shape and dtype of `a`. @example np.ones_like(np.array([1.5, 2.5])) */
export function ones_like(a: ArrayLike, opts: LikeOptions = {}): NDArray {
  const x = asarray(a);
  return ones(opts.shape ?? x.shape, { dtype: opts.dtype ?? x.dtype });
}

/** An uninitialised (zero) array with the shape and dtype of `a`. @example np.empty_like(np.zeros([2, 3])) */
export function empty_like(a: ArrayLike, opts: LikeOptions = {}): NDArray {
  return zeros_like(a, opts);
}

/**
 * An array of `fill_value` with the shape and dtype of `a` (the value is cast: 2.7 into an
 * int array is 2).
 *
 * @example
 * np.full_like(np.array([1, 2, 3]), 2.7)   // array([2, 2, 2])
 */
export function full_like(a: ArrayLike, fill_value: number | boolean, opts: LikeOptions = {}): NDArray {
  const x = asarray(a);
  return full(opts.shape ?? x.shape, fill_value, { dtype: opts.dtype ?? x.dtype });
}

/**
 * Evenly spaced values in [start, stop) with the given step, as Python's range.
 *
 * Parameters
 * - start, stop, step: `arange(stop)`, `arange(start, stop)`, `arange(start, stop, step)`.
 * - dtype: default int64 when all arguments are whole numbers, else float64.
 *
 * @example
 * np.arange(5)            // array([0, 1, 2, 3, 4])
 * np.arange(2, 10, 3)     // array([2, 5, 8])
 * np.arange(0, 1, 0.25)   // array([0.  , 0.25, 0.5 , 0.75])
 */
export function arange(start: number, stop?: number | null | DTypeOption, step?: number | DTypeOption, opts: DTypeOption = {}): NDArray {
  if (typeof stop === 'object' && stop !== null) {
    opts = stop;
    stop = undefined;
  }
  if (typeof step === 'object' && step !== null) {
    opts = step;
    step = undefined;
  }
  let lo = requireNumber(start, 'arange', 'start');
  let hi = stop === undefined || stop === null ? stop : requireNumber(stop, 'arange', 'stop');
  if (hi === undefined || hi === null) {
    hi = lo;
    lo = 0;
  }
  const st = step === undefined ? 1 : requireNumber(step, 'arange', 'step');
  if (st === 0) throw new ValueError('Maximum allowed size exceeded');
  const whole = [lo, hi, st].every((v) => Number.isInteger(v));
  const dtype = toDType(opts.dtype, whole ? 'int64' : 'float64');
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  const out = new NDArray(allocate(dtype, n), dtype, [n]);
  // NumPy fills start + i * delta, with delta computed as (start + step) - start.
  const delta = lo + st - lo;
  for (let i = 0; i < n; i++) out.data[i] = castScalar(lo + i * delta, dtype);
  return out;
}

interface LinspaceOptions extends DTypeOption {
  endpoint?: boolean;
  retstep?: boolean;
}

/**
 * `num` evenly spaced samples over [start, stop].
 *
 * Parameters
 * - num: number of samples, default 50.
 * - endpoint: include `stop` (default true).
 * - retstep: also return the step, as `[samples, step]`.
 *
 * @example
 * np.linspace(0, 1, 5)   // array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 */
export function linspace(start: number, stop: number, num?: number | (LinspaceOptions & { retstep?: false }), opts?: LinspaceOptions & { retstep?: false }): NDArray;
/**
 * `num` evenly spaced samples over [start, stop], and the step between them (`retstep: true`).
 *
 * @example
 * const [x, step] = np.linspace(0, 1, 5, {retstep: true})   // step: 0.25
 */
export function linspace(start: number, stop: number, num: number | (LinspaceOptions & { retstep: true }), opts?: LinspaceOptions): [NDArray, number];
export function linspace(start: number, stop: number, num: number | LinspaceOptions = 50, opts: LinspaceOptions = {}): NDArray | [NDArray, number] {
  if (typeof num === 'object') {
    opts = num;
    num = 50;
  }
  start = requireNumber(start, 'linspace', 'start');
  stop = requireNumber(stop, 'linspace', 'stop');
  num = requireInt(num);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const endpoint = opts.endpoint ?? true;
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) y[i] = step === 0 ? (i / div) * delta + start : div > 0 ? i * step + start : i * delta + start;
  if (endpoint && num > 1) y[num - 1] = stop;
  let out = new NDArray(y, 'float64', [num]);
  if (opts.dtype) out = copyToContiguous(out, toDType(opts.dtype));
  return opts.retstep ? [out, step] : out;
}

/**
 * Numbers spaced evenly on a log scale: base ** linspace(start, stop, num).
 *
 * @example
 * np.logspace(0, 3, 4)   // array([   1.,   10.,  100., 1000.])
 */
export function logspace(start: number, stop: number, num: number | (LinspaceOptions & { base?: number }) = 50, opts: LinspaceOptions & { base?: number } = {}): NDArray {
  if (typeof num === 'object') {
    opts = num;
    num = 50;
  }
  const y = linspace(start, stop, num, { endpoint: opts.endpoint }) as NDArray;
  const base = opts.base ?? 10;
  const d = y.data as Float64Array;
  for (let i = 0; i < d.length; i++) d[i] = Math.pow(base, d[i]);
  return opts.dtype ? copyToContiguous(y, toDType(opts.dtype)) : y;
}

/**
 * A 2-d array with ones on the k-th diagonal and zeros elsewhere.
 *
 * @example
 * np.eye(3)          // the 3x3 identity
 * np.eye(2, 3, 1)    // ones just above the diagonal
 */
export function eye(N: number, M?: number | null | (DTypeOption & { k?: number }), k: number | (DTypeOption & { k?: number }) = 0, opts: DTypeOption & { k?: number } = {}): NDArray {
  if (typeof M === 'object' && M !== null) {
    opts = M;
    M = undefined;
    k = opts.k ?? 0;
  }
  if (typeof k === 'object') {
    opts = k;
    k = opts.k ?? 0;
  }
  const cols = (M as number | null | undefined) ?? N;
  const out = zeros([N, cols], { dtype: opts.dtype });
  for (let i = 0; i < N; i++) {
    const j = i + (k as number);
    if (j >= 0 && j < cols) out.data[i * cols + j] = 1;
  }
  return out;
}

/**
 * The n x n identity matrix.
 *
 * @example
 * np.identity(3)
 */
export function identity(n: number, opts: DTypeOption = {}): NDArray {
  return eye(n, n, 0, opts);
}

/**
 * Extracts a diagonal of a 2-d array (a view, as NumPy's), or builds a 2-d array with a
 * 1-d array on its diagonal.
 *
 * @example
 * np.diag([1, 2, 3])                        // 3x3 with 1, 2, 3 on the diagonal
 * np.diag(np.arange(9).reshape(3, 3))       // array([0, 4, 8])
 */
export function diag(v: ArrayLike, k = 0): NDArray {
  const a = asarray(v);
  if (a.ndim === 1) {
    const n = a.shape[0] + Math.abs(k);
    const out = zerosOf([n, n], a.dtype);
    const cplx = dtypeKind(a.dtype) === 'c';
    for (let i = 0; i < a.shape[0]; i++) {
      const r = k >= 0 ? i : i - k;
      const c = k >= 0 ? i + k : i;
      // complex storage is (re, im) pairs
      if (cplx) {
        out.data[2 * (r * n + c)] = a.flatGet(i);
        out.data[2 * (r * n + c) + 1] = a.flatGetImag(i);
      } else {
        out.data[r * n + c] = a.flatGet(i);
      }
    }
    return out;
  }
  if (a.ndim !== 2) throw new ValueError('Input must be 1- or 2-d.');
  const [rows, cols] = a.shape;
  const len = Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols));
  const off = a.offset + (k >= 0 ? k * a.elementStrides[1] : -k * a.elementStrides[0]);
  // NumPy returns a.diagonal(k): a view (read-only there; np arrays have no such flag).
  return new NDArray(a.data, a.dtype, [len], [a.elementStrides[0] + a.elementStrides[1]], len === 0 ? a.offset : off, a);
}

/**
 * An array with ones at and below the k-th diagonal and zeros elsewhere.
 *
 * Parameters
 * - N, M: rows and columns (M defaults to N).
 * - k: the diagonal at and below which the array is filled (0 the main one, positive
 *   above, negative below). M, k and dtype also go in `{M, k, dtype}`.
 *
 * @example
 * np.tri(3)   // lower triangle of ones
 * np.tri(2, 3, {k: 1, dtype: 'int64'})
 */
export function tri(N: number, M?: number | null | TriOptions, k: number | TriOptions = 0, opts: TriOptions = {}): NDArray {
  if (typeof M === 'object' && M !== null) {
    opts = M;
    M = opts.M;
    k = opts;
  }
  if (typeof k === 'object') {
    opts = k;
  }
  k = typeof k === 'number' ? k : opts.k ?? 0;
  // NumPy builds tri from aranges: a negative N or M is an empty axis, not an error.
  N = Math.max(0, requireInt(N));
  const cols = Math.max(0, requireInt(M ?? N));
  const out = zeros([N, cols], { dtype: opts.dtype });
  for (let i = 0; i < N; i++) for (let j = 0; j < cols && j <= i + k; j++) out.data[i * cols + j] = 1;
  return out;
}

/** Options of `np.tri`: NumPy's keywords. */
export interface TriOptions extends DTypeOption {
  M?: number | null;
  k?: number;
}

/** Options of `np.meshgrid`, as NumPy's keyword arguments. */
export interface MeshgridOptions {
  /** 'xy' (default, Cartesian: the first two axes swapped) or 'ij' (matrix). */
  indexing?: 'xy' | 'ij';
  /** Return arrays with length-1 axes (broadcastable to the grid) instead of full grids. */
  sparse?: boolean;
  /** true (default): fresh arrays; false: views of the inputs (broadcast when not sparse). */
  copy?: boolean;
}

/**
 * Coordinate matrices from coordinate vectors, `[X, Y] = np.meshgrid(x, y)`.
 *
 * Parameters
 * - xs: the coordinate arrays (flattened).
 * - indexing: 'xy' (default, Cartesian) or 'ij' (matrix).
 * - sparse: shapes like (1, nx) and (ny, 1) instead of full (ny, nx) grids.
 * - copy: false returns views (broadcast, with zero strides, unless sparse).
 *
 * @example
 * const [X, Y] = np.meshgrid(np.array([1, 2, 3]), np.array([4, 5]));   // both 2x3
 * np.meshgrid(np.array([1, 2, 3]), np.array([4, 5]), {sparse: true});  // shapes [1, 3], [2, 1]
 */
export function meshgrid(...args: (ArrayLike | MeshgridOptions)[]): NDArray[] {
  let opts: MeshgridOptions = {};
  const last = args[args.length - 1];
  if (last !== null && typeof last === 'object' && !(last instanceof NDArray) && !Array.isArray(last) && !ArrayBuffer.isView(last)) {
    opts = args.pop() as MeshgridOptions;
  }
  const indexing = opts.indexing ?? 'xy';
  if (indexing !== 'xy' && indexing !== 'ij') throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const n = args.length;
  // NumPy's steps, for its strides: reshape each input to -1 on its own axis, swap the
  // first two for 'xy', broadcast unless sparse, then copy (C order) unless copy=false.
  const unit = (i: number, len: number): number[] => Array.from({ length: n }, (_, d) => (d === i ? len : 1));
  let out = (args as ArrayLike[]).map((x, i) => reshape(asarray(x), unit(i, -1)));
  if (indexing === 'xy' && n > 1) {
    out[0] = reshape(out[0], unit(1, -1));
    out[1] = reshape(out[1], unit(0, -1));
  }
  if (!opts.sparse) out = broadcast_arrays(...out);
  return opts.copy === false ? out : out.map((x) => copyToContiguous(x));
}

/**
 * Builds an array by calling `fn` with one index array per axis (float64 by default, as NumPy).
 *
 * @example
 * np.fromfunction((i, j) => i.mul(10).add(j), [2, 3])   // array([[ 0.,  1.,  2.], [10., 11., 12.]])
 */
export function fromfunction(fn: (...idx: NDArray[]) => any, shape: readonly number[], opts: DTypeOption = {}): any {
  requireCallable(fn);
  const dtype: DType = toDType(opts.dtype);
  const s = toShape(shape);
  const n = sizeOf(s);
  const idx = s.map((_, axis) => {
    const out = zerosOf(s.slice(), dtype);
    let stride = 1;
    for (let d = s.length - 1; d > axis; d--) stride *= s[d];
    for (let i = 0; i < n; i++) out.data[i] = Math.floor(i / stride) % s[axis];
    return out;
  });
  return fn(...idx);
}

/**
 * A copy of an array (or array_like) that owns its data.
 *
 * @example
 * const b = np.copy(a);   // writing to b leaves a alone
 */
export function copy(a: ArrayLike): NDArray {
  return copyToContiguous(asarray(a));
}

/**
 * A C-contiguous array with the same elements: `a` itself when it already is one.
 *
 * @example
 * np.ascontiguousarray(a.T).strides   // C-order strides
 */
export function ascontiguousarray(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  const x = asarray(a, opts);
  return x.isCContiguous ? x : copyToContiguous(x);
}
