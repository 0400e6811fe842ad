/**
 * NumPy's ndarray methods, attached to NDArray's prototype: `a.sum()`, `a.add(b)`,
 * `a.get(...)`, `a.reshape(2, 3)`. Each forwards to the function of the same name, so
 * `a.sum({axis: 0})` and `np.sum(a, {axis: 0})` are one code path.
 */
import { NDArray, copyToContiguous, printer } from './ndarray';
import { type DTypeLike, toDType } from './dtype';
import type { ArrayLike } from './asarray';
import type { UfuncOptions } from './ufunc';
import * as m from './math';
import * as r from './reduce';
import * as v from './views';
import { getItem, setItem, type IndexItem } from './indexing';
import { dot, matmul } from './linalg/products';
import { NumpyTypeError } from './errors';
import * as cf from './complex/functions';

type Scalar = number | boolean;

declare module './ndarray' {
  interface NDArray {
    /** `a[index]`: a view for slices, a copy for index arrays, a number for a full integer index. @example a.get("1:, ::2"); a.get(0, 1); a.get(a.gt(0.5)) */
    get(...index: IndexItem[]): any;
    /** `a[index] = value` (the value comes last, and broadcasts). @example a.set("0:2", 5); a.set(1, 2, 77); a.set(a.gt(0), 0) */
    set(...indexAndValue: (IndexItem | ArrayLike)[]): this;

    /** `a + b`. @example np.array([1, 2]).add(1)   // array([2, 3]) */
    add(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a - b`. @example np.array([1, 2]).subtract(1) */
    subtract(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a - b` (short alias of subtract). @example np.array([1, 2]).sub(1)   // array([0, 1]) */
    sub(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a * b`. @example np.array([1, 2]).multiply(1.6) */
    multiply(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a * b` (short alias of multiply). @example np.array([1, 2]).mul(1.6)   // array([1.6, 3.2]) */
    mul(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a / b` (true division). @example np.array([1, 2]).divide(2) */
    divide(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a / b` (short alias of divide). @example np.array([1, 2]).div(2)   // array([0.5, 1. ]) */
    div(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a / b`. */
    true_divide(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a // b`. @example np.array([7, -7]).floor_divide(2)   // array([ 3, -4]) */
    floor_divide(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a % b` (sign of the divisor). @example np.array([7, -7]).mod(3)   // array([1, 2]) */
    mod(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a % b`. */
    remainder(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a ** b`. @example np.array([1, 2, 3]).power(2) */
    power(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a ** b` (short alias of power). @example np.array([1, 2, 3]).pow(2)   // array([1, 4, 9]) */
    pow(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `-a`. @example np.array([1, -2]).negative() */
    negative(opts?: UfuncOptions): NDArray;
    /** `-a` (short alias of negative). @example np.array([1, -2]).neg()   // array([-1,  2]) */
    neg(opts?: UfuncOptions): NDArray;
    /** `abs(a)`. @example np.array([-1.5, 2]).absolute() */
    absolute(opts?: UfuncOptions): NDArray;
    /** `abs(a)` (short alias of absolute). @example np.array([-1.5, 0, 2.5]).abs() */
    abs(opts?: UfuncOptions): NDArray;
    /** `a == b`. @example np.array([1, 2, 3]).equal(2) */
    equal(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a == b` (short alias of equal). @example np.array([1, 2, 3]).eq(2)   // array([False,  True, False]) */
    eq(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a != b`. */
    not_equal(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a != b` (short alias of not_equal). @example np.array([1, 2, 3]).ne(2) */
    ne(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a < b`. */
    less(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a < b` (short alias of less). @example np.array([1, 2, 3]).lt(2) */
    lt(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a <= b`. */
    less_equal(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a <= b` (short alias of less_equal). @example np.array([1, 2, 3]).le(2) */
    le(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a > b`. */
    greater(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a > b` (short alias of greater). @example a.get(a.gt(0.5)) */
    gt(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a >= b`. */
    greater_equal(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a >= b` (short alias of greater_equal). @example np.array([1, 2, 3]).ge(2) */
    ge(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** Elementwise `a and b`. */
    logical_and(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** Elementwise `a or b`. */
    logical_or(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** Elementwise `a xor b`. */
    logical_xor(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** Elementwise `not a`. */
    logical_not(opts?: UfuncOptions): NDArray;
    /** `a & b`. @example a.lt(1.5).bitwise_and(a.ge(0.5)) */
    bitwise_and(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a | b`. */
    bitwise_or(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `a ^ b`. */
    bitwise_xor(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** `~a`. */
    invert(opts?: UfuncOptions): NDArray;
    /** `~a`. */
    bitwise_not(opts?: UfuncOptions): NDArray;
    /** Elementwise maximum with b. */
    maximum(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** Elementwise minimum with b. */
    minimum(b: ArrayLike, opts?: UfuncOptions): NDArray;
    /** Elementwise square root. */
    sqrt(opts?: UfuncOptions): NDArray;
    /** Elementwise square. */
    square(opts?: UfuncOptions): NDArray;
    /** Elementwise e**a. */
    exp(opts?: UfuncOptions): NDArray;
    /** Elementwise natural log. */
    log(opts?: UfuncOptions): NDArray;

    /** Sum over all elements (a number) or axes (an NDArray). @example np.array([[1, 2], [3, 4]]).sum(0)   // array([4, 6]) */
    sum(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    sum(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): number;
    sum(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    sum(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    sum(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Product over all elements (a number) or axes (an NDArray). @example np.array([[1, 2], [3, 4]]).prod()   // 24 */
    prod(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    prod(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): number;
    prod(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    prod(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    prod(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Maximum over all elements (a number) or axes (an NDArray). @example data.max({axis: 0}) */
    max(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    max(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): number;
    max(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    max(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    max(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Minimum over all elements (a number) or axes (an NDArray). @example np.array([3, 1, 2]).min()   // 1 */
    min(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    min(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): number;
    min(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    min(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    min(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Mean over all elements (a number) or axes (an NDArray). @example np.array([[1, 2], [3, 4]]).mean(0)   // array([2., 3.]) */
    mean(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    mean(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): number;
    mean(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    mean(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    mean(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Standard deviation over all elements (a number) or axes (an NDArray); `ddof` in the options. @example np.array([1, 2, 3]).std()   // 0.816496580927726 */
    std(...untyped: r.UntypedArgs<r.Axis, r.VarOptions>): any;
    std(axis?: null | r.WholeOptions<r.VarOptions>, opts?: r.WholeOptions<r.VarOptions>): number;
    std(axis: number | readonly number[] | r.ArrayOptions<r.VarOptions>, opts?: r.VarOptions): NDArray;
    std(axis: null | undefined, opts: r.KeepOptions<r.VarOptions>): NDArray;
    std(axis?: r.Axis | r.VarOptions, opts?: r.VarOptions): any;
    /** Variance over all elements (a number) or axes (an NDArray); `ddof` in the options. @example np.array([1, 2, 3, 4]).var({ddof: 1})   // 1.6666666666666667 */
    var(...untyped: r.UntypedArgs<r.Axis, r.VarOptions>): any;
    var(axis?: null | r.WholeOptions<r.VarOptions>, opts?: r.WholeOptions<r.VarOptions>): number;
    var(axis: number | readonly number[] | r.ArrayOptions<r.VarOptions>, opts?: r.VarOptions): NDArray;
    var(axis: null | undefined, opts: r.KeepOptions<r.VarOptions>): NDArray;
    var(axis?: r.Axis | r.VarOptions, opts?: r.VarOptions): any;
    /** Whether all elements are true (a boolean; an NDArray along axes). @example np.array([1, 2]).gt(0).all()   // true */
    all(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    all(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): boolean;
    all(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    all(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    all(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Whether any element is true (a boolean; an NDArray along axes). @example np.array([0, 0, 3]).any()   // true */
    any(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    any(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): boolean;
    any(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    any(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    any(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;
    /** Index of the maximum in the flattened array (a number), or along an axis (an NDArray). @example np.array([1, 3, 2]).argmax()   // 1 */
    argmax(...untyped: r.UntypedArgs<number | null, r.ArgOptions>): any;
    argmax(axis?: null | r.WholeOptions<r.ArgOptions>, opts?: r.WholeOptions<r.ArgOptions>): number;
    argmax(axis: number | r.ArrayOptions<r.ArgOptions>, opts?: r.ArgOptions): NDArray;
    argmax(axis: null | undefined, opts: r.KeepOptions<r.ArgOptions>): NDArray;
    argmax(axis?: number | null | r.ArgOptions, opts?: r.ArgOptions): any;
    /** Index of the minimum in the flattened array (a number), or along an axis (an NDArray). @example np.array([3, 1, 2]).argmin()   // 1 */
    argmin(...untyped: r.UntypedArgs<number | null, r.ArgOptions>): any;
    argmin(axis?: null | r.WholeOptions<r.ArgOptions>, opts?: r.WholeOptions<r.ArgOptions>): number;
    argmin(axis: number | r.ArrayOptions<r.ArgOptions>, opts?: r.ArgOptions): NDArray;
    argmin(axis: null | undefined, opts: r.KeepOptions<r.ArgOptions>): NDArray;
    argmin(axis?: number | null | r.ArgOptions, opts?: r.ArgOptions): any;
    /** Cumulative sum. */
    cumsum(axis?: number | null | r.AccumulateOptions, opts?: r.AccumulateOptions): NDArray;
    /** Cumulative product. */
    cumprod(axis?: number | null | r.AccumulateOptions, opts?: r.AccumulateOptions): NDArray;
    /** Range of values, max - min, over all elements (a number) or axes (an NDArray). @example np.array([[1, 5], [4, 2]]).ptp(1)   // array([4, 2]) */
    ptp(...untyped: r.UntypedArgs<r.Axis, r.ReduceOptions>): any;
    ptp(axis?: null | r.WholeOptions<r.ReduceOptions>, opts?: r.WholeOptions<r.ReduceOptions>): number;
    ptp(axis: number | readonly number[] | r.ArrayOptions<r.ReduceOptions>, opts?: r.ReduceOptions): NDArray;
    ptp(axis: null | undefined, opts: r.KeepOptions<r.ReduceOptions>): NDArray;
    ptp(axis?: r.Axis | r.ReduceOptions, opts?: r.ReduceOptions): any;

    /** A new shape for the same data (a view when possible). @example np.arange(6).reshape(2, 3) */
    reshape(...shape: v.ShapeArgs): NDArray;
    /** Permuted axes (reversed by default). A view. */
    transpose(...axes: v.ShapeArgs): NDArray;
    /** The transposed array (a view). @example np.array([[1, 2], [3, 4]]).T */
    readonly T: NDArray;
    /** The real part: a view of a complex array (the array itself when real); assignable. @example np.array([np.complex(1, 2)]).real   // array([1.]) */
    real: NDArray;
    /** The imaginary part: a view of a complex array (zeros when real); assignable for complex arrays. @example np.array([np.complex(1, 2)]).imag   // array([2.]) */
    imag: NDArray;
    /** The complex conjugate. @example np.array([np.complex(1, 2)]).conj()   // array([1.-2.j]) */
    conj(): NDArray;
    /** The complex conjugate. @example np.array([np.complex(1, 2)]).conjugate()   // array([1.-2.j]) */
    conjugate(): NDArray;
    /** Two axes interchanged (a view). */
    swapaxes(axis1: number, axis2: number): NDArray;
    /** Elements in C order as 1-d (a view when possible). */
    ravel(): NDArray;
    /** Elements in C order as a new 1-d array. */
    flatten(): NDArray;
    /** Axes of length one removed. */
    squeeze(axis?: number | readonly number[] | null): NDArray;
    /** A copy cast to another dtype (float to int truncates, ints wrap). @example np.array([1.7, -1.7]).astype('int64') */
    astype(dtype: DTypeLike): NDArray;
    /** Sets every element to `value`, in place. */
    fill(value: Scalar): this;
    /** Dot product with b (matrix product for 2-d). @example np.array([1, 2, 3]).dot([[1, 10], [100, 1000], [10000, 100000]])   // array([ 30201, 302010]) */
    dot(b: ArrayLike): any;
    /** Matrix product `a @ b`. @example A.matmul(B) */
    matmul(b: ArrayLike): any;
  }
}

type Fn = (...args: any[]) => any;
const P = NDArray.prototype as any;

function binary(name: string, f: Fn) {
  P[name] = function (this: NDArray, b: ArrayLike, opts?: UfuncOptions) {
    return f(this, b, opts);
  };
}
function unary(name: string, f: Fn) {
  P[name] = function (this: NDArray, opts?: UfuncOptions) {
    return f(this, opts);
  };
}
function passthrough(name: string, f: Fn) {
  P[name] = function (this: NDArray, ...args: any[]) {
    return f(this, ...args);
  };
}

const binaries: Record<string, Fn> = {
  add: m.add, subtract: m.subtract, sub: m.subtract, multiply: m.multiply, mul: m.multiply,
  divide: m.divide, div: m.divide, true_divide: m.divide, floor_divide: m.floor_divide,
  mod: m.mod, remainder: m.mod, power: m.power, pow: m.power,
  equal: m.equal, eq: m.equal, not_equal: m.not_equal, ne: m.not_equal, less: m.less, lt: m.less,
  less_equal: m.less_equal, le: m.less_equal, greater: m.greater, gt: m.greater,
  greater_equal: m.greater_equal, ge: m.greater_equal,
  logical_and: m.logical_and, logical_or: m.logical_or, logical_xor: m.logical_xor,
  bitwise_and: m.bitwise_and, bitwise_or: m.bitwise_or, bitwise_xor: m.bitwise_xor,
  maximum: m.maximum, minimum: m.minimum,
};
for (const [k, f] of Object.entries(binaries)) binary(k, f);

const unaries: Record<string, Fn> = {
  negative: m.negative, neg: m.negative, absolute: m.absolute, abs: m.absolute,
  logical_not: m.logical_not, invert: m.invert, bitwise_not: m.invert,
  sqrt: m.sqrt, square: m.square, exp: m.exp, log: m.log,
};
for (const [k, f] of Object.entries(unaries)) unary(k, f);

const others: Record<string, Fn> = {
  sum: r.sum, prod: r.prod, max: r.max, min: r.min, mean: r.mean, std: r.std, var: r.variance,
  all: r.all, any: r.any, argmax: r.argmax, argmin: r.argmin, cumsum: r.cumsum, cumprod: r.cumprod,
  ptp: r.ptp, dot, matmul, reshape: v.reshape, transpose: v.transpose, swapaxes: v.swapaxes, ravel: v.ravel,
  flatten: v.flatten, squeeze: v.squeeze,
};
for (const [k, f] of Object.entries(others)) passthrough(k, f);

Object.defineProperty(P, 'T', {
  get(this: NDArray) {
    return v.transpose(this);
  },
});

Object.defineProperty(P, 'real', {
  get(this: NDArray) {
    return cf.real(this);
  },
  // `a.real = v` writes the real parts (all of a real array), broadcasting v.
  set(this: NDArray, v: ArrayLike) {
    setItem(cf.real(this) as NDArray, ['...'], v);
  },
});
Object.defineProperty(P, 'imag', {
  get(this: NDArray) {
    return cf.imag(this);
  },
  set(this: NDArray, v: ArrayLike) {
    if (this.dtype !== 'complex64' && this.dtype !== 'complex128') throw new NumpyTypeError('array does not have imaginary part to set');
    setItem(cf.imag(this) as NDArray, ['...'], v);
  },
});
P.conj = function (this: NDArray) {
  return m.conjugate(this);
};
P.conjugate = P.conj;

P.get = function (this: NDArray, ...index: IndexItem[]) {
  return getItem(this, index);
};
P.set = function (this: NDArray, ...args: any[]) {
  if (args.length < 2) throw new TypeError('set() takes an index and a value: a.set(index, value)');
  const value = args.pop();
  setItem(this, args, value);
  return this;
};
P.astype = function (this: NDArray, dtype: DTypeLike) {
  return copyToContiguous(this, toDType(dtype));
};
P.fill = function (this: NDArray, value: Scalar) {
  setItem(this, ['...'], value);
  return this;
};

export { printer };
