// AssemblyScript (compiled by wasm/build.mjs): the histogram and bucket steps the LSD radix
// sorts share (wasm/argsort.ts, wasm/sort32.ts). Counts are i32, one table of 1 << bits per
// digit (pass p's at c + (p << bits) * 4).

/** Turns pass p's histogram (at cp) into bucket offsets; false when one bucket holds all m keys (a pass that moves nothing). */
export function toOffsets(cp: usize, size: i32, m: i32): bool {
  let sum = 0, moves = true;
  for (let d = 0; d < size; d++) {
    const q = cp + (<usize>d << 2);
    const v = load<i32>(q);
    if (v == m) moves = false;
    store<i32>(q, sum);
    sum += v;
  }
  return moves;
}

/** Counts the digits of key k into the histograms at c (one of `size` counts per pass). */
// @ts-ignore: decorator
@inline export function countKey(c: usize, k: u64, passes: i32, bits: i32, mask: u64): void {
  for (let p = 0; p < passes; p++) {
    const q = c + ((<usize>(p << bits) + <usize>(k & mask)) << 2);
    store<i32>(q, load<i32>(q) + 1);
    k >>= <u64>bits;
  }
}

/** The next free slot of digit d's bucket, which it then advances. */
// @ts-ignore: decorator
@inline export function slot(cp: usize, d: u64): usize {
  const q = cp + (<usize>d << 2);
  const at = load<i32>(q);
  store<i32>(q, at + 1);
  return <usize>at;
}

/** The plan of passes that move something: a bit per digit, histograms turned into offsets. */
export function planOf(c: usize, passes: i32, bits: i32, m: i32): i32 {
  let plan = 0;
  for (let p = 0; p < passes; p++) if (toOffsets(c + (<usize>(p << bits) << 2), 1 << bits, m)) plan |= 1 << p;
  return plan;
}

