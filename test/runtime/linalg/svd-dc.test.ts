/**
 * The SVD's divide-and-conquer path (runtime/linalg/bdc.ts, used with vectors from order
 * DC_MIN on) against NumPy's singular values (test/goldens/svd_dc.json, matrices rebuilt
 * here exactly from integer formulas), with U and V^T orthonormal and U S V^T = A, for
 * full and reduced matrices, with the wasm kernels and with the JS fallback; and the
 * bidiagonal solver on its own (its null vector, zero and one-row bidiagonals).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { svd, DC_MIN } from '../../../runtime/linalg/svd';
import { bidiagSVD } from '../../../runtime/linalg/bdc';
import { setWasmMode } from '../../../runtime/wasm/module';

afterEach(() => setWasmMode('auto'));

const EPS = 2.220446049250313e-16;

interface Case { kind: string; args: number[]; shape: [number, number]; s: { nd: { data: number[] } } }
const goldens: { numpy: string; cases: Case[] } = JSON.parse(
  readFileSync(new URL('../../goldens/svd_dc.json', import.meta.url), 'utf8'),
);

function base(m: number, n: number, seed: number): Float64Array {
  const a = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[i * n + j] = ((i * 37 + j * 91 + i * j * 13 + seed * 17) % 101) / 101 - 0.5;
  return a;
}
const mod = (x: number, k: number) => ((x % k) + k) % k;
function rank(n: number, r: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < r; k++) s += (mod(i * 7 + k * 3, 11) - 5) * (mod(k * 5 + j * 2, 13) - 6);
      a[i * n + j] = s;
    }
  }
  return a;
}
function graded(n: number): Float64Array {
  const a = base(n, n, 3);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] *= 2 ** -Math.floor((i * 40) / n);
  return a;
}
function hadamard(n: number): Float64Array {
  const a = new Float64Array(n * n);
  // H[i, j] = (-1)^popcount(i & j) (Sylvester's construction)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let b = i & j, p = 0;
    while (b) { p ^= b & 1; b >>= 1; }
    a[i * n + j] = p ? -1 : 1;
  }
  return a;
}
function diag(n: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) a[i * n + i] = i < n / 2 ? 3 : i < (3 * n) / 4 ? 1 : 0;
  return a;
}
function build(c: Case): Float64Array {
  const [x, y, z] = c.args;
  switch (c.kind) {
    case 'base': return base(x, y, z);
    case 'rank': return rank(x, y);
    case 'graded': return graded(x);
    case 'hadamard': return hadamard(x);
    default: return diag(x);
  }
}

/** max |X X^T - I| over the rows of the r x c row-major X. */
function rowOrth(X: Float64Array, r: number, c: number): number {
  let e = 0;
  for (let i = 0; i < r; i++) for (let j = i; j < r; j++) {
    let s = 0;
    for (let k = 0; k < c; k++) s += X[i * c + k] * X[j * c + k];
    e = Math.max(e, Math.abs(s - (i === j ? 1 : 0)));
  }
  return e;
}
function transpose(X: Float64Array, r: number, c: number): Float64Array {
  const t = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) t[j * r + i] = X[i * c + j];
  return t;
}

/** Checks svd(a) against the golden S, orthonormality and reconstruction; returns S. */
function check(a: Float64Array, m: number, n: number, want: number[], full: boolean, where: string): Float64Array {
  const k = Math.min(m, n);
  const r = svd(a, m, n, true, full);
  const smax = want[0] || 1;
  expect(r.s.length, where).toBe(k);
  for (let i = 0; i < k; i++) expect(Math.abs(r.s[i] - want[i]), `${where} s[${i}]`).toBeLessThan(1e-13 * smax);
  for (let i = 1; i < k; i++) expect(r.s[i], where).toBeLessThanOrEqual(r.s[i - 1]);
  const tolO = 10 * Math.max(m, n) * EPS;
  expect(r.uCols, where).toBe(full ? m : k);
  expect(r.vtRows, where).toBe(full ? n : k);
  expect(rowOrth(transpose(r.u!, m, r.uCols), r.uCols, m), `${where} U`).toBeLessThan(tolO);
  expect(rowOrth(r.vt!, r.vtRows, n), `${where} Vt`).toBeLessThan(tolO);
  let rec = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += r.u![i * r.uCols + p] * r.s[p] * r.vt![p * n + j];
    rec = Math.max(rec, Math.abs(s - a[i * n + j]));
  }
  expect(rec, `${where} U S Vt - A`).toBeLessThan(10 * Math.max(m, n) * EPS * smax);
  return r.s;
}

describe('SVD by bidiagonal divide and conquer (NumPy ' + goldens.numpy + ')', () => {
  it('threshold straddled by the goldens', () => {
    expect(goldens.cases.some((c) => Math.min(...c.shape) < DC_MIN)).toBe(true);
    expect(goldens.cases.some((c) => Math.min(...c.shape) === DC_MIN)).toBe(true);
  });
  for (const c of goldens.cases) {
    const [m, n] = c.shape;
    const where = `${c.kind}(${c.args.join(', ')}) ${m}x${n}`;
    it(where, () => {
      const a = build(c);
      const want = c.s.nd.data;
      const s1 = check(a, m, n, want, true, `${where} full`);
      check(a, m, n, want, false, `${where} reduced`);
      // no vectors: the bidiagonal QR iterations, a different algorithm
      const s0 = svd(a, m, n, false).s;
      for (let i = 0; i < s0.length; i++) expect(Math.abs(s0[i] - s1[i]), where).toBeLessThan(1e-13 * (want[0] || 1));
      // the JS fallback
      setWasmMode('off');
      const s2 = check(a, m, n, want, true, `${where} JS`);
      const s3 = svd(a, m, n, false).s;
      for (let i = 0; i < s2.length; i++) {
        expect(Math.abs(s2[i] - s1[i]), where).toBeLessThan(1e-13 * (want[0] || 1));
        expect(Math.abs(s3[i] - s0[i]), `${where} JS, no vectors`).toBeLessThan(1e-13 * (want[0] || 1));
      }
    });
  }
});

describe('bidiagSVD', () => {
  /** max |B - U [S 0] W^T| for the n x (n + 1) bidiagonal, and the orthonormality of U and W. */
  function residual(d: Float64Array, e: Float64Array, n: number): { rec: number; orth: number; s: Float64Array; w: Float64Array } {
    const r = bidiagSVD(d, e, n);
    const N1 = n + 1;
    let rec = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < N1; j++) {
      let s = 0;
      for (let p = 0; p < n; p++) s += r.u[p * n + i] * r.s[p] * r.w[p * N1 + j];
      const b = j === i ? d[i] : j === i + 1 ? e[i] : 0;
      rec = Math.max(rec, Math.abs(s - b));
    }
    // column-major U, W: their columns are the rows of the stored arrays
    const orth = Math.max(n ? rowOrth(r.u, n, n) : 0, rowOrth(r.w, N1, N1));
    return { rec, orth, s: r.s, w: r.w };
  }
  it('reconstructs n x (n + 1) bidiagonals across several merges, with W\'s last column its null vector', () => {
    for (const n of [1, 2, 16, 17, 60, 131]) {
      const d = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 1.3) + (i % 3 === 0 ? 0 : 0.5));
      const e = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 0.7));
      const { rec, orth, w } = residual(d, e, n);
      expect(rec, `n=${n}`).toBeLessThan(100 * n * EPS);
      expect(orth, `n=${n}`).toBeLessThan(100 * n * EPS);
      // B w_null = 0
      let bn = 0;
      for (let i = 0; i < n; i++) bn = Math.max(bn, Math.abs(d[i] * w[n * (n + 1) + i] + e[i] * w[n * (n + 1) + i + 1]));
      expect(bn, `n=${n}`).toBeLessThan(100 * n * EPS);
    }
  });
  it('zero, and zeros inside (splits and deflation)', () => {
    for (const n of [30, 70]) {
      const r0 = residual(new Float64Array(n), new Float64Array(n), n);
      expect(Array.from(r0.s).every((x) => x === 0)).toBe(true);
      expect(r0.orth).toBeLessThan(1e-14);
      const d = Float64Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0 : 1));
      const e = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : 1));
      const r = residual(d, e, n);
      expect(r.rec).toBeLessThan(100 * n * EPS);
      expect(r.orth).toBeLessThan(100 * n * EPS);
    }
  });
});
