/**
 * Memory layout: `a.flags`, np.shares_memory / may_share_memory, np.copyto, np.require,
 * np.asfortranarray and np.isfortran.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { type DTypeLike, toDType, itemsize } from '../dtype';
import { NumpyTypeError, ValueError, OverflowError, KeyError } from '../errors';
import { can_cast, type Casting } from '../logic';
import { where as npWhere } from '../elementwise';
import { transpose, broadcast_to } from '../views';
import { ascontiguousarray } from '../creation';

/** NumPy's `a.flags`: the layout flags, by upper-case name and by attribute name; prints as NumPy. */
export interface Flags {
  readonly C_CONTIGUOUS: boolean;
  readonly F_CONTIGUOUS: boolean;
  readonly OWNDATA: boolean;
  readonly WRITEABLE: boolean;
  readonly ALIGNED: boolean;
  readonly WRITEBACKIFCOPY: boolean;
  readonly c_contiguous: boolean;
  readonly f_contiguous: boolean;
  readonly contiguous: boolean;
  readonly fortran: boolean;
  readonly owndata: boolean;
  readonly writeable: boolean;
  readonly aligned: boolean;
  readonly writebackifcopy: boolean;
  /** F_CONTIGUOUS and not C_CONTIGUOUS. */
  readonly fnc: boolean;
  /** F_CONTIGUOUS or C_CONTIGUOUS. */
  readonly forc: boolean;
}

function flagsOf(a: NDArray): Flags {
  const c = a.isCContiguous;
  const f = a.isFContiguous;
  const own = a.base === null;
  const flags = {
    C_CONTIGUOUS: c, F_CONTIGUOUS: f, OWNDATA: own, WRITEABLE: true, ALIGNED: true, WRITEBACKIFCOPY: false,
    c_contiguous: c, f_contiguous: f, contiguous: c, fortran: f, owndata: own, writeable: true, aligned: true,
    writebackifcopy: false, fnc: f && !c, forc: f || c,
  };
  const text = ['C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA', 'WRITEABLE', 'ALIGNED', 'WRITEBACKIFCOPY']
    .map((k) => `  ${k} : ${flags[k as keyof typeof flags] ? 'True' : 'False'}`)
    .join('\n');
  return Object.defineProperties(flags, {
    toString: { value: () => `${text}\n` },
    __repr__: { value: () => `${text}\n` },
  });
}

declare module '../ndarray' {
  interface NDArray {
    /** The memory layout flags (C_CONTIGUOUS, F_CONTIGUOUS, OWNDATA, ...), as NumPy's `a.flags`. @example np.arange(6).reshape(2, 3).T.flags.f_contiguous   // true */
    readonly flags: Flags;
  }
}

Object.defineProperty(NDArray.prototype, 'flags', {
  get(this: NDArray) {
    return flagsOf(this);
  },
  configurable: true,
});

/** [first byte, end byte) of the memory an array's elements span, in its buffer. */
function byteBounds(a: NDArray): [number, number] {
  // offset counts elements of the array's own dtype (a complex element is two storage slots).
  let lo = a.data.byteOffset + a.offset * a.itemsize;
  let hi = lo;
  const strides = a.strides;
  for (let i = 0; i < a.ndim; i++) {
    const span = (a.shape[i] - 1) * strides[i];
    if (span < 0) lo += span;
    else hi += span;
  }
  return [lo, hi + a.itemsize];
}

/** Start bytes of every element, sorted. */
function elementStarts(a: NDArray): Float64Array {
  const out = new Float64Array(a.size);
  const strides = a.strides;
  const idx = new Array(a.ndim).fill(0);
  let addr = a.data.byteOffset + a.offset * a.itemsize;
  for (let k = 0; k < out.length; k++) {
    out[k] = addr;
    for (let d = a.ndim - 1; d >= 0; d--) {
      idx[d]++;
      addr += strides[d];
      if (idx[d] < a.shape[d]) break;
      addr -= strides[d] * a.shape[d];
      idx[d] = 0;
    }
  }
  return out.sort();
}

function sameBuffer(a: NDArray, b: NDArray): boolean {
  return a.data.buffer === b.data.buffer && a.size > 0 && b.size > 0;
}

/**
 * True when the memory spans of two arrays overlap (a quick bounds test: it may say true
 * for interleaved views that share no element), as NumPy's `may_share_memory`.
 *
 * @example
 * const a = np.arange(10);
 * np.may_share_memory(a.get('::2'), a.get('1::2'))   // true (bounds overlap)
 */
export function may_share_memory(a: ArrayLike, b: ArrayLike): boolean {
  if (!(a instanceof NDArray) || !(b instanceof NDArray) || !sameBuffer(a, b)) return false;
  const [alo, ahi] = byteBounds(a);
  const [blo, bhi] = byteBounds(b);
  return alo < bhi && blo < ahi;
}

/**
 * True when two arrays share at least one byte of memory (exact: interleaved views that
 * never touch the same element give false), as NumPy's `shares_memory`.
 *
 * @example
 * const a = np.arange(10);
 * np.shares_memory(a.get('::2'), a.get('1::2'))   // false
 * np.shares_memory(a, a.get('3:5'))               // true
 */
export function shares_memory(a: ArrayLike, b: ArrayLike): boolean {
  if (!may_share_memory(a, b)) return false;
  const x = elementStarts(a as NDArray);
  const y = elementStarts(b as NDArray);
  const wx = (a as NDArray).itemsize;
  const wy = (b as NDArray).itemsize;
  // Two sorted lists of intervals [start, start + width): a merge finds any overlap.
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] < y[j] + wy && y[j] < x[i] + wx) return true;
    if (x[i] + wx <= y[j]) i++;
    else j++;
  }
  return false;
}

/**
 * Copies values from `src` into `dst` in place, broadcasting, where `where` is true;
 * refuses casts the `casting` rule forbids (default 'same_kind'), as NumPy's `copyto`.
 *
 * @example
 * const b = np.zeros(3);
 * np.copyto(b, [1, 2, 3], {where: [true, false, true]})   // b is array([1., 0., 3.])
 */
export function copyto(dst: NDArray, src: ArrayLike, opts: { casting?: Casting; where?: ArrayLike } = {}): void {
  if (!(dst instanceof NDArray)) throw new NumpyTypeError(`copyto() argument 1 must be numpy.ndarray, not ${dst === null ? 'NoneType' : typeof dst}`);
  const casting = opts.casting ?? 'same_kind';
  const scalar = typeof src === 'number' || typeof src === 'boolean';
  const s = asarray(src);
  if (scalar && typeof src === 'number' && Number.isInteger(src) && (dst.dtype.startsWith('int') || dst.dtype.startsWith('uint'))) {
    const probe = asarray([src]);
    if (!can_cast(probe.dtype, dst.dtype, 'same_kind') || !fits(src, dst.dtype)) throw new OverflowError(`Python integer ${src} out of bounds for ${dst.dtype}`);
  } else if (!can_cast(s.dtype, dst.dtype, casting)) {
    throw new NumpyTypeError(`Cannot cast ${scalar ? 'scalar' : 'array data'} from dtype('${s.dtype}') to dtype('${dst.dtype}') according to the rule '${casting}'`);
  }
  const fitsShape = s.ndim <= dst.ndim && s.shape.every((n, i) => n === 1 || n === dst.shape[dst.ndim - s.ndim + i]);
  if (!fitsShape) throw new ValueError(`could not broadcast input array from shape ${shapeText(s.shape)} into shape ${shapeText(dst.shape)}`);
  const value = opts.where === undefined ? broadcast_to(s, dst.shape) : (npWhere(opts.where, broadcast_to(s, dst.shape), dst) as NDArray);
  dst.set('...', value);
}

const shapeText = (shape: readonly number[]) => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`);

function fits(v: number, dtype: string): boolean {
  const bits = itemsize(toDType(dtype)) * 8;
  if (dtype.startsWith('uint')) return v >= 0 && v < 2 ** bits;
  return v >= -(2 ** (bits - 1)) && v < 2 ** (bits - 1);
}

/** The array itself when it has the dtype already, else a cast copy. */
function castIfNeeded(a: NDArray, dtype: DTypeLike): NDArray {
  const d = toDType(dtype);
  return a.dtype === d ? a : a.astype(d);
}

const REQUIREMENTS: Record<string, string> = {
  C: 'C', C_CONTIGUOUS: 'C', CONTIGUOUS: 'C', F: 'F', F_CONTIGUOUS: 'F', FORTRAN: 'F', A: 'A', ALIGNED: 'A',
  W: 'W', WRITEABLE: 'W', O: 'O', OWNDATA: 'O', E: 'E', ENSUREARRAY: 'E',
};

/**
 * The array with the given dtype and layout requirements ('C' or 'F' contiguous,
 * 'O' own data, 'A' aligned, 'W' writeable, 'E' an ndarray), copying only when needed.
 *
 * @example
 * np.require(np.arange(6).reshape(2, 3).T, {requirements: ['C']}).flags.c_contiguous   // true
 */
export function require(a: ArrayLike, dtype: DTypeLike | null | { dtype?: DTypeLike | null; requirements?: string | string[] } = null, requirements: string | string[] | null = null): NDArray {
  const o = dtype !== null && typeof dtype === 'object' ? dtype : { dtype, requirements };
  let arr = asarray(a);
  if (o.dtype !== null && o.dtype !== undefined) arr = castIfNeeded(arr, o.dtype);
  const reqs = new Set<string>();
  for (const r of typeof o.requirements === 'string' ? Array.from(o.requirements) : (o.requirements ?? [])) {
    const k = REQUIREMENTS[r.toUpperCase()];
    if (k === undefined) throw new KeyError(`'${r}'`);
    reqs.add(k);
  }
  if (reqs.has('C') && reqs.has('F')) throw new ValueError('Cannot specify both "C" and "F" order');
  if (reqs.has('C') && !arr.isCContiguous) arr = ascontiguousarray(arr);
  if (reqs.has('F') && !arr.isFContiguous) arr = asfortranarray(arr);
  if (reqs.has('O') && arr.base !== null) arr = reqs.has('F') ? asfortranarray(arr.copy()) : arr.copy();
  return arr;
}

/**
 * The array laid out in Fortran order (first axis fastest), copied only when it is not
 * already; 0-d input gives a 1-d array, as NumPy's `asfortranarray`.
 *
 * @example
 * np.asfortranarray(np.ones([2, 3])).flags.f_contiguous   // true
 */
export function asfortranarray(a: ArrayLike, opts: { dtype?: DTypeLike | null } = {}): NDArray {
  let arr = asarray(a);
  if (opts.dtype) arr = castIfNeeded(arr, opts.dtype);
  if (arr.ndim === 0) arr = arr.reshape(1);
  if (arr.isFContiguous) return arr;
  // The C-order copy of the transpose, with its strides reversed, is the Fortran-ordered copy (and owns its data).
  const t = ascontiguousarray(transpose(arr));
  return new NDArray(t.data, t.dtype, arr.shape.slice(), t.elementStrides.slice().reverse(), t.offset);
}

/**
 * True when the array is Fortran-contiguous and not also C-contiguous, as NumPy's
 * `isfortran`.
 *
 * @example
 * np.isfortran(np.ones([2, 3]).T)   // true
 */
export function isfortran(a: NDArray): boolean {
  if (!(a instanceof NDArray)) throw new NumpyTypeError('isfortran: the argument must be an ndarray');
  return a.isFContiguous && !a.isCContiguous;
}
