/**
 * Function-level helpers, as NumPy's `lib/_function_base_impl.py` and `_shape_base_impl.py`:
 * geomspace, apply_along_axis, vectorize and kron.
 */
import { type DType, type DTypeLike, toDType, castScalar } from '../dtype';
import { NDArray, zerosOf, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { allocate } from '../allocate';
import { broadcastShapes, broadcastStrides, normalizeAxis, sizeOf, shapeStr } from '../shape';
import { ValueError, NumpyTypeError } from '../errors';
import { requireCallable, pyTypeName } from '../validate';
import { transpose, reshape, moveaxis } from '../views';
import { getItem, setItem } from '../indexing';
import { multiply } from '../math';
import { isOpts, indexArg } from './common';

/** Options of np.geomspace. */
export interface GeomspaceOptions {
  /** Include `stop` (default true). */
  endpoint?: boolean;
  /** dtype of the result (default float64; an integer dtype truncates). */
  dtype?: DTypeLike | null;
  /** Axis of the result along which the samples go, for array start/stop (default 0). */
  axis?: number;
}

/**
 * Numbers spaced evenly on a log scale between `start` and `stop` (both ends included by
 * default): a geometric progression. Negative ranges work; zero cannot be an end.
 *
 * Parameters
 * - start, stop: the ends (numbers or arrays, broadcast together).
 * - num: number of samples (default 50).
 * - endpoint, dtype, axis: as NumPy's keywords.
 *
 * @example
 * np.geomspace(1, 1000, 4)         // array([   1.,   10.,  100., 1000.])
 * np.geomspace(-1000, -1, 4)       // array([-1000.,  -100.,   -10.,    -1.])
 */
export function geomspace(start: ArrayLike, stop: ArrayLike, num: number | GeomspaceOptions = 50, opts: GeomspaceOptions = {}): NDArray {
  if (isOpts(num)) {
    opts = num as GeomspaceOptions;
    num = 50;
  }
  const n = indexArg(num);
  if (n < 0) throw new ValueError(`Number of samples, ${n}, must be non-negative.`);
  for (const [v, name] of [[start, 'start'], [stop, 'stop']] as const) {
    if (typeof v === 'string' || v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol' || isOpts(v)) {
      throw new NumpyTypeError(`geomspace() argument '${name}' must be a real number or array, not '${pyTypeName(v)}'`);
    }
  }
  const a = asarray(start);
  const b = asarray(stop);
  for (const x of [a, b]) for (let i = 0; i < x.size; i++) if (x.flatGet(i) === 0) throw new ValueError('Geometric sequence cannot include zero');
  const shape = broadcastShapes(a.shape, b.shape);
  const m = sizeOf(shape);
  const as = broadcastStrides(a.shape, a.elementStrides, shape);
  const bs = broadcastStrides(b.shape, b.elementStrides, shape);
  const endpoint = opts.endpoint ?? true;
  const div = endpoint ? n - 1 : n;
  const out = new Float64Array(n * m);
  const pos = new Array(shape.length).fill(0);
  for (let k = 0; k < m; k++) {
    let ao = a.offset;
    let bo = b.offset;
    for (let d = 0; d < shape.length; d++) {
      ao += pos[d] * as[d];
      bo += pos[d] * bs[d];
    }
    const s0 = Number(a.data[ao]);
    const e0 = Number(b.data[bo]);
    // NumPy: divide out the sign of start, logspace between the log10s, fix the ends.
    const sign = s0 > 0 ? 1 : s0 < 0 ? -1 : s0;
    const s = s0 / sign;
    const e = e0 / sign;
    const ls = Math.log10(s);
    const le = Math.log10(e);
    const delta = le - ls;
    const step = div > 0 ? delta / div : NaN;
    for (let i = 0; i < n; i++) {
      const y = div > 0 ? (step === 0 ? (i / div) * delta + ls : i * step + ls) : i * delta + ls;
      out[i * m + k] = Math.pow(10.0, endpoint && n > 1 && i === n - 1 ? le : y);
    }
    if (n > 0) out[k] = s;
    if (n > 1 && endpoint) out[(n - 1) * m + k] = e;
    for (let i = 0; i < n; i++) out[i * m + k] *= sign;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++pos[d] < shape[d]) break;
      pos[d] = 0;
    }
  }
  let res = new NDArray(out, 'float64', [n, ...shape]);
  const axis = opts.axis ?? 0;
  if (axis !== 0) res = moveaxis(res, 0, axis);
  return opts.dtype ? copyToContiguous(res, toDType(opts.dtype)) : res;
}

/**
 * Applies a function to 1-d slices along an axis: `func1d(slice, ...args)` for every slice,
 * the results (numbers or arrays, all one shape) stacked where the axis was. The result's
 * dtype is the first array result's; JS number results give int64 when all are whole,
 * float64 otherwise (bool when all are booleans).
 *
 * Parameters
 * - func1d: takes a 1-d array and returns a number or an array.
 * - axis: the axis the slices run along.
 * - arr: the input array.
 * - args: passed on to func1d.
 *
 * @example
 * const b = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
 * np.apply_along_axis((r) => np.sum(r), 1, b)                     // array([ 6, 15, 24])
 * np.apply_along_axis((r) => np.sort(r).get("::-1"), 0, b)        // each column reversed-sorted
 */
export function apply_along_axis(func1d: (a: NDArray, ...args: any[]) => ArrayLike, axis: number, arr: ArrayLike, ...args: any[]): NDArray {
  requireCallable(func1d);
  const a = asarray(arr);
  const nd = a.ndim;
  const ax = normalizeAxis(indexArg(axis), nd);
  const dims = Array.from({ length: nd }, (_, i) => i);
  const view = transpose(a, [...dims.slice(0, ax), ...dims.slice(ax + 1), ax]);
  const outer = view.shape.slice(0, -1);
  const count = sizeOf(outer);
  if (count === 0) throw new ValueError('Cannot apply_along_axis when any iteration dimensions are 0');
  const pos = new Array(outer.length).fill(0);
  const at = () => pos.slice();
  const next = () => {
    for (let d = outer.length - 1; d >= 0; d--) {
      if (++pos[d] < outer[d]) break;
      pos[d] = 0;
    }
  };
  const r0 = func1d(getItem(view, at()), ...args);
  let buff: NDArray;
  if (typeof r0 === 'number' || typeof r0 === 'boolean') {
    // JS numbers carry no dtype: bool if every result is a boolean, int64 if every one is
    // whole, else float64 (NumPy takes the first result's dtype, which a 0.5 after a 1
    // would truncate here).
    const vals: (number | boolean)[] = [r0];
    for (let k = 1; k < count; k++) {
      next();
      const r = func1d(getItem(view, at()), ...args);
      if (typeof r !== 'number' && typeof r !== 'boolean') throw new ValueError('could not broadcast input array from shape ' + shapeStr(asarray(r).shape) + ' into shape ()');
      vals.push(r);
    }
    const dtype: DType = vals.every((v) => typeof v === 'boolean') ? 'bool' : vals.every((v) => typeof v === 'boolean' || Number.isInteger(v)) ? 'int64' : 'float64';
    buff = new NDArray(allocate(dtype, count, outer), dtype, outer.slice());
    for (let k = 0; k < count; k++) buff.data[k] = castScalar(vals[k], dtype);
  } else {
    const first = asarray(r0);
    buff = zerosOf([...outer, ...first.shape], first.dtype);
    setItem(buff, at().length ? at() : ['...'], first);
    for (let k = 1; k < count; k++) {
      next();
      setItem(buff, at(), asarray(func1d(getItem(view, at()), ...args)));
    }
  }
  const first = { ndim: buff.ndim - outer.length };
  const bd = Array.from({ length: buff.ndim }, (_, i) => i);
  const rn = first.ndim;
  const permute = [...bd.slice(0, ax), ...bd.slice(buff.ndim - rn), ...bd.slice(ax, buff.ndim - rn)];
  return transpose(buff, permute);
}

/** Options of np.vectorize. */
export interface VectorizeOptions {
  /** The output dtype: a dtype name, a NumPy type character ('d', 'f', 'l', '?', ...), or a list of one. */
  otypes?: string | readonly string[] | null;
  /** Positions of arguments passed through unvectorized. */
  excluded?: readonly number[] | null;
}

const TYPECHARS: Record<string, DType> = {
  '?': 'bool', b: 'int8', B: 'uint8', h: 'int16', H: 'uint16', i: 'int32', I: 'uint32',
  l: 'int64', L: 'uint64', q: 'int64', Q: 'uint64', p: 'int64', P: 'uint64', e: 'float32', f: 'float32', d: 'float64', g: 'float64',
};

function otypeOf(o: string | readonly string[] | null | undefined): DType | null {
  if (o === null || o === undefined) return null;
  const s = typeof o === 'string' ? o : o[0];
  if (typeof o !== 'string' && o.length !== 1) throw new ValueError('np.vectorize here supports one output (otypes of length 1)');
  if (typeof o === 'string' && o.length === 1) {
    const d = TYPECHARS[o];
    if (!d) throw new ValueError(`Invalid otype specified: ${o}`);
    return d;
  }
  return TYPECHARS[s] ?? toDType(s);
}

/**
 * Makes a function of numbers act elementwise on arrays, with broadcasting (a loop, not a
 * speed-up, as in NumPy). Elements reach `pyfunc` as JS numbers (booleans for bool
 * arrays); the result's dtype is `otypes` if given, else bool when every result is a
 * boolean, int64 when every one is a whole number, float64 otherwise.
 *
 * Parameters
 * - pyfunc: the scalar function.
 * - otypes: output dtype (name, type character, or a list of one).
 * - excluded: argument positions passed as they are.
 *
 * @example
 * const vf = np.vectorize((a, b) => (a > b ? a - b : a + b));
 * vf(np.array([1, 2, 3, 4]), 2)   // array([3, 4, 1, 2])
 */
export function vectorize(pyfunc: (...args: any[]) => any, opts: VectorizeOptions = {}): (...args: any[]) => NDArray {
  requireCallable(pyfunc);
  if (!isOpts(opts)) throw new NumpyTypeError(`vectorize() takes its keyword arguments as an options object, not '${pyTypeName(opts)}'`);
  const otype = otypeOf(opts.otypes);
  const excluded = new Set(opts.excluded ?? []);
  const f = (...args: any[]): NDArray => {
    const idx = args.map((_, i) => i).filter((i) => !excluded.has(i));
    const arrs = idx.map((i) => asarray(args[i]));
    const shape = broadcastShapes(...arrs.map((x) => x.shape));
    const n = sizeOf(shape);
    const strides = arrs.map((x) => broadcastStrides(x.shape, x.elementStrides, shape));
    const vals: unknown[] = new Array(n);
    const pos = new Array(shape.length).fill(0);
    const call = args.slice();
    for (let k = 0; k < n; k++) {
      for (let j = 0; j < arrs.length; j++) {
        const x = arrs[j];
        let off = x.offset;
        for (let d = 0; d < shape.length; d++) off += pos[d] * strides[j][d];
        const v = Number(x.data[off]);
        call[idx[j]] = x.dtype === 'bool' ? v !== 0 : v;
      }
      const r = pyfunc(...call);
      if (r instanceof NDArray ? r.ndim > 0 : Array.isArray(r)) throw new ValueError('setting an array element with a sequence.');
      vals[k] = r instanceof NDArray ? r.item() : r;
      for (let d = shape.length - 1; d >= 0; d--) {
        if (++pos[d] < shape[d]) break;
        pos[d] = 0;
      }
    }
    let dtype: DType | null = otype;
    if (dtype === null) {
      if (n === 0) throw new ValueError('cannot call `vectorize` on size 0 inputs unless `otypes` is set');
      for (const v of vals) {
        if (typeof v !== 'number' && typeof v !== 'boolean') {
          throw new NumpyTypeError(`vectorize: the function returned ${pyTypeName(v)}, which is not a number`);
        }
      }
      dtype = vals.every((v) => typeof v === 'boolean') ? 'bool' : vals.every((v) => typeof v === 'boolean' || Number.isInteger(v)) ? 'int64' : 'float64';
    }
    const out = new NDArray(allocate(dtype, n, shape), dtype, shape);
    for (let k = 0; k < n; k++) out.data[k] = castScalar(vals[k] as number | boolean, dtype);
    return out;
  };
  return f;
}

/**
 * The Kronecker product: blocks of `b` scaled by each element of `a`. For 2-d inputs of
 * shapes (m, n) and (p, q) the result is (m p, n q).
 *
 * @example
 * np.kron([1, 10, 100], [5, 6, 7])   // array([  5,   6,   7,  50,  60,  70, 500, 600, 700])
 * np.kron(np.eye(2), np.ones([2, 2]))   // 4x4, two blocks of ones on the diagonal
 */
export function kron(a: ArrayLike, b: ArrayLike): NDArray {
  const B = asarray(b);
  let A = asarray(a);
  if (A.ndim < B.ndim) A = reshape(A, [...new Array(B.ndim - A.ndim).fill(1), ...A.shape]);
  if (A.ndim === 0 || B.ndim === 0) return multiply(A, B) as NDArray;
  const nd = Math.max(A.ndim, B.ndim);
  const as = [...new Array(nd - A.ndim).fill(1), ...A.shape];
  const bs = [...new Array(nd - B.ndim).fill(1), ...B.shape];
  const a2 = reshape(A, as.flatMap((n) => [n, 1]));
  const b2 = reshape(B, bs.flatMap((n) => [1, n]));
  const prod = multiply(a2, b2) as NDArray;
  return reshape(prod, as.map((n, i) => n * bs[i]));
}
