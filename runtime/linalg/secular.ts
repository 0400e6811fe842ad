/**
 * The secular equation of a rank-one update, rinv + sum_i z_i^2 / (dlt_i - tau) = 0, solved
 * for tau in the bracket (lo, hi) next to pole j by LAPACK's iteration (dlaed4's "middle
 * way": a rational model of the poles left of the root, psi, and right of it, phi, with
 * bisection as the safeguard). The divide-and-conquer eigensolver (tridiag-dc.ts, rinv =
 * 1/rho) and SVD (bdc.ts, rinv = 1, dlt the poles' offsets in x^2) share it.
 */
const EPS = 2.220446049250313e-16;

/**
 * tau with rinv + sum_i z_i^2 / (dlt_i - tau) ~ 0 in (lo, hi), from `tau` (taken as the
 * bracket's middle when outside it); `j` is the pole on the root's left, the last one
 * (K - 1) for the root beyond every pole.
 *
 * @example
 * // 1 + 1/(0 - t) + 1/(1 - t) = 0 between the poles 0 and 1
 * secularIterate(new Float64Array([0, 1]), [1, 1], 2, 0, 1, 0, 1, 0.5)   // 0.3819660112501051 ((3 - √5) / 2)
 */
export function secularIterate(
  dlt: Float64Array, z: ArrayLike<number>, K: number, j: number, rinv: number, lo: number, hi: number, tau: number,
): number {
  const last = j === K - 1;
  if (!(tau > lo && tau < hi)) tau = (lo + hi) / 2;
  for (let it = 0; it < 200; it++) {
    // the poles left of the root (psi, all terms negative) and right of it (phi, positive)
    let psi = 0, dpsi = 0, phi = 0, dphi = 0;
    for (let i = 0; i <= j; i++) {
      const t = z[i] / (dlt[i] - tau);
      psi += z[i] * t;
      dpsi += t * t;
    }
    for (let i = j + 1; i < K; i++) {
      const t = z[i] / (dlt[i] - tau);
      phi += z[i] * t;
      dphi += t * t;
    }
    const err = phi - psi;
    const g = rinv + psi + phi;
    if (Math.abs(g) <= EPS * (8 * err + 2 * rinv + 3 * Math.abs(tau) * (dpsi + dphi))) break;
    if (g < 0) lo = tau;
    else hi = tau;
    if (hi - lo <= 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) break;
    let eta: number;
    const Di = dlt[j] - tau;
    if (last) {
      const c = g - Di * dpsi;
      eta = c !== 0 ? Di + (Di * Di * dpsi) / c : NaN;
    } else {
      const Dn = dlt[j + 1] - tau;
      const C = g - Di * dpsi - Dn * dphi;
      const A = (Di + Dn) * g - Di * Dn * (dpsi + dphi);
      const B = Di * Dn * g;
      const sq = Math.sqrt(Math.abs(A * A - 4 * B * C));
      if (C === 0) eta = B / A;
      else if (A <= 0) eta = (A - sq) / (2 * C);
      else eta = (2 * B) / (A + sq);
    }
    const next = tau + eta;
    tau = next > lo && next < hi ? next : (lo + hi) / 2;
  }
  return tau;
}
