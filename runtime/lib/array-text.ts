/**
 * np.array_repr, np.array_str and np.array2string: an array's NumPy text, from any
 * array_like (format/ prints NDArrays).
 */
import { arrayRepr, arrayStr, array2string as array2stringOf, type Array2StringOptions } from '../format';
import { asarray, type ArrayLike } from '../asarray';

/**
 * NumPy's `repr(a)` of an array, as `np.array_repr(a)`.
 *
 * @example
 * np.array_repr(np.ones(3))   // 'array([1., 1., 1.])'
 */
export function array_repr(a: ArrayLike): string {
  return arrayRepr(asarray(a));
}

/**
 * NumPy's `str(a)` of an array, as `np.array_str(a)` (or `String(a)`).
 *
 * @example
 * np.array_str(np.array([1, 2, 3]))   // '[1 2 3]'
 */
export function array_str(a: ArrayLike): string {
  return arrayStr(asarray(a));
}

/**
 * A string representation of an array (`np.array2string`), without the `array(` prefix.
 *
 * Parameters
 * - opts: `max_line_width`, `precision`, `suppress_small`, `separator` (default ' '),
 *   `prefix` and `suffix` (their lengths set the indent and the wrap column), `formatter`,
 *   `threshold`, `edgeitems`, `sign`, `floatmode`, `legacy`; unset ones come from the
 *   current print options.
 *
 * @example
 * np.array2string(np.array([1e-16, 1, 2, 3]), {precision: 2, separator: ',', suppress_small: true})
 * // '[0.,1.,2.,3.]'
 */
export function array2string(a: ArrayLike, opts?: Array2StringOptions): string {
  return array2stringOf(asarray(a), opts);
}
