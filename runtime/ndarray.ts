/**
 * The n-dimensional array: a view (data, dtype, shape, strides, offset) on a typed-array
 * buffer, as scijs ndarray. Slicing, transposing and reshaping contiguous data make new
 * views of the same buffer; nothing here copies unless it says so.
 *
 * This file holds the view itself and the few methods every other module needs. The
 * NumPy methods (`a.sum()`, `a.add(b)`, `a.get(...)`) are attached in `methods.ts`.
 */
import { type DType, type TypedArray, castScalar, itemsize, storageOf, needsExplicitCast, kindOf, lanesOf } from './dtype';
import { Complex } from './complex/complex';
import { allocate } from './allocate';
import { cStrides, fillStrides, sizeOf, coalesce } from './shape';
import { specialize } from './kernels';
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
    // NumPy gives an array it allocates with no elements all-zero strides; views keep theirs.
    this.elementStrides = elementStrides ?? (base === null && sizeOf(shape) === 0 ? shape.map(() => 0) : cStrides(shape));
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

  /** True when the elements lie in C order, one after another, from `offset` (always, when empty). */
  get isCContiguous(): boolean {
    if (this.size === 0) return true;
    let expect = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] === 1) continue;
      if (this.elementStrides[i] !== expect) return false;
      expect *= this.shape[i];
    }
    return true;
  }

  /** True when the elements lie in Fortran order (first axis fastest), as NumPy's F_CONTIGUOUS. */
  get isFContiguous(): boolean {
    if (this.size === 0) return true;
    let expect = 1;
    for (let i = 0; i < this.shape.length; i++) {
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

  /** Element at C-order position `i` as a JS number (bools as 0/1; the real part of a complex). */
  flatGet(i: number): number {
    const off = this.isCContiguous ? this.offset + i : this.flatOffset(i);
    return this.data[kindOf(this.dtype) === 'c' ? 2 * off : off];
  }

  /** Imaginary part of the element at C-order position `i` (0 for a real dtype). */
  flatGetImag(i: number): number {
    if (kindOf(this.dtype) !== 'c') return 0;
    return this.data[2 * (this.isCContiguous ? this.offset + i : this.flatOffset(i)) + 1];
  }

  /** Stores `v` at C-order position `i`, cast to the dtype as NumPy does. */
  flatSet(i: number, v: number | boolean): void {
    const off = this.isCContiguous ? this.offset + i : this.flatOffset(i);
    if (kindOf(this.dtype) === 'c') {
      this.data[2 * off] = +v;
      this.data[2 * off + 1] = 0;
      return;
    }
    this.data[off] = needsExplicitCast(this.dtype) || typeof v === 'boolean' ? castScalar(v, this.dtype) : v;
  }

  /**
   * The elements in C order as a typed array of this dtype's storage: the buffer itself
   * (a subarray, no copy) when contiguous, else a fresh copy. Do not write to the result.
   */
  contiguousData(): TypedArray {
    const k = lanesOf(this.dtype);
    if (this.isCContiguous) return this.data.subarray(k * this.offset, k * (this.offset + this.size));
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
    const cplx = kindOf(this.dtype) === 'c';
    const rec = (d: number, off: number): any => {
      if (d === this.shape.length) return cplx ? new Complex(this.data[2 * off], this.data[2 * off + 1]) : isBool ? this.data[off] !== 0 : this.data[off];
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
  item(...index: number[]): number | boolean | Complex {
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
    if (kindOf(this.dtype) === 'c') {
      const off = 2 * (this.isCContiguous ? this.offset + i : this.flatOffset(i));
      return new Complex(this.data[off], this.data[off + 1]);
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

  /**
   * An ndarray never turns silently into `NaN` or a string in a JavaScript operator (code
   * outside notebook cells, where `a * 2` is not rewritten): a 0-d array is its number, as
   * NumPy's `float(a)`; any other throws a TypeError naming the methods to use. In a string
   * context (`${a}`, `String(a)`) it is NumPy's `str(a)`.
   */
  [Symbol.toPrimitive](hint: 'number' | 'string' | 'default'): number | string | boolean {
    if (hint === 'string') return this.toString();
    if (this.ndim === 0 && kindOf(this.dtype) !== 'c') return this.item() as number | boolean;
    const how =
      hint === 'number'
        ? 'a.mul(2) for a * 2, a.sub(b) for a - b, a.div(b) for a / b, a.gt(0) for a > 0'
        : 'a.add(b) for a + b, a.eq(b) for a == b, String(a) for its text';
    throw new NumpyTypeError(
      `only 0-dimensional arrays can be converted to Python scalars: an ndarray of shape (${this.shape.join(', ')}${this.ndim === 1 ? ',' : ''}) ` +
        `was used with a JavaScript operator outside a notebook cell; use its methods (${how})`,
    );
  }
}


/** The printer is installed by index.ts (format.ts depends on nothing here). */
export const printer = {
  str: (a: NDArray): string => `ndarray(shape=${JSON.stringify(a.shape)}, dtype=${a.dtype})`,
  repr: (a: NDArray): string => `ndarray(shape=${JSON.stringify(a.shape)}, dtype=${a.dtype})`,
};

/** `a[i]`: the sub-array (a view) or element at index `i` of the first axis. */
export function subarrayAt(a: NDArray, i: number): NDArray | number | boolean | Complex {
  const off = a.offset + i * a.elementStrides[0];
  if (a.ndim === 1) {
    if (kindOf(a.dtype) === 'c') return new Complex(a.data[2 * off], a.data[2 * off + 1]);
    return a.dtype === 'bool' ? a.data[off] !== 0 : a.data[off];
  }
  return new NDArray(a.data, a.dtype, a.shape.slice(1), a.elementStrides.slice(1), off, a);
}

/**
 * Strides of NumPy's reshape of an empty array: its own for the same shape (NumPy returns
 * a plain view), else filled in C order with 0-length axes counted as 1 (an empty array
 * is contiguous, so no strides are copied from it).
 */
export function emptyViewStrides(x: NDArray, shape: readonly number[]): number[] {
  const same = shape.length === x.ndim && shape.every((n, i) => n === x.shape[i]);
  return same ? x.elementStrides.slice() : fillStrides(shape);
}

/**
 * `a.reshape(shape)` for an array `a` just made and handed over by the caller, as NumPy
 * code that reshapes a fresh result: the same data, owned (base null), with the strides
 * NumPy's reshape gives. Only an empty result's strides differ from a fresh array's.
 */
export function reshapeFresh(a: NDArray, shape: number[]): NDArray {
  const strides = a.size === 0 ? emptyViewStrides(a, shape) : cStrides(shape);
  return new NDArray(a.data, a.dtype, shape, strides, a.offset);
}

/** A new array owning `data` (not copied) with the given shape and dtype. */
export function fromTypedArray(data: TypedArray, shape: number[], dtype: DType): NDArray {
  if (data.length !== sizeOf(shape) * lanesOf(dtype)) {
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
  if (kindOf(dst.dtype) === 'c' || kindOf(src.dtype) === 'c') {
    copyComplexInto(dst, src);
    return;
  }
  const d = dst.data;
  const s = src.data;
  const cast = castNeeded(src.dtype, dst.dtype);
  const dt = dst.dtype;
  if (nd === 0) {
    d[dst.offset] = cast ? castScalar(s[src.offset], dt) : s[src.offset];
    return;
  }
  if (dst.isCContiguous && src.isCContiguous && !cast) {
    // TypedArray.set converts as element assignment does, and handles overlap.
    d.set(s.subarray(src.offset, src.offset + size), dst.offset);
    return;
  }
  // Merge axes both walk contiguously, then walk all but the last with an index counter.
  const [sh, [dstr, sstr]] = size <= 256 ? [shape, [dst.elementStrides, src.elementStrides]] : coalesce(shape, [dst.elementStrides, src.elementStrides]);
  if (sh.length === 0) {
    d[dst.offset] = cast ? castScalar(s[src.offset], dt) : s[src.offset];
    return;
  }
  const cd = sh.length;
  const n = sh[cd - 1];
  const ds = dstr[cd - 1];
  const ss = sstr[cd - 1];
  let doff = dst.offset;
  let soff = src.offset;
  // Transpose-like (the source runs along the next-outer axis): eight output rows at a
  // time, so each source cache line is read once (a row-by-row walk reads it 8 times).
  const tiled = !cast && cd >= 2 && sh[cd - 2] >= 8 && n >= 8 && Math.abs(sstr[cd - 2]) < Math.abs(ss) &&
    d.constructor === s.constructor && d.buffer !== s.buffer;
  const outer = tiled ? cd - 2 : cd - 1;
  const idx = new Array<number>(outer).fill(0);
  let rows = 1;
  for (let k = 0; k < outer; k++) rows *= sh[k];
  const rowCopy = cast ? null : size <= 256 ? copyRow : copyRowFor(d);
  const tileCopy = tiled ? copyTiledFor(d) : null;
  for (let r = 0; r < rows; r++) {
    if (tileCopy !== null) tileCopy(d, doff, dstr[cd - 2], ds, s, soff, sstr[cd - 2], ss, sh[cd - 2], n);
    else if (rowCopy !== null) rowCopy(d, doff, ds, s, soff, ss, n);
    else for (let i = 0, di = doff, si = soff; i < n; i++, di += ds, si += ss) d[di] = castScalar(s[si], dt);
    for (let k = outer - 1; k >= 0; k--) {
      idx[k]++;
      doff += dstr[k];
      soff += sstr[k];
      if (idx[k] < sh[k]) break;
      doff -= dstr[k] * sh[k];
      soff -= sstr[k] * sh[k];
      idx[k] = 0;
    }
  }
}

/**
 * copyInto when either side is complex: (re, im) pairs to pairs; a real source gives
 * im = 0; a complex source into a real array keeps the real part (NumPy's ComplexWarning
 * cast, without the warning).
 */
function copyComplexInto(dst: NDArray, src: NDArray): void {
  const ds0 = dst.shape;
  if (src.shape.length !== ds0.length || src.shape.some((n, i) => n !== ds0[i])) {
    // A source of another shape (same size) is read in C order, as a flat sequence.
    const flat = src.isCContiguous ? src : copyToContiguous(src);
    src = new NDArray(flat.data, flat.dtype, ds0.slice(), cStrides(ds0), flat.offset);
  }
  const dc = kindOf(dst.dtype) === 'c';
  const sc = kindOf(src.dtype) === 'c';
  const dt = dst.dtype;
  const realCast = !dc && castNeeded(sc ? (src.dtype === 'complex64' ? 'float32' : 'float64') : src.dtype, dt);
  const d = dst.data;
  const s = src.data;
  // One row kernel per case, each a copy compiled for the destination's storage type.
  const row: ComplexRow = dc ? (sc ? pairRowFor(d) : widenRowFor(d)) : dt === 'bool' && sc ? truthRowFor(d) : realCast ? castRealRow : realRowFor(d);
  const [sh, [dstr, sstr]] = coalesce(dst.shape, [dst.elementStrides, src.elementStrides]);
  const nd = sh.length;
  if (nd === 0) {
    row(1, d, dst.offset, 0, s, src.offset, 0, dt);
    return;
  }
  const n = sh[nd - 1];
  const ds = dstr[nd - 1];
  const ss = sstr[nd - 1];
  let doff = dst.offset;
  let soff = src.offset;
  const idx = new Array<number>(nd - 1).fill(0);
  let rows = 1;
  for (let k = 0; k < nd - 1; k++) rows *= sh[k];
  for (let r = 0; r < rows; r++) {
    row(n, d, doff, ds, s, soff, ss, dt);
    for (let k = nd - 2; k >= 0; k--) {
      idx[k]++;
      doff += dstr[k];
      soff += sstr[k];
      if (idx[k] < sh[k]) break;
      doff -= dstr[k] * sh[k];
      soff -= sstr[k] * sh[k];
      idx[k] = 0;
    }
  }
}

// Rows of copyComplexInto: offsets and strides count elements; a complex element k is the
// pair [2k], [2k + 1].
type ComplexRow = (n: number, d: any, dp: number, ds: number, s: any, sp: number, ss: number, dt: DType) => void;

/** complex to complex (complex64 <-> complex128 rounds by the store). */
function pairRow(n: number, d: any, dp: number, ds: number, s: any, sp: number, ss: number): void {
  for (let i = 0, p = 2 * dp, q = 2 * sp; i < n; i++, p += 2 * ds, q += 2 * ss) {
    d[p] = s[q];
    d[p + 1] = s[q + 1];
  }
}
/** real to complex: x + 0j. */
function widenRow(n: number, d: any, dp: number, ds: number, s: any, sp: number, ss: number): void {
  for (let i = 0, p = 2 * dp, q = sp; i < n; i++, p += 2 * ds, q += ss) {
    d[p] = s[q];
    d[p + 1] = 0;
  }
}
/** complex to bool: whether either part is non-zero. */
function truthRow(n: number, d: any, dp: number, ds: number, s: any, sp: number, ss: number): void {
  for (let i = 0, p = dp, q = 2 * sp; i < n; i++, p += ds, q += 2 * ss) d[p] = s[q] !== 0 || s[q + 1] !== 0 ? 1 : 0;
}
/** complex to a real dtype its store converts to: the real part. */
function realRow(n: number, d: any, dp: number, ds: number, s: any, sp: number, ss: number): void {
  for (let i = 0, p = dp, q = 2 * sp; i < n; i++, p += ds, q += 2 * ss) d[p] = s[q];
}
/** complex to an integer dtype needing castScalar (int64, uint64): the real part, cast. */
function castRealRow(n: number, d: any, dp: number, ds: number, s: any, sp: number, ss: number, dt: DType): void {
  for (let i = 0, p = dp, q = 2 * sp; i < n; i++, p += ds, q += 2 * ss) d[p] = castScalar(s[q], dt);
}
const pairRowFor = specialize(pairRow);
const widenRowFor = specialize(widenRow);
const truthRowFor = specialize(truthRow);
const realRowFor = specialize(realRow);

/** d[doff + i*ds] = s[soff + i*ss] for i < n. */
function copyRow(d: any, doff: number, ds: number, s: any, soff: number, ss: number, n: number): void {
  if (ds === 1 && ss === 1) for (let i = 0; i < n; i++) d[doff + i] = s[soff + i];
  else for (let i = 0; i < n; i++, doff += ds, soff += ss) d[doff] = s[soff];
}
const copyRowFor = specialize(copyRow);

/**
 * A 2-d copy of m x n elements (dst strides d0, d1; src strides s0, s1) eight rows at a
 * time: for each column, eight source elements s0 apart (one cache line when s0 is 1)
 * go to eight output rows.
 */
function copyTiled(d: any, doff: number, d0: number, d1: number, s: any, soff: number, s0: number, s1: number, m: number, n: number): void {
  let i = 0;
  for (; i + 7 < m; i += 8) {
    const q0 = doff + i * d0, q1 = q0 + d0, q2 = q1 + d0, q3 = q2 + d0, q4 = q3 + d0, q5 = q4 + d0, q6 = q5 + d0, q7 = q6 + d0;
    const t1 = s0, t2 = 2 * s0, t3 = 3 * s0, t4 = 4 * s0, t5 = 5 * s0, t6 = 6 * s0, t7 = 7 * s0;
    let sp = soff + i * s0;
    let dp = 0;
    for (let j = 0; j < n; j++, sp += s1, dp += d1) {
      d[q0 + dp] = s[sp]; d[q1 + dp] = s[sp + t1]; d[q2 + dp] = s[sp + t2]; d[q3 + dp] = s[sp + t3];
      d[q4 + dp] = s[sp + t4]; d[q5 + dp] = s[sp + t5]; d[q6 + dp] = s[sp + t6]; d[q7 + dp] = s[sp + t7];
    }
  }
  for (; i < m; i++) {
    let dp = doff + i * d0;
    let sp = soff + i * s0;
    for (let j = 0; j < n; j++, dp += d1, sp += s1) d[dp] = s[sp];
  }
}
const copyTiledFor = specialize(copyTiled);

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
