/**
 * Plane rotations of matrix rows on the wasm kernel (wasm/rot.ts): the QL/QR iterations of
 * eigh and the SVD queue their rotations, and a full queue (or a flush) applies the whole
 * sequence in one call, walking the matrix in column blocks that stay in cache. The
 * matrices live in the scratch memory meanwhile; the arithmetic per element is the JS
 * loop's, so the results are bit for bit those of the JS path (runtime/linalg/rotate.ts).
 */
import type { RowRotator } from '../linalg/rotate';
import { checkInterrupt } from '../interrupt';
import { kernels, scratch, releaseScratch, align, type KernelExports } from './module';
import { Job, runOnThreads, splitRange, threadsFor } from './threads';

/** Rotations queued per call (32 bytes each: the sequence stays in L2 while the blocks pass). */
const QUEUE = 4096;
/** Element updates of a flush below which it runs on one thread. */
const THREAD_MIN = 2 ** 18;
/** The kernel's column block: threads split the columns at its multiples. */
const CB = 12;

class WasmRotator implements RowRotator {
  private n = 0;
  constructor(
    private readonly K: KernelExports, private readonly mat: number, private readonly ld: number,
    private readonly seqAt: number, private readonly seq: Float64Array,
  ) {}

  rot(a: number, b: number, c: number, s: number): void {
    const o = this.n * 4;
    this.seq[o] = a;
    this.seq[o + 1] = b;
    this.seq[o + 2] = c;
    this.seq[o + 3] = s;
    if (++this.n === QUEUE) this.flush();
  }

  flush(): void {
    if (this.n === 0) return;
    const threads = this.n * this.ld >= THREAD_MIN ? threadsFor(this.K) : 1;
    if (threads > 1) {
      // columns are independent: each thread takes a range of column blocks
      runOnThreads(this.K, splitRange(this.ld, threads, CB).map(([c0, c1]): [Job, number[]] =>
        [Job.Rotate, [this.mat + c0 * 8, this.ld, c1 - c0, this.n, this.seqAt]]));
    } else {
      this.K.rot_rows_f64(this.mat, this.ld, this.ld, this.n, this.seqAt);
    }
    this.n = 0;
    checkInterrupt();
  }
}

/** Matrices in the scratch memory with a rotator each; `release` lets the scratch go (copy results out first). */
export interface WasmRotationSpace {
  mats: Float64Array[];
  rotators: RowRotator[];
  /** The kernels, for callers that run more of their work on `mats` (pointers: byteOffset). */
  K: KernelExports;
  release(): void;
}

/**
 * Zeroed rows x cols matrices (row-major) in the scratch memory, each with a rotator of its
 * rows; null when the wasm kernels are unavailable. No other wasm kernel may run until
 * `release` (they share the scratch).
 */
export function wasmRotationSpace(shapes: [number, number][]): WasmRotationSpace | null {
  const K = kernels();
  if (!K) return null;
  const at: number[] = [];
  let end = 0;
  for (const [r, c] of shapes) {
    at.push(end, end + align(r * c * 8));
    end += align(r * c * 8) + QUEUE * 32;
  }
  const base = scratch(K, end);
  if (base < 0) return null;
  const buf = K.memory.buffer;
  new Uint8Array(buf, base, end).fill(0);
  const mats: Float64Array[] = [], rotators: RowRotator[] = [];
  shapes.forEach(([r, c], i) => {
    const m = base + at[2 * i], q = base + at[2 * i + 1];
    mats.push(new Float64Array(buf, m, r * c));
    rotators.push(new WasmRotator(K, m, c, q, new Float64Array(buf, q, QUEUE * 4)));
  });
  return { mats, rotators, K, release: () => releaseScratch(K) };
}
