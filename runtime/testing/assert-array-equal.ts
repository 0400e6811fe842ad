import type { ArrayLike } from '../asarray';
import { equal } from '../math';
import type { NDArray } from '../ndarray';
import { bindArgs } from './args';
import { assertArrayCompare } from './compare';
import { pyStr } from './messages';

/** Keyword options of `np.testing.assert_array_equal` and `assert_array_less`. */
export interface AssertArrayEqualOptions {
  /** Text added to the failure message. */
  err_msg?: string;
  /** Show both arrays in the message (default true). */
  verbose?: boolean;
  /** Shapes and dtypes must match exactly; no scalar broadcasting (default false). */
  strict?: boolean;
}

/** NumPy's positional forms: `(x, y, err_msg, verbose)`, then keywords. */
export type AssertArrayEqualArgs =
  | [opts?: AssertArrayEqualOptions]
  | [err_msg: string, opts?: Pick<AssertArrayEqualOptions, 'verbose' | 'strict'>]
  | [err_msg: string, verbose: boolean, opts?: Pick<AssertArrayEqualOptions, 'strict'>];

/** The shared binding of assert_array_equal / assert_array_less / assert_equal. */
export function bindEqualArgs(fn: string, args: readonly unknown[]): { err_msg: string; verbose: boolean; strict: boolean } {
  const o = bindArgs(fn, 2, ['err_msg', 'verbose'], ['strict'], args);
  return {
    err_msg: o.err_msg === undefined ? '' : pyStr(o.err_msg),
    verbose: o.verbose === undefined ? true : Boolean(o.verbose),
    strict: Boolean(o.strict),
  };
}

/** assert_array_equal with bound arguments (assert_equal calls it too). */
export function assertArrayEqual(actual: ArrayLike, desired: ArrayLike, errMsg: string, verbose: boolean, strict: boolean): void {
  assertArrayCompare((x, y) => equal(x, y) as NDArray, actual, desired, {
    err_msg: errMsg, verbose, header: 'Arrays are not equal', strict,
  });
}

/**
 * Raise an AssertionError if two array_like objects are not equal
 * (`np.testing.assert_array_equal`).
 *
 * The shapes must match (a scalar is compared with every element, unless `strict`) and
 * the elements must be equal; NaNs in the same places count as equal. The failure message
 * is NumPy's, byte for byte.
 *
 * Parameters
 * - actual: array_like, the array obtained.
 * - desired: array_like, the array desired.
 * - err_msg: text added to the failure message.
 * - verbose: show both arrays in the message, default true.
 * - strict: raise when the shapes or the dtypes differ, default false.
 *
 * @throws AssertionError when the arrays differ, with NumPy's message.
 * @example
 * np.testing.assert_array_equal(np.array([1, 2, NaN]), [1, 2, NaN])
 * np.testing.assert_array_equal(np.array([1, 2, 3]), [1, 2, 4], {err_msg: 'third differs'})
 * // AssertionError:
 * // Arrays are not equal
 * // third differs
 * // Mismatched elements: 1 / 3 (33.3%)
 * // ...
 */
export function assert_array_equal(actual: ArrayLike, desired: ArrayLike, ...args: AssertArrayEqualArgs): void {
  const o = bindEqualArgs('assert_array_equal', args);
  assertArrayEqual(actual, desired, o.err_msg, o.verbose, o.strict);
}
