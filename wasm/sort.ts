// AssemblyScript (compiled by wasm/build.mjs): the LSD radix sort of a float64 row, the
// same sort as runtime/sorting/float64-radix.ts (stable; -0 and +0 one key, so zeros keep
// their input order; NaNs last, in input order, bit for bit), on 64-bit keys: the doubles
// themselves travel through the passes and each pass re-derives its digit from them.

import { keyOf } from './keys';

/**
 * Sorts the n doubles at `a` in place (NaNs last). `b` holds n doubles of work space and
 * `c` ceil(64 / bits) << bits int32 counts; bits is the digit width (8 to 16).
 */
export function radix_sort_f64(a: usize, b: usize, c: usize, n: i32, bits: i32): void {
  const passes = (64 + bits - 1) / bits;
  const size = 1 << bits;
  const mask: u64 = <u64>(size - 1);
  memory.fill(c, 0, <usize>(passes * size) << 2);
  // Compact the non-NaNs to a[0..m) (counting their digits); the NaNs go to b's tail, last first.
  let m = 0, nan = 0;
  for (let i = 0; i < n; i++) {
    const x = load<u64>(a + (<usize>i << 3));
    if ((x & 0x7fffffffffffffff) > 0x7ff0000000000000) {
      nan++;
      store<u64>(b + (<usize>(n - nan) << 3), x);
      continue;
    }
    store<u64>(a + (<usize>m << 3), x);
    m++;
    let k = keyOf(x);
    for (let p = 0; p < passes; p++) {
      const q = c + ((<usize>(p << bits) + <usize>(k & mask)) << 2);
      store<i32>(q, load<i32>(q) + 1);
      k >>= <u64>bits;
    }
  }
  let src = a, dst = b;
  for (let p = 0; p < passes; p++) {
    const cp = c + (<usize>(p << bits) << 2);
    // a digit every key shares moves nothing: skip its pass
    let skip = false, sum = 0;
    for (let d = 0; d < size; d++) {
      const q = cp + (<usize>d << 2);
      const v = load<i32>(q);
      if (v == m) skip = true;
      store<i32>(q, sum);
      sum += v;
    }
    if (skip) continue;
    const shift = <u64>(p * bits);
    for (let i = 0; i < m; i++) {
      const x = load<u64>(src + (<usize>i << 3));
      const q = cp + (<usize>((keyOf(x) >> shift) & mask) << 2);
      const at = load<i32>(q);
      store<i32>(q, at + 1);
      store<u64>(dst + (<usize>at << 3), x);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src != a) memory.copy(a, src, <usize>m << 3);
  for (let j = 0; j < nan; j++) store<u64>(a + (<usize>(m + j) << 3), load<u64>(b + (<usize>(n - 1 - j) << 3)));
}
