/**
 * The small norms as NumPy's LAPACK computes them (their roundings decide convergence
 * steps and so the signs of Schur vectors): dlapy2, w * sqrt(1 + (z/w)^2), and dnrm2.
 */

/** dlapy2(x, y) = sqrt(x^2 + y^2) with LAPACK's rounding. */
export function lapy2(x: number, y: number): number {
  const xa = Math.abs(x), ya = Math.abs(y);
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > Number.MAX_VALUE) return w;
  return w * Math.sqrt(1 + (z / w) * (z / w));
}

/**
 * dnrm2 of len entries x[off + k*stride]. OpenBLAS's x86-64 kernel accumulates in 80-bit
 * extended precision, so the result is the nearly correctly rounded norm: Math.hypot's
 * compensated sum is the closest double arithmetic gets to it.
 */
export function nrm2(x: ArrayLike<number>, off: number, stride: number, len: number): number {
  if (len === 1) return Math.abs(x[off]);
  if (len === 2) return Math.hypot(x[off], x[off + stride]);
  if (len === 3) return Math.hypot(x[off], x[off + stride], x[off + 2 * stride]);
  const v = new Array<number>(len);
  for (let k = 0; k < len; k++) v[k] = x[off + k * stride];
  return Math.hypot(...v);
}
