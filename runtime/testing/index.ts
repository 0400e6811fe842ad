/**
 * `np.testing`: NumPy's test assertions, failing with NumPy 2.4's AssertionError messages
 * byte for byte (see compare.ts for assert_array_compare, messages.ts for build_err_msg).
 * Keyword arguments are a trailing options object; the positional forms are NumPy's. np
 * spreads this module into `np.testing`, so each function keeps its docs in the editor.
 */
export { assert_allclose } from './assert-allclose';
export { assert_array_equal } from './assert-array-equal';
export { assert_array_almost_equal } from './assert-array-almost-equal';
export { assert_array_less } from './assert-array-less';
export { assert_equal } from './assert-equal';
export { assert_almost_equal } from './assert-almost-equal';
export { assert_approx_equal } from './assert-approx-equal';
export { assert_, assert_raises, assert_raises_regex } from './assert-raises';

export type { AssertAllcloseOptions } from './assert-allclose';
export type { AssertArrayEqualOptions } from './assert-array-equal';
export type { AssertArrayAlmostEqualOptions } from './assert-array-almost-equal';
export type { AssertApproxEqualOptions } from './assert-approx-equal';
