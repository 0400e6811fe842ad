/**
 * Copying a strided matrix operand into the wasm scratch memory. When its elements lie in
 * a span of the source not much larger than the matrix (contiguous, transposed, a block of
 * rows), the span is copied with one `set` (which also converts the element type) and the
 * kernel keeps the strides; otherwise the elements are gathered row-major.
 */
import type { NumericArray } from '../linalg/gemm';

/** Where a staged operand is: element (i, j) at `base + i*rs + j*cs` of the destination view. */
export interface Staged {
  base: number;
  rs: number;
  cs: number;
}

/** Elements `stage` will write for a rows x cols operand (the bound the caller reserves). */
export function stagedLength(src: NumericArray, off: number, rs: number, cs: number, rows: number, cols: number): number {
  const span = spanOf(off, rs, cs, rows, cols);
  return useSpan(src, span[1] - span[0], rows * cols) ? span[1] - span[0] : rows * cols;
}

function spanOf(off: number, rs: number, cs: number, rows: number, cols: number): [number, number] {
  const r = (rows - 1) * rs, c = (cols - 1) * cs;
  return [off + Math.min(0, r) + Math.min(0, c), off + Math.max(0, r) + Math.max(0, c) + 1];
}

const useSpan = (src: NumericArray, span: number, size: number): boolean =>
  ArrayBuffer.isView(src) && span <= 2 * size + 64;

/**
 * Writes the rows x cols operand (element (i, j) at `src[off + i*rs + j*cs]`) into `dst`
 * from element `at`; returns where it is.
 */
export function stage(
  dst: Float64Array | Float32Array, at: number,
  src: NumericArray, off: number, rs: number, cs: number, rows: number, cols: number,
): Staged {
  if (rows === 0 || cols === 0) return { base: at, rs: cols, cs: 1 };
  const [lo, hi] = spanOf(off, rs, cs, rows, cols);
  if (useSpan(src, hi - lo, rows * cols)) {
    dst.set((src as Float64Array).subarray(lo, hi), at);
    return { base: at + off - lo, rs, cs };
  }
  let o = at;
  for (let i = 0; i < rows; i++) {
    for (let j = 0, s = off + i * rs; j < cols; j++, s += cs) dst[o++] = src[s];
  }
  return { base: at, rs: cols, cs: 1 };
}
