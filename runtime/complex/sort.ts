/**
 * Sorting complex numbers in NumPy's order: lexicographic (real part, then imaginary),
 * NaNs last in the order R + Rj < R + nanj < nan + Rj < nan + nanj (npysort's CLT).
 */
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { NDArray, copyToContiguous } from '../ndarray';

/** npysort's complex less-than. */
export function complexLess(ar: number, ai: number, br: number, bi: number): boolean {
  if (ar < br) return ai === ai || bi !== bi;
  if (ar > br) return bi !== bi && ai === ai;
  if (ar === br || (ar !== ar && br !== br)) return ai < bi || (bi !== bi && ai === ai);
  return br !== br;
}

/**
 * Sorts each contiguous row of `n` complex elements of `src` into `dst` (stable), or,
 * with `idx`, writes the sorting indices there instead.
 */
export function complexSortRows(src: ArrayLike<number>, dst: { [i: number]: number } | null, n: number, rows: number, idx: Float64Array | null): void {
  const order = new Array<number>(n);
  const cmp = (p: number, q: number): number => {
    const ar = src[2 * p], ai = src[2 * p + 1], br = src[2 * q], bi = src[2 * q + 1];
    return complexLess(ar, ai, br, bi) ? -1 : complexLess(br, bi, ar, ai) ? 1 : 0;
  };
  for (let r = 0; r < rows; r++) {
    const base = r * n;
    for (let i = 0; i < n; i++) order[i] = base + i;
    order.sort(cmp);
    for (let i = 0; i < n; i++) {
      if (idx !== null) idx[base + i] = order[i] - base;
      else {
        dst![2 * (base + i)] = src[2 * order[i]];
        dst![2 * (base + i) + 1] = src[2 * order[i] + 1];
      }
    }
  }
}

/**
 * Sorts a complex array (or a real one, made complex) by the real part, then the
 * imaginary part, along the last axis.
 *
 * @example
 * np.sort_complex([5, 3, 6, 2, 1])   // array([1.+0.j, 2.+0.j, 3.+0.j, 5.+0.j, 6.+0.j])
 */
export function sort_complex(a: NpArrayLike): NDArray {
  let x = asarray(a);
  if (x.dtype !== 'complex64' && x.dtype !== 'complex128') {
    // NumPy: int8/uint8/int16/uint16 become complex64, everything else complex128.
    x = copyToContiguous(x, ['int8', 'uint8', 'int16', 'uint16'].includes(x.dtype) ? 'complex64' : 'complex128');
  }
  const c = copyToContiguous(x);
  const n = c.shape.length ? c.shape[c.ndim - 1] : 1;
  const out = copyToContiguous(c);
  complexSortRows(c.data, out.data, n, c.size / Math.max(n, 1), null);
  return out;
}
