/**
 * Elementwise selection and rounding: where (and its one-argument nonzero form), select,
 * piecewise, clip, round/around, fix, nan_to_num and sinc, with NumPy 2's dtype rules
 * (NEP 50: JS numbers are weak scalars) and error messages. Also the ndarray methods
 * `a.clip(min, max)` and `a.round(decimals)`.
 */
import { NDArray, zerosOf, copyToContiguous, copyInto } from './ndarray';
import { asarray, array, type ArrayLike } from './asarray';
import { type DType, isFloat, kindOf, castScalar, checkScalarFits, dtypeRange } from './dtype';
import { broadcastShapes, broadcastStrides, shapeStr } from './shape';
import { forEachRow } from './iter';
import { whereRowFor } from './lib/where-rows';
import { resultType } from './ufunc';
import { ValueError, NumpyTypeError, OverflowError, UFuncTypeError } from './errors';
import { getItem, setItem } from './indexing';
import * as m from './math';
import { any as anyReduce } from './reduce';

// ---------------------------------------------------------------------------------------
// helpers (module-private)
// ---------------------------------------------------------------------------------------

function isOptions(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof NDArray) && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer);
}

const isScalar = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';

/** An operand as NEP 50 sees it: a strong array, or a weak JS scalar. */
type Operand = { arr: NDArray; weak: number | boolean | null };

function operand(v: ArrayLike): Operand {
  return isScalar(v) ? { arr: weakArray(v), weak: v } : { arr: asarray(v), weak: null };
}

/**
 * The 0-d array standing for a weak scalar in promotion: bool, int64 or float64 by kind
 * (a whole number beyond int64 only matters through its kind, so it never overflows here).
 */
function weakArray(v: number | boolean): NDArray {
  if (typeof v === 'boolean') return new NDArray(new Uint8Array([v ? 1 : 0]), 'bool', []);
  const int = Number.isInteger(v);
  return new NDArray(new Float64Array([v]), int ? 'int64' : 'float64', []);
}

/** The operand's values in `dtype` (weak scalars cast as NumPy does: unsafely). */
function castOperand(p: Operand, dtype: DType): NDArray {
  if (p.weak !== null) {
    const out = zerosOf([], dtype);
    out.data[0] = castScalar(p.weak, dtype);
    return out;
  }
  return p.arr.dtype === dtype ? p.arr : copyToContiguous(p.arr, dtype);
}

/** A Python sequence argument as a JS array (an ndarray iterates over its first axis). */
function asList<T>(v: readonly T[] | unknown): T[] {
  if (Array.isArray(v)) return v as T[];
  if (v instanceof NDArray && v.ndim > 0) return Array.from(v) as T[];
  const t = v === null ? 'NoneType' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'boolean' ? 'bool' : typeof v === 'string' ? 'str' : v instanceof NDArray ? 'numpy.ndarray' : typeof v === 'function' ? 'function' : 'object';
  throw new NumpyTypeError(t === 'numpy.ndarray' ? 'len() of unsized object' : `object of type '${t}' has no len()`);
}

function unwrap0d(a: NDArray): any {
  if (a.ndim !== 0) return a;
  const v = a.data[a.offset];
  return a.dtype === 'bool' ? v !== 0 : v;
}

/** Checks an `out` array against the result shape, as NumPy's ufuncs do. */
function checkOut(out: NDArray, shape: number[]): void {
  if (!(out instanceof NDArray)) throw new NumpyTypeError('return arrays must be of ArrayType');
  if (out.shape.length !== shape.length || out.shape.some((n, i) => n !== shape[i])) {
    throw new ValueError(`non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(shape)}`);
  }
}

// ---------------------------------------------------------------------------------------
// where, nonzero form
// ---------------------------------------------------------------------------------------

function nonzeroOf(cond: ArrayLike): NDArray[] {
  const c = asarray(cond);
  if (c.ndim === 0) {
    let msg = 'Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.';
    if (c.dtype === 'bool') msg += ' If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.';
    throw new ValueError(msg);
  }
  const nd = c.ndim;
  const data = c.contiguousData();
  const size = data.length;
  let count = 0;
  for (let i = 0; i < size; i++) if (data[i] !== 0) count++;
  const out = Array.from({ length: nd }, () => new Float64Array(count));
  const strides = c.shape.map((_, d) => c.shape.slice(d + 1).reduce((p, q) => p * q, 1));
  let k = 0;
  for (let i = 0; i < size; i++) {
    if (data[i] === 0) continue;
    let rem = i;
    for (let d = 0; d < nd; d++) {
      const q = Math.floor(rem / strides[d]);
      out[d][k] = q;
      rem -= q * strides[d];
    }
    k++;
  }
  return out.map((v) => new NDArray(v, 'int64', [count]));
}

/**
 * Elements chosen from x where cond is true, else from y, with broadcasting. The result
 * dtype is NumPy 2's promotion of x and y (JS numbers are weak: an int8 array with 1
 * stays int8). With only `cond`, it is np.nonzero(cond): a JS array (tuple) of int64
 * index arrays, one per dimension.
 *
 * Parameters
 * - condition: array_like of truth values (non-zero and NaN are true).
 * - x, y: values where the condition is true / false.
 *
 * @example
 * np.where(np.array([true, false, true]), np.array([1, 2, 3]), 0)   // array([1, 0, 3])
 * np.where(x.gt(0.75), x, -1)
 * np.where(np.array([1, 0, 2]).gt(0))                              // [array([0, 2])]
 */
export function where(condition: ArrayLike, x?: ArrayLike, y?: ArrayLike): any {
  if (x === undefined && y === undefined) return nonzeroOf(condition);
  if (x === undefined || y === undefined) throw new ValueError('either both or neither of x and y should be given');
  let c = asarray(condition);
  if (kindOf(c.dtype) === 'c') c = m.not_equal(c, 0) as NDArray;
  const px = operand(x);
  const py = operand(y);
  const dtype = resultType([px, py]);
  const pairs = kindOf(dtype) === 'c';
  const xa = castOperand(px, dtype);
  const ya = castOperand(py, dtype);
  const shape = broadcastShapes(c.shape, xa.shape, ya.shape);
  const out = zerosOf(shape, dtype);
  const od = out.data;
  const cd = c.data;
  const xd = xa.data;
  const yd = ya.data;
  const row = whereRowFor(od, pairs);
  forEachRow(
    shape,
    [0, c.offset, xa.offset, ya.offset],
    [out.elementStrides, broadcastStrides(c.shape, c.elementStrides, shape), broadcastStrides(xa.shape, xa.elementStrides, shape), broadcastStrides(ya.shape, ya.elementStrides, shape)],
    (n, off, st) => row(n, od, off[0], st[0], cd, off[1], st[1], xd, off[2], st[2], yd, off[3], st[3]),
  );
  return out;
}

// ---------------------------------------------------------------------------------------
// select, piecewise
// ---------------------------------------------------------------------------------------

/**
 * Elements from the choice whose condition is true first (in list order), else `default`.
 *
 * @example
 * const x = np.arange(6);
 * np.select([x.lt(3), x.gt(3)], [x, x.pow(2)], 42)   // array([ 0,  1,  2, 42, 16, 25])
 */
export function select(condlist: readonly ArrayLike[] | NDArray, choicelist: readonly ArrayLike[] | NDArray, dflt: ArrayLike | { default?: ArrayLike } = 0): NDArray {
  const def: ArrayLike = isOptions(dflt) ? ((dflt as { default?: ArrayLike }).default ?? 0) : (dflt as ArrayLike);
  if (condlist === undefined || choicelist === undefined) {
    throw new NumpyTypeError("select() missing 2 required positional arguments: 'condlist' and 'choicelist'");
  }
  condlist = asList(condlist);
  choicelist = asList(choicelist);
  if (condlist.length !== choicelist.length) throw new ValueError('list of cases must be same length as list of conditions');
  if (condlist.length === 0) throw new ValueError('select with an empty condition list is not possible');
  const choices = [...choicelist, def].map(operand);
  const dtype = resultType(choices);
  const conds = condlist.map((cnd) => asarray(cnd));
  const cshape = broadcastShapes(...conds.map((cnd) => cnd.shape));
  const chshape = broadcastShapes(...choices.map((p) => p.arr.shape));
  conds.forEach((cnd, i) => {
    if (cnd.dtype !== 'bool') throw new NumpyTypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  const shape = chshape.length === 0 ? cshape : broadcastShapes(cshape, chshape);
  const view = (a: NDArray) => new NDArray(a.data, a.dtype, shape, broadcastStrides(a.shape, a.elementStrides, shape), a.offset, a);
  const result = zerosOf(shape, dtype);
  const defv = view(castOperand(choices[choices.length - 1], dtype));
  const size = result.size;
  for (let k = 0; k < size; k++) result.data[k] = defv.flatGet(k);
  for (let i = conds.length - 1; i >= 0; i--) {
    const cv = view(conds[i]);
    const ch = view(castOperand(choices[i], dtype));
    for (let k = 0; k < size; k++) if (cv.flatGet(k)) result.data[k] = ch.flatGet(k);
  }
  return result;
}

/**
 * Evaluates a piecewise-defined function: where condlist[i] holds, funclist[i] (a function
 * of the selected elements, or a constant). One extra function is the "otherwise" case.
 *
 * @example
 * const x = np.linspace(-2.5, 2.5, 6);
 * np.piecewise(x, [x.lt(0), x.ge(0)], [-1, 1])          // array([-1., -1., -1.,  1.,  1.,  1.])
 * np.piecewise(x, [x.lt(0)], [(v) => v.neg(), (v) => v])  // |x|
 */
export function piecewise(x: ArrayLike, condlist: ArrayLike, funclist: readonly (number | boolean | ((v: NDArray, ...args: any[]) => ArrayLike))[], ...args: any[]): NDArray {
  const X = asarray(x);
  if (condlist === undefined || funclist === undefined) {
    throw new NumpyTypeError("piecewise() missing required positional arguments: 'condlist' and 'funclist'");
  }
  funclist = asList(funclist) as typeof funclist;
  const n2 = funclist.length;
  let cl: ArrayLike = condlist;
  let firstIsSeq = false;
  if (Array.isArray(cl)) firstIsSeq = cl.length > 0 && (Array.isArray(cl[0]) || cl[0] instanceof NDArray);
  else if (cl instanceof NDArray) firstIsSeq = cl.ndim > 1;
  if (isScalar(cl) || (!firstIsSeq && X.ndim !== 0)) cl = [cl];
  const conds = asarray(cl, { dtype: 'bool' });
  let n = conds.shape[0];
  let condArrays: NDArray[] = Array.from({ length: n }, (_, i) => asarray(getItem(conds, [i])));
  if (n === n2 - 1) {
    const anyc = anyReduce(conds, { axis: 0 });
    condArrays = [...condArrays, asarray(m.logical_not(anyc))];
    n += 1;
  } else if (n !== n2) {
    throw new ValueError(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
  }
  const y = zerosOf(X.shape.slice(), X.dtype);
  condArrays.forEach((cond, i) => {
    const f = funclist[i];
    if (typeof f !== 'function') setItem(y, [cond], f);
    else {
      const vals = getItem(X, [cond]) as NDArray;
      if (vals.size > 0) setItem(y, [cond], f(vals, ...args));
    }
  });
  return y;
}

// ---------------------------------------------------------------------------------------
// clip
// ---------------------------------------------------------------------------------------

/** Options of clip. */
export interface ClipOptions {
  /** Lower bound (NumPy 2.1's keyword form of a_min). */
  min?: ArrayLike | null;
  /** Upper bound (NumPy 2.1's keyword form of a_max). */
  max?: ArrayLike | null;
  /** Array to write the result into. */
  out?: NDArray | null;
}

function clipImpl(a: ArrayLike, lo: ArrayLike | null, hi: ArrayLike | null, out: NDArray | null | undefined): any {
  const pa = operand(a);
  const dt = pa.arr.dtype;
  if (pa.weak === null && (kindOf(dt) === 'i' || kindOf(dt) === 'u')) {
    // Out-of-range Python ints are no bound at all (NumPy's _clip).
    const [mn, mx] = dtypeRange(dt);
    if (typeof lo === 'number' && Number.isInteger(lo) && lo <= mn) lo = null;
    if (typeof hi === 'number' && Number.isInteger(hi) && hi >= mx) hi = null;
  }
  const o = out ? { out } : {};
  if (lo === null && hi === null) {
    if (dt === 'bool') {
      throw new NumpyTypeError("ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
    }
    return m.positive(a, o);
  }
  if (lo === null) return m.minimum(a, hi!, o);
  if (hi === null) return m.maximum(a, lo, o);
  const ops = [pa, operand(lo), operand(hi)];
  const dtype = resultType(ops);
  const kind = kindOf(dtype);
  for (const p of ops) if (typeof p.weak === 'number' && Number.isInteger(p.weak) && (kind === 'i' || kind === 'u')) checkScalarFits(p.weak, dtype);
  const [xa, la, ha] = ops.map((p) => castOperand(p, dtype));
  const shape = broadcastShapes(xa.shape, la.shape, ha.shape);
  if (out) {
    checkOut(out, shape);
    const rank = { b: 0, u: 1, i: 2, f: 3, c: 4 } as const;
    if (out.dtype !== dtype && rank[kindOf(dtype)] > rank[kindOf(out.dtype)]) {
      throw new UFuncTypeError(`Cannot cast ufunc 'clip' output from dtype('${dtype}') to dtype('${out.dtype}') with casting rule 'same_kind'`);
    }
  }
  const target = out && out.dtype === dtype ? out : zerosOf(shape, dtype);
  const td = target.data;
  const xd = xa.data;
  const ld = la.data;
  const hd = ha.data;
  forEachRow(
    shape,
    [target.offset, xa.offset, la.offset, ha.offset],
    [target.elementStrides, broadcastStrides(xa.shape, xa.elementStrides, shape), broadcastStrides(la.shape, la.elementStrides, shape), broadcastStrides(ha.shape, ha.elementStrides, shape)],
    (n, off, st) => {
      let [oo, xo, lo2, ho] = off;
      const [os, xs, ls, hs] = st;
      for (let i = 0; i < n; i++, oo += os, xo += xs, lo2 += ls, ho += hs) {
        let v = xd[xo];
        const l = ld[lo2];
        const h = hd[ho];
        if (v === v) v = v > l ? v : l; // _NPY_MAX: NaN in x stays, NaN bound wins
        if (v === v) v = v < h ? v : h; // _NPY_MIN
        td[oo] = v;
      }
    },
  );
  if (out) {
    if (target !== out) copyInto(out, target);
    return out;
  }
  return ops.every((p) => p.weak !== null) ? unwrap0d(target) : target;
}

/**
 * Limits the values of an array to [a_min, a_max]; either bound may be null (no bound).
 * Bounds broadcast. The dtype follows NumPy 2: `np.clip(int array, 2, 7)` stays int64,
 * a float bound makes it float64. Bounds may also be given as `{min, max}` (NumPy 2.1).
 *
 * @example
 * np.clip(np.arange(10), 2, 7)          // array([2, 2, 2, 3, 4, 5, 6, 7, 7, 7])
 * np.clip(x, 0.25, null)
 * np.clip(x, {min: 0, max: 1})
 */
export function clip(a: ArrayLike, a_min?: ArrayLike | null | ClipOptions, a_max?: ArrayLike | null | ClipOptions, opts: ClipOptions = {}): any {
  let o: ClipOptions = isOptions(opts) ? opts : {};
  const pos: (ArrayLike | null | undefined)[] = [];
  for (const v of [a_min, a_max]) {
    if (isOptions(v)) {
      o = v as ClipOptions;
      break;
    }
    pos.push(v as ArrayLike | null | undefined);
  }
  let lo = pos[0];
  let hi = pos[1];
  if (lo === undefined && hi === undefined) {
    lo = o.min ?? null;
    hi = o.max ?? null;
  } else if (lo === undefined) {
    throw new NumpyTypeError("clip() missing 1 required positional argument: 'a_min'");
  } else if (hi === undefined) {
    throw new NumpyTypeError("clip() missing 1 required positional argument: 'a_max'");
  } else if (o.min !== undefined || o.max !== undefined) {
    throw new ValueError('Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.');
  }
  return clipImpl(a, lo, hi, o.out);
}

// ---------------------------------------------------------------------------------------
// rounding
// ---------------------------------------------------------------------------------------

/** Options of round/around. */
export interface RoundOptions {
  /** Number of decimal places (negative: to the left of the point). */
  decimals?: number;
  /** Array to write the result into. */
  out?: NDArray | null;
}

/** NumPy's power_of_ten (multiarray/calculation.c): exact table, then repeated * 10. */
function powerOfTen(n: number): number {
  const p10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
  if (n < 9) return p10[n];
  let r = 1e9;
  while (n-- > 9 && r !== Infinity) r *= 10;
  return r;
}

/** Round half to even (C's rint in the default rounding mode). */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function roundImpl(a: ArrayLike, decimals: number, out: NDArray | null | undefined): any {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals)) {
    throw new NumpyTypeError(`'${typeof decimals === 'number' ? 'float' : typeof decimals}' object cannot be interpreted as an integer`);
  }
  if (decimals > 2147483647 || decimals < -2147483648) throw new OverflowError('Python int too large to convert to C int');
  const scalarIn = isScalar(a);
  const x = asarray(a);
  const D = x.dtype;
  const isInt = kindOf(D) === 'i' || kindOf(D) === 'u';
  const finish = (r: NDArray): any => {
    if (out) {
      checkOut(out, x.shape);
      if (r !== out) copyInto(out, r);
      return out;
    }
    return scalarIn ? unwrap0d(r) : r;
  };
  if (decimals >= 0 && isInt) return finish(copyToContiguous(x));
  if (decimals === 0) return finish(m.rint(x) as NDArray);
  const mul = decimals > 0;
  const odt: DType = out ? out.dtype : isInt ? 'float64' : D;
  if (odt === 'bool' || kindOf(odt) === 'i' || kindOf(odt) === 'u') {
    const from = isFloat(D) ? D : 'float64';
    throw new UFuncTypeError(
      `Cannot cast ufunc '${mul ? 'multiply' : 'divide'}' output from dtype('${from}') to dtype('${odt}') with casting rule 'same_kind'`,
    );
  }
  const f32 = odt === 'float32';
  const R = f32 ? Math.fround : (v: number) => v;
  const f = R(powerOfTen(Math.abs(decimals)));
  const src = copyToContiguous(x, 'float64').data;
  const res = zerosOf(x.shape.slice(), odt);
  const d = res.data;
  if (!f32 && mul) {
    for (let i = 0; i < src.length; i++) {
      const v = src[i] * f;
      let t = Math.round(v);
      if (t - v === 0.5 && t % 2 !== 0) t -= 1;
      d[i] = t / f;
    }
  } else {
    for (let i = 0; i < src.length; i++) {
      const v = f32 ? Math.fround(src[i]) : src[i];
      const t = rint(R(mul ? v * f : v / f));
      d[i] = R(mul ? t / f : t * f);
    }
  }
  if (isInt && !out) {
    const back = zerosOf(x.shape.slice(), D);
    for (let i = 0; i < d.length; i++) back.data[i] = castScalar(d[i], D);
    return finish(back);
  }
  return finish(res);
}

/**
 * Rounds to the given number of decimals, halves to even, exactly as NumPy: it multiplies
 * by 10**decimals, rounds to the nearest integer and divides back, so
 * `np.round(np.array([1.2345, 2.6789, -0.125]), 2)` is `[1.23, 2.68, -0.12]`. Integers
 * stay integers (negative decimals round them to tens, hundreds, ...).
 *
 * @example
 * np.round(np.array([0.5, 1.5, 2.5, -0.5]))            // array([ 0.,  2.,  2., -0.])
 * np.round(np.array([1.2345, 2.6789, -0.125]), 2)      // array([ 1.23,  2.68, -0.12])
 * np.round(np.array([15, 25, 1234]), -1)               // array([  20,   20, 1230])
 */
export function round(a: ArrayLike, decimals?: number | RoundOptions, opts: RoundOptions = {}): any {
  const kw: RoundOptions = isOptions(opts) ? opts : {};
  const o = isOptions(decimals) ? (decimals as RoundOptions) : { ...kw, decimals: decimals ?? kw.decimals };
  return roundImpl(a, o.decimals ?? 0, o.out);
}

/** Alias of `round`. @example np.around(np.array([1.25, 1.35]), 1)   // array([1.2, 1.4]) */
export const around = round;

/**
 * Rounds toward zero (np.trunc under NumPy's older name); ints keep their dtype.
 *
 * @example
 * np.fix(np.array([-1.5, -0.5, 0.5, 2.7]))   // array([-1., -0.,  0.,  2.])
 */
export function fix(x: ArrayLike, opts: { out?: NDArray | null } = {}): any {
  return m.trunc(x as any, isOptions(opts) ? opts : {});
}

/** Options of nan_to_num. */
export interface NanToNumOptions {
  /** Work on a copy (default) or in place. */
  copy?: boolean;
  /** Replacement for NaN (default 0). */
  nan?: ArrayLike;
  /** Replacement for +inf (default: the dtype's largest finite value). */
  posinf?: ArrayLike | null;
  /** Replacement for -inf (default: the dtype's most negative finite value). */
  neginf?: ArrayLike | null;
}

/**
 * Replaces NaN with zero and infinities with the largest finite values (or the given
 * replacements). Non-float arrays are returned unchanged.
 *
 * @example
 * np.nan_to_num(np.array([NaN, Infinity, -Infinity, 1]))   // [0, 1.797e308, -1.797e308, 1]
 * np.nan_to_num(x, {nan: -1, posinf: 5, neginf: -5})
 */
export function nan_to_num(x: ArrayLike, opts: NanToNumOptions = {}): any {
  opts = isOptions(opts) ? opts : {};
  const X = opts.copy === false ? asarray(x) : array(x);
  if (!isFloat(X.dtype)) return unwrap0d(X);
  const big = X.dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
  const repl = (v: ArrayLike | null | undefined, dflt: number): NDArray => {
    const a = v === undefined || v === null ? new NDArray(new Float64Array([dflt]), 'float64', []) : asarray(v);
    return a.ndim === 0 ? a : new NDArray(a.data, a.dtype, X.shape, broadcastStrides(a.shape, a.elementStrides, X.shape), a.offset, a);
  };
  if (opts.nan !== undefined) broadcastShapes(asarray(opts.nan).shape, X.shape);
  const nanv = repl(opts.nan, 0);
  const posv = repl(opts.posinf, big);
  const negv = repl(opts.neginf, -big);
  const get = (a: NDArray, i: number) => (a.ndim === 0 ? a.data[a.offset] : a.flatGet(i));
  for (let i = 0; i < X.size; i++) {
    const v = X.flatGet(i);
    if (v !== v) X.flatSet(i, get(nanv, i));
    else if (v === Infinity) X.flatSet(i, get(posv, i));
    else if (v === -Infinity) X.flatSet(i, get(negv, i));
  }
  return unwrap0d(X);
}

/**
 * The normalized sinc function, sin(pi x) / (pi x), with sinc(0) = 1.
 *
 * @example
 * np.sinc(np.array([0, 0.5, 1]))   // array([1.00000000e+00, 6.36619772e-01, 3.89817183e-17])
 */
export function sinc(x: ArrayLike): any {
  const scalarIn = isScalar(x);
  const X = asarray(m.multiply(Math.PI, asarray(x)) as NDArray);
  const eps = X.dtype === 'float32' ? 1.1920928955078125e-7 : isFloat(X.dtype) ? 2.220446049250313e-16 : 1e-20;
  const y = where(X, X, eps) as NDArray;
  const r = m.divide(m.sin(y), y) as NDArray;
  return scalarIn ? unwrap0d(r) : r;
}

// ---------------------------------------------------------------------------------------
// ndarray methods
// ---------------------------------------------------------------------------------------

declare module './ndarray' {
  interface NDArray {
    /**
     * Values limited to [min, max]; either bound may be null. @example np.arange(10).clip(2, 7)
     */
    clip(min?: ArrayLike | null | ClipOptions, max?: ArrayLike | null | ClipOptions, opts?: ClipOptions): NDArray;
    /**
     * Rounded to `decimals` places, halves to even (as np.round). @example np.array([1.25, 2.675]).round(2)
     */
    round(decimals?: number | RoundOptions, opts?: RoundOptions): NDArray;
  }
}

const P = NDArray.prototype as any;
P.clip = function (this: NDArray, min?: ArrayLike | null | ClipOptions, max?: ArrayLike | null | ClipOptions, opts: ClipOptions = {}) {
  let o: ClipOptions = isOptions(opts) ? opts : {};
  const pos: (ArrayLike | null | undefined)[] = [];
  for (const v of [min, max]) {
    if (isOptions(v)) {
      o = v as ClipOptions;
      break;
    }
    pos.push(v as ArrayLike | null | undefined);
  }
  const lo = pos[0] !== undefined ? pos[0] : o.min;
  const hi = pos[1] !== undefined ? pos[1] : o.max;
  return clipImpl(this, lo ?? null, hi ?? null, o.out);
};
P.round = function (this: NDArray, decimals?: number | RoundOptions, opts: RoundOptions = {}) {
  return round(this, decimals, opts);
};
