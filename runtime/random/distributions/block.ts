/**
 * A bit generator that hands out 64-bit words generated ahead in blocks by a bulk-capable
 * generator (PCG64's `fillUint64`), for filling a whole array from one distribution. It
 * never generates more words than the rest of the array is sure to use: a refill happens
 * only when a word is asked for (one certain use) and covers at most one word per element
 * still to come (`remaining`, kept by the caller, counts the current element too), valid
 * for distributions whose every draw takes at least one word and no 32-bit draw. The
 * generator's state afterwards is exactly as after one-by-one sampling.
 */
import type { BitGen } from '../bitgen';
import type { BulkBitGen } from '../normal-fill';

const BLOCK = 1024;

/** Words served from a block; see the module comment for when it may be used. */
export class BlockBitGen implements BitGen {
  hi = 0;
  lo = 0;
  /** Output elements still to draw, the current one included. */
  remaining = 0;
  private readonly bh = new Uint32Array(BLOCK);
  private readonly bl = new Uint32Array(BLOCK);
  private pos = 0;
  private len = 0;

  constructor(private readonly g: BulkBitGen) {}

  private refill(): void {
    const n = this.remaining < 1 ? 1 : this.remaining < BLOCK ? this.remaining : BLOCK;
    this.g.fillUint64(this.bh, this.bl, n);
    this.len = n;
    this.pos = 0;
  }

  nextUint64(): void {
    if (this.pos === this.len) this.refill();
    const k = this.pos++;
    this.hi = this.bh[k];
    this.lo = this.bl[k];
  }

  nextDouble(): number {
    if (this.pos === this.len) this.refill();
    const k = this.pos++;
    return (this.bh[k] * 2097152 + (this.bl[k] >>> 11)) * 1.1102230246251565e-16;
  }

  nextUint32(): number {
    // 32-bit draws halve a word and keep the other half in the generator: not servable here.
    throw new Error('BlockBitGen serves 64-bit draws only');
  }
}

/**
 * Whether `g` fills 64-bit words in bulk.
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * canBlock(new PCG64(0))   // true
 */
export function canBlock(g: BitGen): g is BitGen & BulkBitGen {
  return typeof (g as Partial<BulkBitGen>).fillUint64 === 'function';
}
