import { describe, expect, test } from 'vitest';
import { np, NDArray } from '../../../runtime/index';
import { G, fromC, mismatch } from './golden';

const F = G.functions;
const X = np.array([np.complex(1, 0), np.complex(1, 1), np.complex(2, 0)]);

describe('type-check functions against NumPy', () => {
  test('iscomplexobj / isrealobj', () => {
    expect([np.iscomplexobj(np.array([np.j])), np.iscomplexobj(np.array([1.5]))]).toEqual(F.iscomplexobj);
    expect(np.iscomplexobj(np.complex(1, 0))).toBe(true);
    expect(np.isrealobj(np.array([1, 2]))).toBe(true);
  });

  test('iscomplex / isreal', () => {
    expect(mismatch(np.iscomplex(X) as NDArray, F.iscomplex)).toBeNull();
    expect(mismatch(np.isreal(X) as NDArray, F.isreal)).toBeNull();
    expect(mismatch(np.isreal(np.array([1, 2])) as NDArray, { dtype: 'bool', shape: [2], re: [true, true] })).toBeNull();
  });

  test('real_if_close', () => {
    const a = fromC(F.real_if_close_in);
    expect(mismatch(np.real_if_close(a), F.real_if_close)).toBeNull();
    const b = np.array([np.complex(2.1, 4e-13), np.complex(5.2, 3e-15)]);
    expect(mismatch(np.real_if_close(b), F.real_if_close_keep)).toBeNull();
  });

  test('isclose / allclose with complex', () => {
    const a = np.array([np.complex(1, 1), np.complex(1, 1.00000001), np.complex(2, 2), np.complex(NaN, 1)]);
    const b = np.array([np.complex(1, 1), np.complex(1, 1), np.complex(2, 2.1), np.complex(NaN, 1)]);
    expect(mismatch(np.isclose(a, b) as NDArray, F.isclose)).toBeNull();
    expect(np.allclose(np.array([np.complex(1, 1), np.complex(2, -1e-10)]), np.array([np.complex(1, 1), 2]))).toBe(F.allclose);
  });

  test('astype from complex keeps the real part; to bool tests both parts', () => {
    expect(mismatch(np.array([np.complex(1.5, 2), np.complex(-3, -1)]).astype('float64'), F.astype_float)).toBeNull();
    expect(mismatch(np.array([np.complex(1.5, 2), np.complex(-3.7, -1)]).astype('int64'), F.astype_int)).toBeNull();
    expect(mismatch(np.array([np.complex(0, 0), np.j, np.complex(0.5, 0)]).astype('bool'), F.astype_bool)).toBeNull();
  });

  test('real and imag are views; a.conj()', () => {
    const a = np.array([np.complex(1, 2), np.complex(3, -4)]);
    const im = a.imag;
    expect(im.dtype).toBe('float64');
    expect(im.strides).toEqual([16]);
    im.set(0, 9);
    expect(String(a)).toBe('[1.+9.j 3.-4.j]');
    expect(np.array_repr(a.conj())).toBe('array([1.-9.j, 3.+4.j])');
    expect(np.real(np.complex(5, 6))).toBe(5);
    expect(np.angle(np.complex(0, 1), true)).toBe(90);
  });
});

describe('promotion (NumPy 2, NEP 50)', () => {
  test.each(G.promotion.map((p: string[]) => [p[0], p[1], p[2]]) as [string, string, string][])('promote_types(%s, %s) is %s', (a, b, want) => {
    expect(np.promote_types(a, b)).toBe(want);
  });
  test.each(G.weak.map((p: string[]) => [p[0], p[1]]) as [string, string][])('%s array + 1j is %s', (d, want) => {
    expect((np.add(np.zeros(2, { dtype: d }), np.j) as NDArray).dtype).toBe(want);
  });
});

describe("NumPy's errors for complex input", () => {
  const calls: Record<string, () => unknown> = {
    floor_divide: () => np.floor_divide(np.array([np.j]), np.array([np.complex(0, 2)])),
    remainder: () => np.remainder(np.array([np.j]), np.array([np.complex(0, 2)])),
    floor: () => np.floor(np.array([np.j])),
    arctan2: () => np.arctan2(np.array([np.j]), np.array([np.complex(0, 2)])),
    array_float: () => np.array([np.complex(1, 2)], { dtype: 'float64' }),
  };
  for (const [k, f] of Object.entries(calls)) {
    test(k, () => {
      const [cls, msg] = G.errors[k];
      expect(f).toThrow(msg);
      try {
        f();
      } catch (e: any) {
        expect(e.name).toBe(cls);
      }
    });
  }
  test('less orders lexicographically, as NumPy', () => {
    expect(String(np.less(np.array([np.j, 1]), np.array([np.complex(0, 2), np.complex(1, -1)])))).toBe('[ True False]');
  });
});

describe('element-moving functions work part by part on complex arrays', () => {
  const z = np.array([[np.complex(1, 2), np.complex(3, -4)], [np.complex(-5, 6), np.complex(7, 0.5)]]);
  test('take, repeat, pad, resize, compress, extract', () => {
    expect(np.array_repr(np.take(z, [3, 0]))).toBe('array([7.+0.5j, 1.+2.j ])');
    expect(String(np.take(z, 1))).toBe('(3-4j)');
    expect(np.array_repr(np.repeat(z, 2, 0).get(':, 0'))).toBe('array([ 1.+2.j,  1.+2.j, -5.+6.j, -5.+6.j])');
    expect(np.array_repr(np.pad(z.get(0), 1))).toBe('array([0.+0.j, 1.+2.j, 3.-4.j, 0.+0.j])');
    expect(np.array_repr(np.resize(z, [3]))).toBe('array([ 1.+2.j,  3.-4.j, -5.+6.j])');
    expect(np.array_repr(np.compress([false, true], z, 1))).toBe('array([[3.-4.j ],\n       [7.+0.5j]])');
    expect(np.array_repr(np.extract(np.array([[true, false], [false, true]]), z))).toBe('array([1.+2.j , 7.+0.5j])');
  });
  test('choose refuses complex', () => {
    expect(() => np.choose([0, 1], [z.get(0), z.get(1)])).toThrow(np.TypeError);
  });
});

describe('ndarray methods with complex arrays', () => {
  const z = np.array([np.complex(1, 2), np.complex(3, -4)]);
  test('take and repeat methods go part by part; sort and max are lexicographic; unique is lexicographic; clip refuses; dot multiplies', () => {
    expect(np.array_repr(z.take([1, 1]))).toBe('array([3.-4.j, 3.-4.j])');
    expect(np.array_repr(z.repeat(2))).toBe('array([1.+2.j, 1.+2.j, 3.-4.j, 3.-4.j])');
    const s = np.array([np.complex(3, -4), np.complex(1, 2)]);
    s.sort();
    expect(String(s)).toBe('[1.+2.j 3.-4.j]');
    expect(np.array_repr(np.unique(np.array([np.complex(3, -4), np.complex(1, 2), np.complex(3, -4)])))).toBe('array([1.+2.j, 3.-4.j])');
    expect(() => z.clip(0, 1)).toThrow(np.TypeError);
    expect(String(z.dot(z))).toBe('(-10-20j)');
    expect(String(z.max())).toBe('(3-4j)');
    expect(z.argmin()).toBe(0);
    expect(np.array([3, 1, 2]).take([0, 2]).tolist()).toEqual([3, 2]);
    expect(np.array([3, 1, 2]).max()).toBe(3);
  });
});

describe('assigning a.real and a.imag', () => {
  test('writes the parts of a complex array; imag of a real array is a TypeError', () => {
    const a = np.zeros(3, { dtype: 'complex128' });
    a.real = np.array([1, 2, 3]);
    a.imag = 5 as any;
    expect(np.array_repr(a)).toBe('array([1.+5.j, 2.+5.j, 3.+5.j])');
    const r = np.zeros(2);
    r.real = 7 as any;
    expect(r.tolist()).toEqual([7, 7]);
    expect(() => {
      r.imag = 1 as any;
    }).toThrow('array does not have imaginary part to set');
  });
});

describe('np.testing with complex arrays', () => {
  const a = np.array([np.complex(1, 2), np.complex(3, 4)]);
  const b = np.array([np.complex(1, 2), np.complex(3, 5)]);
  test('a difference in the imaginary part fails; equal arrays pass', () => {
    expect(() => np.testing.assert_array_equal(a, b)).toThrow(np.AssertionError);
    expect(() => np.testing.assert_allclose(a, b)).toThrow(/Not equal to tolerance/);
    expect(() => np.testing.assert_allclose(a, a.copy())).not.toThrow();
    expect(() => np.testing.assert_array_less(a, b)).toThrow(np.TypeError);
  });
});
