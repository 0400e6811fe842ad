/**
 * np.packbits and np.unpackbits: booleans packed eight to a uint8 along an axis, and back.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { kindOf } from '../dtype';
import { NumpyTypeError, ValueError } from '../errors';
import { normalizeAxis } from '../shape';
import { moveaxis } from '../views';

type BitOrder = 'big' | 'little';

/** Options of np.packbits (NumPy's keywords). */
export interface PackOptions { axis?: number | null; bitorder?: BitOrder }
/** Options of np.unpackbits (NumPy's keywords). */
export interface UnpackOptions extends PackOptions { count?: number | null }

const isOpts = (v: unknown): v is UnpackOptions => v !== null && typeof v === 'object';
const axisOf = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function checkOrder(o: unknown): BitOrder {
  if (o !== 'big' && o !== 'little') throw new ValueError("'order' must be either 'little' or 'big'");
  return o;
}

/** The array with `axis` last, C-contiguous (axis null: flattened), and the axis used. */
function rows(a: NDArray, axis: number | null): { x: NDArray; ax: number } {
  if (axis === null) return { x: a.ravel(), ax: 0 };
  const ax = normalizeAxis(axis, a.ndim);
  return { x: moveaxis(a, ax, -1).copy(), ax };
}

/**
 * Packs the elements of a boolean or integer array into bits of uint8 (nonzero is 1),
 * eight per byte along `axis` (the flattened array when omitted), the last byte padded
 * with zeros.
 *
 * Parameters
 * - a: bool or integer array_like.
 * - axis: the axis to pack along (default: the flattened array).
 * - bitorder: 'big' (default, the first element in the high bit) or 'little'.
 *
 * @example
 * np.packbits([1, 0, 1, 1, 0, 0, 0, 1, 1])             // array([177, 128], dtype=uint8)
 * np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), {axis: 1})   // array([[160], [ 96]], dtype=uint8)
 */
export function packbits(a: ArrayLike, axis?: number | null | PackOptions, bitorder?: BitOrder): NDArray {
  const opts: PackOptions = isOpts(axis) ? axis : { axis: axisOf(axis), bitorder };
  const arr = asarray(a);
  const k = kindOf(arr.dtype);
  if (k !== 'b' && k !== 'i' && k !== 'u') throw new NumpyTypeError('Expected an input array of integer or boolean data type');
  const order = checkOrder(opts.bitorder ?? 'big');
  const { x, ax } = rows(arr.ndim === 0 ? arr.reshape(1) : arr, opts.axis ?? null);
  const n = x.shape[x.ndim - 1] ?? 1;
  const nb = Math.ceil(n / 8);
  const count = n === 0 ? 0 : x.size / n;
  const src = x.data;
  const base = x.offset;
  const out = new Uint8Array(count * nb);
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < n; i++) {
      if (src[base + r * n + i] !== 0) out[r * nb + (i >> 3)] |= order === 'big' ? 0x80 >> (i & 7) : 1 << (i & 7);
    }
  }
  const shape = x.shape.slice(0, -1).concat(nb);
  const packed = new NDArray(out, 'uint8', shape);
  return opts.axis === null || opts.axis === undefined ? packed : moveaxis(packed, -1, ax).copy();
}

/**
 * Unpacks each uint8 into eight 0/1 elements along `axis` (the flattened array when
 * omitted); `count` keeps that many bits (negative: drops that many from the end; more
 * than there are: pads with zeros).
 *
 * @example
 * np.unpackbits(np.array([2, 7], {dtype: 'uint8'}))
 * // array([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1], dtype=uint8)
 * np.unpackbits(np.array([5], {dtype: 'uint8'}), {count: -2})   // array([0, 0, 0, 0, 0, 1], dtype=uint8)
 */
export function unpackbits(a: ArrayLike, axis?: number | null | UnpackOptions, bitCount?: number | null, bitorder?: BitOrder): NDArray {
  const opts: UnpackOptions = isOpts(axis) ? axis : { axis: axisOf(axis), count: bitCount, bitorder };
  const arr = asarray(a);
  if (arr.dtype !== 'uint8') throw new NumpyTypeError('Expected an input array of unsigned byte data type');
  const order = checkOrder(opts.bitorder ?? 'big');
  const { x, ax } = rows(arr.ndim === 0 ? arr.reshape(1) : arr, opts.axis ?? null);
  const nb = x.shape[x.ndim - 1];
  const bits = nb * 8;
  let n = bits;
  if (opts.count !== null && opts.count !== undefined) {
    if (opts.count < 0) {
      if (-opts.count > bits) throw new ValueError('-count larger than number of elements');
      n = bits + opts.count;
    } else n = opts.count;
  }
  const count = nb === 0 ? x.size : x.size / nb;
  const src = x.data;
  const base = x.offset;
  const out = new Uint8Array(count * n);
  const m = Math.min(n, bits);
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < m; i++) {
      const byte = src[base + r * nb + (i >> 3)];
      out[r * n + i] = order === 'big' ? (byte >> (7 - (i & 7))) & 1 : (byte >> (i & 7)) & 1;
    }
  }
  const unpacked = new NDArray(out, 'uint8', x.shape.slice(0, -1).concat(n));
  return opts.axis === null || opts.axis === undefined ? unpacked : moveaxis(unpacked, -1, ax).copy();
}
