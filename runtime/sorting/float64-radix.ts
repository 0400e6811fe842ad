/**
 * LSD radix sort and argsort of float64 rows (also int64 and uint64, which are stored as
 * doubles), on the bit patterns made order-preserving: negative numbers get every bit
 * flipped, the rest only the sign bit. NaNs sort last; ties, including -0 against +0,
 * keep their input order, as NumPy's stable sort gives.
 */
import type { SortScratch } from './scratch';
import { countDigits, digitBits, digitsPerWord, plannedPasses } from './digits';
import { radixIndexPasses, unreverseTail, type IndexOut } from './index-passes';

function u32View(a: Float64Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
}

/** Whether the double with words (h, l) is a NaN. */
function isNaNBits(h: number, l: number): boolean {
  const ah = h & 0x7fffffff;
  return ah > 0x7ff00000 || (ah === 0x7ff00000 && l !== 0);
}

/** Moves doubles by a digit of their low key word (`l ^ (h >> 31)`). */
function scatterByLow(au: Uint32Array, a: Float64Array, b: Float64Array, m: number, c: Int32Array, base: number, shift: number, mask: number): void {
  for (let i = 0; i < m; i++) {
    const key = au[2 * i] ^ (au[2 * i + 1] >> 31);
    b[c[base + ((key >>> shift) & mask)]++] = a[i];
  }
}

/** Moves doubles by a digit of their high key word (`h ^ ((h >> 31) | 0x80000000)`). */
function scatterByHigh(au: Uint32Array, a: Float64Array, b: Float64Array, m: number, c: Int32Array, base: number, shift: number, mask: number): void {
  for (let i = 0; i < m; i++) {
    const h = au[2 * i + 1];
    const key = h ^ ((h >> 31) | 0x80000000);
    b[c[base + ((key >>> shift) & mask)]++] = a[i];
  }
}

/** The first index of sorted, NaN-free d[0..m) holding a value >= 0 (so the first zero). */
function firstNonNegative(d: Float64Array, m: number): number {
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (d[mid] < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts the row `src` into `dst` (same length, not the same memory). The non-NaN doubles
 * themselves travel through the passes, which keeps every value's bits; NaNs are copied
 * after them bit for bit.
 */
export function radixSortFloat64(src: Float64Array, dst: Float64Array, sc: SortScratch): void {
  const n = src.length;
  const su = u32View(src);
  const bits = digitBits(n);
  const per = digitsPerWord(bits);
  const c = sc.counts((2 * per) << bits);
  const hiBase = per << bits;
  let nan = 0;
  let negZero = 0;
  let posZero = 0;
  for (let i = 0; i < n; i++) {
    const h = su[2 * i + 1];
    const l = su[2 * i];
    const ah = h & 0x7fffffff;
    if (ah >= 0x7ff00000 && (ah > 0x7ff00000 || l !== 0)) {
      nan++;
      continue;
    }
    if ((ah | l) === 0) {
      if (h === 0) posZero++;
      else negZero++;
    }
    const s = h >> 31;
    countDigits(c, 0, l ^ s, bits);
    countDigits(c, hiBase, h ^ (s | 0x80000000), bits);
  }
  const m = n - nan;
  let a = src;
  let au = su;
  if (nan > 0) {
    a = sc.f64(0);
    let j = 0;
    for (let i = 0; i < n; i++) {
      const v = src[i];
      if (v === v) a[j++] = v;
    }
    au = u32View(a);
  }
  const passes = plannedPasses(c, bits, 2, m);
  const k = passes.length;
  const mask = (1 << bits) - 1;
  const du = u32View(dst);
  const t = sc.f64(1);
  const tu = u32View(t);
  for (let j = 0; j < k; j++) {
    const p = passes[j];
    // The last pass writes dst; the ones before alternate so that it does.
    const toDst = ((k - 1 - j) & 1) === 0;
    const b = toDst ? dst : t;
    if (p < per) scatterByLow(au, a, b, m, c, p << bits, p * bits, mask);
    else scatterByHigh(au, a, b, m, c, p << bits, (p - per) * bits, mask);
    a = b;
    au = toDst ? du : tu;
  }
  if (k === 0) dst.set(a.subarray(0, m));
  if (negZero > 0 && posZero > 0) {
    // The keys put -0 before +0; NumPy's comparisons see them equal, so input order.
    let z = firstNonNegative(dst, m);
    for (let i = 0; i < n; i++) {
      const v = src[i];
      if (v === 0) dst[z++] = v;
    }
  }
  if (nan > 0) {
    let j = m;
    for (let i = 0; i < n; i++) {
      if (isNaNBits(su[2 * i + 1], su[2 * i])) {
        du[2 * j] = su[2 * i];
        du[2 * j + 1] = su[2 * i + 1];
        j++;
      }
    }
  }
}

/**
 * The first argsort pass, straight from the doubles: builds each non-NaN entry's key words
 * (-0 as +0) and scatters its index, and whichever key words later passes read, by the
 * digit at `shift` of the low (`onLo`) or high key word.
 */
function firstIndexPass(
  su: Uint32Array, n: number, lo: Uint32Array, hi: Uint32Array, id: Int32Array,
  c: Int32Array, base: number, shift: number, mask: number, onLo: boolean, keepLo: boolean, keepHi: boolean,
): void {
  for (let i = 0; i < n; i++) {
    let h = su[2 * i + 1];
    const l = su[2 * i];
    const ah = h & 0x7fffffff;
    if (ah >= 0x7ff00000 && (ah > 0x7ff00000 || l !== 0)) continue;
    if ((ah | l) === 0) h = 0;
    const s = h >> 31;
    const fl = l ^ s;
    const fh = h ^ (s | 0x80000000);
    const at = c[base + (((onLo ? fl : fh) >>> shift) & mask)]++;
    if (keepLo) lo[at] = fl;
    if (keepHi) hi[at] = fh;
    id[at] = i;
  }
}

/**
 * Writes the stable sorting permutation of the row `src` to `out` (same length): -0 and
 * +0 are one key, and the NaNs come last in input order.
 */
export function radixArgsortFloat64(src: Float64Array, out: IndexOut, sc: SortScratch): void {
  const n = src.length;
  const su = u32View(src);
  const bits = digitBits(n);
  const per = digitsPerWord(bits);
  const c = sc.counts((2 * per) << bits);
  const hiBase = per << bits;
  let nan = 0;
  for (let i = 0; i < n; i++) {
    let h = su[2 * i + 1];
    const l = su[2 * i];
    const ah = h & 0x7fffffff;
    if (ah >= 0x7ff00000 && (ah > 0x7ff00000 || l !== 0)) {
      // NaN indices fill out from the end (put in order below); the passes write out[0..m).
      out[n - 1 - nan++] = i;
      continue;
    }
    if ((ah | l) === 0) h = 0;
    const s = h >> 31;
    countDigits(c, 0, l ^ s, bits);
    countDigits(c, hiBase, h ^ (s | 0x80000000), bits);
  }
  const m = n - nan;
  unreverseTail(out, m, n);
  const passes = plannedPasses(c, bits, 2, m);
  const lo = sc.u32(0);
  const hi = sc.u32(1);
  const id = sc.i32(0);
  if (passes.length === 0) {
    // Every key equal: input order.
    for (let i = 0, j = 0; i < n; i++) if (src[i] === src[i]) out[j++] = i;
    return;
  }
  const p0 = passes[0];
  const rest = passes.slice(1);
  const keepLo = rest.some((p) => p < per);
  const keepHi = rest.some((p) => p >= per);
  firstIndexPass(su, n, lo, hi, id, c, p0 << bits, (p0 % per) * bits, (1 << bits) - 1, p0 < per, keepLo, keepHi);
  radixIndexPasses(lo, hi, id, m, rest, per, bits, c, sc, out);
}
