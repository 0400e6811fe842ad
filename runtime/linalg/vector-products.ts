/**
 * NumPy 2's gufuncs over vectors and stacks of matrices: vecdot, matvec, vecmat, and
 * matrix_transpose. Each checks its core dimensions with NumPy's messages and hands off
 * to matmul (the wasm GEMM for floats).
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { normalizeAxis } from '../shape';
import { moveaxis, swapaxes, expand_dims } from '../views';
import { matmul } from './products';

function needDims(name: string, sig: string, operand: number, a: NDArray, need: number): void {
  if (a.ndim < need) throw new ValueError(`${name}: Input operand ${operand} does not have enough dimensions (has ${a.ndim}, gufunc core with signature ${sig} requires ${need})`);
}

function sameCore(name: string, sig: string, n1: number, n2: number): void {
  if (n1 !== n2) throw new ValueError(`${name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${n2} is different from ${n1})`);
}

/** A 0-d result as a JS number, as NumPy returns a scalar. */
const scalarOr = (r: NDArray): NDArray | number => (r.ndim === 0 ? (r.item() as number) : r);

/**
 * The dot product of vectors along `axis` (default the last), broadcasting the other
 * dimensions, as NumPy 2's `vecdot`.
 *
 * @example
 * np.vecdot(np.arange(6).reshape(2, 3), np.arange(3))   // array([ 5, 14])
 * np.vecdot([1.5, 2], [1, 1])                           // 3.5
 */
export function vecdot(x1: ArrayLike, x2: ArrayLike, opts: { axis?: number } = {}): any {
  const sig = '(n),(n)->()';
  const a = asarray(x1);
  const b = asarray(x2);
  needDims('vecdot', sig, 0, a, 1);
  needDims('vecdot', sig, 1, b, 1);
  const axis = opts.axis ?? -1;
  const am = moveaxis(a, normalizeAxis(axis, a.ndim), -1);
  const bm = moveaxis(b, normalizeAxis(axis, b.ndim), -1);
  sameCore('vecdot', sig, am.shape[am.ndim - 1], bm.shape[bm.ndim - 1]);
  const r = matmul(expand_dims(am, -2), expand_dims(bm, -1)) as NDArray;
  return scalarOr(r.reshape(r.shape.slice(0, -2)));
}

/**
 * The matrix-vector product over stacks: (..., m, n) times (..., n) gives (..., m), as
 * NumPy 2's `matvec`.
 *
 * @example
 * np.matvec([[1, 2], [3, 4]], [1, 1])   // array([3, 7])
 */
export function matvec(x1: ArrayLike, x2: ArrayLike): NDArray {
  const sig = '(m,n),(n)->(m)';
  const a = asarray(x1);
  const b = asarray(x2);
  needDims('matvec', sig, 0, a, 2);
  needDims('matvec', sig, 1, b, 1);
  sameCore('matvec', sig, a.shape[a.ndim - 1], b.shape[b.ndim - 1]);
  const r = matmul(a, expand_dims(b, -1)) as NDArray;
  return r.reshape(r.shape.slice(0, -1));
}

/**
 * The vector-matrix product over stacks: (..., n) times (..., n, m) gives (..., m), as
 * NumPy 2's `vecmat`.
 *
 * @example
 * np.vecmat([1, 1], [[1, 2], [3, 4]])   // array([4, 6])
 */
export function vecmat(x1: ArrayLike, x2: ArrayLike): NDArray {
  const sig = '(n),(n,m)->(m)';
  const a = asarray(x1);
  const b = asarray(x2);
  needDims('vecmat', sig, 0, a, 1);
  needDims('vecmat', sig, 1, b, 2);
  sameCore('vecmat', sig, a.shape[a.ndim - 1], b.shape[b.ndim - 2]);
  const r = matmul(expand_dims(a, -2), b) as NDArray;
  return r.reshape([...r.shape.slice(0, -2), r.shape[r.ndim - 1]]);
}

/**
 * Each matrix of a stack transposed (the last two axes swapped): a view, as NumPy 2's
 * `matrix_transpose` (and `a.mT`).
 *
 * @example
 * np.matrix_transpose(np.arange(6).reshape(1, 2, 3)).shape   // [1, 3, 2]
 */
export function matrix_transpose(x: ArrayLike): NDArray {
  const a = asarray(x);
  if (a.ndim < 2) throw new ValueError(`Input array must be at least 2-dimensional, but it is ${a.ndim}`);
  return swapaxes(a, -1, -2);
}

declare module '../ndarray' {
  interface NDArray {
    /** The stack of matrices transposed (last two axes swapped), as NumPy 2's `a.mT`. @example np.ones([2, 3, 4]).mT.shape   // [2, 4, 3] */
    readonly mT: NDArray;
  }
}

Object.defineProperty(NDArray.prototype, 'mT', {
  get(this: NDArray) {
    return matrix_transpose(this);
  },
  configurable: true,
});
