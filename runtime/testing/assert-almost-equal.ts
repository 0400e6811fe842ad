import { AssertionError, NumpyTypeError } from '../errors';
import { pyTypeName } from '../validate';
import { bindArgs, realArg } from './args';
import { assertArrayAlmostEqual, pow10, type AssertArrayAlmostEqualArgs } from './assert-array-almost-equal';
import { isArrayValue } from './assert-equal';
import { buildErrMsg, pyPercentD, pyStr } from './messages';

/**
 * Raise an AssertionError if two items are not equal up to desired precision
 * (`np.testing.assert_almost_equal`).
 *
 * Scalars must satisfy `abs(desired - actual) < 1.5 * 10**(-decimal)` (NaN equals NaN,
 * infinities must be equal); arrays and JS arrays go to `assert_array_almost_equal` (as
 * NumPy's, without passing `verbose` on). The failure message is NumPy's, byte for byte,
 * with JS numbers printed as Python ints when integral, floats otherwise.
 *
 * Parameters
 * - actual: the object to check.
 * - desired: the expected object.
 * - decimal: desired precision, default 7.
 * - err_msg: text added to the failure message.
 * - verbose: show both values in the message, default true.
 *
 * @throws AssertionError when the values differ, with NumPy's message.
 * @example
 * np.testing.assert_almost_equal(2.3333333333333, 2.33333334)
 * np.testing.assert_almost_equal(2.3333333333333, 2.33333334, {decimal: 10})
 * // AssertionError:
 * // Arrays are not almost equal to 10 decimals
 * //  ACTUAL: 2.3333333333333
 * //  DESIRED: 2.33333334
 */
export function assert_almost_equal(actual: unknown, desired: unknown, ...args: AssertArrayAlmostEqualArgs): void {
  const fn = 'assert_almost_equal';
  const o = bindArgs(fn, 2, ['decimal', 'err_msg', 'verbose'], [], args);
  const decimal = realArg(o.decimal, fn, 'decimal', 7);
  const errMsg = o.err_msg === undefined ? '' : pyStr(o.err_msg);
  const verbose = o.verbose === undefined ? true : Boolean(o.verbose);
  if (isArrayValue(actual) || isArrayValue(desired) || Array.isArray(actual) || Array.isArray(desired)) {
    assertArrayAlmostEqual(actual as never, desired as never, decimal, errMsg, true);
    return;
  }
  const fail = (): never => {
    throw new AssertionError(buildErrMsg([actual, desired], errMsg, {
      verbose, header: `Arrays are not almost equal to ${pyPercentD(decimal)} decimals`,
    }));
  };
  const isNum = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (!isNum(actual) || !isNum(desired)) {
    throw new NumpyTypeError(`unsupported operand type(s) for -: '${pyTypeName(desired)}' and '${pyTypeName(actual)}'`);
  }
  const a = Number(actual);
  const d = Number(desired);
  if (!(Number.isFinite(d) && Number.isFinite(a))) {
    if (Number.isNaN(d) || Number.isNaN(a)) {
      if (!(Number.isNaN(d) && Number.isNaN(a))) fail();
    } else if (d !== a) {
      fail();
    }
    return;
  }
  if (Math.abs(d - a) >= 1.5 * pow10(-decimal)) fail();
}
