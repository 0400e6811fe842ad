/**
 * The one allocator: every ndarray buffer comes from here, so moving storage into a
 * WebAssembly heap later is a change to this file alone.
 */
import { type DType, type TypedArray, storageOf, itemsize, lanesOf } from './dtype';
import { MemoryError } from './errors';
import { shapeRepr } from './shape';

/** Largest buffer one array may have, in bytes (a tab dies well before 4 GiB). */
let memoryLimit = 2 ** 31;

/** Sets the per-array allocation limit in bytes (the kernel lowers it in a Worker). */
export function setMemoryLimit(bytes: number): void {
  memoryLimit = bytes;
}

/**
 * A byte count as NumPy's MemoryError writes it (`_ArrayMemoryError._size_to_string`):
 * binary units, three significant figures (`76.3 MiB`, `1.00 KiB`, `1000. MiB`).
 */
export function sizeToString(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  const bitLength = bytes > 0 ? Math.trunc(bytes).toString(2).length : 0;
  let unit = Math.floor(Math.max(bitLength - 1, 1) / 10);
  let n = bytes / 2 ** (unit * 10);
  if (roundHalfEven(n) === 1024) {
    unit += 1;
    n /= 1024;
  }
  if (unit >= units.length) {
    n *= 2 ** ((unit - (units.length - 1)) * 10);
    unit = units.length - 1;
  }
  if (unit === 0) return `${roundHalfEven(n)} ${units[0]}`;
  if (roundHalfEven(n) < 1000) {
    const digits = n.toPrecision(3); // Python's '#.3g' keeps the point: 256 is '256.'
    return `${digits.includes('.') ? digits : `${digits}.`} ${units[unit]}`;
  }
  return `${roundHalfEven(n)}. ${units[unit]}`;
}

/** Python's round() to an integer (half to even). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** A zero-filled buffer for `size` elements of `dtype`, or NumPy's MemoryError. */
export function allocate(dtype: DType, size: number, shape?: readonly number[]): TypedArray {
  const bytes = size * itemsize(dtype);
  const fail = () =>
    new MemoryError(`Unable to allocate ${sizeToString(bytes)} for an array with shape ${shapeRepr(shape ?? [size])} and data type ${dtype}`);
  if (bytes > memoryLimit) throw fail();
  const C = storageOf(dtype);
  try {
    return new C(size * lanesOf(dtype));
  } catch (e) {
    // The engine could not give the memory (RangeError: Array buffer allocation failed).
    if (e instanceof RangeError) throw fail();
    throw e;
  }
}
