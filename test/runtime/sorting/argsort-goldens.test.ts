/**
 * np.argsort against NumPy's kind='stable' results (test/goldens/argsort.json, made by
 * make_argsort_goldens.py) on rows long enough for the wasm radix argsort, with the wasm
 * kernels on and off: ties, NaNs, -0 with 0, infinities and subnormals, for every storage
 * type, along either axis of 2-d arrays. Every kind gives this order here (the default
 * 'quicksort' too: see the golden script on why NumPy's own default order is no golden).
 */
import { describe, expect, it, afterEach } from 'vitest';
import { np } from '../../../runtime/index';
import { fromTypedArray } from '../../../runtime/ndarray';
import { storageOf, type DType, type TypedArray } from '../../../runtime/dtype';
import { setWasmMode } from '../../../runtime/wasm/module';
import { loadGolden } from '../golden';

afterEach(() => setWasmMode('auto'));

interface Case { dtype: DType; shape: number[]; seed: number; axis: number; perm: number[] }

const SCALES = [1e-3, 1e-2, 1e-1, 1.0, 1e1, 1e2, 1e3];
const SPECIALS = [NaN, -NaN, 0, -0, Infinity, -Infinity, 5e-324, -5e-324];
const LIMITS: Record<string, [number, number]> = {
  int64: [-(2 ** 63), 2 ** 63 - 1], uint64: [0, 2 ** 64 - 1], int32: [-(2 ** 31), 2 ** 31 - 1], uint32: [0, 2 ** 32 - 1],
  int16: [-32768, 32767], uint16: [0, 65535], int8: [-128, 127], uint8: [0, 255],
};

/** The golden script's `values`: the same xorshift32 stream and the same rule. */
function values(dtype: DType, n: number, seed: number): TypedArray {
  const out = new (storageOf(dtype))(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const code = s % 16;
    let v: number;
    if (dtype === 'float64' || dtype === 'float32') {
      if (code < SPECIALS.length) v = SPECIALS[code];
      else if (code < 12) v = ((s >>> 8) % 9) - 4;
      else v = (s / 4294967296 - 0.5) * SCALES[(s >>> 4) % 7];
    } else {
      const [lo, hi] = LIMITS[dtype];
      v = code < 8 ? ((s >>> 8) % 9) - 4 : hi - lo < 2 ** 32 ? lo + (s % (hi - lo + 1)) : (s - 2 ** 31) * 12345;
      v = Math.max(lo, Math.min(hi, v));
    }
    out[i] = v;
  }
  return out;
}

const golden = loadGolden<{ numpy: string; cases: Case[] }>('argsort.json');

describe('np.argsort = NumPy kind="stable" on long rows', () => {
  for (const c of golden.cases) {
    it(`${c.dtype} ${c.shape.join('x')} axis=${c.axis}`, () => {
      const a = fromTypedArray(values(c.dtype, c.shape.reduce((x, y) => x * y, 1), c.seed), c.shape, c.dtype);
      for (const mode of ['auto', 'off'] as const) {
        setWasmMode(mode);
        for (const kind of ['stable', undefined]) {
          const got = np.argsort(a, { axis: c.axis, kind });
          expect(got.dtype).toBe('int64');
          expect(got.shape).toEqual(c.shape);
          const g = Array.from(got.data as Float64Array);
          if (g.join() !== c.perm.join()) expect(g, `${mode} kind=${kind}`).toEqual(c.perm);
        }
      }
    });
  }
});
