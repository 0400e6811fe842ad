/**
 * np.fft's helpers: sample frequencies (fftfreq, rfftfreq) and moving the zero frequency
 * to the centre (fftshift, ifftshift), as numpy/fft/_helper.py computes them.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { roll } from '../manipulation';

/**
 * The sample frequencies of an n-point DFT with sample spacing d (np.fft.fftfreq):
 * [0, 1, ..., n/2-1, -n/2, ..., -1] / (d*n).
 *
 * @param n - window length. @param d - sample spacing (default 1).
 * @example
 * np.fft.fftfreq(5, 0.1)   // array([ 0.,  2.,  4., -4., -2.])
 */
export function fftfreq(n: number, d: number | { d?: number } = 1): NDArray {
  const dd = typeof d === 'object' ? (d.d ?? 1) : d;
  // NumPy multiplies the integers by val = 1/(n*d)
  const val = 1 / (n * dd);
  const out = new Float64Array(n);
  const N = Math.floor((n - 1) / 2) + 1;
  for (let k = 0; k < N; k++) out[k] = k * val;
  for (let k = N, f = -Math.floor(n / 2); k < n; k++, f++) out[k] = f * val;
  return new NDArray(out, 'float64', [n]);
}

/**
 * The non-negative sample frequencies of rfft (np.fft.rfftfreq): [0, 1, ..., n/2] / (d*n).
 *
 * @example
 * np.fft.rfftfreq(8, 0.5)   // array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 */
export function rfftfreq(n: number, d: number | { d?: number } = 1): NDArray {
  const dd = typeof d === 'object' ? (d.d ?? 1) : d;
  const val = 1 / (n * dd);
  const N = Math.floor(n / 2) + 1;
  const out = new Float64Array(N);
  for (let k = 0; k < N; k++) out[k] = k * val;
  return new NDArray(out, 'float64', [N]);
}

type Axes = number | readonly number[] | null | undefined | { axes?: number | readonly number[] | null };

function shifted(x: ArrayLike, axesArg: Axes, sign: number): NDArray {
  const a = asarray(x);
  const axes = axesArg !== null && typeof axesArg === 'object' && !Array.isArray(axesArg) ? (axesArg as { axes?: number | readonly number[] | null }).axes : (axesArg as number | readonly number[] | null | undefined);
  if (axes == null) {
    const all = a.shape.map((_, i) => i);
    return roll(a, a.shape.map((dim) => sign * Math.floor(dim / 2)), all);
  }
  if (typeof axes === 'number') {
    const ax = axes < 0 ? axes + a.ndim : axes;
    return roll(a, sign * Math.floor(a.shape[ax] / 2), axes);
  }
  return roll(a, axes.map((ax) => sign * Math.floor(a.shape[ax < 0 ? ax + a.ndim : ax] / 2)), axes);
}

/**
 * Shifts the zero-frequency term to the centre (np.fft.fftshift), over all axes by default.
 *
 * @example
 * np.fft.fftshift(np.fft.fftfreq(5))   // array([-0.4, -0.2,  0. ,  0.2,  0.4])
 */
export function fftshift(x: ArrayLike, axes?: Axes): NDArray {
  return shifted(x, axes, 1);
}

/**
 * The inverse of fftshift (np.fft.ifftshift); differs from it for odd lengths.
 *
 * @example
 * np.fft.ifftshift(np.fft.fftshift(np.fft.fftfreq(5)))   // array([ 0. ,  0.2,  0.4, -0.4, -0.2])
 */
export function ifftshift(x: ArrayLike, axes?: Axes): NDArray {
  return shifted(x, axes, -1);
}
