/**
 * The fast paths of np.random against NumPy and against their slow references: long
 * streams hashed against NumPy 2.4 (the hashes below were printed by NumPy itself, see
 * STREAM_HASHES), the bulk samplers against one-by-one sampling, the 32-bit-limb PCG64
 * step against BigInt arithmetic, and the fast glibc log against its fully emulated form.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Generator, RandomState, PCG64, MT19937, default_rng } from '../../runtime/random/index';
import { glibcLog, glibcLogExact } from '../../runtime/random/libm';
import { NDArray } from '../../runtime/ndarray';

/** FNV-1a over the float64 bytes, as test/runtime/random.test.ts hashes streams. */
function fnv1a(values: ArrayLike<number>): number {
  const bytes = new Uint8Array(Float64Array.from(values).buffer);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const data = (a: unknown): Float64Array => (a as NDArray).data as Float64Array;

/**
 * From NumPy 2.4.6, N = 100003:
 *   g = np.random.default_rng(seed); g.random(N); g.standard_normal(N); g.random(5)
 *   np.random.seed(seed); np.random.randn(N); np.random.randn(3); np.random.standard_normal(7)
 * each hashed with the FNV-1a above.
 */
const STREAM_HASHES: Record<number, Record<string, number>> = {
  0: {
    random: 658667377, standard_normal: 1798474389, after: 1979817041,
    randn: 810608250, randnAfter: 3457665199, oddAfter: 1372212908,
  },
  12345: {
    random: 2835213646, standard_normal: 571527765, after: 4279510887,
    randn: 1487807633, randnAfter: 2186429390, oddAfter: 3824941202,
  },
};
const N = 100003;

/**
 * From NumPy 2.4.6: g = np.random.default_rng(seed); g.normal(2, 3, N); g.uniform(-1, 1, N);
 * g.random(5), each hashed with the FNV-1a above (scalar parameters take the bulk path).
 */
const AFFINE_HASHES: Record<number, { normal: number; uniform: number; after: number }> = {
  0: { normal: 2321870392, uniform: 4039973727, after: 3958233366 },
  12345: { normal: 1040900655, uniform: 4180471706, after: 2775090869 },
};

/**
 * From NumPy 2.4.6: np.random.seed(seed); np.random.normal(2, 3, N); np.random.uniform(-1, 1, N);
 * np.random.normal(0, 1, 3) (starts with the Gaussian N's odd length left cached);
 * np.random.random_sample(5), hashed as above.
 */
const LEGACY_AFFINE_HASHES: Record<number, { normal: number; uniform: number; spare: number; after: number }> = {
  0: { normal: 3650946965, uniform: 3189116712, spare: 2115785271, after: 3098562302 },
  12345: { normal: 2088228068, uniform: 3689975850, spare: 1517342624, after: 2617127541 },
};

describe('long streams match NumPy', () => {
  for (const seed of [0, 12345]) {
    const h = STREAM_HASHES[seed];
    it(`default_rng(${seed}): random, standard_normal, then the state they leave`, () => {
      const g = default_rng(seed);
      expect(fnv1a(data(g.random(N)))).toBe(h.random);
      expect(fnv1a(data(g.standard_normal(N)))).toBe(h.standard_normal);
      expect(fnv1a(data(g.random(5)))).toBe(h.after);
    });
    it(`default_rng(${seed}): normal(2, 3) and uniform(-1, 1) in bulk, then the state they leave`, () => {
      const g = default_rng(seed);
      const a = AFFINE_HASHES[seed];
      expect(fnv1a(data(g.normal(2, 3, N)))).toBe(a.normal);
      expect(fnv1a(data(g.uniform(-1, 1, N)))).toBe(a.uniform);
      expect(fnv1a(data(g.random(5)))).toBe(a.after);
    });
    it(`RandomState(${seed}): normal(2, 3) and uniform(-1, 1) in bulk keep the cached Gaussian as NumPy does`, () => {
      const rs = new RandomState(seed);
      const a = LEGACY_AFFINE_HASHES[seed];
      expect(fnv1a(data(rs.normal(2, 3, N)))).toBe(a.normal);
      expect(fnv1a(data(rs.uniform(-1, 1, N)))).toBe(a.uniform);
      expect(fnv1a(data(rs.normal(0, 1, 3)))).toBe(a.spare);
      expect(fnv1a(data(rs.random_sample(5)))).toBe(a.after);
    });
    it(`RandomState(${seed}): randn of odd length caches the spare Gaussian as NumPy does`, () => {
      const rs = new RandomState(seed);
      expect(fnv1a(data(rs.randn(N)))).toBe(h.randn);
      expect(fnv1a(data(rs.randn(3)))).toBe(h.randnAfter);
      expect(fnv1a(data(rs.standard_normal(7)))).toBe(h.oddAfter);
    });
  }
});

describe('bulk samplers equal one-by-one sampling', () => {
  it('Generator.standard_normal(n) on PCG64 equals n scalar draws, and leaves the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 3000 }), (seed, n) => {
        const a = default_rng(seed);
        const b = default_rng(seed);
        const bulk = data(a.standard_normal(n));
        for (let i = 0; i < n; i++) expect(bulk[i]).toBe(b.standard_normal());
        expect(a.random()).toBe(b.random());
      }),
      { numRuns: 40 },
    );
  });
  it('Generator on MT19937 (no bulk path) still matches its scalar draws', () => {
    const a = new Generator(new MT19937(7));
    const b = new Generator(new MT19937(7));
    const bulk = data(a.standard_normal(500));
    for (let i = 0; i < 500; i++) expect(bulk[i]).toBe(b.standard_normal());
  });
  it('RandomState.standard_normal(n) equals n scalar draws across odd and even lengths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 5 }), (seed, sizes) => {
        const a = new RandomState(seed);
        const b = new RandomState(seed);
        for (const n of sizes) {
          const bulk = data(a.standard_normal(n));
          for (let i = 0; i < n; i++) expect(bulk[i]).toBe(b.standard_normal());
        }
        expect(a.random_sample()).toBe(b.random_sample());
        expect(a.standard_normal()).toBe(b.standard_normal());
      }),
      { numRuns: 40 },
    );
  });
  it('MT19937.fillDoubles equals nextDouble from any word position (doubles straddling a twist)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 2000 }), (seed, skip, n) => {
        const a = new MT19937(seed);
        const b = new MT19937(seed);
        for (let k = 0; k < skip; k++) {
          a.nextUint32();
          b.nextUint32();
        }
        const d = new Float64Array(n);
        a.fillDoubles(d, 0, n);
        for (let i = 0; i < n; i++) expect(d[i]).toBe(b.nextDouble());
        expect(a.nextUint32()).toBe(b.nextUint32());
      }),
      { numRuns: 60 },
    );
  });
  it('PCG64.fillUint64 and fillDoubles equal nextUint64 / nextDouble', () => {
    const a = new PCG64(99);
    const b = new PCG64(99);
    const hi = new Uint32Array(3000);
    const lo = new Uint32Array(3000);
    a.fillUint64(hi, lo, 3000);
    for (let i = 0; i < 3000; i++) {
      b.nextUint64();
      expect([hi[i], lo[i]]).toEqual([b.hi, b.lo]);
    }
    const d = new Float64Array(2500);
    a.fillDoubles(d, 0, 2500);
    for (let i = 0; i < 2500; i++) expect(d[i]).toBe(b.nextDouble());
  });
});

const MASK128 = (1n << 128n) - 1n;
const MULT = 0x2360ed051fc65da44385df649fccf645n;

/** pcg64_next64 in BigInt: state = state * MULT + inc, then XSL-RR. */
function referenceNext(state: bigint, inc: bigint): [bigint, bigint] {
  const s = (state * MULT + inc) & MASK128;
  const x = (s >> 64n) ^ (s & ((1n << 64n) - 1n));
  const rot = s >> 122n;
  const out = ((x >> rot) | (x << ((64n - rot) & 63n))) & ((1n << 64n) - 1n);
  return [s, out];
}

const u128 = fc.bigInt({ min: 0n, max: MASK128 });
/** States with long runs of ones and zeros, where carries ripple through every limb. */
const edgy = fc.constantFrom(0n, 1n, MASK128, MASK128 - 1n, (1n << 64n) - 1n, 1n << 64n, (1n << 96n) - 1n, 0xffffffffn, 1n << 127n);

describe('PCG64 32-bit-limb step', () => {
  it('matches BigInt arithmetic on any state and increment, carries included', () => {
    fc.assert(
      fc.property(fc.oneof(u128, edgy), fc.oneof(u128, edgy), (state, seq) => {
        const bg = new PCG64(0);
        const inc = ((seq << 1n) | 1n) & MASK128;
        bg.state = { state: { state, inc } };
        let s = state;
        for (let k = 0; k < 4; k++) {
          const [next, out] = referenceNext(s, inc);
          s = next;
          bg.nextUint64();
          expect((BigInt(bg.hi) << 32n) | BigInt(bg.lo)).toBe(out);
        }
        expect(bg.state.state.state).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('glibc log fast path', () => {
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const anyDouble = fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })).map(([h, l]) => {
    words[1] = h;
    words[0] = l;
    return bits[0];
  });
  it('equals the fully emulated log on arbitrary doubles', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        expect([x, glibcLog(x)]).toEqual([x, glibcLogExact(x)]);
      }),
      { numRuns: 20000 },
    );
  });
  it('equals it on the legacy Gaussian\'s arguments (x1^2 + x2^2 in the unit disk) and near 1', () => {
    const rs = new RandomState(3);
    for (let i = 0; i < 200000; i++) {
      const x1 = 2 * (rs.random_sample() as number) - 1;
      const x2 = 2 * (rs.random_sample() as number) - 1;
      const r2 = x1 * x1 + x2 * x2;
      if (r2 >= 1 || r2 === 0) continue;
      if (glibcLog(r2) !== glibcLogExact(r2)) expect([r2, glibcLog(r2)]).toEqual([r2, glibcLogExact(r2)]);
      const y = 0.9 + r2 * 0.2;
      if (glibcLog(y) !== glibcLogExact(y)) expect([y, glibcLog(y)]).toEqual([y, glibcLogExact(y)]);
    }
  });
  it('equals it just around 1, down to the last bits of 1 +- r', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 52 }), fc.double({ min: -1, max: 1, noNaN: true }), (k, f) => {
        const x = 1 + f * 2 ** -k;
        expect([x, glibcLog(x)]).toEqual([x, glibcLogExact(x)]);
      }),
      { numRuns: 20000 },
    );
  });
  it('handles the ends of the normal range', () => {
    for (const x of [Number.MAX_VALUE, 2.2250738585072014e-308, 2.2250738585072014e-308 * 1.5, 1e308, 1e-307, 0.9375, 1.0644531250000002]) {
      expect(glibcLog(x)).toBe(glibcLogExact(x));
    }
    expect(glibcLog(Number.MAX_VALUE)).toBe(709.782712893384);
    expect(glibcLog(2.2250738585072014e-308)).toBe(-708.3964185322641);
  });
});
