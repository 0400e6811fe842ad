// AssemblyScript (compiled by wasm/build.mjs): the LSD radix sort of a row of float32 or of
// an integer type of 32 bits or fewer, the same sort as runtime/sorting/keys32-radix.ts
// (NaNs last in input order, bit for bit; -0 and +0 one key, so zeros keep their input
// order). A u32 word per entry travels through the passes: float32's own bits (each pass
// re-derives the key, as the zeros' signs must survive), an integer's biased key.

import { key32 } from './keys';
import { countKey, planOf, slot } from './radix';

/** The key of a travelling word. */
// @ts-ignore: decorator
@inline function keyOfWord(w: u32, float: bool): u32 {
  if (!float) return w;
  const b = (w << 1) == 0 ? 0 : w;
  return b ^ (<u32>(<i32>b >> 31) | 0x80000000);
}

function scatter(from: usize, to: usize, m: i32, cp: usize, shift: u32, mask: u32, float: bool): void {
  for (let i = 0; i < m; i++) {
    const w = load<u32>(from + (<usize>i << 2));
    store<u32>(to + (slot(cp, <u64>((keyOfWord(w, float) >> shift) & mask)) << 2), w);
  }
}

/**
 * Sorts the T row at a in place: words of the non-NaN values to wa (counting digits), the
 * passes between wa and wb, the words back as T, then the NaNs.
 */
function sortRow<T>(a: usize, wa: usize, wb: usize, c: usize, n: i32, bits: i32): void {
  const passes = (32 + bits - 1) / bits;
  const mask: u64 = <u64>((1 << bits) - 1);
  memory.fill(c, 0, <usize>(passes << bits) << 2);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = load<T>(a + (<usize>i << alignof<T>()));
    let w: u32;
    if (isFloat<T>()) {
      w = reinterpret<u32>(v);
      if ((w & 0x7fffffff) > 0x7f800000) continue;
    } else {
      w = key32<T>(v);
    }
    countKey(c, <u64>key32<T>(v), passes, bits, mask);
    store<u32>(wa + (<usize>m << 2), w);
    m++;
  }
  const plan = planOf(c, passes, bits, m);
  let from = wa, to = wb;
  for (let p = 0; p < passes; p++) {
    if ((plan & (1 << p)) == 0) continue;
    scatter(from, to, m, c + (<usize>(p << bits) << 2), <u32>(p * bits), <u32>mask, isFloat<T>());
    const t = from;
    from = to;
    to = t;
  }
  if (isFloat<T>()) {
    // the NaNs, in input order, after the m sorted values (which overwrite none not yet read)
    let j = n;
    for (let i = n - 1; i >= 0; i--) {
      const w = load<u32>(a + (<usize>i << 2));
      if ((w & 0x7fffffff) > 0x7f800000) store<u32>(a + (<usize>--j << 2), w);
    }
    memory.copy(a, from, <usize>m << 2);
  } else {
    const bias: u32 = isSigned<T>() ? <u32>1 << <u32>(sizeof<T>() * 8 - 1) : 0;
    for (let i = 0; i < m; i++) store<T>(a + (<usize>i << alignof<T>()), <T>(load<u32>(from + (<usize>i << 2)) - bias));
  }
}

/**
 * Sorts the n values at a in place; `type` says what they are: 0 float32 (NaNs last),
 * 1 int32, 2 uint32, 3 int16, 4 uint16, 5 int8, 6 uint8 (and bool). wa and wb hold 4 * n
 * bytes each, c ceil(32 / bits) << bits int32 counts; bits is the digit width.
 */
export function radix_sort_32(a: usize, wa: usize, wb: usize, c: usize, n: i32, bits: i32, type: i32): void {
  switch (type) {
    case 0: sortRow<f32>(a, wa, wb, c, n, bits); break;
    case 1: sortRow<i32>(a, wa, wb, c, n, bits); break;
    case 2: sortRow<u32>(a, wa, wb, c, n, bits); break;
    case 3: sortRow<i16>(a, wa, wb, c, n, bits); break;
    case 4: sortRow<u16>(a, wa, wb, c, n, bits); break;
    case 5: sortRow<i8>(a, wa, wb, c, n, bits); break;
    default: sortRow<u8>(a, wa, wb, c, n, bits); break;
  }
}
