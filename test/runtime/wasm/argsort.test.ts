/**
 * The wasm radix argsorts (wasm/argsort.ts via runtime/wasm/sort.ts) against the JS radix
 * argsorts: the same permutation for every real dtype, on rows with NaNs of several
 * payloads and signs, -0 and +0 mixed (one key: input order), infinities, ties and
 * subnormals, at lengths on both sides of the 16-bit-digit switch, several rows at once,
 * along either axis, with every `kind`, and rows whose keys differ only in a few digits
 * (so passes are skipped and records pack at different points).
 */
import { describe, it, expect, afterEach } from 'vitest';
import { np } from '../../../runtime/index';
import { argsortRows, argsortRow1d } from '../../../runtime/sorting/rows';
import { fromTypedArray } from '../../../runtime/ndarray';
import { storageOf, type DType, type TypedArray } from '../../../runtime/dtype';
import { setWasmMode, kernels } from '../../../runtime/wasm/module';
import { WASM_ARGSORT_MIN } from '../../../runtime/wasm/sort';
import { uniform } from '../uniform';

afterEach(() => setWasmMode('auto'));

/** Asserts equal arrays, reporting the first difference (whole-array toEqual is slow on long rows). */
function expectSame(got: ArrayLike<number>, want: ArrayLike<number>): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < got.length; i++) if (got[i] !== want[i] && !(got[i] !== got[i] && want[i] !== want[i])) {
    expect([i, got[i]]).toEqual([i, want[i]]);
  }
}

/** The raw bits of the NaN with this payload word and sign. */
function nanWith(hiWord: number, loWord: number): number {
  const u = new Uint32Array(2);
  u[0] = loWord;
  u[1] = hiWord;
  return new Float64Array(u.buffer)[0];
}

const SPECIALS = [0, -0, Infinity, -Infinity, nanWith(0x7ff80000, 0), nanWith(0xfff80000, 1), nanWith(0x7ff00000, 5),
  5e-324, -5e-324, 1, -1, 2 ** 60, -(2 ** 60), 1e-40, -1e-40];

/** A row of `dtype` mixing every kind of value its sort must place, ties included. */
function nasty(dtype: DType, n: number, seed: number): TypedArray {
  const r = uniform(n, seed);
  const a = new (storageOf(dtype))(n);
  const int = dtype !== 'float64' && dtype !== 'float32';
  for (let i = 0; i < n; i++) {
    const u = r[i] + 0.5;
    let v: number;
    if (u < 0.1) v = SPECIALS[Math.floor(u * 150) % SPECIALS.length];
    else if (u < 0.3) v = Math.round(u * 50) - 12; // ties
    else v = (u - 0.6) * 10 ** Math.floor(u * 40 - 20);
    if (int) v = Number.isFinite(v) ? Math.trunc(v * (dtype.endsWith('64') ? 1e3 : 1)) % 2 ** 31 : 3;
    if (dtype === 'uint64') v = Math.abs(v);
    a[i] = dtype === 'bool' ? Number(v > 0) : v;
  }
  return a;
}

/** argsortRows of src (rows of n) with the wasm kernels on or off. */
function perm(src: TypedArray, n: number, wasm: boolean): Float64Array {
  setWasmMode(wasm ? 'auto' : 'off');
  const out = new Float64Array(src.length).fill(-1);
  argsortRows(src, out, n);
  return out;
}

const DTYPES: DType[] = ['float64', 'float32', 'int64', 'uint64', 'int32', 'uint32', 'int16', 'uint16', 'int8', 'uint8', 'bool'];

describe('wasm argsort = JS radix argsort', () => {
  it('the kernels are there', () => {
    expect(kernels()).not.toBeNull();
  });

  for (const dtype of DTYPES) {
    it(`${dtype}: single rows of every digit plan, input untouched`, () => {
      for (const n of [WASM_ARGSORT_MIN, 5003, 70001]) {
        const src = nasty(dtype, n, n + dtype.length);
        const copy = src.slice();
        const w = perm(src, n, true);
        expectSame(w, perm(src, n, false));
        expectSame(src, copy);
      }
    });
  }

  it('several rows at once, and argsortRow1d (int32 output)', () => {
    for (const dtype of ['float64', 'float32', 'int16'] as DType[]) {
      const n = 3001;
      const src = nasty(dtype, 5 * n, 7);
      expectSame(perm(src, n, true), perm(src, n, false));
      setWasmMode('auto');
      const a = argsortRow1d(src);
      setWasmMode('off');
      expectSame(a, argsortRow1d(src));
    }
  });

  it('keys that differ in few digits: skipped passes, records packed early or late', () => {
    const n = 70001;
    const rows: Float64Array[] = [];
    rows.push(uniform(n, 1)); // [-0.5, 0.5): every digit moves
    rows.push(uniform(n, 2).map((v) => v + 0.5)); // one sign, few exponents
    rows.push(uniform(n, 3).map((v) => Math.floor(v * 1000))); // integers: low digits constant
    rows.push(uniform(n, 4).map((v) => 1 + (v + 0.5) * 2 ** -30)); // only low digits move
    rows.push(uniform(n, 5).map((v) => (v < 0 ? -0 : 0))); // every key equal
    rows.push(uniform(n, 6).map((v) => (v < 0.3 ? NaN : 2))); // NaNs and one value
    rows.push(new Float64Array(n).fill(NaN));
    for (const r of rows) {
      expectSame(perm(r, n, true), perm(r, n, false));
      for (const k of [1000, 4000]) {
        const small = r.subarray(0, k);
        expectSame(perm(small, k, true), perm(small, k, false));
      }
    }
  });

  it('the wasm result is a stable sort: NaNs last, ties and signed zeros in input order', () => {
    const n = 20011;
    const src = nasty('float64', n, 11) as Float64Array;
    const p = perm(src, n, true);
    const cmp = (x: number, y: number) => (x !== x ? (y !== y ? 0 : 1) : y !== y ? -1 : x < y ? -1 : x > y ? 1 : 0);
    for (let i = 1; i < n; i++) {
      const c = cmp(src[p[i - 1]], src[p[i]]);
      expect(c < 0 || (c === 0 && p[i - 1] < p[i])).toBe(true);
    }
    expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('np.argsort along either axis and with every kind gives the JS permutation', () => {
    for (const dtype of ['float64', 'float32', 'int32', 'uint8'] as DType[]) {
      const a = fromTypedArray(nasty(dtype, 4 * 3000, 5), [4, 3000], dtype);
      const t = np.transpose(a);
      for (const kind of [undefined, 'quicksort', 'mergesort', 'heapsort', 'stable']) {
        for (const [x, axis] of [[a, -1], [t, 0], [a, null]] as const) {
          setWasmMode('auto');
          const w = np.argsort(x, { axis, kind });
          setWasmMode('off');
          const j = np.argsort(x, { axis, kind });
          expect(w.shape).toEqual(j.shape);
          expectSame(w.data, j.data);
        }
      }
    }
  });
});
