/**
 * np.sort's float64 rows on the wasm kernel (wasm/sort.ts): the row is copied into the
 * scratch memory, radix-sorted there and copied back. The kernel is the JS radix sort's
 * algorithm on 64-bit keys, so the result is bit for bit the JS path's
 * (runtime/sorting/float64-radix.ts).
 */
import { kernels, scratch, releaseScratch, align } from './module';

/** Rows shorter than this stay in JS (the copies and the call would not pay). */
export const WASM_SORT_MIN = 2048;

/**
 * Sorts each length-n row of `src` into the same row of `dst` (NaNs last, stable);
 * returns false, having done nothing, when the wasm kernels are unavailable.
 */
export function wasmSortRowsFloat64(src: Float64Array, dst: Float64Array, n: number): boolean {
  const K = kernels();
  if (!K) return false;
  // 16-bit digits (4 passes) once the row dwarfs their 65536 counters, as the JS sort.
  const bits = n >= 1 << 16 ? 16 : 11;
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
