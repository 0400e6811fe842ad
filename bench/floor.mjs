#!/usr/bin/env node
// `node bench/floor.mjs [substring-or-group]`: a plain-JS lower bound for each target case
// of bench/cases.json, timed against NumPy in the same run. Each case here is the fastest
// hand-written JS loop found for that operation (typed arrays, unrolled, output allocated
// fresh as np must), with none of np's dispatch; ratio = floor / NumPy. When np's ratio in
// `npm run bench` is close to the floor's, what remains is V8's loop code, not the runtime.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withHugePages } from './hugepages.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
withHugePages();

const unroll = (k, body) => {
  let block = '';
  for (let j = 0; j < k; j++) block += `${body(j ? `i + ${j}` : 'i')} `;
  return `let i = 0; for (; i + ${k - 1} < n; i += ${k}) { ${block}} for (; i < n; i++) { ${body('i')} }`;
};
const vv = new Function('n', 'o', 'a', 'b', unroll(16, (i) => `o[${i}] = a[${i}] + b[${i}];`));
const vvSub = new Function('n', 'o', 'a', 'b', unroll(16, (i) => `o[${i}] = a[${i}] - b[${i}];`));
const vs = new Function('n', 'o', 'a', 'y', unroll(16, (i) => `o[${i}] = a[${i}] * y;`));
const vsAdd = new Function('n', 'o', 'a', 'y', unroll(16, (i) => `o[${i}] = a[${i}] + y;`));
const sq = new Function('n', 'o', 'a', unroll(16, (i) => `{ const x = a[${i}]; o[${i}] = x * x; }`));

/** Eight accumulators, no pairwise tree: the cheapest JS sum of a strided run. */
function sum8(d, off, n, st) {
  let r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0;
  let i = 0;
  if (st === 1) {
    for (; i + 7 < n; i += 8) {
      const p = off + i;
      r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3]; r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
    }
  } else {
    for (; i + 7 < n; i += 8) {
      const p = off + i * st;
      r0 += d[p]; r1 += d[p + st]; r2 += d[p + 2 * st]; r3 += d[p + 3 * st];
      r4 += d[p + 4 * st]; r5 += d[p + 5 * st]; r6 += d[p + 6 * st]; r7 += d[p + 7 * st];
    }
  }
  let r = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
  for (; i < n; i++) r += d[off + i * st];
  return r;
}
function sqdev8(d, n, c) {
  let r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0;
  let i = 0;
  for (; i + 7 < n; i += 8) {
    const v0 = d[i] - c, v1 = d[i + 1] - c, v2 = d[i + 2] - c, v3 = d[i + 3] - c;
    const v4 = d[i + 4] - c, v5 = d[i + 5] - c, v6 = d[i + 6] - c, v7 = d[i + 7] - c;
    r0 += v0 * v0; r1 += v1 * v1; r2 += v2 * v2; r3 += v3 * v3; r4 += v4 * v4; r5 += v5 * v5; r6 += v6 * v6; r7 += v7 * v7;
  }
  let r = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
  for (; i < n; i++) r += (d[i] - c) * (d[i] - c);
  return r;
}
/** Column sums of an m x n C array, eight rows per pass over the output row. */
function colSums(d, m, n) {
  const o = new Float64Array(n);
  let r = 0;
  for (; r + 7 < m; r += 8) {
    const p0 = r * n, p1 = p0 + n, p2 = p1 + n, p3 = p2 + n, p4 = p3 + n, p5 = p4 + n, p6 = p5 + n, p7 = p6 + n;
    for (let j = 0; j < n; j++) {
      let v = o[j];
      v += d[p0 + j]; v += d[p1 + j]; v += d[p2 + j]; v += d[p3 + j]; v += d[p4 + j]; v += d[p5 + j]; v += d[p6 + j]; v += d[p7 + j];
      o[j] = v;
    }
  }
  for (; r < m; r++) for (let j = 0; j < n; j++) o[j] += d[r * n + j];
  return o;
}
/** Transposed copy, eight output rows per pass so each source cache line is read once. */
function transposeCopy(s, n) {
  const d = new Float64Array(n * n);
  let i = 0;
  for (; i + 7 < n; i += 8) {
    const q = i * n;
    for (let j = 0, sp = i; j < n; j++, sp += n) {
      d[q + j] = s[sp]; d[q + n + j] = s[sp + 1]; d[q + 2 * n + j] = s[sp + 2]; d[q + 3 * n + j] = s[sp + 3];
      d[q + 4 * n + j] = s[sp + 4]; d[q + 5 * n + j] = s[sp + 5]; d[q + 6 * n + j] = s[sp + 6]; d[q + 7 * n + j] = s[sp + 7];
    }
  }
  for (; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = s[j * n + i];
  return d;
}
function compress(a, m) {
  const n = a.length;
  let c = 0;
  for (let i = 0; i < n; i++) c += m[i];
  const o = new Float64Array(c);
  let last = n - 1;
  while (last >= 0 && m[last] === 0) last--;
  let k = 0;
  for (let i = 0; i <= last; i++) {
    o[k] = a[i];
    k += m[i];
  }
  return o;
}
function gt(a, y) {
  const n = a.length;
  const o = new Uint8Array(n);
  for (let i = 0; i < n; i++) o[i] = +(a[i] > y);
  return o;
}

const rand = (n) => {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.random();
  return x;
};
const E6 = 1e6, E7 = 1e7, K = 1000;
const a6 = rand(E6), b6 = rand(E6), a7 = rand(E7), b7 = rand(E7), A = rand(K * K), r = rand(K), c = rand(K), A2 = rand(4 * K * K);
const FLOORS = {
  'sum 1e7': () => sum8(a7, 0, E7, 1),
  'sum axis 0, 1000x1000': () => colSums(A, K, K),
  'sum axis 1, 1000x1000': () => {
    const o = new Float64Array(K);
    for (let i = 0; i < K; i++) o[i] = sum8(A, i * K, K, 1);
    return o;
  },
  'mean 1e6': () => sum8(a6, 0, E6, 1) / E6,
  'std 1e6': () => Math.sqrt(sqdev8(a6, E6, sum8(a6, 0, E6, 1) / E6) / E6),
  'A[::2, ::2].sum(), 2000x2000': () => {
    let s = 0;
    for (let i = 0; i < 2 * K; i += 2) s += sum8(A2, i * 2 * K, K, 2);
    return s;
  },
  'MSE 1e6': () => {
    const d = new Float64Array(E6);
    vvSub(E6, d, a6, b6);
    const s = new Float64Array(E6);
    sq(E6, s, d);
    return (1 / E6) * sum8(s, 0, E6, 1);
  },
  'a + b, 1e6': () => vv(E6, new Float64Array(E6), a6, b6),
  'a * 1.6, 1e6': () => vs(E6, new Float64Array(E6), a6, 1.6),
  'a + b, 1e7': () => vv(E7, new Float64Array(E7), a7, b7),
  'a * 1.6, 1e7': () => vs(E7, new Float64Array(E7), a7, 1.6),
  'row broadcast, 1000x1000': () => {
    const o = new Float64Array(K * K);
    for (let i = 0; i < K; i++) vv(K, o.subarray(i * K, i * K + K), A.subarray(i * K, i * K + K), r);
    return o;
  },
  'column broadcast, 1000x1000': () => {
    const o = new Float64Array(K * K);
    for (let i = 0; i < K; i++) vsAdd(K, o.subarray(i * K, i * K + K), A.subarray(i * K, i * K + K), c[i]);
    return o;
  },
  'A.T contiguous, 1000x1000': () => transposeCopy(A, K),
  'a[a > 0.5], 1e6': () => compress(a6, gt(a6, 0.5)),
};

const only = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(path.join(HERE, 'cases.json'), 'utf8')).filter(
  (k) => FLOORS[k.name] && (only.length === 0 || only.some((o) => k.name.includes(o) || k.group === o)),
);
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const ours = {};
for (const k of cases) {
  const f = FLOORS[k.name];
  f();
  const times = [];
  const budget = performance.now() + 1500;
  while (times.length < 5 || (performance.now() < budget && times.length < 200)) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  ours[k.name] = median(times);
}
let theirs = null;
const tmp = path.join(os.tmpdir(), `np-floor-cases-${process.pid}.json`);
fs.writeFileSync(tmp, JSON.stringify(cases));
try {
  const out = execFileSync('python3', [path.join(HERE, 'numpy_bench.py'), tmp], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  theirs = JSON.parse(out.trim().split('\n').pop());
} catch {
  theirs = null;
} finally {
  fs.rmSync(tmp, { force: true });
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`plain-JS floor (median ms; ratio = floor / NumPy${theirs ? '' : '; NumPy not available'})`);
console.log(`${pad('case', 34)}${pad('JS ms', 10)}${pad('NumPy ms', 10)}${pad('ratio', 8)}target`);
for (const k of cases) {
  const t = theirs?.[k.name];
  const o = ours[k.name];
  console.log(`${pad(k.name, 34)}${pad(o.toFixed(3), 10)}${pad(t === undefined ? '-' : t.toFixed(3), 10)}${pad(t ? (o / t).toFixed(2) : '-', 8)}${k.target ? `<= ${k.target}x` : ''}`);
}
