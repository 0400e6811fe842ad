import type { ArrayLike } from '../asarray';
import { less } from '../math';
import type { NDArray } from '../ndarray';
import { assertArrayCompare } from './compare';
import { bindEqualArgs, type AssertArrayEqualArgs } from './assert-array-equal';

/**
 * Raise an AssertionError if two array_like objects are not ordered by less than
 * (`np.testing.assert_array_less`).
 *
 * Every element of `x` must be strictly smaller than the element of `y` in its place (a
 * scalar is compared with every element, unless `strict`). NaNs in the same places are
 * skipped; infinities are compared as numbers (`inf < inf` fails). The failure message is
 * NumPy's, byte for byte, naming the arrays `x` and `y`.
 *
 * Parameters
 * - x: array_like, the smaller object.
 * - y: array_like, the larger object.
 * - err_msg: text added to the failure message.
 * - verbose: show both arrays in the message, default true.
 * - strict: raise when the shapes or the dtypes differ, default false.
 *
 * @throws AssertionError when some x is not below its y, with NumPy's message.
 * @example
 * np.testing.assert_array_less([1.0, 1.0, NaN], [1.1, 2.0, NaN])
 * np.testing.assert_array_less(np.array([1.0, 4.0]), 3)
 * // AssertionError:
 * // Arrays are not strictly ordered `x < y`
 * // ...
 */
export function assert_array_less(x: ArrayLike, y: ArrayLike, ...args: AssertArrayEqualArgs): void {
  const o = bindEqualArgs('assert_array_less', args);
  assertArrayCompare((a, b) => less(a, b) as NDArray, x, y, {
    err_msg: o.err_msg,
    verbose: o.verbose,
    header: 'Arrays are not strictly ordered `x < y`',
    equal_inf: false,
    strict: o.strict,
    names: ['x', 'y'],
  });
}
