/**
 * The digit plan shared by the LSD radix sorts: a 32-bit key word is cut into three 11-bit
 * digits (bits 0-10, 11-21, 22-31), or, for long rows, two 16-bit digits, whose 65536
 * buckets only pay off once the row dwarfs them.
 */

/** Rows shorter than this are sorted by comparison instead (radix setup would dominate). */
export const RADIX_MIN = 384;

/** Digit width for a row of n keys. */
export function digitBits(n: number): number {
  return n >= 1 << 16 ? 16 : 11;
}

/** Digits per 32-bit word for a digit width. */
export function digitsPerWord(bits: number): number {
  return bits === 16 ? 2 : 3;
}

/**
 * Adds the digits of key word `k` to the histograms at `c[base..]` (one table of
 * `1 << bits` counts per digit).
 */
export function countDigits(c: Int32Array, base: number, k: number, bits: number): void {
  if (bits === 16) {
    c[base + (k & 0xffff)]++;
    c[base + 65536 + (k >>> 16)]++;
  } else {
    c[base + (k & 2047)]++;
    c[base + 2048 + ((k >>> 11) & 2047)]++;
    c[base + 4096 + (k >>> 22)]++;
  }
}

/**
 * Turns the histogram `c[base .. base + R)` of m keys into bucket start offsets. Returns
 * false, leaving it unusable, when one bucket holds all m keys: that pass would move
 * nothing and is skipped.
 */
export function toOffsets(c: Int32Array, base: number, R: number, m: number): boolean {
  let sum = 0;
  for (let d = 0; d < R; d++) {
    const x = c[base + d];
    if (x === m) return false;
    c[base + d] = sum;
    sum += x;
  }
  return true;
}

/**
 * The non-trivial passes, as digit numbers (word-major: the low word's digits first), for
 * histograms of m keys over `words` key words. Converts their histograms to offsets.
 */
export function plannedPasses(c: Int32Array, bits: number, words: number, m: number): number[] {
  const R = 1 << bits;
  const total = digitsPerWord(bits) * words;
  const passes: number[] = [];
  for (let p = 0; p < total; p++) if (toOffsets(c, p * R, R, m)) passes.push(p);
  return passes;
}
