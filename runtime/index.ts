/**
 * `np`: NumPy for TypeScript. Every public function of the runtime modules is a property
 * of `np`, spelled as NumPy spells it (see shared/API.md for the translation rules).
 */
import './methods';
import { NDArray, printer } from './ndarray';
import { arrayRepr, arrayStr } from './format';
import { setPrintoptions, getPrintoptions, withPrintoptions, resetPrintoptions } from './printoptions';
import * as errors from './errors';
import * as dtypes from './dtype';
import { array, asarray } from './asarray';
import * as creation from './creation';
import * as math from './math';
import * as reduce from './reduce';
import * as views from './views';
import { slice } from './indexing';
import * as manipulation from './manipulation';
import * as sorting from './sorting';
import * as statistics from './statistics';
import * as logic from './logic';
import * as elementwise from './elementwise';
import * as io from './io';
import * as textIO from './text-io';
import * as twodim from './lib/twodim';
import * as indexTricks from './lib/index-tricks';
import * as takePut from './lib/take';
import * as moreUfuncs from './lib/ufuncs';
import * as functionBase from './lib/function-base';
import * as windows from './windows';
import * as histograms from './lib/histograms';
import random from './random/index';
import linalg from './linalg/index';
import testing from './testing/index';
import { matmul, dot, inner, vdot, outer } from './linalg/products';
import { tensordot } from './linalg/tensordot';
import { einsum } from './linalg/einsum';

// Internals of reduce.ts other modules share; not NumPy API.
const { pairwiseSum: _pw, pairwiseSum32: _pw32, ...reductions } = reduce;

printer.str = (a) => arrayStr(a);
printer.repr = (a) => arrayRepr(a);

/** NumPy's exception classes, as `np.exceptions`. */
const exceptions = {
  AxisError: errors.AxisError,
  ValueError: errors.ValueError,
  IndexError: errors.IndexError,
  TypeError: errors.NumpyTypeError,
};

/** The dtype names, usable wherever NumPy takes `np.float64` and friends. */
const dtypeNames = {
  bool: 'bool', bool_: 'bool', int8: 'int8', int16: 'int16', int32: 'int32', int64: 'int64',
  uint8: 'uint8', uint16: 'uint16', uint32: 'uint32', uint64: 'uint64',
  float32: 'float32', float64: 'float64', int_: 'int64', intp: 'int64', float_: 'float64', double: 'float64',
} as const;

/**
 * NumPy's `repr(a)` of an array, as `np.array_repr(a)`.
 *
 * @example
 * np.array_repr(np.ones(3))   // 'array([1., 1., 1.])'
 */
export function array_repr(a: NDArray): string {
  return arrayRepr(asarray(a));
}

/**
 * NumPy's `str(a)` of an array, as `np.array_str(a)` (or `String(a)`).
 *
 * @example
 * np.array_str(np.array([1, 2, 3]))   // '[1 2 3]'
 */
export function array_str(a: NDArray): string {
  return arrayStr(asarray(a));
}

export const np = {
  ...creation,
  ...math,
  ...reductions,
  var: reduce.variance,
  ...views,
  ...manipulation,
  ...sorting,
  ...statistics,
  ...logic,
  ...elementwise,
  ...io,
  ...textIO,
  ...twodim,
  ...indexTricks,
  ...takePut,
  ...moreUfuncs,
  ...functionBase,
  ...windows,
  histogramdd: histograms.histogramdd,
  // np.trace is the one with NumPy's offset/axis1/axis2/dtype signature.
  trace: manipulation.trace,
  ...dtypeNames,
  random,
  linalg,
  testing,
  matmul,
  dot,
  inner,
  vdot,
  outer,
  tensordot,
  einsum,
  array,
  asarray,
  slice,
  array_repr,
  array_str,
  set_printoptions: setPrintoptions,
  get_printoptions: getPrintoptions,
  printoptions: withPrintoptions,
  reset_printoptions: resetPrintoptions,
  promote_types: dtypes.promoteTypes,
  ndarray: NDArray,
  exceptions,
  AxisError: errors.AxisError,
  ValueError: errors.ValueError,
  IndexError: errors.IndexError,
  TypeError: errors.NumpyTypeError,
  OverflowError: errors.OverflowError,
  MemoryError: errors.MemoryError,
  LinAlgError: errors.LinAlgError,
  AssertionError: errors.AssertionError,
  nan: NaN,
  inf: Infinity,
  pi: Math.PI,
  e: Math.E,
  newaxis: null,
};

export type Np = typeof np;
export { NDArray };
export default np;
