/**
 * The wasm SIMD kernels in the kernel's Worker in Chromium (the dev server's CSP and
 * cross-origin isolation): a float32 product that only float32 accumulation (the wasm
 * kernel, as NumPy's sgemm) turns to 0, where the JS fallback (float64 accumulation) gives
 * 1; and a blocked Cholesky and solve that run there.
 */
import { it, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp, openApp } from './harness';

const app = useApp();
let page: Page;

beforeAll(async () => {
  ({ page } = await openApp(app));
}, 120_000);

/** Runs a cell; its printed text, or its error's traceback. */
async function printed(code: string): Promise<string> {
  return page.evaluate(async (code) => {
    const r = await (window as any).numbook.client.execute(code);
    return r.outputs.map((o: any) => (o.type === 'stream' ? o.text : o.type === 'error' ? o.traceback.join('\n') : '')).join('');
  }, code);
}

it('matmul, cholesky and solve run on the wasm kernels in the kernel Worker', async () => {
  // Each row of A is [1, 1e8, -1e8, 0, ...]: 1 + 1e8 rounds to 1e8 in float32, so the
  // float32-accumulated product is 0 where a float64-accumulated one is 1.
  const probe = [
    "const A = np.zeros([32, 16], {dtype: 'float32'});",
    "A.set(':, 0', 1); A.set(':, 1', 1e8); A.set(':, 2', -1e8);",
    "const C = np.matmul(A, np.ones([16, 32], {dtype: 'float32'}));",
    'print(C.dtype, C[0, 0], C[31, 31]);',
  ].join('\n');
  expect(await printed(probe)).toBe('float32 0 0\n');
  const lin = [
    'const M = np.random.default_rng(0).random([100, 100]);',
    'const S = np.add(np.matmul(M, M.T), np.multiply(np.eye(100), 100));',
    'const L = np.linalg.cholesky(S);',
    'const x = np.linalg.solve(S, np.ones(100));',
    'print(np.allclose(np.matmul(L, L.T), S), np.allclose(np.matmul(S, x), np.ones(100)));',
  ].join('\n');
  expect(await printed(lin)).toBe('true true\n');
}, 120_000);
