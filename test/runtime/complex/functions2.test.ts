import { describe, expect, test } from 'vitest';
import { np, NDArray, Complex } from '../../../runtime/index';
import { loadGolden } from '../golden';
import { fromC, mismatch, num } from './golden';

const G2 = loadGolden<any>('complex2.json');

function asNd(r: unknown, dtype: string): NDArray {
  if (r instanceof NDArray) return r;
  return np.array(r as any, { dtype }).reshape([]);
}

/** A 0-d complex golden as a Complex scalar. */
const scalarOf = (g: any) => new Complex(num(g.re[0]), num(g.im[0]));

function call(c: any, args: NDArray[]): any {
  const e = c.extra;
  switch (c.name) {
    case 'unique': return Object.keys(e).length ? np.unique(args[0], e) : np.unique(args[0]);
    case 'unique_values': return np.unique_values(args[0]);
    case 'linspace': return np.linspace(scalarOf(c.args[0]) as any, scalarOf(c.args[1]) as any, e.num, { endpoint: e.endpoint, retstep: true });
    case 'mean': return np.mean(args[0], e.axis);
    case 'average': return e.weights ? np.average(args[0], e.axis, { weights: args[1] }) : np.average(args[0], e.axis);
    case 'trace': return np.trace(args[0]);
    case 'diag': return np.diag(args[0], e.k ?? 0);
    case 'diagflat': return np.diagflat(args[0], e.k);
    case 'vander': return e.N ? np.vander(args[0], e.N, e.increasing) : np.vander(args[0]);
    case 'conj': return np.conj(args[0]);
    case 'convolve': return np.convolve(args[0], args[1]);
    case 'correlate': return e.mode ? np.correlate(args[0], args[1], e.mode) : np.correlate(args[0], args[1]);
    case 'cross': return np.cross(args[0], args[1]);
    case 'linalg.matrix_power': return np.linalg.matrix_power(args[0], e.n);
    case 'linalg.multi_dot': return np.linalg.multi_dot(args);
    case 'linalg.trace': return np.linalg.trace(args[0]);
    case 'allclose': return np.allclose(args[0], args[1]);
    default: throw new Error(c.name);
  }
}

describe('the remaining functions with complex input, against NumPy', () => {
  G2.rest.forEach((c: any) => {
    const label = `${c.name}(${c.args.map((a: any) => `${a.dtype}[${a.shape}]`).join(', ')}) ${JSON.stringify(c.extra)}`;
    test(label, () => {
      const r = call(c, c.args.map(fromC));
      const outs = c.out.length > 1 ? r : [r];
      expect(outs.length).toBe(c.out.length);
      c.out.forEach((g: any, i: number) => {
        // exact where NumPy's operations are reproduced; products/inverses within rounding
        const exact = ['unique', 'unique_values', 'linspace', 'trace', 'diag', 'diagflat', 'conj', 'allclose', 'linalg.trace'].includes(c.name);
        const rtol = exact ? 0 : g.dtype === 'complex64' ? 1e-5 : 1e-12;
        expect(mismatch(asNd(outs[i], g.dtype), g, rtol)).toBeNull();
      });
    });
  });

  test('unique with equal_nan gives one value for all elements with a NaN part', () => {
    const z = np.array([np.complex(NaN, 1), 2, np.complex(1, NaN), np.complex(NaN, NaN), 2]);
    const [v, c] = np.unique(z, { return_counts: true }) as NDArray[];
    expect(v.shape).toEqual([2]);
    expect(String(v.get(0))).toBe('(2+0j)');
    expect(Number.isNaN(v.flatGet(1)) || Number.isNaN(v.flatGetImag(1))).toBe(true);
    expect(c.tolist()).toEqual([2, 3]);
    expect((np.unique(z, { equal_nan: false }) as NDArray).shape).toEqual([4]);
  });

  test('unique of complex along an axis, and complex weights in average, are refused', () => {
    const z = np.array([[np.complex(1, 2), 0]]);
    expect(() => np.unique(z, { axis: 0 })).toThrow(np.TypeError);
    expect(() => np.average(z, null, { weights: z })).toThrow(np.TypeError);
  });
});
