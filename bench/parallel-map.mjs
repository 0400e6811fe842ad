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
  // bandwidth-bound, for the record: not in the table, so both columns are one thread
  ['sqrt (one thread)', () => np.sqrt(pos)], ['add (one thread)', () => np.add(x, y)],
].filter(([name]) => only.length === 0 || only.some((o) => name.includes(o)));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(f, reps) {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) f();
  return (performance.now() - t0) / reps;
}

/** Medians and minima of [one thread, pool] over ROUNDS interleaved rounds. */
function compare(f, reps = 3) {
  const one = [], pool = [];
  f();
  for (let r = 0; r < ROUNDS; r++) {
    const was = np.__setParallelMapMin(Infinity);
    one.push(time(f, reps));
    np.__setParallelMapMin(was);
    pool.push(time(f, reps));
  }
  return [median(one), median(pool), Math.min(...one), Math.min(...pool)];
}

// What the pool adds on an idle machine: the threads' share copied into the shared memory
// and the result out (for two threads: half of each operand and half of the result).
const src = new Float64Array(N), shared = new Float64Array(new SharedArrayBuffer(8 * N));
const copies = [];
for (let r = 0; r < ROUNDS; r++) copies.push(time(() => { shared.set(src.subarray(0, N / 2)); src.set(shared.subarray(0, N / 2)); }, 5));
const copy = Math.min(...copies);
console.log(`copying 5e5 float64 in and 5e5 out: ${copy.toFixed(2)} ms (min of ${ROUNDS})`);

const runs0 = np.__parallelRuns();
console.log(`\n${'case (1e6 elements)'.padEnd(22)} ${'median: 1 thread'.padStart(16)} ${`${THREADS} threads`.padStart(10)} ${'ratio'.padStart(6)}  ` +
  `${'min: 1 thread'.padStart(13)} ${`${THREADS} threads`.padStart(10)} ${'ratio'.padStart(6)}  model`);
const fmt = (ms) => `${ms.toFixed(2)}ms`;
for (const [name, f] of cases) {
  const [one, pool, oneMin, poolMin] = compare(f);
  // ideal two-core time: the copies, then half the loop on each core (binary: one more operand to copy)
  const model = oneMin / ((name.includes('power a**b') || ['arctan2', 'hypot', 'logaddexp'].includes(name) ? 1.5 : 1) * copy + oneMin / 2);
  console.log(`${name.padEnd(22)} ${fmt(one).padStart(16)} ${fmt(pool).padStart(10)} ${(one / pool).toFixed(2).padStart(5)}x  ` +
    `${fmt(oneMin).padStart(13)} ${fmt(poolMin).padStart(10)} ${(oneMin / poolMin).toFixed(2).padStart(5)}x  ${model.toFixed(2)}x`);
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
