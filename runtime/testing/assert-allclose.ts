import type { ArrayLike } from '../asarray';
import { isclose } from '../logic';
import { bindArgs, realArg } from './args';
import { assertArrayCompare } from './compare';
import { pyFormatG, pyStr } from './messages';

/** Keyword options of `np.testing.assert_allclose`. */
export interface AssertAllcloseOptions {
  /** Relative tolerance (default 1e-7). */
  rtol?: number;
  /** Absolute tolerance (default 0). */
  atol?: number;
  /** NaNs in the same places compare equal (default true). */
  equal_nan?: boolean;
  /** Text added to the failure message. */
  err_msg?: string;
  /** Show both arrays in the message (default true). */
  verbose?: boolean;
  /** Shapes and dtypes must match exactly; no scalar broadcasting (default false). */
  strict?: boolean;
}

/** NumPy's positional forms: `(actual, desired, rtol, atol, equal_nan, err_msg, verbose)`, then keywords. */
export type AssertAllcloseArgs =
  | [opts?: AssertAllcloseOptions]
  | [rtol: number, opts?: Omit<AssertAllcloseOptions, 'rtol'>]
  | [rtol: number, atol: number, opts?: Omit<AssertAllcloseOptions, 'rtol' | 'atol'>]
  | [rtol: number, atol: number, equal_nan: boolean, opts?: Pick<AssertAllcloseOptions, 'err_msg' | 'verbose' | 'strict'>]
  | [rtol: number, atol: number, equal_nan: boolean, err_msg: string, opts?: Pick<AssertAllcloseOptions, 'verbose' | 'strict'>]
  | [rtol: number, atol: number, equal_nan: boolean, err_msg: string, verbose: boolean, opts?: Pick<AssertAllcloseOptions, 'strict'>];

/**
 * Raise an AssertionError if two objects are not equal up to desired tolerance
 * (`np.testing.assert_allclose`).
 *
 * Checks that the shapes match and that `|actual - desired| <= atol + rtol * |desired|`
 * everywhere (`np.isclose`, without its broadcasting: only a scalar side is broadcast, and
 * not with `strict`). NaNs in the same places compare equal unless `equal_nan` is false;
 * infinities must match in place and sign. The failure message is NumPy's, byte for byte.
 *
 * Parameters
 * - actual: array_like, the array obtained.
 * - desired: array_like, the array desired.
 * - rtol: relative tolerance, default 1e-7. atol: absolute tolerance, default 0.
 * - equal_nan: NaNs compare equal, default true.
 * - err_msg: text added to the failure message. verbose: show both arrays, default true.
 * - strict: raise when the shapes or the dtypes differ, default false.
 *
 * Positional forms as NumPy's: `assert_allclose(a, b, 1e-5)` sets rtol.
 *
 * @throws AssertionError when the values differ, with NumPy's message.
 * @example
 * np.testing.assert_allclose(np.array([1e-5, 1e-3, 1e-1]), np.arccos(np.cos(np.array([1e-5, 1e-3, 1e-1]))), {rtol: 1e-5})
 * np.testing.assert_allclose(np.sin(np.arange(3).mul(np.pi)), 0, {atol: 1e-15})
 * np.testing.assert_allclose(np.array([1, 2, 3]), np.array([1, 2, 4]))
 * // AssertionError:
 * // Not equal to tolerance rtol=1e-07, atol=0
 * //
 * // Mismatched elements: 1 / 3 (33.3%)
 * // Mismatch at index:
 * //  [2]: 3 (ACTUAL), 4 (DESIRED)
 * // ...
 */
export function assert_allclose(actual: ArrayLike, desired: ArrayLike, ...args: AssertAllcloseArgs): void {
  const fn = 'assert_allclose';
  const o = bindArgs(fn, 2, ['rtol', 'atol', 'equal_nan', 'err_msg', 'verbose'], ['strict'], args);
  const rtol = realArg(o.rtol, fn, 'rtol', 1e-7);
  const atol = realArg(o.atol, fn, 'atol', 0);
  const equalNan = o.equal_nan === undefined ? true : Boolean(o.equal_nan);
  const header = `Not equal to tolerance rtol=${pyFormatG(rtol)}, atol=${pyFormatG(atol)}`;
  assertArrayCompare((x, y) => isclose(x, y, { rtol, atol, equal_nan: equalNan }), actual, desired, {
    err_msg: o.err_msg === undefined ? '' : pyStr(o.err_msg),
    verbose: o.verbose === undefined ? true : Boolean(o.verbose),
    header,
    equal_nan: equalNan,
    strict: Boolean(o.strict),
  });
}
