/**
 * One Stockham autosort pass of a mixed-radix forward complex FFT (split re/im arrays).
 * Pass with radix R after blocks of size ns: source element j + r*m (m = n/R) of butterfly
 * j = b*ns + jj is multiplied by the twiddle exp(-2*pi*i*r*jj/(ns*R)), the R-point DFT is
 * taken and element r lands at b*ns*R + jj + r*ns. Radix 2, 3, 4, 5 have dedicated
 * butterflies; any other (odd prime) radix runs the O(R^2) DFT with its symmetric halves.
 */

/** Twiddles of one pass: rows of ns factors, row r-1 holding exp(-2*pi*i*r*jj/(ns*R)). */
export interface Pass {
  radix: number;
  ns: number;
  twr: Float64Array;
  twi: Float64Array;
  /** generic radix only: cos/sin(2*pi*k/R) for k < R */
  cr?: Float64Array;
  ci?: Float64Array;
}

const S3 = 0.8660254037844386467637231707529362; // sin(2 pi / 3)
const C51 = 0.3090169943749474241022934171828191; // cos(2 pi / 5)
const S51 = 0.9510565162951535721164393333793821; // sin(2 pi / 5)
const C52 = -0.8090169943749474241022934171828191; // cos(4 pi / 5)
const S52 = 0.5877852522924731291687059546390728; // sin(4 pi / 5)

export function runPass(p: Pass, n: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array, scratch: Float64Array): void {
  switch (p.radix) {
    case 2: pass2(p, n, xr, xi, yr, yi); break;
    case 3: pass3(p, n, xr, xi, yr, yi); break;
    case 4: pass4(p, n, xr, xi, yr, yi); break;
    case 5: pass5(p, n, xr, xi, yr, yi); break;
    default: passg(p, n, xr, xi, yr, yi, scratch);
  }
}

function pass2(p: Pass, n: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const ns = p.ns, m = n >> 1, nb = m / ns, tr = p.twr, ti = p.twi;
  if (ns === 1) {
    for (let j = 0; j < m; j++) {
      const a = xr[j], b = xi[j], c = xr[j + m], d = xi[j + m];
      const o = 2 * j;
      yr[o] = a + c; yi[o] = b + d; yr[o + 1] = a - c; yi[o + 1] = b - d;
    }
    return;
  }
  for (let bk = 0; bk < nb; bk++) {
    const s0 = bk * ns, d0 = bk * ns * 2;
    for (let jj = 0; jj < ns; jj++) {
      const j = s0 + jj, o = d0 + jj;
      const wr = tr[jj], wi = ti[jj];
      const x1r = xr[j + m], x1i = xi[j + m];
      const c = x1r * wr - x1i * wi, d = x1r * wi + x1i * wr;
      const a = xr[j], b = xi[j];
      yr[o] = a + c; yi[o] = b + d; yr[o + ns] = a - c; yi[o + ns] = b - d;
    }
  }
}

function pass4(p: Pass, n: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const ns = p.ns, m = n >> 2, nb = m / ns, tr = p.twr, ti = p.twi;
  if (ns === 1) { pass4first(m, xr, xi, yr, yi); return; }
  for (let bk = 0; bk < nb; bk++) {
    const s0 = bk * ns, d0 = bk * ns * 4;
    for (let jj = 0; jj < ns; jj++) {
      const j = s0 + jj, o = d0 + jj;
      let v0r = xr[j], v0i = xi[j];
      let v1r = xr[j + m], v1i = xi[j + m];
      let v2r = xr[j + 2 * m], v2i = xi[j + 2 * m];
      let v3r = xr[j + 3 * m], v3i = xi[j + 3 * m];
      {
        let wr = tr[jj], wi = ti[jj], t = v1r * wr - v1i * wi;
        v1i = v1r * wi + v1i * wr; v1r = t;
        wr = tr[ns + jj]; wi = ti[ns + jj]; t = v2r * wr - v2i * wi;
        v2i = v2r * wi + v2i * wr; v2r = t;
        wr = tr[2 * ns + jj]; wi = ti[2 * ns + jj]; t = v3r * wr - v3i * wi;
        v3i = v3r * wi + v3i * wr; v3r = t;
      }
      const a0r = v0r + v2r, a0i = v0i + v2i, a1r = v0r - v2r, a1i = v0i - v2i;
      const a2r = v1r + v3r, a2i = v1i + v3i;
      // (v1 - v3) * (-i)
      const a3r = v1i - v3i, a3i = v3r - v1r;
      yr[o] = a0r + a2r; yi[o] = a0i + a2i;
      yr[o + ns] = a1r + a3r; yi[o + ns] = a1i + a3i;
      yr[o + 2 * ns] = a0r - a2r; yi[o + 2 * ns] = a0i - a2i;
      yr[o + 3 * ns] = a1r - a3r; yi[o + 3 * ns] = a1i - a3i;
    }
  }
}

/** The first radix-4 pass: no twiddles (all are 1). */
function pass4first(m: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  for (let j = 0; j < m; j++) {
    const o = 4 * j;
    const v0r = xr[j], v0i = xi[j], v1r = xr[j + m], v1i = xi[j + m];
    const v2r = xr[j + 2 * m], v2i = xi[j + 2 * m], v3r = xr[j + 3 * m], v3i = xi[j + 3 * m];
    const a0r = v0r + v2r, a0i = v0i + v2i, a1r = v0r - v2r, a1i = v0i - v2i;
    const a2r = v1r + v3r, a2i = v1i + v3i, a3r = v1i - v3i, a3i = v3r - v1r;
    yr[o] = a0r + a2r; yi[o] = a0i + a2i;
    yr[o + 1] = a1r + a3r; yi[o + 1] = a1i + a3i;
    yr[o + 2] = a0r - a2r; yi[o + 2] = a0i - a2i;
    yr[o + 3] = a1r - a3r; yi[o + 3] = a1i - a3i;
  }
}

function pass3(p: Pass, n: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const ns = p.ns, m = n / 3, nb = m / ns, tr = p.twr, ti = p.twi;
  for (let bk = 0; bk < nb; bk++) {
    const s0 = bk * ns, d0 = bk * ns * 3;
    for (let jj = 0; jj < ns; jj++) {
      const j = s0 + jj, o = d0 + jj;
      const v0r = xr[j], v0i = xi[j];
      let v1r = xr[j + m], v1i = xi[j + m];
      let v2r = xr[j + 2 * m], v2i = xi[j + 2 * m];
      if (ns > 1) {
        let wr = tr[jj], wi = ti[jj], t = v1r * wr - v1i * wi;
        v1i = v1r * wi + v1i * wr; v1r = t;
        wr = tr[ns + jj]; wi = ti[ns + jj]; t = v2r * wr - v2i * wi;
        v2i = v2r * wi + v2i * wr; v2r = t;
      }
      const t1r = v1r + v2r, t1i = v1i + v2i;
      const t2r = v0r - 0.5 * t1r, t2i = v0i - 0.5 * t1i;
      // -i * sin(2pi/3) * (v1 - v2)
      const t3r = S3 * (v1i - v2i), t3i = -S3 * (v1r - v2r);
      yr[o] = v0r + t1r; yi[o] = v0i + t1i;
      yr[o + ns] = t2r + t3r; yi[o + ns] = t2i + t3i;
      yr[o + 2 * ns] = t2r - t3r; yi[o + 2 * ns] = t2i - t3i;
    }
  }
}

function pass5(p: Pass, n: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
  const ns = p.ns, m = n / 5, nb = m / ns, tr = p.twr, ti = p.twi;
  for (let bk = 0; bk < nb; bk++) {
    const s0 = bk * ns, d0 = bk * ns * 5;
    for (let jj = 0; jj < ns; jj++) {
      const j = s0 + jj, o = d0 + jj;
      const v0r = xr[j], v0i = xi[j];
      let v1r = xr[j + m], v1i = xi[j + m];
      let v2r = xr[j + 2 * m], v2i = xi[j + 2 * m];
      let v3r = xr[j + 3 * m], v3i = xi[j + 3 * m];
      let v4r = xr[j + 4 * m], v4i = xi[j + 4 * m];
      if (ns > 1) {
        let wr = tr[jj], wi = ti[jj], t = v1r * wr - v1i * wi;
        v1i = v1r * wi + v1i * wr; v1r = t;
        wr = tr[ns + jj]; wi = ti[ns + jj]; t = v2r * wr - v2i * wi;
        v2i = v2r * wi + v2i * wr; v2r = t;
        wr = tr[2 * ns + jj]; wi = ti[2 * ns + jj]; t = v3r * wr - v3i * wi;
        v3i = v3r * wi + v3i * wr; v3r = t;
        wr = tr[3 * ns + jj]; wi = ti[3 * ns + jj]; t = v4r * wr - v4i * wi;
        v4i = v4r * wi + v4i * wr; v4r = t;
      }
      const t1r = v1r + v4r, t1i = v1i + v4i, t4r = v1r - v4r, t4i = v1i - v4i;
      const t2r = v2r + v3r, t2i = v2i + v3i, t3r = v2r - v3r, t3i = v2i - v3i;
      yr[o] = v0r + t1r + t2r; yi[o] = v0i + t1i + t2i;
      // y1,4 = v0 + c1 t1 + c2 t2 -/+ i (s1 t4 + s2 t3); forward sign: -i
      const ar = v0r + C51 * t1r + C52 * t2r, ai = v0i + C51 * t1i + C52 * t2i;
      const br = S51 * t4i + S52 * t3i, bi = -(S51 * t4r + S52 * t3r);
      yr[o + ns] = ar + br; yi[o + ns] = ai + bi;
      yr[o + 4 * ns] = ar - br; yi[o + 4 * ns] = ai - bi;
      const cr = v0r + C52 * t1r + C51 * t2r, ci = v0i + C52 * t1i + C51 * t2i;
      const dr = S52 * t4i - S51 * t3i, di = -(S52 * t4r - S51 * t3r);
      yr[o + 2 * ns] = cr + dr; yi[o + 2 * ns] = ci + di;
      yr[o + 3 * ns] = cr - dr; yi[o + 3 * ns] = ci - di;
    }
  }
}

/** Any odd radix R: the direct DFT, pairing r with R-r (scratch holds 4R numbers). */
function passg(p: Pass, n: number, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array, sc: Float64Array): void {
  const R = p.radix, ns = p.ns, m = n / R, nb = m / ns, tr = p.twr, ti = p.twi;
  const cr = p.cr!, ci = p.ci!, h = (R - 1) >> 1;
  // sc: [0,R) re, [R,2R) im of twiddled inputs; then sums/differences of the pairs
  for (let bk = 0; bk < nb; bk++) {
    const s0 = bk * ns, d0 = bk * ns * R;
    for (let jj = 0; jj < ns; jj++) {
      const j = s0 + jj, o = d0 + jj;
      const v0r = xr[j], v0i = xi[j];
      for (let r = 1; r < R; r++) {
        const ar = xr[j + r * m], ai = xi[j + r * m];
        const wr = tr[(r - 1) * ns + jj], wi = ti[(r - 1) * ns + jj];
        sc[r] = ar * wr - ai * wi;
        sc[R + r] = ar * wi + ai * wr;
      }
      let y0r = v0r, y0i = v0i;
      for (let r = 1; r <= h; r++) {
        const pr = sc[r] + sc[R - r], pi = sc[R + r] + sc[2 * R - r];
        const qr = sc[r] - sc[R - r], qi = sc[R + r] - sc[2 * R - r];
        sc[2 * R + r] = pr; sc[2 * R + R - r] = pi;
        sc[3 * R + r] = qr; sc[3 * R + R - r] = qi;
        y0r += pr; y0i += pi;
      }
      yr[o] = y0r; yi[o] = y0i;
      for (let q = 1; q <= h; q++) {
        let ar = v0r, ai = v0i, br = 0, bi = 0;
        let k = 0;
        for (let r = 1; r <= h; r++) {
          k += q; if (k >= R) k -= R;
          const c = cr[k], s = ci[k];
          ar += c * sc[2 * R + r]; ai += c * sc[2 * R + R - r];
          // -i * s * (q)
          br += s * sc[3 * R + R - r]; bi -= s * sc[3 * R + r];
        }
        yr[o + q * ns] = ar + br; yi[o + q * ns] = ai + bi;
        yr[o + (R - q) * ns] = ar - br; yi[o + (R - q) * ns] = ai - bi;
      }
    }
  }
}
