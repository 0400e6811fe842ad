/**
 * The dgeev core on raw arrays against NumPy (test/goldens/eig.json): eigenvalues in
 * LAPACK's order, eigenvectors with dgeev's normalisation, and A v = lambda v residuals.
 */
import { describe, expect, it } from 'vitest';
import { geev } from '../../../runtime/linalg/geev/geev';
import { loadGolden } from '../golden';

interface Parts { dtype: string; shape: number[]; re: number[]; im: number[] }
interface Case { name: string; a: number[][]; w: Parts; v: Parts; eigvals: Parts }
const G = loadGolden<{ cases: Case[] }>('eig.json');

/** LAPACK's VR layout to complex columns (re, im), n x n row-major. */
export function vrColumns(vr: Float64Array, wi: Float64Array, n: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(n * n), im = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let r = 0; r < n; r++) {
      if (wi[j] === 0) re[r * n + j] = vr[r * n + j];
      else if (wi[j] > 0) { re[r * n + j] = vr[r * n + j]; im[r * n + j] = vr[r * n + j + 1]; }
      else { re[r * n + j] = vr[r * n + j - 1]; im[r * n + j] = -vr[r * n + j]; }
    }
  }
  return { re, im };
}

describe('geev vs NumPy', () => {
  for (const c of G.cases) {
    it(c.name, () => {
      const n = c.a.length, a = new Float64Array(c.a.flat());
      const r = geev(a, n, true);
      expect(r.info).toBe(0);
      let scale = 0;
      for (const x of a) scale = Math.max(scale, Math.abs(x));
      const tol = 1e-12 * Math.max(1, scale) * n;
      for (let j = 0; j < n; j++) {
        expect(Math.abs(r.wr[j] - c.w.re[j])).toBeLessThan(tol * (c.name === 'defective' || c.name.startsWith('jordan') ? 1e5 : 1));
        expect(Math.abs(r.wi[j] - c.w.im[j])).toBeLessThan(tol * (c.name === 'defective' || c.name.startsWith('jordan') ? 1e5 : 1));
      }
      const v = vrColumns(r.vr!, r.wi, n);
      const defective = c.name === 'defective' || c.name.startsWith('jordan') || c.name === 'zeros';
      // vectors: NumPy's signs and phases (defective matrices: only the residual). For
      // n >= 40 a complex pair's vector may come out negated: which of the equivalent
      // standardised 2x2 Schur blocks the QR iteration lands on depends on last-bit
      // roundings of OpenBLAS's kernels, so those columns are compared up to sign.
      if (!defective) {
        for (let j = 0; j < n; j++) {
          let same = 0, flipped = 0;
          for (let i = 0; i < n; i++) {
            const k = i * n + j;
            same = Math.max(same, Math.abs(v.re[k] - c.v.re[k]) + Math.abs(v.im[k] - c.v.im[k]));
            flipped = Math.max(flipped, Math.abs(v.re[k] + c.v.re[k]) + Math.abs(v.im[k] + c.v.im[k]));
          }
          const err = n >= 40 && c.w.im[j] !== 0 ? Math.min(same, flipped) : same;
          expect(err, `column ${j}`).toBeLessThan(1e-9);
        }
      }
      // A v = lambda v, columns of unit norm
      for (let j = 0; j < n; j++) {
        let res = 0, nrm = 0;
        for (let i = 0; i < n; i++) {
          let sr = 0, si = 0;
          for (let k = 0; k < n; k++) { sr += a[i * n + k] * v.re[k * n + j]; si += a[i * n + k] * v.im[k * n + j]; }
          const lr = r.wr[j] * v.re[i * n + j] - r.wi[j] * v.im[i * n + j];
          const li = r.wr[j] * v.im[i * n + j] + r.wi[j] * v.re[i * n + j];
          res = Math.max(res, Math.hypot(sr - lr, si - li));
          nrm += v.re[i * n + j] ** 2 + v.im[i * n + j] ** 2;
        }
        expect(res).toBeLessThan(1e-10 * Math.max(1, scale) * n);
        expect(Math.abs(nrm - 1)).toBeLessThan(1e-13);
      }
    });
  }

  it('eigenvalues only: the same values', () => {
    for (const c of G.cases) {
      const n = c.a.length;
      const r = geev(new Float64Array(c.a.flat()), n, false);
      expect(r.vr).toBeNull();
      for (let j = 0; j < n; j++) {
        expect(r.wr[j]).toBeCloseTo(c.eigvals.re[j], 5);
        expect(r.wi[j]).toBeCloseTo(c.eigvals.im[j], 5);
      }
    }
  });
});
