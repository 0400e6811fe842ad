// AssemblyScript (compiled by wasm/build.mjs): a sequence of plane rotations applied to the
// rows of a row-major float64 matrix (LAPACK's dlasr, the O(n^3) part of the QL/QR
// iterations behind eigh and the SVD once eigen- or singular vectors are wanted).
//
// Rotation t, four float64 at seq + 32 t: (row a, row b, c, s), then
//   row a = c * row a + s * row b,   row b = c * row b - s * row a
// (separate multiplies and adds, as the JS loops in runtime/linalg/rotate.ts, so the result
// is bit for bit theirs). Columns are independent, so the matrix is walked in blocks of
// twelve columns (six independent vector chains hide the multiply-add latency and still
// fit the registers; measured ~10% faster than eight): each block passes through the
// whole sequence with the last rotation's row b held in registers, since the sweeps chain
// their rotations (the next one's row a, or b, is this one's b): one load and one store
// per rotation instead of two of each.

/** Columns per block: six vectors of two float64. */
const CB: i32 = 12;

export function rot_rows_f64(w: usize, ld: i32, ncols: i32, count: i32, seq: usize): void {
  const rowBytes = <usize>ld * 8;
  const full = ncols - ncols % CB;
  for (let j0 = 0; j0 < full; j0 += CB) {
    const col = w + <usize>j0 * 8;
    // the carried row (index `cr`, -1 for none), not yet stored
    let cr: i32 = -1;
    let k0 = f64x2.splat(0), k1 = k0, k2 = k0, k3 = k0, k4 = k0, k5 = k0;
    for (let t = 0; t < count; t++) {
      const r = seq + <usize>t * 32;
      const a = <i32>load<f64>(r), b = <i32>load<f64>(r, 8);
      const pa = col + <usize>a * rowBytes, pb = col + <usize>b * rowBytes;
      const cv = v128.load_splat<f64>(r, 16), sv = v128.load_splat<f64>(r, 24);
      let x0: v128, x1: v128, x2: v128, x3: v128, x4: v128, x5: v128, y0: v128, y1: v128, y2: v128, y3: v128, y4: v128, y5: v128;
      if (a == cr) { x0 = k0; x1 = k1; x2 = k2; x3 = k3; x4 = k4; x5 = k5; }
      else { x0 = v128.load(pa); x1 = v128.load(pa, 16); x2 = v128.load(pa, 32); x3 = v128.load(pa, 48); x4 = v128.load(pa, 64); x5 = v128.load(pa, 80); }
      if (b == cr) { y0 = k0; y1 = k1; y2 = k2; y3 = k3; y4 = k4; y5 = k5; }
      else { y0 = v128.load(pb); y1 = v128.load(pb, 16); y2 = v128.load(pb, 32); y3 = v128.load(pb, 48); y4 = v128.load(pb, 64); y5 = v128.load(pb, 80); }
      if (cr >= 0 && cr != a && cr != b) {
        const pc = col + <usize>cr * rowBytes;
        v128.store(pc, k0); v128.store(pc, k1, 16); v128.store(pc, k2, 32); v128.store(pc, k3, 48); v128.store(pc, k4, 64); v128.store(pc, k5, 80);
      }
      v128.store(pa, f64x2.add(f64x2.mul(cv, x0), f64x2.mul(sv, y0)));
      v128.store(pa, f64x2.add(f64x2.mul(cv, x1), f64x2.mul(sv, y1)), 16);
      v128.store(pa, f64x2.add(f64x2.mul(cv, x2), f64x2.mul(sv, y2)), 32);
      v128.store(pa, f64x2.add(f64x2.mul(cv, x3), f64x2.mul(sv, y3)), 48);
      v128.store(pa, f64x2.add(f64x2.mul(cv, x4), f64x2.mul(sv, y4)), 64);
      v128.store(pa, f64x2.add(f64x2.mul(cv, x5), f64x2.mul(sv, y5)), 80);
      k0 = f64x2.sub(f64x2.mul(cv, y0), f64x2.mul(sv, x0));
      k1 = f64x2.sub(f64x2.mul(cv, y1), f64x2.mul(sv, x1));
      k2 = f64x2.sub(f64x2.mul(cv, y2), f64x2.mul(sv, x2));
      k3 = f64x2.sub(f64x2.mul(cv, y3), f64x2.mul(sv, x3));
      k4 = f64x2.sub(f64x2.mul(cv, y4), f64x2.mul(sv, x4));
      k5 = f64x2.sub(f64x2.mul(cv, y5), f64x2.mul(sv, x5));
      cr = b;
    }
    if (cr >= 0) {
      const pc = col + <usize>cr * rowBytes;
      v128.store(pc, k0); v128.store(pc, k1, 16); v128.store(pc, k2, 32); v128.store(pc, k3, 48); v128.store(pc, k4, 64); v128.store(pc, k5, 80);
    }
  }
  // the last ncols % 12 columns, one at a time
  for (let j = full; j < ncols; j++) {
    const col = w + <usize>j * 8;
    for (let t = 0; t < count; t++) {
      const r = seq + <usize>t * 32;
      const pa = col + <usize>(<i32>load<f64>(r)) * rowBytes;
      const pb = col + <usize>(<i32>load<f64>(r, 8)) * rowBytes;
      const c = load<f64>(r, 16), s = load<f64>(r, 24);
      const x = load<f64>(pa), y = load<f64>(pb);
      store<f64>(pa, c * x + s * y);
      store<f64>(pb, c * y - s * x);
    }
  }
}
