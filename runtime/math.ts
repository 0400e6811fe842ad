/**
 * The ufuncs: arithmetic, comparison, logic, bits and elementwise math, each a spec of
 * NumPy's type rules plus the expression its loop computes.
 */
import { type DType, isFloat, kindOf } from './dtype';
import {
  type BinaryLoop, type BinaryUfunc, type UnaryUfunc, makeBinary, makeUnary, noLoop, noLoopFor, floatLoopType, isNarrowInt,
} from './ufunc';
import { ValueError, NumpyTypeError } from './errors';
import type { NDArray } from './ndarray';

const same = (d: DType, expr: string): BinaryLoop => ({ input: d, output: d, expr });
const isInt = (d: DType) => kindOf(d) === 'i' || kindOf(d) === 'u';

/** Arithmetic that keeps the promoted dtype; bool goes through `boolExpr` or int8. */
function arith(name: string, expr: (d: DType) => string, boolExpr?: string) {
  return makeBinary({
    name,
    loop: (d) => (d === 'bool' ? (boolExpr ? same('bool', boolExpr) : same('int8', expr('int8'))) : same(d, expr(d))),
  });
}

/**
 * Float-only binary functions. NumPy picks the first float loop both inputs cast to
 * safely, so int8 with uint16 computes in float32; true division of ints is float64.
 */
function floatBinary(name: string, expr: string, trueDivide = false) {
  return makeBinary({
    name,
    loop: (d, d1, d2) => {
      let f: DType;
      if (trueDivide) f = isFloat(d) ? d : 'float64';
      else f = floatLoopType(d1) === 'float64' || floatLoopType(d2) === 'float64' ? 'float64' : 'float32';
      return { input: f, output: f, expr };
    },
  });
}

function compare(name: string, op: string): BinaryUfunc<boolean> {
  return makeBinary<boolean>({ name, comparison: true, loop: (d) => ({ input: d, output: 'bool', expr: `(x ${op} y) ? 1 : 0` }) });
}

function logical(name: string, expr: string): BinaryUfunc<boolean> {
  return makeBinary<boolean>({ name, loop: (d) => ({ input: d, output: 'bool', expr }) });
}

function bitwise(name: string, boolExpr: string, intExpr: string) {
  return makeBinary({
    name,
    loop: (d) => {
      if (d === 'bool') return same('bool', boolExpr);
      if (!isInt(d)) noLoop(name);
      return same(d, intExpr);
    },
  });
}

function unary(name: string, expr: (d: DType) => string, out: (d: DType) => DType = (d) => d) {
  return makeUnary({ name, loop: (d) => ({ input: d, output: out(d), expr: expr(d) }) });
}

/** Float functions such as sqrt and exp: ints compute in float. */
function floatUnary(name: string, expr: string) {
  return makeUnary({ name, loop: (d) => ({ input: floatLoopType(d), output: floatLoopType(d), expr }) });
}

/** floor, ceil, trunc: ints and bools pass through unchanged (NumPy 2 keeps their dtype). */
function rounding(name: string, expr: string) {
  return makeUnary({
    name,
    loop: (d) => (isInt(d) || d === 'bool' ? { input: d, output: d, expr: 'x' } : { input: floatLoopType(d), output: floatLoopType(d), expr }),
  });
}

function predicate(name: string, floatExpr: string, intValue: string): UnaryUfunc<boolean> {
  return makeUnary<boolean>({ name, loop: (d) => ({ input: d, output: 'bool', expr: isFloat(d) ? floatExpr : intValue }) });
}

// ---------------------------------------------------------------------------------------
// arithmetic
// ---------------------------------------------------------------------------------------

/**
 * Adds arguments elementwise (`x1 + x2`), with broadcasting.
 *
 * @example
 * np.add(np.array([1, 2]), np.ones(2))   // array([2., 3.])
 * np.array([1, 2]).add(1)                // array([2, 3])
 */
export const add = arith('add', () => 'x + y', '(x | y)');

/**
 * Subtracts arguments elementwise (`x1 - x2`).
 *
 * @example
 * np.subtract(5, np.array([1, 2]))   // array([4, 3])
 */
export const subtract = makeBinary({
  name: 'subtract',
  loop: (d) => {
    if (d === 'bool') {
      throw new NumpyTypeError(
        'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.',
      );
    }
    return same(d, 'x - y');
  },
});

/**
 * Multiplies arguments elementwise (`x1 * x2`).
 *
 * @example
 * np.multiply(np.array([1, 2]), 1.6)   // array([1.6, 3.2])
 */
export const multiply = arith('multiply', (d) => (isNarrowInt(d) ? 'Math.imul(x, y)' : 'x * y'), '(x & y)');

/**
 * Divides arguments elementwise (`x1 / x2`, true division: ints give float64).
 *
 * @example
 * np.divide(np.array([1, 2, 3]), 2)   // array([0.5, 1. , 1.5])
 */
export const divide = floatBinary('divide', 'x / y', true);
/** Alias of `divide`. */
export const true_divide = divide;

/**
 * The largest integer less than or equal to the division (`x1 // x2`).
 *
 * @example
 * np.floor_divide(np.array([7, -7]), 2)   // array([ 3, -4])
 */
export const floor_divide = arith('floor_divide', (d) => (isFloat(d) ? 'H.ffloordiv(x, y)' : 'H.ifloordiv(x, y)'));

/**
 * Remainder of division with the sign of the divisor, as Python's `%`.
 *
 * @example
 * np.mod(np.array([7, -7]), 3)   // array([1, 2])
 */
export const mod = arith('remainder', (d) => (isFloat(d) ? 'H.fmod(x, y)' : 'H.imod(x, y)'));
/** Alias of `mod`. */
export const remainder = mod;

/**
 * First array elements raised to powers from the second, elementwise (`x1 ** x2`).
 * Integers to negative integer powers throw ValueError, as in NumPy.
 *
 * @example
 * np.power(2, np.arange(5))   // array([ 1,  2,  4,  8, 16])
 */
export const power = makeBinary({
  name: 'power',
  loop: (d) => {
    const t: DType = d === 'bool' ? 'int8' : d;
    if (isFloat(t)) return same(t, 'Math.pow(x, y)');
    return same(t, isNarrowInt(t) ? 'H.ipow32(x, y)' : 'H.ipow64(x, y)');
  },
  check: (_a: NDArray, b: NDArray, loop: BinaryLoop) => {
    if (isFloat(loop.input) || kindOf(b.dtype) === 'u') return;
    for (let i = 0; i < b.size; i++) {
      if (b.flatGet(i) < 0) throw new ValueError('Integers to negative integer powers are not allowed.');
    }
  },
});

/**
 * Elementwise maximum; NaN propagates.
 *
 * @example
 * np.maximum(np.array([1, 5, 3]), np.array([4, 2, 6]))   // array([4, 5, 6])
 */
export const maximum = arith('maximum', () => 'H.max(x, y)', 'H.max(x, y)');
/** Elementwise minimum; NaN propagates. @example np.minimum(np.array([1.5, -2]), 0) */
export const minimum = arith('minimum', () => 'H.min(x, y)', 'H.min(x, y)');
/** Elementwise maximum, ignoring NaN. @example np.fmax(np.array([1, NaN]), 0) */
export const fmax = arith('fmax', () => 'H.fmax(x, y)', 'H.fmax(x, y)');
/** Elementwise minimum, ignoring NaN. @example np.fmin(np.array([1, NaN]), 0) */
export const fmin = arith('fmin', () => 'H.fmin(x, y)', 'H.fmin(x, y)');

/**
 * Elementwise arc tangent of x1/x2, choosing the quadrant correctly.
 *
 * @example
 * np.arctan2(1, -1)   // 2.356194490192345
 */
export const arctan2 = floatBinary('arctan2', 'Math.atan2(x, y)');
/** The hypotenuse sqrt(x1**2 + x2**2), elementwise. @example np.hypot(3, 4)   // 5 */
export const hypot = floatBinary('hypot', 'Math.hypot(x, y)');
/** log(exp(x1) + exp(x2)) without overflow. @example np.logaddexp(0, 0)   // 0.6931471805599453 */
export const logaddexp = floatBinary('logaddexp', 'H.logaddexp(x, y)');
/** x1 with the sign of x2. @example np.copysign(1, -0.0)   // -1 */
export const copysign = floatBinary('copysign', 'H.copysign(x, y)');

// ---------------------------------------------------------------------------------------
// comparison and logic
// ---------------------------------------------------------------------------------------

/** `x1 == x2` elementwise. @example np.equal(np.array([1, 2, 3]), 2)   // array([False,  True, False]) */
export const equal = compare('equal', '===');
/** `x1 != x2` elementwise. @example np.not_equal(np.array([1, 2]), 1)   // array([False,  True]) */
export const not_equal = compare('not_equal', '!==');
/** `x1 < x2` elementwise. @example np.less(np.array([1, 2, 3]), 2)   // array([ True, False, False]) */
export const less = compare('less', '<');
/** `x1 <= x2` elementwise. @example np.less_equal(np.array([1, 2, 3]), 2) */
export const less_equal = compare('less_equal', '<=');
/** `x1 > x2` elementwise. @example np.greater(np.array([1, 2, 3]), 2) */
export const greater = compare('greater', '>');
/** `x1 >= x2` elementwise. @example np.greater_equal(np.array([1, 2, 3]), 2) */
export const greater_equal = compare('greater_equal', '>=');

/** Truth of x1 AND x2, elementwise. @example np.logical_and([true, false], true) */
export const logical_and = logical('logical_and', '(x !== 0 && y !== 0) ? 1 : 0');
/** Truth of x1 OR x2, elementwise. @example np.logical_or([true, false], false) */
export const logical_or = logical('logical_or', '(x !== 0 || y !== 0) ? 1 : 0');
/** Truth of x1 XOR x2, elementwise. @example np.logical_xor([true, false], true) */
export const logical_xor = logical('logical_xor', '((x !== 0) !== (y !== 0)) ? 1 : 0');
/** Truth of NOT x, elementwise. @example np.logical_not(np.array([0, 1, 2]))   // array([ True, False, False]) */
export const logical_not = makeUnary<boolean>({ name: 'logical_not', loop: (d) => ({ input: d, output: 'bool', expr: 'x === 0 ? 1 : 0' }) });

/** Bitwise AND (logical for bools). @example np.bitwise_and(np.array([12, 10]), 6)   // array([4, 2]) */
export const bitwise_and = bitwise('bitwise_and', 'x & y', 'H.band(x, y)');
/** Bitwise OR. @example np.bitwise_or(np.array([12, 10]), 1)   // array([13, 11]) */
export const bitwise_or = bitwise('bitwise_or', 'x | y', 'H.bor(x, y)');
/** Bitwise XOR. @example np.bitwise_xor(np.array([12, 10]), 6)   // array([10, 12]) */
export const bitwise_xor = bitwise('bitwise_xor', 'x ^ y', 'H.bxor(x, y)');
/** Shift the bits of x1 left by x2. @example np.left_shift(1, np.arange(3))   // array([1, 2, 4]) */
export const left_shift = bitwise('left_shift', 'x', 'H.lshift(x, y)');
/** Shift the bits of x1 right by x2. @example np.right_shift(8, np.arange(3))   // array([8, 4, 2]) */
export const right_shift = bitwise('right_shift', 'x', 'H.rshift(x, y)');

/**
 * Bitwise NOT (`~x`); logical NOT for bools.
 *
 * @example
 * np.invert(np.array([0, 1, 255], {dtype: 'uint8'}))   // array([255, 254,   0], dtype=uint8)
 */
export const invert = makeUnary({
  name: 'invert',
  loop: (d) => {
    if (d === 'bool') return { input: d, output: d, expr: 'x ^ 1' };
    if (!isInt(d)) noLoop('invert');
    return { input: d, output: d, expr: d === 'uint64' ? '18446744073709551615 - x' : '-x - 1' };
  },
});
/** Alias of `invert`. */
export const bitwise_not = invert;

// ---------------------------------------------------------------------------------------
// unary math
// ---------------------------------------------------------------------------------------

/**
 * Numerical negative, elementwise (`-x`). Unsigned ints wrap, as in NumPy.
 *
 * @example
 * np.negative(np.array([1, -2]))   // array([-1,  2])
 */
export const negative = unary('negative', () => '-x', (d) => {
  if (d === 'bool') {
    throw new NumpyTypeError(
      'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.',
    );
  }
  return d;
});
/** `+x`: a copy. @example np.positive(np.array([-1, 2])) */
export const positive = unary('positive', () => 'x');
/**
 * Absolute value, elementwise.
 *
 * @example
 * np.absolute(np.array([-1, 2, -3]))   // array([1, 2, 3])
 */
export const absolute = unary('absolute', () => 'Math.abs(x)');
/** Alias of `absolute`. */
export const abs = absolute;

/**
 * The complex conjugate, elementwise (real input is returned unchanged, as a new array).
 *
 * @example
 * np.conjugate(np.array([np.complex(1, 2), 3]))   // array([1.-2.j, 3.-0.j])
 */
export const conjugate = unary('conjugate', () => 'x');
/** Alias of np.conjugate. */
export const conj = conjugate;
/** Alias of `absolute` for floats. */
export const fabs = floatUnary('fabs', 'Math.abs(x)');
/**
 * Square of each element (`x * x`), keeping the dtype.
 *
 * @example
 * np.square(np.array([1, 2, 3]))   // array([1, 4, 9])
 */
export const square = unary('square', (d) => (d === 'bool' ? 'x & x' : isNarrowInt(d) ? 'Math.imul(x, x)' : 'x * x'), (d) => (d === 'bool' ? 'int8' : d));
/** Elementwise sign: -1, 0 or 1 (NaN stays NaN). @example np.sign(np.array([-2.5, 0, 3])) */
export const sign = unary('sign', () => 'H.sign(x)', (d) => (d === 'bool' ? noLoopFor('sign', d) : d));
/** 1/x elementwise. @example np.reciprocal(np.array([1, 2, 4], {dtype: 'float64'})) */
export const reciprocal = unary('reciprocal', (d) => (isFloat(d) ? '1 / x' : 'x === 0 ? 0 : Math.trunc(1 / x)'));

/** Non-negative square root, elementwise (NaN for negatives). @example np.sqrt(np.array([1, 4, 9]))   // array([1., 2., 3.]) */
export const sqrt = floatUnary('sqrt', 'Math.sqrt(x)');
/** Cube root, elementwise. @example np.cbrt(np.array([1, 8, 27])) */
export const cbrt = floatUnary('cbrt', 'Math.cbrt(x)');
/** e**x, elementwise. @example np.exp(np.array([0, 1])) */
export const exp = floatUnary('exp', 'Math.exp(x)');
/** 2**x, elementwise. @example np.exp2(np.array([0, 3])) */
export const exp2 = floatUnary('exp2', 'Math.pow(2, x)');
/** e**x - 1, accurate for small x. @example np.expm1(np.array([1e-10, 1])) */
export const expm1 = floatUnary('expm1', 'Math.expm1(x)');
/** Natural logarithm, elementwise. @example np.log(np.array([1, Math.E])) */
export const log = floatUnary('log', 'Math.log(x)');
/** log(1 + x), accurate for small x. @example np.log1p(np.array([1e-10, 1])) */
export const log1p = floatUnary('log1p', 'Math.log1p(x)');
/** Base-2 logarithm. @example np.log2(np.array([1, 8, 1024])) */
export const log2 = floatUnary('log2', 'Math.log2(x)');
/** Base-10 logarithm. @example np.log10(np.array([1, 1000, 0.01])) */
export const log10 = floatUnary('log10', 'Math.log10(x)');
/** Sine, elementwise (radians). @example np.sin(np.array([0, Math.PI / 2])) */
export const sin = floatUnary('sin', 'Math.sin(x)');
/** Cosine, elementwise (radians). @example np.cos(np.array([0, Math.PI])) */
export const cos = floatUnary('cos', 'Math.cos(x)');
/** Tangent, elementwise (radians). @example np.tan(np.array([0, Math.PI / 4])) */
export const tan = floatUnary('tan', 'Math.tan(x)');
/** Inverse sine. @example np.arcsin(np.array([-1, 0, 1])) */
export const arcsin = floatUnary('arcsin', 'Math.asin(x)');
/** Inverse cosine. @example np.arccos(np.array([1, 0.5, -1])) */
export const arccos = floatUnary('arccos', 'Math.acos(x)');
/** Inverse tangent. @example np.arctan(np.array([0, 1])) */
export const arctan = floatUnary('arctan', 'Math.atan(x)');
/** Hyperbolic sine. @example np.sinh(np.array([0, 1])) */
export const sinh = floatUnary('sinh', 'Math.sinh(x)');
/** Hyperbolic cosine. @example np.cosh(np.array([0, 1])) */
export const cosh = floatUnary('cosh', 'Math.cosh(x)');
/** Hyperbolic tangent. @example np.tanh(np.array([0, 1])) */
export const tanh = floatUnary('tanh', 'Math.tanh(x)');
/** Inverse hyperbolic sine. @example np.arcsinh(np.array([0, 1])) */
export const arcsinh = floatUnary('arcsinh', 'Math.asinh(x)');
/** Inverse hyperbolic cosine. @example np.arccosh(np.array([1, 2])) */
export const arccosh = floatUnary('arccosh', 'Math.acosh(x)');
/** Inverse hyperbolic tangent. @example np.arctanh(np.array([0, 0.5])) */
export const arctanh = floatUnary('arctanh', 'Math.atanh(x)');
/** Degrees to radians. @example np.deg2rad(180)   // 3.141592653589793 */
export const deg2rad = floatUnary('deg2rad', 'x * (Math.PI / 180)');
/** Radians to degrees. @example np.rad2deg(Math.PI)   // 180 */
export const rad2deg = floatUnary('rad2deg', 'x * (180 / Math.PI)');
/** Alias of `deg2rad`. */
export const radians = deg2rad;
/** Alias of `rad2deg`. */
export const degrees = rad2deg;

/** Floor of each element (ints keep their dtype). @example np.floor(np.array([-1.5, 0.5]))   // array([-2.,  0.]) */
export const floor = rounding('floor', 'Math.floor(x)');
/** Ceiling of each element. @example np.ceil(np.array([-1.5, 0.5]))   // array([-1.,  1.]) */
export const ceil = rounding('ceil', 'Math.ceil(x)');
/** Truncation toward zero. @example np.trunc(np.array([-1.7, 1.7]))   // array([-1.,  1.]) */
export const trunc = rounding('trunc', 'Math.trunc(x)');
/** Round to the nearest integer, halves to even. @example np.rint(np.array([0.5, 1.5, 2.5]))   // array([0., 2., 2.]) */
export const rint = floatUnary('rint', 'H.rint(x)');

/** NaN test, elementwise. @example np.isnan(np.array([1, NaN]))   // array([False,  True]) */
export const isnan = predicate('isnan', '(x !== x) ? 1 : 0', '0');
/** Infinity test, elementwise. @example np.isinf(np.array([1, Infinity])) */
export const isinf = predicate('isinf', '(x === Infinity || x === -Infinity) ? 1 : 0', '0');
/** Finiteness test, elementwise. @example np.isfinite(np.array([1, NaN, Infinity])) */
export const isfinite = predicate('isfinite', '(x - x === 0) ? 1 : 0', '1');
/** Sign bit test, elementwise (true for -0). @example np.signbit(np.array([-1, 0])) */
export const signbit = predicate('signbit', '(x < 0 || Object.is(x, -0)) ? 1 : 0', '(x < 0) ? 1 : 0');
