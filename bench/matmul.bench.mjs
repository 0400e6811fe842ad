// Times runtime/linalg/gemm.ts at a few sizes. Run from the project root:
//   GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node bench/matmul.bench.mjs [sizes...]
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(import.meta.url);
const esbuild = require('esbuild-wasm');
const out = '/tmp/numbook-gemm-bench.mjs';
await esbuild.build({ entryPoints: ['runtime/linalg/gemm.ts'], bundle: true, format: 'esm', outfile: out, logLevel: 'error' });
const { gemm } = await import(pathToFileURL(out).href + '?' + Date.now());
const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [64, 128, 256, 512, 1024]) {
  const A = new Float64Array(n * n).map(() => Math.random());
  const B = new Float64Array(n * n).map(() => Math.random());
  const C = new Float64Array(n * n);
  const flops = 2 * n * n * n;
  const reps = Math.max(3, Math.ceil(2e9 / flops));
  for (let r = 0; r < 3; r++) gemm(n, n, n, A, 0, n, 1, B, 0, n, 1, C);
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    gemm(n, n, n, A, 0, n, 1, B, 0, n, 1, C);
    best = Math.min(best, performance.now() - t);
  }
  // check one entry
  let s = 0; for (let p = 0; p < n; p++) s += A[p] * B[p * n + 1];
  if (Math.abs(s - C[1]) > 1e-9 * n) throw new Error('wrong result');
  console.log(`n=${n}: ${best.toFixed(2)} ms, ${(flops / best / 1e6).toFixed(2)} GFLOP/s`);
}
