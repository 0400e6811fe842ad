/**
 * The n-dimensional array: a view (data, dtype, shape, strides, offset) on a typed-array
 * buffer, as scijs ndarray. Slicing, transposing and reshaping contiguous data make new
 * views of the same buffer; nothing here copies unless it says so.
 *
 * This file holds the view itself and the few methods every other module needs. The
 * NumPy methods (`a.sum()`, `a.add(b)`, `a.get(...)`) are attached in `methods.ts`.
 */
import { type DType, type TypedArray, castScalar, itemsize, storageOf, needsExplicitCast, kindOf } from './dtype';
import { allocate } from './allocate';
import { cStrides, sizeOf } from './shape';
import { ValueError, IndexError, NumpyTypeError } from './errors';
import { requireInt } from './validate';

export class NDArray {
  /** The buffer this view reads; shared with the base array of a view. */
  readonly data: TypedArray;
  /** The element type, NumPy's name for it (`'float64'`, `'uint8'`, ...). */
  readonly dtype: DType;
  /** Length of each dimension. */
  readonly shape: number[];
  /** Element (not byte) strides of each dimension; `strides` gives NumPy's byte strides. */
  readonly elementStrides: number[];
  /** Index in `data` of element [0, 0, ...]. */
  readonly offset: number;
  /** The array this one is a view of, or `null` when it owns its data. */
  readonly base: NDArray | null;

  constructor(
    data: TypedArray,
    dtype: DType,
    shape: number[],
    elementStrides?: number[],
    offset = 0,
    base: NDArray | null = null,
  ) {
    this.data = data;
    this.dtype = dtype;
    this.shape = shape;
    this.elementStrides = elementStrides ?? cStrides(shape);
    this.offset = offset;
    // NumPy's base is the array that owns the memory, never a chain of views.
    this.base = base === null ? null : base.base ?? base;
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length;
  }

  /** Number of elements. */
  get size(): number {
    return sizeOf(this.shape);
  }

  /** Bytes per element. */
  get itemsize(): number {
    return itemsize(this.dtype);
  }

  /** Bytes the elements take (size * itemsize). */
  get nbytes(): number {
    return this.size * this.itemsize;
  }

  /** Byte strides of each dimension, as NumPy's `a.strides`. */
  get strides(): number[] {
    const k = this.itemsize;
    return this.elementStrides.map((s) => s * k);
  }

  /** True when the elements lie in C order, one after another, from `offset`. */
  get isCContiguous(): boolean {
    let expect = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] === 1) continue;
      if (this.elementStrides[i] !== expect) return false;
      expect *= this.shape[i];
    }
    return true;
  }

  /** Buffer index of the element at C-order position `i` (no bounds check). */
  flatOffset(i: number): number {
    let off = this.offset;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      const n = this.shape[d];
      off += (i % n) * this.elementStrides[d];
      i = Math.floor(i / n);
    }
    return off;
  }

  /** Element at C-order position `i` as a JS number (bools as 0/1). */
  flatGet(i: number): number {
    return this.data[this.isCContiguous ? this.offset + i : this.flatOffset(i)];
  }

  /** Stores `v` at C-order position `i`, cast to the dtype as NumPy does. */
  flatSet(i: number, v: number | boolean): void {
    const off = this.isCContiguous ? this.offset + i : this.flatOffset(i);
    this.data[off] = needsExplicitCast(this.dtype) || typeof v === 'boolean' ? castScalar(v, this.dtype) : v;
  }

  /**
   * The elements in C order as a typed array of this dtype's storage: the buffer itself
   * (a subarray, no copy) when contiguous, else a fresh copy. Do not write to the result.
   */
  contiguousData(): TypedArray {
    if (this.isCContiguous) return this.data.subarray(this.offset, this.offset + this.size);
    return copyToContiguous(this).data;
  }

  /**
   * A copy of the array that owns its own C-ordered data.
   *
   * @example
   * const a = np.array([1, 2, 3]);
   * const b = a.copy();
   * b.set(0, 100);   // a is unchanged
   */
  copy(): NDArray {
    return copyToContiguous(this);
  }

  /** NumPy's `str(a)`: the array's elements as NumPy prints them. */
  toString(): string {
    return printer.str(this);
  }

  /**
   * The array as nested JS arrays of numbers (booleans for bool arrays), as `a.tolist()`.
   *
   * @example
   * np.arange(6).reshape(2, 3).tolist()   // [[0, 1, 2], [3, 4, 5]]
   */
  tolist(): any {
    const isBool = this.dtype === 'bool';
    const rec = (d: number, off: number): any => {
      if (d === this.shape.length) return isBool ? this.data[off] !== 0 : this.data[off];
      const out = new Array(this.shape[d]);
      for (let i = 0; i < this.shape[d]; i++) out[i] = rec(d + 1, off + i * this.elementStrides[d]);
      return out;
    };
    return rec(0, this.offset);
  }

  /**
   * The only element of a size-1 array as a JS number (or boolean), as `a.item()`.
   * With an index, that element: `a.item(3)` is the fourth in C order.
   *
   * @example
   * np.array([[2.5]]).item()   // 2.5
   */
  item(...index: number[]): number | boolean {
    index = index.map(requireInt);
    let i = 0;
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError('can only convert an array of size 1 to a Python scalar');
    } else if (index.length === 1) {
      i = index[0] < 0 ? index[0] + this.size : index[0];
      if (i < 0 || i >= this.size) throw new IndexError(`index ${index[0]} is out of bounds for size ${this.size}`);
    } else {
      if (index.length !== this.ndim) throw new ValueError('incorrect number of indices for array');
      const st = cStrides(this.shape);
      index.forEach((k, d) => {
        const n = this.shape[d];
        const kk = k < 0 ? k + n : k;
        if (kk < 0 || kk >= n) throw new IndexError(`index ${k} is out of bounds for axis ${d} with size ${n}`);
        i += kk * st[d];
      });
    }
    const v = this.flatGet(i);
    return this.dtype === 'bool' ? v !== 0 : v;
  }

  /** `for (const row of a)`: iterates over the first axis, as Python does. */
  *[Symbol.iterator](): Iterator<any> {
    if (this.ndim === 0) throw new NumpyTypeError('iteration over a 0-d array');
    const n = this.shape[0];
    for (let i = 0; i < n; i++) yield subarrayAt(this, i);
  }

  get [Symbol.toStringTag](): string {
    return 'ndarray';
  }
}


/** The printer is installed by index.ts (format.ts depends on nothing here). */
export const printer = {
  str: (a: NDArray): string => `ndarray(shape=${JSON.stringify(a.shape)}, dtype=${a.dtype})`,
  repr: (a: NDArray): string => `ndarray(shape=${JSON.stringify(a.shape)}, dtype=${a.dtype})`,
};

/** `a[i]`: the sub-array (a view) or element at index `i` of the first axis. */
export function subarrayAt(a: NDArray, i: number): NDArray | number | boolean {
  const off = a.offset + i * a.elementStrides[0];
  if (a.ndim === 1) return a.dtype === 'bool' ? a.data[off] !== 0 : a.data[off];
  return new NDArray(a.data, a.dtype, a.shape.slice(1), a.elementStrides.slice(1), off, a);
}

/** A new array owning `data` (not copied) with the given shape and dtype. */
export function fromTypedArray(data: TypedArray, shape: number[], dtype: DType): NDArray {
  if (data.length !== sizeOf(shape)) {
    throw new ValueError(`cannot reshape array of size ${data.length} into shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''})`);
  }
  if (!(data instanceof storageOf(dtype))) throw new ValueError(`buffer does not hold ${dtype} storage`);
  return new NDArray(data, dtype, shape);
}

/** A new zero-filled C-ordered array. */
export function zerosOf(shape: number[], dtype: DType): NDArray {
  return new NDArray(allocate(dtype, sizeOf(shape), shape), dtype, shape);
}

/**
 * Copies the elements of `src` (any strides) in C order into `dst` (any strides, same
 * shape), casting to dst's dtype. The one strided copy everything else builds on.
 */
export function copyInto(dst: NDArray, src: NDArray): void {
  const shape = dst.shape;
  const nd = shape.length;
  const size = sizeOf(shape);
  if (size === 0) return;
  const d = dst.data;
  const s = src.data;
  const cast = castNeeded(src.dtype, dst.dtype);
  const dt = dst.dtype;
  if (nd === 0) {
    d[dst.offset] = cast ? castScalar(s[src.offset], dt) : s[src.offset];
    return;
  }
  // Walk with an index counter over all but the last axis; the inner loop is strided.
  const n = shape[nd - 1];
  const ds = dst.elementStrides[nd - 1];
  const ss = src.elementStrides[nd - 1];
  if (dst.isCContiguous && src.isCContiguous && !cast && dst.dtype === src.dtype) {
    d.set(s.subarray(src.offset, src.offset + size), dst.offset);
    return;
  }
  const idx = new Array<number>(nd).fill(0);
  let doff = dst.offset;
  let soff = src.offset;
  const rows = size / n;
  for (let r = 0; r < rows; r++) {
    if (cast) {
      for (let i = 0, di = doff, si = soff; i < n; i++, di += ds, si += ss) d[di] = castScalar(s[si], dt);
    } else {
      for (let i = 0, di = doff, si = soff; i < n; i++, di += ds, si += ss) d[di] = s[si];
    }
    for (let k = nd - 2; k >= 0; k--) {
      idx[k]++;
      doff += dst.elementStrides[k];
      soff += src.elementStrides[k];
      if (idx[k] < shape[k]) break;
      doff -= dst.elementStrides[k] * shape[k];
      soff -= src.elementStrides[k] * shape[k];
      idx[k] = 0;
    }
  }
}

/**
 * Whether storing values of `from` into `to`'s typed array needs `castScalar`: typed
 * arrays truncate and wrap 8-32 bit ints themselves, but bool must become 0/1 and the
 * Float64Array-backed int64/uint64 must truncate floats and wrap negatives.
 */
export function castNeeded(from: DType, to: DType): boolean {
  if (from === to) return false;
  if (to === 'bool') return true;
  if (to === 'int64') return kindOf(from) === 'f' || from === 'uint64';
  if (to === 'uint64') return kindOf(from) === 'f' || kindOf(from) === 'i';
  return false;
}

/** A C-ordered copy of `a`, optionally cast to another dtype. */
export function copyToContiguous(a: NDArray, dtype: DType = a.dtype): NDArray {
  const out = zerosOf(a.shape.slice(), dtype);
  copyInto(out, a);
  return out;
}
