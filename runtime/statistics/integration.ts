/** Statistics: integration, interpolation, convolution, cross product. */
import { NDArray, zerosOf, copyToContiguous, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { promoteTypes, castScalar } from '../dtype';
import { normalizeAxis } from '../shape';
import { ValueError } from '../errors';
import { moveaxis, reshape } from '../views';
import * as m from '../math';
import * as r from '../reduce';
import { isOptions, kwargs, range, normalizeAxisPrefixed, sliceAxis, indexAxis, nd, unwrap0d, rounder } from './helpers';
import { diff } from './gradients';


/** Options of trapezoid. */
export interface TrapezoidOptions {
  /** Sample points; default: spacing dx. */
  x?: ArrayLike | null;
  /** Spacing when x is not given (default 1). */
  dx?: number;
  /** Axis to integrate along (default -1). */
  axis?: number;
}

/**
 * Integral along an axis by the composite trapezoidal rule.
 *
 * @example
 * np.trapezoid(np.array([1, 2, 3]))                       // 4
 * np.trapezoid(np.array([1, 2, 3]), np.array([4, 6, 8]))  // 8
 * np.trapezoid(np.array([1, 2, 3]), {dx: 2})              // 8
 */
export function trapezoid(y: ArrayLike, x?: ArrayLike | null | TrapezoidOptions, opts: TrapezoidOptions = {}): any {
  const o = kwargs<TrapezoidOptions>(['x', 'dx', 'axis'], [x, opts]);
  const Y = asarray(y);
  const axis = normalizeAxis(o.axis ?? -1, Math.max(Y.ndim, 1));
  let d: NDArray | number;
  if (o.x === undefined || o.x === null) d = o.dx ?? 1.0;
  else {
    const X = asarray(o.x);
    if (X.ndim === 1) {
      const dd = diff(X);
      const shape = Y.shape.map(() => 1);
      shape[axis] = dd.shape[0];
      d = reshape(dd, shape);
    } else d = diff(X, { axis: o.axis ?? -1 });
  }
  const s1 = sliceAxis(Y, axis, 1, null);
  const s2 = sliceAxis(Y, axis, null, -1);
  const v = m.divide(m.multiply(d, m.add(s1, s2)), 2.0);
  return r.sum(v, axis);
}

/** Options of interp. */
export interface InterpOptions {
  /** Value for x < xp[0] (default fp[0]). */
  left?: number | null;
  /** Value for x > xp[-1] (default fp[-1]). */
  right?: number | null;
  /** Period of the x-coordinates (left and right are then ignored). */
  period?: number | null;
}

/** PyArray_ContiguousFromAny(v, NPY_DOUBLE, 1, 1): a 1-d float64 array or NumPy's depth errors. */
export function oneD(v: ArrayLike): Float64Array {
  const a = asarray(v);
  if (a.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (a.ndim > 1) {
    if (v instanceof NDArray) throw new ValueError('object too deep for desired array');
    throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  }
  return copyToContiguous(a, 'float64').data as Float64Array;
}

export const LIKELY_IN_CACHE_SIZE = 8;

/** NumPy's binary_search_with_guess (numpy/_core/src/multiarray/compiled_base.c). */
export function binarySearchWithGuess(key: number, arr: Float64Array, len: number, guess: number): number {
  let imin = 0;
  let imax = len;
  if (key > arr[len - 1]) return len;
  else if (key < arr[0]) return -1;
  if (len <= 4) {
    let i = 1;
    for (; i < len && key >= arr[i]; ++i);
    return i - 1;
  }
  if (guess > len - 3) guess = len - 3;
  if (guess < 1) guess = 1;
  if (key < arr[guess]) {
    if (key < arr[guess - 1]) {
      imax = guess - 1;
      if (guess > LIKELY_IN_CACHE_SIZE && key >= arr[guess - LIKELY_IN_CACHE_SIZE]) imin = guess - LIKELY_IN_CACHE_SIZE;
    } else return guess - 1;
  } else {
    if (key < arr[guess + 1]) return guess;
    if (key < arr[guess + 2]) return guess + 1;
    imin = guess + 2;
    if (guess < len - LIKELY_IN_CACHE_SIZE - 1 && key < arr[guess + LIKELY_IN_CACHE_SIZE]) imax = guess + LIKELY_IN_CACHE_SIZE;
  }
  while (imin < imax) {
    const imid = imin + ((imax - imin) >> 1);
    if (key >= arr[imid]) imin = imid + 1;
    else imax = imid;
  }
  return imin - 1;
}

/**
 * One-dimensional piecewise-linear interpolation of the points (xp, fp) at x, with xp
 * increasing. Outside the range: `left`/`right` (default fp[0]/fp[-1]); with `period`,
 * x-coordinates wrap. A scalar x gives a number.
 *
 * @example
 * np.interp(2.5, [1, 2, 3], [3, 2, 0])                        // 1
 * np.interp([0, 1, 1.5, 2.72, 3.14], [1, 2, 3], [3, 2, 0])   // array([3.  , 3.  , 2.5 , 0.56, 0.  ])
 */
export function interp(x: ArrayLike, xp: ArrayLike, fp: ArrayLike, left?: number | null | InterpOptions, right?: number | null | InterpOptions, opts: InterpOptions = {}): any {
  const o = kwargs<InterpOptions>(['left', 'right', 'period'], [left, right, opts]);
  let X = asarray(x, { dtype: 'float64' });
  let lval = o.left ?? null;
  let rval = o.right ?? null;
  let dy: Float64Array;
  let dxp: Float64Array;
  if (o.period !== undefined && o.period !== null) {
    if (o.period === 0) throw new ValueError('period must be a non-zero value');
    const period = Math.abs(o.period);
    lval = rval = null;
    const XP = asarray(xp, { dtype: 'float64' });
    const FP = asarray(fp, { dtype: 'float64' });
    if (XP.ndim !== 1 || FP.ndim !== 1) throw new ValueError('Data points must be 1-D sequences');
    if (XP.shape[0] !== FP.shape[0]) throw new ValueError('fp and xp are not of the same length');
    const xs = copyToContiguous(X);
    for (let i = 0; i < xs.size; i++) xs.data[i] = fmodPy(xs.data[i], period);
    X = xs;
    const xpv = Array.from(copyToContiguous(XP).data as Float64Array, (v) => fmodPy(v, period));
    const fpv = Array.from(copyToContiguous(FP).data as Float64Array);
    const order = range(xpv.length).sort((i, j) => xpv[i] - xpv[j]);
    const sx = order.map((i) => xpv[i]);
    const sf = order.map((i) => fpv[i]);
    const L = sx.length;
    dxp = Float64Array.from(L ? [sx[L - 1] - period, ...sx, sx[0] + period] : []);
    dy = Float64Array.from(L ? [sf[L - 1], ...sf, sf[0]] : []);
  } else {
    dy = oneD(fp);
    dxp = oneD(xp);
  }
  const lenxp = dxp.length;
  if (lenxp === 0) throw new ValueError('array of sample points is empty');
  if (dy.length !== lenxp) throw new ValueError('fp and xp are not of the same length.');
  const lv = lval === null ? dy[0] : Number(lval);
  const rv = rval === null ? dy[lenxp - 1] : Number(rval);
  const xs = copyToContiguous(X).data as Float64Array;
  const lenx = xs.length;
  const out = zerosOf(X.shape.slice(), 'float64');
  const res = out.data as Float64Array;
  if (lenxp === 1) {
    const xpv = dxp[0];
    const fpv = dy[0];
    for (let i = 0; i < lenx; i++) {
      const xv = xs[i];
      res[i] = xv < xpv ? lv : xv > xpv ? rv : fpv;
    }
  } else {
    let slopes: Float64Array | null = null;
    if (lenxp <= lenx) {
      slopes = new Float64Array(lenxp - 1);
      for (let i = 0; i < lenxp - 1; i++) slopes[i] = (dy[i + 1] - dy[i]) / (dxp[i + 1] - dxp[i]);
    }
    let j = 0;
    for (let i = 0; i < lenx; i++) {
      const xv = xs[i];
      if (xv !== xv) {
        res[i] = xv;
        continue;
      }
      j = binarySearchWithGuess(xv, dxp, lenxp, j);
      if (j === -1) res[i] = lv;
      else if (j === lenxp) res[i] = rv;
      else if (j === lenxp - 1) res[i] = dy[j];
      else if (dxp[j] === xv) res[i] = dy[j];
      else {
        const slope = slopes !== null ? slopes[j] : (dy[j + 1] - dy[j]) / (dxp[j + 1] - dxp[j]);
        res[i] = slope * (xv - dxp[j]) + dy[j];
        if (res[i] !== res[i]) {
          res[i] = slope * (xv - dxp[j + 1]) + dy[j + 1];
          if (res[i] !== res[i] && dy[j] === dy[j + 1]) res[i] = dy[j];
        }
      }
    }
  }
  return unwrap0d(out);
}

/** Python's float `%` (sign of the divisor). */
export function fmodPy(a: number, b: number): number {
  let r0 = a % b;
  if (r0 !== 0 && (b < 0) !== (r0 < 0)) r0 += b;
  else if (r0 === 0) r0 = b < 0 ? -0 : 0;
  return r0;
}

/** Convolution / correlation mode. */
export type ConvolveMode = 'full' | 'same' | 'valid';

export function modeNumber(mode: ConvolveMode | number | undefined, dflt: number): number {
  if (mode === undefined) return dflt;
  if (mode === 0 || mode === 1 || mode === 2) return mode;
  const i = ['valid', 'same', 'full'].indexOf(String(mode));
  if (i < 0) throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  return i;
}

/** `np.array(v, ndmin=1)` checked to be 1-d (correlate's "object too deep"). */
export function vector1d(v: ArrayLike): NDArray {
  const a = asarray(v);
  if (a.ndim === 0) return reshape(a, [1]);
  if (a.ndim > 1) throw new ValueError('object too deep for desired array');
  return a;
}

/** NumPy's _pyarray_correlate: sliding dot products of a (longer) and v, sized by mode. */
export function correlateCore(a: NDArray, v: NDArray, mode: number): NDArray {
  let n1 = a.shape[0];
  let n2 = v.shape[0];
  if (n1 === 0) throw new ValueError('first array argument cannot be empty');
  if (n2 === 0) throw new ValueError('second array argument cannot be empty');
  const dtype = promoteTypes(a.dtype, v.dtype);
  let A = copyToContiguous(a, 'float64').data as Float64Array;
  let V = copyToContiguous(v, 'float64').data as Float64Array;
  let inverted = false;
  if (n1 < n2) {
    [A, V] = [V, A];
    [n1, n2] = [n2, n1];
    inverted = true;
  }
  let length = n1;
  let n = n2;
  let nLeft: number;
  let nRight: number;
  if (mode === 0) {
    length = length - n + 1;
    nLeft = nRight = 0;
  } else if (mode === 1) {
    nLeft = Math.floor(n / 2);
    nRight = n - nLeft - 1;
  } else {
    nLeft = nRight = n - 1;
    length = length + n - 1;
  }
  const isBool = dtype === 'bool';
  const R = rounder(dtype);
  const res = new Float64Array(length);
  const dot = (i1: number, i2: number, cnt: number): number => {
    if (isBool) {
      for (let k = 0; k < cnt; k++) if (A[i1 + k] && V[i2 + k]) return 1;
      return 0;
    }
    let s = 0;
    for (let k = 0; k < cnt; k++) s += A[i1 + k] * V[i2 + k];
    return R(s);
  };
  let o = 0;
  let ip1 = 0;
  let ip2 = nLeft;
  n = n - nLeft;
  for (let i = 0; i < nLeft; i++) {
    res[o++] = dot(ip1, ip2, n);
    n++;
    ip2--;
  }
  for (let i = 0; i < n1 - n2 + 1; i++) {
    res[o++] = dot(ip1, ip2, n);
    ip1++;
  }
  for (let i = 0; i < nRight; i++) {
    n--;
    res[o++] = dot(ip1, ip2, n);
    ip1++;
  }
  if (inverted) res.reverse();
  const out = zerosOf([length], dtype);
  for (let i = 0; i < length; i++) out.data[i] = castScalar(res[i], dtype);
  return out;
}

/**
 * Cross-correlation of two 1-d sequences: c[k] = sum_n a[n+k] * v[n], for mode 'valid'
 * (default), 'same' or 'full'.
 *
 * @example
 * np.correlate([1, 2, 3], [0, 1, 0.5])            // array([3.5])
 * np.correlate([1, 2, 3], [0, 1, 0.5], 'full')    // array([0.5, 2. , 3.5, 3. , 0. ])
 */
export function correlate(a: ArrayLike, v: ArrayLike, mode?: ConvolveMode | { mode?: ConvolveMode }): NDArray {
  const md = typeof mode === 'object' && mode !== null ? mode.mode : mode;
  return correlateCore(vector1d(a), vector1d(v), modeNumber(md, 0));
}

/**
 * Discrete linear convolution of two 1-d sequences, for mode 'full' (default), 'same' or
 * 'valid'.
 *
 * @example
 * np.convolve([1, 2, 3], [0, 1, 0.5])            // array([0. , 1. , 2.5, 4. , 1.5])
 * np.convolve([1, 2, 3], [0, 1, 0.5], 'same')    // array([1. , 2.5, 4. ])
 */
export function convolve(a: ArrayLike, v: ArrayLike, mode?: ConvolveMode | { mode?: ConvolveMode }): NDArray {
  const md = typeof mode === 'object' && mode !== null ? mode.mode : mode;
  let A = asarray(a);
  let V = asarray(v);
  if (A.ndim === 0) A = reshape(A, [1]);
  if (V.ndim === 0) V = reshape(V, [1]);
  if (A.shape[0] === 0) throw new ValueError('a cannot be empty');
  if (V.shape[0] === 0) throw new ValueError('v cannot be empty');
  if (V.shape[0] > A.shape[0]) [A, V] = [V, A];
  const modeN = modeNumber(md, 2);
  if (A.ndim > 1 || V.ndim > 1) throw new ValueError('object too deep for desired array');
  const rev = new NDArray(V.data, V.dtype, [V.shape[0]], [-V.elementStrides[0]], V.offset + (V.shape[0] - 1) * V.elementStrides[0], V);
  return correlateCore(A, rev, modeN);
}

/** Options of cross. */
export interface CrossOptions {
  /** Axis of a holding the vectors (default -1). */
  axisa?: number;
  /** Axis of b holding the vectors (default -1). */
  axisb?: number;
  /** Axis of the result holding the vectors (default -1). */
  axisc?: number;
  /** Sets axisa, axisb and axisc at once. */
  axis?: number | null;
}

/**
 * Cross product of (arrays of) 3-element vectors; 2-element vectors are taken with z = 0,
 * and two of them give the z component only (a 0-d array for single vectors).
 *
 * @example
 * np.cross([1, 2, 3], [4, 5, 6])   // array([-3,  6, -3])
 */
export function cross(a: ArrayLike, b: ArrayLike, opts: CrossOptions = {}): NDArray {
  opts = isOptions(opts) ? opts : {};
  let axisa = opts.axisa ?? -1;
  let axisb = opts.axisb ?? -1;
  let axisc = opts.axisc ?? -1;
  if (opts.axis !== undefined && opts.axis !== null) axisa = axisb = axisc = opts.axis;
  let A = asarray(a);
  let B = asarray(b);
  if (A.ndim < 1 || B.ndim < 1) throw new ValueError('At least one array has zero dimension');
  axisa = normalizeAxisPrefixed(axisa, A.ndim, 'axisa');
  axisb = normalizeAxisPrefixed(axisb, B.ndim, 'axisb');
  A = moveaxis(A, axisa, -1);
  B = moveaxis(B, axisb, -1);
  const la = A.shape[A.ndim - 1];
  const lb = B.shape[B.ndim - 1];
  if ((la !== 2 && la !== 3) || (lb !== 2 && lb !== 3)) {
    throw new ValueError('incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  }
  const dtype = promoteTypes(A.dtype, B.dtype);
  if (A.dtype !== dtype) A = copyToContiguous(A, dtype);
  if (B.dtype !== dtype) B = copyToContiguous(B, dtype);
  const comp = (x: NDArray, k: number) => indexAxis(x, x.ndim - 1, k);
  const { multiply: mul, subtract: sub, negative: neg } = m;
  const a0 = comp(A, 0), a1 = comp(A, 1), b0 = comp(B, 0), b1 = comp(B, 1);
  const z = nd(sub(mul(a0, b1), mul(a1, b0)));
  if (la === 2 && lb === 2) return z;
  let c0: NDArray, c1: NDArray;
  if (la === 2) {
    const b2 = comp(B, 2);
    c0 = nd(mul(a1, b2));
    c1 = nd(neg(mul(a0, b2)));
  } else if (lb === 3) {
    const a2 = comp(A, 2), b2 = comp(B, 2);
    c0 = nd(sub(mul(a1, b2), mul(a2, b1)));
    c1 = nd(sub(mul(a2, b0), mul(a0, b2)));
  } else {
    const a2 = comp(A, 2);
    c0 = nd(neg(mul(a2, b1)));
    c1 = nd(mul(a2, b0));
  }
  const shape = [...z.shape, 3];
  axisc = normalizeAxisPrefixed(axisc, shape.length, 'axisc');
  const cp = zerosOf(shape, dtype);
  [c0, c1, z].forEach((c, k) => copyInto(comp(cp, k), c));
  return moveaxis(cp, -1, axisc);
}
