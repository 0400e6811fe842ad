/** Property test of the dgeev core: A v = lambda v for random matrices of sizes 1..30. */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { geev } from '../../../runtime/linalg/geev/geev';

/** n values in [-0.5, 0.5) from a xorshift seeded by seed. */
function seeded(n: number, seed: number): Float64Array {
  let x = seed >>> 0 || 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; out[i] = x / 2 ** 32 - 0.5; }
  return out;
}

describe('geev: A v = lambda v on random matrices', () => {
  it('sizes 1..30', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer(), (n, seed) => {
      const a = seeded(n * n, seed);
      const r = geev(a, n, true);
      if (r.info !== 0) return false;
      const V = r.vr!;
      for (let j = 0; j < n; j++) {
        // columns in LAPACK's layout: a pair (j, j+1) is re +- i im
        const pairRe = r.wi[j] === 0 ? j : r.wi[j] > 0 ? j : j - 1;
        const sgn = r.wi[j] < 0 ? -1 : 1;
        for (let i = 0; i < n; i++) {
          let sr = 0, si = 0;
          for (let k = 0; k < n; k++) {
            const vr = V[k * n + pairRe], vi = r.wi[j] === 0 ? 0 : sgn * V[k * n + pairRe + 1];
            sr += a[i * n + k] * vr; si += a[i * n + k] * vi;
          }
          const vr = V[i * n + pairRe], vi = r.wi[j] === 0 ? 0 : sgn * V[i * n + pairRe + 1];
          const lr = r.wr[j] * vr - r.wi[j] * vi, li = r.wr[j] * vi + r.wi[j] * vr;
          if (!(Math.hypot(sr - lr, si - li) < 1e-11 * n)) return false;
        }
      }
      return true;
    }), { numRuns: 80 });
  });
});
