/**
 * The one bridge between the random streams and the ndarray core: building result arrays,
 * reading array_like inputs, and the row swaps and takes that shuffle, permutation and
 * choice need. Nothing else in runtime/random imports the core.
 */
import { NDArray, fromTypedArray } from '../ndarray';
import { asarray } from '../asarray';
import { type DType, type TypedArray, storageOf } from '../dtype';

export { NDArray };

/** An array_like argument: an NDArray, a number, a boolean, a typed array or nested lists. */
export type ArrayInput = NDArray | number | boolean | TypedArray | readonly unknown[];

/**
 * Whether `x` is an ndarray.
 *
 * Parameters
 * ----------
 * x : unknown
 *
 * @example
 * isNDArray(np.zeros(2))   // true
 */
export function isNDArray(x: unknown): x is NDArray {
  return x instanceof NDArray;
}

/**
 * A new array owning `data` (not copied) with the given shape and dtype.
 *
 * Parameters
 * ----------
 * data : TypedArray
 *     The dtype's storage (Float64Array for int64).
 * shape : number[]
 * dtype : DType
 *
 * @example
 * wrap(Float64Array.from([1, 2]), [2], 'int64')   // array([1, 2])
 */
export function wrap(data: TypedArray, shape: number[], dtype: DType): NDArray {
  return fromTypedArray(data, shape, dtype);
}

/**
 * Zero-filled storage for `n` elements of `dtype` (Float64Array for int64/uint64/float64).
 *
 * Parameters
 * ----------
 * dtype : DType
 * n : number
 *
 * @example
 * storage('uint8', 4)   // Uint8Array(4)
 */
export function storage(dtype: DType, n: number): TypedArray {
  const C = storageOf(dtype);
  return new C(n);
}

/**
 * `np.asarray(x)`: no copy for an NDArray.
 *
 * Parameters
 * ----------
 * x : array_like
 *
 * @example
 * toArray([10, 20, 30]).dtype   // 'int64'
 */
export function toArray(x: ArrayInput): NDArray {
  return x instanceof NDArray ? x : asarray(x as never);
}

/**
 * The elements of `a` in C order as float64 values (a fresh array).
 *
 * Parameters
 * ----------
 * a : NDArray
 *
 * @example
 * valuesOf(np.arange(3))   // Float64Array [0, 1, 2]
 */
export function valuesOf(a: NDArray): Float64Array {
  const n = a.size;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = a.flatGet(i);
  return out;
}

/**
 * Swaps sub-arrays `i` and `j` along `axis` of `a`, in place (a view's base sees it).
 *
 * Parameters
 * ----------
 * a : NDArray
 * axis : number
 *     A normalised axis.
 * i, j : number
 *     Indices along the axis.
 *
 * @example
 * swapAlong(a, 0, 0, 2)   // a[[0, 2]] = a[[2, 0]]
 */
export function swapAlong(a: NDArray, axis: number, i: number, j: number): void {
  if (i === j) return;
  const shape = a.shape;
  if (shape.length === 1) {
    const d = a.data;
    const s = a.elementStrides[0];
    const oi = a.offset + i * s;
    const oj = a.offset + j * s;
    const t = d[oi];
    d[oi] = d[oj];
    d[oj] = t;
    return;
  }
  let inner = 1;
  for (let k = axis + 1; k < shape.length; k++) inner *= shape[k];
  let outer = 1;
  for (let k = 0; k < axis; k++) outer *= shape[k];
  const n = shape[axis];
  for (let o = 0; o < outer; o++) {
    const bi = (o * n + i) * inner;
    const bj = (o * n + j) * inner;
    for (let k = 0; k < inner; k++) {
      const t = a.flatGet(bi + k);
      a.flatSet(bi + k, a.flatGet(bj + k));
      a.flatSet(bj + k, t);
    }
  }
}

/**
 * `a.take(idx, axis)` for integer indices already known to be in range, with `idx`
 * shaped `idxShape`. With `scalar` and a 1-d `a` the element comes back as a JS number
 * (or boolean); with `scalar` and n-d `a` the axis is dropped.
 *
 * Parameters
 * ----------
 * a : NDArray
 * idx : ArrayLike<number>
 * idxShape : number[]
 * axis : number
 * scalar : boolean
 *
 * @example
 * takeAlong(np.array([10, 20, 30]), [2, 0], [2], 0, false)   // array([30, 10])
 */
export function takeAlong(
  a: NDArray, idx: ArrayLike<number>, idxShape: number[], axis: number, scalar: boolean,
): NDArray | number | boolean {
  const shape = a.shape;
  let inner = 1;
  for (let k = axis + 1; k < shape.length; k++) inner *= shape[k];
  let outer = 1;
  for (let k = 0; k < axis; k++) outer *= shape[k];
  const n = shape[axis];
  const m = idx.length;
  if (scalar && shape.length === 1) {
    const v = a.flatGet(idx[0]);
    return a.dtype === 'bool' ? v !== 0 : v;
  }
  const outShape = [...shape.slice(0, axis), ...(scalar ? [] : idxShape), ...shape.slice(axis + 1)];
  const out = storage(a.dtype, outer * m * inner);
  let p = 0;
  for (let o = 0; o < outer; o++) {
    for (let t = 0; t < m; t++) {
      const base = (o * n + idx[t]) * inner;
      for (let k = 0; k < inner; k++) out[p++] = a.flatGet(base + k);
    }
  }
  return wrap(out, outShape, a.dtype);
}
