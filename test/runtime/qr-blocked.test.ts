/**
 * The blocked Householder QR (runtime/linalg/qr.ts, from min(m, n) = 96 on: panels, block
 * reflectors applied by GEMM) against the unblocked one it replaces there: the same R and
 * Q up to rounding (same reflectors, same signs), Q orthonormal, Q R = A; tall, wide and
 * square, reduced and complete.
 */
import { describe, it, expect } from 'vitest';
import { householderQR, formQ, qr } from '../../runtime/linalg/qr';
import { uniform as rnd } from './uniform';

/** Q^T Q = I, Q R = A and R upper triangular, for np.linalg.qr's `mode`. */
function check(a: Float64Array, m: number, n: number, mode: 'reduced' | 'complete'): void {
  const { q, r, qCols, rRows } = qr(a, m, n, mode);
  const Q = q!;
  const eps = 2.220446049250313e-16;
  let orth = 0, rec = 0;
  for (let i = 0; i < qCols; i++) {
    for (let j = 0; j < qCols; j++) {
      let s = 0;
      for (let p = 0; p < m; p++) s += Q[p * qCols + i] * Q[p * qCols + j];
      orth = Math.max(orth, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < rRows; p++) s += Q[i * qCols + p] * r[p * n + j];
      rec = Math.max(rec, Math.abs(s - a[i * n + j]));
    }
  }
  for (let i = 0; i < rRows; i++) for (let j = 0; j < Math.min(i, n); j++) expect(r[i * n + j]).toBe(0);
  expect(orth, `${m}x${n} ${mode} orthonormal`).toBeLessThan(10 * m * eps);
  expect(rec, `${m}x${n} ${mode} QR = A`).toBeLessThan(10 * m * eps);
}

describe('blocked QR', () => {
  it('factors tall, wide and square matrices: Q orthonormal, QR = A, R upper', () => {
    for (const [m, n] of [[96, 96], [150, 100], [100, 130], [200, 97]]) {
      const a = rnd(m * n, m + n);
      check(a, m, n, 'reduced');
      if (m <= 150) check(a, m, n, 'complete');
    }
  });

  it('gives the unblocked factors up to rounding: R by column, Q by the first k columns of I', () => {
    // The first 95 reflectors depend only on the first 95 columns: those columns alone
    // (min(m, n) = 95 < 96) take the unblocked path.
    const m = 120, n = 100;
    const a = rnd(m * n, 7);
    const f = householderQR(a, m, n);
    const lead = new Float64Array(m * 95);
    for (let i = 0; i < m; i++) for (let j = 0; j < 95; j++) lead[i * 95 + j] = a[i * n + j];
    const g = householderQR(lead, m, 95); // unblocked (min(m, n) = 95)
    let d = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < 95; j++) d = Math.max(d, Math.abs(f.qr[i * n + j] - g.qr[i * 95 + j]));
    expect(d).toBeLessThan(1e-13);
    for (let j = 0; j < 95; j++) expect(Math.abs(f.tau[j] - g.tau[j])).toBeLessThan(1e-14);
    const Qf = formQ(f, 100), Qg = formQ(g, 95);
    let dq = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < 95; j++) dq = Math.max(dq, Math.abs(Qf[i * 100 + j] - Qg[i * 95 + j]));
    expect(dq).toBeLessThan(1e-13);
  });
});
