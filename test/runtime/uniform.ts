/** Seeded test data for the matrix kernels' tests. */

/**
 * `len` values uniform in [-0.5, 0.5), the same for the same seed (mulberry32).
 *
 * @example
 * uniform(3, 1)   // three values in [-0.5, 0.5)
 */
export function uniform(len: number, seed: number): Float64Array {
  let s = seed >>> 0;
  return Float64Array.from({ length: len }, () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  });
}
