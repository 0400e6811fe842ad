/**
 * The 1-d transforms of np.fft: fft, ifft, rfft, irfft, hfft, ihfft. Positional arguments
 * follow NumPy's order (a, n, axis, norm); any of them may instead come in a trailing
 * options object `{n, axis, norm}`.
 */
import type { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { NumpyTypeError } from '../errors';
import { cfft } from './plan';
import { irfftCore, rfftCore } from './real';
import { alongAxis, checkPoints, complexOut, fftAxis, isComplex, normFactor, type FftNorm } from './axis';

export interface FftOptions {
  /** Length of the transformed axis (input cropped or zero-padded); default the input's. */
  n?: number | null;
  /** Axis to transform; default -1. */
  axis?: number;
  /** 'backward' (default), 'ortho' or 'forward'. */
  norm?: FftNorm;
}

type Arg = number | null | undefined | FftNorm | FftOptions;

/** (n, axis, norm) from NumPy-ordered positionals, a trailing options object overriding. */
export function fftArgs(args: Arg[]): { n: number | null; axis: number; norm: FftNorm } {
  const names = ['n', 'axis', 'norm'] as const;
  const out: { n: number | null; axis: number; norm: FftNorm } = { n: null, axis: -1, norm: null };
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (v !== null && typeof v === 'object') {
      const o = v as FftOptions;
      if (o.n !== undefined) out.n = o.n;
      if (o.axis !== undefined) out.axis = o.axis;
      if (o.norm !== undefined) out.norm = o.norm;
      break;
    }
    if (v !== undefined && i < 3) (out as any)[names[i]] = v;
  }
  return out;
}

function c2c(x: ArrayLike, args: Arg[], forward: boolean): NDArray {
  const a = asarray(x);
  const { n, axis, norm } = fftArgs(args);
  const ax = fftAxis(a, axis);
  const len = n ?? a.shape[ax];
  checkPoints(len);
  const fct = normFactor(norm, len, forward);
  return alongAxis(a, ax, len, (ir, ii, m, or, oi, nout) => {
    const k = Math.min(m, nout);
    or.set(ir.subarray(0, k));
    if (ii) oi.set(ii.subarray(0, k)); else oi.fill(0, 0, k);
    or.fill(0, k); oi.fill(0, k);
    cfft(or, oi, forward);
    if (fct !== 1) for (let i = 0; i < nout; i++) { or[i] *= fct; oi[i] *= fct; }
  }, complexOut(a), false);
}

function r2c(a: NDArray, n: number | null, axis: number, norm: FftNorm): NDArray {
  if (isComplex(a)) {
    throw new NumpyTypeError("ufunc 'rfft_n_even' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  }
  const ax = fftAxis(a, axis);
  const len = n ?? a.shape[ax];
  checkPoints(len);
  const fct = normFactor(norm, len, true);
  const x = new Float64Array(len);
  return alongAxis(a, ax, (len >> 1) + 1, (ir, _ii, m, or, oi) => {
    // the row itself when no cropping or padding is needed (rfftCore only reads it)
    let src = ir;
    if (m !== len) {
      const k = Math.min(m, len);
      x.set(ir.subarray(0, k)); x.fill(0, k);
      src = x;
    }
    rfftCore(src, or, oi);
    if (fct !== 1) for (let i = 0; i < or.length; i++) { or[i] *= fct; oi[i] *= fct; }
  }, complexOut(a), false);
}

function c2r(a: NDArray, n: number | null, axis: number, norm: FftNorm): NDArray {
  const ax = fftAxis(a, axis);
  const len = n ?? 2 * (a.shape[ax] - 1);
  checkPoints(len);
  const fct = normFactor(norm, len, false);
  const h = (len >> 1) + 1;
  const xr = new Float64Array(h), xi = new Float64Array(h);
  const dtype = a.dtype === 'float32' || a.dtype === 'complex64' ? 'float32' : 'float64';
  return alongAxis(a, ax, len, (ir, ii, m, or) => {
    const k = Math.min(m, h);
    xr.set(ir.subarray(0, k));
    if (ii) xi.set(ii.subarray(0, k)); else xi.fill(0, 0, k);
    xr.fill(0, k); xi.fill(0, k);
    irfftCore(xr, xi, len, or);
    if (fct !== 1) for (let i = 0; i < len; i++) or[i] *= fct;
  }, dtype, true);
}

/**
 * The 1-d discrete Fourier transform (np.fft.fft), by mixed-radix or Bluestein FFT.
 *
 * @param a - input array (real or complex).
 * @param n - length of the transformed axis: the input is cropped or zero-padded.
 * @param axis - axis to transform (default -1).
 * @param norm - 'backward' (default: no scaling), 'ortho' (1/sqrt(n)) or 'forward' (1/n).
 * @returns a complex array (complex64 for single-precision input).
 *
 * @example
 * np.fft.fft([1, 2, 3, 4])              // array([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
 * np.fft.fft(x, {n: 8, norm: 'ortho'})
 */
export function fft(a: ArrayLike, n?: Arg, axis?: Arg, norm?: Arg, opts?: FftOptions): NDArray {
  return c2c(a, [n, axis, norm, opts], true);
}

/**
 * The inverse 1-d discrete Fourier transform (np.fft.ifft): ifft(fft(a)) == a.
 *
 * @param a - input array. @param n - output length (crop or zero-pad). @param axis - default -1.
 * @param norm - 'backward' (default: 1/n), 'ortho' or 'forward' (no scaling).
 *
 * @example
 * np.fft.ifft([10, -2, -2, -2])   // array([1.+0.j, 3.+0.j, 3.+0.j, 3.+0.j])
 */
export function ifft(a: ArrayLike, n?: Arg, axis?: Arg, norm?: Arg, opts?: FftOptions): NDArray {
  return c2c(a, [n, axis, norm, opts], false);
}

/**
 * The 1-d transform of real input (np.fft.rfft): the n//2 + 1 non-negative frequency terms.
 *
 * @param a - real input. @param n - input length used (crop or zero-pad). @param axis - default -1.
 * @param norm - 'backward' (default), 'ortho' or 'forward'.
 *
 * @example
 * np.fft.rfft([1, 2, 3, 4])   // array([10.+0.j, -2.+2.j, -2.+0.j])
 */
export function rfft(a: ArrayLike, n?: Arg, axis?: Arg, norm?: Arg, opts?: FftOptions): NDArray {
  const o = fftArgs([n, axis, norm, opts]);
  return r2c(asarray(a), o.n, o.axis, o.norm);
}

/**
 * The inverse of rfft (np.fft.irfft): a real signal of length n (default 2*(m-1)) from its
 * non-negative frequency terms; imaginary parts of the zero and Nyquist terms are ignored.
 *
 * @param a - the spectrum. @param n - output length. @param axis - default -1.
 * @param norm - 'backward' (default: 1/n), 'ortho' or 'forward'.
 *
 * @example
 * np.fft.irfft(np.fft.rfft([1, 2, 3, 4]))   // array([1., 2., 3., 4.])
 */
export function irfft(a: ArrayLike, n?: Arg, axis?: Arg, norm?: Arg, opts?: FftOptions): NDArray {
  const o = fftArgs([n, axis, norm, opts]);
  return c2r(asarray(a), o.n, o.axis, o.norm);
}

function swapNorm(norm: FftNorm): FftNorm {
  normFactor(norm, 1, true);
  return norm === 'forward' ? 'backward' : norm === 'ortho' ? 'ortho' : 'forward';
}

function conj(a: NDArray): NDArray {
  return isComplex(a) ? (a as any).conj() : a;
}

/**
 * The transform of a Hermitian-symmetric signal given by its first half (np.fft.hfft): real
 * output of length n (default 2*(m-1)).
 *
 * @example
 * np.fft.hfft([1, 2, 3])   // array([ 8., -2.,  0., -2.])
 */
export function hfft(a: ArrayLike, n?: Arg, axis?: Arg, norm?: Arg, opts?: FftOptions): NDArray {
  const o = fftArgs([n, axis, norm, opts]);
  return c2r(conj(asarray(a)), o.n, o.axis, swapNorm(o.norm));
}

/**
 * The inverse of hfft (np.fft.ihfft): conj(rfft(a)) / n.
 *
 * @example
 * np.fft.ihfft([8, -2, 0, -2])   // array([1.-0.j, 2.-0.j, 3.-0.j])
 */
export function ihfft(a: ArrayLike, n?: Arg, axis?: Arg, norm?: Arg, opts?: FftOptions): NDArray {
  const o = fftArgs([n, axis, norm, opts]);
  return (r2c(asarray(a), o.n, o.axis, swapNorm(o.norm)) as any).conj();
}
