import { describe, expect, test } from 'vitest';
import { np, NDArray } from '../../../runtime/index';
import { loadGolden } from '../golden';
import { fromC } from './golden';

const G2 = loadGolden<any>('complex2.json');

/**
 * Largest distance between our sorted eigenvalues and NumPy's, relative to ||A||_F (the
 * backward-stable bound: eps·||A|| for well-conditioned eigenvalues).
 */
function relErr(w: NDArray, want: NDArray, a: NDArray): number {
  const scale = Math.max(1e-300, np.linalg.norm(a) as number);
  let worst = 0;
  for (let i = 0; i < w.size; i++) {
    worst = Math.max(worst, Math.hypot(w.flatGet(i) - want.flatGet(i), w.flatGetImag(i) - want.flatGetImag(i)) / scale);
  }
  return worst;
}

describe('np.linalg.eigvals of complex matrices against NumPy (as sets)', () => {
  G2.eigvals.forEach((c: any) => {
    test(`${c.a.dtype}[${c.a.shape}]`, () => {
      const a = fromC(c.a);
      const w = np.linalg.eigvals(a);
      expect(w.dtype).toBe(c.out.dtype);
      expect(w.shape).toEqual(c.out.shape);
      const sorted = np.sort_complex(w);
      expect(relErr(sorted, fromC(c.out), a)).toBeLessThan(c.a.dtype === 'complex64' ? 1e-5 : 1e-12);
    });
  });

  test('each eigenvalue makes A - wI singular (smallest singular value ~ 0)', () => {
    const a = fromC(G2.eigvals[4].a);
    const n = a.shape[0];
    const w = np.linalg.eigvals(a);
    for (let i = 0; i < n; i++) {
      const shifted = np.subtract(a, np.multiply(np.eye(n), w.get(i) as any));
      const s = np.linalg.svdvals(shifted) as NDArray;
      expect(s.flatGet(n - 1) / s.flatGet(0)).toBeLessThan(1e-12);
    }
  });

  test('non-finite input is NumPy\'s LinAlgError', () => {
    const a = np.array([[np.complex(Infinity, 0), 0], [0, 1]]);
    expect(() => np.linalg.eigvals(a)).toThrow('Array must not contain infs or NaNs');
    expect(() => np.linalg.eig(a)).toThrow('Array must not contain infs or NaNs');
  });
});

describe('np.linalg.eig of complex matrices against NumPy', () => {
  G2.eig.forEach((c: any) => {
    test(`${c.a.dtype}[${c.a.shape}]`, () => {
      const a = fromC(c.a);
      const [w, v] = np.linalg.eig(a);
      const tol = c.a.dtype === 'complex64' ? 2e-4 : 1e-10;
      expect(w.dtype).toBe(c.w.dtype);
      expect(v.dtype).toBe(c.v.dtype);
      expect(v.shape).toEqual(c.v.shape);
      const W = fromC(c.w);
      const V = fromC(c.v);
      const n = a.shape[a.ndim - 1];
      const scale = np.linalg.norm(a) as number;
      let worst = 0;
      let worstW = 0;
      for (let b = 0; b < w.size / n; b++) {
        for (let j = 0; j < n; j++) {
          // complex128 keeps NumPy's order; complex64 (cgeev in float32) may converge in
          // another order, so its eigenvalues are matched to the nearest
          let best = b * n + j;
          if (c.a.dtype === 'complex64') {
            let d = Infinity;
            for (let k = b * n; k < (b + 1) * n; k++) {
              const e = Math.hypot(w.flatGet(k) - W.flatGet(b * n + j), w.flatGetImag(k) - W.flatGetImag(b * n + j));
              if (e < d) { d = e; best = k; }
            }
          }
          worstW = Math.max(worstW, Math.hypot(w.flatGet(best) - W.flatGet(b * n + j), w.flatGetImag(best) - W.flatGetImag(b * n + j)) / scale);
          const col = best - b * n;
          for (let i = 0; i < n; i++) {
            const o = b * n * n + i * n;
            worst = Math.max(worst, Math.hypot(v.flatGet(o + col) - V.flatGet(o + j), v.flatGetImag(o + col) - V.flatGetImag(o + j)));
          }
        }
      }
      // eigenvalues within eps·||A|| of NumPy's; vectors unique under zgeev's normalisation
      // (unit norm, largest component real)
      expect(worstW).toBeLessThan(tol);
      expect(worst).toBeLessThan(tol * 10);
    });
  });
});
