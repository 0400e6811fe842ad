/**
 * The one allocator: every ndarray buffer comes from here, so moving storage into a
 * WebAssembly heap later is a change to this file alone.
 */
import { type DType, type TypedArray, storageOf, itemsize } from './dtype';
import { MemoryError } from './errors';
import { shapeRepr } from './shape';

/** Largest buffer one array may have, in bytes (a tab dies well before 4 GiB). */
let memoryLimit = 2 ** 31;

/** Sets the per-array allocation limit in bytes (the kernel lowers it in a Worker). */
export function setMemoryLimit(bytes: number): void {
  memoryLimit = bytes;
}

/** A zero-filled buffer for `size` elements of `dtype`, or NumPy's MemoryError. */
export function allocate(dtype: DType, size: number, shape?: readonly number[]): TypedArray {
  const bytes = size * itemsize(dtype);
  if (bytes > memoryLimit) {
    const gib = (bytes / 2 ** 30).toFixed(2);
    throw new MemoryError(
      `Unable to allocate ${gib} GiB for an array with shape ${shapeRepr(shape ?? [size])} and data type ${dtype}`,
    );
  }
  const C = storageOf(dtype);
  return new C(size);
}
