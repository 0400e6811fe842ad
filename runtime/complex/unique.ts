/**
 * np.unique of complex data: the flattened elements in NumPy's complex order
 * (lexicographic, NaNs last), runs of equal elements collapsed; with equal_nan every
 * element with a NaN part is one value, as NumPy's `_unique1d` treats complex NaNs.
 */
import { NDArray, copyToContiguous, zerosOf } from '../ndarray';
import { complexSortRows } from './sort';

/** The pieces np.unique returns, for the flattened complex array `x`. */
export interface ComplexUnique {
  values: NDArray;
  first: number[];
  inverse: Float64Array;
  counts: number[];
}

/**
 * Unique elements of a complex array (flattened), with first indices, inverse and counts.
 *
 * @example
 * complexUniqueFlat(np.array([np.complex(1, 2), 0, np.complex(1, 2)]), true).counts   // [1, 2]
 */
export function complexUniqueFlat(x: NDArray, equalNan: boolean): ComplexUnique {
  const d = copyToContiguous(x).data;
  const n = x.size;
  const idx = new Float64Array(n);
  complexSortRows(d, null, n, n > 0 ? 1 : 0, idx);
  const isNan = (p: number) => d[2 * p] !== d[2 * p] || d[2 * p + 1] !== d[2 * p + 1];
  const re: number[] = [];
  const im: number[] = [];
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Float64Array(n);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const p = idx[i];
    let fresh = i === 0;
    if (!fresh) {
      const q = idx[i - 1];
      if (equalNan && isNan(p) && isNan(q)) fresh = false;
      else fresh = d[2 * p] !== d[2 * q] || d[2 * p + 1] !== d[2 * q + 1];
    }
    if (fresh) {
      k++;
      re.push(d[2 * p]);
      im.push(d[2 * p + 1]);
      first.push(p);
      counts.push(0);
    }
    counts[k]++;
    inverse[p] = k;
  }
  const values = zerosOf([re.length], x.dtype);
  for (let i = 0; i < re.length; i++) {
    values.data[2 * i] = re[i];
    values.data[2 * i + 1] = im[i];
  }
  return { values, first, inverse, counts };
}
