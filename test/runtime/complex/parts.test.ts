import { describe, expect, test } from 'vitest';
import { np } from '../../../runtime/index';
import { complexParts, complexFromParts } from '../../../runtime/complex/parts';

describe('complexParts / complexFromParts (the contract fft and linalg build on)', () => {
  test('parts of a complex array, in C order, through a transposed view', () => {
    const a = complexFromParts(new Float64Array([1, 2, 3, 4, 5, 6]), new Float64Array([-1, -2, -3, -4, -5, -6]), [2, 3]);
    expect(a.dtype).toBe('complex128');
    expect(a.strides).toEqual([48, 16]);
    const t = a.T;
    expect(t.strides).toEqual([16, 48]);
    const p = complexParts(t);
    expect(Array.from(p.re)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(Array.from(p.im)).toEqual([-1, -4, -2, -5, -3, -6]);
  });

  test('real input gives im = 0; complex64 rounds to float32', () => {
    const p = complexParts(np.arange(4).reshape(2, 2));
    expect(Array.from(p.re)).toEqual([0, 1, 2, 3]);
    expect(Array.from(p.im)).toEqual([0, 0, 0, 0]);
    const c = complexFromParts(new Float64Array([0.1]), new Float64Array([0.2]), [1], 'complex64');
    expect(c.dtype).toBe('complex64');
    expect(c.itemsize).toBe(8);
    expect(complexParts(c).re[0]).toBe(Math.fround(0.1));
  });

  test('a slice with a step is a view with NumPy byte strides', () => {
    const a = np.array([np.complex(1, 2), 3, { re: 0, im: -1 }]);
    const v = a.get('::2') as any;
    expect(v.strides).toEqual([32]);
    expect(v.base).toBe(a);
    const p = complexParts(v);
    expect(Array.from(p.re)).toEqual([1, 0]);
    expect(Array.from(p.im)).toEqual([2, -1]);
  });

  test('mismatched lengths are a ValueError', () => {
    expect(() => complexFromParts(new Float64Array(2), new Float64Array(3), [2])).toThrow(np.ValueError);
  });
});
