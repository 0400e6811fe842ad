/**
 * The wasm radix sort of float32 and 32-bit-or-narrower integer rows (wasm/sort32.ts via
 * runtime/wasm/sort.ts) against the JS radix sort (runtime/sorting/keys32-radix.ts): bit
 * for bit the same rows (NaN payloads and signs kept, -0 and +0 in input order), for row
 * lengths on both sides of the 16-bit-digit switch, several rows at once, rows of one
 * value, and np.sort along either axis.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { np } from '../../../runtime/index';
import { sortRows } from '../../../runtime/sorting/rows';
import { fromTypedArray } from '../../../runtime/ndarray';
import { storageOf, type DType, type TypedArray } from '../../../runtime/dtype';
import { setWasmMode } from '../../../runtime/wasm/module';
import { WASM_SORT_MIN } from '../../../runtime/wasm/sort';
import { uniform } from '../uniform';

afterEach(() => setWasmMode('auto'));

/** Asserts equal arrays, reporting the first difference (whole-array toEqual is slow on long rows). */
function expectSame(got: ArrayLike<number>, want: ArrayLike<number>): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < got.length; i++) if (got[i] !== want[i] && !(got[i] !== got[i] && want[i] !== want[i])) {
    expect([i, got[i]]).toEqual([i, want[i]]);
  }
}

/** The words of a float32 array, NaNs with their quiet bit set. */
function quieted(a: Float32Array): Uint32Array {
  const w = new Uint32Array(a.buffer, a.byteOffset, a.length).slice();
  for (let i = 0; i < w.length; i++) if ((w[i] & 0x7f800000) === 0x7f800000 && (w[i] & 0x7fffff) !== 0) w[i] |= 0x400000;
  return w;
}

/** float32 NaNs with these bits. */
const NAN_BITS = [0x7fc00000, 0xffc00001, 0x7f800005];
const nans = new Float32Array(new Uint32Array(NAN_BITS).buffer);

/** A row of `dtype` with ties, extremes and (float32) NaNs, zeros of both signs, infinities, subnormals. */
function nasty(dtype: DType, n: number, seed: number): TypedArray {
  const r = uniform(n, seed);
  const a = new (storageOf(dtype))(n);
  const specials = dtype === 'float32'
    ? [0, -0, Infinity, -Infinity, nans[0], nans[1], nans[2], 1e-45, -1e-45, 3.4e38, -3.4e38]
    : [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, 32767, -32768, 65535, 127, -128, 255];
  for (let i = 0; i < n; i++) {
    const u = r[i] + 0.5;
    if (u < 0.15) a[i] = specials[Math.floor(u * 1000) % specials.length];
    else if (u < 0.3) a[i] = Math.round(u * 50) - 12; // ties
    else a[i] = dtype === 'float32' ? (u - 0.6) * 10 ** Math.floor(u * 40 - 20) : Math.floor((u - 0.6) * 2 ** 33);
  }
  if (dtype === 'float32') {
    // TypedArray stores may canonicalise NaNs: set their bits directly
    const w = new Uint32Array(a.buffer);
    for (let i = 0; i < n; i += 97) w[i] = NAN_BITS[i % 3];
  }
  return a;
}

/** The sorted rows' bytes, with the wasm kernels on or off. */
function sortedBytes(src: TypedArray, n: number, wasm: boolean): Uint8Array {
  setWasmMode(wasm ? 'auto' : 'off');
  const dst = new (src.constructor as new (len: number) => TypedArray)(src.length);
  sortRows(src, dst, n);
  return new Uint8Array(dst.buffer);
}

const DTYPES: DType[] = ['float32', 'int32', 'uint32', 'int16', 'uint16', 'int8', 'uint8', 'bool'];

describe('wasm 32-bit sort = JS radix sort', () => {
  for (const dtype of DTYPES) {
    it(`${dtype}: same bytes for single and several rows, input untouched`, () => {
      for (const [n, rows] of [[WASM_SORT_MIN, 1], [5003, 3], [70001, 1]]) {
        const src = nasty(dtype, n * rows, n + rows);
        if (dtype === 'bool') for (let i = 0; i < src.length; i++) src[i] = src[i] > 0 ? 1 : 0;
        const copy = src.slice();
        expectSame(sortedBytes(src, n, true), sortedBytes(src, n, false));
        expectSame(new Uint8Array(src.buffer), new Uint8Array(copy.buffer));
      }
    });
  }

  it('float32: sorted, NaNs last with their bits in input order, zeros in input order', () => {
    const n = 10007;
    const src = nasty('float32', n, 11) as Float32Array;
    setWasmMode('auto');
    const dst = new Float32Array(n);
    sortRows(src, dst, n);
    const sw = new Uint32Array(src.buffer), dw = new Uint32Array(dst.buffer);
    const nanIn = Array.from(sw).filter((w) => (w & 0x7fffffff) > 0x7f800000);
    const m = n - nanIn.length;
    for (let i = 1; i < m; i++) expect(dst[i - 1] <= dst[i]).toBe(true);
    expect(Array.from(dw.subarray(m))).toEqual(nanIn);
    const zerosIn = Array.from(src).filter((v) => v === 0).map((v) => Object.is(v, -0));
    const zerosOut = Array.from(dst).filter((v) => v === 0).map((v) => Object.is(v, -0));
    expect(zerosOut).toEqual(zerosIn);
  });

  it('rows of one value, and np.sort along either axis', () => {
    for (const dtype of ['float32', 'int16', 'uint32'] as DType[]) {
      const same = new (storageOf(dtype))(4096).fill(7);
      expectSame(sortedBytes(same, 4096, true), sortedBytes(same, 4096, false));
      const a = fromTypedArray(nasty(dtype, 3 * 3000, 5), [3, 3000], dtype);
      for (const [x, axis] of [[a, -1], [np.transpose(a), 0], [a, null]] as const) {
        setWasmMode('auto');
        const w = np.sort(x, { axis });
        setWasmMode('off');
        const j = np.sort(x, { axis });
        expect(w.shape).toEqual(j.shape);
        // A strided input is gathered through JS numbers, which may quiet a signaling NaN
        // (V8's float32 -> float64 conversion, depending on the tier that runs it): NaN
        // words are compared with the quiet bit set; every other bit must match.
        if (dtype === 'float32') expectSame(quieted(w.data as Float32Array), quieted(j.data as Float32Array));
        else expectSame(new Uint8Array(w.data.buffer), new Uint8Array(j.data.buffer));
      }
    }
  });
});
