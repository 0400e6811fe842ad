/**
 * What every bit generator offers, and NumPy's bounded-integer samplers built on it
 * (`numpy/random/src/distributions/distributions.c`: `random_interval`,
 * `random_bounded_uint64_fill` and the buffered 8/16/32-bit and bool variants).
 *
 * 64-bit quantities travel as two uint32 words (`hi`, `lo`) so the hot paths never
 * allocate; ranges above 2**32 go through BigInt, exactly as the C code's 64/128-bit
 * arithmetic (ranges above 2**53 are only as exact as JS numbers allow).
 */

/**
 * A source of random bits: NumPy's `bitgen_t`.
 *
 * `nextUint64` leaves its result in `hi` and `lo` (both uint32 as non-negative numbers).
 */
export interface BitGen {
  /** The next 32 random bits, as a number in [0, 2**32). */
  nextUint32(): number;
  /** The next 64 random bits, left in `hi` (upper word) and `lo` (lower word). */
  nextUint64(): void;
  /** A double in [0, 1), this generator's `next_double`. */
  nextDouble(): number;
  /** Upper word of the last `nextUint64`. */
  hi: number;
  /** Lower word of the last `nextUint64`. */
  lo: number;
}

const U64_MASK = (1n << 64n) - 1n;

/**
 * The smallest all-ones mask covering `max` (NumPy's `gen_mask`), for `max` < 2**53.
 *
 * @example
 * genMask(10);   // 15
 */
export function genMask(max: number): number {
  if (max <= 0) return 0;
  if (max >= 2 ** 53) return 2 ** 64 - 1;
  let bits = 0;
  let m = max;
  while (m >= 1) { bits++; m = Math.floor(m / 2); }
  return 2 ** bits - 1;
}

/** The full 64-bit draw as a BigInt. */
function next64Big(g: BitGen): bigint {
  g.nextUint64();
  return (BigInt(g.hi) << 32n) | BigInt(g.lo);
}

/**
 * A uniform integer in [0, max] by masked rejection (NumPy's `random_interval`), used by
 * the shuffles of both RandomState and Generator.
 *
 * Parameters
 * ----------
 * g : BitGen
 * max : number
 *     The inclusive upper bound, a non-negative integer.
 *
 * @example
 * randomInterval(new PCG64(0), 9);   // a uniform integer in [0, 9]
 */
export function randomInterval(g: BitGen, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    // Smallest mask >= max, computed in 32-bit arithmetic.
    let mask = max >>> 0;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    let value: number;
    while ((value = (g.nextUint32() & mask) >>> 0) > max);
    return value;
  }
  const maxB = BigInt(max);
  const maskB = BigInt(genMask(max));
  let value: bigint;
  while ((value = next64Big(g) & maskB) > maxB);
  return Number(value);
}

/**
 * Lemire's bounded draw in [0, rng] for 0 < rng < 0xFFFFFFFF (`buffered_bounded_lemire_uint32`).
 */
function lemire32(g: BitGen, rng: number): number {
  const rngExcl = rng + 1;
  let x = g.nextUint32();
  let leftover = Math.imul(x, rngExcl) >>> 0;
  if (leftover < rngExcl) {
    const threshold = (0xffffffff - rng) % rngExcl;
    while (leftover < threshold) {
      x = g.nextUint32();
      leftover = Math.imul(x, rngExcl) >>> 0;
    }
  }
  // High word of the 64-bit product x * rngExcl, exactly.
  const pl = (x & 0xffff) * rngExcl;
  const ph = (x >>> 16) * rngExcl;
  return Math.floor((ph + Math.floor(pl / 65536)) / 65536);
}

/** Masked rejection in [0, rng] for rng < 0xFFFFFFFF (`buffered_bounded_masked_uint32`). */
function masked32(g: BitGen, rng: number, mask: number): number {
  let v: number;
  while ((v = (g.nextUint32() & mask) >>> 0) > rng);
  return v;
}

/** Lemire's bounded draw for a 64-bit range (`bounded_lemire_uint64`), rng < 2**64 - 1. */
function lemire64(g: BitGen, rng: bigint): bigint {
  const rngExcl = rng + 1n;
  let m = next64Big(g) * rngExcl;
  let leftover = m & U64_MASK;
  if (leftover < rngExcl) {
    const threshold = (U64_MASK - rng) % rngExcl;
    while (leftover < threshold) {
      m = next64Big(g) * rngExcl;
      leftover = m & U64_MASK;
    }
  }
  return m >> 64n;
}

/** Masked rejection for a 64-bit range (`bounded_masked_uint64`). */
function masked64(g: BitGen, rng: bigint, mask: bigint): bigint {
  let v: bigint;
  while ((v = next64Big(g) & mask) > rng);
  return v;
}

/**
 * One bounded draw in [off, off + rng] with no buffering (NumPy's `random_bounded_uint64`),
 * as Generator.choice and its index shuffles call it.
 *
 * Parameters
 * ----------
 * g : BitGen
 * off : number
 *     The lower bound.
 * rng : number
 *     The width (inclusive upper bound minus `off`), non-negative.
 * useMasked : boolean
 *     Masked rejection (legacy) instead of Lemire's method.
 *
 * @example
 * boundedUint64(rng, 0, 9, false);
 */
export function boundedUint64(g: BitGen, off: number, rng: number, useMasked: boolean): number {
  if (rng === 0) return off;
  if (rng <= 0xffffffff) {
    if (rng === 0xffffffff) return off + g.nextUint32();
    return off + (useMasked ? masked32(g, rng, genMask(rng)) : lemire32(g, rng));
  }
  return off + Number(big64(g, BigInt(rng), useMasked));
}

function big64(g: BitGen, rng: bigint, useMasked: boolean): bigint {
  if (rng === U64_MASK) return next64Big(g);
  if (useMasked) {
    let mask = rng;
    for (let s = 1n; s <= 32n; s *= 2n) mask |= mask >> s;
    return masked64(g, rng, mask);
  }
  return lemire64(g, rng);
}

/**
 * Bounded integer draws in [off, off + rng] exactly as NumPy's
 * `random_buffered_bounded_{bool,uint8,uint16,uint32}` and `random_bounded_uint64` for an
 * output dtype of the given width: 8- and 16-bit values are carved out of a buffered
 * 32-bit word and bools out of its single bits, the buffer living as long as one call
 * of `integers` / `randint` (as NumPy's `buf` / `bcnt` locals do).
 *
 * Parameters
 * ----------
 * g : BitGen
 * bits : number
 *     1 (bool), 8, 16, 32 or 64: the width of the output dtype.
 * useMasked : boolean
 *     `true` for RandomState (masked rejection), `false` for Generator (Lemire).
 *
 * @example
 * const s = new BoundedSampler(mt, 64, true);
 * s.draw(0, 9);   // as np.random.randint(0, 10) after the same seed
 */
export class BoundedSampler {
  private buf = 0;
  private bcnt = 0;
  private lastRng = -1;
  private mask = 0;
  private rngBig = 0n;
  private maskBig = 0n;

  constructor(readonly g: BitGen, readonly bits: number, readonly useMasked: boolean) {}

  private nextSmall(): number {
    const bits = this.bits;
    if (this.bcnt === 0) {
      this.buf = this.g.nextUint32();
      this.bcnt = bits === 1 ? 31 : bits === 8 ? 3 : 1;
    } else {
      this.buf >>>= bits;
      this.bcnt--;
    }
    return bits === 1 ? this.buf & 1 : bits === 8 ? this.buf & 0xff : this.buf & 0xffff;
  }

  /**
   * One value in [off, off + rng].
   *
   * Parameters
   * ----------
   * off : number
   *     The lower bound.
   * rng : number
   *     The width of the closed interval, non-negative and within the dtype's range.
   */
  draw(off: number, rng: number): number {
    if (rng === 0) return off;
    const bits = this.bits;
    if (rng !== this.lastRng) {
      this.lastRng = rng;
      if (rng > 0xffffffff) {
        this.rngBig = BigInt(rng);
        let m = this.rngBig;
        for (let s = 1n; s <= 32n; s *= 2n) m |= m >> s;
        this.maskBig = m;
      } else {
        this.mask = genMask(rng);
      }
    }
    if (bits === 1) return this.nextSmall();
    if (bits === 8 || bits === 16) {
      const full = bits === 8 ? 0xff : 0xffff;
      if (rng === full) return off + this.nextSmall();
      if (this.useMasked) {
        const mask = this.mask;
        let v: number;
        while ((v = this.nextSmall() & mask) > rng);
        return off + v;
      }
      const rngExcl = rng + 1;
      const scale = full + 1;
      let m = this.nextSmall() * rngExcl;
      let leftover = m & full;
      if (leftover < rngExcl) {
        const threshold = (full - rng) % rngExcl;
        while (leftover < threshold) {
          m = this.nextSmall() * rngExcl;
          leftover = m & full;
        }
      }
      return off + Math.floor(m / scale);
    }
    if (rng <= 0xffffffff) {
      if (rng === 0xffffffff) return off + this.g.nextUint32();
      if (this.useMasked) {
        const mask = this.mask;
        let v: number;
        while ((v = (this.g.nextUint32() & mask) >>> 0) > rng);
        return off + v;
      }
      return off + lemire32(this.g, rng);
    }
    const rb = this.rngBig;
    if (rb >= U64_MASK) return off + Number(next64Big(this.g));
    return off + Number(this.useMasked ? masked64(this.g, rb, this.maskBig) : lemire64(this.g, rb));
  }
}

