/** Array manipulation (np.concatenate ... np.trace): NDArray methods. */
import { NDArray } from '../ndarray';
import { type ArrayLike } from '../asarray';
import { type DTypeLike } from '../dtype';
import { repeat } from './tile-repeat';
import { DiagonalOptions, diagonal, trace } from './diagonal';


declare module '../ndarray' {
  interface NDArray {
    /** Repeats elements (flattened unless an axis is given). @example np.array([1, 2]).repeat(2)   // array([1, 1, 2, 2]) */
    repeat(repeats: number | ArrayLike, axis?: number | null | { axis?: number | null }): NDArray;
    /** The diagonal (a view). @example np.arange(9).reshape(3, 3).diagonal()   // array([0, 4, 8]) */
    diagonal(offset?: number | DiagonalOptions, axis1?: number, axis2?: number): NDArray;
    /** Sum along the diagonal. @example np.arange(9).reshape(3, 3).trace()   // 12 */
    trace(offset?: number | (DiagonalOptions & { dtype?: DTypeLike | null }), axis1?: number, axis2?: number, dtype?: DTypeLike | null): any;
  }
}

export const P = NDArray.prototype as any;
P.repeat = function (this: NDArray, repeats: number | ArrayLike, axis?: number | null | { axis?: number | null }) {
  return repeat(this, repeats, axis);
};
P.diagonal = function (this: NDArray, offset?: number | DiagonalOptions, axis1?: number, axis2?: number) {
  return diagonal(this, offset, axis1, axis2);
};
P.trace = function (this: NDArray, offset?: number | DiagonalOptions, axis1?: number, axis2?: number, dtype?: DTypeLike | null) {
  return trace(this, offset, axis1, axis2, dtype);
};
