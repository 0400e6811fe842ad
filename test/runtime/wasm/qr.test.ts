/**
 * The blocked QR on the wasm kernels (runtime/wasm/qr.ts) against the JS blocked QR:
 * the same reflectors (R, tau and Q equal to rounding, same signs), Q orthonormal and
 * Q R = A, for tall, wide and square matrices straddling the 32-column panels, reduced
 * and complete; and a rank-deficient matrix (zero columns give tau = 0).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { householderQR, formQ } from '../../../runtime/linalg/qr';
import { wasmHouseholderQR, wasmFormQ } from '../../../runtime/wasm/qr';
import { setWasmMode } from '../../../runtime/wasm/module';
import { uniform as rnd } from '../uniform';

afterEach(() => setWasmMode('auto'));

const EPS = 2.220446049250313e-16;

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

/** max |Q^T Q - I| and max |Q R - A| (R from the factored form's upper triangle). */
function residuals(a: Float64Array, qr: Float64Array, q: Float64Array, m: number, n: number, qc: number): [number, number] {
  let orth = 0, rec = 0;
  for (let i = 0; i < qc; i++) {
    for (let j = 0; j < qc; j++) {
      let s = 0;
      for (let p = 0; p < m; p++) s += q[p * qc + i] * q[p * qc + j];
      orth = Math.max(orth, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  const rows = Math.min(qc, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < Math.min(rows, j + 1); p++) s += q[i * qc + p] * qr[p * n + j];
      rec = Math.max(rec, Math.abs(s - a[i * n + j]));
    }
  }
  return [orth, rec];
}

describe('wasm QR = JS QR', () => {
  it('same factors to rounding; Q orthonormal, QR = A', () => {
    for (const [m, n] of [[96, 96], [150, 100], [100, 130], [200, 97], [161, 161]]) {
      const a = rnd(m * n, m * 3 + n);
      const k = Math.min(m, n);
      const fw = wasmHouseholderQR(a, m, n)!;
      expect(fw).not.toBeNull();
      setWasmMode('off');
      const fj = householderQR(a, m, n);
      expect(fj.qr).not.toBe(fw.qr);
      const tol = 50 * m * EPS;
      expect(maxDiff(fw.qr, fj.qr), `${m}x${n} factors`).toBeLessThan(tol);
      expect(maxDiff(fw.tau, fj.tau), `${m}x${n} tau`).toBeLessThan(tol);
      for (const qc of m > n ? [k, m] : [k]) {
        const qj = formQ(fj, qc);
        setWasmMode('auto');
        const qw = wasmFormQ(fw, qc)!;
        expect(maxDiff(qw, qj), `${m}x${n} Q (${qc} columns)`).toBeLessThan(tol);
        const [orth, rec] = residuals(a, fw.qr, qw, m, n, qc);
        expect(orth).toBeLessThan(10 * m * EPS);
        expect(rec).toBeLessThan(10 * m * EPS);
        setWasmMode('off');
      }
      setWasmMode('auto');
    }
  });

  it('zero columns: tau 0 there, still orthonormal and exact', () => {
    const m = 130, n = 110;
    const a = rnd(m * n, 5);
    for (let i = 0; i < m; i++) { a[i * n + 3] = 0; a[i * n + 40] = 0; }
    const f = wasmHouseholderQR(a, m, n)!;
    expect(f.tau[3]).toBe(0);
    const q = wasmFormQ(f, n)!;
    const [orth, rec] = residuals(a, f.qr, q, m, n, n);
    expect(orth).toBeLessThan(10 * m * EPS);
    expect(rec).toBeLessThan(10 * m * EPS);
  });
});
