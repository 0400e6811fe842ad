/**
 * The blocked wasm LU, triangular solves and Cholesky (wasm/lu.ts via runtime/wasm/lu.ts)
 * against the unblocked JS kernels: the same pivots, factors within a backward-error bound,
 * solutions with small residuals, exact singularity and non-positive-definiteness found at
 * the same place; sizes straddle the 64-wide panels.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { luFactor, luFactorJs, luSolve, inv, det, slogdet, WASM_MIN_N } from '../../../runtime/linalg/lu';
import { cholesky, choleskyJs } from '../../../runtime/linalg/cholesky';
import { wasmLuFactor, wasmLuInverse, wasmLuSolve, wasmCholesky } from '../../../runtime/wasm/lu';
import { setWasmMode } from '../../../runtime/wasm/module';
import { LinAlgError } from '../../../runtime/errors';
import { setInterruptCheck } from '../../../runtime/interrupt';
import { uniform as rnd } from '../uniform';

afterEach(() => setWasmMode('auto'));

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** max |A X - B| / (|A| |X| n eps), the normwise backward error in units of n eps. */
function residual(a: Float64Array, n: number, x: Float64Array, b: ArrayLike<number>, nrhs: number): number {
  let r = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < nrhs; c++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i * n + k] * x[k * nrhs + c];
      r = Math.max(r, Math.abs(s - b[i * nrhs + c]));
    }
  }
  return r / (maxAbs(a) * maxAbs(x) * n * n * 2.220446049250313e-16);
}

describe('wasm LU = JS LU', () => {
  it('same permutation and sign, factors within n eps |A| of each other', () => {
    for (const n of [WASM_MIN_N, 63, 64, 65, 130, 200]) {
      const a = rnd(n * n, n);
      const w = wasmLuFactor(a, n)!, j = luFactorJs(a, n);
      expect(w, `n=${n}`).not.toBeNull();
      expect(Array.from(w.perm), `n=${n}`).toEqual(Array.from(j.perm));
      expect(w.sign).toBe(j.sign);
      expect(w.singular).toBe(false);
      let d = 0;
      for (let i = 0; i < n * n; i++) d = Math.max(d, Math.abs(w.lu[i] - j.lu[i]));
      expect(d, `n=${n}`).toBeLessThan(n * 2.220446049250313e-16 * maxAbs(a) * 8);
      // within one 64-wide panel both run the same operations in the same order
      if (n <= 64) expect(w.lu, `n=${n}`).toEqual(j.lu);
      // luFactor dispatches to it
      expect(luFactor(a, n).lu).toEqual(w.lu);
    }
  });

  it('solves with many right-hand sides (inv) and one, to a backward error of a few n eps', () => {
    for (const [n, nrhs] of [[40, 1], [97, 3], [150, 150]]) {
      const a = rnd(n * n, 3 * n), b = rnd(n * nrhs, 5 * n);
      const r = wasmLuSolve(a, n, b, nrhs)!;
      expect(r.singular).toBe(false);
      expect(residual(a, n, r.x, b, nrhs), `${n}x${nrhs}`).toBeLessThan(1);
      expect(luSolve(a, n, b, nrhs)).toEqual(r.x);
    }
    const n = 120;
    const a = rnd(n * n, 11);
    const X = inv(a, n);
    const I = Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0));
    expect(residual(a, n, X, I, n)).toBeLessThan(1);
    setWasmMode('off');
    const XJ = inv(a, n);
    let d = 0;
    for (let i = 0; i < n * n; i++) d = Math.max(d, Math.abs(X[i] - XJ[i]));
    expect(d).toBeLessThan(1e-10 * maxAbs(XJ));
  });

  it("inv skips the forward solve's zero rows and gives dgesv(A, I)'s numbers exactly", () => {
    for (const n of [16, 63, 64, 65, 130, 200]) {
      const a = rnd(n * n, 7 * n);
      const I = Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0));
      const full = wasmLuSolve(a, n, I, n)!.x;
      const X = wasmLuInverse(a, n)!;
      expect(X.singular).toBe(false);
      let differ = 0;
      for (let i = 0; i < n * n; i++) if (X.x[i] !== full[i]) differ++;
      expect(differ, `n=${n}`).toBe(0);
    }
    // rows of zeros: an exactly zero pivot
    expect(() => inv(Float64Array.from({ length: 40 * 40 }, (_, i) => (i < 40 ? i : 0)), 40)).toThrow('Singular matrix');
  });

  it('det and slogdet agree with the JS path', () => {
    const n = 90;
    const a = rnd(n * n, 17);
    const w = [det(a, n), ...slogdet(a, n)];
    setWasmMode('off');
    const j = [det(a, n), ...slogdet(a, n)];
    expect(w[1]).toBe(j[1]);
    expect(Math.abs(w[0] - j[0])).toBeLessThan(1e-12 * Math.abs(j[0]));
    expect(Math.abs(w[2] - j[2])).toBeLessThan(1e-12 * Math.abs(j[2]));
  });

  it('finds an exactly zero pivot (in a later panel too) and keeps factoring, as LAPACK', () => {
    for (const col of [5, 70]) {
      const n = 100;
      const a = rnd(n * n, col);
      for (let i = 0; i < n; i++) a[i * n + col] = 0;
      const w = wasmLuFactor(a, n)!, j = luFactorJs(a, n);
      expect(w.singular).toBe(true);
      expect(j.singular).toBe(true);
      expect(w.lu[col * n + col]).toBe(0);
      expect(det(a, n)).toBe(0);
      expect(wasmLuSolve(a, n, rnd(n, 1), 1)!.singular).toBe(true);
      expect(() => luSolve(a, n, rnd(n, 1), 1)).toThrow(new LinAlgError('Singular matrix'));
    }
  });
});

describe('wasm Cholesky = JS Cholesky', () => {
  /** M M^T / n + I: symmetric positive definite. */
  function spd(n: number, seed: number): Float64Array {
    const m = rnd(n * n, seed), s = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
      let t = 0;
      for (let k = 0; k < n; k++) t += m[i * n + k] * m[j * n + k];
      s[i * n + j] = s[j * n + i] = t / n + (i === j ? 1 : 0);
    }
    return s;
  }

  it('factors within n eps |A| of the JS factor, zeros above the diagonal, reading the lower triangle', () => {
    for (const n of [WASM_MIN_N, 64, 65, 150]) {
      const a = spd(n, n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) a[i * n + j] = NaN; // upper: never read
      const w = wasmCholesky(a, n)!, j = choleskyJs(a, n);
      expect(w.ok && j.ok).toBe(true);
      let d = 0;
      for (let i = 0; i < n * n; i++) d = Math.max(d, Math.abs(w.l[i] - j.l[i]));
      expect(d, `n=${n}`).toBeLessThan(n * 2.220446049250313e-16 * 8);
      if (n <= 64) expect(w.l, `n=${n}`).toEqual(j.l);
      for (let i = 0; i < n; i++) for (let k = i + 1; k < n; k++) expect(w.l[i * n + k]).toBe(0);
      expect(cholesky(a, n).l).toEqual(w.l);
    }
  });

  it('reports a matrix that is not positive definite (in a later panel too); a NaN propagates', () => {
    const n = 100;
    for (const at of [3, 80]) {
      const a = spd(n, at);
      a[at * n + at] = -5;
      expect(wasmCholesky(a, n)!.ok).toBe(false);
      expect(choleskyJs(a, n).ok).toBe(false);
    }
    const a = spd(n, 1);
    a[90 * n + 2] = NaN;
    const w = wasmCholesky(a, n)!;
    expect(w.ok).toBe(true);
    expect(Number.isNaN(w.l[90 * n + 2]) && Number.isNaN(w.l[99 * n + 99])).toBe(true);
    expect(Math.abs(w.l[89 * n + 89] - choleskyJs(a, n).l[89 * n + 89])).toBeLessThan(1e-13);
  });
});

describe('stepping', () => {
  afterEach(() => setInterruptCheck(null));

  it('LU, the solves and Cholesky check for an interrupt between panels; a throw ends them, the next call runs whole', () => {
    const n = 200; // four 64-wide panels
    const a = rnd(n * n, 41);
    let calls = 0;
    setInterruptCheck(() => void calls++);
    const f = wasmLuFactor(a, n)!;
    expect(calls).toBe(4);
    calls = 0;
    inv(a, n); // four LU steps, four 64-column blocks of the forward solve, one call for U (200 right-hand sides fit in one)
    expect(calls).toBe(9);
    class Stop extends Error {}
    for (const run of [() => wasmLuFactor(a, n), () => wasmLuSolve(a, n, a, n), () => wasmCholesky(Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0)), n)]) {
      setInterruptCheck(() => { throw new Stop(); });
      expect(run).toThrow(Stop);
    }
    setInterruptCheck(null);
    expect(wasmLuFactor(a, n)!.lu).toEqual(f.lu);
  });
});
