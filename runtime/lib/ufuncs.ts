/**
 * More of NumPy's ufuncs: gcd, lcm, fmod, ldexp, and the two-output ones divmod, modf and
 * frexp (which return a JS array `[first, second]`, NumPy's tuple).
 */
import { type DType, kindOf, isFloat } from '../dtype';
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import {
  type UfuncOptions, type BinaryUfunc, makeBinary, makeUnary, noLoop, floatLoopType,
} from '../ufunc';
import { UFuncTypeError, NumpyTypeError } from '../errors';
import { floor_divide, mod } from '../math';

const isInt = (d: DType) => kindOf(d) === 'i' || kindOf(d) === 'u';

const DTYPE_CLASS: Record<string, string> = { bool: 'Bool', float32: 'Float32', float64: 'Float64' };

/** NumPy's class name of an operand's DType, as its no-loop messages print it. */
function dtypeClass(x: unknown): string {
  if (typeof x === 'boolean') return "<class 'numpy.dtypes._PyBoolDType'>";
  if (typeof x === 'number') return Number.isInteger(x) ? "<class 'numpy.dtypes._PyLongDType'>" : "<class 'numpy.dtypes._PyFloatDType'>";
  const d = asarray(x as ArrayLike).dtype;
  const cls = DTYPE_CLASS[d] ?? d.replace(/^(u?)int/, (_, u) => (u ? 'UInt' : 'Int'));
  return `<class 'numpy.dtypes.${cls}DType'>`;
}

const NO_INT_LOOP = Symbol('no integer loop');

/** A binary ufunc defined for integers only (NumPy's gcd and lcm). */
function intOnly(name: string, expr: string): BinaryUfunc {
  const u = makeBinary({
    name,
    loop: (d) => {
      if (!isInt(d)) throw NO_INT_LOOP;
      return { input: d, output: d, expr };
    },
  });
  const f = (x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions) => {
    try {
      return u(x1, x2, opts);
    } catch (e) {
      if (e !== NO_INT_LOOP) throw e;
      throw new UFuncTypeError(`ufunc '${name}' did not contain a loop with signature matching types (${dtypeClass(x1)}, ${dtypeClass(x2)}) -> None`);
    }
  };
  Object.defineProperty(f, 'name', { value: name });
  return f as BinaryUfunc;
}

/**
 * The greatest common divisor of |x1| and |x2|, elementwise (integers only).
 *
 * @example
 * np.gcd(12, 20)                              // 4
 * np.gcd(np.arange(6), 20)                    // array([20,  1,  2,  1,  4,  5])
 */
export const gcd = intOnly('gcd', 'H.gcd(x, y)');

/**
 * The lowest common multiple of |x1| and |x2|, elementwise (integers only; wraps in
 * narrow dtypes as NumPy's).
 *
 * @example
 * np.lcm(12, 20)                              // 60
 * np.lcm(np.arange(6), 20)                    // array([ 0, 20, 20, 60, 20, 20])
 */
export const lcm = intOnly('lcm', 'H.lcm(x, y)');

/**
 * The remainder of division with the sign of the dividend (C's fmod), unlike `np.mod`
 * whose remainder has the divisor's sign. Integer division by zero gives 0, float NaN.
 *
 * @example
 * np.fmod(np.array([-3, -2, -1, 1, 2, 3]), 2)   // array([-1,  0, -1,  1,  0,  1])
 * np.mod(np.array([-3, -2, -1, 1, 2, 3]), 2)    // array([1, 0, 1, 1, 0, 1])
 */
export const fmod = makeBinary({
  name: 'fmod',
  loop: (d) => {
    const t: DType = d === 'bool' ? 'int8' : d;
    return { input: t, output: t, expr: isFloat(t) ? 'x % y' : 'H.ifmod(x, y)' };
  },
});

/** Options of the two-output ufuncs: `out` is a pair of arrays. */
export interface TwoOutOptions {
  out?: readonly [NDArray | null, NDArray | null] | null;
  dtype?: UfuncOptions['dtype'];
}

function outPair(name: string, opts: TwoOutOptions | undefined): [UfuncOptions, UfuncOptions] {
  if (opts === undefined || opts === null) return [{}, {}];
  if (typeof opts !== 'object' || Array.isArray(opts) || opts instanceof NDArray) {
    throw new NumpyTypeError(`${name}() takes its keyword arguments as an options object, e.g. {out: [q, r]}`);
  }
  const out = opts.out;
  if (out !== undefined && out !== null && (!Array.isArray(out) || out.length !== 2)) {
    throw new NumpyTypeError(`'out' must be a tuple of 2 arrays for ${name}`);
  }
  return [
    { dtype: opts.dtype, out: out ? out[0] : undefined },
    { dtype: opts.dtype, out: out ? out[1] : undefined },
  ];
}

/**
 * Floor division and remainder at once: `[x1 // x2, x1 % x2]` (a JS array, NumPy's tuple).
 *
 * @example
 * np.divmod(np.arange(5), 3)   // [array([0, 0, 0, 1, 1]), array([0, 1, 2, 0, 1])]
 * np.divmod(7, 2)              // [3, 1]
 */
export function divmod(x1: ArrayLike, x2: ArrayLike, opts?: TwoOutOptions): [any, any] {
  const [o1, o2] = outPair('divmod', opts);
  return [floor_divide(x1, x2, o1), mod(x1, x2, o2)];
}

const modfFrac = makeUnary({ name: 'modf', loop: (d) => ({ input: floatLoopType(d), output: floatLoopType(d), expr: 'H.modfFrac(x)' }) });
const modfInt = makeUnary({ name: 'modf', loop: (d) => ({ input: floatLoopType(d), output: floatLoopType(d), expr: 'Math.trunc(x)' }) });

/**
 * The fractional and integral parts of each element, both signed like it:
 * `[fractional, integral]` (float; ints give float64, as NumPy).
 *
 * @example
 * np.modf(np.array([0, 3.5, -2.25], {dtype: 'float64'}))   // [array([ 0.  ,  0.5 , -0.25]), array([ 0.,  3., -2.])]
 * np.modf(-0.5)                                            // [-0.5, -0]
 */
export function modf(x: ArrayLike, opts?: TwoOutOptions): [any, any] {
  const [o1, o2] = outPair('modf', opts);
  return [modfFrac(x, o1), modfInt(x, o2)];
}

const frexpM = makeUnary({ name: 'frexp', loop: (d) => ({ input: floatLoopType(d), output: floatLoopType(d), expr: 'H.frexpM(x)' }) });
const frexpE = makeUnary({ name: 'frexp', loop: (d) => ({ input: floatLoopType(d), output: 'int32', expr: 'H.frexpE(x)' }) });

/**
 * Splits each element into mantissa and exponent, `x = m * 2**e` with 0.5 <= |m| < 1:
 * `[mantissa, exponent]`, the exponent int32 (0 with m = x for 0, inf and NaN).
 *
 * @example
 * np.frexp(np.array([8, 0.75, -3], {dtype: 'float64'}))   // [array([ 0.5 ,  0.75, -0.75]), array([4, 0, 2], dtype=int32)]
 */
export function frexp(x: ArrayLike, opts?: TwoOutOptions): [any, any] {
  const [o1, o2] = outPair('frexp', opts);
  return [frexpM(x, o1), frexpE(x, o2)];
}

/** The dtype NumPy's type resolution sees for an operand (a JS number is a Python int or float). */
function operandDtype(x: unknown): DType {
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int64' : 'float64';
  return asarray(x as ArrayLike).dtype;
}

/**
 * `x1 * 2**x2`, elementwise: x1 float (ints become float64), x2 integer exponents.
 *
 * @example
 * np.ldexp(5, np.arange(4))   // array([ 5., 10., 20., 40.])
 * np.ldexp(0.75, 4)           // 12
 */
export const ldexp: BinaryUfunc = Object.defineProperty(
  (x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions) => {
    // A Python int or bool x1 beside an array exponent is weak: NumPy picks its smallest
    // float loop, float16 (float32 here); with two Python scalars it is float64.
    const weak1 = (typeof x1 === 'boolean' || (typeof x1 === 'number' && Number.isInteger(x1))) && typeof x2 !== 'number' && typeof x2 !== 'boolean';
    const d1 = weak1 ? 'int8' : operandDtype(x1);
    const d2 = operandDtype(x2);
    if (!isInt(d2) && d2 !== 'bool') noLoop('ldexp');
    if (d2 === 'uint64') noLoop('ldexp');
    const f = floatLoopType(d1);
    return makeBinary({ name: 'ldexp', loop: () => ({ input: f, output: f, expr: 'H.ldexp(x, y)' }) })(x1, x2, opts);
  },
  'name',
  { value: 'ldexp' },
) as BinaryUfunc;

/** A float-only binary ufunc: the first float loop both inputs cast to safely (math.ts's rule). */
function floatBinary(name: string, expr: string) {
  return makeBinary({
    name,
    loop: (_d, d1, d2) => {
      const f: DType = floatLoopType(d1) === 'float64' || floatLoopType(d2) === 'float64' ? 'float64' : 'float32';
      return { input: f, output: f, expr };
    },
  });
}

/**
 * The Heaviside step function: 0 where x1 < 0, `x2` where x1 == 0, 1 where x1 > 0 (NaN
 * stays NaN).
 *
 * @example
 * np.heaviside(np.array([-1.5, 0, 2], {dtype: 'float64'}), 0.5)   // array([0. , 0.5, 1. ])
 */
export const heaviside = floatBinary('heaviside', '(x !== x) ? x : x < 0 ? 0 : x > 0 ? 1 : y');

/**
 * log2(2**x1 + 2**x2), without overflow (NumPy's npy_logaddexp2).
 *
 * @example
 * np.logaddexp2(1, 1)   // 2
 */
export const logaddexp2 = floatBinary('logaddexp2', 'H.logaddexp2(x, y)');

/**
 * `x1 ** x2` computed in float64 whatever the inputs (float32 too), so integer powers
 * never overflow or refuse negative exponents.
 *
 * @example
 * np.float_power(np.array([2, 3]), -1)   // array([0.5       , 0.33333333])
 */
export const float_power = makeBinary({ name: 'float_power', loop: () => ({ input: 'float64', output: 'float64', expr: 'Math.pow(x, y)' }) });
