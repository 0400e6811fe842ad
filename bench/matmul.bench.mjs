// Times the GEMM kernels (C = A B, row-major): runtime/linalg/gemm.ts's JS kernel and the
// wasm SIMD one (float64, and float32), at a few sizes, to place the crossover. From the
// project root:
//   GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node bench/matmul.bench.mjs [sizes...]
// Reports the best of several runs by wall clock.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { buildWasmKernels } from '../wasm/build.mjs';

await buildWasmKernels();
const require = createRequire(import.meta.url);
const esbuild = require('esbuild-wasm');
const out = '/tmp/numbook-gemm-bench.mjs';
await esbuild.build({ entryPoints: ['runtime/linalg/gemm.ts'], bundle: true, format: 'esm', outfile: out, logLevel: 'error' });
const { gemm, gemmJs } = await import(pathToFileURL(out).href + '?' + Date.now());

function time(f, flops) {
  const reps = Math.max(5, Math.ceil(1e9 / flops));
  for (let r = 0; r < 2; r++) f();
  let wall = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t0);
  }
  return wall;
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [16, 24, 32, 48, 64, 128, 256, 512, 1000]) {
  const A = new Float64Array(n * n).map(() => Math.random());
  const B = new Float64Array(n * n).map(() => Math.random());
  const A32 = Float32Array.from(A), B32 = Float32Array.from(B);
  const C = new Float64Array(n * n), C32 = new Float32Array(n * n);
  const flops = 2 * n * n * n;
  const js = time(() => gemmJs(n, n, n, A, 0, n, 1, B, 0, n, 1, C), flops);
  const wasm = time(() => gemm(n, n, n, A, 0, n, 1, B, 0, n, 1, C), flops);
  const f32 = time(() => gemm(n, n, n, A32, 0, n, 1, B32, 0, n, 1, C32), flops);
  const g = (t) => `${t.toFixed(3)} ms ${(flops / t / 1e6).toFixed(1)} GF/s`;
  console.log(`n=${n}: js ${g(js)} | wasm f64 ${g(wasm)} | wasm f32 ${g(f32)}`);
}
