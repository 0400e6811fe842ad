/**
 * Comparison and type logic: isclose, allclose, array_equal, array_equiv, isscalar,
 * isposinf/isneginf, the real/complex predicates, and np.result_type / np.can_cast with
 * NumPy 2's rules (NEP 50: JS numbers are weak scalars).
 */
import { NDArray, zerosOf } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { type DType, type DTypeLike, toDType, promoteTypes, promoteWithScalar, kindOf, isFloat } from './dtype';
import { broadcastShapes } from './shape';
import { resultType } from './ufunc';
import { ValueError, NumpyTypeError } from './errors';
import * as m from './math';
import { all as allReduce } from './reduce';

const isScalar = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';

/** A 0-d bool array becomes a JS boolean, as NumPy's `result[()]`. */
function unwrapBool(v: NDArray | number | boolean): NDArray | boolean {
  if (v instanceof NDArray) return v.ndim === 0 ? v.data[v.offset] !== 0 : v;
  return Boolean(v);
}

/** Options of isclose / allclose. */
export interface CloseOptions {
  /** Relative tolerance (default 1e-05). */
  rtol?: ArrayLike;
  /** Absolute tolerance (default 1e-08). */
  atol?: ArrayLike;
  /** Whether NaNs in the same place compare equal (default false). */
  equal_nan?: boolean;
}

/**
 * Elementwise `|a - b| <= atol + rtol * |b|` (and a == b, which covers equal infinities),
 * computed in NumPy's dtypes. Returns a bool array, or a boolean for scalar inputs.
 *
 * Parameters
 * - a, b: array_like inputs (broadcast together).
 * - rtol: relative tolerance, default 1e-05; atol: absolute tolerance, default 1e-08.
 * - equal_nan: NaNs in the same place count as close.
 *
 * @example
 * np.isclose(np.array([1.0, 1e-10, 100]), np.array([1.0 + 1e-9, 0, 101]))   // array([ True,  True, False])
 * np.isclose(1, 1.001, {rtol: 1e-3})                                         // true
 */
export function isclose(a: ArrayLike, b: ArrayLike, opts: CloseOptions = {}): any {
  opts = opts !== null && typeof opts === 'object' ? opts : {};
  const prep = (v: ArrayLike) => (isScalar(v) ? v : asarray(v));
  let x = prep(a);
  let y = prep(b);
  const atol = prep(opts.atol ?? 1e-8);
  const rtol = prep(opts.rtol ?? 1e-5);
  if (y instanceof NDArray) {
    const dt = promoteWithScalar(y.dtype, 'float');
    if (dt !== y.dtype) y = asarray(y, { dtype: dt });
  } else if (typeof y === 'number' && Number.isInteger(y) && x instanceof NDArray && !isFloat(x.dtype)) {
    // y = float(y): x - y then computes in float64, as an int array minus a Python float does.
    x = asarray(x, { dtype: 'float64' });
  }
  const absy = m.absolute(y as any);
  let result = m.bitwise_or(
    m.bitwise_and(m.less_equal(m.absolute(m.subtract(x as any, y as any)), m.add(atol as any, m.multiply(rtol as any, absy))), m.isfinite(y as any)),
    m.equal(x as any, y as any),
  );
  if (opts.equal_nan) result = m.bitwise_or(result, m.bitwise_and(m.isnan(x as any), m.isnan(y as any)));
  return unwrapBool(result);
}

/**
 * True when every element of a is close to b (np.isclose over all elements).
 *
 * @example
 * np.allclose(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-9]))   // true
 */
export function allclose(a: ArrayLike, b: ArrayLike, opts: CloseOptions = {}): boolean {
  const r = isclose(a, b, opts);
  return typeof r === 'boolean' ? r : (allReduce(r) as boolean);
}

/**
 * True when two arrays have the same shape and elements. With equal_nan, NaNs in the same
 * places compare equal. Anything that is not a valid array compares false.
 *
 * @example
 * np.array_equal(np.array([1, 2]), np.array([1, 2]))                    // true
 * np.array_equal([1, NaN], [1, NaN], {equal_nan: true})                 // true
 */
export function array_equal(a1: ArrayLike, a2: ArrayLike, opts: { equal_nan?: boolean } = {}): boolean {
  opts = opts !== null && typeof opts === 'object' ? opts : {};
  let x: NDArray;
  let y: NDArray;
  try {
    x = asarray(a1);
    y = asarray(a2);
  } catch {
    return false;
  }
  if (x.shape.length !== y.shape.length || x.shape.some((n, i) => n !== y.shape[i])) return false;
  const eq = m.equal(x, y);
  if (!opts.equal_nan) return allReduce(eq) as boolean;
  if (x === y) return true;
  if (!isFloat(x.dtype) && !isFloat(y.dtype)) return allReduce(eq) as boolean;
  const xn = m.isnan(x);
  const yn = m.isnan(y);
  if (!(allReduce(m.equal(xn, yn)) as boolean)) return false;
  return allReduce(m.logical_or(eq, xn)) as boolean;
}

/**
 * True when two arrays are equal after broadcasting (shape-consistent and equal).
 *
 * @example
 * np.array_equiv([1, 2], [[1, 2], [1, 2]])   // true
 * np.array_equiv([1, 2], [[1, 2, 3]])        // false
 */
export function array_equiv(a1: ArrayLike, a2: ArrayLike): boolean {
  let x: NDArray;
  let y: NDArray;
  try {
    x = asarray(a1);
    y = asarray(a2);
    broadcastShapes(x.shape, y.shape);
  } catch {
    return false;
  }
  return allReduce(m.equal(x, y)) as boolean;
}

/**
 * True for a scalar (a JS number, boolean, bigint or string), false for arrays, including
 * 0-d ndarrays, as np.isscalar.
 *
 * @example
 * np.isscalar(3.1)              // true
 * np.isscalar(np.array(3.1))    // false
 */
export function isscalar(element: unknown): boolean {
  const t = typeof element;
  return t === 'number' || t === 'boolean' || t === 'bigint' || t === 'string';
}

/**
 * Elementwise test for positive infinity.
 *
 * @example
 * np.isposinf(np.array([-Infinity, 0, Infinity]))   // array([False, False,  True])
 */
export function isposinf(x: ArrayLike): any {
  return m.logical_and(m.isinf(x as any), m.logical_not(m.signbit(x as any)));
}

/**
 * Elementwise test for negative infinity.
 *
 * @example
 * np.isneginf(np.array([-Infinity, 0, Infinity]))   // array([ True, False, False])
 */
export function isneginf(x: ArrayLike): any {
  return m.logical_and(m.isinf(x as any), m.signbit(x as any));
}

/** True for a string NumPy would read as a dtype (rather than data). */
function isDTypeLike(v: unknown): v is DTypeLike {
  return typeof v === 'string';
}

/**
 * The dtype NumPy 2 gives an operation on these arrays, dtypes and scalars: arrays and
 * dtype names are strong, JS numbers and booleans weak (NEP 50).
 *
 * @example
 * np.result_type(3, 4.5)                             // 'float64'
 * np.result_type('int8', 1)                          // 'int8'
 * np.result_type(np.array([1], {dtype: 'uint8'}), 'int8')   // 'int16'
 */
export function result_type(...arrays_and_dtypes: (ArrayLike | DTypeLike)[]): DType {
  if (arrays_and_dtypes.length === 0) throw new ValueError('at least one array or dtype is required');
  const ops = arrays_and_dtypes.map((v) => {
    if (isDTypeLike(v)) return { arr: zerosOf([], toDType(v)), weak: null };
    if (isScalar(v)) {
      const arr = typeof v === 'boolean' ? new NDArray(new Uint8Array([v ? 1 : 0]), 'bool', []) : new NDArray(new Float64Array([v]), Number.isInteger(v) ? 'int64' : 'float64', []);
      return { arr, weak: v };
    }
    return { arr: asarray(v as ArrayLike), weak: null };
  });
  return resultType(ops);
}

/** Casting rules of can_cast. */
export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

const KIND_RANK: Record<string, number> = { b: 0, u: 1, i: 2, f: 3 };

/**
 * Whether values of one dtype (or of an array's dtype) can be cast to another under the
 * casting rule: 'safe' (default), 'same_kind', 'equiv', 'no' or 'unsafe'.
 *
 * @example
 * np.can_cast('int32', 'float64')                  // true
 * np.can_cast('float64', 'int8', 'same_kind')      // false
 * np.can_cast('int64', 'uint8', {casting: 'unsafe'})  // true
 */
export function can_cast(from_: DTypeLike | NDArray, to: DTypeLike, casting: Casting | { casting?: Casting } = 'safe'): boolean {
  const rule = typeof casting === 'object' && casting !== null ? (casting.casting ?? 'safe') : casting;
  if (typeof from_ === 'number' || typeof from_ === 'boolean') {
    throw new NumpyTypeError(
      'can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.',
    );
  }
  if (!['no', 'equiv', 'safe', 'same_kind', 'unsafe'].includes(rule)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(rule)}')`);
  }
  const f = from_ instanceof NDArray ? from_.dtype : toDType(from_);
  const t = toDType(to);
  switch (rule) {
    case 'no':
    case 'equiv':
      return f === t;
    case 'safe':
      return promoteTypes(f, t) === t;
    case 'same_kind':
      return promoteTypes(f, t) === t || KIND_RANK[kindOf(f)] <= KIND_RANK[kindOf(t)];
    default:
      return true;
  }
}

