/**
 * Work buffers for the sort kernels, allocated on first use and reused for every row of
 * one sort call (so sorting many short rows allocates nothing per row).
 */

/** The largest counts table a kernel asks for: four 16-bit digit histograms. */
export const MAX_COUNTS = 4 * 65536;

export class SortScratch {
  private readonly u32s: (Uint32Array | undefined)[] = [];
  private readonly i32s: (Int32Array | undefined)[] = [];
  private readonly f64s: (Float64Array | undefined)[] = [];
  private cnt: Int32Array | undefined;

  /** `n` is the longest row any kernel will be given. */
  constructor(readonly n: number) {}

  /** Uint32 buffer number `slot`, of length n. */
  u32(slot: number): Uint32Array {
    return (this.u32s[slot] ??= new Uint32Array(this.n));
  }

  /** Int32 buffer number `slot`, of length n. */
  i32(slot: number): Int32Array {
    return (this.i32s[slot] ??= new Int32Array(this.n));
  }

  /** Float64 buffer number `slot`, of length n. */
  f64(slot: number): Float64Array {
    return (this.f64s[slot] ??= new Float64Array(this.n));
  }

  /** A zeroed histogram table of at least `size` entries. */
  counts(size: number): Int32Array {
    if (!this.cnt || this.cnt.length < size) this.cnt = new Int32Array(size);
    else this.cnt.fill(0, 0, size);
    return this.cnt;
  }
}
