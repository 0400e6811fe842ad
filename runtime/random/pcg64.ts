/**
 * PCG64 (PCG XSL-RR 128/64) and NumPy's SeedSequence: the bit generator behind
 * `np.random.default_rng(seed)`, bit for bit.
 *
 * The 128-bit LCG state is held as four 32-bit limbs. One step, state * MULT + inc mod
 * 2**128, takes each limb's low 32 bits exactly from `Math.imul` sums and the carry out of
 * each column from a double estimate of the column sum: less than 2**66 with a rounding
 * error below 2**16, so (estimate - exact low bits) / 2**32 is within 2**-16 of the true
 * integer carry and rounding it to nearest is exact. No allocation, no BigInt in the
 * stepping; the bulk fills keep the state in locals.
 */
import type { BitGen } from './bitgen';
import { SeedSequence, type Entropy } from './seedseq';
import { wasmPcg64Doubles, WASM_STREAM_MIN } from '../wasm/random';

export { SeedSequence, type Entropy };

// ---------------------------------------------------------------- PCG64

// Multiplier 0x2360ED051FC65DA44385DF649FCCF645 as 32-bit limbs, least significant first:
// unsigned for the double estimates, signed (`| 0`) for Math.imul.
const M0 = 0x9fccf645, M1 = 0x4385df64, M2 = 0x1fc65da4;
const M0I = M0 | 0, M1I = M1 | 0, M2I = M2 | 0, M3I = 0x2360ed05;
const INV32 = 1 / 4294967296;
/** 1.5 * 2**52: adding and subtracting it rounds a double below 2**51 to an integer. */
const ROUNDER = 6755399441055744;
const MULT = 0x2360ed051fc65da44385df649fccf645n;
const MASK128 = (1n << 128n) - 1n;

/** 2**-53, the weight of a 53-bit double's last bit. */
const TWO_M53 = 1.1102230246251565e-16;

function limbsFromBig(x: bigint, out: Int32Array, at: number): void {
  for (let i = 0; i < 4; i++) out[at + i] = Number((x >> BigInt(32 * i)) & 0xffffffffn) | 0;
}

function bigFromLimbs(l: Int32Array, at: number): bigint {
  let r = 0n;
  for (let i = 3; i >= 0; i--) r = (r << 32n) | BigInt(l[at + i] >>> 0);
  return r;
}

/**
 * One LCG step on `st` (state limbs 0..3, increment limbs 4..7, as int32), in place.
 * (Module constants are copied to locals: V8 re-checks module bindings on every use.)
 */
function step(st: Int32Array): void {
  const m0 = M0, m1 = M1, m2 = M2, m0i = M0I, m1i = M1I, m2i = M2I, m3i = M3I;
  const inv = INV32, rnd = ROUNDER;
  const s0 = st[0], s1 = st[1], s2 = st[2], s3 = st[3];
  const i0 = st[4], i1 = st[5], i2 = st[6];
  const u0 = s0 >>> 0, u1 = s1 >>> 0, u2 = s2 >>> 0;
  // Column k: exact low word from imul sums plus the carry in; carry out = round((column
  // sum estimate - exact low word) / 2**32).
  const r0 = (Math.imul(s0, m0i) + i0) | 0;
  const q1 = ((u0 * m0 + (i0 >>> 0) - (r0 >>> 0)) * inv + rnd) - rnd;
  const r1 = (Math.imul(s0, m1i) + Math.imul(s1, m0i) + i1 + q1) | 0;
  const q2 = ((u0 * m1 + u1 * m0 + (i1 >>> 0) + q1 - (r1 >>> 0)) * inv + rnd) - rnd;
  const r2 = (Math.imul(s0, m2i) + Math.imul(s1, m1i) + Math.imul(s2, m0i) + i2 + q2) | 0;
  const q3 = ((u0 * m2 + u1 * m1 + u2 * m0 + (i2 >>> 0) + q2 - (r2 >>> 0)) * inv + rnd) - rnd;
  st[3] = Math.imul(s0, m3i) + Math.imul(s1, m2i) + Math.imul(s2, m1i) + Math.imul(s3, m0i) + st[7] + q3;
  st[0] = r0;
  st[1] = r1;
  st[2] = r2;
}

/**
 * The XSL-RR output's words (as int32; callers take `>>> 0` where they need uint32):
 * (high 64 ^ low 64) rotated right by the state's top 6 bits, branch-free. A rotation by
 * 32 or more first swaps the words (`t` is their xor where rot >= 32, else 0); JS shift
 * counts are taken mod 32, and `(b << 1) << (31 - rot)` is `b << (32 - rot)` but 0 where
 * that count would be 32.
 */
function outputHi(st: Int32Array): number {
  const r3 = st[3];
  const rot = r3 >>> 26;
  const xh = r3 ^ st[1];
  const xl = st[2] ^ st[0];
  const t = (xh ^ xl) & ((rot << 26) >> 31);
  return ((xh ^ t) >>> rot) | (((xl ^ t) << 1) << (31 - rot));
}

function outputLo(st: Int32Array): number {
  const r3 = st[3];
  const rot = r3 >>> 26;
  const xh = r3 ^ st[1];
  const xl = st[2] ^ st[0];
  const t = (xh ^ xl) & ((rot << 26) >> 31);
  return ((xl ^ t) >>> rot) | (((xh ^ t) << 1) << (31 - rot));
}

/**
 * NumPy's PCG64 bit generator (XSL-RR output on a 128-bit LCG), seeded through
 * SeedSequence exactly as `np.random.PCG64(seed)`.
 *
 * Parameters
 * ----------
 * seed : number | bigint | number[] | SeedSequence, optional
 *     Entropy for SeedSequence. Omitted: fresh entropy.
 *
 * @example
 * const bg = new PCG64(42);
 * bg.nextDouble();   // 0.7739560485559633, as np.random.default_rng(42).random()
 */
export class PCG64 implements BitGen {
  /** State limbs 0..3 (least significant first) and increment limbs 4..7, 32 bits each. */
  private readonly st = new Int32Array(8);
  /** The buffered upper half of the last 64-bit draw (NumPy's `has_uint32` / `uinteger`). */
  private hasUint32 = false;
  private uinteger = 0;
  hi = 0;
  lo = 0;
  readonly seed_seq: SeedSequence | null;

  constructor(seed?: Entropy | SeedSequence | null) {
    const ss = seed instanceof SeedSequence ? seed : new SeedSequence(seed ?? null);
    this.seed_seq = ss;
    const v = ss.generate_state(4, 'uint64');
    this.setSeed((v[0] << 64n) | v[1], (v[2] << 64n) | v[3]);
  }

  /**
   * Seeds the LCG directly (`pcg64_set_seed`: pcg_setseq_128_srandom_r).
   *
   * Parameters
   * ----------
   * initstate : bigint
   *     128-bit initial state.
   * initseq : bigint
   *     128-bit stream selector; the increment is `2 * initseq + 1`.
   *
   * @example
   * bg.setSeed(1n, 2n);
   */
  setSeed(initstate: bigint, initseq: bigint): void {
    const inc = ((initseq << 1n) | 1n) & MASK128;
    limbsFromBig(inc, this.st, 4);
    this.setStateBig(0n);
    this.nextUint64();
    this.setStateBig((this.getStateBig() + initstate) & MASK128);
    this.nextUint64();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  private setStateBig(x: bigint): void {
    limbsFromBig(x, this.st, 0);
  }

  private getStateBig(): bigint {
    return bigFromLimbs(this.st, 0);
  }

  /**
   * The generator's state as NumPy's `bit_generator.state` dict (BigInts for the 128-bit
   * words).
   *
   * @example
   * new PCG64(0).state.state.state;   // 128-bit bigint
   */
  get state(): { bit_generator: 'PCG64'; state: { state: bigint; inc: bigint }; has_uint32: number; uinteger: number } {
    return {
      bit_generator: 'PCG64',
      state: {
        state: this.getStateBig(),
        inc: bigFromLimbs(this.st, 4),
      },
      has_uint32: this.hasUint32 ? 1 : 0,
      uinteger: this.uinteger,
    };
  }

  set state(st: { state: { state: bigint; inc: bigint }; has_uint32?: number; uinteger?: number }) {
    this.setStateBig(BigInt(st.state.state));
    limbsFromBig(BigInt(st.state.inc), this.st, 4);
    this.hasUint32 = !!st.has_uint32;
    this.uinteger = st.uinteger ?? 0;
  }

  /**
   * Draws 64 bits into `hi` / `lo` (`pcg64_next64`: state = state * MULT + inc, then the
   * XSL-RR output of the new state).
   *
   * @example
   * bg.nextUint64(); const v = (BigInt(bg.hi) << 32n) | BigInt(bg.lo);
   */
  nextUint64(): void {
    const st = this.st;
    step(st);
    this.hi = outputHi(st) >>> 0;
    this.lo = outputLo(st) >>> 0;
  }

  /**
   * The next 32 bits: the low half of a fresh 64-bit draw, then its buffered high half
   * (`pcg64_next32`).
   *
   * @example
   * bg.nextUint32();
   */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.nextUint64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /**
   * A double in [0, 1): `(next_uint64 >> 11) * 2**-53`.
   *
   * @example
   * new PCG64(42).nextDouble();   // 0.7739560485559633
   */
  nextDouble(): number {
    const st = this.st;
    step(st);
    return ((outputHi(st) >>> 0) * 2097152 + (outputLo(st) >>> 11)) * TWO_M53;
  }

  /**
   * Fills `hi[0:n]` / `lo[0:n]` with the next n 64-bit draws, as n `nextUint64()` calls
   * would: the bulk path behind `standard_normal` (fillDoubles is its twin for `random`).
   *
   * @example
   * const hi = new Uint32Array(4), lo = new Uint32Array(4); bg.fillUint64(hi, lo, 4);
   */
  fillUint64(hi: Uint32Array, lo: Uint32Array, n: number): void {
    // step() and output words with the state in locals (no memory round trips).
    const m0 = M0, m1 = M1, m2 = M2, m0i = M0I, m1i = M1I, m2i = M2I, m3i = M3I;
    const inv = INV32, rnd = ROUNDER;
    const st = this.st;
    let s0 = st[0], s1 = st[1], s2 = st[2], s3 = st[3];
    const i0 = st[4], i1 = st[5], i2 = st[6], i3 = st[7];
    const d0 = i0 >>> 0, d1 = i1 >>> 0, d2 = i2 >>> 0;
    for (let i = 0; i < n; i++) {
      const u0 = s0 >>> 0, u1 = s1 >>> 0, u2 = s2 >>> 0;
      const r0 = (Math.imul(s0, m0i) + i0) | 0;
      const q1 = ((u0 * m0 + d0 - (r0 >>> 0)) * inv + rnd) - rnd;
      const r1 = (Math.imul(s0, m1i) + Math.imul(s1, m0i) + i1 + q1) | 0;
      const q2 = ((u0 * m1 + u1 * m0 + d1 + q1 - (r1 >>> 0)) * inv + rnd) - rnd;
      const r2 = (Math.imul(s0, m2i) + Math.imul(s1, m1i) + Math.imul(s2, m0i) + i2 + q2) | 0;
      const q3 = ((u0 * m2 + u1 * m1 + u2 * m0 + d2 + q2 - (r2 >>> 0)) * inv + rnd) - rnd;
      const r3 = (Math.imul(s0, m3i) + Math.imul(s1, m2i) + Math.imul(s2, m1i) + Math.imul(s3, m0i) + i3 + q3) | 0;
      s0 = r0; s1 = r1; s2 = r2; s3 = r3;
      const rot = r3 >>> 26;
      const xh = r3 ^ r1;
      const xl = r2 ^ r0;
      const t = (xh ^ xl) & ((rot << 26) >> 31);
      const a = xh ^ t;
      const b = xl ^ t;
      hi[i] = (a >>> rot) | ((b << 1) << (31 - rot));
      lo[i] = (b >>> rot) | ((a << 1) << (31 - rot));
    }
    st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3;
  }

  /**
   * Fills `out[start:end]` with `nextDouble()` values.
   *
   * @example
   * const out = new Float64Array(3); bg.fillDoubles(out, 0, 3);
   */
  fillDoubles(out: Float64Array, start: number, end: number): void {
    // Long streams on the wasm kernel (the same doubles); this loop is the fallback.
    if (end - start >= WASM_STREAM_MIN && wasmPcg64Doubles(this.st, out, start, end)) return;
    // fillUint64's loop, making doubles straight from the output words.
    const m0 = M0, m1 = M1, m2 = M2, m0i = M0I, m1i = M1I, m2i = M2I, m3i = M3I;
    const inv = INV32, rnd = ROUNDER, ulp = TWO_M53;
    const st = this.st;
    let s0 = st[0], s1 = st[1], s2 = st[2], s3 = st[3];
    const i0 = st[4], i1 = st[5], i2 = st[6], i3 = st[7];
    const d0 = i0 >>> 0, d1 = i1 >>> 0, d2 = i2 >>> 0;
    for (let i = start; i < end; i++) {
      const u0 = s0 >>> 0, u1 = s1 >>> 0, u2 = s2 >>> 0;
      const r0 = (Math.imul(s0, m0i) + i0) | 0;
      const q1 = ((u0 * m0 + d0 - (r0 >>> 0)) * inv + rnd) - rnd;
      const r1 = (Math.imul(s0, m1i) + Math.imul(s1, m0i) + i1 + q1) | 0;
      const q2 = ((u0 * m1 + u1 * m0 + d1 + q1 - (r1 >>> 0)) * inv + rnd) - rnd;
      const r2 = (Math.imul(s0, m2i) + Math.imul(s1, m1i) + Math.imul(s2, m0i) + i2 + q2) | 0;
      const q3 = ((u0 * m2 + u1 * m1 + u2 * m0 + d2 + q2 - (r2 >>> 0)) * inv + rnd) - rnd;
      const r3 = (Math.imul(s0, m3i) + Math.imul(s1, m2i) + Math.imul(s2, m1i) + Math.imul(s3, m0i) + i3 + q3) | 0;
      s0 = r0; s1 = r1; s2 = r2; s3 = r3;
      const rot = r3 >>> 26;
      const xh = r3 ^ r1;
      const xl = r2 ^ r0;
      const t = (xh ^ xl) & ((rot << 26) >> 31);
      const a = xh ^ t;
      const b = xl ^ t;
      const hi = ((a >>> rot) | ((b << 1) << (31 - rot))) >>> 0;
      const lo = (b >>> rot) | ((a << 1) << (31 - rot));
      out[i] = (hi * 2097152 + (lo >>> 11)) * ulp;
    }
    st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3;
  }

  /**
   * Advances the stream by `delta` steps (`pcg64_advance`).
   *
   * Parameters
   * ----------
   * delta : number | bigint
   *
   * @example
   * bg.advance(1000);
   */
  advance(delta: number | bigint): this {
    const mask128 = MASK128;
    let d = BigInt(delta) & mask128;
    let curMult = MULT;
    let curPlus = bigFromLimbs(this.st, 4);
    let accMult = 1n;
    let accPlus = 0n;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & mask128;
        accPlus = (accPlus * curMult + curPlus) & mask128;
      }
      curPlus = ((curMult + 1n) * curPlus) & mask128;
      curMult = (curMult * curMult) & mask128;
      d >>= 1n;
    }
    this.setStateBig((accMult * this.getStateBig() + accPlus) & mask128);
    this.hasUint32 = false;
    this.uinteger = 0;
    return this;
  }
}
