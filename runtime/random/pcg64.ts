/**
 * PCG64 (PCG XSL-RR 128/64) and NumPy's SeedSequence: the bit generator behind
 * `np.random.default_rng(seed)`, bit for bit.
 *
 * The 128-bit LCG state is held as eight 16-bit limbs so every partial product of the
 * multiply fits a double exactly; one step costs 36 multiplies and no allocation.
 */
import type { BitGen } from './bitgen';
import { SeedSequence, type Entropy } from './seedseq';

export { SeedSequence, type Entropy };

// ---------------------------------------------------------------- PCG64

// Multiplier 0x2360ED051FC65DA44385DF649FCCF645 as 16-bit limbs, least significant first.
const INV16 = 1 / 65536;
const M0 = 0xf645, M1 = 0x9fcc, M2 = 0xdf64, M3 = 0x4385, M4 = 0x5da4, M5 = 0x1fc6, M6 = 0xed05, M7 = 0x2360;

function limbsFromBig(x: bigint, out: { [i: number]: number }, at: number): void {
  for (let i = 0; i < 8; i++) out[at + i] = Number((x >> BigInt(16 * i)) & 0xffffn);
}

function bigFromLimbs(l: ArrayLike<number>, at: number): bigint {
  let r = 0n;
  for (let i = 7; i >= 0; i--) r = (r << 16n) | BigInt(l[at + i]);
  return r;
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
  /** State limbs 0..7 (least significant first) and increment limbs 8..15, 16 bits each. */
  private readonly st = new Int32Array(16);
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
    const mask128 = (1n << 128n) - 1n;
    const inc = ((initseq << 1n) | 1n) & mask128;
    limbsFromBig(inc, this.st, 8);
    this.setStateBig(0n);
    this.nextUint64();
    this.setStateBig((this.getStateBig() + initstate) & mask128);
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
        inc: bigFromLimbs(this.st, 8),
      },
      has_uint32: this.hasUint32 ? 1 : 0,
      uinteger: this.uinteger,
    };
  }

  set state(st: { state: { state: bigint; inc: bigint }; has_uint32?: number; uinteger?: number }) {
    this.setStateBig(BigInt(st.state.state));
    limbsFromBig(BigInt(st.state.inc), this.st, 8);
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
    const a0 = st[0], a1 = st[1], a2 = st[2], a3 = st[3], a4 = st[4], a5 = st[5], a6 = st[6], a7 = st[7];
    let t = a0 * M0 + st[8];
    let c = Math.floor(t * INV16); const r0 = t - c * 65536;
    t = a0 * M1 + a1 * M0 + st[9] + c;
    c = Math.floor(t * INV16); const r1 = t - c * 65536;
    t = a0 * M2 + a1 * M1 + a2 * M0 + st[10] + c;
    c = Math.floor(t * INV16); const r2 = t - c * 65536;
    t = a0 * M3 + a1 * M2 + a2 * M1 + a3 * M0 + st[11] + c;
    c = Math.floor(t * INV16); const r3 = t - c * 65536;
    t = a0 * M4 + a1 * M3 + a2 * M2 + a3 * M1 + a4 * M0 + st[12] + c;
    c = Math.floor(t * INV16); const r4 = t - c * 65536;
    t = a0 * M5 + a1 * M4 + a2 * M3 + a3 * M2 + a4 * M1 + a5 * M0 + st[13] + c;
    c = Math.floor(t * INV16); const r5 = t - c * 65536;
    t = a0 * M6 + a1 * M5 + a2 * M4 + a3 * M3 + a4 * M2 + a5 * M1 + a6 * M0 + st[14] + c;
    c = Math.floor(t * INV16); const r6 = t - c * 65536;
    t = a0 * M7 + a1 * M6 + a2 * M5 + a3 * M4 + a4 * M3 + a5 * M2 + a6 * M1 + a7 * M0 + st[15] + c;
    const r7 = t - Math.floor(t * INV16) * 65536;
    st[0] = r0; st[1] = r1; st[2] = r2; st[3] = r3; st[4] = r4; st[5] = r5; st[6] = r6; st[7] = r7;
    // xorshifted = high64 ^ low64, rotated right by the state's top 6 bits.
    const xh = ((r7 << 16) | r6) ^ ((r3 << 16) | r2);
    const xl = ((r5 << 16) | r4) ^ ((r1 << 16) | r0);
    const rot = r7 >>> 10;
    if (rot === 0) {
      this.hi = xh >>> 0; this.lo = xl >>> 0;
    } else if (rot < 32) {
      this.hi = ((xh >>> rot) | (xl << (32 - rot))) >>> 0;
      this.lo = ((xl >>> rot) | (xh << (32 - rot))) >>> 0;
    } else if (rot === 32) {
      this.hi = xl >>> 0; this.lo = xh >>> 0;
    } else {
      const r = rot - 32;
      this.hi = ((xl >>> r) | (xh << (32 - r))) >>> 0;
      this.lo = ((xh >>> r) | (xl << (32 - r))) >>> 0;
    }
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
    this.nextUint64();
    return (this.hi * 2097152 + (this.lo >>> 11)) * 1.1102230246251565e-16;
  }

  /**
   * Fills `out[start:end]` with `nextDouble()` values.
   *
   * @example
   * const out = new Float64Array(3); bg.fillDoubles(out, 0, 3);
   */
  fillDoubles(out: Float64Array, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.nextUint64();
      out[i] = (this.hi * 2097152 + (this.lo >>> 11)) * 1.1102230246251565e-16;
    }
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
    const mask128 = (1n << 128n) - 1n;
    let d = BigInt(delta) & mask128;
    let curMult = 0x2360ed051fc65da44385df649fccf645n;
    let curPlus = bigFromLimbs(this.st, 8);
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
