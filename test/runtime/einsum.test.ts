/**
 * np.einsum against NumPy's goldens (test/goldens/einsum.json): explicit and implicit
 * output, transposes, traces and diagonals, outer products, ellipses, broadcasting of
 * length-1 dimensions, three operands, dtypes (int, bool, float32, mixed), empty arrays, a
 * product large enough for the wasm GEMM; and NumPy's errors, word for word.
 */
import { describe, it, expect } from 'vitest';
import { np, NDArray } from '../../runtime/index';
import { loadGolden, fromGolden, mismatch, type GoldenArray } from './golden';

interface Case {
  subscripts: string;
  operands: { nd: GoldenArray }[];
  expect: { nd: GoldenArray } | { error: string; message: string };
}

const { cases } = loadGolden<{ cases: Case[] }>('einsum.json');

describe('np.einsum (NumPy goldens)', () => {
  it.each(cases.map((c) => [c.subscripts, c] as const))('%s', (_, c) => {
    const ops = c.operands.map((o) => fromGolden(o.nd));
    if ('error' in c.expect) {
      let err: any = null;
      try {
        np.einsum(c.subscripts, ...ops);
      } catch (e) {
        err = e;
      }
      expect(err?.name).toBe(c.expect.error);
      expect(err?.message).toBe(c.expect.message);
      return;
    }
    const r = np.einsum(c.subscripts, ...ops);
    expect(r).toBeInstanceOf(NDArray);
    // float32: accumulated here in float64 and rounded once
    const tol = c.expect.nd.dtype === 'float32' ? 1e-6 : 1e-12;
    expect(mismatch(r, c.expect.nd, tol, tol)).toBeNull();
  });

  it('takes a trailing options object (optimize changes nothing)', () => {
    const a = np.arange(6).reshape(2, 3);
    expect(np.einsum('ij->ji', a, { optimize: true }).tolist()).toEqual([[0, 3], [1, 4], [2, 5]]);
  });
});
