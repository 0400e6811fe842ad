import { describe, expect, test } from 'vitest';
import { np, NDArray, Complex } from '../../../runtime/index';
import { loadGolden } from '../golden';
import { fromC, mismatch } from './golden';

const G2 = loadGolden<any>('complex2.json');

/** A product's result as an NDArray (a Complex or number scalar as 0-d of the golden dtype). */
function asNd(r: unknown, dtype: string): NDArray {
  if (r instanceof NDArray) return r;
  return np.array(r as any, { dtype }).reshape([]);
}

describe('complex products against NumPy', () => {
  G2.products.forEach((c: any) => {
    const label = `${c.name}(${c.args.map((a: any) => `${a.dtype}[${a.shape}]`).join(', ')}) ${c.extra.subscripts ?? ''}`;
    test(label, () => {
      const args = c.args.map(fromC);
      const r = c.extra.subscripts ? np.einsum(c.extra.subscripts, ...args) : (np as any)[c.name](...args);
      // zgemm's bound is n·eps·|A||B| per element: relative to the modulus, with slack for float32
      const rtol = c.out.dtype === 'complex64' ? 2e-5 : 1e-13;
      expect(mismatch(asNd(r, c.out.dtype), c.out, rtol)).toBeNull();
    });
  });

  test('a 1-d dot is a Complex scalar; methods a.dot and a.matmul take complex', () => {
    const a = np.array([np.complex(1, 2), np.complex(3, -1)]);
    const b = np.array([np.complex(0, 1), 2]);
    const d = np.dot(a, b);
    expect(d).toBeInstanceOf(Complex);
    expect(String(d)).toBe('(4-1j)');
    expect(String(a.dot(b))).toBe('(4-1j)');
    expect(String(np.vdot(a, b))).toBe('(8+3j)');
    const m = np.array([[np.complex(0, 1), 0], [0, 1]]);
    expect(np.array_repr(m.matmul(m))).toBe('array([[-1.+0.j,  0.+0.j],\n       [ 0.+0.j,  1.+0.j]])');
  });

  test('real operands keep the real path and dtype', () => {
    expect(np.matmul(np.ones([2, 2]), np.ones([2, 2])).dtype).toBe('float64');
    expect(np.dot([1, 2], [3, 4])).toBe(11);
  });

  test('shape errors are NumPy\'s for complex operands too', () => {
    const a = np.ones([2, 3], { dtype: 'complex128' });
    expect(() => np.matmul(a, a)).toThrow('matmul: Input operand 1 has a mismatch in its core dimension 0');
  });
});
