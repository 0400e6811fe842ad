/**
 * The n-d transforms of np.fft (fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn):
 * 1-d transforms along each axis, last axis first, as numpy/fft/_pocketfft.py composes them.
 * Arguments in NumPy's order (a, s, axes, norm) or a trailing options object.
 */
import type { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { fft, ifft, irfft, rfft } from './transforms';
import { fftAxis, type FftNorm } from './axis';

export interface FftnOptions {
  /** Lengths of the transformed axes (-1: the input's length). */
  s?: readonly number[] | null;
  /** Axes to transform; default all (fft2: the last two). */
  axes?: readonly number[] | null;
  norm?: FftNorm;
}

type Arg = readonly number[] | null | undefined | FftNorm | FftnOptions;

function ndArgs(args: Arg[], defaultAxes: readonly number[] | null): FftnOptions {
  const out: FftnOptions = { s: null, axes: defaultAxes, norm: null };
  const names = ['s', 'axes', 'norm'] as const;
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as FftnOptions;
      if (o.s !== undefined) out.s = o.s;
      if (o.axes !== undefined) out.axes = o.axes;
      if (o.norm !== undefined) out.norm = o.norm;
      break;
    }
    if (v !== undefined && i < 3) (out as any)[names[i]] = v;
  }
  return out;
}

/** numpy's _cook_nd_args: the lengths and axes to transform. */
function cook(a: NDArray, sIn: readonly number[] | null | undefined, axesIn: readonly number[] | null | undefined, invreal: boolean): [number[], number[]] {
  const shapeless = sIn == null;
  let s: number[] = shapeless ? (axesIn == null ? a.shape.slice() : axesIn.map((ax) => a.shape[fftAxis(a, ax)])) : sIn.slice();
  const axes = axesIn == null ? s.map((_, i) => i - s.length) : axesIn.slice();
  if (s.length !== axes.length) throw new ValueError('Shape and axes have different lengths.');
  if (invreal && shapeless && axes.length > 0) s[s.length - 1] = (a.shape[fftAxis(a, axes[axes.length - 1])] - 1) * 2;
  s = s.map((n, i) => (n === -1 ? a.shape[fftAxis(a, axes[i])] : n));
  return [s, axes];
}

function rawNd(x: ArrayLike, o: FftnOptions, fn: typeof fft): NDArray {
  let a = asarray(x);
  const [s, axes] = cook(a, o.s, o.axes, false);
  for (let i = axes.length - 1; i >= 0; i--) a = fn(a, s[i], axes[i], o.norm);
  return a;
}

/**
 * The n-d discrete Fourier transform (np.fft.fftn) over `axes` (default all).
 *
 * @param a - input. @param s - output lengths per axis. @param axes - axes to transform.
 * @param norm - 'backward' (default), 'ortho' or 'forward'.
 * @example
 * np.fft.fftn(np.ones([2, 2]))   // array([[4.+0.j, 0.+0.j], [0.+0.j, 0.+0.j]])
 */
export function fftn(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return rawNd(a, ndArgs([s, axes, norm, opts], null), fft);
}

/**
 * The inverse n-d transform (np.fft.ifftn).
 * @example
 * np.fft.ifftn(np.fft.fftn(a))   // a, as complex
 */
export function ifftn(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return rawNd(a, ndArgs([s, axes, norm, opts], null), ifft);
}

/**
 * The 2-d transform (np.fft.fft2) over the last two axes by default.
 * @example
 * np.fft.fft2([[1, 2], [3, 4]])   // array([[10.+0.j, -2.+0.j], [-4.+0.j,  0.+0.j]])
 */
export function fft2(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return rawNd(a, ndArgs([s, axes, norm, opts], [-2, -1]), fft);
}

/**
 * The inverse 2-d transform (np.fft.ifft2).
 * @example
 * np.fft.ifft2(np.fft.fft2(a))   // a, as complex
 */
export function ifft2(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return rawNd(a, ndArgs([s, axes, norm, opts], [-2, -1]), ifft);
}

function rfftnImpl(x: ArrayLike, o: FftnOptions): NDArray {
  let a = asarray(x);
  const [s, axes] = cook(a, o.s, o.axes, false);
  const last = axes.length - 1;
  a = rfft(a, s[last], axes[last], o.norm);
  for (let i = last - 1; i >= 0; i--) a = fft(a, s[i], axes[i], o.norm);
  return a;
}

function irfftnImpl(x: ArrayLike, o: FftnOptions): NDArray {
  let a = asarray(x);
  const [s, axes] = cook(a, o.s, o.axes, true);
  const last = axes.length - 1;
  for (let i = 0; i < last; i++) a = ifft(a, s[i], axes[i], o.norm);
  return irfft(a, s[last], axes[last], o.norm);
}

/**
 * The n-d transform of real input (np.fft.rfftn): rfft on the last axis, fft on the others.
 * @example
 * np.fft.rfftn(np.ones([2, 4]))   // array([[8.+0.j, 0.+0.j, 0.+0.j], [0.+0.j, 0.+0.j, 0.+0.j]])
 */
export function rfftn(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return rfftnImpl(a, ndArgs([s, axes, norm, opts], null));
}

/**
 * The inverse of rfftn (np.fft.irfftn); the last axis' output length defaults to 2*(m-1).
 * @example
 * np.fft.irfftn(np.fft.rfftn(a), a.shape)   // a
 */
export function irfftn(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return irfftnImpl(a, ndArgs([s, axes, norm, opts], null));
}

/**
 * The 2-d transform of real input (np.fft.rfft2).
 * @example
 * np.fft.rfft2([[1, 2], [3, 4]])   // array([[10.+0.j, -2.+0.j], [-4.+0.j,  0.+0.j]])
 */
export function rfft2(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return rfftnImpl(a, ndArgs([s, axes, norm, opts], [-2, -1]));
}

/**
 * The inverse of rfft2 (np.fft.irfft2).
 * @example
 * np.fft.irfft2(np.fft.rfft2(a), a.shape)   // a
 */
export function irfft2(a: ArrayLike, s?: Arg, axes?: Arg, norm?: Arg, opts?: FftnOptions): NDArray {
  return irfftnImpl(a, ndArgs([s, axes, norm, opts], [-2, -1]));
}
