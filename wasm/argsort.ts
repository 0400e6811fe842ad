// AssemblyScript (compiled by wasm/build.mjs): the LSD radix argsort of a row, the same
// stable sort as runtime/sorting/float64-radix.ts's and keys32-radix.ts's argsorts (ties in
// input order, -0 and +0 one key, NaNs last in input order), so the same permutation.
//
// Entries travel as records. While the key bits later passes read and the index do not fit
// in 64 bits together, a record is 16 bytes (the u64 key, then the i32 index); once they
// fit, it is one u64, ((key >> lo) << idxBits) | index, so every later pass moves 8 bytes.
// A double's 64-bit key gets there after two or three passes; a 32-bit key starts there.
// The last pass writes only the indices (i32).

import { keyOf, isNaN64, key32 } from './keys';
import { countKey, planOf, slot } from './radix';

// ---- the scatter passes: from (the doubles | 16-byte records | packed records) to (16-byte records | packed | indices)

function doublesToRecords(src: usize, n: i32, to: usize, cp: usize, shift: u64, mask: u64): void {
  for (let i = 0; i < n; i++) {
    const x = load<u64>(src + (<usize>i << 3));
    if (isNaN64(x)) continue;
    const k = keyOf(x);
    const r = to + (slot(cp, (k >> shift) & mask) << 4);
    store<u64>(r, k);
    store<i32>(r, i, 8);
  }
}

function doublesToPacked(src: usize, n: i32, to: usize, cp: usize, shift: u64, mask: u64, lo: u64, idxBits: u64): void {
  for (let i = 0; i < n; i++) {
    const x = load<u64>(src + (<usize>i << 3));
    if (isNaN64(x)) continue;
    const k = keyOf(x);
    store<u64>(to + (slot(cp, (k >> shift) & mask) << 3), ((k >> lo) << idxBits) | <u64>i);
  }
}

function doublesToIndices(src: usize, n: i32, out: usize, cp: usize, shift: u64, mask: u64): void {
  for (let i = 0; i < n; i++) {
    const x = load<u64>(src + (<usize>i << 3));
    if (isNaN64(x)) continue;
    store<i32>(out + (slot(cp, (keyOf(x) >> shift) & mask) << 2), i);
  }
}

function recordsToRecords(from: usize, m: i32, to: usize, cp: usize, shift: u64, mask: u64): void {
  for (let i = 0; i < m; i++) {
    const r = from + (<usize>i << 4);
    const k = load<u64>(r);
    const w = to + (slot(cp, (k >> shift) & mask) << 4);
    store<u64>(w, k);
    store<i32>(w, load<i32>(r, 8), 8);
  }
}

function recordsToPacked(from: usize, m: i32, to: usize, cp: usize, shift: u64, mask: u64, lo: u64, idxBits: u64): void {
  for (let i = 0; i < m; i++) {
    const r = from + (<usize>i << 4);
    const k = load<u64>(r);
    store<u64>(to + (slot(cp, (k >> shift) & mask) << 3), ((k >> lo) << idxBits) | <u64>load<u32>(r, 8));
  }
}

function recordsToIndices(from: usize, m: i32, out: usize, cp: usize, shift: u64, mask: u64): void {
  for (let i = 0; i < m; i++) {
    const r = from + (<usize>i << 4);
    store<i32>(out + (slot(cp, (load<u64>(r) >> shift) & mask) << 2), load<i32>(r, 8));
  }
}

function packedToPacked(from: usize, m: i32, to: usize, cp: usize, shift: u64, mask: u64): void {
  for (let i = 0; i < m; i++) {
    const v = load<u64>(from + (<usize>i << 3));
    store<u64>(to + (slot(cp, (v >> shift) & mask) << 3), v);
  }
}

function packedToIndices(from: usize, m: i32, out: usize, cp: usize, shift: u64, mask: u64, idxMask: u64): void {
  for (let i = 0; i < m; i++) {
    const v = load<u64>(from + (<usize>i << 3));
    store<i32>(out + (slot(cp, (v >> shift) & mask) << 2), <i32>(v & idxMask));
  }
}

/** Bits that hold every index below n. */
// @ts-ignore: decorator
@inline function indexBits(n: i32): i32 {
  return n <= 2 ? 1 : 32 - clz<i32>(n - 1);
}

/**
 * Runs the passes of `plan` (a bit per digit that moves something) over the m entries,
 * from the doubles at src (`doubles`) or from packed records at ra (lo = 0), ping-ponging
 * between ra and rb, and writes the sorted indices to out[0..m).
 */
function runPasses(doubles: bool, src: usize, n: i32, m: i32, ra: usize, rb: usize, c: usize, out: usize,
  plan: i32, bits: i32, keyBits: i32): void {
  const mask: u64 = <u64>((1 << bits) - 1);
  const idxBits = indexBits(n);
  const idxMask: u64 = (<u64>1 << <u64>idxBits) - 1;
  const last = 31 - clz<i32>(plan);
  const top = min(keyBits, (last + 1) * bits);
  // 0: the doubles at src; 1: 16-byte records; 2: packed records, key bits from lo up
  let state = doubles ? 0 : 2;
  let lo = 0;
  let from = doubles ? src : ra, to = doubles ? ra : rb;
  let p = ctz<i32>(plan);
  while (true) {
    const cp = c + (<usize>(p << bits) << 2);
    const shift = <u64>(p * bits);
    const rest = plan & ~((2 << p) - 1);
    if (rest == 0) {
      if (state == 0) doublesToIndices(src, n, out, cp, shift, mask);
      else if (state == 1) recordsToIndices(from, m, out, cp, shift, mask);
      else packedToIndices(from, m, out, cp, shift - <u64>lo + <u64>idxBits, mask, idxMask);
      return;
    }
    const nlo = ctz<i32>(rest) * bits;
    if (state == 2) {
      packedToPacked(from, m, to, cp, shift - <u64>lo + <u64>idxBits, mask);
    } else if (top - nlo + idxBits <= 64) {
      if (state == 0) doublesToPacked(src, n, to, cp, shift, mask, <u64>nlo, <u64>idxBits);
      else recordsToPacked(from, m, to, cp, shift, mask, <u64>nlo, <u64>idxBits);
      state = 2;
      lo = nlo;
    } else {
      if (state == 0) doublesToRecords(src, n, to, cp, shift, mask);
      else recordsToRecords(from, m, to, cp, shift, mask);
      state = 1;
    }
    const t = from == src ? rb : from;
    from = to;
    to = t;
    p = ctz<i32>(rest);
  }
}

/** Writes the indices of the NaNs, parked reversed at out[m..n), in input order. */
function unreverseTail(out: usize, m: i32, n: i32): void {
  for (let i = m, j = n - 1; i < j; i++, j--) {
    const a = out + (<usize>i << 2), b = out + (<usize>j << 2);
    const t = load<i32>(a);
    store<i32>(a, load<i32>(b));
    store<i32>(b, t);
  }
}

/**
 * The stable sorting permutation of the n doubles at src (NaNs last) to the n i32 at out.
 * ra and rb hold 16 * n bytes of work space each, c ceil(64 / bits) << bits int32 counts;
 * bits is the digit width (8 to 16).
 */
export function radix_argsort_f64(src: usize, ra: usize, rb: usize, c: usize, out: usize, n: i32, bits: i32): void {
  const passes = (64 + bits - 1) / bits;
  const mask: u64 = <u64>((1 << bits) - 1);
  memory.fill(c, 0, <usize>(passes << bits) << 2);
  let nan = 0;
  for (let i = 0; i < n; i++) {
    const x = load<u64>(src + (<usize>i << 3));
    if (isNaN64(x)) {
      nan++;
      store<i32>(out + (<usize>(n - nan) << 2), i);
      continue;
    }
    countKey(c, keyOf(x), passes, bits, mask);
  }
  const m = n - nan;
  unreverseTail(out, m, n);
  const plan = planOf(c, passes, bits, m);
  if (plan == 0) {
    // every key equal: input order
    let j = 0;
    for (let i = 0; i < n; i++) {
      if (isNaN64(load<u64>(src + (<usize>i << 3)))) continue;
      store<i32>(out + (<usize>j << 2), i);
      j++;
    }
    return;
  }
  runPasses(true, src, n, m, ra, rb, c, out, plan, bits, 64);
}

/** Packs the non-NaN entries of src (T) as (key << idxBits) | index into ra, counting digits; returns their count, NaN indices reversed at out[m..n). */
function pack32<T>(src: usize, n: i32, ra: usize, out: usize, c: usize, passes: i32, bits: i32): i32 {
  const mask: u64 = <u64>((1 << bits) - 1);
  const idxBits = <u64>indexBits(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = load<T>(src + (<usize>i << alignof<T>()));
    if (isFloat<T>()) {
      if ((reinterpret<u32>(v) & 0x7fffffff) > 0x7f800000) {
        store<i32>(out + (<usize>(n - 1 - (i - m)) << 2), i);
        continue;
      }
    }
    const k = <u64>key32<T>(v);
    countKey(c, k, passes, bits, mask);
    store<u64>(ra + (<usize>m << 3), (k << idxBits) | <u64>i);
    m++;
  }
  return m;
}

/**
 * The stable sorting permutation of the n values at src to the n i32 at out; `type` says
 * what they are: 0 float32 (NaNs last), 1 int32, 2 uint32, 3 int16, 4 uint16, 5 int8,
 * 6 uint8 (and bool). ra and rb hold 8 * n bytes each, c ceil(32 / bits) << bits counts.
 */
export function radix_argsort_32(src: usize, ra: usize, rb: usize, c: usize, out: usize, n: i32, bits: i32, type: i32): void {
  const passes = (32 + bits - 1) / bits;
  memory.fill(c, 0, <usize>(passes << bits) << 2);
  let m: i32;
  switch (type) {
    case 0: m = pack32<f32>(src, n, ra, out, c, passes, bits); break;
    case 1: m = pack32<i32>(src, n, ra, out, c, passes, bits); break;
    case 2: m = pack32<u32>(src, n, ra, out, c, passes, bits); break;
    case 3: m = pack32<i16>(src, n, ra, out, c, passes, bits); break;
    case 4: m = pack32<u16>(src, n, ra, out, c, passes, bits); break;
    case 5: m = pack32<i8>(src, n, ra, out, c, passes, bits); break;
    default: m = pack32<u8>(src, n, ra, out, c, passes, bits); break;
  }
  unreverseTail(out, m, n);
  const plan = planOf(c, passes, bits, m);
  if (plan == 0) {
    // every key equal: input order
    const idxMask: u64 = (<u64>1 << <u64>indexBits(n)) - 1;
    for (let i = 0; i < m; i++) store<i32>(out + (<usize>i << 2), <i32>(load<u64>(ra + (<usize>i << 3)) & idxMask));
    return;
  }
  runPasses(false, src, n, m, ra, rb, c, out, plan, bits, 32);
}
