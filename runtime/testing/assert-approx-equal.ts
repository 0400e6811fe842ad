import { AssertionError, NumpyTypeError, ValueError } from '../errors';
import { pyFloatRepr } from '../format';
import { pyTypeName } from '../validate';
import { bindArgs, realArg } from './args';
import { pow10 } from './assert-array-almost-equal';
import { buildErrMsg, pyPercentD, pyRepr, pyStr } from './messages';

/** Keyword options of `np.testing.assert_approx_equal`. */
export interface AssertApproxEqualOptions {
  /** Desired precision in significant digits (default 7). */
  significant?: number;
  /** Text added to the failure message. */
  err_msg?: string;
  /** Show both values in the message (default true). */
  verbose?: boolean;
}

/** NumPy's positional forms: `(actual, desired, significant, err_msg, verbose)`, then keywords. */
export type AssertApproxEqualArgs =
  | [opts?: AssertApproxEqualOptions]
  | [significant: number, opts?: Omit<AssertApproxEqualOptions, 'significant'>]
  | [significant: number, err_msg: string, opts?: Pick<AssertApproxEqualOptions, 'verbose'>]
  | [significant: number, err_msg: string, verbose: boolean];

/** Python's `float(v)`. */
function pyFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase().replace(/_/g, '');
    const special: Record<string, number> = { nan: NaN, '+nan': NaN, '-nan': NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity };
    if (t in special) return special[t];
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t);
    throw new ValueError(`could not convert string to float: ${pyRepr(v)}`);
  }
  throw new NumpyTypeError(`float() argument must be a string or a real number, not '${pyTypeName(v)}'`);
}

/**
 * Raise an AssertionError if two items are not equal up to significant digits
 * (`np.testing.assert_approx_equal`).
 *
 * Both values are scaled by the same power of ten (that of their mean magnitude) and must
 * then differ by less than `10**-(significant-1)`. NaN equals NaN; infinities must be
 * equal. The values print as Python floats (`1.0`), as NumPy converts them with `float()`.
 *
 * Parameters
 * - actual: the number to check.
 * - desired: the expected number.
 * - significant: desired precision, default 7.
 * - err_msg: text added to the failure message.
 * - verbose: show both values in the message, default true.
 *
 * @throws AssertionError when the values differ, with NumPy's message.
 * @example
 * np.testing.assert_approx_equal(0.12345677777777e-20, 0.1234567e-20)
 * np.testing.assert_approx_equal(0.12345672e-20, 0.12345671e-20, {significant: 8})
 * // AssertionError:
 * // Items are not equal to 8 significant digits:
 * //  ACTUAL: 1.2345672e-21
 * //  DESIRED: 1.2345671e-21
 */
export function assert_approx_equal(actual: number, desired: number, ...args: AssertApproxEqualArgs): void {
  const fn = 'assert_approx_equal';
  const o = bindArgs(fn, 2, ['significant', 'err_msg', 'verbose'], [], args);
  const significant = realArg(o.significant, fn, 'significant', 7);
  const errMsg = o.err_msg === undefined ? '' : pyStr(o.err_msg);
  const verbose = o.verbose === undefined ? true : Boolean(o.verbose);
  const a = pyFloat(actual);
  const d = pyFloat(desired);
  if (d === a) return;
  // normalised to the range (-10, 10)
  const mean = 0.5 * (Math.abs(d) + Math.abs(a));
  const scale = pow10(Math.floor(Math.log10(mean)));
  const scD = d / scale;
  const scA = a / scale;
  const fail = (): never => {
    throw new AssertionError(buildErrMsg([a, d], errMsg, {
      verbose, header: `Items are not equal to ${pyPercentD(significant)} significant digits:`, repr: (v) => pyFloatRepr(v as number),
    }));
  };
  if (!(Number.isFinite(d) && Number.isFinite(a))) {
    if (Number.isNaN(d) || Number.isNaN(a)) {
      if (!(Number.isNaN(d) && Number.isNaN(a))) fail();
    } else if (d !== a) {
      fail();
    }
    return;
  }
  if (Math.abs(scD - scA) >= pow10(-(significant - 1))) fail();
}
