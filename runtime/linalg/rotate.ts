/**
 * Plane rotations of the rows of a row-major matrix, as the QL/QR iterations of eigh and
 * the SVD apply them to their eigen- or singular vectors: the JS loop here, or the wasm
 * kernel's queued sequences (runtime/wasm/rot.ts) with the same arithmetic per element.
 */
import { wasmRotationSpace } from '../wasm/rot';
import type { KernelExports } from '../wasm/module';

/** Applies row a = c a + s b, row b = c b - s a, now or at the next flush (before the rows are read). */
export interface RowRotator {
  rot(a: number, b: number, c: number, s: number): void;
  flush(): void;
}

/** Rows of this many columns and more go to the wasm kernel (measured: shorter rows gain little). */
export const WASM_MIN_COLS = 16;

/** The plain loop, applied at once. */
export class JsRotator implements RowRotator {
  constructor(private readonly M: Float64Array, private readonly ld: number) {}

  rot(a: number, b: number, c: number, s: number): void {
    const M = this.M, oa = a * this.ld, ob = b * this.ld;
    for (let i = 0; i < this.ld; i++) {
      const x = M[oa + i], y = M[ob + i];
      M[oa + i] = c * x + s * y;
      M[ob + i] = c * y - s * x;
    }
  }

  flush(): void {}
}

/** A rotator that does nothing (the vectors are not wanted). */
export const NO_ROTATION: RowRotator = { rot() {}, flush() {} };

/** Working matrices, a rotator of each one's rows, and the wasm kernels when they live in its memory. */
export interface RotationSpace {
  mats: Float64Array[];
  rotators: RowRotator[];
  /** Set when `mats` are in the kernels' memory (a matrix's pointer is its byteOffset). */
  K: KernelExports | null;
  release(): void;
}

/**
 * Zeroed rows x cols matrices with a rotator each, in the wasm scratch memory when the
 * kernels are there and the first one's rows are long enough, else plain arrays with JS
 * rotators. `release` must be called when done (after copying results out of `mats`); no
 * other wasm kernel may run before it (they share the scratch memory).
 */
export function rotationSpace(shapes: [number, number][]): RotationSpace {
  const w = shapes[0][1] >= WASM_MIN_COLS ? wasmRotationSpace(shapes) : null;
  if (w) return w;
  const mats = shapes.map(([r, c]) => new Float64Array(r * c));
  return { mats, rotators: mats.map((m, i) => new JsRotator(m, shapes[i][1])), K: null, release() {} };
}
