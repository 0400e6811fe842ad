/**
 * MT19937, the Mersenne Twister behind NumPy's legacy `np.random.RandomState`.
 *
 * Bit for bit NumPy's `numpy/random/src/mt19937` and `_mt19937.pyx`: `new MT19937(seed)`
 * seeds through SeedSequence as `np.random.MT19937(seed)` does; RandomState's legacy
 * seeding sends an integer through `mt19937_seed` (Matsumoto-Nishimura `init_genrand`)
 * and an array through `init_by_array`. Doubles take 53 bits from two 32-bit outputs
 * (`a >> 5`, `b >> 6`); 64-bit draws put the first 32-bit output in the high word.
 */
import type { BitGen } from './bitgen';
import { SeedSequence, type Entropy } from './seedseq';
import { wasmMt19937Doubles, WASM_STREAM_MIN } from '../wasm/random';

/** Pass as the seed to skip seeding (the caller seeds right after). */
export const UNSEEDED: unique symbol = Symbol('unseeded');

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/**
 * The MT19937 bit generator (`np.random.MT19937`).
 *
 * Parameters
 * ----------
 * seed : number | bigint | number[] | SeedSequence, optional
 *     Entropy for SeedSequence, as `np.random.MT19937(seed)`. Omitted: fresh entropy.
 *     (RandomState's `np.random.seed(s)` seeding is `seed()` / `initByArray()`.)
 *
 * @example
 * const mt = new MT19937(42);
 * mt.nextUint32();   // 2327846034, as np.random.MT19937(42).random_raw()
 * mt.seed(0);        // legacy seeding
 * mt.nextDouble();   // 0.5488135039273248, as np.random.seed(0); np.random.random()
 */
export class MT19937 implements BitGen {
  /** The 624-word state vector (NumPy's `key`). */
  readonly key = new Uint32Array(N);
  /** Position of the next word in `key`; 624 means "twist before the next draw". */
  pos = N;
  hi = 0;
  lo = 0;

  /** The SeedSequence this generator was seeded from (null under legacy seeding). */
  seed_seq: SeedSequence | null = null;

  constructor(seed?: Entropy | SeedSequence | null | typeof UNSEEDED) {
    if (seed === UNSEEDED) return;
    const ss = seed instanceof SeedSequence ? seed : new SeedSequence(seed ?? null);
    this.seed_seq = ss;
    const val = ss.generate_state(N);
    // As _mt19937.pyx: MSB of word 0 set, and pos = 623 (not 624).
    this.key.set(val);
    this.key[0] = 0x80000000;
    this.pos = N - 1;
  }

  /**
   * Seeds with one 32-bit integer (`mt19937_seed`, what `np.random.seed(int)` calls).
   *
   * Parameters
   * ----------
   * s : number
   *     The seed; taken modulo 2**32.
   *
   * @example
   * mt.seed(42);
   */
  seed(s: number): void {
    const key = this.key;
    let x = s >>> 0;
    for (let pos = 0; pos < N; pos++) {
      key[pos] = x;
      x = (Math.imul(1812433253, (x ^ (x >>> 30)) >>> 0) + pos + 1) >>> 0;
    }
    this.pos = N;
  }

  /**
   * Seeds from an array of 32-bit words (`mt19937_init_by_array`), as NumPy does for
   * `np.random.seed([1, 2, 3])`.
   *
   * Parameters
   * ----------
   * initKey : ArrayLike<number>
   *     The words, each in [0, 2**32 - 1].
   *
   * @example
   * mt.initByArray([1, 2, 3]);
   */
  initByArray(initKey: ArrayLike<number>): void {
    const mt = this.key;
    const len = initKey.length;
    this.seed(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > len ? N : len; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) >>> 0) + (initKey[j] >>> 0) + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.pos = N;
  }

  /** Regenerates the 624 words (`mt19937_gen`). */
  private twist(): void {
    const key = this.key;
    // Module constants as locals: V8 re-checks module bindings on every use.
    const n = N, m = M, upper = UPPER_MASK, lower = LOWER_MASK, matrixA = MATRIX_A;
    let i = 0;
    let y: number;
    for (; i < n - m; i++) {
      y = (key[i] & upper) | (key[i + 1] & lower);
      key[i] = key[i + m] ^ (y >>> 1) ^ (-(y & 1) & matrixA);
    }
    for (; i < n - 1; i++) {
      y = (key[i] & upper) | (key[i + 1] & lower);
      key[i] = key[i + (m - n)] ^ (y >>> 1) ^ (-(y & 1) & matrixA);
    }
    y = (key[n - 1] & upper) | (key[0] & lower);
    key[n - 1] = key[m - 1] ^ (y >>> 1) ^ (-(y & 1) & matrixA);
    this.pos = 0;
  }

  /**
   * The next 32-bit output, as a non-negative number.
   *
   * @example
   * const mt = new MT19937(); mt.seed(0);
   * mt.nextUint32();   // 2357136044, as np.random.RandomState(0)
   */
  nextUint32(): number {
    if (this.pos === N) this.twist();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /**
   * Draws 64 bits into `hi` / `lo` (first 32-bit output is the high word, as NumPy's
   * `mt19937_next64`).
   *
   * @example
   * mt.nextUint64(); const v = mt.hi * 2 ** 32 + mt.lo;
   */
  nextUint64(): void {
    this.hi = this.nextUint32();
    this.lo = this.nextUint32();
  }

  /**
   * A double in [0, 1) with 53 random bits (`mt19937_next_double`).
   *
   * @example
   * const mt = new MT19937(); mt.seed(0);
   * mt.nextDouble();   // 0.5488135039273248
   */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /**
   * Fills `out[start:end]` with doubles; the hot loop behind `random_sample(size)`.
   *
   * @example
   * const out = new Float64Array(4); mt.fillDoubles(out, 0, 4);
   */
  fillDoubles(out: Float64Array, start: number, end: number): void {
    // Long streams on the wasm kernel (the same doubles); this loop is the fallback.
    if (end - start >= WASM_STREAM_MIN) {
      const pos = wasmMt19937Doubles(this.key, this.pos, out, start, end);
      if (pos >= 0) {
        this.pos = pos;
        return;
      }
    }
    const key = this.key;
    const n = N;
    let i = start;
    while (i < end) {
      if (this.pos === n) this.twist();
      let pos = this.pos;
      if (pos === n - 1) {
        // A double straddling a twist: its second word comes from the next block.
        out[i++] = this.nextDouble();
        continue;
      }
      // As many doubles as the block's words allow, with no bounds checks inside.
      const stop = Math.min(end, i + ((n - pos) >> 1));
      for (; i < stop; i++) {
        let y = key[pos];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        let z = key[pos + 1];
        z ^= z >>> 11;
        z ^= (z << 7) & 0x9d2c5680;
        z ^= (z << 15) & 0xefc60000;
        z ^= z >>> 18;
        pos += 2;
        // * 2**-53 is the C code's / 2**53 exactly (a power of two), and cheaper.
        out[i] = ((y >>> 5) * 67108864.0 + (z >>> 6)) * 1.1102230246251565e-16;
      }
      this.pos = pos;
    }
  }
}
