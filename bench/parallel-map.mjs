#!/usr/bin/env node
// Elementwise loops on the thread pool (runtime/wasm/parallel-map.ts) against one thread,
// in one process: each case alternates the two paths (setParallelMapMin) and reports the
// medians, so that load from other jobs on the machine hits both alike.
//   node bench/parallel-map.mjs [--threads=2] [--rounds=15] [name ...]
// Also times what splitting a pairwise sum would cost: copying half of 1e7 float64 into
// shared memory against np.sum of the whole (runtime/reduce.ts keeps sums on one thread).
import { loadNp } from './load-np.mjs';

const arg = (name, dflt) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const THREADS = arg('threads', 2);
const ROUNDS = arg('rounds', 15);
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const np = await loadNp({ threads: THREADS });
console.log(`np: ${np.__wasmVariant}`);
const rng = np.random.default_rng(0);

const N = 1_000_000;
const x = rng.random([N]).mul(4).sub(2);
const pos = rng.random([N]).add(0.5);
const y = rng.random([N]).add(0.5);
const x32 = x.astype('float32');
const z = x.add(np.multiply(y, np.complex(0, 1)));
const cases = [
  ['sin', () => np.sin(x)], ['cos', () => np.cos(x)], ['tan', () => np.tan(x)],
  ['arcsin', () => np.arcsin(x.mul(0.5))], ['arctan', () => np.arctan(x)],
  ['sinh', () => np.sinh(x)], ['tanh', () => np.tanh(x)], ['arcsinh', () => np.arcsinh(x)],
  ['exp', () => np.exp(x)], ['exp2', () => np.exp2(x)], ['expm1', () => np.expm1(x)],
  ['log', () => np.log(pos)], ['log1p', () => np.log1p(pos)], ['log2', () => np.log2(pos)], ['log10', () => np.log10(pos)],
  ['cbrt', () => np.cbrt(x)],
  ['arctan2', () => np.arctan2(x, y)], ['hypot', () => np.hypot(x, y)],
  ['power a**b', () => np.power(pos, y)], ['power a**2.5', () => np.power(pos, 2.5)], ['logaddexp', () => np.logaddexp(x, y)],
  ['sin float32', () => np.sin(x32)], ['exp float32', () => np.exp(x32)],
  ['exp complex128', () => np.exp(z)], ['sqrt complex128', () => np.sqrt(z)],
  // bandwidth-bound, for the record: not in the table, so both columns are one thread
  ['sqrt (one thread)', () => np.sqrt(pos)], ['add (one thread)', () => np.add(x, y)],
].filter(([name]) => only.length === 0 || only.some((o) => name.includes(o)));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(f, reps) {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) f();
  return (performance.now() - t0) / reps;
}

/** CPU time (all threads, ms) and wall time of `f` run `reps` times, per call. */
function timeCpu(f, reps) {
  const c0 = process.cpuUsage();
  const wall = time(f, reps);
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000 / reps];
}

/**
 * Over ROUNDS interleaved rounds: medians and minima of the wall times [one thread, pool],
 * and the CPU time per call of each (summed over all threads): on a loaded machine the
 * wall times say little (other jobs hold the second core), while the CPU times show what
 * the split costs in work.
 */
function compare(f, reps = 3) {
  const one = [], pool = [];
  let cpuOne = 0, cpuPool = 0;
  f();
  for (let r = 0; r < ROUNDS; r++) {
    const was = np.__setParallelMapMin(Infinity);
    const [w1, c1] = timeCpu(f, reps);
    np.__setParallelMapMin(was);
    const [w2, c2] = timeCpu(f, reps);
    one.push(w1);
    pool.push(w2);
    cpuOne += c1 / ROUNDS;
    cpuPool += c2 / ROUNDS;
  }
  return [median(one), median(pool), Math.min(...one), Math.min(...pool), cpuOne, cpuPool];
}

const runs0 = np.__parallelRuns();
console.log(`\n${'case (1e6 elements)'.padEnd(22)} ${'median: 1 thread'.padStart(16)} ${`${THREADS} threads`.padStart(10)} ${'ratio'.padStart(6)}  ` +
  `${'min: 1 thread'.padStart(13)} ${`${THREADS} threads`.padStart(10)} ${'ratio'.padStart(6)}  ${'cpu: 1 thread'.padStart(13)} ${'pool'.padStart(8)}  ${THREADS} free cores`);
const fmt = (ms) => `${ms.toFixed(2)}ms`;
for (const [name, f] of cases) {
  const runs = np.__parallelRuns();
  const [one, pool, oneMin, poolMin, cpuOne, cpuPool] = compare(f);
  // with THREADS free cores the pool's work would run side by side: one thread's time over the pool's CPU time per core
  const ideal = np.__parallelRuns() > runs ? `${(cpuOne / (cpuPool / THREADS)).toFixed(2)}x` : '-';
  console.log(`${name.padEnd(22)} ${fmt(one).padStart(16)} ${fmt(pool).padStart(10)} ${(one / pool).toFixed(2).padStart(5)}x  ` +
    `${fmt(oneMin).padStart(13)} ${fmt(poolMin).padStart(10)} ${(oneMin / poolMin).toFixed(2).padStart(5)}x  ` +
    `${fmt(cpuOne).padStart(13)} ${fmt(cpuPool).padStart(8)}  ${ideal}`);
}
if (np.__parallelRuns() === runs0) console.log('(the pool never ran: fewer than 2 threads?)');

if (only.length === 0 || only.includes('sizes')) {
  console.log(`\nnp.sin by size (where splitting starts to pay; split from any size for this)`);
  const was = np.__setParallelMapMin(0);
  for (let e = 12; e <= 20; e++) {
    const v = rng.random([2 ** e]);
    np.__setParallelMapMin(Infinity);
    const reps = Math.max(3, 2 ** (22 - e));
    const one = [], pool = [];
    for (let r = 0; r < ROUNDS; r++) {
      np.__setParallelMapMin(Infinity);
      one.push(time(() => np.sin(v), reps));
      np.__setParallelMapMin(0);
      pool.push(time(() => np.sin(v), reps));
    }
    const [a, b, c, d] = [median(one), median(pool), Math.min(...one), Math.min(...pool)].map((t) => `${(t * 1000).toFixed(0).padStart(7)}us`);
    console.log(`2^${e}`.padEnd(6), `median ${a} ${b} ${(median(one) / median(pool)).toFixed(2)}x   min ${c} ${d} ${(Math.min(...one) / Math.min(...pool)).toFixed(2)}x`);
  }
  np.__setParallelMapMin(was);
}

if (only.length === 0 || only.includes('sum')) {
  // Splitting np.sum(1e7) in two would copy 5e6 float64 into the shared memory first
  // (the other thread cannot read the array's own ArrayBuffer), then sum both halves at once.
  const M = 10_000_000;
  const a = rng.random([M]);
  const half = a.data.subarray(0, M / 2);
  const sharedHalf = new Float64Array(new SharedArrayBuffer(8 * (M / 2)));
  const sum = [], copyHalf = [];
  for (let r = 0; r < ROUNDS; r++) {
    sum.push(time(() => np.sum(a), 3));
    copyHalf.push(time(() => sharedHalf.set(half), 3));
  }
  const s = Math.min(...sum), c = Math.min(...copyHalf);
  console.log(`\nnp.sum 1e7 (minima of ${ROUNDS}): ${s.toFixed(2)} ms on one thread; copying half into shared memory ${c.toFixed(2)} ms;` +
    ` split in two at best ${(c + s / 2).toFixed(2)} ms (copy, then half the sum): ${(s / (c + s / 2)).toFixed(2)}x`);
}
process.exit(0);
