/**
 * LSD radix sort and argsort of rows stored in 32 bits or fewer: float32 on its bit
 * pattern made order-preserving (negatives all bits flipped, others the sign bit), integers
 * shifted to unsigned keys. Small integer types leave their high digits constant, and
 * those passes are skipped, so int8/uint8/bool take a single counting pass.
 */
import type { SortScratch } from './scratch';
import { countDigits, digitBits, digitsPerWord, plannedPasses } from './digits';
import { radixIndexPasses, unreverseTail, type IndexOut } from './index-passes';
import { scatterKey } from './scatter';

/** A row these kernels sort. */
export type Row32 = Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

/** What to add to a signed integer type's values to make them unsigned keys. */
function biasOf(a: Row32): number {
  if (a instanceof Int8Array) return 128;
  if (a instanceof Int16Array) return 32768;
  if (a instanceof Int32Array) return 2147483648;
  return 0;
}

function u32View(a: Float32Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.length);
}

/** Order-preserving key of float32 bits. */
function floatKey(v: number): number {
  return v ^ ((v >> 31) | 0x80000000);
}

/** The float32 bits of an order-preserving key. */
function floatOfKey(k: number): number {
  return k & 0x80000000 ? k ^ 0x80000000 : ~k;
}

/**
 * Integer keys of an integer row into `keys` (via TypedArray.set, which converts natively
 * and keeps the loops below monomorphic), counting their digits.
 */
function intKeys(src: Row32, keys: Uint32Array, sc: SortScratch, c: Int32Array, bits: number): number {
  const n = src.length;
  const bias = biasOf(src);
  if (bias === 0) {
    keys.set(src);
  } else {
    const t = sc.i32(1);
    t.set(src);
    for (let i = 0; i < n; i++) keys[i] = t[i] + bias;
  }
  for (let i = 0; i < n; i++) countDigits(c, 0, keys[i], bits);
  return bias;
}

/** Runs the value passes over keys (slot 0) and returns the buffer holding the result. */
function sortKeys(keys: Uint32Array, m: number, c: Int32Array, bits: number, per: number, sc: SortScratch): Uint32Array {
  const mask = (1 << bits) - 1;
  let a = keys;
  let b = sc.u32(2);
  for (const p of plannedPasses(c, bits, 1, m)) {
    scatterKey(a, b, m, c, p << bits, p * bits, mask);
    [a, b] = [b, a];
  }
  return a;
}

/** The first index of sorted, NaN-free d[0..m) holding a value >= 0 (so the first zero). */
function firstNonNegative(d: Float32Array, m: number): number {
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (d[mid] < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorts the row `src` into `dst` (same type and length). NaNs last, ±0 in input order. */
export function radixSort32(src: Row32, dst: Row32, sc: SortScratch): void {
  const n = src.length;
  const bits = digitBits(n);
  const per = digitsPerWord(bits);
  const c = sc.counts(per << bits);
  const keys = sc.u32(0);
  if (!(src instanceof Float32Array) || !(dst instanceof Float32Array)) {
    const bias = intKeys(src, keys, sc, c, bits);
    const sorted = sortKeys(keys, n, c, bits, per, sc);
    if (bias === 0) {
      dst.set(sorted.subarray(0, n));
    } else {
      const t = sc.i32(1);
      for (let i = 0; i < n; i++) t[i] = sorted[i] - bias;
      dst.set(t.subarray(0, n));
    }
    return;
  }
  const su = u32View(src);
  let m = 0;
  let negZero = 0;
  let posZero = 0;
  for (let i = 0; i < n; i++) {
    const v = su[i];
    const av = v & 0x7fffffff;
    if (av > 0x7f800000) continue;
    if (av === 0) {
      if (v === 0) posZero++;
      else negZero++;
    }
    const key = floatKey(v);
    keys[m++] = key;
    countDigits(c, 0, key, bits);
  }
  const sorted = sortKeys(keys, m, c, bits, per, sc);
  const du = u32View(dst);
  for (let i = 0; i < m; i++) du[i] = floatOfKey(sorted[i]);
  if (negZero > 0 && posZero > 0) {
    // The keys put -0 before +0; NumPy's comparisons see them equal, so input order.
    let z = firstNonNegative(dst, m);
    for (let i = 0; i < n; i++) {
      const v = src[i];
      if (v === 0) dst[z++] = v;
    }
  }
  if (m < n) for (let i = 0, j = m; i < n; i++) if ((su[i] & 0x7fffffff) > 0x7f800000) du[j++] = su[i];
}

/** Writes the stable sorting permutation of the row `src` to `out` (NaNs last, ±0 one key). */
export function radixArgsort32(src: Row32, out: IndexOut, sc: SortScratch): void {
  const n = src.length;
  const bits = digitBits(n);
  const per = digitsPerWord(bits);
  const c = sc.counts(per << bits);
  const keys = sc.u32(1);
  const id = sc.i32(0);
  let m = 0;
  if (src instanceof Float32Array) {
    const su = u32View(src);
    let nan = 0;
    for (let i = 0; i < n; i++) {
      let v = su[i];
      const av = v & 0x7fffffff;
      if (av > 0x7f800000) {
        out[n - 1 - nan++] = i;
        continue;
      }
      if (av === 0) v = 0;
      const key = floatKey(v);
      keys[m] = key;
      id[m++] = i;
      countDigits(c, 0, key, bits);
    }
    unreverseTail(out, m, n);
  } else {
    intKeys(src, keys, sc, c, bits);
    for (let i = 0; i < n; i++) id[i] = i;
    m = n;
  }
  radixIndexPasses(null, keys, id, m, plannedPasses(c, bits, 1, m), per, bits, c, sc, out);
}
