/** runtime/linalg/secular.ts: the secular equation's roots, each between its poles and a root to rounding. */
import { describe, it, expect } from 'vitest';
import { secularIterate } from '../../../runtime/linalg/secular';
import { uniform as rnd } from '../uniform';

const f = (dlt: Float64Array, z: ArrayLike<number>, rinv: number, t: number) => {
  let s = rinv;
  for (let i = 0; i < dlt.length; i++) s += (z[i] * z[i]) / (dlt[i] - t);
  return s;
};

describe('secularIterate', () => {
  it('solves 1 + 1/(0 - t) + 1/(1 - t) = 0: (3 - sqrt 5) / 2', () => {
    expect(secularIterate(new Float64Array([0, 1]), [1, 1], 2, 0, 1, 0, 1, 0.5)).toBeCloseTo((3 - Math.sqrt(5)) / 2, 15);
  });

  it('finds every root of a random update in its bracket, where the function changes sign', () => {
    const K = 40;
    const dlt = Float64Array.from(rnd(K, 3)).sort();
    const z = rnd(K, 4).map((x) => 0.1 + x);
    const zz = z.reduce((s, x) => s + x * x, 0);
    for (const rinv of [1, 0.25]) {
      for (let j = 0; j < K; j++) {
        // the last root lies within sum z^2 / rinv beyond the last pole (dlaed4's bracket)
        const lo = dlt[j], hi = j === K - 1 ? dlt[j] + zz / rinv : dlt[j + 1];
        // the function in dlt's own coordinates: shift by the left pole, as the callers do
        const shifted = dlt.map((d) => d - lo);
        const t = secularIterate(shifted, z, K, j, rinv, 0, hi - lo, NaN);
        expect(t, `root ${j}`).toBeGreaterThan(0);
        expect(t).toBeLessThan(hi - lo);
        const step = 1e-9 * (hi - lo);
        expect(Math.sign(f(shifted, z, rinv, t - step)), `root ${j} is a sign change`).not.toBe(Math.sign(f(shifted, z, rinv, t + step)));
      }
    }
  });
});
