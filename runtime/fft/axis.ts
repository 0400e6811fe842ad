/**
 * Running a 1-d transform along one axis of an NDArray: the axis is moved last, the data
 * taken as C-order re/im rows, each row transformed into a new length, and the result's
 * axis moved back (as NumPy's pocketfft wrapper does with its output array).
 */
import { NDArray, copyToContiguous } from '../ndarray';
import { moveaxis } from '../views';
import { IndexError, NumpyTypeError, ValueError } from '../errors';
import { kindOf, type DType } from '../dtype';
import { complexParts } from '../complex/parts';
import { allocate } from '../allocate';

export type FftNorm = 'backward' | 'ortho' | 'forward' | null | undefined;

/** NumPy's normalisation factor of a transform of length n (inverse: the direction swapped). */
export function normFactor(norm: FftNorm, n: number, forward: boolean): number {
  const nm = norm ?? 'backward';
  if (nm !== 'backward' && nm !== 'ortho' && nm !== 'forward') {
    throw new ValueError(`Invalid norm value ${String(norm)}; should be "backward","ortho" or "forward".`);
  }
  if (nm === 'ortho') return 1 / Math.sqrt(n);
  const scaled = forward ? nm === 'forward' : nm === 'backward';
  return scaled ? 1 / n : 1;
}

/** The axis as NumPy's a.shape[axis] reads it (IndexError beyond the dimensions). */
export function fftAxis(a: NDArray, axis: number): number {
  const nd = a.ndim;
  if (!Number.isInteger(axis)) throw new NumpyTypeError(`'${typeof axis}' object cannot be interpreted as an integer`);
  if (axis < -nd || axis >= nd) throw new IndexError('tuple index out of range');
  return axis < 0 ? axis + nd : axis;
}

/** NumPy's checks of a transform length: an integer (TypeError), at least 1 (ValueError). */
export function checkPoints(n: number): void {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new NumpyTypeError(`'${typeof n === 'number' ? 'float' : typeof n}' object cannot be interpreted as an integer`);
  }
  if (n < 1) throw new ValueError(`Invalid number of FFT data points (${n}) specified.`);
}

/** complex64 for float32/complex64 input (NumPy 2 keeps single precision), else complex128. */
export function complexOut(a: NDArray): 'complex64' | 'complex128' {
  return a.dtype === 'float32' || a.dtype === 'complex64' ? 'complex64' : 'complex128';
}

/**
 * A row transform: input row (re, and im or null for real input) of length m, output into
 * outRe/outIm of length nout (outIm unused for real output). Input rows are views into the
 * source and must not be written.
 */
export type RowKernel = (inRe: Float64Array, inIm: Float64Array | null, m: number, outRe: Float64Array, outIm: Float64Array, nout: number) => void;

/** C-order float64 data of a real array, without a copy when it already is one. */
function realRows(a: NDArray): Float64Array {
  if (a.dtype === 'float64' && a.isCContiguous) return a.contiguousData() as Float64Array;
  return copyToContiguous(a, 'float64').data as Float64Array;
}

/**
 * Applies `kernel` to every row along `axis`: rows of input length m produce rows of length
 * nout, written into a new array of dtype `dtype` (complex, or real when `real`).
 */
export function alongAxis(a: NDArray, axis: number, nout: number, kernel: RowKernel, dtype: string, real: boolean): NDArray {
  const moved = axis === a.ndim - 1 ? a : moveaxis(a, axis, -1);
  const m = moved.shape[moved.ndim - 1];
  let re: Float64Array, im: Float64Array | null = null;
  if (isComplex(moved)) ({ re, im } = complexParts(moved));
  else re = realRows(moved);
  const lead = moved.shape.slice(0, -1);
  const rows = lead.reduce((p, x) => p * x, 1);
  const shape = [...lead, nout];
  const data = allocate(dtype as DType, rows * nout, shape) as Float64Array | Float32Array;
  const orr = new Float64Array(nout), oi = new Float64Array(nout);
  for (let r = 0; r < rows; r++) {
    const rr = re.subarray(r * m, r * m + m), ri = im ? im.subarray(r * m, r * m + m) : null;
    kernel(rr, ri, m, orr, oi, nout);
    const o = r * nout;
    if (real) data.set(orr, o);
    else for (let k = 0; k < nout; k++) { data[2 * (o + k)] = orr[k]; data[2 * (o + k) + 1] = oi[k]; }
  }
  const out = new NDArray(data, dtype as DType, shape);
  return axis === a.ndim - 1 ? out : moveaxis(out, -1, axis);
}

/** Whether a's dtype is complex. */
export function isComplex(a: NDArray): boolean {
  return kindOf(a.dtype) === 'c';
}
