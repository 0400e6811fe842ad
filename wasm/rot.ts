// AssemblyScript (compiled by wasm/build.mjs): a sequence of plane rotations applied to the
// rows of a row-major float64 matrix (LAPACK's dlasr, the O(n^3) part of the QL/QR
// iterations behind eigh and the SVD once eigen- or singular vectors are wanted).
//
// Rotation t, four float64 at seq + 32 t: (row a, row b, c, s), then
//   row a = c * row a + s * row b,   row b = c * row b - s * row a
// (separate multiplies and adds, as the JS loops in runtime/linalg/eigh.ts and gkr.ts, so
// the result is bit for bit theirs). Columns are independent, so the matrix is walked in
// column blocks small enough to stay in L1 while every rotation of the sequence passes over
// them: the same arithmetic per element, in cache.

/** Columns per block: 16 float64 (128 bytes) of each row. */
const CB: i32 = 16;

export function rot_rows_f64(w: usize, ld: i32, ncols: i32, count: i32, seq: usize): void {
  const rowBytes = <usize>ld * 8;
  for (let j0 = 0; j0 < ncols; j0 += CB) {
    const jb = min(CB, ncols - j0);
    const pairs = jb >> 1;
    const col = w + <usize>j0 * 8;
    for (let t = 0; t < count; t++) {
      const r = seq + <usize>t * 32;
      const pa = col + <usize>(<i32>load<f64>(r)) * rowBytes;
      const pb = col + <usize>(<i32>load<f64>(r, 8)) * rowBytes;
      const c = load<f64>(r, 16), s = load<f64>(r, 24);
      const cv = f64x2.splat(c), sv = f64x2.splat(s);
      for (let q = 0; q < pairs; q++) {
        const o = <usize>q * 16;
        const x = v128.load(pa + o), y = v128.load(pb + o);
        v128.store(pa + o, f64x2.add(f64x2.mul(cv, x), f64x2.mul(sv, y)));
        v128.store(pb + o, f64x2.sub(f64x2.mul(cv, y), f64x2.mul(sv, x)));
      }
      if (jb & 1) {
        const o = <usize>(jb - 1) * 8;
        const x = load<f64>(pa + o), y = load<f64>(pb + o);
        store<f64>(pa + o, c * x + s * y);
        store<f64>(pb + o, c * y - s * x);
      }
    }
  }
}
