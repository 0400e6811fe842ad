// Times runtime/linalg/gemm.ts (C = A B, float64, row-major) at a few sizes. From the project root:
//   GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node bench/matmul.bench.mjs [sizes...]
// Reports the best of several runs by wall clock and by process CPU time (the latter is
// steadier when other processes share the machine).
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
  const reps = Math.max(5, Math.ceil(3e9 / flops));
  for (let r = 0; r < 3; r++) gemm(n, n, n, A, 0, n, 1, B, 0, n, 1, C);
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    gemm(n, n, n, A, 0, n, 1, B, 0, n, 1, C);
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  let s = 0;
  for (let p = 0; p < n; p++) s += A[p] * B[p * n + 1];
  if (Math.abs(s - C[1]) > 1e-9 * n) throw new Error('wrong result');
  console.log(`n=${n}: ${wall.toFixed(2)} ms, ${(flops / wall / 1e6).toFixed(2)} GFLOP/s (wall); ${(flops / cpu / 1e6).toFixed(2)} GFLOP/s (cpu time)`);
}
