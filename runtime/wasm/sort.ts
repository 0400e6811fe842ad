/**
 * np.sort's float64 rows and np.argsort's rows on the wasm kernels (wasm/sort.ts,
 * wasm/argsort.ts): each row is copied into the scratch memory, radix-sorted there and
 * the values or indices copied back. The kernels are the JS radix sorts' algorithms (LSD,
 * stable, -0 and +0 one key, NaNs last in input order), so the results are exactly the JS
 * paths' (runtime/sorting/float64-radix.ts, keys32-radix.ts).
 */
import type { TypedArray } from '../dtype';
import { kernels, scratch, releaseScratch, align } from './module';

/**
 * The digit width of the wasm sorts of 64-bit keys. Short rows take 8-bit digits (their
 * histograms are cleared and scanned per row: 2048 counts per pass cost more than the
 * row below ~2000 entries); long rows 10 bits (7 passes, the top one of 4 bits): fewer,
 * wider passes lose there, 16-bit digits (65536 buckets scattering at once) measured 1.5x
 * slower at 1e5..4e6 doubles, 11 bits slightly slower.
 */
function bits64(n: number): number {
  return n < 2048 ? 8 : n < 1 << 16 ? 11 : 10;
}

/** The digit width for 32-bit keys: as bits64 for short rows, then the JS sorts' widths. */
function bits32(n: number): number {
  return n < 2048 ? 8 : n < 1 << 16 ? 11 : 16;
}

/** Rows shorter than this stay in JS (the copies and the call would not pay; measured: wasm 2x faster at 400, 2-3x slower at 32-100). */
export const WASM_SORT_MIN = 384;

/**
 * Sorts each length-n row of `src` into the same row of `dst` (NaNs last, stable);
 * returns false, having done nothing, when the wasm kernels are unavailable.
 */
export function wasmSortRowsFloat64(src: Float64Array, dst: Float64Array, n: number): boolean {
  const K = kernels();
  if (!K) return false;
  const bits = bits64(n);
  const rowBytes = align(n * 8);
  const countBytes = align((Math.ceil(64 / bits) << bits) * 4);
  const base = scratch(K, 2 * rowBytes + countBytes);
  if (base < 0) return false;
  const row = new Float64Array(K.memory.buffer, base, n);
  for (let off = 0; off < src.length; off += n) {
    row.set(src.subarray(off, off + n));
    K.radix_sort_f64(base, base + rowBytes, base + 2 * rowBytes, n, bits);
    dst.set(row, off);
  }
  releaseScratch(K);
  return true;
}

/**
 * np.sort's rows of float32 and the integer types of 32 bits or fewer, as
 * wasmSortRowsFloat64 (wasm/sort32.ts; the JS path is runtime/sorting/keys32-radix.ts).
 */
export function wasmSortRows32(src: TypedArray, dst: TypedArray, n: number): boolean {
  const K = kernels();
  if (!K) return false;
  const type = typeCode(src);
  const bits = bits32(n);
  const rowBytes = align(n * src.BYTES_PER_ELEMENT);
  const wordBytes = align(n * 4);
  const countBytes = align((Math.ceil(32 / bits) << bits) * 4);
  const base = scratch(K, rowBytes + 2 * wordBytes + countBytes);
  if (base < 0) return false;
  const wa = base + rowBytes, wb = wa + wordBytes, c = wb + wordBytes;
  const row = rowView(src, K.memory.buffer, base, n);
  for (let off = 0; off < src.length; off += n) {
    row.set(src.subarray(off, off + n));
    K.radix_sort_32(base, wa, wb, c, n, bits, type);
    dst.set(row, off);
  }
  releaseScratch(K);
  return true;
}

/** A view of n elements of src's type on the scratch memory. */
function rowView(src: TypedArray, buffer: ArrayBufferLike, base: number, n: number): TypedArray {
  const Row = src.constructor as { new (b: ArrayBufferLike, off: number, len: number): TypedArray };
  return new Row(buffer, base, n);
}

/** Rows shorter than this are argsorted in JS. */
export const WASM_ARGSORT_MIN = 384;

/** radix_argsort_32's type code for a row's storage, or -1 for the float64 kernel. */
function typeCode(a: TypedArray): number {
  if (a instanceof Float64Array) return -1;
  if (a instanceof Float32Array) return 0;
  if (a instanceof Int32Array) return 1;
  if (a instanceof Uint32Array) return 2;
  if (a instanceof Int16Array) return 3;
  if (a instanceof Uint16Array) return 4;
  if (a instanceof Int8Array) return 5;
  return 6;
}

/**
 * Writes the stable sorting permutation of each length-n row of `src` into the same row
 * of `out` (int64 data stored as doubles, or int32); returns false, having done nothing,
 * when the wasm kernels are unavailable. float64 (so also int64 and uint64, stored as
 * doubles) sorts on 64-bit keys, every other real type on 32-bit ones.
 */
export function wasmArgsortRows(src: TypedArray, out: Float64Array | Int32Array, n: number): boolean {
  const K = kernels();
  if (!K) return false;
  const type = typeCode(src);
  const bits = type < 0 ? bits64(n) : bits32(n);
  const keyBits = type < 0 ? 64 : 32;
  // float64 records are 16 bytes until they pack into 8 (wasm/argsort.ts)
  const recBytes = align(n * (type < 0 ? 16 : 8));
  const srcBytes = align(n * src.BYTES_PER_ELEMENT);
  const outBytes = align(n * 4);
  const countBytes = align((Math.ceil(keyBits / bits) << bits) * 4);
  const base = scratch(K, srcBytes + 2 * recBytes + outBytes + countBytes);
  if (base < 0) return false;
  const ra = base + srcBytes, rb = ra + recBytes, o = rb + recBytes, c = o + outBytes;
  const row = rowView(src, K.memory.buffer, base, n);
  const idx = new Int32Array(K.memory.buffer, o, n);
  for (let off = 0; off < src.length; off += n) {
    row.set(src.subarray(off, off + n));
    if (type < 0) K.radix_argsort_f64(base, ra, rb, c, o, n, bits);
    else K.radix_argsort_32(base, ra, rb, c, o, n, bits, type);
    out.set(idx, off);
  }
  releaseScratch(K);
  return true;
}
