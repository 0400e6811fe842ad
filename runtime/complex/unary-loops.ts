/**
 * The complex unary ufuncs' loops (complex/ufuncs.ts runs them; the thread pool's threads
 * run the transcendental ones too, runtime/wasm/map-kernels.ts): one table of scalar
 * functions and the row loop over interleaved (re, im) storage, in a module that imports
 * nothing but cmath.ts so that a pool thread can load it alone.
 */
import * as cm from './cmath';

const R = cm.R;
/** A complex scalar function: the result in cm.R. */
export type Un = (a: number, b: number) => void;

/** Unary ufuncs with a complex loop, by name. */
export const UNARY: Record<string, Un> = {
  negative: (a, b) => { R.re = -a; R.im = -b; },
  positive: (a, b) => { R.re = a; R.im = b; },
  conjugate: (a, b) => { R.re = a; R.im = -b; },
  square: (a, b) => { R.re = a * a - b * b; R.im = a * b + b * a; },
  reciprocal: cm.crecip,
  sqrt: cm.csqrt,
  exp: cm.cexp,
  exp2: (a, b) => cm.cexp(a * Math.LN2, b * Math.LN2),
  expm1: cm.cexpm1,
  log: cm.clog,
  log10: cm.clog10,
  log2: cm.clog2,
  log1p: cm.clog1p,
  sin: cm.csin,
  cos: cm.ccos,
  tan: cm.ctan,
  sinh: cm.csinh,
  cosh: cm.ccosh,
  tanh: cm.ctanh,
  arcsin: cm.casin,
  arccos: cm.cacos,
  arctan: cm.catan,
  arcsinh: cm.casinh,
  arccosh: cm.cacosh,
  arctanh: cm.catanh,
  sign: cm.csign,
};

/** o[oo + i*os] = f(a[ao + i*as]) for i < n, offsets and strides in complex elements. */
export function unRow(f: Un, n: number, o: any, oo: number, os: number, a: any, ao: number, as: number): void {
  for (let i = 0, p = 2 * oo, q = 2 * ao; i < n; i++, p += 2 * os, q += 2 * as) {
    f(a[q], a[q + 1]);
    o[p] = R.re;
    o[p + 1] = R.im;
  }
}
