/**
 * LAPACK's dgebal (job 'B') and dgebak for dgeev: permute rows/columns to isolate
 * eigenvalues, then scale by powers of two so rows and columns have comparable 2-norms.
 * Matrices are n x n row-major; indices 0-based (ilo..ihi inclusive).
 */

import { nrm2 } from './lapy';

const SAFMIN = 2.2250738585072014e-308;
const PREC = 2 ** -52; // dlamch('P')
const SCLFAC = 2;
const FACTOR = 0.95;

export interface Balance {
  ilo: number;
  ihi: number;
  /** permutation targets outside ilo..ihi, scale factors inside */
  scale: Float64Array;
}

function swapCols(a: Float64Array, n: number, j: number, m: number, rows: number): void {
  for (let i = 0; i < rows; i++) { const t = a[i * n + j]; a[i * n + j] = a[i * n + m]; a[i * n + m] = t; }
}
function swapRows(a: Float64Array, n: number, j: number, m: number, from: number): void {
  for (let c = from; c < n; c++) { const t = a[j * n + c]; a[j * n + c] = a[m * n + c]; a[m * n + c] = t; }
}

/** Balances a in place (dgebal 'B'). */
export function gebal(a: Float64Array, n: number): Balance {
  const scale = new Float64Array(n);
  let k = 0, l = n - 1;
  if (n === 0) return { ilo: 0, ihi: -1, scale };
  // rows isolating an eigenvalue go to the bottom
  let found = true;
  while (found && l >= 0) {
    found = false;
    for (let j = l; j >= 0; j--) {
      let zero = true;
      for (let i = 0; i <= l; i++) if (i !== j && a[j * n + i] !== 0) { zero = false; break; }
      if (!zero) continue;
      scale[l] = j;
      if (j !== l) { swapCols(a, n, j, l, l + 1); swapRows(a, n, j, l, k); }
      if (l === 0) return { ilo: 0, ihi: 0, scale };
      l--;
      found = true;
      break;
    }
  }
  // columns isolating an eigenvalue go to the left
  found = true;
  while (found) {
    found = false;
    for (let j = k; j <= l; j++) {
      let zero = true;
      for (let i = k; i <= l; i++) if (i !== j && a[i * n + j] !== 0) { zero = false; break; }
      if (!zero) continue;
      scale[k] = j;
      if (j !== k) { swapCols(a, n, j, k, l + 1); swapRows(a, n, j, k, k); }
      k++;
      found = true;
      break;
    }
  }
  for (let i = k; i <= l; i++) scale[i] = 1;
  // iterative scaling toward equal row and column norms
  const sfmin1 = SAFMIN / PREC, sfmax1 = 1 / sfmin1;
  const sfmin2 = sfmin1 * SCLFAC, sfmax2 = 1 / sfmin2;
  let noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      let c = nrm2(a, k * n + i, n, l - k + 1), r = nrm2(a, i * n + k, 1, l - k + 1), ca = 0, ra = 0;
      for (let t = 0; t <= l; t++) ca = Math.max(ca, Math.abs(a[t * n + i]));
      for (let t = k; t < n; t++) ra = Math.max(ra, Math.abs(a[i * n + t]));
      if (c === 0 || r === 0) continue;
      let g = r / SCLFAC, f = 1;
      const s = c + r;
      while (!(c >= g || Math.max(f, c, ca) >= sfmax2 || Math.min(r, g, ra) <= sfmin2)) {
        f *= SCLFAC; c *= SCLFAC; ca *= SCLFAC; r /= SCLFAC; g /= SCLFAC; ra /= SCLFAC;
      }
      g = c / SCLFAC;
      while (!(g < r || Math.max(r, ra) >= sfmax2 || Math.min(f, c, g, ca) <= sfmin2)) {
        f /= SCLFAC; c /= SCLFAC; g /= SCLFAC; ca /= SCLFAC; r *= SCLFAC; ra *= SCLFAC;
      }
      if (c + r >= FACTOR * s) continue;
      if (f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1) continue;
      if (f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f) continue;
      g = 1 / f;
      scale[i] *= f;
      noconv = true;
      for (let t = k; t < n; t++) a[i * n + t] *= g;
      for (let t = 0; t <= l; t++) a[t * n + i] *= f;
    }
  }
  return { ilo: k, ihi: l, scale };
}

/** dgebak 'B', 'R': undoes the balancing on the n x m eigenvector matrix v (row-major). */
export function gebak(b: Balance, v: Float64Array, n: number, m: number): void {
  const { ilo, ihi, scale } = b;
  // ilo === ihi: scale[ilo] is a permutation target, not a factor (dgebak skips it)
  if (ilo !== ihi) for (let i = ilo; i <= ihi; i++) {
    const s = scale[i];
    for (let j = 0; j < m; j++) v[i * m + j] *= s;
  }
  for (let ii = 0; ii < n; ii++) {
    let i = ii;
    if (i >= ilo && i <= ihi) continue;
    if (i < ilo) i = ilo - 1 - ii;
    const k = scale[i];
    if (k === i) continue;
    for (let j = 0; j < m; j++) { const t = v[i * m + j]; v[i * m + j] = v[k * m + j]; v[k * m + j] = t; }
  }
}
