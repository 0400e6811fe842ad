import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { loadGolden, fromGolden, mismatch, type GoldenArray } from './golden';

interface Case { op: string; x: number; axis: number | number[] | null; ok: GoldenArray }
const core = loadGolden<{ inputs: GoldenArray[]; reductions: Case[] }>('core.json');

describe('reductions against NumPy', () => {
  it('sum, mean, std, var, min, max, prod, argmax, argmin, cumsum over every axis, bit for bit', () => {
    const inputs = core.inputs.map(fromGolden);
    const failures: string[] = [];
    for (const c of core.reductions) {
      const x = inputs[c.x];
      const got = (np as any)[c.op](x, { axis: c.axis });
      // Pairwise summation in NumPy's order gives the same bits; prod/std may differ in the last.
      const tol = c.op === 'sum' || c.op === 'mean' || c.op === 'min' || c.op === 'max' ? 0 : 1e-14;
      const r = mismatch(got, c.ok, tol);
      if (r) failures.push(`${c.op}(${x.dtype}${JSON.stringify(x.shape)}, axis=${JSON.stringify(c.axis)}): ${r}`);
    }
    expect(failures).toEqual([]);
  });

  it('ptp writes into out, given either way, and returns it (NumPy: [4 2])', () => {
    const x = np.array([[1, 5, 3], [2, 2, 4]]);
    for (const call of [(o: NDArray) => np.ptp(x, { axis: 1, out: o }), (o: NDArray) => np.ptp(x, 1, { out: o })]) {
      const o = np.empty(2, { dtype: 'int64' });
      const r = call(o);
      expect(r).toBe(o);
      expect(o.tolist()).toEqual([4, 2]);
    }
    expect(np.ptp(x)).toBe(4);
    expect(np.ptp(x, { axis: 0 }).tolist()).toEqual([1, 3, 1]);
  });

  it('argmax/argmin along the only axis of a 1-d array give a number, as NumPy gives a scalar', () => {
    const v = np.array([1, 3, 2]);
    expect([np.argmax(v, 0), np.argmin(v, { axis: -1 }), v.argmax(0)]).toEqual([1, 0, 1]);
    expect(np.argmax(v, 0, { keepdims: true }).tolist()).toEqual([1]);
  });

  it('mean with an integer dtype truncates, as NumPy', () => {
    expect(np.mean(np.array([1, 2, 4]), { dtype: 'int64' })).toBe(2);
  });

  it('keeps reduced axes with keepdims', () => {
    const m = np.array([[1, 5, 3], [4, 2, 6]]);
    expect(m.sum({ axis: 0, keepdims: true }).shape).toEqual([1, 3]);
    expect(m.mean({ axis: 1, keepdims: true }).tolist()).toEqual([[3], [4]]);
  });

  it('widens small int sums to int64 / uint64 as NumPy does', () => {
    expect(np.array([200, 100], { dtype: 'uint8' }).sum()).toBe(300);
    expect(np.array([[200, 100]], { dtype: 'uint8' }).sum({ axis: 0 }).dtype).toBe('uint64');
    expect(np.array([100, 100], { dtype: 'int8' }).cumsum().tolist()).toEqual([100, 200]);
  });

  it('throws NumPy errors for bad axes and empty max', () => {
    expect(() => np.sum(np.zeros([2, 3]), { axis: 2 })).toThrow('axis 2 is out of bounds for array of dimension 2');
    expect(() => np.zeros([2, 3]).sum({ axis: 2 })).toThrowError(np.AxisError);
    expect(() => np.max(np.array([]))).toThrow('zero-size array to reduction operation maximum which has no identity');
  });

  it('property: reducing axis by axis equals the full reduction', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), fc.integer(), (shape, seed) => {
        const size = shape.reduce((p, q) => p * q, 1);
        const x = np.arange(size).mul(seed % 97).mod(13).reshape(shape);
        let r: NDArray | number = x;
        for (let ax = shape.length - 1; ax >= 0; ax--) r = (r as NDArray).sum({ axis: ax });
        expect(r).toBe(x.sum());
        let mx: NDArray | number = x;
        for (let ax = 0; ax < shape.length; ax++) mx = (mx as NDArray).max({ axis: 0 });
        expect(mx).toBe(x.max());
      }),
      { numRuns: 80 },
    );
  });

  it('property: sum of a strided view equals the sum of its copy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 }), (r, c, step) => {
        const a = np.arange(r * c).reshape(r, c);
        const v = a.get(`::${step}, ::${step}`);
        expect(v.sum()).toBe(v.copy().sum());
        expect(v.T.sum({ axis: 0 }).tolist()).toEqual(v.copy().sum({ axis: 1 }).tolist());
      }),
      { numRuns: 50 },
    );
  });
});
