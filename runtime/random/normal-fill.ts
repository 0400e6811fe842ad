/**
 * The ziggurat standard normal (NumPy's `random_standard_normal`) for a whole array from a
 * bit generator that makes 64-bit draws in bulk: draws come from a block generated ahead,
 * never more than the array is sure to consume (each normal takes at least one draw), so
 * the generator's state afterwards is exactly as after one-by-one sampling.
 */
import { KI_DOUBLE, WI_DOUBLE, FI_DOUBLE, ZIGGURAT_NOR_R, ZIGGURAT_NOR_INV_R } from './ziggurat';

/** A bit generator with a bulk 64-bit path (PCG64). */
export interface BulkBitGen {
  /** Fills hi[0:n] / lo[0:n] with the next n 64-bit draws. */
  fillUint64(hi: Uint32Array, lo: Uint32Array, n: number): void;
}

const BLOCK = 1024;

/**
 * `wi_double` with the draw's sign bit folded in, indexed by the low 9 bits of the draw:
 * `rabs * WI_SIGNED[lo & 0x1ff]` is NumPy's `x = rabs * wi[idx]; if (sign) x = -x;`
 * exactly (negating a product is exact) without an unpredictable branch.
 */
const WI_SIGNED = new Float64Array(512);
for (let k = 0; k < 512; k++) WI_SIGNED[k] = k < 256 ? WI_DOUBLE[k] : -WI_DOUBLE[k - 256];

/** Draws generated ahead, handed out one at a time (for the rare paths that need more). */
class DrawBlock {
  readonly hi = new Uint32Array(BLOCK);
  readonly lo = new Uint32Array(BLOCK);
  pos = 0;
  len = 0;

  constructor(private readonly g: BulkBitGen) {}

  /** Refills with `promised` draws at most: as many as the caller will certainly consume. */
  refill(promised: number): void {
    this.len = promised < BLOCK ? promised : BLOCK;
    this.g.fillUint64(this.hi, this.lo, this.len);
    this.pos = 0;
  }

  /** The next draw as a double in [0, 1): `(draw >> 11) * 2**-53`, as `next_double`. */
  double(promised: number): number {
    if (this.pos === this.len) this.refill(promised);
    const k = this.pos++;
    return (this.hi[k] * 2097152 + (this.lo[k] >>> 11)) * 1.1102230246251565e-16;
  }
}

/**
 * The rest of an attempt whose first draw fell outside the ziggurat's rectangles: the tail
 * beyond r (layer 0) or the wedge test. Returns the normal, or NaN if the attempt is
 * rejected and must start over.
 */
function slowPath(b: DrawBlock, promised: number, idx: number, x: number, lo: number): number {
  if (idx === 0) {
    const r = ZIGGURAT_NOR_R;
    const invR = ZIGGURAT_NOR_INV_R;
    for (;;) {
      const xx = -invR * Math.log1p(-b.double(promised));
      const yy = -Math.log1p(-b.double(promised));
      if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(r + xx) : r + xx;
    }
  }
  const fi = FI_DOUBLE;
  if ((fi[idx - 1] - fi[idx]) * b.double(promised) + fi[idx] < Math.exp(-0.5 * x * x)) return x;
  return NaN;
}

/**
 * Fills `out` with standard normals exactly as NumPy's Generator draws them one by one.
 *
 * @example
 * fillStandardNormal(new PCG64(1), new Float64Array(4));   // as default_rng(1).standard_normal(4)
 */
export function fillStandardNormal(g: BulkBitGen, out: Float64Array): void {
  const b = new DrawBlock(g);
  const H = b.hi;
  const L = b.lo;
  const ki = KI_DOUBLE;
  const wi = WI_SIGNED;
  const n = out.length;
  let pos = 0;
  let len = 0;
  for (let i = 0; i < n; i++) {
    for (;;) {
      if (pos === len) {
        // Every normal still to come takes at least one draw.
        b.refill(n - i);
        len = b.len;
        pos = 0;
      }
      const lo = L[pos];
      const rabs = (H[pos] & 0x1fffffff) * 8388608 + (lo >>> 9);
      pos++;
      const x = rabs * wi[lo & 0x1ff];
      if (rabs < ki[lo & 0xff]) {
        out[i] = x;
        break;
      }
      b.pos = pos;
      const v = slowPath(b, n - i, lo & 0xff, x, lo);
      pos = b.pos;
      len = b.len;
      if (v === v) {
        out[i] = v;
        break;
      }
    }
  }
}
