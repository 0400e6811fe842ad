#!/usr/bin/env node
// `npm run bench:libs`: np against the float64 JS array libraries issue 2 names (numjs 0.16,
// ndarray + ndarray-ops 1.2, @stdlib/ndarray 0.4) on the cases of bench/cases.json each
// can express, median ms per call, all on the same data in the same process. Each library
// is written as its documentation shows, allocating its result as np does. The libraries
// live in bench/libs/ (installed there on first run, with --ignore-scripts: numjs's
// optional image dependency sharp needs a native build it does not need for arrays).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire, Module } from 'node:module';
import { fileURLToPath } from 'node:url';
import { withHugePages } from './hugepages.mjs';
import { loadNp } from './load-np.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LIBS = path.join(HERE, 'libs');
withHugePages();

if (!fs.existsSync(path.join(LIBS, 'node_modules', 'ndarray-ops'))) {
  console.log('installing the comparison libraries into bench/libs ...');
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: LIBS, stdio: 'inherit' });
}
// numjs requires sharp at load time, for images only.
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'sharp') return () => { throw new Error('sharp is not installed for the bench'); };
  return load.call(this, request, ...rest);
};
const require = createRequire(path.join(LIBS, 'package.json'));
const nj = require('numjs');
const ndarray = require('ndarray');
const ops = require('ndarray-ops');
const sl = {
  array: require('@stdlib/ndarray/array'),
  binary: require('@stdlib/ndarray/base/binary'),
  unary: require('@stdlib/ndarray/base/unary'),
  assign: require('@stdlib/ndarray/base/assign'),
  zeros: require('@stdlib/ndarray/zeros'),
};
const np = await loadNp();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(f) {
  f();
  const t = [];
  const end = performance.now() + 1000;
  while (t.length < 5 || (performance.now() < end && t.length < 200)) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return median(t);
}

// The same values for every library.
const rng = np.random.default_rng(0);
const data = (n) => rng.random([n]).data;
const v1e6a = data(1e6), v1e6b = data(1e6), v1e7 = data(1e7), m1000 = data(1e6), m2000 = data(4e6), row = data(1000);
const m512a = data(512 * 512), m512b = data(512 * 512);
const N = {
  a: np.array(v1e6a), b: np.array(v1e6b), big: np.array(v1e7), A: np.array(m1000).reshape([1000, 1000]),
  B: np.array(m2000).reshape([2000, 2000]), row: np.array(row), M: np.array(m512a).reshape([512, 512]), P: np.array(m512b).reshape([512, 512]),
};
const J = {
  a: nj.array(Array.from(v1e6a)), b: nj.array(Array.from(v1e6b)), big: nj.array(Array.from(v1e7)),
  A: nj.array(Array.from(m1000)).reshape(1000, 1000), B: nj.array(Array.from(m2000)).reshape(2000, 2000),
  M: nj.array(Array.from(m512a)).reshape(512, 512), P: nj.array(Array.from(m512b)).reshape(512, 512),
};
const D = {
  a: ndarray(v1e6a.slice()), b: ndarray(v1e6b.slice()), big: ndarray(v1e7.slice()), A: ndarray(m1000.slice(), [1000, 1000]),
  B: ndarray(m2000.slice(), [2000, 2000]), row: ndarray(row.slice()),
};
const S = { a: sl.array(v1e6a.slice()), b: sl.array(v1e6b.slice()), A: sl.array(m1000.slice(), { shape: [1000, 1000] }), row: sl.array(row.slice()) };
const out = (shape) => ndarray(new Float64Array(shape.reduce((p, q) => p * q, 1)), shape);

const cases = [
  { name: 'sum 1e7', np: () => np.sum(N.big), numjs: () => J.big.sum(), 'ndarray-ops': () => ops.sum(D.big) },
  { name: 'sum axis 1, 1000x1000', np: () => N.A.sum({ axis: 1 }), 'ndarray-ops': () => { const o = new Float64Array(1000); for (let i = 0; i < 1000; i++) o[i] = ops.sum(D.A.pick(i, null)); return o; } },
  { name: 'sum axis 0, 1000x1000', np: () => N.A.sum({ axis: 0 }), 'ndarray-ops': () => { const o = new Float64Array(1000); for (let j = 0; j < 1000; j++) o[j] = ops.sum(D.A.pick(null, j)); return o; } },
  { name: 'mean 1e6', np: () => N.a.mean(), numjs: () => J.a.mean(), 'ndarray-ops': () => ops.sum(D.a) / 1e6 },
  { name: 'std 1e6', np: () => N.a.std(), numjs: () => J.a.std() },
  { name: 'A[::2, ::2].sum(), 2000x2000', np: () => N.B.get('::2, ::2').sum(), numjs: () => J.B.slice([null, null, 2], [null, null, 2]).sum(), 'ndarray-ops': () => ops.sum(D.B.step(2, 2)) },
  { name: 'MSE 1e6', np: () => (1 / 1e6) * np.sum(np.square(N.a.sub(N.b))), numjs: () => (1 / 1e6) * nj.power(nj.subtract(J.a, J.b), 2).sum(),
    'ndarray-ops': () => { const d = out([1e6]); ops.sub(d, D.a, D.b); ops.muleq(d, d); return ops.sum(d) / 1e6; } },
  { name: 'a + b, 1e6', np: () => N.a.add(N.b), numjs: () => nj.add(J.a, J.b), 'ndarray-ops': () => { const o = out([1e6]); ops.add(o, D.a, D.b); return o; },
    '@stdlib/ndarray': () => { const o = sl.zeros([1e6]); sl.binary([S.a, S.b, o], (x, y) => x + y); return o; } },
  { name: 'a * 1.6, 1e6', np: () => N.a.mul(1.6), numjs: () => J.a.multiply(1.6), 'ndarray-ops': () => { const o = out([1e6]); ops.muls(o, D.a, 1.6); return o; },
    '@stdlib/ndarray': () => { const o = sl.zeros([1e6]); sl.unary([S.a, o], (x) => x * 1.6); return o; } },
  { name: 'row broadcast, 1000x1000', np: () => N.A.add(N.row), 'ndarray-ops': () => { const o = out([1000, 1000]); for (let i = 0; i < 1000; i++) ops.add(o.pick(i, null), D.A.pick(i, null), D.row); return o; } },
  { name: 'A.T contiguous, 1000x1000', np: () => np.ascontiguousarray(N.A.T), numjs: () => J.A.T.clone(), 'ndarray-ops': () => { const o = out([1000, 1000]); ops.assign(o, D.A.transpose(1, 0)); return o; } },
  { name: 'matmul 512x512', np: () => np.matmul(N.M, N.P), numjs: () => nj.dot(J.M, J.P) },
];

const LIB_NAMES = ['numjs', 'ndarray-ops', '@stdlib/ndarray'];
const pad = (s, n) => String(s).padEnd(n);
const fmt = (x) => (x === undefined ? '-' : x < 10 ? x.toFixed(3) : x.toFixed(1));
console.log('np vs JS array libraries (median ms per call; verdict: np at least as fast as the fastest library)');
console.log(`${pad('case', 30)}${pad('np', 10)}${LIB_NAMES.map((l) => pad(l, 17)).join('')}verdict`);
let behind = 0;
for (const c of cases) {
  const ours = time(c.np);
  const theirs = LIB_NAMES.map((l) => (c[l] ? time(c[l]) : undefined));
  const best = Math.min(...theirs.filter((t) => t !== undefined));
  // 10% is this machine's run-to-run noise.
  const ok = ours <= best * 1.1;
  if (!ok) behind++;
  console.log(`${pad(c.name, 30)}${pad(fmt(ours), 10)}${theirs.map((t) => pad(fmt(t), 17)).join('')}${ok ? `ok (${(best / ours).toFixed(1)}x)` : `SLOWER (${(ours / best).toFixed(2)}x the fastest)`}`);
}
console.log(behind === 0 ? 'np is at least as fast as every library on every case' : `np is slower than some library on ${behind} case(s)`);
