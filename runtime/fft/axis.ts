/**
 * Running a 1-d transform along one axis of an NDArray: the axis is moved last, the data
 * taken as C-order re/im rows, each row transformed into a new length, and the result's
 * axis moved back (as NumPy's pocketfft wrapper does with its output array).
 */
import { NDArray } from '../ndarray';
import { moveaxis } from '../views';
import { IndexError, NumpyTypeError, ValueError } from '../errors';
import { kindOf } from '../dtype';
import { complexFromParts, complexParts } from '../complex/parts';
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

export function checkPoints(n: number): void {
  if (!(n >= 1) || !Number.isInteger(n)) throw new ValueError(`Invalid number of FFT data points (${n}) specified.`);
}

/** complex64 for float32/complex64 input (NumPy 2 keeps single precision), else complex128. */
export function complexOut(a: NDArray): 'complex64' | 'complex128' {
  return a.dtype === 'float32' || a.dtype === 'complex64' ? 'complex64' : 'complex128';
}

export type RowKernel = (inRe: Float64Array, inIm: Float64Array, m: number, outRe: Float64Array, outIm: Float64Array, nout: number) => void;

/**
 * Applies `kernel` to every row along `axis`: rows of input length m produce rows of length
 * nout, written into a new array of dtype `dtype` (complex, or real when `real`).
 */
export function alongAxis(a: NDArray, axis: number, nout: number, kernel: RowKernel, dtype: string, real: boolean): NDArray {
  const moved = axis === a.ndim - 1 ? a : moveaxis(a, axis, -1);
  const m = moved.shape[moved.ndim - 1];
  const { re, im } = complexParts(moved);
  const rows = m === 0 ? 0 : re.length / m;
  const lead = moved.shape.slice(0, -1);
  const rowCount = lead.reduce((p, x) => p * x, 1);
  const outRe = new Float64Array(rowCount * nout), outIm = new Float64Array(rowCount * nout);
  const ir = new Float64Array(m), ii = new Float64Array(m);
  const orr = new Float64Array(nout), oi = new Float64Array(nout);
  for (let r = 0; r < rows; r++) {
    ir.set(re.subarray(r * m, r * m + m));
    ii.set(im.subarray(r * m, r * m + m));
    kernel(ir, ii, m, orr, oi, nout);
    outRe.set(orr, r * nout);
    outIm.set(oi, r * nout);
  }
  const shape = [...lead, nout];
  let out: NDArray;
  if (real) {
    const data = allocate(dtype as any, outRe.length, shape);
    (data as Float64Array | Float32Array).set(outRe);
    out = new NDArray(data, dtype as any, shape);
  } else {
    out = complexFromParts(outRe, outIm, shape, dtype as 'complex64' | 'complex128');
  }
  return axis === a.ndim - 1 ? out : moveaxis(out, -1, axis);
}

/** Whether a's dtype is complex. */
export function isComplex(a: NDArray): boolean {
  return kindOf(a.dtype) === 'c';
}
