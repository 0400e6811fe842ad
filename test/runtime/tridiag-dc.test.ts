/**
 * Divide and conquer for the symmetric tridiagonal eigenproblem (runtime/linalg/tridiag-dc.ts)
 * against the QL iterations (eigh.ts's tql2) and against its own residuals: eigenvalues
 * equal to a few ulps of ||T||, Q orthonormal and T Q = Q diag(w) to n eps ||T||, on random
 * matrices and on the ones that exercise deflation (Wilkinson's close pairs, a zero
 * coupling, equal diagonals, tiny couplings, graded entries); and eigh from DC_MIN on for
 * the identity, zeros, ones, the Laplacian and Hilbert.
 */
import { describe, it, expect } from 'vitest';
import { tridiagEig } from '../../runtime/linalg/tridiag-dc';
import { tql2, eigh, DC_MIN } from '../../runtime/linalg/eigh';
import { NO_ROTATION } from '../../runtime/linalg/rotate';
import { uniform } from './uniform';

const EPS = 2.220446049250313e-16;

function qlValues(d: Float64Array, e: Float64Array, n: number): Float64Array {
  const w = d.slice();
  const ee = new Float64Array(n);
  for (let i = 1; i < n; i++) ee[i] = e[i - 1];
  tql2(new Float64Array(0), w, ee, n, NO_ROTATION);
  return w;
}

function check(d: Float64Array, e: Float64Array, label: string): void {
  const n = d.length;
  const { w, q } = tridiagEig(d, e, n);
  let norm = 0;
  for (let i = 0; i < n; i++) norm = Math.max(norm, Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0));
  const ref = qlValues(d, e, n);
  let dw = 0;
  for (let i = 0; i < n; i++) dw = Math.max(dw, Math.abs(w[i] - ref[i]));
  for (let i = 1; i < n; i++) expect(w[i] >= w[i - 1], `${label}: ascending`).toBe(true);
  expect(dw / norm, `${label}: eigenvalues`).toBeLessThan(20 * EPS * Math.sqrt(n));
  let orth = 0, res = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += q[i * n + a] * q[i * n + b];
      orth = Math.max(orth, Math.abs(s - (a === b ? 1 : 0)));
    }
    for (let i = 0; i < n; i++) {
      let t = d[i] * q[i * n + a];
      if (i > 0) t += e[i - 1] * q[(i - 1) * n + a];
      if (i < n - 1) t += e[i] * q[(i + 1) * n + a];
      res = Math.max(res, Math.abs(t - w[a] * q[i * n + a]));
    }
  }
  expect(orth, `${label}: orthonormal`).toBeLessThan(4 * n * EPS);
  expect(res / norm, `${label}: residual`).toBeLessThan(4 * n * EPS);
}

describe('tridiagonal divide and conquer', () => {
  it('random matrices of several sizes', () => {
    for (const n of [1, 2, 25, 26, 51, 100, 203]) {
      check(uniform(n, n), uniform(Math.max(0, n - 1), n + 1000), `random ${n}`);
    }
  });

  it('matrices that deflate', () => {
    const n = 121;
    // Wilkinson W+: pairs of eigenvalues agreeing to many digits
    const m = (n - 1) / 2;
    check(Float64Array.from({ length: n }, (_, i) => Math.abs(m - i)), new Float64Array(n - 1).fill(1), 'Wilkinson');
    // a zero coupling in the middle, and everywhere
    const e = uniform(n - 1, 4);
    e[(n >> 1) - 1] = 0;
    check(uniform(n, 3), e, 'zero coupling');
    check(uniform(n, 5), new Float64Array(n - 1), 'diagonal');
    // equal diagonal, tiny couplings; graded
    check(new Float64Array(n).fill(2), uniform(n - 1, 6).map((x) => x * 1e-12), 'tiny couplings');
    check(Float64Array.from({ length: n }, (_, i) => 2 ** -(i % 40)), Float64Array.from({ length: n - 1 }, (_, i) => 2 ** -(i % 40) / 3), 'graded');
    check(new Float64Array(n).fill(1), new Float64Array(n - 1).fill(1), 'Toeplitz');
  });
});

describe('eigh through divide and conquer', () => {
  it('identity, zeros, ones, the Laplacian, Hilbert: orthonormal vectors, small residuals', () => {
    const n = Math.max(DC_MIN, 100);
    const mats: [string, (i: number, j: number) => number][] = [
      ['identity', (i, j) => (i === j ? 1 : 0)],
      ['zeros', () => 0],
      ['ones', () => 1],
      ['Laplacian', (i, j) => (i === j ? 2 : Math.abs(i - j) === 1 ? -1 : 0)],
      ['Hilbert', (i, j) => 1 / (i + j + 1)],
    ];
    for (const [label, f] of mats) {
      const a = Float64Array.from({ length: n * n }, (_, k) => f(Math.floor(k / n), k % n));
      const { w, v } = eigh(a, n);
      let norm = 0;
      for (let i = 0; i < n; i++) {
        let r = 0;
        for (let j = 0; j < n; j++) r += Math.abs(a[i * n + j]);
        norm = Math.max(norm, r);
      }
      let orth = 0, res = 0;
      for (let p = 0; p < n; p++) {
        for (let q = p; q < n; q++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += v![i * n + p] * v![i * n + q];
          orth = Math.max(orth, Math.abs(s - (p === q ? 1 : 0)));
        }
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += a[i * n + k] * v![k * n + p];
          res = Math.max(res, Math.abs(s - w[p] * v![i * n + p]));
        }
      }
      for (let i = 1; i < n; i++) expect(w[i] >= w[i - 1], label).toBe(true);
      expect(orth, `${label}: orthonormal`).toBeLessThan(4 * n * EPS);
      expect(res, `${label}: residual`).toBeLessThan(4 * n * EPS * Math.max(norm, 1));
    }
  });
});
