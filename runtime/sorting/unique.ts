/** Sorting, searching and counting: unique. */
import { NDArray, copyToContiguous, zerosOf, reshapeFresh } from '../ndarray';
import { asarray, type ArrayLike as NpArrayLike } from '../asarray';
import { type TypedArray, isFloat, kindOf } from '../dtype';
import { normalizeAxis, fillStrides } from '../shape';
import { NumpyTypeError } from '../errors';
import { moveaxis } from '../views';
import { complexUniqueFlat } from '../complex/unique';
import { isOpts, int64, argsortList, type Nums } from './sort-helpers';
import { sortRows } from './rows';

/**
 * np.unique's values (and counts) of a real array when no indices are asked for: a value
 * sort (the wasm kernels for long rows) and one scan, with no permutation. The sort is
 * stable, so the values are exactly the argsort-and-gather path's: the first of equal
 * values in input order stands for them (-0 or 0), and with equal_nan the first NaN.
 */
function uniqueValuesFlat(x: NDArray, equalNan: boolean, wantCnt: boolean): NDArray | NDArray[] {
  const flat = copyToContiguous(x).data as TypedArray;
  const n = flat.length;
  const aux = new (flat.constructor as new (len: number) => TypedArray)(n);
  sortRows(flat, aux, n);
  let firstNan = n;
  if (equalNan && isFloat(x.dtype) && n > 0 && aux[n - 1] !== aux[n - 1]) {
    firstNan = 0;
    while (aux[firstNan] === aux[firstNan]) firstNan++;
  }
  // starts[j]: where the j-th distinct value's run begins in aux
  const starts = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || (i < firstNan ? aux[i] !== aux[i - 1] : i === firstNan)) starts[k++] = i;
  }
  starts[k] = n;
  const values = zerosOf([k], x.dtype);
  const vd = values.data as TypedArray;
  for (let j = 0; j < k; j++) vd[j] = aux[starts[j]];
  if (!wantCnt) return values;
  const counts = new Float64Array(k);
  for (let j = 0; j < k; j++) counts[j] = starts[j + 1] - starts[j];
  return [values, int64(counts)];
}


/**
 * np.unique of a real array flattened, with first indices, inverse and counts: a stable
 * argsort, the values gathered, and one scan. (Its own function, so that V8 optimises
 * these loops apart from unique's other paths.)
 */
function uniqueIndexedFlat(x: NDArray, equalNan: boolean): { values: NDArray; first: Float64Array; inverse: Float64Array; counts: Float64Array } {
  const flat = copyToContiguous(x).data;
  const n = flat.length;
  const perm = argsortList(flat);
  const aux = new Float64Array(n);
  for (let i = 0; i < n; i++) aux[i] = flat[perm[i]];
  const mask = new Uint8Array(n);
  if (n > 0) mask[0] = 1;
  let firstNan = n;
  if (equalNan && isFloat(x.dtype) && n > 0 && aux[n - 1] !== aux[n - 1]) {
    firstNan = 0;
    while (aux[firstNan] === aux[firstNan]) firstNan++;
  }
  for (let i = 1; i < n; i++) {
    if (i < firstNan) mask[i] = aux[i] !== aux[i - 1] ? 1 : 0;
    else mask[i] = i === firstNan ? 1 : 0;
  }
  // typed throughout: per-element JS arrays cost more than the sort on long inputs
  const vals = new Float64Array(n);
  const firstT = new Float64Array(n);
  const countsT = new Float64Array(n);
  const inverse = new Float64Array(n);
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (mask[i]) {
      k++;
      vals[k] = aux[i];
      firstT[k] = perm[i];
    }
    countsT[k]++;
    inverse[perm[i]] = k;
  }
  const values = zerosOf([k + 1], x.dtype);
  (values.data as TypedArray).set(vals.subarray(0, k + 1));
  return { values, first: firstT.slice(0, k + 1), inverse, counts: countsT.slice(0, k + 1) };
}

/** Keyword options of np.unique. */
export interface UniqueOptions {
  /** Also return the indices of the first occurrences. */
  return_index?: boolean;
  /** Also return the indices that rebuild the input from the unique values. */
  return_inverse?: boolean;
  /** Also return how often each unique value occurs. */
  return_counts?: boolean;
  /** Unique sub-arrays along this axis instead of unique elements (default null). */
  axis?: number | null;
  /** Collapse all NaNs into one (default true). */
  equal_nan?: boolean;
  /** Accepted; results are always sorted. */
  sorted?: boolean;
}

/**
 * The sorted unique elements of an array. With any `return_*` option, a JS array
 * `[values, index?, inverse?, counts?]` (in that order, only those requested).
 *
 * Parameters
 * - ar: the array (flattened unless `axis` is given).
 * - return_index, return_inverse, return_counts, axis, equal_nan: as NumPy's keywords.
 *   As in NumPy 2, the inverse has the input's shape when `axis` is null.
 *
 * @example
 * np.unique(np.array([3, 1, 2, 3, 1]))                                  // array([1, 2, 3])
 * const [vals, counts] = np.unique(np.array([3, 1, 3]), {return_counts: true});
 */
export function unique(ar: NpArrayLike, return_index?: boolean | UniqueOptions, return_inverse?: boolean, return_counts?: boolean, axis?: number | null): any {
  const o: UniqueOptions = isOpts(return_index)
    ? (return_index as UniqueOptions)
    : { return_index: return_index as boolean | undefined, return_inverse, return_counts, axis };
  const x = asarray(ar);
  const wantIdx = !!o.return_index;
  const wantInv = !!o.return_inverse;
  const wantCnt = !!o.return_counts;
  const equalNan = o.equal_nan ?? true;
  let values: NDArray;
  let first: Nums = [];
  let inverse: Float64Array;
  let counts: Nums = [];
  let invShape: number[];
  if (kindOf(x.dtype) === 'c') {
    if (o.axis !== undefined && o.axis !== null) throw new NumpyTypeError(`np.unique does not support complex input (dtype ${x.dtype}) with an axis in np`);
    ({ values, first, inverse, counts } = complexUniqueFlat(x, equalNan));
    invShape = x.shape.slice();
  } else if (o.axis === undefined || o.axis === null) {
    if (!wantIdx && !wantInv) return uniqueValuesFlat(x, equalNan, wantCnt);
    ({ values, first, inverse, counts } = uniqueIndexedFlat(x, equalNan));
    invShape = x.shape.slice();
  } else {
    const ax = normalizeAxis(o.axis, x.ndim);
    const moved = copyToContiguous(moveaxis(x, ax, 0));
    const n = moved.shape[0];
    const rowLen = n === 0 ? 0 : moved.size / n;
    const d = moved.data;
    // Lexicographic stable order of the rows: the first column is the primary key.
    let perm: Int32Array = new Int32Array(n).map((_, i) => i);
    const col = new Float64Array(n);
    for (let j = rowLen - 1; j >= 0; j--) {
      for (let i = 0; i < n; i++) col[i] = d[perm[i] * rowLen + j];
      const p2 = argsortList(col);
      const next = new Int32Array(n);
      for (let i = 0; i < n; i++) next[i] = perm[p2[i]];
      perm = next;
    }
    const same = (p: number, q: number) => {
      for (let j = 0; j < rowLen; j++) if (d[p * rowLen + j] !== d[q * rowLen + j]) return false;
      return true;
    };
    const rows: number[] = [];
    const cnt: number[] = [];
    inverse = new Float64Array(n);
    let k = -1;
    for (let i = 0; i < n; i++) {
      if (i === 0 || !same(perm[i], perm[i - 1])) {
        k++;
        rows.push(perm[i]);
        cnt.push(0);
      }
      cnt[k]++;
      inverse[perm[i]] = k;
    }
    first = rows;
    counts = cnt;
    const uShape = moved.shape.slice();
    uShape[0] = rows.length;
    const u = zerosOf(uShape, x.dtype);
    rows.forEach((r, i) => (u.data as TypedArray).set(d.subarray(r * rowLen, (r + 1) * rowLen), i * rowLen));
    if (u.size === 0) {
      // NumPy reshapes its 1-d array of unique rows to uShape (filled-in strides) and
      // moves the axis back; an empty result stays that view.
      values = moveaxis(uShape.length === 1 ? u : new NDArray(u.data, u.dtype, uShape, fillStrides(uShape)), 0, ax);
    } else values = copyToContiguous(moveaxis(u, 0, ax));
    invShape = [n];
  }
  if (!wantIdx && !wantInv && !wantCnt) return values;
  const ret: NDArray[] = [values];
  if (wantIdx) ret.push(int64(first));
  if (wantInv) ret.push(reshapeFresh(int64(inverse), invShape));
  if (wantCnt) ret.push(int64(counts));
  return ret;
}
