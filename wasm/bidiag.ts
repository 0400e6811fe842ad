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
    // first sweep: the previous right reflector, and v . c_j on the updated values
    let t = 0.0;
    if (r != 0) {
      const rj = load<f64>(r + (<usize>j << 3));
      t = v != 0 ? updateDot(cj, wPrev, rj, v, len) : 0;
      if (v == 0) axpy(cj, wPrev, rj, len);
    } else if (v != 0) {
      t = dot(v, cj, len);
    }
    t = -t / v0;
    // second sweep: the left reflector, e_j = c_j[0], and acc += e_j c_j[1..]
    const ej = v != 0 ? load<f64>(cj) + t * load<f64>(v) : load<f64>(cj);
    store<f64>(e + (<usize>j << 3), ej);
    if (v != 0) updateAcc(cj, v, t, acc, ej, len);
    else axpy(acc, cj + 8, ej, len - 1);
  }
}

/** c += a w over len values, returning v . c (the updated c), in one sweep. */
function updateDot(c: usize, w: usize, a: f64, v: usize, len: i32): f64 {
  const av = f64x2.splat(a);
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const o = <usize>i << 3;
    const x0 = f64x2.add(v128.load(c + o), f64x2.mul(av, v128.load(w + o)));
    const x1 = f64x2.add(v128.load(c + o, 16), f64x2.mul(av, v128.load(w + o, 16)));
    v128.store(c + o, x0);
    v128.store(c + o, x1, 16);
    s0 = f64x2.add(s0, f64x2.mul(v128.load(v + o), x0));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(v + o, 16), x1));
  }
  const s = f64x2.add(s0, s1);
  let t = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < len; i++) {
    const o = <usize>i << 3;
    const x = load<f64>(c + o) + a * load<f64>(w + o);
    store<f64>(c + o, x);
    t += load<f64>(v + o) * x;
  }
  return t;
}

/** c += t v over len values, and acc[i] += e c[i + 1] (the updated c) for i < len - 1, in one sweep. */
function updateAcc(c: usize, v: usize, t: f64, acc: usize, e: f64, len: i32): void {
  const tv = f64x2.splat(t), ev = f64x2.splat(e);
  store<f64>(c, load<f64>(c) + t * load<f64>(v));
  // from element 1 on: c[1 + i] pairs with acc[i]
  const c1 = c + 8, v1 = v + 8, n = len - 1;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 3;
    const x0 = f64x2.add(v128.load(c1 + o), f64x2.mul(tv, v128.load(v1 + o)));
    const x1 = f64x2.add(v128.load(c1 + o, 16), f64x2.mul(tv, v128.load(v1 + o, 16)));
    v128.store(c1 + o, x0);
    v128.store(c1 + o, x1, 16);
    v128.store(acc + o, f64x2.add(v128.load(acc + o), f64x2.mul(ev, x0)));
    v128.store(acc + o, f64x2.add(v128.load(acc + o, 16), f64x2.mul(ev, x1)), 16);
  }
  for (; i < n; i++) {
    const o = <usize>i << 3;
    const x = load<f64>(c1 + o) + t * load<f64>(v1 + o);
    store<f64>(c1 + o, x);
    store<f64>(acc + o, load<f64>(acc + o) + e * x);
  }
}

/** c_j += r[j] w for `count` columns of len values (the last right reflector, no left one after it). */
export function bidiag_right_f64(c: usize, ld: i32, len: i32, count: i32, r: usize, w: usize): void {
  for (let j = 0; j < count; j++) axpy(c + (<usize>j * <usize>ld << 3), w, load<f64>(r + (<usize>j << 3)), len);
}
