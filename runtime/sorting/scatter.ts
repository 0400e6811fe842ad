/**
 * The scatter loops of the LSD radix sorts: each moves m entries into their buckets by one
 * digit, `(key >>> shift) & mask`, reading the bucket offsets at `c[base + digit]`. They
 * differ only in which parallel arrays travel along; carrying nothing a later pass does
 * not need keeps each pass to the memory traffic it must have.
 */

/** Moves key and index by a digit of the key. */
export function scatterKeyIndex(
  k: Uint32Array, id: Int32Array, k2: Uint32Array, id2: Int32Array,
  m: number, c: Int32Array, base: number, shift: number, mask: number,
): void {
  for (let i = 0; i < m; i++) {
    const key = k[i];
    const at = c[base + ((key >>> shift) & mask)]++;
    k2[at] = key;
    id2[at] = id[i];
  }
}

/** Moves only the index by a digit of the key (the key's last pass). */
export function scatterIndex(
  k: Uint32Array, id: Int32Array, id2: Int32Array,
  m: number, c: Int32Array, base: number, shift: number, mask: number,
): void {
  for (let i = 0; i < m; i++) id2[c[base + ((k[i] >>> shift) & mask)]++] = id[i];
}

/** scatterIndex into int64 output (indices stored as doubles). */
export function scatterIndexToF64(
  k: Uint32Array, id: Int32Array, out: Float64Array,
  m: number, c: Int32Array, base: number, shift: number, mask: number,
): void {
  for (let i = 0; i < m; i++) out[c[base + ((k[i] >>> shift) & mask)]++] = id[i];
}

/** Moves the digit's key, another key word and the index. */
export function scatterTwoKeysIndex(
  k: Uint32Array, o: Uint32Array, id: Int32Array, k2: Uint32Array, o2: Uint32Array, id2: Int32Array,
  m: number, c: Int32Array, base: number, shift: number, mask: number,
): void {
  for (let i = 0; i < m; i++) {
    const key = k[i];
    const at = c[base + ((key >>> shift) & mask)]++;
    k2[at] = key;
    o2[at] = o[i];
    id2[at] = id[i];
  }
}

/** Moves the other key word and the index by a digit of a key no later pass reads. */
export function scatterOtherKeyIndex(
  k: Uint32Array, o: Uint32Array, id: Int32Array, o2: Uint32Array, id2: Int32Array,
  m: number, c: Int32Array, base: number, shift: number, mask: number,
): void {
  for (let i = 0; i < m; i++) {
    const at = c[base + ((k[i] >>> shift) & mask)]++;
    o2[at] = o[i];
    id2[at] = id[i];
  }
}

/** Moves keys alone (value sorts of 32-bit keys). */
export function scatterKey(
  k: Uint32Array, k2: Uint32Array, m: number, c: Int32Array, base: number, shift: number, mask: number,
): void {
  for (let i = 0; i < m; i++) {
    const key = k[i];
    k2[c[base + ((key >>> shift) & mask)]++] = key;
  }
}
