/**
 * The wasm paths of eigh, the SVD and lstsq (wasm/rot.ts, wasm/house.ts) against the JS
 * paths: queued rotations equal the JS loop bit for bit; the reductions (whose SIMD dot
 * products group their sums differently) give the same values to a few n eps and vectors
 * that are orthonormal and reconstruct the matrix; lstsq's QR route solves as the SVD of
 * the whole matrix did.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { rotationSpace, JsRotator } from '../../../runtime/linalg/rotate';
import { eigh, DC_MIN } from '../../../runtime/linalg/eigh';
import { gkrSVD } from '../../../runtime/linalg/gkr';
import { svd } from '../../../runtime/linalg/svd';
import { lstsq } from '../../../runtime/linalg/lstsq';
import { setWasmMode } from '../../../runtime/wasm/module';
import { wasmRotationSpace } from '../../../runtime/wasm/rot';
import { setInterruptCheck } from '../../../runtime/interrupt';
import { uniform as rnd } from '../uniform';

const EPS = 2.220446049250313e-16;

afterEach(() => {
  setWasmMode('auto');
  setInterruptCheck(null);
});

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** max |X^T X - I| for the rows x cols matrix X (its columns orthonormal?). */
function orthoError(x: ArrayLike<number>, rows: number, cols: number): number {
  let e = 0;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let k = 0; k < rows; k++) s += x[k * cols + i] * x[k * cols + j];
      e = Math.max(e, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  return e;
}

function symmetric(n: number, seed: number): Float64Array {
  const a = rnd(n * n, seed);
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[j * n + i] = a[i * n + j];
  return a;
}

/** A chain of rotations as a QL sweep makes them (rows i+1, i going up), then a fan on one row. */
function sweeps(rows: number, count: number, seed: number): [number, number, number, number][] {
  const th = rnd(count, seed);
  const out: [number, number, number, number][] = [];
  for (let t = 0; t < count; t++) {
    const i = rows - 2 - (t % (rows - 1));
    const a = t % 5 === 4 ? (t * 7) % (rows - 1) : i + 1, b = t % 5 === 4 ? rows - 1 : i;
    if (a !== b) out.push([a, b, Math.cos(6 * th[t]), Math.sin(6 * th[t])]);
  }
  return out;
}

describe('queued wasm rotations = the JS loop', () => {
  it('bit for bit, chained or not, any column count, past a full queue', () => {
    for (const [rows, cols, count] of [[40, 16, 300], [60, 27, 5000], [33, 301, 2000], [17, 8, 9000], [9, 3, 50]]) {
      const space = wasmRotationSpace([[rows, cols]])!;
      expect(space, `${rows}x${cols}`).not.toBeNull();
      const init = rnd(rows * cols, rows + cols);
      space.mats[0].set(init);
      const js = Float64Array.from(init);
      const ref = new JsRotator(js, cols);
      for (const [a, b, c, s] of sweeps(rows, count, count)) {
        space.rotators[0].rot(a, b, c, s);
        ref.rot(a, b, c, s);
      }
      space.rotators[0].flush();
      const got = space.mats[0].slice();
      space.release();
      expect(got, `${rows}x${cols}`).toEqual(js);
    }
    // short rows stay with the JS loop
    expect(rotationSpace([[40, 8]]).K).toBeNull();
    expect(rotationSpace([[40, 16]]).K).not.toBeNull();
  });

  it('checks for an interrupt at each flush; a throw leaves the next use whole', () => {
    let calls = 0;
    setInterruptCheck(() => {
      calls++;
      if (calls === 2) throw new Error('stopped');
    });
    const a = symmetric(120, 5);
    expect(() => eigh(a, 120)).toThrow('stopped');
    setInterruptCheck(null);
    const r = eigh(a, 120);
    setWasmMode('off');
    expect(maxDiff(r.w, eigh(a, 120).w)).toBeLessThan(120 * EPS * 8);
  });
});

describe('eigh on wasm', () => {
  it('eigenvalues as the JS path to a few n eps, orthonormal eigenvectors with a small residual', () => {
    for (const n of [16, 31, 64, 150]) {
      const a = symmetric(n, n);
      setWasmMode('off');
      const j = eigh(a, n);
      setWasmMode('auto');
      const w = eigh(a, n);
      const scale = n * EPS * maxAbs(a);
      expect(maxDiff(w.w, j.w), `n=${n}`).toBeLessThan(8 * scale);
      const v = w.v!;
      expect(orthoError(v, n, n), `n=${n}`).toBeLessThan(8 * n * EPS);
      let res = 0;
      for (let i = 0; i < n; i++) {
        for (let c = 0; c < n; c++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += a[i * n + k] * v[k * n + c];
          res = Math.max(res, Math.abs(s - v[i * n + c] * w.w[c]));
        }
      }
      expect(res, `n=${n}`).toBeLessThan(8 * scale);
      // eigenvalues alone skip the accumulation and the rotations: bit for bit the same
      // below DC_MIN; from there the vectors come from divide and conquer, whose
      // eigenvalues agree to rounding (as NumPy's eigh and eigvalsh do)
      if (n < DC_MIN) expect(eigh(a, n, 'L', false).w, `n=${n}`).toEqual(w.w);
      else expect(maxDiff(eigh(a, n, 'L', false).w, w.w), `n=${n}`).toBeLessThan(8 * scale);
    }
  });
});

describe('SVD on wasm', () => {
  it('singular values as the JS path; U and V orthonormal, U S V^T = A', () => {
    for (const [m, n] of [[20, 20], [64, 41], [130, 97], [200, 200]]) {
      const a = rnd(m * n, m * n);
      setWasmMode('off');
      const j = gkrSVD(a, m, n, true);
      setWasmMode('auto');
      const w = gkrSVD(a, m, n, true);
      const scale = Math.max(m, n) * EPS * maxAbs(j.s);
      expect(maxDiff(w.s, j.s), `${m}x${n}`).toBeLessThan(8 * scale);
      // U^T (n x m) and V^T (n x n): orthonormal rows
      const u = transpose(w.ut!, n, m), v = transpose(w.vt!, n, n);
      expect(orthoError(u, m, n), `${m}x${n}`).toBeLessThan(8 * m * EPS);
      expect(orthoError(v, n, n), `${m}x${n}`).toBeLessThan(8 * n * EPS);
      let r = 0;
      for (let i = 0; i < m; i++) {
        for (let c = 0; c < n; c++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += u[i * n + k] * w.s[k] * w.vt![k * n + c];
          r = Math.max(r, Math.abs(s - a[i * n + c]));
        }
      }
      expect(r, `${m}x${n}`).toBeLessThan(8 * scale);
      // without vectors: the same values
      expect(gkrSVD(a, m, n, false).s, `${m}x${n}`).toEqual(w.s);
    }
  });

  it('svd keeps its conventions on the wasm path (descending, non-negative, full U)', () => {
    const a = rnd(90 * 60, 3);
    const r = svd(a, 90, 60, true, true);
    for (let i = 1; i < r.s.length; i++) expect(r.s[i]).toBeLessThanOrEqual(r.s[i - 1]);
    expect(r.s[59]).toBeGreaterThan(0);
    expect(r.uCols).toBe(90);
    expect(orthoError(r.u!, 90, 90)).toBeLessThan(8 * 90 * EPS);
  });
});

function transpose(a: ArrayLike<number>, m: number, n: number): Float64Array {
  const t = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[j * m + i] = a[i * n + j];
  return t;
}

describe('lstsq of tall matrices by QR', () => {
  it('the same solution, rank and residuals as the JS path and as the SVD of the whole matrix', () => {
    for (const [m, n, k] of [[1000, 50, 1], [120, 60, 3], [30, 20, 2]]) {
      const a = rnd(m * n, m), b = rnd(m * k, n);
      setWasmMode('off');
      const j = lstsq(a, m, n, b, k);
      setWasmMode('auto');
      const w = lstsq(a, m, n, b, k);
      expect(w.rank).toBe(n);
      expect(j.rank).toBe(n);
      const tol = 64 * m * EPS * maxAbs(j.x);
      expect(maxDiff(w.x, j.x), `${m}x${n}`).toBeLessThan(tol);
      // residuals: |b - a x|^2 per column, computed here directly
      for (let c = 0; c < k; c++) {
        let t = 0;
        for (let i = 0; i < m; i++) {
          let s = b[i * k + c];
          for (let l = 0; l < n; l++) s -= a[i * n + l] * w.x[l * k + c];
          t += s * s;
        }
        expect(Math.abs(w.residuals[c] - t) / t, `${m}x${n}`).toBeLessThan(1e-12);
      }
      // the singular values are those of a
      expect(maxDiff(w.s, svd(a, m, n, false).s)).toBeLessThan(8 * m * EPS * w.s[0]);
    }
  });

  it('a rank-deficient tall matrix: its rank, no residuals, the minimum-norm solution', () => {
    const m = 80, n = 30;
    const a = rnd(m * n, 9);
    for (let i = 0; i < m; i++) a[i * n + 7] = 2 * a[i * n + 3]; // column 7 = 2 column 3
    const b = rnd(m, 10);
    const r = lstsq(a, m, n, b, 1);
    expect(r.rank).toBe(n - 1);
    expect(r.residuals.length).toBe(0);
    // minimum norm: x is orthogonal to the null vector e_7 - 2 e_3
    expect(Math.abs(r.x[3] * -2 + r.x[7])).toBeLessThan(1e-12);
    setWasmMode('off');
    expect(maxDiff(r.x, lstsq(a, m, n, b, 1).x)).toBeLessThan(1e-12);
  });
});
