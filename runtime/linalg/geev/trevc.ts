/**
 * Right eigenvectors of a real Schur form T, back-transformed by the Schur vectors Q, as
 * LAPACK's dtrevc3 ('R', 'B') computes them: for each eigenvalue (last to first) solve the
 * upper quasi-triangular system by back-substitution with x = 1 at the eigenvalue's own
 * position (complex pair: LAPACK's choice of the 2x2 block's null vector), then v = Q x,
 * scaled so the largest |re| + |im| component is 1. A complex pair's real part goes to
 * column ki-1 and imaginary part to column ki. Tiny pivots are replaced by smin.
 * n x n row-major; q is overwritten by the eigenvectors.
 */
const SAFMIN = 2.2250738585072014e-308;
const ULP = 2 ** -52;

export function trevc(t: Float64Array, q: Float64Array, n: number): void {
  const smlnum = SAFMIN * (n / ULP);
  const xr = new Float64Array(n), xi = new Float64Array(n);
  const T = (r: number, c: number) => t[r * n + c];
  const col = new Float64Array(n), col2 = new Float64Array(n);
  let ki = n - 1;
  while (ki >= 0) {
    const pair = ki > 0 && T(ki, ki - 1) !== 0;
    if (!pair) {
      const wr = T(ki, ki);
      const smin = Math.max(ULP * Math.abs(wr), smlnum);
      xr.fill(0);
      xr[ki] = 1;
      for (let k = 0; k < ki; k++) xr[k] = -T(k, ki);
      solveReal(t, n, ki - 1, wr, smin, xr);
      // v = Q x
      col.fill(0);
      for (let r = 0; r < n; r++) {
        let s = 0;
        for (let k = 0; k <= ki; k++) s += q[r * n + k] * xr[k];
        col[r] = s;
      }
      let emax = 0;
      for (let r = 0; r < n; r++) emax = Math.max(emax, Math.abs(col[r]));
      const rem = 1 / emax;
      for (let r = 0; r < n; r++) q[r * n + ki] = col[r] * rem;
      ki -= 1;
    } else {
      const wr = T(ki, ki);
      const wi = Math.sqrt(Math.abs(T(ki - 1, ki))) * Math.sqrt(Math.abs(T(ki, ki - 1)));
      const smin = Math.max(ULP * (Math.abs(wr) + Math.abs(wi)), smlnum);
      xr.fill(0); xi.fill(0);
      if (Math.abs(T(ki - 1, ki)) >= Math.abs(T(ki, ki - 1))) {
        xr[ki - 1] = 1; xi[ki] = wi / T(ki - 1, ki);
      } else {
        xr[ki - 1] = -wi / T(ki, ki - 1); xi[ki] = 1;
      }
      for (let k = 0; k < ki - 1; k++) {
        xr[k] = -xr[ki - 1] * T(k, ki - 1);
        xi[k] = -xi[ki] * T(k, ki);
      }
      solveComplex(t, n, ki - 2, wr, wi, smin, xr, xi);
      col.fill(0); col2.fill(0);
      for (let r = 0; r < n; r++) {
        let s = 0, s2 = 0;
        for (let k = 0; k <= ki; k++) { s += q[r * n + k] * xr[k]; s2 += q[r * n + k] * xi[k]; }
        col[r] = s; col2[r] = s2;
      }
      let emax = 0;
      for (let r = 0; r < n; r++) emax = Math.max(emax, Math.abs(col[r]) + Math.abs(col2[r]));
      const rem = 1 / emax;
      for (let r = 0; r < n; r++) { q[r * n + ki - 1] = col[r] * rem; q[r * n + ki] = col2[r] * rem; }
      ki -= 2;
    }
  }
}

/** Solves (T[0..j, 0..j] - w) x = rhs in place for real w (1x1 and 2x2 diagonal blocks). */
function solveReal(t: Float64Array, n: number, jTop: number, w: number, smin: number, x: Float64Array): void {
  let j = jTop;
  while (j >= 0) {
    if (j > 0 && t[j * n + j - 1] !== 0) {
      // 2x2 block rows j-1, j
      let a = t[(j - 1) * n + j - 1] - w, b = t[(j - 1) * n + j];
      let c = t[j * n + j - 1], d = t[j * n + j] - w;
      let r1 = x[j - 1], r2 = x[j];
      // Gaussian elimination with partial pivoting
      if (Math.abs(c) > Math.abs(a)) { [a, b, c, d] = [c, d, a, b]; [r1, r2] = [r2, r1]; }
      if (Math.abs(a) < smin) a = smin;
      const m = c / a;
      let d2 = d - m * b;
      if (Math.abs(d2) < smin) d2 = smin;
      const x2 = (r2 - m * r1) / d2;
      const x1 = (r1 - b * x2) / a;
      x[j - 1] = x1; x[j] = x2;
      for (let k = 0; k < j - 1; k++) x[k] -= x1 * t[k * n + j - 1] + x2 * t[k * n + j];
      j -= 2;
    } else {
      let d = t[j * n + j] - w;
      if (Math.abs(d) < smin) d = smin;
      const xj = x[j] / d;
      x[j] = xj;
      for (let k = 0; k < j; k++) x[k] -= xj * t[k * n + j];
      j -= 1;
    }
  }
}

/** Complex division (ar + i ai) / (br + i bi) into out. */
function cdiv(ar: number, ai: number, br: number, bi: number, out: Float64Array): void {
  if (Math.abs(bi) <= Math.abs(br)) {
    const r = bi / br, den = br + bi * r;
    out[0] = (ar + ai * r) / den; out[1] = (ai - ar * r) / den;
  } else {
    const r = br / bi, den = bi + br * r;
    out[0] = (ar * r + ai) / den; out[1] = (ai * r - ar) / den;
  }
}

/** Solves (T[0..j, 0..j] - (wr + i wi)) x = rhs in place, complex x as (xr, xi). */
function solveComplex(t: Float64Array, n: number, jTop: number, wr: number, wi: number, smin: number, xr: Float64Array, xi: Float64Array): void {
  const o = new Float64Array(2);
  let j = jTop;
  while (j >= 0) {
    if (j > 0 && t[j * n + j - 1] !== 0) {
      // complex 2x2 system [a b; c d] x = r with a, d complex (diagonal minus w)
      let ar = t[(j - 1) * n + j - 1] - wr, ai = -wi, b = t[(j - 1) * n + j];
      let c = t[j * n + j - 1], dr = t[j * n + j] - wr, di = -wi;
      let r1r = xr[j - 1], r1i = xi[j - 1], r2r = xr[j], r2i = xi[j];
      let swapped = false;
      if (Math.abs(c) > Math.abs(ar) + Math.abs(ai)) {
        // pivot on row j: [c d; a b]
        swapped = true;
        [r1r, r1i, r2r, r2i] = [r2r, r2i, r1r, r1i];
      }
      let x1r: number, x1i: number, x2r: number, x2i: number;
      if (!swapped) {
        if (Math.abs(ar) + Math.abs(ai) < smin) { ar = smin; ai = 0; }
        cdiv(c, 0, ar, ai, o); const mr = o[0], mi = o[1];
        // d2 = d - m b, rhs2 = r2 - m r1
        let er = dr - mr * b, ei = di - mi * b;
        if (Math.abs(er) + Math.abs(ei) < smin) { er = smin; ei = 0; }
        const sr = r2r - (mr * r1r - mi * r1i), si = r2i - (mr * r1i + mi * r1r);
        cdiv(sr, si, er, ei, o); x2r = o[0]; x2i = o[1];
        cdiv(r1r - b * x2r, r1i - b * x2i, ar, ai, o); x1r = o[0]; x1i = o[1];
      } else {
        // rows: [c, (dr,di)] x = r1'; [(ar,ai), b] x = r2'
        cdiv(ar, ai, c, 0, o); const mr = o[0], mi = o[1];
        // second row minus m * first: (b - m d) x2 = r2' - m r1'
        let er = b - (mr * dr - mi * di), ei = -(mr * di + mi * dr);
        if (Math.abs(er) + Math.abs(ei) < smin) { er = smin; ei = 0; }
        const sr = r2r - (mr * r1r - mi * r1i), si = r2i - (mr * r1i + mi * r1r);
        cdiv(sr, si, er, ei, o); x2r = o[0]; x2i = o[1];
        // c x1 = r1' - d x2
        x1r = (r1r - (dr * x2r - di * x2i)) / c; x1i = (r1i - (dr * x2i + di * x2r)) / c;
      }
      xr[j - 1] = x1r; xi[j - 1] = x1i; xr[j] = x2r; xi[j] = x2i;
      for (let k = 0; k < j - 1; k++) {
        const t1 = t[k * n + j - 1], t2 = t[k * n + j];
        xr[k] -= x1r * t1 + x2r * t2; xi[k] -= x1i * t1 + x2i * t2;
      }
      j -= 2;
    } else {
      let dr = t[j * n + j] - wr, di = -wi;
      if (Math.abs(dr) + Math.abs(di) < smin) { dr = smin; di = 0; }
      cdiv(xr[j], xi[j], dr, di, o);
      const a = o[0], b = o[1];
      xr[j] = a; xi[j] = b;
      for (let k = 0; k < j; k++) { const tk = t[k * n + j]; xr[k] -= a * tk; xi[k] -= b * tk; }
      j -= 1;
    }
  }
}
