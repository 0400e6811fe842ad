#!/usr/bin/env node
// `npm run bench`: times np on bench/cases.json and, when python3 has NumPy, NumPy on the
// same cases in the same run; prints medians side by side as ratios np / NumPy.
// Node is re-started with glibc huge pages (as NumPy gets them) unless already so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withHugePages } from './hugepages.mjs';
import { loadNp } from './load-np.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
withHugePages();

// `--runs=N` repeats the whole np-then-NumPy measurement N times and reports the median of
// each case's times, for a machine other jobs are also using.
const runsArg = process.argv.slice(2).find((a) => a.startsWith('--runs='));
const RUNS = Math.max(1, Number(runsArg?.slice('--runs='.length)) || 1);
// `--js` turns the wasm kernels off: the JS fallback's figures.
const JS_ONLY = process.argv.includes('--js');
// `--threads=N` runs the wasm kernels on a pool of N threads (worker_threads).
const threadsArg = process.argv.slice(2).find((a) => a.startsWith('--threads='));
const THREADS = Math.max(1, Number(threadsArg?.slice('--threads='.length)) || 1);
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const cases = JSON.parse(fs.readFileSync(path.join(HERE, 'cases.json'), 'utf8')).filter(
  (c) => only.length === 0 || only.some((o) => c.name.includes(o) || c.group === o),
);

function numpyTimes() {
  const tmp = path.join(os.tmpdir(), `np-bench-cases-${process.pid}.json`);
  fs.writeFileSync(tmp, JSON.stringify(cases));
  try {
    // NumPy gets the same environment, minus OpenBLAS core-type overrides that slow it here.
    const env = { ...process.env };
    delete env.OPENBLAS_CORETYPE;
    delete env.OPENBLAS_L2_SIZE;
    const out = execFileSync('python3', [path.join(HERE, 'numpy_bench.py'), tmp], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(out.trim().split('\n').pop());
  } catch {
    return null;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const np = await loadNp({ wasm: !JS_ONLY, threads: THREADS });
// Seeded uniform data, like NumPy's side (values differ; timing does not depend on them).
const rng = np.random?.default_rng ? np.random.default_rng(0) : null;
const rand = (...shape) => (rng ? rng.random(shape) : np.zeros(shape).add(0.5));

function npTimes() {
  const ours = {};
  for (const c of cases) {
    const env = { np, rand };
    const setup = new Function('env', `with (env) { ${c.setup.split(';').map((s) => `env.${s.trim()}`).join(';')} }`);
    setup(env);
    const f = new Function('env', `with (env) { return ${c.js}; }`);
    try {
      f(env);
    } catch (e) {
      ours[c.name] = { error: `${e.name}: ${e.message}` };
      continue;
    }
    const times = [];
    const budget = performance.now() + 1500;
    while (times.length < 5 || (performance.now() < budget && times.length < 200)) {
      const t0 = performance.now();
      f(env);
      times.push(performance.now() - t0);
    }
    ours[c.name] = { ms: median(times) };
  }
  return ours;
}

const ourRuns = [];
const theirRuns = [];
for (let r = 0; r < RUNS; r++) {
  ourRuns.push(npTimes());
  const t = numpyTimes();
  if (t) theirRuns.push(t);
}
const ours = {};
for (const c of cases) {
  const ms = ourRuns.map((o) => o[c.name].ms).filter((x) => x !== undefined);
  ours[c.name] = ms.length ? { ms: median(ms) } : ourRuns[0][c.name];
}
let theirs = null;
if (theirRuns.length) {
  theirs = {};
  for (const c of cases) {
    const ms = theirRuns.map((t) => t[c.name]).filter((x) => x !== undefined);
    if (ms.length) theirs[c.name] = median(ms);
  }
}
const pad = (s, n) => String(s).padEnd(n);
const num = (x) => (x === undefined ? '-' : x < 10 ? x.toFixed(3) : x.toFixed(1));
console.log(`np benchmark, wasm kernels: ${np.__wasmVariant} (median ms${RUNS > 1 ? ` over ${RUNS} runs` : ''}; ratio = np / NumPy${theirs ? '' : '; NumPy not available'})`);
console.log(`${pad('case', 34)}${pad('np ms', 10)}${pad('NumPy ms', 10)}${pad('ratio', 8)}target`);
const ratios = {};
for (const c of cases) {
  const o = ours[c.name];
  if (o.error) {
    console.log(`${pad(c.name, 34)}error: ${o.error}`);
    continue;
  }
  const t = theirs?.[c.name];
  const ratio = t ? o.ms / t : undefined;
  let target = c.target ? `<= ${c.target}x` : '';
  if (c.flops) target = `${(c.flops / (o.ms * 1e6)).toFixed(2)} GFLOP/s`;
  if (ratio !== undefined) (ratios[c.group] ??= []).push(ratio);
  const flag = c.target && ratio !== undefined && ratio > c.target ? '  <-- over target' : '';
  console.log(`${pad(c.name, 34)}${pad(num(o.ms), 10)}${pad(num(t), 10)}${pad(ratio === undefined ? '-' : ratio.toFixed(2), 8)}${target}${flag}`);
}
for (const [g, rs] of Object.entries(ratios)) console.log(`median ratio, ${g}: ${median(rs).toFixed(2)}`);
