/**
 * NumPy's `assert_array_compare` (numpy/testing/_private/utils.py), the engine under
 * assert_array_equal, assert_allclose, assert_array_almost_equal and assert_array_less:
 * shape (and with `strict`, dtype) check, nan and inf positions compared and set aside,
 * then the elementwise comparison, and on failure NumPy's remarks: the mismatch count and
 * percentage, the first five mismatching indices with both values, the largest absolute
 * and relative differences among the violations (computed in NumPy's dtypes, so integer
 * differences wrap as NumPy's do), and both arrays' reprs.
 *
 * The shapes that reach the comparison are equal, or one side is 0-d, so "broadcasting"
 * here is only ever a 0-d value against an array.
 */
import { NDArray } from '../ndarray';
import { array, asarray, type ArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { AssertionError } from '../errors';
import { array2string, pyFloatRepr, shapeRepr } from '../format';
import { absolute, divide, minimum, subtract } from '../math';
import { buildErrMsg, pyFormatG, pyNumberRepr } from './messages';

/** The elementwise test: a bool array (or 0-d) of where x and y agree. */
export type Comparison = (x: NDArray, y: NDArray) => NDArray | boolean;

/** Options of {@link assertArrayCompare} (NumPy's keyword names). */
export interface CompareOptions {
  err_msg?: string;
  verbose?: boolean;
  header?: string;
  precision?: number;
  equal_nan?: boolean;
  equal_inf?: boolean;
  strict?: boolean;
  names?: readonly [string, string];
}

/**
 * A flag over the compared elements: NumPy's `np.bool` scalar (`boolean`), or a mask with
 * one entry per element when both sides are arrays (of the same shape).
 */
type Flag = boolean | Uint8Array;

/** Element i of a, with a 0-d array standing for every element. */
const at = (a: NDArray, i: number): number => a.flatGet(a.shape.length === 0 ? 0 : i);

/** The elements of a at flat indices idx, as a 1-d array of a's dtype (`a[mask]`). */
function take(a: NDArray, idx: readonly number[]): NDArray {
  return array(idx.map((i) => a.flatGet(i)), { dtype: a.dtype });
}

/** C-order multi-index of flat index i in shape. */
function unravel(i: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let k = shape.length - 1; k >= 0; k--) {
    out[k] = i % shape[k];
    i = Math.floor(i / shape[k]);
  }
  return out;
}

/**
 * An element as NumPy's f-string shows it (`f'{a[i]}'`): a NumPy scalar formats as the
 * Python value it converts to, so float32 shows its exact float64 digits (`1.100000023841858`).
 */
function elementStr(v: number, dtype: NDArray['dtype']): string {
  if (dtype === 'bool') return v ? 'True' : 'False';
  if (dtype === 'float32' || dtype === 'float64') return pyFloatRepr(v);
  return pyNumberRepr(v);
}

/** NumPy's `max` of some values of one dtype (nan propagates), printed by `array2string`. */
function maxRepr(values: readonly number[], dtype: NDArray['dtype']): string {
  let m = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) {
      m = NaN;
      break;
    }
    if (v > m) m = v;
  }
  return array2string(array(m, { dtype }));
}

/**
 * Compare x and y elementwise with `comparison`; throw NumPy's AssertionError text when
 * they differ. Returns normally when they agree.
 *
 * @param comparison - the elementwise test (==, isclose, <, ...).
 * @param xIn - the actual value (array_like).
 * @param yIn - the desired value (array_like).
 * @param opts - `err_msg`, `verbose`, `header`, `precision` (of the reprs, default 6),
 *   `equal_nan` / `equal_inf` (nan / inf positions must agree and are then skipped,
 *   default true), `strict` (shapes and dtypes must match exactly), `names`.
 *
 * @example
 * >>> assertArrayCompare((x, y) => np.equal(x, y), [1, 2], [1, 3], {header: 'Arrays are not equal'})
 * AssertionError: Arrays are not equal ...
 */
export function assertArrayCompare(comparison: Comparison, xIn: ArrayLike, yIn: ArrayLike, opts: CompareOptions = {}): void {
  let x = asarray(xIn);
  let y = asarray(yIn);
  const ox = x;
  const oy = y;
  const errMsg = opts.err_msg ?? '';
  const verbose = opts.verbose ?? true;
  const header = opts.header ?? '';
  const precision = opts.precision ?? 6;
  const names = opts.names ?? (['ACTUAL', 'DESIRED'] as const);
  const fail = (arrays: NDArray[], text: string): never => {
    throw new AssertionError(buildErrMsg(arrays, text, { verbose, header, names, precision }));
  };

  const sameShape = x.shape.length === y.shape.length && x.shape.every((d, i) => d === y.shape[i]);
  const cond = opts.strict ? sameShape && x.dtype === y.dtype : x.ndim === 0 || y.ndim === 0 || sameShape;
  if (!cond) {
    const reason = sameShape
      ? `\n(dtypes ${x.dtype}, ${y.dtype} mismatch)`
      : `\n(shapes ${shapeRepr(x.shape)}, ${shapeRepr(y.shape)} mismatch)`;
    fail([x, y], errMsg + reason);
  }
  // elements compared (the broadcast size)
  const n = x.ndim === 0 ? y.size : x.size;

  /** NumPy's func_assert_same_pos: the flagged positions must agree; returns them. */
  const samePos = (pred: (v: number, i: number) => boolean, hasval: string): Flag => {
    const xid = new Uint8Array(x.size);
    const yid = new Uint8Array(y.size);
    for (let i = 0; i < x.size; i++) xid[i] = pred(x.flatGet(i), i) ? 1 : 0;
    for (let i = 0; i < y.size; i++) yid[i] = pred(y.flatGet(i), i) ? 1 : 0;
    for (let i = 0; i < n; i++) {
      if (xid[x.ndim === 0 ? 0 : i] !== yid[y.ndim === 0 ? 0 : i]) fail([x, y], errMsg + `\n${hasval} location mismatch:`);
    }
    if (x.ndim === 0) return xid[0] === 1;
    if (y.ndim === 0) return yid[0] === 1;
    return yid;
  };
  const flagAt = (f: Flag, i: number): boolean => (typeof f === 'boolean' ? f : f[i] === 1);

  let flagged: Flag = false;
  if (opts.equal_nan ?? true) flagged = samePos((v) => Number.isNaN(v), 'nan');
  if (opts.equal_inf ?? true) {
    const nanFlag = flagged;
    const infs = samePos((v, i) => (v === Infinity || v === -Infinity) && !flagAt(nanFlag, i), 'inf');
    // assert_same_inf_values
    const anyInf = typeof infs === 'boolean' ? infs : infs.includes(1);
    if (anyInf) {
      let xs = x;
      let ys = y;
      if (typeof infs !== 'boolean') {
        const idx: number[] = [];
        infs.forEach((f, i) => f && idx.push(i));
        xs = take(x, idx);
        ys = take(y, idx);
      }
      const m = xs.ndim === 0 ? ys.size : xs.size;
      for (let i = 0; i < m; i++) {
        if (at(xs, i) !== at(ys, i)) fail([xs, ys], errMsg + '\ninf values mismatch:');
      }
    }
    if (typeof flagged === 'boolean' && typeof infs === 'boolean') flagged = flagged || infs;
    else {
      const mask = new Uint8Array(n);
      for (let i = 0; i < n; i++) mask[i] = flagAt(flagged, i) || flagAt(infs, i) ? 1 : 0;
      flagged = mask;
    }
  }

  // the flat positions (in the original arrays) of what is compared, when some are set aside
  let kept: number[] | null = null;
  if (typeof flagged !== 'boolean') {
    kept = [];
    for (let i = 0; i < n; i++) if (!flagged[i]) kept.push(i);
    x = take(x, kept);
    y = take(y, kept);
    if (x.size === 0) return;
  } else if (flagged) {
    return;
  }

  const valRaw = comparison(x, y);
  const val = valRaw instanceof NDArray ? valRaw : asarray(valRaw);
  const invalid: number[] = [];
  for (let i = 0; i < val.size; i++) if (!val.flatGet(i)) invalid.push(i);
  if (invalid.length === 0) return;

  const nMismatch = invalid.length;
  const nElements = kept !== null ? n : val.size;
  const percent = (100 * nMismatch) / nElements;
  const remarks = [`Mismatched elements: ${nMismatch} / ${nElements} (${pyFormatG(percent, 3)}%)`];
  if (val.ndim !== 0) {
    const shape = kept !== null ? ox.shape : val.shape;
    const lines = invalid.slice(0, 5).map((j) => {
      const i = kept !== null ? kept[j] : j;
      const a = elementStr(at(ox, i), ox.dtype);
      const b = elementStr(at(oy, i), oy.dtype);
      return ` [${unravel(i, shape).join(', ')}]: ${a} (${names[0]}), ${b} (${names[1]})`;
    }).join('\n');
    if (nMismatch === 1) remarks.push(`Mismatch at index:\n${lines}`);
    else if (nMismatch <= 5) remarks.push(`Mismatch at indices:\n${lines}`);
    else remarks.push(`First 5 mismatches are at indices:\n${lines}`);
  }
  try {
    let error = absolute(subtract(x, y)) as NDArray;
    if (kindOf(x.dtype) === 'u') error = minimum(error, absolute(subtract(y, x)) as NDArray) as NDArray;
    remarks.push('Max absolute difference among violations: ' + maxRepr(invalid.map((j) => at(error, j)), error.dtype));
    // relative to |y|, where y is not zero
    const rel = invalid.filter((j) => at(y, j) !== 0);
    let relRepr: string;
    if (rel.length === 0) {
      relRepr = 'inf';
    } else {
      const e = array(rel.map((j) => at(error, j)), { dtype: error.dtype });
      const d = absolute(array(rel.map((j) => at(y, j)), { dtype: y.dtype })) as NDArray;
      const q = divide(e, d) as NDArray;
      relRepr = maxRepr(Array.from({ length: q.size }, (_, i) => q.flatGet(i)), q.dtype);
    }
    remarks.push('Max relative difference among violations: ' + relRepr);
  } catch (e) {
    // NumPy suppresses TypeError here (bool arrays cannot be subtracted)
    if (!(e instanceof TypeError)) throw e;
  }
  fail([ox, oy], errMsg + '\n' + remarks.join('\n'));
}
