/**
 * NumPy's pairwise summation (8-way unrolled blocks of 128, halves above that), in float64
 * and float32 arithmetic, and the same for squared deviations (var's second pass); each
 * also specialised per array type for the hot loops.
 *
 * Sums stay on one thread. The pairwise tree's top split could go to the thread pool bit
 * for bit, but a pool thread reads only the shared memory, and copying half of the array
 * there costs about 0.42 of the whole sum (np.sum of 1e7 float64: 22.4 ms, copying 5e6
 * 9.5 ms; bench/parallel-map.mjs): 1.08x at best with both cores free, a loss otherwise.
 */
import { specialize } from '../kernels';

/** NumPy's pairwise sum of n values from `d[off]` with stride `st` (float64 arithmetic). */
export function pairwiseSum(d: ArrayLike2, off: number, n: number, st: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += d[off + i * st];
    // -0 + 0 is 0: NumPy's sum of [-0.] is -0. only because it starts from -0.; keep 0.
    return r;
  }
  if (n <= 128) {
    let r0 = d[off], r1 = d[off + st], r2 = d[off + 2 * st], r3 = d[off + 3 * st];
    let r4 = d[off + 4 * st], r5 = d[off + 5 * st], r6 = d[off + 6 * st], r7 = d[off + 7 * st];
    const m = n - (n % 8);
    let i = 8;
    if (st === 1) {
      // Two groups of 8 per iteration (each accumulator still adds its values in order):
      // fewer loop-carried checks per element.
      for (; i + 8 < m; i += 16) {
        const p = off + i;
        r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
        r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
        r0 += d[p + 8]; r1 += d[p + 9]; r2 += d[p + 10]; r3 += d[p + 11];
        r4 += d[p + 12]; r5 += d[p + 13]; r6 += d[p + 14]; r7 += d[p + 15];
      }
      for (; i < m; i += 8) {
        const p = off + i;
        r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
        r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
      }
    } else {
      for (; i < m; i += 8) {
        const p = off + i * st;
        r0 += d[p]; r1 += d[p + st]; r2 += d[p + 2 * st]; r3 += d[p + 3 * st];
        r4 += d[p + 4 * st]; r5 += d[p + 5 * st]; r6 += d[p + 6 * st]; r7 += d[p + 7 * st];
      }
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += d[off + i * st];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(d, off, n2, st) + pairwiseSum(d, off + n2 * st, n - n2, st);
}

/** The same pairwise sum rounded to float32 at every step, as NumPy's float32 loop. */
export function pairwiseSum32(d: ArrayLike2, off: number, n: number, st: number): number {
  const f = Math.fround;
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r = f(r + d[off + i * st]);
    return r;
  }
  if (n <= 128) {
    let r0 = d[off], r1 = d[off + st], r2 = d[off + 2 * st], r3 = d[off + 3 * st];
    let r4 = d[off + 4 * st], r5 = d[off + 5 * st], r6 = d[off + 6 * st], r7 = d[off + 7 * st];
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = off + i * st;
      r0 = f(r0 + d[p]); r1 = f(r1 + d[p + st]); r2 = f(r2 + d[p + 2 * st]); r3 = f(r3 + d[p + 3 * st]);
      r4 = f(r4 + d[p + 4 * st]); r5 = f(r5 + d[p + 5 * st]); r6 = f(r6 + d[p + 6 * st]); r7 = f(r7 + d[p + 7 * st]);
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) res = f(res + d[off + i * st]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum32(d, off, n2, st) + pairwiseSum32(d, off + n2 * st, n - n2, st));
}

/**
 * pairwiseSum of the squared deviations (d[i] - c)**2, in the same tree: what NumPy's
 * var computes as `x = a - mean; x = x * x; sum(x)`, without the temporary array.
 */
export function pairwiseSqDev(d: ArrayLike2, off: number, n: number, st: number, c: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      const v = d[off + i * st] - c;
      r += v * v;
    }
    return r;
  }
  if (n <= 128) {
    let v0 = d[off] - c, v1 = d[off + st] - c, v2 = d[off + 2 * st] - c, v3 = d[off + 3 * st] - c;
    let v4 = d[off + 4 * st] - c, v5 = d[off + 5 * st] - c, v6 = d[off + 6 * st] - c, v7 = d[off + 7 * st] - c;
    let r0 = v0 * v0, r1 = v1 * v1, r2 = v2 * v2, r3 = v3 * v3, r4 = v4 * v4, r5 = v5 * v5, r6 = v6 * v6, r7 = v7 * v7;
    const m = n - (n % 8);
    let i = 8;
    if (st === 1) {
      for (; i < m; i += 8) {
        const p = off + i;
        v0 = d[p] - c; v1 = d[p + 1] - c; v2 = d[p + 2] - c; v3 = d[p + 3] - c;
        v4 = d[p + 4] - c; v5 = d[p + 5] - c; v6 = d[p + 6] - c; v7 = d[p + 7] - c;
        r0 += v0 * v0; r1 += v1 * v1; r2 += v2 * v2; r3 += v3 * v3;
        r4 += v4 * v4; r5 += v5 * v5; r6 += v6 * v6; r7 += v7 * v7;
      }
    } else {
      for (; i < m; i += 8) {
        const p = off + i * st;
        v0 = d[p] - c; v1 = d[p + st] - c; v2 = d[p + 2 * st] - c; v3 = d[p + 3 * st] - c;
        v4 = d[p + 4 * st] - c; v5 = d[p + 5 * st] - c; v6 = d[p + 6 * st] - c; v7 = d[p + 7 * st] - c;
        r0 += v0 * v0; r1 += v1 * v1; r2 += v2 * v2; r3 += v3 * v3;
        r4 += v4 * v4; r5 += v5 * v5; r6 += v6 * v6; r7 += v7 * v7;
      }
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) {
      const v = d[off + i * st] - c;
      res += v * v;
    }
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSqDev(d, off, n2, st, c) + pairwiseSqDev(d, off + n2 * st, n - n2, st, c);
}

/** pairwiseSqDev in float32, rounding as NumPy's float32 subtract, multiply and sum do. */
export function pairwiseSqDev32(d: ArrayLike2, off: number, n: number, st: number, c: number): number {
  const f = Math.fround;
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      const v = f(d[off + i * st] - c);
      r = f(r + f(v * v));
    }
    return r;
  }
  if (n <= 128) {
    let v0 = f(d[off] - c), v1 = f(d[off + st] - c), v2 = f(d[off + 2 * st] - c), v3 = f(d[off + 3 * st] - c);
    let v4 = f(d[off + 4 * st] - c), v5 = f(d[off + 5 * st] - c), v6 = f(d[off + 6 * st] - c), v7 = f(d[off + 7 * st] - c);
    let r0 = f(v0 * v0), r1 = f(v1 * v1), r2 = f(v2 * v2), r3 = f(v3 * v3);
    let r4 = f(v4 * v4), r5 = f(v5 * v5), r6 = f(v6 * v6), r7 = f(v7 * v7);
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = off + i * st;
      v0 = f(d[p] - c); v1 = f(d[p + st] - c); v2 = f(d[p + 2 * st] - c); v3 = f(d[p + 3 * st] - c);
      v4 = f(d[p + 4 * st] - c); v5 = f(d[p + 5 * st] - c); v6 = f(d[p + 6 * st] - c); v7 = f(d[p + 7 * st] - c);
      r0 = f(r0 + f(v0 * v0)); r1 = f(r1 + f(v1 * v1)); r2 = f(r2 + f(v2 * v2)); r3 = f(r3 + f(v3 * v3));
      r4 = f(r4 + f(v4 * v4)); r5 = f(r5 + f(v5 * v5)); r6 = f(r6 + f(v6 * v6)); r7 = f(r7 + f(v7 * v7));
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) {
      const v = f(d[off + i * st] - c);
      res = f(res + f(v * v));
    }
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSqDev32(d, off, n2, st, c) + pairwiseSqDev32(d, off + n2 * st, n - n2, st, c));
}

export type ArrayLike2 = { readonly [i: number]: number; readonly length: number };

export const pairwiseFor = specialize(pairwiseSum);
export const pairwise32For = specialize(pairwiseSum32);
export const sqDevFor = specialize(pairwiseSqDev);
export const sqDev32For = specialize(pairwiseSqDev32);
