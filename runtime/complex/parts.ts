/**
 * The complex contract other modules (np.fft, linalg.eig) build on: complex arrays as two
 * Float64Array parts and back. Complex storage is interleaved (re, im) pairs; element
 * offsets and strides count complex elements, so the pair of element k is data[2k], data[2k+1].
 */
import { NDArray, copyToContiguous } from '../ndarray';
import { kindOf, type DType } from '../dtype';
import { allocate } from '../allocate';
import { sizeOf } from '../shape';
import { ValueError } from '../errors';

/**
 * C-order copies of the real and imaginary parts (any dtype; real input gives im = 0).
 *
 * @param a - an array of any dtype.
 * @returns `{re, im}`, each of length `a.size`.
 */
export function complexParts(a: NDArray): { re: Float64Array; im: Float64Array } {
  const n = a.size;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  if (kindOf(a.dtype) !== 'c') {
    re.set(copyToContiguous(a, 'float64').data as Float64Array);
    return { re, im };
  }
  const d = a.data;
  if (a.isCContiguous) {
    const base = 2 * a.offset;
    for (let i = 0; i < n; i++) {
      re[i] = d[base + 2 * i];
      im[i] = d[base + 2 * i + 1];
    }
  } else {
    for (let i = 0; i < n; i++) {
      const o = 2 * a.flatOffset(i);
      re[i] = d[o];
      im[i] = d[o + 1];
    }
  }
  return { re, im };
}

/**
 * A new C-contiguous complex array from parts (dtype 'complex128' unless given).
 *
 * @param re - real parts in C order.
 * @param im - imaginary parts in C order (same length).
 * @param shape - the result's shape (its size must be `re.length`).
 * @param dtype - 'complex128' (default) or 'complex64' (parts rounded to float32).
 */
export function complexFromParts(re: Float64Array, im: Float64Array, shape: number[], dtype: 'complex64' | 'complex128' = 'complex128'): NDArray {
  const n = sizeOf(shape);
  if (re.length !== n || im.length !== n) {
    throw new ValueError(`complexFromParts: ${re.length} real and ${im.length} imaginary parts for shape (${shape.join(', ')})`);
  }
  const data = allocate(dtype as DType, n, shape);
  for (let i = 0; i < n; i++) {
    data[2 * i] = re[i];
    data[2 * i + 1] = im[i];
  }
  return new NDArray(data, dtype, shape.slice());
}
