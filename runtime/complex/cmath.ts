/**
 * Complex scalar math as NumPy's loops and npymath compute it (C99 Annex G special values
 * for the common cases). Each function writes its result to `R` (R.re, R.im) instead of
 * returning an object, so the array loops allocate nothing per element.
 */

/** The result register every function here writes. */
export const R = { re: 0, im: 0 };

const THRESH = 7.446288774449766e307; // 0x1.a827999fcef32p+1022: csqrt scales above it
const LN10 = Math.LN10;
const LN2 = Math.LN2;

function set(re: number, im: number): void {
  R.re = re;
  R.im = im;
}

const copysign = (x: number, y: number): number => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);

/** a * b (NumPy's loop: no special handling of infinities). */
export function cmul(ar: number, ai: number, br: number, bi: number): void {
  set(ar * br - ai * bi, ar * bi + ai * br);
}

/** a / b by NumPy's Smith-style loop (so the last bits match). */
export function cdiv(ar: number, ai: number, br: number, bi: number): void {
  const absr = Math.abs(br);
  const absi = Math.abs(bi);
  if (absr >= absi) {
    if (absr === 0 && absi === 0) {
      set(ar / absr, ai / absr);
    } else {
      const rat = bi / br;
      const scl = 1.0 / (br + bi * rat);
      set((ar + ai * rat) * scl, (ai - ar * rat) * scl);
    }
  } else {
    const rat = br / bi;
    const scl = 1.0 / (bi + br * rat);
    set((ar * rat + ai) * scl, (ai * rat - ar) * scl);
  }
}

/** 1 / z as NumPy's reciprocal loop. */
export function crecip(a: number, b: number): void {
  if (Math.abs(b) <= Math.abs(a)) {
    const r = b / a;
    const d = a + b * r;
    set(1 / d, -r / d);
  } else {
    const r = a / b;
    const d = a * r + b;
    set(r / d, -1 / d);
  }
}

/** The principal square root (npymath csqrt, scaled against overflow). */
export function csqrt(a: number, b: number): void {
  if (a === 0 && b === 0) return set(0, b);
  if (b === Infinity || b === -Infinity) return set(Infinity, b);
  if (a !== a) return set(a, (b - b) / (b - b));
  if (a === Infinity || a === -Infinity) {
    if (signbit(a)) return set(Math.abs(b - b), copysign(a, b));
    return set(a, copysign(b - b, b));
  }
  let scale = false;
  if (Math.abs(a) >= THRESH || Math.abs(b) >= THRESH) {
    a *= 0.25;
    b *= 0.25;
    scale = true;
  }
  let re: number;
  let im: number;
  if (a >= 0) {
    const t = Math.sqrt((a + Math.hypot(a, b)) * 0.5);
    re = t;
    im = b / (2 * t);
  } else {
    const t = Math.sqrt((-a + Math.hypot(a, b)) * 0.5);
    re = Math.abs(b) / (2 * t);
    im = copysign(t, b);
  }
  if (scale) set(re * 2, im * 2);
  else set(re, im);
}

/** e^z. */
export function cexp(a: number, b: number): void {
  if (a === Infinity && !Number.isFinite(b)) return set(a, NaN);
  if (a === -Infinity && !Number.isFinite(b)) return set(0, 0);
  const r = Math.exp(a);
  if (b === 0) return set(r, b);
  set(r * Math.cos(b), r * Math.sin(b));
}

/** The principal logarithm: log|z| + i arg z. */
export function clog(a: number, b: number): void {
  set(Math.log(Math.hypot(a, b)), Math.atan2(b, a));
}

export function clog10(a: number, b: number): void {
  clog(a, b);
  set(R.re / LN10, R.im / LN10);
}

export function clog2(a: number, b: number): void {
  clog(a, b);
  set(R.re / LN2, R.im / LN2);
}

/** e^z - 1 (NumPy's nc_expm1, accurate for small z). */
export function cexpm1(a: number, b: number): void {
  const s = Math.sin(b / 2);
  set(Math.expm1(a) * Math.cos(b) - 2 * s * s, Math.exp(a) * Math.sin(b));
}

/** log(1 + z) (NumPy's nc_log1p). */
export function clog1p(a: number, b: number): void {
  const l = Math.hypot(a + 1, b);
  set(Math.log(l), Math.atan2(b, a + 1));
}

export function csinh(a: number, b: number): void {
  if (b === 0) return set(Math.sinh(a), b);
  // C99: csinh(+-0 + iy) = +-0 + i sin(y), NaN for an infinite y (no 0 * NaN)
  if (a === 0) return set(Number.isFinite(b) ? a * Math.cos(b) : a, Math.sin(b));
  if ((a === Infinity || a === -Infinity) && !Number.isFinite(b)) return set(a, b - b);
  set(Math.sinh(a) * Math.cos(b), Math.cosh(a) * Math.sin(b));
}

export function ccosh(a: number, b: number): void {
  // C99: ccosh(x + i0) = cosh(x) + i0 (signed as sinh(x) * 0, also for infinite x)
  if (b === 0) return set(Math.cosh(a), a !== a ? b : a === 0 ? a * b : b * Math.sign(a));
  if (a === 0) return set(Math.cos(b), Number.isFinite(b) ? a * Math.sin(b) : 0);
  if ((a === Infinity || a === -Infinity) && !Number.isFinite(b)) return set(Infinity, b - b);
  set(Math.cosh(a) * Math.cos(b), Math.sinh(a) * Math.sin(b));
}

/** tanh (Kahan's formula as in glibc/msun, stable for large |Re z|). */
export function ctanh(a: number, b: number): void {
  if (a !== a) return set(a, b === 0 ? b : a);
  if (!Number.isFinite(a)) return set(copysign(1, a), Number.isFinite(b) ? copysign(0, Math.sin(b) * Math.cos(b)) : copysign(0, b));
  if (!Number.isFinite(b)) return set(a === 0 ? a : b - b, b - b);
  if (Math.abs(a) >= 22) {
    const e = Math.exp(-Math.abs(a));
    return set(copysign(1, a), 4 * Math.sin(b) * Math.cos(b) * e * e);
  }
  const t = Math.tan(b);
  const beta = 1 + t * t;
  const s = Math.sinh(a);
  const rho = Math.sqrt(1 + s * s);
  const denom = 1 + beta * s * s;
  set((beta * rho * s) / denom, t / denom);
}

/** sin z = -i sinh(iz). */
export function csin(a: number, b: number): void {
  csinh(-b, a);
  set(R.im, -R.re);
}

/** cos z = cosh(iz). */
export function ccos(a: number, b: number): void {
  ccosh(-b, a);
}

/** tan z = -i tanh(iz). */
export function ctan(a: number, b: number): void {
  ctanh(-b, a);
  set(R.im, -R.re);
}

/** asinh z = log(z + sqrt(z^2 + 1)), computed in the right half-plane for accuracy. */
export function casinh(a: number, b: number): void {
  // C99 infinities: asinh(x + i inf) = +-inf + i pi/2; asinh(inf + iy) = inf + i0; both: pi/4
  if (a === a && b === b && (!Number.isFinite(a) || !Number.isFinite(b))) {
    const q = !Number.isFinite(a) && !Number.isFinite(b) ? Math.PI / 4 : Number.isFinite(a) ? Math.PI / 2 : 0;
    return set(copysign(Infinity, a), copysign(q, b));
  }
  const neg = signbit(a);
  if (neg) {
    a = -a;
    b = -b;
  }
  if (a > 1e150 || Math.abs(b) > 1e150) {
    // z^2 would overflow: asinh z = log(2z) + O(1/z^2)
    clog(a, b);
    R.re += LN2;
    if (neg) set(-R.re, -R.im);
    return;
  }
  // z^2 + 1
  csqrt(a * a - b * b + 1, 2 * a * b);
  clog(a + R.re, b + R.im);
  if (neg) set(-R.re, -R.im);
}

/** asin z = -i asinh(iz). */
export function casin(a: number, b: number): void {
  casinh(-b, a);
  set(R.im, -R.re);
}

/** acos z = pi/2 - asin z, through -i log(z + i sqrt(1 - z^2)). */
export function cacos(a: number, b: number): void {
  if ((Math.abs(a) > 1e150 || Math.abs(b) > 1e150) && Number.isFinite(a) && Number.isFinite(b)) {
    // acos z = pi/2 - asin z, with asin's large-argument form (1 - z^2 would overflow)
    casin(a, b);
    return set(Math.PI / 2 - R.re, -R.im);
  }
  // C99 infinities: acos(inf + iy) = 0 - i inf, acos(-inf + iy) = pi - i inf, acos(x + i inf) = pi/2 - i inf
  if (a === a && b === b && (!Number.isFinite(a) || !Number.isFinite(b))) {
    let re: number;
    if (Number.isFinite(a)) re = Math.PI / 2;
    else if (Number.isFinite(b)) re = a > 0 ? 0 : Math.PI;
    else re = a > 0 ? Math.PI / 4 : (3 * Math.PI) / 4;
    return set(re, -copysign(Infinity, b));
  }
  csqrt(1 - (a * a - b * b), -2 * a * b);
  // z + i*sqrt(1 - z^2)
  clog(a - R.im, b + R.re);
  set(R.im, -R.re);
}

/** acosh z = log(z + sqrt(z + 1) sqrt(z - 1)). */
export function cacosh(a: number, b: number): void {
  // C99 infinities: acosh(inf + iy) = inf + i0, acosh(-inf + iy) = inf + i pi, acosh(x + i inf) = inf + i pi/2
  if (a === a && b === b && (!Number.isFinite(a) || !Number.isFinite(b))) {
    let im: number;
    if (Number.isFinite(a)) im = Math.PI / 2;
    else if (Number.isFinite(b)) im = a > 0 ? 0 : Math.PI;
    else im = a > 0 ? Math.PI / 4 : (3 * Math.PI) / 4;
    return set(Infinity, copysign(im, b));
  }
  csqrt(a + 1, b);
  const pr = R.re, pi = R.im;
  csqrt(a - 1, b);
  const qr = R.re, qi = R.im;
  clog(a + (pr * qr - pi * qi), b + (pr * qi + pi * qr));
}

/**
 * atanh z = (log(1 + z) - log(1 - z)) / 2, in the form that keeps the real part accurate
 * near the imaginary axis: log1p(4a / ((1 - a)^2 + b^2)) / 4.
 */
export function catanh(a: number, b: number): void {
  // C99 infinities: atanh(inf + iy) = +-0 + i pi/2 (sign of y), atanh(x + i inf) likewise
  if ((a === Infinity || a === -Infinity) && b === b) return set(copysign(0, a), copysign(Math.PI / 2, b));
  if (b === Infinity || b === -Infinity) return set(a === a ? copysign(0, a) : 0, copysign(Math.PI / 2, b));
  const t = 1 - a;
  const re = Math.log1p((4 * a) / (t * t + b * b)) / 4;
  const im = Math.atan2(2 * b, t * (1 + a) - b * b) / 2;
  set(re, im);
}

/** atan z = -i atanh(iz). */
export function catan(a: number, b: number): void {
  catanh(-b, a);
  set(R.im, -R.re);
}

/** NumPy 2's sign: z / |z| (0 for 0, nan for nan). */
export function csign(a: number, b: number): void {
  if (a !== a || b !== b) return set(NaN, NaN);
  if (a === 0 && b === 0) return set(0, 0);
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    if (Number.isFinite(a)) return set(0, copysign(1, b));
    if (Number.isFinite(b)) return set(copysign(1, a), 0);
    return set(NaN, NaN);
  }
  const h = Math.hypot(a, b);
  set(a / h, b / h);
}

/** z ** w as NumPy's nc_pow: small integer exponents by repeated squaring, else exp(w log z). */
export function cpow(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) return set(1, 0);
  if (ar === 0 && ai === 0) {
    if (br > 0) return set(0, 0);
    return set(NaN, NaN);
  }
  if (bi === 0 && Number.isInteger(br) && br > -100 && br < 100) {
    let n = br;
    if (n === 1) return set(ar, ai);
    if (n === 2) return cmul(ar, ai, ar, ai);
    if (n === 3) {
      cmul(ar, ai, ar, ai);
      return cmul(R.re, R.im, ar, ai);
    }
    if (n < 0) n = -n;
    let mask = 1;
    let rr = 1, ri = 0, pr = ar, pi = ai;
    for (;;) {
      if (n & mask) {
        const t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      mask <<= 1;
      if (n < mask || mask <= 0) break;
      const t = pr * pr - pi * pi;
      pi = pr * pi + pi * pr;
      pr = t;
    }
    if (br < 0) return cdiv(1, 0, rr, ri);
    return set(rr, ri);
  }
  // cpow: exp(w * log z)
  clog(ar, ai);
  const lr = R.re, li = R.im;
  cexp(br * lr - bi * li, br * li + bi * lr);
}
