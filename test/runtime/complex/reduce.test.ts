import { describe, expect, test } from 'vitest';
import { np, NDArray, Complex } from '../../../runtime/index';
import { G, fromC, mismatch } from './golden';

const tol = (dtype: string, name: string) => (dtype.endsWith('64') && dtype !== 'float64' && dtype !== 'complex128' ? 2e-6 : name === 'prod' || name === 'cumprod' ? 1e-15 : 0);

describe('complex reductions against NumPy', () => {
  G.reductions.forEach((c: any) => {
    test(`${c.name}(${c.x.dtype}${c.x.shape}, axis=${c.axis})`, () => {
      const f = (np as any)[c.name];
      const x = fromC(c.x);
      let r = c.axis === null && c.name !== 'sort' && c.name !== 'argsort' ? f(x) : f(x, c.axis);
      if (r instanceof Complex) r = np.array(r, { dtype: c.out.dtype });
      else if (typeof r === 'number' && c.out.dtype === 'int64') r = np.array(r);
      else if (typeof r === 'number') r = np.array([r], { dtype: c.out.dtype }).reshape([]);
      expect(r).toBeInstanceOf(NDArray);
      expect(mismatch(r, c.out, tol(c.x.dtype, c.name))).toBeNull();
    });
  });

  test('a full sum is a Complex scalar; keepdims keeps axes', () => {
    const a = np.array([[np.complex(1, 2), 3], [np.j, np.complex(-1, -1)]]);
    const s = a.sum();
    expect(s).toBeInstanceOf(Complex);
    expect(String(s)).toBe('(3+2j)');
    expect((np.sum(a, { axis: 0, keepdims: true }) as NDArray).shape).toEqual([1, 2]);
  });

  test('max of an empty complex axis is NumPy\'s ValueError', () => {
    expect(() => np.max(np.zeros([0, 2], { dtype: 'complex128' }), 0)).toThrow('zero-size array to reduction operation maximum which has no identity');
  });
});
