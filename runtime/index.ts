/**
 * `np`: NumPy for TypeScript. Every public function of the runtime modules is a property
 * of `np`, spelled as NumPy spells it (see shared/API.md for the translation rules).
 */
import './methods';
import { NDArray, printer } from './ndarray';
import { arrayRepr, arrayStr } from './format';
import * as errors from './errors';
import { type ArrayLike as NpArrayLike } from './asarray';
import * as creation from './creation';
import * as math from './math';
import * as reduce from './reduce';
import * as views from './views';
import * as manipulation from './manipulation';
import * as sorting from './sorting';
import * as statistics from './statistics';
import * as logic from './logic';
import * as elementwise from './elementwise';
import * as io from './io';
import * as npz from './npz';
import * as textIO from './text-io';
import * as twodim from './lib/twodim';
import * as indexTricks from './lib/index-tricks';
import * as takePut from './lib/take';
import * as moreUfuncs from './lib/ufuncs';
import * as functionBase from './lib/function-base';
import * as arrayApi from './lib/array-api';
import * as numericRepr from './lib/numeric-repr';
import * as floatBits from './lib/float-bits';
import * as packbits from './lib/packbits';
import * as unwrapMod from './lib/unwrap';
import * as typeCheck from './lib/type-check';
import * as uniqueApi from './lib/unique-api';
import * as fromString from './lib/from-string';
import * as conversion from './lib/conversion';
import * as vectorProducts from './linalg/vector-products';
import * as npNames from './np-names';
import { savetxt } from './savetxt';
import * as windows from './windows';
import * as random from './random/index';
import { legacyDistributions } from './random/global';
import linalg, * as linalgModule from './linalg/index';
import * as polynomialPackage from './polynomial/index';
import * as fft from './fft/index';
import { roots } from './lib/roots';
import * as testing from './testing/index';
import { matmul, dot, inner, vdot, outer } from './linalg/products';
import { tensordot } from './linalg/tensordot';
import { einsum } from './linalg/einsum';
import { Complex, j } from './complex/complex';
import * as complexFunctions from './complex/functions';
import { complexLinspace } from './complex/linspace';
import { isComplexLike } from './complex/complex';
import { refuseComplex, refuseComplexAll, refuseComplexMethods, byParts, assertByParts } from './complex/guard';
import { multilinearByParts, FIRST_TWO, einsumOperands, averageOperands } from './complex/products';
import {
  withComplex, complexInv, complexDet, complexSlogdetStack, complexSolve, complexNorm, complexSvdvals, complexMatrixRank,
  complexMatrixPower, complexMultiDot, holdsComplex, complexEigvalsStack, complexEigStack,
} from './linalg/complex';

/**
 * np.linalg's type: its functions as linalg/index.ts declares them, so the editor shows their
 * docs (the `linalg` object's shorthand properties would show none); `outer` and `trace`
 * are the object's (the module's own are np.outer and np.trace).
 */
type LinalgNamespace = Pick<typeof linalgModule, Exclude<keyof typeof linalg, 'outer' | 'trace'> & keyof typeof linalgModule>
  & Pick<typeof linalg, 'outer' | 'trace' | Exclude<keyof typeof linalg, keyof typeof linalgModule>>;

/**
 * `base` with some members replaced by functions of the same types. Spread into np (or
 * made a namespace of it), its members keep base's declarations, so the editor shows their
 * docs; an object literal's own `name: wrapped(f)` property would show none.
 */
function overridden<T extends object>(base: T, replaced: Partial<T>): T {
  return { ...base, ...replaced };
}

// Internals of reduce/ other modules share; not NumPy API.
const { pairwiseSum: _pw, pairwiseSum32: _pw32, ...reductions } = reduce;
const { readNpy: _readNpy, ...ioPublic } = io;
const { isZip: _isZip, ...npzPublic } = npz;

// The methods of families without complex loops refuse complex arrays too (complex/guard.ts);
// take and repeat go part by part, as np.take and np.repeat.
refuseComplexMethods(NDArray.prototype as any, ['nonzero', 'searchsorted', 'partition', 'argpartition', 'clip', 'round', 'put']);

// The products expand complex operands into real products of their parts (complex/products.ts).
const cMatmul = multilinearByParts(matmul, 'matmul', FIRST_TWO);
const cDot = multilinearByParts(dot, 'dot', FIRST_TWO);
{
  const P = NDArray.prototype as any;
  P.dot = function (this: NDArray, b: NpArrayLike, ...rest: any[]) { return cDot(this, b, ...rest); };
  P.matmul = function (this: NDArray, b: NpArrayLike, ...rest: any[]) { return cMatmul(this, b, ...rest); };
}
{
  const P = NDArray.prototype as any;
  const take = byParts(takePut.take as (...args: any[]) => any, 0);
  const repeat = byParts(manipulation.repeat as (...args: any[]) => any, 0);
  P.take = function (this: NDArray, ...args: any[]) {
    return take(this, ...args);
  };
  P.repeat = function (this: NDArray, ...args: any[]) {
    return repeat(this, ...args);
  };
}

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
  complex64: 'complex64', complex128: 'complex128', csingle: 'complex64', cdouble: 'complex128',
} as const;

export const np = {
  ...creation,
  ...math,
  ...reductions,
  ...views,
  ...manipulation,
  // Families without complex loops refuse complex input with a TypeError (complex/guard.ts).
  ...refuseComplexAll(sorting, '', ['sort', 'argsort', 'unique']),
  ...refuseComplexAll(statistics, '', ['diff']),
  // linear (convolve, cross) and conjugate-linear (correlate conjugates v) in each operand
  /** The discrete linear convolution of two 1-d sequences (np.convolve; mode 'full', 'same' or 'valid'). */
  convolve: multilinearByParts(statistics.convolve, 'convolve', FIRST_TWO),
  /** The cross-correlation of two 1-d sequences (np.correlate; mode 'valid' by default, the second conjugated). */
  correlate: multilinearByParts(statistics.correlate, 'correlate', FIRST_TWO, [1]),
  /** The cross product of two (arrays of) 2- or 3-vectors (np.cross; axisa, axisb, axisc, axis). */
  cross: multilinearByParts(statistics.cross, 'cross', FIRST_TWO),
  /** The weighted average along an axis (np.average; weights, returned, keepdims). */
  average: multilinearByParts(statistics.average, 'average', averageOperands),
  ...logic,
  ...refuseComplexAll(elementwise, '', ['where']),
  ...ioPublic,
  ...npzPublic,
  ...textIO,
  ...twodim,
  ...indexTricks,
  ...takePut,
  ...moreUfuncs,
  ...functionBase,
  ...complexFunctions,
  // numpy/lib/_polynomial_impl.py (the Poly1d class is reached through np.poly1d).
  /** The roots of a polynomial with coefficients highest power first (np.roots), as the companion matrix's eigenvalues. */
  roots: refuseComplex(roots, 'roots'),
  /** Writes a 1-d or 2-d array to a text file of the notebook (np.savetxt; fmt, delimiter, header, footer, comments). */
  savetxt: refuseComplex(savetxt, 'savetxt'),
  ...arrayApi,
  ...numericRepr,
  ...floatBits,
  ...packbits,
  ...unwrapMod,
  ...typeCheck,
  ...uniqueApi,
  ...fromString,
  ...conversion,
  ...vectorProducts,
  /** The vector dot product along an axis, the first operand conjugated (np.vecdot; broadcasts the other axes). */
  vecdot: multilinearByParts(vectorProducts.vecdot, 'vecdot', FIRST_TWO, [0]),
  /** Matrix-vector products over the last axes (np.matvec; broadcasts the stacks). */
  matvec: multilinearByParts(vectorProducts.matvec, 'matvec', FIRST_TWO),
  /** Vector-matrix products over the last axes, the vector conjugated (np.vecmat; broadcasts the stacks). */
  vecmat: multilinearByParts(vectorProducts.vecmat, 'vecmat', FIRST_TWO, [0]),
  /** Alias of np.arccos (NumPy 2's array-API name). */
  acos: math.arccos,
  /** Alias of np.arcsin (NumPy 2's array-API name). */
  asin: math.arcsin,
  /** Alias of np.arctan (NumPy 2's array-API name). */
  atan: math.arctan,
  /** Alias of np.arctan2 (NumPy 2's array-API name). */
  atan2: math.arctan2,
  /** Alias of np.arccosh (NumPy 2's array-API name). */
  acosh: math.arccosh,
  /** Alias of np.arcsinh (NumPy 2's array-API name). */
  asinh: math.arcsinh,
  /** Alias of np.arctanh (NumPy 2's array-API name). */
  atanh: math.arctanh,
  /** Alias of np.power (NumPy 2's array-API name). */
  pow: math.power,
  /** Alias of np.left_shift (NumPy 2's array-API name). */
  bitwise_left_shift: math.left_shift,
  /** Alias of np.right_shift (NumPy 2's array-API name). */
  bitwise_right_shift: math.right_shift,
  /** Alias of np.invert (NumPy 2's array-API name). */
  bitwise_invert: math.invert,
  /** Alias of np.concatenate (NumPy 2's array-API name). */
  concat: manipulation.concatenate,
  /** Alias of np.transpose (NumPy 2's array-API name). */
  permute_dims: views.transpose,
  ...windows,
  ...dtypeNames,
  ...npNames,
  // Functions that move elements by raw offsets handle complex data part by part.
  // np.linspace with a complex endpoint samples the segment in the complex plane.
  /** `num` evenly spaced values over [start, stop] (np.linspace; endpoint, retstep, dtype, axis; complex endpoints too). */
  linspace: ((start: any, stop: any, ...rest: any[]) => (isComplexLike(start) || isComplexLike(stop)
    ? (complexLinspace as any)(start, stop, ...rest)
    : (creation.linspace as any)(start, stop, ...rest))) as typeof creation.linspace,
  /** Elements along an axis at the given indices (np.take; flattened without an axis; mode 'raise', 'wrap', 'clip'). */
  take: byParts(takePut.take, 0),
  /** The slices along an axis where a condition is true (np.compress; flattened without an axis). */
  compress: byParts(takePut.compress, 1),
  /** The elements where a condition is true, flattened (np.extract). */
  extract: byParts(takePut.extract, 1),
  /** An array built from a list of choices by an index array (np.choose; mode 'raise', 'wrap', 'clip'). */
  choose: refuseComplex(takePut.choose, 'choose'),
  /** Repeats each element of an array `repeats` times (np.repeat; flattened without an axis). */
  repeat: byParts(manipulation.repeat, 0),
  /** Pads an array (np.pad): pad_width per axis; mode 'constant', 'edge', 'reflect', 'symmetric', 'wrap', 'linear_ramp', 'maximum' ... */
  pad: byParts(manipulation.pad, 0),
  /** A new array of the given shape from the array's elements, repeated as needed (np.resize). */
  resize: byParts(manipulation.resize, 0),
  random: { ...random, ...legacyDistributions },
  // np.linalg: the LU family, norms and singular values take complex input (linalg/complex.ts).
  linalg: {
    ...refuseComplexAll(linalg, 'linalg.'),
    inv: withComplex(linalg.inv, complexInv),
    det: withComplex(linalg.det, complexDet),
    slogdet: withComplex(linalg.slogdet, complexSlogdetStack),
    solve: withComplex(linalg.solve, complexSolve, 2),
    norm: withComplex(linalg.norm, (...a: any[]) => complexNorm(linalg.norm, linalg.svdvals, ...(a as [any]))),
    vector_norm: withComplex(linalg.vector_norm, (x: any, o?: any) => linalg.vector_norm(math.absolute(x) as NDArray, o)),
    matrix_norm: withComplex(linalg.matrix_norm, (x: any, o: any = {}) => complexNorm(linalg.norm, linalg.svdvals, x, o.ord ?? 'fro', [-2, -1], o.keepdims ?? false)),
    svdvals: withComplex(linalg.svdvals, (x: any) => complexSvdvals(x, linalg.svdvals)),
    // complex singular vectors are not there yet: only compute_uv=false
    svd: withComplex(linalg.svd, (x: any, fm?: any, cuv?: any) => {
      if ((fm !== null && typeof fm === 'object' ? fm.compute_uv : cuv) === false) return complexSvdvals(x, linalg.svdvals);
      return (refuseComplex(linalg.svd, 'linalg.svd') as any)(x);
    }),
    matrix_rank: withComplex(linalg.matrix_rank, (x: any, tol: any = null, h?: boolean, o?: any) => complexMatrixRank(x, tol, h, o, linalg.svdvals)),
    eig: withComplex(linalg.eig, complexEigStack),
    eigvals: withComplex(linalg.eigvals, complexEigvalsStack),
    matrix_power: withComplex(linalg.matrix_power, complexMatrixPower),
    multi_dot: ((arrays: any) => (Array.isArray(arrays) && arrays.some((x) => holdsComplex(x))
      ? complexMultiDot(arrays) : linalg.multi_dot(arrays))) as typeof linalg.multi_dot,
    trace: multilinearByParts(linalg.trace, 'linalg.trace', () => [0]),
    matmul: cMatmul,
    outer: multilinearByParts(linalg.outer, 'linalg.outer', FIRST_TWO),
  } as LinalgNamespace,
  /** NumPy's `np.polynomial`: the Polynomial class and `np.polynomial.polynomial`'s functions. */
  polynomial: polynomialPackage,
  fft: { ...fft },
  // The array assertions compare complex input part by part; assert_array_less has no complex order.
  testing: overridden(testing, {
    assert_allclose: assertByParts(testing.assert_allclose),
    assert_array_equal: assertByParts(testing.assert_array_equal),
    assert_array_almost_equal: assertByParts(testing.assert_array_almost_equal),
    assert_equal: assertByParts(testing.assert_equal),
    assert_almost_equal: assertByParts(testing.assert_almost_equal),
    assert_array_less: refuseComplex(testing.assert_array_less, 'testing.assert_array_less'),
  }),
  /** The matrix product of two arrays (np.matmul, Python's `a @ b`): stacks of matrices broadcast; 1-d operands are vectors. */
  matmul: cMatmul,
  /** The dot product (np.dot): sum over the last axis of a and the second-to-last of b; matrix product for 2-d. */
  dot: cDot,
  /** The inner product over the last axes (np.inner). */
  inner: multilinearByParts(inner, 'inner', FIRST_TWO),
  /** The dot product of two arrays flattened, the first conjugated (np.vdot). */
  vdot: multilinearByParts(vdot, 'vdot', FIRST_TWO, [0]),
  /** The outer product of two arrays, flattened (np.outer). */
  outer: multilinearByParts(outer, 'outer', FIRST_TWO),
  /** The sum of products over the given axes of two arrays (np.tensordot; axes an integer or two lists). */
  tensordot: multilinearByParts(tensordot, 'tensordot', FIRST_TWO),
  /** Einstein summation (np.einsum) with NumPy's subscripts ('ij,jk->ik', '...' broadcasting) and errors. */
  einsum: multilinearByParts(einsum, 'einsum', einsumOperands),
  /** The imaginary unit, Python's `1j`. */
  j,
  Complex,
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
export { NDArray, Complex };
export default np;
