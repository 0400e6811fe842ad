/**
 * runtime/linalg against NumPy: the goldens of test/goldens/linalg.json (values, dtypes,
 * shapes, errors; sign-invariant checks for singular vectors and eigenvectors), the gemm
 * kernel against a naive product on awkward shapes and strides, and property tests.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { NDArray } from '../../runtime/ndarray';
import { storageOf, type DType } from '../../runtime/dtype';
import { linalg, matmul, dot, inner, outer, vdot, trace } from '../../runtime/linalg/index';
import { gemm } from '../../runtime/linalg/gemm';
import { luFactor } from '../../runtime/linalg/lu';
import { svd as svdKernel } from '../../runtime/linalg/svd';
import { eigh as eighKernel } from '../../runtime/linalg/eigh';
import { householderQR, formQ } from '../../runtime/linalg/qr';

// ------------------------------------------------------------------ goldens plumbing

type Enc = { dtype: string; shape: number[]; data: (number | string | boolean)[] } | { scalar: number | string | boolean; dtype: string };
interface Case {
  fn: string;
  args: Enc[];
  kwargs: Record<string, any>;
  kind: 'value' | 'svd' | 'eigh';
  group?: string;
  tol?: [number, number];
  out?: Enc | Enc[];
  error?: { type: string; message: string };
}

const goldens: { numpy: string; cases: Case[] } = JSON.parse(
  readFileSync(new URL('../goldens/linalg.json', import.meta.url), 'utf8'),
);

const num = (v: number | string | boolean): number =>
  typeof v === 'boolean' ? (v ? 1 : 0) : v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : (v as number);

function decode(e: Enc): NDArray | number | boolean {
  if ('scalar' in e) return e.dtype === 'bool' ? Boolean(e.scalar) : num(e.scalar);
  const C = storageOf(e.dtype as DType);
  const data = new C(e.data.length);
  e.data.forEach((v, i) => (data[i] = num(v)));
  return new NDArray(data, e.dtype as DType, e.shape.slice());
}

const kw = (v: any): any => (v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

/** Calls our implementation the way a user would write the NumPy call. */
function call(c: Case): any {
  const a = c.args.map(decode) as any[];
  const k = c.kwargs;
  switch (c.fn) {
    case 'np.matmul': return matmul(a[0], a[1]);
    case 'np.dot': return dot(a[0], a[1]);
    case 'np.inner': return inner(a[0], a[1]);
    case 'np.outer': return outer(a[0], a[1]);
    case 'np.vdot': return vdot(a[0], a[1]);
    case 'np.trace': return 'axis1' in k ? trace(a[0], { offset: a[1] ?? 0, axis1: k.axis1, axis2: k.axis2 }) : trace(a[0], a[1] ?? 0);
    case 'np.linalg.inv': return linalg.inv(a[0]);
    case 'np.linalg.det': return linalg.det(a[0]);
    case 'np.linalg.slogdet': return linalg.slogdet(a[0]);
    case 'np.linalg.solve': return linalg.solve(a[0], a[1]);
    case 'np.linalg.cholesky': return linalg.cholesky(a[0], k);
    case 'np.linalg.matrix_power': return linalg.matrix_power(a[0], a[1]);
    case 'np.linalg.qr': return 'mode' in k ? linalg.qr(a[0], k.mode) : linalg.qr(a[0]);
    case 'np.linalg.svd': return linalg.svd(a[0], k);
    case 'np.linalg.matrix_rank': return linalg.matrix_rank(a[0], k.tol ?? null);
    case 'np.linalg.pinv': return linalg.pinv(a[0]);
    case 'np.linalg.cond': return linalg.cond(a[0], a[1] ?? k.p ?? null);
    case 'np.linalg.eigh': return linalg.eigh(a[0], k.UPLO ?? 'L');
    case 'np.linalg.eigvalsh': return linalg.eigvalsh(a[0], k.UPLO ?? 'L');
    case 'np.linalg.lstsq': return linalg.lstsq(a[0], a[1], k.rcond ?? null);
    case 'np.linalg.norm': return linalg.norm(a[0], { ord: kw(k.ord ?? null), axis: k.axis ?? null, keepdims: k.keepdims ?? false });
    default: throw new Error(`no adapter for ${c.fn}`);
  }
}

function close(got: number, want: number, tol: [number, number] | undefined): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want)) return got === want;
  if (!tol) return got === want;
  return Math.abs(got - want) <= tol[1] + tol[0] * Math.abs(want);
}

/** Asserts that `got` matches the encoded NumPy result (dtype, shape, values). */
function expectMatch(got: any, want: Enc, tol: [number, number] | undefined, where: string): void {
  if ('scalar' in want) {
    if (want.dtype === 'bool') {
      expect(got, where).toBe(want.scalar);
      return;
    }
    expect(typeof got, where).toBe('number');
    expect(close(got, num(want.scalar), tol), `${where}: got ${got}, want ${want.scalar}`).toBe(true);
    return;
  }
  expect(got, where).toBeInstanceOf(NDArray);
  const g = got as NDArray;
  expect(g.dtype, `${where} dtype`).toBe(want.dtype);
  expect(g.shape, `${where} shape`).toEqual(want.shape);
  for (let i = 0; i < want.data.length; i++) {
    const w = num(want.data[i]);
    const v = g.flatGet(i);
    if (!close(v, w, tol)) expect.fail(`${where}: data[${i}] = ${v}, expected ${w}`);
  }
}

/** Dense float64 copy of an NDArray's matrices. */
function dense(a: NDArray): Float64Array {
  return Float64Array.from({ length: a.size }, (_, i) => a.flatGet(i));
}

function expectOrthonormalColumns(M: Float64Array, rows: number, cols: number, tol: number, where: string): void {
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let r = 0; r < rows; r++) s += M[r * cols + i] * M[r * cols + j];
      if (Math.abs(s - (i === j ? 1 : 0)) > tol) expect.fail(`${where}: column ${i}.${j} = ${s}`);
    }
  }
}

function transpose(M: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = M[i * cols + j];
  return t;
}

/** U (m x uc), S (k), Vh (vr x n) against A (m x n), for each matrix of a stack. */
function checkSvd(A: NDArray, U: NDArray, S: NDArray, Vh: NDArray, where: string): void {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], k = Math.min(m, n);
  const uc = U.shape[U.ndim - 1], vr = Vh.shape[Vh.ndim - 2];
  const count = A.size / Math.max(1, m * n);
  const a = dense(A), u = dense(U), s = dense(S), vh = dense(Vh);
  let scale = 0;
  for (const x of a) scale = Math.max(scale, Math.abs(x));
  const tol = 1e-12 * Math.max(1, scale) * Math.max(m, n);
  for (let t = 0; t < count; t++) {
    const Ut = u.subarray(t * m * uc, (t + 1) * m * uc);
    const Vt = vh.subarray(t * vr * n, (t + 1) * vr * n);
    expectOrthonormalColumns(Ut, m, uc, 1e-12 * Math.max(m, n), `${where} U`);
    expectOrthonormalColumns(transpose(Vt, vr, n), n, vr, 1e-12 * Math.max(m, n), `${where} Vh`);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let r = 0;
        for (let l = 0; l < k; l++) r += Ut[i * uc + l] * s[t * k + l] * Vt[l * n + j];
        const want = a[t * m * n + i * n + j];
        if (Math.abs(r - want) > tol) expect.fail(`${where}: (U S Vh)[${i},${j}] = ${r}, A = ${want}`);
      }
    }
  }
}

/** w ascending, v orthonormal, (read triangle of) A v = v diag(w). */
function checkEigh(A: NDArray, W: NDArray, V: NDArray, uplo: 'L' | 'U', where: string): void {
  const n = A.shape[A.ndim - 1];
  const count = A.size / Math.max(1, n * n);
  const a = dense(A), w = dense(W), v = dense(V);
  let scale = 0;
  for (const x of a) scale = Math.max(scale, Math.abs(x));
  const tol = 1e-12 * Math.max(1, scale) * n;
  for (let t = 0; t < count; t++) {
    const Vt = v.subarray(t * n * n, (t + 1) * n * n);
    expectOrthonormalColumns(Vt, n, n, 1e-12 * n, `${where} v`);
    const at = (i: number, j: number) => {
      const [r, c] = (uplo === 'L') === (i >= j) ? [i, j] : [j, i];
      return a[t * n * n + r * n + c];
    };
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let l = 0; l < n; l++) s += at(i, l) * Vt[l * n + j];
        if (Math.abs(s - w[t * n + j] * Vt[i * n + j]) > tol) expect.fail(`${where}: (A v - w v)[${i},${j}]`);
      }
    }
  }
}

// ------------------------------------------------------------------ golden tests

describe('linalg goldens (NumPy ' + goldens.numpy + ')', () => {
  const groups = new Map<string, Case[]>();
  for (const c of goldens.cases) {
    const g = c.group ?? 'other';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(c);
  }
  for (const [group, cases] of groups) {
    it(group, () => {
      cases.forEach((c, idx) => {
        const where = `${c.fn} #${idx} ${JSON.stringify(c.args.map((a) => ('shape' in a ? a.shape : a.scalar)))} ${JSON.stringify(c.kwargs)}`;
        if (c.error) {
          let thrown: any = null;
          try {
            call(c);
          } catch (e) {
            thrown = e;
          }
          expect(thrown, `${where} should throw`).not.toBeNull();
          expect(thrown.name, where).toBe(c.error.type);
          expect(thrown.message, where).toBe(c.error.message);
          return;
        }
        const got = call(c);
        const A = decode(c.args[0]) as NDArray;
        if (c.kind === 'svd') {
          const want = c.out as Enc[];
          expect(Array.isArray(got), where).toBe(true);
          got.forEach((g: NDArray, i: number) => {
            expect(g.dtype, where).toBe((want[i] as any).dtype);
            expect(g.shape, where).toEqual((want[i] as any).shape);
          });
          expectMatch(got[1], want[1], c.tol, `${where} S`);
          checkSvd(A, got[0], got[1], got[2], where);
          return;
        }
        if (c.kind === 'eigh') {
          const want = c.out as Enc[];
          expectMatch(got[0], want[0], c.tol, `${where} w`);
          expect(got[1].shape, where).toEqual((want[1] as any).shape);
          expect(got[1].dtype, where).toBe((want[1] as any).dtype);
          checkEigh(A, got[0], got[1], c.kwargs.UPLO ?? 'L', where);
          return;
        }
        if (Array.isArray(c.out)) {
          expect(Array.isArray(got), where).toBe(true);
          expect(got.length, where).toBe(c.out.length);
          c.out.forEach((w, i) => expectMatch(got[i], w, c.tol, `${where} [${i}]`));
        } else {
          expectMatch(got, c.out!, c.tol, where);
        }
      });
    });
  }
});

// ------------------------------------------------------------------ the conformance cases

describe('conformance la.* (through linalg directly)', () => {
  const f64 = (x: number[][] | number[]) => {
    const flat = (x as any[]).flat();
    const shape = Array.isArray(x[0]) ? [x.length, (x[0] as number[]).length] : [x.length];
    return new NDArray(Float64Array.from(flat), 'float64', shape);
  };
  const i64 = (x: number[]) => new NDArray(Float64Array.from(x), 'int64', [x.length]);
  const A = f64([[4, 7], [2, 6]]);
  it('products', () => {
    expect(dot(i64([1, 2, 3]), i64([4, 5, 6]))).toBe(32);
    expect(matmul(i64([1, 2, 3]), i64([4, 5, 6]))).toBe(32);
    expect(inner(i64([1, 2, 3]), i64([0, 1, 0]))).toBe(2);
    const AA = matmul(A, A) as NDArray;
    expect(AA.tolist()).toEqual([[30, 70], [20, 50]]);
    expect((matmul(A, f64([1, -1])) as NDArray).tolist()).toEqual([-3, -4]);
    expect((matmul(f64([1, -1]), A) as NDArray).tolist()).toEqual([2, 1]);
    const sq = new NDArray(Float64Array.from({ length: 9 }, (_, i) => i), 'int64', [3, 3]);
    expect(trace(sq)).toBe(12);
    const o = outer(i64([1, 2, 3]), i64([1, 10]));
    expect(o.dtype).toBe('int64');
    expect(o.tolist()).toEqual([[1, 10], [2, 20], [3, 30]]);
  });
  it('decompositions', () => {
    expect(linalg.norm(f64([3, 4]))).toBe(5);
    expect(linalg.norm(f64([3, -4]), { ord: Infinity })).toBe(4);
    expect(linalg.norm(f64([[1, 2], [3, 4]]))).toBeCloseTo(5.477225575051661, 14);
    const Ai = linalg.inv(A);
    [0.6000000000000001, -0.7000000000000001, -0.2, 0.4].forEach((v, i) => expect(Ai.flatGet(i)).toBeCloseTo(v, 14));
    // NumPy: -2.0000000000000004 (sign * exp(logdet) with glibc's log); V8's Math.log(3) is 1 ulp lower
    expect(linalg.det(new NDArray(Float64Array.from([1, 2, 3, 4]), 'int64', [2, 2]))).toBeCloseTo(-2.0000000000000004, 15);
    const x = linalg.solve(A, f64([1, 2]));
    expect(x.flatGet(0)).toBeCloseTo(-0.8, 14);
    expect(x.flatGet(1)).toBeCloseTo(0.6, 14);
    const S = linalg.svd(A)[1] as NDArray;
    expect(S.flatGet(0)).toBeCloseTo(10.19994217239592, 13);
    expect(S.flatGet(1)).toBeCloseTo(0.9803977151030305, 13);
    const w = linalg.eigh(f64([[2, 1], [1, 2]]))[0];
    expect(w.flatGet(0)).toBeCloseTo(1, 14);
    expect(w.flatGet(1)).toBeCloseTo(3, 14);
    const X = f64([[1, 0], [1, 1], [1, 2]]);
    const sol = linalg.lstsq(X, f64([1, 2, 2]))[0];
    expect(sol.flatGet(0)).toBeCloseTo(1.1666666666666659, 13);
    expect(sol.flatGet(1)).toBeCloseTo(0.5000000000000001, 13);
  });
  it('errors', () => {
    const ones = (r: number, c: number) => new NDArray(new Float64Array(r * c).fill(1), 'float64', [r, c]);
    expect(() => matmul(ones(2, 3), ones(2, 3))).toThrow(
      'matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)',
    );
    expect(() => dot(ones(2, 3), ones(2, 3))).toThrow('shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)');
    try {
      linalg.inv(ones(2, 2));
      expect.fail('no error');
    } catch (e: any) {
      expect(e.name).toBe('LinAlgError');
      expect(e).toBeInstanceOf(linalg.LinAlgError);
      expect(e.message).toBe('Singular matrix');
    }
  });
  it('accepts nested JS arrays (array_like)', () => {
    expect(linalg.det([[1, 2], [3, 4]])).toBeCloseTo(-2, 14);
    expect((matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) as NDArray).tolist()).toEqual([[19, 22], [43, 50]]);
    expect(linalg.matrix_rank([[1, 2], [2, 4]])).toBe(1);
  });
});

// ------------------------------------------------------------------ call forms

describe('call forms (positional as NumPy, or an options object)', () => {
  const M = new NDArray(Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]), 'float64', [3, 3]);
  const shapes = (r: NDArray[]) => r.map((x) => x.shape);
  it('svd, qr, eigh, norm, trace, lstsq, matrix_rank, pinv', () => {
    expect(shapes(linalg.svd(M, false))).toEqual(shapes(linalg.svd(M, { full_matrices: false })));
    expect((linalg.svd(M, true, false) as NDArray).shape).toEqual([3]);
    expect(shapes(linalg.qr(M, 'complete'))).toEqual(shapes(linalg.qr(M, { mode: 'complete' })));
    expect((linalg.qr(M, 'r') as NDArray).shape).toEqual([3, 3]);
    expect(linalg.eigh(M, 'U')[0].tolist()).toEqual(linalg.eigh(M, { UPLO: 'U' })[0].tolist());
    expect(() => linalg.eigh(M, 'X' as any)).toThrow("UPLO argument must be 'L' or 'U'");
    expect(linalg.norm(M, 'fro')).toBe(linalg.norm(M, { ord: 'fro' }));
    expect(linalg.norm(M, 1, 0).tolist()).toEqual(linalg.norm(M, { ord: 1, axis: 0 }).tolist());
    expect(linalg.norm(M, null, [0, 1], true).shape).toEqual([1, 1]);
    expect(linalg.norm(new NDArray(new Float64Array(0), 'float64', [0, 3, 3]), 2, [1, 2]).shape).toEqual([0]);
    expect(trace(M, 1)).toBe(trace(M, { offset: 1 }));
    expect(trace(new NDArray(new Float64Array(8).fill(1), 'float64', [2, 2, 2]), 0, 1, 2).tolist()).toEqual([2, 2]);
    const y = new NDArray(Float64Array.from([1, 2, 3]), 'float64', [3]);
    expect(linalg.lstsq(M, y, null)[0].tolist()).toEqual(linalg.lstsq(M, y, { rcond: null })[0].tolist());
    expect(linalg.matrix_rank(M, 1e-10)).toBe(linalg.matrix_rank(M, { tol: 1e-10 }));
    expect(linalg.pinv(M, 1e-10).tolist()).toEqual(linalg.pinv(M, { rcond: 1e-10 }).tolist());
    expect(linalg.svdvals(M).shape).toEqual([3]);
    expect(linalg.matrix_transpose(new NDArray(new Float64Array(24), 'float64', [2, 3, 4])).shape).toEqual([2, 4, 3]);
    expect(linalg.vector_norm(M, { axis: [0, 1] })).toBeCloseTo(linalg.norm(M) as number, 14);
    expect(linalg.matrix_norm(M)).toBe(linalg.norm(M));
    expect(linalg.multi_dot([M, M, y]).shape).toEqual([3]);
    expect(linalg.outer(y, y).shape).toEqual([3, 3]);
    expect(() => linalg.outer(M, y)).toThrow('Input arrays must be one-dimensional');
  });
  it('float32 in, float32 out; integers keep their dtype in products', () => {
    const f = new NDArray(Float32Array.from([2, 1, 1, 3]), 'float32', [2, 2]);
    expect(linalg.inv(f).dtype).toBe('float32');
    expect(linalg.eigh(f)[0].dtype).toBe('float32');
    expect((matmul(f, f) as NDArray).dtype).toBe('float32');
    expect(Object.is(linalg.det(f), Math.fround(linalg.det(f)))).toBe(true);
    const i = new NDArray(Float64Array.from([1, 2, 3, 4]), 'int64', [2, 2]);
    expect((matmul(i, i) as NDArray).dtype).toBe('int64');
    expect(linalg.matrix_power(i, 3).tolist()).toEqual([[37, 54], [81, 118]]);
    expect(linalg.inv(i).dtype).toBe('float64');
  });
  it('small float64 products round as NumPy (OpenBLAS, fused multiply-add) does', () => {
    const B = new NDArray(Float64Array.from([2, -1, 0, -1, 2, -1, 0, -1, 2]), 'float64', [3, 3]);
    const [Q, R] = linalg.qr(B) as NDArray[];
    expect((matmul(Q, R) as NDArray).flatGet(2)).toBe(-6.981720505789064e-17);
  });
});

// ------------------------------------------------------------------ gemm kernel

function naive(m: number, n: number, k: number, A: ArrayLike<number>, aOff: number, aRs: number, aCs: number,
  B: ArrayLike<number>, bOff: number, bRs: number, bCs: number): Float64Array {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[aOff + i * aRs + p * aCs] * B[bOff + p * bRs + j * bCs];
      C[i * n + j] = s;
    }
  }
  return C;
}

describe('gemm', () => {
  const rnd = (len: number, seed: number) => {
    let x = seed;
    return Float64Array.from({ length: len }, () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5);
  };
  it('matches a naive product on blocked and edge shapes, contiguous and transposed', () => {
    for (const [m, n, k] of [[1, 1, 1], [2, 3, 4], [5, 7, 3], [17, 13, 11], [33, 35, 37], [130, 5, 300], [97, 100, 260], [4, 800, 10], [3, 1, 70], [1, 9, 70]]) {
      const A = rnd(m * k, m + 7 * k), B = rnd(k * n, n + 3 * k);
      const want = naive(m, n, k, A, 0, k, 1, B, 0, n, 1);
      const C = new Float64Array(m * n).fill(NaN);
      gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, C);
      for (let i = 0; i < m * n; i++) if (Math.abs(C[i] - want[i]) > 1e-12 * k) expect.fail(`${m}x${n}x${k} [${i}]`);
      // A^T and B^T read through strides
      const At = new Float64Array(k * m), Bt = new Float64Array(n * k);
      for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) At[p * m + i] = A[i * k + p];
      for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) Bt[j * k + p] = B[p * n + j];
      const C2 = new Float64Array(m * n);
      gemm(m, n, k, At, 0, 1, m, Bt, 0, 1, k, C2);
      for (let i = 0; i < m * n; i++) if (Math.abs(C2[i] - want[i]) > 1e-12 * k) expect.fail(`T ${m}x${n}x${k} [${i}]`);
    }
  });
  it('handles offsets, negative strides, output row stride and other element types', () => {
    const m = 9, n = 10, k = 11;
    const A = rnd(m * k + 5, 1), B = rnd(k * n + 3, 2);
    // A read with rows reversed
    const want = naive(m, n, k, A, 5 + (m - 1) * k, -k, 1, B, 3, n, 1);
    const C = new Float64Array(m * (n + 2));
    gemm(m, n, k, A, 5 + (m - 1) * k, -k, 1, B, 3, n, 1, C, 0, n + 2);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) expect(C[i * (n + 2) + j]).toBeCloseTo(want[i * n + j], 12);
    const Ai = Int32Array.from({ length: 64 * 64 }, (_, i) => (i * 7) % 13 - 6);
    const Bf = Float32Array.from({ length: 64 * 64 }, (_, i) => ((i * 5) % 11) / 4);
    const want2 = naive(64, 64, 64, Ai, 0, 64, 1, Bf, 0, 64, 1);
    const C2 = new Float64Array(64 * 64);
    gemm(64, 64, 64, Ai, 0, 64, 1, Bf, 0, 64, 1, C2);
    expect(Array.from(C2)).toEqual(Array.from(want2));
  });
  it('propagates NaN and Infinity like a plain product', () => {
    const C = new Float64Array(4);
    gemm(2, 2, 2, [NaN, 0, 1, 2], 0, 2, 1, [0, 1, 1, 0], 0, 2, 1, C);
    expect(Number.isNaN(C[0]) && Number.isNaN(C[1])).toBe(true);
    expect([C[2], C[3]]).toEqual([2, 1]);
  });
});

// ------------------------------------------------------------------ kernels' edge cases

describe('kernels', () => {
  it('LU reports exact singularity and keeps factoring', () => {
    const f = luFactor([1, 2, 2, 4], 2);
    expect(f.singular).toBe(true);
    expect(luFactor([0, 1, 1, 0], 2).sign).toBe(-1);
  });
  it('QR signs follow LAPACK (R diagonal -sign(a_kk) * norm)', () => {
    const f = householderQR(new Float64Array([3, 4]), 2, 1);
    expect(f.qr[0]).toBeCloseTo(-5, 15);
    expect(Array.from(formQ(f, 1))).toEqual([-0.6000000000000001, -0.8]);
  });
  it('SVD of rank-deficient and zero matrices gives orthonormal U and V', () => {
    for (const [a, m, n] of [[[0, 0, 0, 0, 0, 0], 3, 2], [[1, 2, 2, 4, 3, 6], 3, 2], [[1, 1, 1, 1], 2, 2], [[0, 0, 0], 1, 3]] as [number[], number, number][]) {
      const r = svdKernel(a, m, n, true, true);
      const A = new NDArray(Float64Array.from(a), 'float64', [m, n]);
      checkSvd(A, new NDArray(r.u!, 'float64', [m, r.uCols]), new NDArray(r.s, 'float64', [r.s.length]), new NDArray(r.vt!, 'float64', [r.vtRows, n]), `svd ${m}x${n}`);
    }
  });
  it('SVD keeps small singular values accurate (graded matrix)', () => {
    const d = [1, 1e-5, 1e-10, 1e-15];
    const s = svdKernel(d.flatMap((x, i) => d.map((_, j) => (i === j ? x : 0))), 4, 4, false).s;
    d.forEach((x, i) => expect(Math.abs(s[i] - x) / x).toBeLessThan(1e-14));
  });
  it('eigh handles repeated eigenvalues', () => {
    const r = eighKernel([2, 0, 0, 0, 2, 0, 0, 0, 2], 3);
    expect(Array.from(r.w)).toEqual([2, 2, 2]);
    const A = new NDArray(Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1]), 'float64', [3, 3]);
    const [w, v] = linalg.eigh(A);
    checkEigh(A, w, v, 'L', 'ones');
    expect(w.flatGet(2)).toBeCloseTo(3, 14);
  });
});

// ------------------------------------------------------------------ properties

describe('properties', () => {
  const matrix = (mMax: number, nMax: number) =>
    fc.tuple(fc.integer({ min: 1, max: mMax }), fc.integer({ min: 1, max: nMax })).chain(([m, n]) =>
      fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: m * n, maxLength: m * n })
        .map((d) => new NDArray(Float64Array.from(d), 'float64', [m, n])));

  it('inv(A) @ A = I for well-conditioned A', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }).chain((n) =>
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((d) => {
          const a = Float64Array.from(d);
          for (let i = 0; i < n; i++) a[i * n + i] = n + 1; // strictly diagonally dominant: never singular
          return new NDArray(a, 'float64', [n, n]);
        })), (A) => {
        const n = A.shape[0];
        const P = matmul(linalg.inv(A), A) as NDArray;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
          if (Math.abs(P.flatGet(i * n + j) - (i === j ? 1 : 0)) > 1e-12) return false;
        }
        const x = linalg.solve(A, new NDArray(new Float64Array(n).fill(1), 'float64', [n]));
        const r = matmul(A, x) as NDArray;
        for (let i = 0; i < n; i++) if (Math.abs(r.flatGet(i) - 1) > 1e-12) return false;
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('Q @ R = A with orthonormal Q and upper-triangular R', () => {
    fc.assert(
      fc.property(matrix(7, 7), (A) => {
        const [m, n] = A.shape;
        for (const mode of ['reduced', 'complete'] as const) {
          const [Q, R] = linalg.qr(A, mode) as NDArray[];
          const QR = matmul(Q, R) as NDArray;
          for (let i = 0; i < m * n; i++) if (Math.abs(QR.flatGet(i) - A.flatGet(i)) > 1e-13) return false;
          expectOrthonormalColumns(dense(Q), m, Q.shape[1], 1e-13, 'Q');
          for (let i = 0; i < R.shape[0]; i++) for (let j = 0; j < Math.min(i, n); j++) if (R.flatGet(i * n + j) !== 0) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('U diag(S) Vh = A, S descending and non-negative', () => {
    fc.assert(
      fc.property(matrix(8, 8), fc.boolean(), (A, full) => {
        const [U, S, Vh] = linalg.svd(A, { full_matrices: full }) as NDArray[];
        checkSvd(A, U, S, Vh, 'svd');
        const s = dense(S);
        for (let i = 0; i < s.length; i++) if (s[i] < 0 || (i > 0 && s[i] > s[i - 1])) return false;
        const s2 = dense(linalg.svd(A, { compute_uv: false }) as NDArray);
        for (let i = 0; i < s.length; i++) if (Math.abs(s2[i] - s[i]) > 1e-13) return false;
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('Golub-Kahan-Reinsch keeps U orthonormal for subnormal columns (found by the property below)', () => {
    const A = new NDArray(Float64Array.from([5e-324, 5.820766091346741e-11, 8e-323, 0]), 'float64', [2, 2]);
    const g = svdKernel(dense(A), 2, 2, true, false, 'gkr');
    checkSvd(A, new NDArray(g.u!, 'float64', [2, g.uCols]), new NDArray(g.s, 'float64', [g.s.length]), new NDArray(g.vt!, 'float64', [g.vtRows, 2]), 'gkr');
  });

  it('both SVD algorithms (Jacobi, Golub-Kahan-Reinsch) agree and reconstruct', () => {
    fc.assert(
      fc.property(matrix(9, 9), fc.boolean(), (A, full) => {
        const [m, n] = A.shape;
        const a = dense(A);
        const g = svdKernel(a, m, n, true, full, 'gkr');
        const j = svdKernel(a, m, n, true, full, 'jacobi');
        checkSvd(A, new NDArray(g.u!, 'float64', [m, g.uCols]), new NDArray(g.s, 'float64', [g.s.length]), new NDArray(g.vt!, 'float64', [g.vtRows, n]), 'gkr');
        for (let i = 0; i < g.s.length; i++) if (Math.abs(g.s[i] - j.s[i]) > 1e-13) return false;
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('eigh of a symmetric matrix: V diag(w) V^T = A', () => {
    fc.assert(
      fc.property(matrix(8, 8), (M) => {
        const n = Math.min(M.shape[0], M.shape[1]);
        const a = new Float64Array(n * n);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = M.flatGet(i * M.shape[1] + j) + M.flatGet(j * M.shape[1] + i);
        const A = new NDArray(a, 'float64', [n, n]);
        const [w, v] = linalg.eigh(A);
        checkEigh(A, w, v, 'L', 'eigh');
        const wd = dense(w);
        for (let i = 1; i < n; i++) if (wd[i] < wd[i - 1]) return false;
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
