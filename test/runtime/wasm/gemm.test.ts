/**
 * The wasm SIMD GEMM (wasm/gemm.ts via runtime/wasm/gemm.ts) against the JS kernel it
 * replaces: float64 products agree bit for bit (same blocking depth and summation order)
 * on shapes that cross every blocking edge, strided, transposed, reversed and gathered
 * operands, and non-finite values; float32 products (accumulated in float32) stay within
 * float32's error bound k·eps·(|A||B|) of the float64 product; np.matmul and np.dot take
 * the wasm path for large float operands and the JS one when it is turned off.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { gemm, gemmJs } from '../../../runtime/linalg/gemm';
import { wasmGemm } from '../../../runtime/wasm/gemm';
import { kernels, setWasmMode, wasmVariant } from '../../../runtime/wasm/module';
import { WASM_RELAXED_BASE64 } from '../../../runtime/wasm/kernels.generated';
import { matmul, dot } from '../../../runtime/linalg/products';
import { NDArray } from '../../../runtime/ndarray';
import { uniform as rnd } from '../uniform';
import { setInterruptCheck } from '../../../runtime/interrupt';

/**
 * Both kernels on the same operands; returns [wasm, js] (C with row stride ldc, pre-filled
 * with NaN). Shapes must exceed the JS kernel's small-product bound (m n k > 8192), below
 * which it sums with fused multiply-adds, as OpenBLAS does for small matrices.
 */
function both(
  m: number, n: number, k: number, A: ArrayLike<number>, aOff: number, aRs: number, aCs: number,
  B: ArrayLike<number>, bOff: number, bRs: number, bCs: number, ldc = n,
): [Float64Array, Float64Array] {
  const W = new Float64Array(m * ldc).fill(NaN), J = new Float64Array(m * ldc).fill(NaN);
  expect(wasmGemm(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, W, 0, ldc)).toBe(true);
  gemmJs(m, n, k, A, aOff, aRs, aCs, B, bOff, bRs, bCs, J, 0, ldc);
  return [W, J];
}

// The plain SIMD build: it sums as the JS kernel does (the relaxed one may fuse).
beforeEach(() => setWasmMode('simd'));
afterEach(() => setWasmMode('auto'));

describe('wasm gemm float64 = JS gemm, bit for bit', () => {
  it('loads in Node', () => {
    expect(kernels()).not.toBeNull();
  });

  it('on shapes across the register tile, KC, MC and NC edges', () => {
    // MR 4, NR 4, KC 256, MC 128, NC 2048
    for (const [m, n, k] of [[2, 2, 2100], [4, 4, 600], [5, 7, 257], [33, 35, 37], [129, 130, 513], [131, 3, 40], [3, 2050, 5], [64, 64, 64]]) {
      const A = rnd(m * k, m + 7 * k), B = rnd(k * n, n + 3 * k);
      const [W, J] = both(m, n, k, A, 0, k, 1, B, 0, n, 1);
      expect(W, `${m}x${n}x${k}`).toEqual(J);
    }
  });

  it('through transposed, reversed, offset and gathered operands, and an output row stride', () => {
    const m = 37, n = 41, k = 300;
    const A = rnd(m * k + 9, 1), B = rnd(k * n + 4, 2);
    // A^T read through strides, B with rows reversed and an offset, C with ldc > n
    let [W, J] = both(m, n, k, A, 0, 1, m, B, 4 + (k - 1) * n, -n, 1, n + 3);
    expect(W).toEqual(J);
    // every third element of a long buffer: gathered, not copied as a span
    const Ab = rnd(3 * m * k, 3), Bb = rnd(5 * k * n, 4);
    [W, J] = both(m, n, k, Ab, 2, 3 * k, 3, Bb, 0, 5 * n, 5);
    expect(W).toEqual(J);
    // integer and float32 element types, and a plain array
    const Ai = Int32Array.from({ length: m * k }, (_, i) => (i * 7) % 13 - 6);
    const Bf = Float32Array.from({ length: k * n }, (_, i) => ((i * 5) % 11) / 4);
    [W, J] = both(m, n, k, Ai, 0, k, 1, Bf, 0, n, 1);
    expect(W).toEqual(J);
    [W, J] = both(m, n, k, Array.from(Ai), 0, k, 1, Array.from(Bf), 0, n, 1);
    expect(W).toEqual(J);
  });

  it('with NaN, infinities and signed zeros where a plain product has them', () => {
    const m = 9, n = 11, k = 100; // above the JS kernel's small-product bound (its fused path)
    const A = rnd(m * k, 5), B = rnd(k * n, 6);
    A[3 * k + 4] = NaN; A[(m - 1) * k] = Infinity; B[2 * n + (n - 1)] = -Infinity; B[5] = -0;
    const [W, J] = both(m, n, k, A, 0, k, 1, B, 0, n, 1);
    expect(W).toEqual(J);
    expect(W.some(Number.isNaN)).toBe(true);
  });

  it('gemm dispatches to wasm above the small-product bound and gives the same as with wasm off', () => {
    const m = 70, n = 50, k = 90;
    const A = rnd(m * k, 8), B = rnd(k * n, 9);
    const on = new Float64Array(m * n), off = new Float64Array(m * n);
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, on);
    setWasmMode('off');
    expect(kernels()).toBeNull();
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, off);
    expect(on).toEqual(off);
  });
});

describe('the relaxed-SIMD build', () => {
  it('is taken where the engine validates it, and stays within k·eps·(|A||B|) of the JS product', () => {
    setWasmMode('auto');
    const relaxed = WebAssembly.validate(Uint8Array.from(atob(WASM_RELAXED_BASE64), (c) => c.charCodeAt(0)));
    expect(wasmVariant()).toBe(relaxed ? 'relaxed-simd' : 'simd');
    const m = 50, n = 60, k = 700;
    const A = rnd(m * k, 21), B = rnd(k * n, 22);
    const W = new Float64Array(m * n), J = new Float64Array(m * n), abs = new Float64Array(m * n);
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, W);
    gemmJs(m, n, k, A, 0, k, 1, B, 0, n, 1, J);
    gemmJs(m, n, k, A.map(Math.abs), 0, k, 1, B.map(Math.abs), 0, n, 1, abs);
    for (let i = 0; i < m * n; i++) expect(Math.abs(W[i] - J[i])).toBeLessThanOrEqual(k * 2.220446049250313e-16 * abs[i]);
  });
});

describe('wasm gemm float32', () => {
  it('accumulates in float32: 1 + 1e8 - 1e8 is 0 there, 1 on the JS path (float64, rounded once)', () => {
    const m = 32, n = 32, k = 16;
    const A = new Float32Array(m * k);
    for (let i = 0; i < m; i++) A.set([1, 1e8, -1e8], i * k);
    const B = new Float32Array(k * n).fill(1);
    const C = new Float32Array(m * n);
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, C);
    expect(C.every((v) => v === 0)).toBe(true);
    setWasmMode('off');
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, C);
    expect(C.every((v) => v === 1)).toBe(true);
  });

  it('stays within k·eps32·(|A||B|) of the float64 product', () => {
    for (const [m, n, k] of [[5, 9, 600], [130, 67, 129], [31, 2049, 3]]) {
      const A = Float32Array.from(rnd(m * k, m), (x) => x * 100), B = Float32Array.from(rnd(k * n, n), (x) => x / 7);
      const C = new Float32Array(m * n);
      gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, C);
      const ref = new Float64Array(m * n), abs = new Float64Array(m * n);
      gemmJs(m, n, k, A, 0, k, 1, B, 0, n, 1, ref);
      gemmJs(m, n, k, A.map(Math.abs), 0, k, 1, B.map(Math.abs), 0, n, 1, abs);
      const eps = 2 ** -23;
      let exact = 0;
      for (let i = 0; i < m * n; i++) {
        if (!(Math.abs(C[i] - ref[i]) <= k * eps * abs[i])) expect.fail(`${m}x${n}x${k} [${i}]: ${C[i]} vs ${ref[i]}`);
        if (C[i] === Math.fround(ref[i])) exact++;
      }
      // accumulated in float32, not rounded from float64: some entries differ in the last bits
      if (k > 100) expect(exact).toBeLessThan(m * n);
    }
  });
});

describe('np products on the wasm path', () => {
  const arr = (data: Float64Array | Float32Array, shape: number[]) =>
    new NDArray(data, data instanceof Float32Array ? 'float32' : 'float64', shape);

  it('matmul and dot of float64 and float32 arrays (batched, transposed) equal the JS path', () => {
    const a = arr(rnd(2 * 40 * 60, 1), [2, 40, 60]), b = arr(rnd(60 * 30, 2), [60, 30]);
    const a32 = arr(Float32Array.from(a.data as Float64Array), [2, 40, 60]), b32 = arr(Float32Array.from(b.data as Float64Array), [60, 30]);
    const bt = new NDArray(b.data, 'float64', [30, 60], [1, 30], 0, b); // b.T, a view
    const results = () => [matmul(a, b), dot(a, b), matmul(bt, b), matmul(a32, b32)] as NDArray[];
    const wasm = results();
    setWasmMode('off');
    const js = results();
    for (let i = 0; i < 3; i++) {
      expect(wasm[i].dtype).toBe('float64');
      expect(wasm[i].data).toEqual(js[i].data);
    }
    expect(wasm[3].dtype).toBe('float32');
    expect(js[3].dtype).toBe('float32');
    const w = wasm[3].data as Float32Array, j = js[3].data as Float32Array;
    for (let i = 0; i < w.length; i++) expect(Math.abs(w[i] - j[i])).toBeLessThanOrEqual(60 * 2 ** -23 * 60);
  });
});

describe('a large product in chunks', () => {
  afterEach(() => setInterruptCheck(null));

  it('checks for an interrupt between chunks, and chunking keeps the result bit for bit', () => {
    // 2 m n k > 2^29 flops: one call per KC-deep panel (three here)
    const m = 700, n = 700, k = 700;
    const A = rnd(m * k, 31), B = rnd(k * n, 32);
    let calls = 0;
    setInterruptCheck(() => void calls++);
    const W = new Float64Array(m * n), J = new Float64Array(m * n);
    setWasmMode('simd'); // a new instance: its scratch memory grows for this product
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, W);
    // while faulting in the grown memory (once per 16 MB: the product needs about 12 MB),
    // after staging, and after each call
    expect(calls).toBe(1 + 1 + 3);
    calls = 0;
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, W);
    expect(calls).toBe(1 + 3); // the memory is there already
    gemmJs(m, n, k, A, 0, k, 1, B, 0, n, 1, J);
    expect(W).toEqual(J);
    // the check's throw ends the product; the next one runs whole
    class Stop extends Error {}
    setInterruptCheck(() => { throw new Stop(); });
    expect(() => gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, W)).toThrow(Stop);
    setInterruptCheck(null);
    const again = new Float64Array(m * n);
    gemm(m, n, k, A, 0, k, 1, B, 0, n, 1, again);
    expect(again).toEqual(J);
  });
});
