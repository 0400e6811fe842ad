/**
 * `np.testing`: NumPy's test assertions, failing with NumPy 2.4's AssertionError messages
 * byte for byte (see compare.ts for assert_array_compare, messages.ts for build_err_msg).
 * Keyword arguments are a trailing options object; the positional forms are NumPy's.
 */
import { assert_allclose } from './assert-allclose';
import { assert_array_equal } from './assert-array-equal';
import { assert_array_almost_equal } from './assert-array-almost-equal';
import { assert_array_less } from './assert-array-less';
import { assert_equal } from './assert-equal';
import { assert_almost_equal } from './assert-almost-equal';
import { assert_approx_equal } from './assert-approx-equal';
import { assert_, assert_raises, assert_raises_regex } from './assert-raises';

export type { AssertAllcloseOptions } from './assert-allclose';
export type { AssertArrayEqualOptions } from './assert-array-equal';
export type { AssertArrayAlmostEqualOptions } from './assert-array-almost-equal';
export type { AssertApproxEqualOptions } from './assert-approx-equal';

export const testing = {
  assert_allclose,
  assert_array_equal,
  assert_array_almost_equal,
  assert_array_less,
  assert_equal,
  assert_almost_equal,
  assert_approx_equal,
  assert_raises,
  assert_raises_regex,
  assert_,
};

export default testing;
