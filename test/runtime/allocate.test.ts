/**
 * The allocator's MemoryError reads as NumPy's at any size: its byte counts as NumPy's
 * `_ArrayMemoryError._size_to_string` writes them (values from NumPy 2.4), both past the
 * runtime's limit and when the engine itself refuses the memory.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { allocate, setMemoryLimit, sizeToString } from '../../runtime/allocate';

afterEach(() => setMemoryLimit(2 ** 31));

describe('MemoryError', () => {
  it("writes sizes as NumPy's _size_to_string", () => {
    const numpy: [number, string][] = [
      [0, '0 bytes'], [1, '1 bytes'], [1023, '1023 bytes'], [1024, '1.00 KiB'], [1536, '1.50 KiB'],
      [1048575, '1.00 MiB'], [1048576000, '1000. MiB'], [1073322393, '1.00 GiB'], [80000000, '76.3 MiB'],
      [80000000000, '74.5 GiB'], [2 ** 60, '1.00 EiB'], [2 ** 70, '1024. EiB'], [1024000, '1000. KiB'], [1023576, '1000. KiB'],
    ];
    for (const [bytes, text] of numpy) expect(sizeToString(bytes), String(bytes)).toBe(text);
  });

  it('past the limit, and when the engine cannot allocate, with the shape and dtype', () => {
    setMemoryLimit(2 ** 20);
    expect(() => allocate('float64', 10_000_000, [10_000_000])).toThrowError(
      'Unable to allocate 76.3 MiB for an array with shape (10000000,) and data type float64',
    );
    setMemoryLimit(Number.MAX_SAFE_INTEGER);
    // Past what any ArrayBuffer may hold: the engine's RangeError becomes NumPy's MemoryError.
    let caught: unknown;
    try {
      allocate('float64', 2 ** 45, [2 ** 25, 2 ** 20]);
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).name).toBe('MemoryError');
    expect((caught as Error).message).toBe('Unable to allocate 256. TiB for an array with shape (33554432, 1048576) and data type float64');
  });
});
