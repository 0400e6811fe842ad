// AssemblyScript (compiled by wasm/build.mjs): the O(n^3) loops of the Householder
// reductions behind eigh (EISPACK tred2) and the SVD (LINPACK dsvdc's bidiagonalisation
// and the forming of U and V), on float64 data in this module's memory. Dot products run
// in two-lane pairs (their sums are grouped differently from the JS loops': the results
// agree to rounding, not bit for bit); the axpys add element by element as JS does.

// @ts-ignore: decorator
@inline function at(p: usize, i: i32): usize {
  return p + (<usize>i << 3);
}

// @ts-ignore: decorator
@inline function rowAt(T: usize, n: i32, i: i32): usize {
  return T + (<usize>i * <usize>n << 3);
}

/** x . y over len values, four lanes of partial sums. */
export function dot(x: usize, y: usize, len: i32): f64 {
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const o = <usize>i << 3;
    s0 = f64x2.add(s0, f64x2.mul(v128.load(x + o), v128.load(y + o)));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(x + o, 16), v128.load(y + o, 16)));
  }
  const s = f64x2.add(s0, s1);
  let t = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < len; i++) t += load<f64>(at(x, i)) * load<f64>(at(y, i));
  return t;
}

/** y += a x over len values. */
export function axpy(y: usize, x: usize, a: f64, len: i32): void {
  const av = f64x2.splat(a);
  let i = 0;
  for (; i + 2 <= len; i += 2) {
    const o = <usize>i << 3;
    v128.store(y + o, f64x2.add(v128.load(y + o), f64x2.mul(av, v128.load(x + o))));
  }
  if (i < len) store<f64>(at(y, i), load<f64>(at(y, i)) + a * load<f64>(at(x, i)));
}

/**
 * For each of `count` vectors c_j (len values at c + j * ld * 8): c_j += t_j v with
 * t_j = -(v . c_j) / v[0], i.e. the reflector I - v v^T / v[0] applied to them (dsvdc's
 * column updates, and the forming of U and V from the stored reflectors).
 */
export function reflect_f64(v: usize, c: usize, ld: i32, len: i32, count: i32): void {
  const v0 = load<f64>(v);
  for (let j = 0; j < count; j++) {
    const cj = c + (<usize>j * <usize>ld << 3);
    axpy(cj, v, -dot(v, cj, len) / v0, len);
  }
}

/**
 * EISPACK tred2 on the symmetric n x n row-major matrix T (its own transpose), as
 * runtime/linalg/eigh.ts's JS tred2 (see there): d the diagonal, e the subdiagonal, and
 * with `accumulate` T = V^T, the transpose of the accumulated transformation.
 */
export function tred2_f64(T: usize, d: usize, e: usize, n: i32, accumulate: i32): void {
  for (let j = 0; j < n; j++) store<f64>(at(d, j), load<f64>(at(rowAt(T, n, j), n - 1)));
  for (let i = n - 1; i > 0; i--) {
    let scale = 0.0, h = 0.0;
    for (let k = 0; k < i; k++) scale += abs(load<f64>(at(d, k)));
    if (scale == 0) {
      store<f64>(at(e, i), load<f64>(at(d, i - 1)));
      for (let j = 0; j < i; j++) {
        store<f64>(at(d, j), load<f64>(at(rowAt(T, n, j), i - 1)));
        store<f64>(at(rowAt(T, n, j), i), 0);
        store<f64>(at(rowAt(T, n, i), j), 0);
      }
    } else {
      for (let k = 0; k < i; k++) {
        const x = load<f64>(at(d, k)) / scale;
        store<f64>(at(d, k), x);
        h += x * x;
      }
      let f = load<f64>(at(d, i - 1));
      let g = sqrt(h);
      if (f > 0) g = -g;
      store<f64>(at(e, i), scale * g);
      h -= f * g;
      store<f64>(at(d, i - 1), f - g);
      memory.fill(e, 0, <usize>i << 3);
      // e = A d (A the leading i x i block, symmetric: row j's upper part serves as column j)
      for (let j = 0; j < i; j++) {
        const rj = rowAt(T, n, j);
        f = load<f64>(at(d, j));
        store<f64>(at(rowAt(T, n, i), j), f);
        const len = i - 1 - j;
        g = load<f64>(at(e, j)) + load<f64>(at(rj, j)) * f + dot(at(rj, j + 1), at(d, j + 1), len);
        axpy(at(e, j + 1), at(rj, j + 1), f, len);
        store<f64>(at(e, j), g);
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        const x = load<f64>(at(e, j)) / h;
        store<f64>(at(e, j), x);
        f += x * load<f64>(at(d, j));
      }
      const hh = f / (h + h);
      axpy(e, d, -hh, i);
      for (let j = 0; j < i; j++) {
        const rj = rowAt(T, n, j);
        f = load<f64>(at(d, j));
        g = load<f64>(at(e, j));
        // T[j][k] -= f e[k] + g d[k], k = j .. i-1
        const len = i - j;
        axpy(at(rj, j), at(e, j), -f, len);
        axpy(at(rj, j), at(d, j), -g, len);
        store<f64>(at(d, j), load<f64>(at(rj, i - 1)));
        store<f64>(at(rj, i), 0);
      }
    }
    store<f64>(at(d, i), h);
  }
  if (!accumulate) {
    for (let j = 0; j < n; j++) store<f64>(at(d, j), load<f64>(at(rowAt(T, n, j), j)));
    store<f64>(e, 0);
    return;
  }
  for (let i = 0; i < n - 1; i++) {
    const ri = rowAt(T, n, i), r1 = rowAt(T, n, i + 1);
    store<f64>(at(ri, n - 1), load<f64>(at(ri, i)));
    store<f64>(at(ri, i), 1);
    const h = load<f64>(at(d, i + 1));
    if (h != 0) {
      for (let k = 0; k <= i; k++) store<f64>(at(d, k), load<f64>(at(r1, k)) / h);
      for (let j = 0; j <= i; j++) {
        const rj = rowAt(T, n, j);
        axpy(rj, d, -dot(r1, rj, i + 1), i + 1);
      }
    }
    memory.fill(r1, 0, <usize>(i + 1) << 3);
  }
  for (let j = 0; j < n; j++) {
    store<f64>(at(d, j), load<f64>(at(rowAt(T, n, j), n - 1)));
    store<f64>(at(rowAt(T, n, j), n - 1), 0);
  }
  store<f64>(at(rowAt(T, n, n - 1), n - 1), 1);
  store<f64>(e, 0);
}
