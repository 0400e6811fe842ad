/**
 * Reductions (sum, prod, min, max, mean, var, std, all, any, argmin, argmax) and
 * accumulations (cumsum, cumprod), over any set of axes, with `keepdims` and `dtype`.
 *
 * Summation follows NumPy's order so results agree to the last bit: axes are walked in
 * memory order; when the innermost axis is reduced each row is summed pairwise (NumPy's
 * 8-way unrolled blocks of 128), when it is kept, rows are added into the output one
 * after another (which is also what makes the axis-0 sum of a C array fast).
 */
import { type DType, type DTypeLike, type TypedArray, toDType, kindOf, castScalar } from './dtype';
import { specialize } from './kernels';
import { NDArray, zerosOf, copyToContiguous } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { normalizeAxes, normalizeAxis } from './shape';
import { forEachRow } from './iter';
import { ValueError } from './errors';
import { subtract, multiply, sqrt } from './math';

/** Axis argument: one axis, a list of axes, or null/undefined for all. */
export type Axis = number | readonly number[] | null;

/** NumPy's keyword options of the reductions. */
export interface ReduceOptions {
  axis?: Axis;
  keepdims?: boolean;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
}

type Kind = 'sum' | 'prod' | 'max' | 'min' | 'any' | 'all';

const IDENTITY: Record<Kind, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity, any: 0, all: 1 };

/** NumPy's pairwise sum of n values from `d[off]` with stride `st` (float64 arithmetic). */
export function pairwiseSum(d: ArrayLike2, off: number, n: number, st: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += d[off + i * st];
    // -0 + 0 is 0: NumPy's sum of [-0.] is -0. only because it starts from -0.; keep 0.
    return r;
  }
  if (n <= 128) {
    let r0 = d[off], r1 = d[off + st], r2 = d[off + 2 * st], r3 = d[off + 3 * st];
    let r4 = d[off + 4 * st], r5 = d[off + 5 * st], r6 = d[off + 6 * st], r7 = d[off + 7 * st];
    const m = n - (n % 8);
    let i = 8;
    if (st === 1) {
      for (; i < m; i += 8) {
        const p = off + i;
        r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
        r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
      }
    } else {
      for (; i < m; i += 8) {
        const p = off + i * st;
        r0 += d[p]; r1 += d[p + st]; r2 += d[p + 2 * st]; r3 += d[p + 3 * st];
        r4 += d[p + 4 * st]; r5 += d[p + 5 * st]; r6 += d[p + 6 * st]; r7 += d[p + 7 * st];
      }
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += d[off + i * st];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(d, off, n2, st) + pairwiseSum(d, off + n2 * st, n - n2, st);
}

/** The same pairwise sum rounded to float32 at every step, as NumPy's float32 loop. */
export function pairwiseSum32(d: ArrayLike2, off: number, n: number, st: number): number {
  const f = Math.fround;
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r = f(r + d[off + i * st]);
    return r;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => d[off + j * st]);
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) for (let j = 0; j < 8; j++) r[j] = f(r[j] + d[off + (i + j) * st]);
    let res = f(f(f(r[0] + r[1]) + f(r[2] + r[3])) + f(f(r[4] + r[5]) + f(r[6] + r[7])));
    for (; i < n; i++) res = f(res + d[off + i * st]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum32(d, off, n2, st) + pairwiseSum32(d, off + n2 * st, n - n2, st));
}

type ArrayLike2 = { readonly [i: number]: number; readonly length: number };

const pairwiseFor = specialize(pairwiseSum);
const pairwise32For = specialize(pairwiseSum32);

/** out[oo + i*os] += d[off + i*st] for i < n, unrolled on the contiguous path. */
function addRowInto(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number): void {
  if (os === 1 && st === 1) {
    let i = 0;
    for (; i + 3 < n; i += 4) {
      o[oo + i] += d[off + i];
      o[oo + i + 1] += d[off + i + 1];
      o[oo + i + 2] += d[off + i + 2];
      o[oo + i + 3] += d[off + i + 3];
    }
    for (; i < n; i++) o[oo + i] += d[off + i];
  } else for (let i = 0; i < n; i++) o[oo + i * os] += d[off + i * st];
}
const addRowFor = specialize(addRowInto);

/** Combines a strided row into one accumulator value. */
function reduceRow(kind: Kind, acc: number, d: TypedArray, off: number, n: number, st: number, f32: boolean): number {
  switch (kind) {
    case 'sum':
      return f32 ? Math.fround(acc + pairwise32For(d)(d, off, n, st)) : acc + pairwiseFor(d)(d, off, n, st);
    case 'prod':
      for (let i = 0; i < n; i++) acc *= d[off + i * st];
      return f32 ? Math.fround(acc) : acc;
    case 'max':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        if (v > acc || v !== v) acc = v;
        if (acc !== acc) break;
      }
      return acc;
    case 'min':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        if (v < acc || v !== v) acc = v;
        if (acc !== acc) break;
      }
      return acc;
    case 'any':
      if (acc) return 1;
      for (let i = 0; i < n; i++) if (d[off + i * st] !== 0) return 1;
      return 0;
    case 'all':
      if (!acc) return 0;
      for (let i = 0; i < n; i++) if (d[off + i * st] === 0) return 0;
      return 1;
  }
}

/** Adds a strided row elementwise into a strided output row (the kept-inner-axis case). */
function accumulateRow(kind: Kind, o: Float64Array, oo: number, os: number, d: TypedArray, off: number, st: number, n: number, f32: boolean): void {
  switch (kind) {
    case 'sum':
      if (f32) for (let i = 0; i < n; i++) o[oo + i * os] = Math.fround(o[oo + i * os] + d[off + i * st]);
      else addRowFor(d)(o, oo, os, d, off, st, n);
      return;
    case 'prod':
      for (let i = 0; i < n; i++) o[oo + i * os] *= d[off + i * st];
      return;
    case 'max':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        const a = o[oo + i * os];
        if (v > a || v !== v) o[oo + i * os] = v;
      }
      return;
    case 'min':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        const a = o[oo + i * os];
        if (v < a || v !== v) o[oo + i * os] = v;
      }
      return;
    case 'any':
      for (let i = 0; i < n; i++) if (d[off + i * st] !== 0) o[oo + i * os] = 1;
      return;
    case 'all':
      for (let i = 0; i < n; i++) if (d[off + i * st] === 0) o[oo + i * os] = 0;
      return;
  }
}

/** Shape of the result with reduced axes kept as 1. */
function keptShape(shape: number[], axes: number[]): number[] {
  return shape.map((n, i) => (axes.includes(i) ? 1 : n));
}

/**
 * Reduces `x` over `axes` with an operation, in NumPy's memory order, into an array of
 * dtype `acc` (values are read as doubles and stored into acc's storage).
 */
function reduceCore(kind: Kind, x: NDArray, axes: number[], acc: DType): NDArray {
  const kshape = keptShape(x.shape, axes);
  // Float64 scratch so accumulation happens in double, then cast into the result dtype.
  const f32 = acc === 'float32';
  const scratch = new Float64Array(kshape.reduce((p, q) => p * q, 1)).fill(IDENTITY[kind]);
  const ostr = (() => {
    const s = new Array<number>(kshape.length);
    let k = 1;
    for (let i = kshape.length - 1; i >= 0; i--) {
      s[i] = axes.includes(i) ? 0 : k;
      k *= kshape[i];
    }
    return s;
  })();
  // Memory order: outermost = largest stride. Stable sort keeps C order on ties.
  const order = x.shape.map((_, i) => i).sort((p, q) => Math.abs(x.elementStrides[q]) - Math.abs(x.elementStrides[p]));
  const shape = order.map((i) => x.shape[i]);
  const xs = order.map((i) => x.elementStrides[i]);
  const os = order.map((i) => ostr[i]);
  const d = x.data;
  if (x.size > 0) {
    forEachRow(shape, [0, x.offset], [os, xs], (n, off, st) => {
      if (st[0] === 0) scratch[off[0]] = reduceRow(kind, scratch[off[0]], d, off[1], n, st[1], f32);
      else accumulateRow(kind, scratch, off[0], st[0], d, off[1], st[1], n, f32);
    });
  }
  const out = zerosOf(kshape, acc);
  if (acc === 'float64') (out.data as Float64Array).set(scratch);
  else for (let i = 0; i < scratch.length; i++) out.data[i] = castScalar(scratch[i], acc);
  return out;
}

/** Drops the kept-as-1 axes unless keepdims; a full reduction without keepdims gives a JS scalar. */
function finish(r: NDArray, axes: number[], ndim: number, keepdims: boolean | undefined, out?: NDArray | null): any {
  let res: NDArray = r;
  if (!keepdims) {
    const shape = r.shape.filter((_, i) => !axes.includes(i));
    res = new NDArray(r.data, r.dtype, shape);
  }
  if (out) {
    copyToOut(out, res);
    return out;
  }
  if (res.ndim === 0 && axes.length === ndim) {
    const v = res.data[0];
    return res.dtype === 'bool' ? v !== 0 : v;
  }
  return res;
}

function copyToOut(out: NDArray, r: NDArray): void {
  if (out.shape.length !== r.shape.length || out.shape.some((n, i) => n !== r.shape[i])) {
    throw new ValueError(`output parameter for reduction operation has the wrong number of dimensions`);
  }
  for (let i = 0; i < r.size; i++) out.flatSet(i, r.flatGet(i));
}

/** The accumulator dtype of sum/prod: small ints widen to int64/uint64 as NumPy does. */
function sumDType(d: DType): DType {
  const k = kindOf(d);
  if (k === 'b') return 'int64';
  if (k === 'i') return 'int64';
  if (k === 'u') return 'uint64';
  return d;
}

function parse(a: ArrayLike, axisOrOpts: Axis | ReduceOptions | undefined, opts: ReduceOptions): [NDArray, ReduceOptions] {
  const x = asarray(a);
  if (axisOrOpts !== null && typeof axisOrOpts === 'object' && !Array.isArray(axisOrOpts)) return [x, axisOrOpts as ReduceOptions];
  return [x, { ...opts, axis: axisOrOpts as Axis }];
}

function noIdentity(name: string): never {
  throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
}

function generic(kind: Kind, a: ArrayLike, axisOrOpts: Axis | ReduceOptions | undefined, opts: ReduceOptions, defaultAcc: (d: DType) => DType): any {
  const [x0, o] = parse(a, axisOrOpts, opts);
  const axes = normalizeAxes(o.axis, x0.ndim);
  let x = x0;
  const acc = o.dtype ? toDType(o.dtype) : defaultAcc(x.dtype);
  if ((kind === 'max' || kind === 'min') && axes.some((ax) => x.shape[ax] === 0)) noIdentity(kind === 'max' ? 'maximum' : 'minimum');
  if (o.dtype && kindOf(acc) !== kindOf(x.dtype) && kindOf(x.dtype) === 'f') x = copyToContiguous(x, acc);
  return finish(reduceCore(kind, x, axes, acc), axes, x.ndim, o.keepdims, o.out);
}

/**
 * Sum of array elements over the given axes.
 *
 * Parameters
 * - axis: an axis, a list of axes, or null (all; the default).
 * - keepdims: keep reduced axes as length 1.
 * - dtype: accumulator type; bool and small ints sum as int64 (uint64 for unsigned).
 *
 * @example
 * np.sum(np.array([1, 2, 3]))                        // 6
 * np.array([[1, 2], [3, 4]]).sum({axis: 0})          // array([4, 6])
 */
export function sum(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('sum', a, axis, opts, sumDType);
}

/**
 * Product of array elements over the given axes.
 *
 * @example
 * np.prod(np.array([1, 2, 3, 4]))   // 24
 */
export function prod(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('prod', a, axis, opts, sumDType);
}

/**
 * Maximum of array elements over the given axes (NaN propagates).
 *
 * @example
 * np.max(np.array([[1, 2], [5, 3]]), {axis: 0})   // array([5, 3])
 */
export function max(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('max', a, axis, opts, (d) => d);
}

/**
 * Minimum of array elements over the given axes (NaN propagates).
 *
 * @example
 * np.min(np.array([3, 1, 2]))   // 1
 */
export function min(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('min', a, axis, opts, (d) => d);
}

/** Alias of `max`. */
export const amax = max;
/** Alias of `min`. */
export const amin = min;

/**
 * Whether all elements (over the given axes) are true.
 *
 * @example
 * np.all(np.array([1, 2]).gt(0))   // true
 */
export function all(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('all', a, axis, opts, () => 'bool');
}

/**
 * Whether any element (over the given axes) is true.
 *
 * @example
 * np.any(np.array([0, 0, 3]))   // true
 */
export function any(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('any', a, axis, opts, () => 'bool');
}

/** The dtype of a mean: float32 stays, everything else computes in float64. */
function meanDType(d: DType): DType {
  return d === 'float32' ? 'float32' : 'float64';
}

function countOf(x: NDArray, axes: number[]): number {
  return axes.reduce((p, ax) => p * x.shape[ax], 1);
}

/**
 * Arithmetic mean over the given axes (ints average in float64).
 *
 * @example
 * np.mean(np.array([1, 2, 3, 4]))                       // 2.5
 * np.array([[1, 2], [3, 4]]).mean({axis: 1})           // array([1.5, 3.5])
 */
export function mean(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  const [x, o] = parse(a, axis, opts);
  const axes = normalizeAxes(o.axis, x.ndim);
  const acc = o.dtype ? toDType(o.dtype) : meanDType(x.dtype);
  const s = reduceCore('sum', x, axes, acc);
  const n = countOf(x, axes);
  const d = s.data;
  for (let i = 0; i < d.length; i++) d[i] = acc === 'float32' ? Math.fround(d[i] / n) : d[i] / n;
  return finish(s, axes, x.ndim, o.keepdims, o.out);
}

/** Options of var and std: the reduction options plus `ddof`. */
export interface VarOptions extends ReduceOptions {
  /** Delta degrees of freedom: the divisor is N - ddof. */
  ddof?: number;
}

/**
 * Variance over the given axes: mean of squared deviations, divided by N - ddof.
 *
 * @example
 * np.var(np.array([1, 2, 3, 4]))            // 1.25
 * np.var(np.array([1, 2, 3, 4]), {ddof: 1}) // 1.6666666666666667
 */
export function variance(a: ArrayLike, axis?: Axis | VarOptions, opts: VarOptions = {}): any {
  const [x, o] = parse(a, axis, opts) as [NDArray, VarOptions];
  const axes = normalizeAxes(o.axis, x.ndim);
  const acc = o.dtype ? toDType(o.dtype) : meanDType(x.dtype);
  const n = countOf(x, axes);
  const m = reduceCore('sum', x, axes, acc);
  for (let i = 0; i < m.data.length; i++) m.data[i] = acc === 'float32' ? Math.fround(m.data[i] / n) : m.data[i] / n;
  const dev = subtract(x.dtype === acc ? x : copyToContiguous(x, acc), m) as NDArray;
  const sq = multiply(dev, dev, { out: dev }) as NDArray;
  const s = reduceCore('sum', sq, axes, acc);
  const div = Math.max(n - (o.ddof ?? 0), 0);
  for (let i = 0; i < s.data.length; i++) s.data[i] = acc === 'float32' ? Math.fround(s.data[i] / div) : s.data[i] / div;
  return finish(s, axes, x.ndim, o.keepdims, o.out);
}

/**
 * Standard deviation over the given axes: sqrt(var), with `ddof` as in var.
 *
 * @example
 * np.std(np.array([1, 2, 3]))   // 0.816496580927726
 */
export function std(a: ArrayLike, axis?: Axis | VarOptions, opts: VarOptions = {}): any {
  const v = variance(a, axis, opts);
  if (typeof v === 'number') return Math.sqrt(v);
  return sqrt(v as NDArray, { out: v as NDArray });
}

/** Options of argmin/argmax. */
export interface ArgOptions {
  axis?: number | null;
  keepdims?: boolean;
}

function argReduce(name: 'argmax' | 'argmin', a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
  const x0 = asarray(a);
  const o: ArgOptions = axis !== null && typeof axis === 'object' ? axis : { ...opts, axis: axis as number | null | undefined };
  const better = name === 'argmax' ? (v: number, b: number) => v > b : (v: number, b: number) => v < b;
  const pick = (x: NDArray, off: number, n: number, st: number): number => {
    if (n === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
    let bi = 0;
    let bv = x.data[off];
    if (bv !== bv) return 0;
    for (let i = 1; i < n; i++) {
      const v = x.data[off + i * st];
      if (v !== v) return i;
      if (better(v, bv)) {
        bv = v;
        bi = i;
      }
    }
    return bi;
  };
  if (o.axis === undefined || o.axis === null) {
    const x = copyToContiguous(x0);
    const r = pick(x, 0, x.size, 1);
    return o.keepdims ? new NDArray(new Float64Array([r]), 'int64', x0.shape.map(() => 1)) : r;
  }
  const ax = normalizeAxis(o.axis, x0.ndim);
  const outShape = x0.shape.filter((_, i) => i !== ax);
  const res = zerosOf(outShape, 'int64');
  const rest = x0.shape.map((_, i) => i).filter((i) => i !== ax);
  let k = 0;
  forEachRowOuter(x0, rest, (off) => {
    res.data[k++] = pick(x0, off, x0.shape[ax], x0.elementStrides[ax]);
  });
  if (o.keepdims) return new NDArray(res.data, 'int64', keptShape(x0.shape, [ax]));
  return res;
}

/** Calls fn with the buffer offset of every index combination of `axes`, in C order. */
function forEachRowOuter(x: NDArray, axes: number[], fn: (off: number) => void): void {
  const rec = (k: number, off: number) => {
    if (k === axes.length) return fn(off);
    const ax = axes[k];
    for (let i = 0; i < x.shape[ax]; i++) rec(k + 1, off + i * x.elementStrides[ax]);
  };
  rec(0, x.offset);
}

/**
 * Index of the maximum (first occurrence; a NaN wins), over the flattened array or an axis.
 *
 * @example
 * np.argmax(np.array([1, 3, 3, 2]))                     // 1
 * np.array([[1, 5], [4, 2]]).argmax({axis: 0})          // array([1, 0])
 */
export function argmax(a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
  return argReduce('argmax', a, axis, opts);
}

/**
 * Index of the minimum (first occurrence; a NaN wins), over the flattened array or an axis.
 *
 * @example
 * np.argmin(np.array([3, 1, 2]))   // 1
 */
export function argmin(a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
  return argReduce('argmin', a, axis, opts);
}

/** Options of cumsum/cumprod. */
export interface AccumulateOptions {
  axis?: number | null;
  dtype?: DTypeLike | null;
}

function accumulate(kind: 'sum' | 'prod', a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
  let x = asarray(a);
  const o: AccumulateOptions = axis !== null && typeof axis === 'object' ? axis : { ...opts, axis: axis as number | null | undefined };
  const dtype = o.dtype ? toDType(o.dtype) : sumDType(x.dtype);
  let ax: number;
  if (o.axis === undefined || o.axis === null) {
    x = copyToContiguous(x);
    x = new NDArray(x.data, x.dtype, [x.size]);
    ax = 0;
  } else ax = normalizeAxis(o.axis, x.ndim);
  const out = zerosOf(x.shape.slice(), dtype);
  const cs = out.elementStrides;
  const rest = x.shape.map((_, i) => i).filter((i) => i !== ax);
  const n = x.shape[ax];
  const f32 = dtype === 'float32';
  const src = x;
  const rec = (k: number, xoff: number, ooff: number) => {
    if (k < rest.length) {
      const r = rest[k];
      for (let i = 0; i < x.shape[r]; i++) rec(k + 1, xoff + i * x.elementStrides[r], ooff + i * cs[r]);
      return;
    }
    let acc = kind === 'sum' ? 0 : 1;
    for (let i = 0; i < n; i++) {
      const v = src.data[xoff + i * src.elementStrides[ax]];
      acc = kind === 'sum' ? acc + v : acc * v;
      if (f32) acc = Math.fround(acc);
      out.data[ooff + i * cs[ax]] = acc;
    }
  };
  rec(0, x.offset, 0);
  return out;
}

/**
 * Cumulative sum along an axis (flattened when axis is null). Small ints widen to int64.
 *
 * @example
 * np.cumsum(np.array([1, 2, 3]))   // array([1, 3, 6])
 */
export function cumsum(a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
  return accumulate('sum', a, axis, opts);
}

/**
 * Cumulative product along an axis (flattened when axis is null).
 *
 * @example
 * np.cumprod(np.array([1, 2, 3]))   // array([1, 2, 6])
 */
export function cumprod(a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
  return accumulate('prod', a, axis, opts);
}

/**
 * Range of values (max - min) over the given axes.
 *
 * @example
 * np.ptp(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 1})   // array([4, 4])
 */
export function ptp(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  const hi = max(a, axis, { ...opts, out: null });
  const lo = min(a, axis, { ...opts, out: null });
  return typeof hi === 'number' ? hi - (lo as number) : subtract(hi, lo);
}

/**
 * Number of non-zero values, over all elements or the given axes.
 *
 * @example
 * np.count_nonzero(np.array([0, 1, 2, 0, 3]))   // 3
 */
export function count_nonzero(a: ArrayLike, axis?: Axis | { axis?: Axis; keepdims?: boolean }, opts: { keepdims?: boolean } = {}): any {
  const x = asarray(a);
  const o = axis !== null && typeof axis === 'object' && !Array.isArray(axis) ? (axis as { axis?: Axis; keepdims?: boolean }) : { ...opts, axis: axis as Axis };
  const axes = normalizeAxes(o.axis, x.ndim);
  const nz = reduceCore('sum', copyToContiguous(x, 'bool'), axes, 'int64');
  return finish(nz, axes, x.ndim, o.keepdims);
}
