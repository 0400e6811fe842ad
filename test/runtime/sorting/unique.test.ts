/**
 * np.unique's value-sort path (values, optionally counts: no permutation) against its
 * argsort path (taken when indices are asked for): the same values bit for bit and the
 * same counts, with the wasm kernels on and off, for long and short rows of every real
 * dtype with ties, NaNs (equal_nan either way), -0 mixed with 0 and infinities.
 */
import { describe, expect, it, afterEach } from 'vitest';
import { np } from '../../../runtime/index';
import { fromTypedArray, type NDArray } from '../../../runtime/ndarray';
import { storageOf, type DType } from '../../../runtime/dtype';
import { setWasmMode } from '../../../runtime/wasm/module';
import { uniform } from '../uniform';

afterEach(() => setWasmMode('auto'));

function data(dtype: DType, n: number, seed: number): NDArray {
  const r = uniform(n, seed);
  const a = new (storageOf(dtype))(n);
  const specials = [NaN, -0, 0, Infinity, -Infinity, -NaN];
  for (let i = 0; i < n; i++) {
    const u = r[i] + 0.5;
    const v = u < 0.2 ? specials[Math.floor(u * 60) % specials.length] : u < 0.6 ? Math.round(u * 40) - 10 : (u - 0.8) * 1e6;
    const int = dtype !== 'float64' && dtype !== 'float32';
    a[i] = dtype === 'bool' ? Number(v > 0) : int ? (Number.isFinite(v) ? Math.trunc(v) : 3) : v;
  }
  return fromTypedArray(a, [n], dtype);
}

function bytes(a: NDArray): number[] {
  return Array.from(new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength));
}

describe('np.unique values and counts = the argsort path', () => {
  for (const dtype of ['float64', 'float32', 'int64', 'int32', 'uint16', 'int8', 'bool'] as DType[]) {
    it(dtype, () => {
      for (const n of [0, 1, 7, 500, 5000, 70001]) {
        const a = data(dtype, n, n + 3);
        for (const equal_nan of [true, false]) {
          for (const mode of ['auto', 'off'] as const) {
            setWasmMode(mode);
            const [v, c] = np.unique(a, { return_counts: true, equal_nan }) as NDArray[];
            const only = np.unique(a, { equal_nan }) as NDArray;
            const [vi, , ci] = np.unique(a, { return_index: true, return_counts: true, equal_nan }) as NDArray[];
            expect(v.dtype).toBe(dtype);
            expect(c.dtype).toBe('int64');
            expect(bytes(v)).toEqual(bytes(vi));
            expect(bytes(only)).toEqual(bytes(vi));
            expect(Array.from(c.data)).toEqual(Array.from(ci.data));
            if (equal_nan) {
              // index and inverse: each value's first occurrence, and the input rebuilt
              const [u, idx, inv] = np.unique(a, { return_index: true, return_inverse: true }) as NDArray[];
              const d = a.data, ud = u.data;
              const same = (p: number, q: number) => d[p] === ud[q] || (d[p] !== d[p] && ud[q] !== ud[q]);
              for (let i = 0; i < n; i++) if (!same(i, inv.data[i])) expect([i, d[i]]).toEqual([i, ud[inv.data[i]]]);
              const firstSeen = new Float64Array(u.size).fill(-1);
              for (let i = 0; i < n; i++) if (firstSeen[inv.data[i]] < 0) firstSeen[inv.data[i]] = i;
              expect(Array.from(idx.data)).toEqual(Array.from(firstSeen));
            }
          }
        }
      }
    });
  }
});
