/**
 * Twiddle factors as pocketfft computes them: the sine and cosine of an exact multiple
 * 2*pi*m/n, reduced by symmetry to an angle of at most pi/4 first, so every factor is
 * within an ulp or so of the true value (repeated multiplication would drift by O(n) ulps).
 */

/** cos(2*pi*m/n) and sin(2*pi*m/n) into out[0], out[1]; m and n integers, n > 0. */
export function sincos2pi(m: number, n: number, out: Float64Array): void {
  // work in units of 2*pi/(8n): angle a in [0, 8n)
  let a = (m % n) * 8;
  if (a < 0) a += 8 * n;
  const n8 = 8 * n;
  // fold into [0, pi): sin changes sign
  let sgnS = 1;
  if (a > 4 * n) { a = n8 - a; sgnS = -1; }
  // fold into [0, pi/2]: cos changes sign
  let sgnC = 1;
  if (a > 2 * n) { a = 4 * n - a; sgnC = -1; }
  // fold into [0, pi/4]: swap sin and cos
  let c: number, s: number;
  if (a === n) {
    c = s = Math.SQRT1_2; // exactly pi/4: the double nearest sqrt(1/2) for both
  } else if (a > n) {
    const phi = ((2 * n - a) / n) * (Math.PI / 4);
    c = Math.sin(phi);
    s = Math.cos(phi);
  } else {
    const phi = (a / n) * (Math.PI / 4);
    c = Math.cos(phi);
    s = Math.sin(phi);
  }
  out[0] = sgnC * c;
  out[1] = sgnS * s;
}

/** The n roots exp(-2*pi*i*k/n), k = 0..n-1, as split re/im tables. */
export function rootsTable(n: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const t = new Float64Array(2);
  for (let k = 0; k < n; k++) {
    sincos2pi(k, n, t);
    re[k] = t[0];
    im[k] = -t[1];
  }
  return { re, im };
}
