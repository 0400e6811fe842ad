/** What the np.linalg functions share: machine epsilon, the matrix norms' `ord` values, a float32-rounded scalar and one matrix of a stack. */

export const EPS = 2.220446049250313e-16;
export const MATRIX_ORDS: unknown[] = [null, undefined, 'fro', 'nuc', 1, -1, 2, -2, Infinity, -Infinity];

/** A number as a result of dtype `dt` reads (float32 rounded). */
export function scalar(v: number, dt: 'float32' | 'float64'): number {
  return dt === 'float32' ? Math.fround(v) : v;
}

/** One matrix of a stack, as a subarray (no copy). */
export function mat(data: Float64Array, b: number, size: number): Float64Array {
  return data.subarray(b * size, (b + 1) * size);
}
