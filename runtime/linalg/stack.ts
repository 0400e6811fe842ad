/**
 * Glue between NDArrays and the matrix kernels: stacks of matrices (the `(..., M, N)`
 * inputs of np.linalg), batch broadcasting with NumPy's gufunc errors, and building
 * results in the dtype NumPy returns.
 */
import { type DType, type TypedArray, castScalar, storageOf } from '../dtype';
import { NDArray, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { LinAlgError, ValueError } from '../errors';
import { broadcastShapes, shapeStr, sizeOf } from '../shape';

/** A stack of m x n matrices as one C-ordered float64 buffer: matrix b at b*m*n. */
export interface Stack {
  arr: NDArray;
  data: Float64Array;
  batch: number[];
  count: number;
  m: number;
  n: number;
}

/**
 * The matrices of an array of at least two dimensions, as float64 (a view when possible).
 *
 * @example
 * stackOf(np.zeros([4, 2, 3])).count   // 4 matrices of 2 x 3
 */
export function stackOf(arr: NDArray): Stack {
  const nd = arr.ndim;
  const m = arr.shape[nd - 2];
  const n = arr.shape[nd - 1];
  const batch = arr.shape.slice(0, nd - 2);
  const data = (arr.dtype === 'float64' && arr.isCContiguous
    ? arr.contiguousData()
    : copyToContiguous(arr, 'float64').data) as Float64Array;
  return { arr, data, batch, count: sizeOf(batch), m, n };
}

/**
 * NumPy's `_assert_stacked_2d`: at least two dimensions.
 *
 * @example
 * assertStacked2d(np.ones(3))   // LinAlgError: 1-dimensional array given. Array must be at least two-dimensional
 */
export function assertStacked2d(a: NDArray): void {
  if (a.ndim < 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
}

/**
 * NumPy's `_assert_2d`: exactly two dimensions.
 *
 * @example
 * assert2d(np.ones([2, 2, 2]))   // LinAlgError: 3-dimensional array given. Array must be two-dimensional
 */
export function assert2d(a: NDArray): void {
  if (a.ndim !== 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
}

/**
 * NumPy's `_assert_stacked_square`: the last two dimensions are equal.
 *
 * @example
 * assertStackedSquare(np.ones([2, 3]))   // LinAlgError: Last 2 dimensions of the array must be square
 */
export function assertStackedSquare(a: NDArray): void {
  if (a.shape[a.ndim - 1] !== a.shape[a.ndim - 2]) throw new LinAlgError('Last 2 dimensions of the array must be square');
}

/**
 * asarray, then the stacked-2d check (and the square one when asked): the common entry of
 * np.linalg functions.
 *
 * @example
 * matrixInput([[1, 2], [3, 4]], true).shape   // [2, 2]
 */
export function matrixInput(x: ArrayLike, square = false): NDArray {
  const a = asarray(x);
  assertStacked2d(a);
  if (square) assertStackedSquare(a);
  return a;
}

/**
 * The dtype np.linalg returns for inputs of these dtypes (NumPy's `_commonType`): float32
 * when every input is float32, otherwise float64 (integers and bools compute as float64).
 *
 * @example
 * linalgResultType('float32', 'int64')   // 'float64'
 */
export function linalgResultType(...dtypes: DType[]): 'float32' | 'float64' {
  return dtypes.length > 0 && dtypes.every((d) => d === 'float32') ? 'float32' : 'float64';
}

/**
 * A new array of `shape` holding `values` (float64), stored as `dtype` (cast as NumPy casts).
 *
 * @example
 * fromFloat64(new Float64Array([1.5, 300]), [2], 'uint8').tolist()   // [1, 44]
 */
export function fromFloat64(values: Float64Array, shape: number[], dtype: DType): NDArray {
  if (dtype === 'float64') return new NDArray(values, 'float64', shape);
  const C = storageOf(dtype);
  const out = new C(values.length) as TypedArray;
  if (dtype === 'float32') {
    (out as Float32Array).set(values);
  } else if (dtype === 'bool') {
    for (let i = 0; i < values.length; i++) out[i] = values[i] !== 0 ? 1 : 0;
  } else {
    for (let i = 0; i < values.length; i++) out[i] = castScalar(values[i], dtype);
  }
  return new NDArray(out, dtype, shape);
}

/**
 * A JS scalar as a 0-d result of `dtype` would read: float32 rounded, bool as boolean.
 *
 * @example
 * scalarOf(2, 'bool')   // true
 */
export function scalarOf(v: number, dtype: DType): number | boolean {
  if (dtype === 'float64') return v;
  if (dtype === 'bool') return v !== 0;
  return castScalar(v, dtype);
}

/**
 * NumPy's gufunc batch-broadcast error: `operands could not be broadcast together with
 * remapped shapes [original->remapped]: (2,3,4)->(2,newaxis,newaxis) ...  and requested shape (3,5)`.
 *
 * @example
 * remappedError([[2, 3, 4], [3, 4, 5]], [2, 2], [3, 5]).message
 */
export function remappedError(shapes: number[][], coreDims: number[], requested: number[]): ValueError {
  const parts = shapes.map((s, i) => {
    const loop = s.slice(0, s.length - coreDims[i]);
    const remapped = [...loop.map(String), ...Array(coreDims[i]).fill('newaxis')];
    return `${shapeStr(s)}->(${remapped.join(',')})`;
  });
  return new ValueError(
    `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')}  and requested shape ${shapeStr(requested)}`,
  );
}

/**
 * Broadcasts loop (batch) shapes, throwing NumPy's remapped-shapes error on failure.
 *
 * @example
 * broadcastBatch([[2, 1], [3]], [[2, 1, 4, 4], [3, 4, 4]], [2, 2], [4, 4])   // [2, 3]
 */
export function broadcastBatch(
  batches: number[][], shapes: number[][], coreDims: number[], requested: number[],
): number[] {
  try {
    return broadcastShapes(...batches);
  } catch {
    throw remappedError(shapes, coreDims, requested);
  }
}

/**
 * Element offsets, in C order over `outBatch`, of the batch entries of an array whose
 * leading (batch) dims are `shape`/`strides` (right-aligned, broadcast where 1 or missing).
 *
 * @example
 * batchOffsets([2], [12], 0, [3, 2])   // [0, 12, 0, 12, 0, 12]
 */
export function batchOffsets(shape: readonly number[], strides: readonly number[], offset: number, outBatch: readonly number[]): number[] {
  const total = sizeOf(outBatch);
  const nd = outBatch.length;
  const st = new Array<number>(nd).fill(0);
  const lead = nd - shape.length;
  for (let i = 0; i < shape.length; i++) st[lead + i] = shape[i] === 1 ? 0 : strides[i];
  const out: number[] = new Array(total);
  const idx = new Array<number>(nd).fill(0);
  let off = offset;
  for (let t = 0; t < total; t++) {
    out[t] = off;
    for (let d = nd - 1; d >= 0; d--) {
      idx[d]++;
      off += st[d];
      if (idx[d] < outBatch[d]) break;
      off -= st[d] * outBatch[d];
      idx[d] = 0;
    }
  }
  return out;
}
