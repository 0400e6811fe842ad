/**
 * The wasm bulk streams (wasm/random.ts via runtime/wasm/random.ts) against the JS loops
 * they replace: the same doubles bit for bit and the same state after, for lengths around
 * the kernel's threshold and its 16384-double blocks, from MT19937 positions on both sides
 * of a twist (the long-stream hashes against NumPy are in test/runtime/random-streams.test.ts).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { PCG64 } from '../../../runtime/random/pcg64';
import { MT19937 } from '../../../runtime/random/mt19937';
import { setWasmMode, kernels } from '../../../runtime/wasm/module';
import { WASM_STREAM_MIN } from '../../../runtime/wasm/random';

afterEach(() => setWasmMode('auto'));

const LENGTHS = [WASM_STREAM_MIN, WASM_STREAM_MIN + 1, 16383, 16384, 16385, 40001];

/** fillDoubles(out, 3, 3 + len) then three single draws, with the kernels on or off. */
function run<G extends PCG64 | MT19937>(make: () => G, len: number, wasm: boolean): [Float64Array, number[]] {
  setWasmMode(wasm ? 'auto' : 'off');
  const g = make();
  const out = new Float64Array(len + 6);
  g.fillDoubles(out, 3, 3 + len);
  const after = [g.nextDouble(), g.nextUint32(), g.nextDouble()];
  return [out, after];
}

describe('wasm streams = JS streams', () => {
  it('the kernels are there', () => {
    expect(kernels()).not.toBeNull();
  });

  it('PCG64.fillDoubles: same doubles, same state after', () => {
    for (const seed of [0, 42, 2 ** 40 + 7]) {
      for (const len of LENGTHS) {
        const [a, aa] = run(() => new PCG64(seed), len, true);
        const [b, bb] = run(() => new PCG64(seed), len, false);
        expect(a).toEqual(b);
        expect(aa).toEqual(bb);
        expect(a[0]).toBe(0);
        expect(a[3 + len]).toBe(0);
      }
    }
  });

  it('MT19937.fillDoubles: same doubles and position, from every kind of start', () => {
    for (const skip of [0, 1, 622, 623, 624, 1000]) {
      for (const len of LENGTHS) {
        const make = () => {
          const mt = new MT19937(undefined as never);
          mt.seed(12345 + skip);
          for (let i = 0; i < skip; i++) mt.nextUint32();
          return mt;
        };
        const [a, aa] = run(make, len, true);
        const [b, bb] = run(make, len, false);
        expect(a).toEqual(b);
        expect(aa).toEqual(bb);
      }
    }
  });

  it('SeedSequence-seeded MT19937 (pos starts at 623): same doubles', () => {
    const [a] = run(() => new MT19937(7), 5000, true);
    const [b] = run(() => new MT19937(7), 5000, false);
    expect(a).toEqual(b);
  });
});
