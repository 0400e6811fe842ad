// AssemblyScript (compiled by wasm/build.mjs): the non-GEMM parts of the blocked
// Householder QR (runtime/wasm/qr.ts): a reflector applied to the rest of its panel
// (dlarf), and the block reflector's triangular factor (dlarft), on contiguous vectors.
import { axpy, dot } from './house';

/**
 * For each of `count` vectors c_j (len values at c + j * ld * 8): c_j -= tau (v . c_j) v,
 * the reflector I - tau v v^T applied to them (v[0] is used as stored: the caller puts 1 there).
 */
export function house_left_f64(v: usize, tau: f64, c: usize, ld: i32, len: i32, count: i32): void {
  for (let j = 0; j < count; j++) {
    const cj = c + (<usize>j * <usize>ld << 3);
    axpy(cj, v, -tau * dot(v, cj, len), len);
  }
}

/**
 * dlarft (forward, columnwise) for the jb reflectors stored as the rows of V^T at vt
 * (row c: mr values, stride ld; zero before position c and 1 at it): T (jb x jb,
 * row-major at t, upper triangular) with H_0 ... H_{jb-1} = I - V T V^T. `z` holds jb
 * doubles of work space.
 */
export function larft_f64(vt: usize, ld: i32, mr: i32, jb: i32, tau: usize, t: usize, z: usize): void {
  memory.fill(t, 0, <usize>(jb * jb) << 3);
  for (let i = 0; i < jb; i++) {
    const ti = load<f64>(tau + (<usize>i << 3));
    if (ti == 0) continue;
    const vi = vt + (<usize>(i * ld + i) << 3);
    // z[q] = V[:, q] . V[:, i] over the rows from i on (v_i is zero above row i)
    for (let q = 0; q < i; q++) store<f64>(z + (<usize>q << 3), dot(vt + (<usize>(q * ld + i) << 3), vi, mr - i));
    for (let q = 0; q < i; q++) {
      let s = 0.0;
      for (let p = q; p < i; p++) s += load<f64>(t + (<usize>(q * jb + p) << 3)) * load<f64>(z + (<usize>p << 3));
      store<f64>(t + (<usize>(q * jb + i) << 3), -ti * s);
    }
    store<f64>(t + (<usize>(i * jb + i) << 3), ti);
  }
}
