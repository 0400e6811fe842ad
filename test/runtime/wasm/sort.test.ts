/**
 * The wasm radix sort of float64 rows (wasm/sort.ts via runtime/wasm/sort.ts) against the
 * JS radix sort: bit for bit the same rows, with NaNs of several payloads and signs, -0
 * and +0 mixed (input order among zeros), infinities, ties and subnormals, for row
 * lengths on both sides of the 16-bit-digit switch, and several rows at once.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { sortRows } from '../../../runtime/sorting/rows';
import { setWasmMode, kernels } from '../../../runtime/wasm/module';
import { WASM_SORT_MIN } from '../../../runtime/wasm/sort';
import { uniform } from '../uniform';

afterEach(() => setWasmMode('auto'));

/** The raw bits of the NaN with this payload word and sign. */
function nanWith(hiWord: number, loWord: number): number {
  const u = new Uint32Array(2);
  u[0] = loWord;
  u[1] = hiWord;
  return new Float64Array(u.buffer)[0];
}

/** A row mixing every kind of double the sort must place. */
function nasty(n: number, seed: number): Float64Array {
  const r = uniform(n, seed);
  const specials = [0, -0, Infinity, -Infinity, nanWith(0x7ff80000, 0), nanWith(0xfff80000, 1), nanWith(0x7ff00000, 5),
    5e-324, -5e-324, 1, -1, 2 ** 60, -(2 ** 60)];
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = r[i] + 0.5;
    if (u < 0.1) a[i] = specials[Math.floor(u * 130) % specials.length];
    else if (u < 0.2) a[i] = Math.round(u * 50) - 12; // ties
    else a[i] = (u - 0.6) * 10 ** Math.floor(u * 40 - 20);
  }
  return a;
}

function sorted(src: Float64Array, n: number, wasm: boolean): Uint32Array {
  setWasmMode(wasm ? 'auto' : 'off');
  const dst = new Float64Array(src.length);
  sortRows(src, dst, n);
  return new Uint32Array(dst.buffer);
}

describe('wasm float64 sort = JS radix sort', () => {
  it('the kernels are there', () => {
    expect(kernels()).not.toBeNull();
  });

  it('same bits for single rows of every digit plan', () => {
    for (const n of [WASM_SORT_MIN, 5000, (1 << 16) - 1, 1 << 16, 200003]) {
      const src = nasty(n, n);
      const copy = src.slice();
      expect(sorted(src, n, true)).toEqual(sorted(src, n, false));
      expect(new Uint32Array(src.buffer)).toEqual(new Uint32Array(copy.buffer)); // input untouched
    }
  });

  it('same bits for several rows, and rows without NaNs, zeros or negatives', () => {
    const n = 3000;
    const src = nasty(4 * n, 3);
    expect(sorted(src, n, true)).toEqual(sorted(src, n, false));
    const plain = uniform(50000, 9);
    expect(sorted(plain, 50000, true)).toEqual(sorted(plain, 50000, false));
    const same = new Float64Array(4096).fill(-2.5);
    expect(sorted(same, 4096, true)).toEqual(sorted(same, 4096, false));
  });

  it('the wasm result is sorted, NaNs last, zeros in input order', () => {
    const n = 10007;
    const src = nasty(n, 11);
    setWasmMode('auto');
    const dst = new Float64Array(n);
    sortRows(src, dst, n);
    let nans = 0;
    for (let i = 0; i < n; i++) if (Number.isNaN(src[i])) nans++;
    for (let i = 1; i < n - nans; i++) expect(dst[i - 1] <= dst[i]).toBe(true);
    for (let i = n - nans; i < n; i++) expect(Number.isNaN(dst[i])).toBe(true);
    const zerosIn = Array.from(src).filter((v) => v === 0).map((v) => Object.is(v, -0));
    const zerosOut = Array.from(dst).filter((v) => v === 0).map((v) => Object.is(v, -0));
    expect(zerosOut).toEqual(zerosIn);
  });
});
