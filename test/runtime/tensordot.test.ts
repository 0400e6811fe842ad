/**
 * np.tensordot against NumPy's goldens (test/goldens/tensordot.json): values, shapes and
 * dtypes for int, pair and list axes (negative ones, none summed, all summed, empty
 * arrays, float32, bool, a product large enough for the wasm GEMM), and NumPy's errors.
 */
import { describe, it, expect } from 'vitest';
import { np, NDArray } from '../../runtime/index';
import { loadGolden, fromGolden, mismatch, type GoldenArray } from './golden';

interface Case {
  a: { nd: GoldenArray };
  b: { nd: GoldenArray };
  axes: number | [number | number[], number | number[]];
  expect: { nd: GoldenArray } | { error: string; message: string };
}

const { cases } = loadGolden<{ cases: Case[] }>('tensordot.json');

describe('np.tensordot (NumPy goldens)', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const a = fromGolden(c.a.nd), b = fromGolden(c.b.nd);
    if ('error' in c.expect) {
      let err: any = null;
      try {
        np.tensordot(a, b, c.axes);
      } catch (e) {
        err = e;
      }
      expect(err?.name).toBe(c.expect.error);
      expect(err?.message).toBe(c.expect.message);
      return;
    }
    const r = np.tensordot(a, b, c.axes);
    expect(r).toBeInstanceOf(NDArray);
    // float32: small products here round once from float64 (README, differences from NumPy)
    const tol = c.expect.nd.dtype === 'float32' ? 1e-6 : 1e-12;
    expect(mismatch(r, c.expect.nd, tol, tol)).toBeNull();
  });

  it('takes its axes as an option too, two by default', () => {
    const a = np.arange(24).reshape(2, 3, 4), b = np.arange(12).reshape(3, 4);
    expect(np.tensordot(a, b, { axes: 2 }).tolist()).toEqual(np.tensordot(a, b).tolist());
    expect(np.tensordot(a, b, { axes: [[1, 2], [0, 1]] }).tolist()).toEqual(np.tensordot(a, b).tolist());
  });
});
