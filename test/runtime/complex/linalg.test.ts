import { describe, expect, test } from 'vitest';
import { np, NDArray, Complex } from '../../../runtime/index';
import { loadGolden } from '../golden';
import { fromC, mismatch } from './golden';

const G2 = loadGolden<any>('complex2.json');

function asNd(r: unknown, dtype: string): NDArray {
  if (r instanceof NDArray) return r;
  return np.array(r as any, { dtype }).reshape([]);
}

/**
 * Relative tolerance against the result's modulus: the LU results carry the condition
 * number (random matrices up to 20 x 20: ~1e3), so allow cond·eps with margin.
 */
const rtolOf = (dtype: string) => (dtype === 'complex64' || dtype === 'float32' ? 1e-3 : 1e-11);

describe('complex np.linalg against NumPy', () => {
  G2.linalg.forEach((c: any) => {
    const label = `${c.name}(${c.args.map((a: any) => `${a.dtype}[${a.shape}]`).join(', ')}) ${JSON.stringify(c.extra)}`;
    test(label, () => {
      const args = c.args.map(fromC);
      const f = (np.linalg as any)[c.name];
      let r: any;
      if (c.name === 'norm') {
        const ord = c.extra.ord === 'inf' ? Infinity : c.extra.ord === '-inf' ? -Infinity : c.extra.ord ?? null;
        r = f(args[0], { ord, axis: c.extra.axis ?? null });
      } else {
        r = f(...args);
      }
      const outs = Array.isArray(r) ? r : [r];
      expect(outs.length).toBe(c.out.length);
      c.out.forEach((g: any, i: number) => {
        const tol = c.name === 'matrix_rank' ? 0 : rtolOf(g.dtype);
        expect(mismatch(asNd(outs[i], g.dtype), g, tol)).toBeNull();
      });
    });
  });

  test('singular complex matrices: NumPy\'s LinAlgError, det 0 and slogdet (0, -inf)', () => {
    const z = np.zeros([2, 2], { dtype: 'complex128' });
    expect(() => np.linalg.inv(z)).toThrow(np.linalg.LinAlgError);
    expect(() => np.linalg.inv(z)).toThrow('Singular matrix');
    expect(() => np.linalg.solve(z, [1, 2])).toThrow('Singular matrix');
    expect(String(np.linalg.det(z))).toBe('0j');
    const [s, l] = np.linalg.slogdet(z);
    expect(s).toBeInstanceOf(Complex);
    expect(String(s)).toBe('0j');
    expect(l).toBe(-Infinity);
  });

  test('complex linalg keeps NumPy\'s shape errors; svd of complex gives only singular values', () => {
    const a = np.ones([2, 3], { dtype: 'complex128' });
    expect(() => np.linalg.inv(a)).toThrow('Last 2 dimensions of the array must be square');
    expect(() => np.linalg.solve(np.eye(2).astype('complex128'), [1, 2, 3])).toThrow('solve1: Input operand 1 has a mismatch in its core dimension 0');
    expect(() => np.linalg.svd(np.eye(2).astype('complex128'))).toThrow(np.TypeError);
    const z = np.array([[np.complex(0, 3), 0], [0, 4]]);
    expect((np.linalg.svd(z, { compute_uv: false }) as NDArray).tolist()).toEqual([4, 3]);
    expect((np.linalg.svd(z, true, false) as NDArray).tolist()).toEqual([4, 3]);
  });
});
