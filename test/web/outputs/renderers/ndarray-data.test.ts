import { describe, it, expect } from 'vitest';
import type { NDArrayPayload } from '../../../../kernel/protocol';
import {
  elements, formatExact, formatShort, indexLabel, isValidPayload, payloadOf, shapeLabel, sizeOf, stridesOf, valueRange,
  type NdarrayPayload,
} from '../../../../web/outputs/renderers/ndarray-data';

// The kernel's payload type must be drawable as is (a type error here means the two
// sides of the wire drifted apart).
const fromKernel = (p: NDArrayPayload): NdarrayPayload => p;
void fromKernel;

describe('ndarray payload', () => {
  it('reads each dtype in its storage type, C order', () => {
    const cases: [string, unknown][] = [
      ['bool', Uint8Array], ['int8', Int8Array], ['int16', Int16Array], ['int32', Int32Array], ['int64', Float64Array],
      ['uint8', Uint8Array], ['uint16', Uint16Array], ['uint32', Uint32Array], ['uint64', Float64Array],
      ['float32', Float32Array], ['float64', Float64Array],
    ];
    for (const [dtype, C] of cases) {
      const p = payloadOf(dtype, [2, 3], [1, 0, 1, 1, 0, 1]);
      const e = elements(p);
      expect(e).toBeInstanceOf(C);
      expect([...e]).toEqual([1, 0, 1, 1, 0, 1]);
    }
    expect([...elements(payloadOf('int64', [2], [-(2 ** 53), 2 ** 53]))]).toEqual([-(2 ** 53), 2 ** 53]);
  });

  it('uses the sent storage name, ignores bytes past the elements, rejects short or missing buffers', () => {
    const buf = new Float32Array([1, 2, 3, 4, 99]).buffer;
    expect([...elements({ dtype: 'float32', shape: [2, 2], buffer: buf })]).toEqual([1, 2, 3, 4]);
    expect([...elements({ dtype: 'int64', shape: [2], buffer: new Int32Array([5, 6]).buffer, storage: 'Int32Array' })]).toEqual([5, 6]);
    expect(() => elements({ dtype: 'float64', shape: [3], buffer: new ArrayBuffer(16) })).toThrow(/needs 24/);
    expect(() => elements({ dtype: 'float64', shape: [3], truncated: true })).toThrow(/no buffer/);
    expect(() => elements({ dtype: 'complex128', shape: [1], buffer: new ArrayBuffer(16) })).toThrow(/unsupported/);
    expect(isValidPayload({ dtype: 'float64', shape: [3], truncated: true })).toBe(false);
    expect(isValidPayload({ dtype: 'float64', shape: [-1], buffer: new ArrayBuffer(8) })).toBe(false);
    expect(isValidPayload(payloadOf('uint8', [0, 4], []))).toBe(true);
    expect(isValidPayload(null)).toBe(false);
  });

  it('shapes, strides and labels as NumPy writes them', () => {
    expect(sizeOf([])).toBe(1);
    expect(sizeOf([3, 0, 2])).toBe(0);
    expect(stridesOf([2, 3, 4])).toEqual([12, 4, 1]);
    expect(shapeLabel([5])).toBe('(5,)');
    expect(shapeLabel([2, 3])).toBe('(2, 3)');
    expect(shapeLabel([])).toBe('()');
    expect(indexLabel([1, 2])).toBe('[1, 2]');
  });

  it('finds the finite range and counts NaN and infinities', () => {
    expect(valueRange(new Float64Array([3, NaN, -Infinity, 1, Infinity, 7, NaN, -Infinity]))).toEqual({ min: 1, max: 7, nan: 2, posInf: 1, negInf: 2 });
    expect(valueRange(new Float64Array([NaN]))).toEqual({ min: NaN, max: NaN, nan: 1, posInf: 0, negInf: 0 });
    expect(valueRange(new Int8Array([-5, 4]))).toMatchObject({ min: -5, max: 4 });
  });

  it('formats elements: short for cells, exact for hover', () => {
    expect(formatShort(1, 'float64')).toBe('1.');
    expect(formatShort(1.5, 'float64')).toBe('1.5');
    expect(formatShort(1 / 3, 'float64')).toBe('0.3333');
    expect(formatShort(-12.5, 'float32')).toBe('-12.5');
    expect(formatShort(123456, 'float64')).toBe('1.235e+05');
    expect(formatShort(0.0005005, 'float64')).toBe('5.005e-04');
    expect(formatShort(0, 'float64')).toBe('0.');
    expect(formatShort(NaN, 'float64')).toBe('nan');
    expect(formatShort(-Infinity, 'float64')).toBe('-inf');
    expect(formatShort(1, 'bool')).toBe('True');
    expect(formatShort(-7, 'int64')).toBe('-7');
    expect(formatShort(2 ** 70, 'uint64')).toBe('1180591620717411303424');
    expect(formatExact(0.1, 'float64')).toBe('0.1');
    expect(formatExact(3, 'float64')).toBe('3.0');
    expect(formatExact(Math.fround(0.1), 'float32')).toBe('0.1');
    expect(formatExact(Math.fround(1 / 3), 'float32')).toBe('0.33333334');
    expect(formatExact(1e-7, 'float64')).toBe('1e-7');
    expect(formatExact(0, 'bool')).toBe('False');
    expect(formatExact(255, 'uint8')).toBe('255');
  });
});
