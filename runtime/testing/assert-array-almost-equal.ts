import { asarray, type ArrayLike } from '../asarray';
import { absolute, less, subtract } from '../math';
import type { NDArray } from '../ndarray';
import { bindArgs, realArg } from './args';
import { assertArrayCompare } from './compare';
import { pyPercentD, pyStr } from './messages';

/** Keyword options of `np.testing.assert_array_almost_equal`. */
export interface AssertArrayAlmostEqualOptions {
  /** Desired precision (default 6). */
  decimal?: number;
  /** Text added to the failure message. */
  err_msg?: string;
  /** Show both arrays in the message (default true). */
  verbose?: boolean;
}

/** NumPy's positional forms: `(x, y, decimal, err_msg, verbose)`, then keywords. */
export type AssertArrayAlmostEqualArgs =
  | [opts?: AssertArrayAlmostEqualOptions]
  | [decimal: number, opts?: Omit<AssertArrayAlmostEqualOptions, 'decimal'>]
  | [decimal: number, err_msg: string, opts?: Pick<AssertArrayAlmostEqualOptions, 'verbose'>]
  | [decimal: number, err_msg: string, verbose: boolean];

/**
 * `10.0 ** k` as Python computes it (a correctly rounded pow): exact decimal parsing for
 * integral k, where `Math.pow` may be an ulp off.
 */
export function pow10(k: number): number {
  return Number.isInteger(k) && Math.abs(k) < 400 ? Number(`1e${k}`) : Math.pow(10, k);
}

/** assert_array_almost_equal with bound arguments (assert_almost_equal calls it too). */
export function assertArrayAlmostEqual(actual: ArrayLike, desired: ArrayLike, decimal: number, errMsg: string, verbose: boolean): void {
  const threshold = 1.5 * pow10(-decimal);
  const compare = (x: NDArray, y: NDArray): NDArray => {
    // y made inexact (result_type(y, 1.)), so abs(x - y) never overflows an int type
    const yf = asarray(y, { dtype: y.dtype === 'float32' ? 'float32' : 'float64' });
    return less(absolute(subtract(x, yf)), threshold) as NDArray;
  };
  assertArrayCompare(compare, actual, desired, {
    err_msg: errMsg,
    verbose,
    header: `Arrays are not almost equal to ${pyPercentD(decimal)} decimals`,
    precision: decimal,
  });
}

/**
 * Raise an AssertionError if two objects are not equal up to desired precision
 * (`np.testing.assert_array_almost_equal`).
 *
 * Checks `abs(desired - actual) < 1.5 * 10**(-decimal)` elementwise after checking the
 * shapes (a scalar is compared with every element). NaNs and infinities must be in the
 * same places. The arrays in the message print with `decimal` digits, as NumPy's do; the
 * message is NumPy's, byte for byte.
 *
 * Parameters
 * - actual: array_like, the object to check.
 * - desired: array_like, the expected object.
 * - decimal: desired precision, default 6.
 * - err_msg: text added to the failure message.
 * - verbose: show both arrays in the message, default true.
 *
 * @throws AssertionError when the values differ, with NumPy's message.
 * @example
 * np.testing.assert_array_almost_equal([1.0, 2.333, NaN], [1.0, 2.333, NaN])
 * np.testing.assert_array_almost_equal([1.0, 2.33333, NaN], [1.0, 2.33339, NaN], {decimal: 5})
 * // AssertionError:
 * // Arrays are not almost equal to 5 decimals
 * // ...
 */
export function assert_array_almost_equal(actual: ArrayLike, desired: ArrayLike, ...args: AssertArrayAlmostEqualArgs): void {
  const fn = 'assert_array_almost_equal';
  const o = bindArgs(fn, 2, ['decimal', 'err_msg', 'verbose'], [], args);
  assertArrayAlmostEqual(
    actual, desired, realArg(o.decimal, fn, 'decimal', 6),
    o.err_msg === undefined ? '' : pyStr(o.err_msg),
    o.verbose === undefined ? true : Boolean(o.verbose),
  );
}
