/**
 * numpy/lib/_type_check_impl.py for complex data: real, imag, angle, iscomplexobj,
 * isrealobj, iscomplex, isreal, real_if_close. `real` and `imag` of a complex array are
 * views (writing to them writes the array), as NumPy's are.
 */
import { NDArray, zerosOf } from '../ndarray';
import { kindOf, partDType } from '../dtype';
import { asarray, type ArrayLike } from '../asarray';
import { arctan2, absolute, not_equal, equal, multiply } from '../math';
import { Complex, isComplexLike } from './complex';

/** A view of one part of a complex array as its float dtype (`which` 0: real, 1: imag). */
function partView(a: NDArray, which: 0 | 1): NDArray {
  // Float elements count half a complex element: strides and offset double.
  return new NDArray(a.data, partDType(a.dtype), a.shape.slice(), a.elementStrides.map((s) => 2 * s), 2 * a.offset + which, a);
}

const isScalarLike = (x: unknown): boolean => typeof x === 'number' || typeof x === 'boolean' || isComplexLike(x);

/** A 0-d result of a scalar input as a JS scalar, as NumPy returns a scalar. */
function scalarOf(a: NDArray): any {
  return a.ndim === 0 ? a.item() : a;
}

/**
 * The real part of the elements: a view for a complex array, the array itself otherwise.
 *
 * @param val - an array_like (or a complex scalar).
 * @returns `val.real` (float32 for complex64, float64 for complex128).
 *
 * @example
 * np.real(np.array([np.complex(1, 2), np.complex(3, -4)]))   // array([1., 3.])
 */
export function real(val: ArrayLike): NDArray | number {
  const a = asarray(val);
  const r = kindOf(a.dtype) === 'c' ? partView(a, 0) : a;
  return isScalarLike(val) ? scalarOf(r) : r;
}

/**
 * The imaginary part of the elements: a view for a complex array, zeros otherwise.
 *
 * @param val - an array_like (or a complex scalar).
 * @returns `val.imag`.
 *
 * @example
 * np.imag(np.array([np.complex(1, 2), np.complex(3, -4)]))   // array([ 2., -4.])
 */
export function imag(val: ArrayLike): NDArray | number {
  const a = asarray(val);
  const r = kindOf(a.dtype) === 'c' ? partView(a, 1) : zerosOf(a.shape.slice(), a.dtype);
  return isScalarLike(val) ? scalarOf(r) : r;
}

/**
 * The counterclockwise angle from the positive real axis (arctan2(imag, real)).
 *
 * @param z - an array_like of complex (or real) numbers.
 * @param deg - angles in degrees instead of radians (default false).
 *
 * @example
 * np.angle(np.array([np.complex(1, 1), np.complex(0, 1)]))   // array([0.78539816, 1.57079633])
 * np.angle(np.complex(1, 1), true)                           // 45
 */
export function angle(z: ArrayLike, deg: boolean | { deg?: boolean } = false): NDArray | number {
  const d = typeof deg === 'object' && deg !== null ? !!deg.deg : !!deg;
  const a = asarray(z);
  const cplx = kindOf(a.dtype) === 'c';
  let r = arctan2(cplx ? partView(a, 1) : 0, cplx ? partView(a, 0) : a) as NDArray;
  if (d) r = multiply(r, 180 / Math.PI) as NDArray;
  return isScalarLike(z) ? scalarOf(r) : r;
}

/**
 * Whether the input has a complex dtype (or is a complex scalar), whatever its values.
 *
 * @example
 * np.iscomplexobj(np.array([np.complex(1, 0)]))   // true
 * np.iscomplexobj([1, 2])                          // false
 */
export function iscomplexobj(x: ArrayLike): boolean {
  if (x instanceof Complex || isComplexLike(x)) return true;
  return kindOf(asarray(x).dtype) === 'c';
}

/**
 * Whether the input has no complex dtype (the negation of iscomplexobj).
 *
 * @example
 * np.isrealobj(np.array([1, 2]))   // true
 */
export function isrealobj(x: ArrayLike): boolean {
  return !iscomplexobj(x);
}

/**
 * Elementwise: whether the imaginary part is non-zero.
 *
 * @example
 * np.iscomplex([np.complex(1, 1), 1, np.complex(2, 0)])   // array([ True, False, False])
 */
export function iscomplex(x: ArrayLike): NDArray | boolean {
  const a = asarray(x);
  const r = kindOf(a.dtype) === 'c' ? (not_equal(partView(a, 1), 0) as NDArray) : zerosOf(a.shape.slice(), 'bool');
  return isScalarLike(x) ? (scalarOf(r) as boolean) : r;
}

/**
 * Elementwise: whether the imaginary part is zero (real dtypes are all true).
 *
 * @example
 * np.isreal([np.complex(1, 1), 1, np.complex(2, 0)])   // array([False,  True,  True])
 */
export function isreal(x: ArrayLike): NDArray | boolean {
  const a = asarray(x);
  const r = kindOf(a.dtype) === 'c' ? (equal(partView(a, 1), 0) as NDArray) : (equal(zerosOf(a.shape.slice(), 'bool'), 0) as NDArray);
  return isScalarLike(x) ? (scalarOf(r) as boolean) : r;
}

/**
 * The real part when every imaginary part is within `tol` machine epsilons of zero, else
 * the array unchanged.
 *
 * @param a - an array_like.
 * @param tol - in machine epsilons of the part dtype when > 1, else absolute (default 100).
 *
 * @example
 * np.real_if_close(np.array([np.complex(2.1, 4e-14), np.complex(5.2, 3e-15)]))   // array([2.1, 5.2])
 */
export function real_if_close(a: ArrayLike, tol: number | { tol?: number } = 100): NDArray {
  const x = asarray(a);
  if (kindOf(x.dtype) !== 'c') return x;
  let t = typeof tol === 'object' && tol !== null ? tol.tol ?? 100 : tol;
  if (t > 1) t *= x.dtype === 'complex64' ? 1.1920928955078125e-7 : 2.220446049250313e-16;
  const im = absolute(partView(x, 1)) as NDArray;
  for (let i = 0; i < im.size; i++) if (!(im.flatGet(i) < t)) return x;
  return partView(x, 0);
}
