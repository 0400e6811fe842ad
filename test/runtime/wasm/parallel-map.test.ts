/**
 * Elementwise loops on the thread pool (runtime/wasm/parallel-map.ts) in Node's
 * worker_threads: every ufunc in the pool's table gives the one-thread result bit for bit
 * (NaN payloads, -0 and infinities included), for odd sizes, several rounds, float32,
 * scalar operands, `out` and F order; strided and broadcast operands take the one-thread
 * path; Stop (the interrupt check) ends a split loop and the pool keeps working.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { np, NDArray } from '../../../runtime/index';
import { installThreadPool, stopThreadPool, threadsFor, splitCalls } from '../../../runtime/wasm/threads';
import { kernels } from '../../../runtime/wasm/module';
import { setParallelMapMin, PARALLEL_MAP_MIN } from '../../../runtime/wasm/parallel-map';
import { MAP_EXPRS, COMPLEX_MAP_NAMES } from '../../../runtime/wasm/map-kernels';
import { setInterruptCheck } from '../../../runtime/interrupt';
import { nodeThreadSpawner } from '../../../bench/node-pool.mjs';
import { uniform as rnd } from '../uniform';

let pool: Awaited<ReturnType<typeof nodeThreadSpawner>>;

/** An odd size past the threshold: the threads' shares do not end on a block. */
const N = PARALLEL_MAP_MIN * 2 + 13;

/** Elements whose bits differ (NaN payloads count): vitest's deep equality is slow on arrays this long. */
function differing(a: NDArray, b: NDArray): number {
  expect(a.dtype).toBe(b.dtype);
  expect(a.shape).toEqual(b.shape);
  const x = a.flatten().data, y = b.flatten().data;
  const bits = (d: typeof x) => (d instanceof Float32Array ? new Uint32Array(d.buffer, d.byteOffset, d.length) : new BigUint64Array(d.buffer, d.byteOffset, d.length));
  const p = bits(x), q = bits(y);
  let n = 0;
  for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) n++;
  return n;
}

/** `f()` on one thread and on the pool: [one thread, pool, pool calls made]. */
function both(f: () => NDArray): [NDArray, NDArray, number] {
  const was = setParallelMapMin(Infinity);
  let one: NDArray;
  try {
    one = f();
  } finally {
    setParallelMapMin(was);
  }
  const runs = splitCalls();
  const two = f();
  return [one, two, splitCalls() - runs];
}

/** Values in [-scale, scale) with NaN, +-inf, +-0, tiny and huge values spread over the whole array (both threads' shares). */
function data(n: number, seed: number, scale = 4): Float64Array {
  const v = rnd(n, seed).map((x) => 2 * scale * x);
  const special = [NaN, Infinity, -Infinity, 0, -0, 5e-324, -1e-310, 1e300, -1e300, 1, -1, 0.5, 710, -745, 1e-17];
  special.forEach((s, i) => {
    for (let k = 0; k < 4; k++) v[Math.floor(((i + k * special.length) * n) / (4 * special.length)) + k] = s;
  });
  return v;
}

/** Each table entry as the np call that runs it. */
const UNARY: Record<string, (x: NDArray) => NDArray> = {
  'Math.sin(x)': np.sin, 'Math.cos(x)': np.cos, 'Math.tan(x)': np.tan,
  'Math.asin(x)': np.arcsin, 'Math.acos(x)': np.arccos, 'Math.atan(x)': np.arctan,
  'Math.sinh(x)': np.sinh, 'Math.cosh(x)': np.cosh, 'Math.tanh(x)': np.tanh,
  'Math.asinh(x)': np.arcsinh, 'Math.acosh(x)': np.arccosh, 'Math.atanh(x)': np.arctanh,
  'Math.exp(x)': np.exp, 'Math.pow(2, x)': np.exp2, 'Math.expm1(x)': np.expm1,
  'Math.log(x)': np.log, 'Math.log1p(x)': np.log1p, 'Math.log2(x)': np.log2, 'Math.log10(x)': np.log10,
  'Math.cbrt(x)': np.cbrt,
};
const BINARY: Record<string, (x: NDArray | number, y: NDArray | number) => NDArray> = {
  'Math.atan2(x, y)': np.arctan2, 'Math.hypot(x, y)': np.hypot, 'Math.pow(x, y)': np.power, 'H.logaddexp(x, y)': np.logaddexp,
};

beforeAll(async () => {
  pool = await nodeThreadSpawner();
  expect(installThreadPool(pool.spawn, 2)).toBe(true);
  while (threadsFor(kernels()!) < 2) await new Promise((r) => setTimeout(r, 5));
}, 60_000);

afterAll(async () => {
  stopThreadPool();
  await pool.stop();
});

describe('elementwise loops on the thread pool', () => {
  it('covers every table entry', () => {
    expect(MAP_EXPRS.map(([e]) => e).sort()).toEqual([...Object.keys(UNARY), ...Object.keys(BINARY)].sort());
  });

  it('unary float64 ufuncs equal one thread bit for bit', () => {
    const x = np.array(data(N, 1));
    for (const [expr, f] of Object.entries(UNARY)) {
      const [one, two, runs] = both(() => f(x));
      expect(runs, expr).toBe(1);
      expect(differing(one, two), expr).toBe(0);
    }
  });

  it('float32, several rounds, out= in place, F order', () => {
    const x32 = np.array(data(N, 2), { dtype: 'float32' });
    for (const f of [np.sin, np.exp, np.log1p]) {
      const [one, two, runs] = both(() => f(x32));
      expect(two.dtype).toBe('float32');
      expect(runs).toBe(1);
      expect(differing(one, two)).toBe(0);
    }
    // past two threads' rounds of 2^19 elements each: three rounds
    const big = np.array(data(2 ** 21 + 2 ** 18 + 5, 3));
    let [one, two, runs] = both(() => np.tan(big));
    expect(runs).toBe(3);
    expect(differing(one, two)).toBe(0);
    [one, two, runs] = both(() => {
      const y = big.copy();
      np.arctan(y, { out: y });
      return y;
    });
    expect(runs).toBe(3);
    expect(differing(one, two)).toBe(0);
    const f = np.array(data(N * 2 - 2, 4)).reshape([2, N - 1]).T; // F-ordered: the output is too
    [one, two, runs] = both(() => np.cos(f));
    expect(runs).toBe(1);
    expect(two.shape).toEqual([N - 1, 2]);
    expect(differing(one, two)).toBe(0);
  });

  it('binary float ufuncs with arrays and scalars equal one thread bit for bit', () => {
    const x = np.array(data(N, 5)), y = np.array(data(N, 6, 3));
    for (const [expr, f] of Object.entries(BINARY)) {
      for (const [name, call] of [['vv', () => f(x, y)], ['vs', () => f(x, 2.5)], ['sv', () => f(-1.5, y)], ['0-d', () => f(np.array(0.75), x)]] as const) {
        const [one, two, runs] = both(call);
        expect(runs, `${expr} ${name}`).toBe(1);
        expect(differing(one, two), `${expr} ${name}`).toBe(0);
      }
    }
    const [one, two, runs] = both(() => np.power(x.astype('float32'), np.array(1.5, { dtype: 'float32' })));
    expect(two.dtype).toBe('float32');
    expect(runs).toBe(1);
    expect(differing(one, two)).toBe(0);
  });

  it('complex unary ufuncs equal one thread bit for bit', () => {
    const parts = data(2 * N, 9, 3);
    const z = new NDArray(parts, 'complex128', [N]);
    for (const name of COMPLEX_MAP_NAMES) {
      const f = (np as unknown as Record<string, (x: NDArray) => NDArray>)[name];
      const [one, two, runs] = both(() => f(z));
      expect(two.dtype, name).toBe('complex128');
      expect(runs, name).toBe(1);
      expect(differing(one, two), name).toBe(0);
    }
    const z64 = new NDArray(Float32Array.from(parts), 'complex64', [N]);
    let [one, two, runs] = both(() => np.log(z64));
    expect(two.dtype).toBe('complex64');
    expect(runs).toBe(1);
    expect(differing(one, two)).toBe(0);
    // strided: one thread; a real result (np.abs): one thread
    for (const f of [() => np.sin(z.get('::2')), () => np.abs(z)]) {
      [one, two, runs] = both(f);
      expect(runs).toBe(0);
      expect(differing(one, two)).toBe(0);
    }
  });

  it('strided, broadcast, small, integer and bandwidth-bound loops stay on one thread', () => {
    const x = np.array(data(2 * N, 7));
    const cases: [string, () => NDArray][] = [
      ['strided', () => np.sin(x.get('::2'))],
      ['broadcast', () => np.arctan2(x.get(':512').reshape([512, 1]), x.get(':600'))],
      ['small', () => np.exp(x.get(`:${PARALLEL_MAP_MIN - 1}`))],
      ['add', () => np.add(x, x)],
      ['sqrt', () => np.sqrt(x)],
      ['int power', () => np.power(np.arange(N), 2)],
    ];
    for (const [name, f] of cases) {
      const [one, two, runs] = both(f);
      expect(runs, name).toBe(0);
      expect(differing(one, two), name).toBe(0);
    }
  });

  it('Stop ends a split loop between rounds; the pool keeps working', () => {
    const big = np.array(data(2 ** 21 + 3, 8));
    let checks = 0;
    setInterruptCheck(() => {
      if (++checks === 2) throw new Error('KeyboardInterrupt');
    });
    try {
      expect(() => np.sin(big)).toThrow('KeyboardInterrupt');
    } finally {
      setInterruptCheck(null);
    }
    expect(checks).toBe(2);
    const [one, two, runs] = both(() => np.sin(big));
    expect(runs).toBe(2);
    expect(differing(one, two)).toBe(0);
  });
});
