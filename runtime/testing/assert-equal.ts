import { NDArray } from '../ndarray';
import { AssertionError } from '../errors';
import { isPlainObject } from './args';
import { assertArrayEqual, bindEqualArgs, type AssertArrayEqualArgs } from './assert-array-equal';
import { buildErrMsg, pyRepr, pyTypeRepr } from './messages';

/** An ndarray, or a typed array (array_like that Python has no other reading of). */
export function isArrayValue(v: unknown): boolean {
  return v instanceof NDArray || ArrayBuffer.isView(v);
}

/** `np.isscalar` of a JS value playing a Python one: numbers, booleans, strings. */
function isScalarValue(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'bigint';
}

const isNumeric = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';

/** Python's `a == b` for JS values playing Python ones (`True == 1`, lists and dicts by value). */
function pyEqual(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => pyEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && pyEqual(a[k], b[k]));
  }
  return a === b;
}

/** assert_equal with bound arguments (recursing into lists and dicts as NumPy's does). */
function assertEqual(actual: unknown, desired: unknown, errMsg: string, verbose: boolean, strict: boolean): void {
  if (isPlainObject(desired)) {
    if (!isPlainObject(actual)) throw new AssertionError(pyTypeRepr(actual));
    assertEqual(Object.keys(actual).length, Object.keys(desired).length, errMsg, verbose, false);
    for (const k of Object.keys(desired)) {
      if (!Object.hasOwn(actual, k)) throw new AssertionError(pyRepr(k));
      assertEqual(actual[k], desired[k], `key=${pyRepr(k)}\n${errMsg}`, verbose, false);
    }
    return;
  }
  if (Array.isArray(desired) && Array.isArray(actual)) {
    assertEqual(actual.length, desired.length, errMsg, verbose, false);
    for (let k = 0; k < desired.length; k++) {
      assertEqual(actual[k], desired[k], `item=${k}\n${errMsg}`, verbose, false);
    }
    return;
  }
  if (isArrayValue(actual) || isArrayValue(desired)) {
    assertArrayEqual(actual as NDArray, desired as NDArray, errMsg, verbose, strict);
    return;
  }
  const fail = (): never => {
    throw new AssertionError(buildErrMsg([actual, desired], errMsg, { verbose }));
  };
  if (isScalarValue(desired) !== isScalarValue(actual)) fail();
  if (isNumeric(actual) && isNumeric(desired)) {
    const a = Number(actual);
    const d = Number(desired);
    if (Number.isNaN(a) && Number.isNaN(d)) return;
    // signed zeros differ
    if (a === 0 && d === 0 && Object.is(a, -0) !== Object.is(d, -0)) fail();
  }
  if (!pyEqual(desired, actual)) fail();
}

/**
 * Raise an AssertionError if two objects are not equal (`np.testing.assert_equal`).
 *
 * Arrays (an ndarray on either side) go to `assert_array_equal`; JS arrays (Python lists)
 * and plain objects (dicts) are compared item by item, recursively; anything else with
 * Python's `==`, where NaN equals NaN and `0` and `-0` differ. The failure message is
 * NumPy's, byte for byte.
 *
 * JS numbers print as the Python values they stand for: an integral number as an `int`
 * (`3`), any other as a `float` (`3.5`); `-0` is a float (`-0.0`).
 *
 * Parameters
 * - actual: the object to check.
 * - desired: the expected object.
 * - err_msg: text added to the failure message.
 * - verbose: show both values in the message, default true.
 * - strict: for arrays, raise when the shapes or the dtypes differ, default false.
 *
 * @throws AssertionError when the objects differ, with NumPy's message.
 * @example
 * np.testing.assert_equal([4, 5], [4, 5])
 * np.testing.assert_equal({a: [1, NaN]}, {a: [1, NaN]})
 * np.testing.assert_equal([4, 5], [4, 6])
 * // AssertionError:
 * // Items are not equal:
 * // item=1
 * //
 * //  ACTUAL: 5
 * //  DESIRED: 6
 */
export function assert_equal(actual: unknown, desired: unknown, ...args: AssertArrayEqualArgs): void {
  const o = bindEqualArgs('assert_equal', args);
  assertEqual(actual, desired, o.err_msg, o.verbose, o.strict);
}
