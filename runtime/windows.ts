/**
 * Window functions for signal processing, as NumPy's: hanning, hamming, blackman,
 * bartlett, kaiser, and the modified Bessel function i0 that kaiser uses (NumPy's
 * Chebyshev expansion, so the values agree with NumPy's to the last bits).
 */
import { NDArray } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { NumpyTypeError } from './errors';
import { pyTypeName } from './validate';

function windowLength(M: unknown, fn: string): number {
  if (typeof M === 'number') return M;
  if (typeof M === 'boolean') return M ? 1 : 0;
  if (M instanceof NDArray && M.ndim === 0) return Number(M.data[M.offset]);
  throw new NumpyTypeError(`${fn}() argument 'M' must be a real number, not '${pyTypeName(M)}'`);
}

/** The symmetric window `f(n, M)` over NumPy's `n = arange(1 - M, M, 2)`; [] for M < 1, [1.] for M == 1. */
function symmetric(M: unknown, fn: string, f: (n: number, m1: number) => number): NDArray {
  const m = windowLength(M, fn);
  if (!(m >= 1)) return new NDArray(new Float64Array(0), 'float64', [0]);
  if (m === 1) return new NDArray(Float64Array.of(1), 'float64', [1]);
  const start = 1 - m;
  const delta = start + 2 - start;
  const len = Math.max(0, Math.ceil((m - start) / 2));
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) out[i] = f(start + i * delta, m - 1);
  return new NDArray(out, 'float64', [len]);
}

/**
 * The Hanning window: a raised cosine, `0.5 + 0.5 cos(pi n / (M - 1))`, M points.
 *
 * @example
 * np.hanning(5)   // array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function hanning(M: number): NDArray {
  return symmetric(M, 'hanning', (n, m1) => 0.5 + 0.5 * Math.cos((Math.PI * n) / m1));
}

/**
 * The Hamming window, `0.54 + 0.46 cos(pi n / (M - 1))`, M points.
 *
 * @example
 * np.hamming(5)   // array([0.08, 0.54, 1.  , 0.54, 0.08])
 */
export function hamming(M: number): NDArray {
  return symmetric(M, 'hamming', (n, m1) => 0.54 + 0.46 * Math.cos((Math.PI * n) / m1));
}

/**
 * The Blackman window, `0.42 + 0.5 cos(pi n / (M-1)) + 0.08 cos(2 pi n / (M-1))`, M points.
 *
 * @example
 * np.blackman(5)   // array([-1.38777878e-17,  3.40000000e-01,  1.00000000e+00,  3.40000000e-01, -1.38777878e-17])
 */
export function blackman(M: number): NDArray {
  return symmetric(M, 'blackman', (n, m1) => 0.42 + 0.5 * Math.cos((Math.PI * n) / m1) + 0.08 * Math.cos((2.0 * Math.PI * n) / m1));
}

/**
 * The Bartlett (triangular) window, zero at both ends, M points.
 *
 * @example
 * np.bartlett(5)   // array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function bartlett(M: number): NDArray {
  return symmetric(M, 'bartlett', (n, m1) => (n <= 0 ? 1 + n / m1 : 1 - n / m1));
}

// NumPy's (Cephes') Chebyshev coefficients for i0 on [0, 8] and (8, inf).
const I0A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15, -1.1685332877993451e-14,
  7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12, -1.726826291441556e-11, 9.675809035373237e-11,
  -5.189795601635263e-10, 2.6598237246823866e-09, -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07,
  1.1173875391201037e-06, -4.4167383584587505e-06, 1.6448448070728896e-05, -5.754195010082104e-05, 0.00018850288509584165,
  -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998, -0.02373741480589947,
  0.04930528423967071, -0.09490109704804764, 0.17162090152220877, -0.3046826723431984, 0.6767952744094761,
];
const I0B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17, -2.8276239805165836e-16,
  -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15, -9.554846698828307e-15, -4.150569347287222e-14,
  1.54008621752141e-14, 3.8527783827421426e-13, 7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11,
  -3.1499165279632416e-11, 1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
  2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05, 0.0033691164782556943, 0.8044904110141088,
];

function chbevl(x: number, vals: readonly number[]): number {
  let b0 = vals[0];
  let b1 = 0.0;
  let b2 = 0.0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = x * b1 - b2 + vals[i];
  }
  return 0.5 * (b0 - b2);
}

function i0Scalar(v: number): number {
  const x = Math.abs(v);
  if (x <= 8.0) return Math.exp(x) * chbevl(x / 2.0 - 2, I0A);
  return (Math.exp(x) * chbevl(32.0 / x - 2.0, I0B)) / Math.sqrt(x);
}

/**
 * The modified Bessel function of the first kind, order 0, elementwise (float64; a float32
 * input stays float32).
 *
 * @example
 * np.i0(0)                     // array(1.)
 * np.i0(np.array([0, 1, 2]))   // array([1.        , 1.26606588, 2.2795853 ])
 */
export function i0(x: ArrayLike): NDArray {
  const a = asarray(x);
  const dtype = a.dtype === 'float32' ? 'float32' : 'float64';
  const out = new NDArray(dtype === 'float32' ? new Float32Array(a.size) : new Float64Array(a.size), dtype, a.shape.slice());
  for (let i = 0; i < a.size; i++) out.data[i] = i0Scalar(a.flatGet(i));
  return out;
}

/**
 * The Kaiser window of M points with shape parameter `beta` (0 is rectangular, 5 is like
 * Hamming, 6 like Hanning, 8.6 like Blackman).
 *
 * @example
 * np.kaiser(4, 5)   // array([0.03671089, 0.77532210, 0.77532210, 0.03671089])
 */
export function kaiser(M: number, beta: number): NDArray {
  const m = windowLength(M, 'kaiser');
  if (typeof beta !== 'number' && typeof beta !== 'boolean') throw new NumpyTypeError(`kaiser() argument 'beta' must be a real number, not '${pyTypeName(beta)}'`);
  const b = Number(beta);
  if (m === 1) return new NDArray(Float64Array.of(1), 'float64', [1]);
  const len = Math.max(0, Math.ceil(m));
  const alpha = (m - 1) / 2.0;
  const out = new Float64Array(len);
  const den = i0Scalar(b);
  for (let n = 0; n < len; n++) {
    const r = (n - alpha) / alpha;
    out[n] = i0Scalar(b * Math.sqrt(1 - Math.pow(r, 2.0))) / den;
  }
  return new NDArray(out, 'float64', [len]);
}
