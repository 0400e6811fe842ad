/**
 * Row drivers of np.sort / np.argsort: every contiguous row of n elements goes through the
 * kernel for its storage type (radix for long rows, merge sort for short ones), with one
 * set of work buffers for the whole call.
 */
import type { TypedArray } from '../dtype';
import { SortScratch } from './scratch';
import { RADIX_MIN } from './digits';
import { comparisonArgsort, comparisonSort } from './comparison';
import { radixArgsortFloat64, radixSortFloat64 } from './float64-radix';
import { radixArgsort32, radixSort32, type Row32 } from './keys32-radix';
import type { IndexOut } from './index-passes';
import { wasmSortRowsFloat64, wasmSortRows32, WASM_SORT_MIN, wasmArgsortRows, WASM_ARGSORT_MIN } from '../wasm/sort';

/** The data as doubles (itself when it already is; exact for every dtype). */
function asFloat64(a: TypedArray): Float64Array {
  if (a instanceof Float64Array) return a;
  const d = new Float64Array(a.length);
  d.set(a);
  return d;
}

/**
 * Sorts each length-n row of `src` into the same row of `dst`, a distinct typed array of
 * the same type and length.
 */
export function sortRows(src: TypedArray, dst: TypedArray, n: number): void {
  const size = src.length;
  if (size === 0) return;
  if (n <= 1) {
    dst.set(src);
    return;
  }
  // Long rows on the wasm kernels (the same result); the JS sorts below are the fallback.
  if (n >= WASM_SORT_MIN) {
    if (src instanceof Float64Array ? wasmSortRowsFloat64(src, dst as Float64Array, n) : wasmSortRows32(src, dst, n)) return;
  }
  const sc = new SortScratch(n);
  if (n < RADIX_MIN) {
    const s64 = asFloat64(src);
    const d64 = dst instanceof Float64Array ? dst : new Float64Array(size);
    for (let off = 0; off < size; off += n) comparisonSort(s64, off, d64, off, n, sc);
    if (d64 !== dst) dst.set(d64);
    return;
  }
  for (let off = 0; off < size; off += n) {
    const s = src.subarray(off, off + n);
    const d = dst.subarray(off, off + n);
    if (s instanceof Float64Array) radixSortFloat64(s, d as Float64Array, sc);
    else radixSort32(s, d as Row32, sc);
  }
}

/** Sorting permutation of one row, into `out` (of the row's length). */
function argsortRow(row: TypedArray, out: IndexOut, sc: SortScratch): void {
  if (row instanceof Float64Array) radixArgsortFloat64(row, out, sc);
  else radixArgsort32(row, out, sc);
}

/**
 * Writes the stable sorting permutation of each length-n row of `src` into the same row
 * of `out` (int64 data, stored as doubles).
 */
export function argsortRows(src: TypedArray, out: Float64Array, n: number): void {
  const size = src.length;
  if (size === 0 || n === 0) return;
  // Long rows on the wasm kernels (the same permutation); the JS sorts below are the fallback.
  if (n >= WASM_ARGSORT_MIN && wasmArgsortRows(src, out, n)) return;
  const sc = new SortScratch(n);
  if (n < RADIX_MIN) {
    const s64 = asFloat64(src);
    for (let off = 0; off < size; off += n) comparisonArgsort(s64, off, out, off, n, sc);
    return;
  }
  for (let off = 0; off < size; off += n) argsortRow(src.subarray(off, off + n), out.subarray(off, off + n), sc);
}

/** The stable sorting permutation of a 1-d row of numbers (NaN last). */
export function argsortRow1d(keys: TypedArray | readonly number[]): Int32Array {
  const row = ArrayBuffer.isView(keys) ? keys : Float64Array.from(keys);
  const n = row.length;
  const out = new Int32Array(n);
  if (n >= WASM_ARGSORT_MIN && wasmArgsortRows(row, out, n)) return out;
  const sc = new SortScratch(n);
  if (n < RADIX_MIN) comparisonArgsort(asFloat64(row), 0, out, 0, n, sc);
  else argsortRow(row, out, sc);
  return out;
}
