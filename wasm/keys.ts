// AssemblyScript (compiled by wasm/build.mjs): the order-preserving keys the radix sorts
// (wasm/sort.ts, wasm/argsort.ts) sort on, as runtime/sorting/'s JS sorts derive them.

/** The order-preserving key of a non-NaN double's bits: negatives flipped whole, the rest the sign bit; -0 as +0. */
// @ts-ignore: decorator
@inline export function keyOf(x: u64): u64 {
  const k = x ^ (<u64>(<i64>x >> 63) | 0x8000000000000000);
  return (x << 1) == 0 ? 0x8000000000000000 : k;
}

/** Whether a double's bits are a NaN's. */
// @ts-ignore: decorator
@inline export function isNaN64(x: u64): bool {
  return (x & 0x7fffffffffffffff) > 0x7ff0000000000000;
}

/** The order-preserving u32 key of a T (float32: -0 as +0; signed integers: biased). */
// @ts-ignore: decorator
@inline export function key32<T>(v: T): u32 {
  if (isFloat<T>()) {
    let b = reinterpret<u32>(v);
    if ((b << 1) == 0) b = 0;
    return b ^ (<u32>(<i32>b >> 31) | 0x80000000);
  }
  // v + 2**(bits - 1), wrapping for int32 (which flips its sign bit)
  if (isSigned<T>()) return <u32>(<i32>v) + (<u32>1 << <u32>(sizeof<T>() * 8 - 1));
  return <u32>v;
}

