/**
 * The passes of a radix argsort after the first: indices travel with the key words later
 * passes still read, and the last pass writes the final order to `out`.
 */
import type { SortScratch } from './scratch';
import { scatterIndex, scatterIndexToF64, scatterKeyIndex, scatterOtherKeyIndex, scatterTwoKeysIndex } from './scatter';

/** Where an argsort's indices end up: a scratch row (Int32) or int64 data (doubles). */
export type IndexOut = Int32Array | Float64Array;

/**
 * Sorts the m indices `id` (scratch i32 slot 0) by their keys: the low key word `lo`
 * (scratch u32 slot 0; null for 32-bit keys) and the high word `hi` (slot 1). Runs the
 * digit `passes` (the low word's digits numbered first, `per` digits per word; histograms
 * already turned into offsets in `c`) and writes the sorted indices to out[0..m).
 */
export function radixIndexPasses(
  lo: Uint32Array | null, hi: Uint32Array, id: Int32Array, m: number,
  passes: readonly number[], per: number, bits: number, c: Int32Array, sc: SortScratch, out: IndexOut,
): void {
  const k = passes.length;
  if (k === 0) {
    for (let i = 0; i < m; i++) out[i] = id[i];
    return;
  }
  const mask = (1 << bits) - 1;
  let lastLo = -1;
  for (let j = 0; j < k; j++) if (lo !== null && passes[j] < per) lastLo = j;
  const hiLater = k - 1 > lastLo;
  let loA = lo;
  let loB = lo !== null ? sc.u32(2) : null;
  let hiA = hi;
  let hiB = sc.u32(3);
  let idA = id;
  let idB = sc.i32(1);
  for (let j = 0; j < k; j++) {
    const p = passes[j];
    const shift = (p % per) * bits;
    const base = p << bits;
    const last = j === k - 1;
    const onLo = j <= lastLo;
    const digits = onLo ? loA! : hiA;
    if (last) {
      if (out instanceof Float64Array) scatterIndexToF64(digits, idA, out, m, c, base, shift, mask);
      else scatterIndex(digits, idA, out, m, c, base, shift, mask);
      return;
    }
    if (onLo && j < lastLo && hiLater) {
      scatterTwoKeysIndex(loA!, hiA, idA, loB!, hiB, idB, m, c, base, shift, mask);
      [loA, loB] = [loB, loA];
      [hiA, hiB] = [hiB, hiA];
    } else if (onLo && j < lastLo) {
      scatterKeyIndex(loA!, idA, loB!, idB, m, c, base, shift, mask);
      [loA, loB] = [loB, loA];
    } else if (onLo) {
      scatterOtherKeyIndex(loA!, hiA, idA, hiB, idB, m, c, base, shift, mask);
      [hiA, hiB] = [hiB, hiA];
    } else {
      scatterKeyIndex(hiA, idA, hiB, idB, m, c, base, shift, mask);
      [hiA, hiB] = [hiB, hiA];
    }
    [idA, idB] = [idB, idA];
  }
}

/** Writes the n - m indices parked reversed at out[m..n) (NaNs, found front to back) in order. */
export function unreverseTail(out: IndexOut, m: number, n: number): void {
  for (let i = m, j = n - 1; i < j; i++, j--) {
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
}
