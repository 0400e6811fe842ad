// AssemblyScript (compiled by wasm/build.mjs): one pass of LINPACK dsvdc's bidiagonal
// reduction over the trailing columns (runtime/linalg/gkr.ts), fusing what would be three
// passes over the matrix: the previous step's right reflector, this step's left reflector,
// and the sum that builds this step's right reflector. Each column is read from memory once
// per step and worked on while it sits in L1.
import { axpy, dot } from './house';

/**
 * For each of `count` columns c_j (len values at c + j * ld * 8, rows k..m-1 of step k):
 *   c_j += r[j] wPrev           (the previous right reflector; skipped when r is 0)
 *   c_j += t_j v, t_j = -(v . c_j) / v[0]   (this step's left reflector; skipped when v is 0)
 *   e[j] = c_j[0];  acc += e[j] c_j[1..]    (acc: len - 1 values, zeroed here)
 */
export function bidiag_pass_f64(
  v: usize, c: usize, ld: i32, len: i32, count: i32, r: usize, wPrev: usize, e: usize, acc: usize,
): void {
  memory.fill(acc, 0, <usize>(len - 1) << 3);
  const v0 = v != 0 ? load<f64>(v) : 1;
  for (let j = 0; j < count; j++) {
    const cj = c + (<usize>j * <usize>ld << 3);
    if (r != 0) axpy(cj, wPrev, load<f64>(r + (<usize>j << 3)), len);
    if (v != 0) axpy(cj, v, -dot(v, cj, len) / v0, len);
    const ej = load<f64>(cj);
    store<f64>(e + (<usize>j << 3), ej);
    axpy(acc, cj + 8, ej, len - 1);
  }
}

/** c_j += r[j] w for `count` columns of len values (the last right reflector, no left one after it). */
export function bidiag_right_f64(c: usize, ld: i32, len: i32, count: i32, r: usize, w: usize): void {
  for (let j = 0; j < count; j++) axpy(c + (<usize>j * <usize>ld << 3), w, load<f64>(r + (<usize>j << 3)), len);
}
