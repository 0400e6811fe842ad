// AssemblyScript (compiled by wasm/build.mjs): the bulk streams of NumPy's PCG64 and
// MT19937 bit generators as doubles in [0, 1), bit for bit runtime/random/pcg64.ts's and
// mt19937.ts's fillDoubles (which are NumPy's next_double).

const ML: u64 = 0x4385df649fccf645;
const MH: u64 = 0x2360ed051fc65da4;
const TWO_M53: f64 = 1.1102230246251565e-16;

/** The high 64 bits of the 128-bit product a * b. */
// @ts-ignore: decorator
@inline function mulhi(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff, a1 = a >> 32, b0 = b & 0xffffffff, b1 = b >> 32;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  return a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/**
 * n PCG64 doubles to `out`: the state at `st` is four u64 (state low, state high,
 * increment low, increment high; the JS class's eight int32 limbs), advanced in place.
 * Each draw: state = state * MULT + inc mod 2**128, then XSL-RR, then (x >> 11) * 2**-53.
 */
export function pcg64_fill_f64(st: usize, out: usize, n: i32): void {
  let sl = load<u64>(st), sh = load<u64>(st, 8);
  const il = load<u64>(st, 16), ih = load<u64>(st, 24);
  for (let i = 0; i < n; i++) {
    const lo = sl * ML + il;
    const hi = mulhi(sl, ML) + sl * MH + sh * ML + ih + <u64>(lo < il);
    sl = lo;
    sh = hi;
    const x = rotr<u64>(hi ^ lo, hi >> 58);
    store<f64>(out + (<usize>i << 3), <f64>(x >> 11) * TWO_M53);
  }
  store<u64>(st, sl);
  store<u64>(st, sh, 8);
}

const N: i32 = 624;
const M: i32 = 397;

// @ts-ignore: decorator
@inline function twistWord(key: usize, i: i32, j: i32, k: i32): void {
  const y = (load<u32>(key + (<usize>i << 2)) & 0x80000000) | (load<u32>(key + (<usize>j << 2)) & 0x7fffffff);
  store<u32>(key + (<usize>i << 2), load<u32>(key + (<usize>k << 2)) ^ (y >> 1) ^ (-(y & 1) & 0x9908b0df));
}

/** mt19937_gen: regenerates the 624 words at `key`. */
function twist(key: usize): void {
  let i = 0;
  for (; i < N - M; i++) twistWord(key, i, i + 1, i + M);
  for (; i < N - 1; i++) twistWord(key, i, i + 1, i + M - N);
  twistWord(key, N - 1, 0, M - 1);
}

// @ts-ignore: decorator
@inline function temper(y: u32): u32 {
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return y ^ (y >> 18);
}

/**
 * n MT19937 doubles to `out` from the 624 words at `key` (twisted in place when used up),
 * starting at word `pos`; returns the new position. Each double: (a >> 5, b >> 6) of two
 * tempered words, (a * 2**26 + b) * 2**-53.
 */
export function mt19937_fill_f64(key: usize, pos: i32, out: usize, n: i32): i32 {
  for (let i = 0; i < n; i++) {
    if (pos == N) { twist(key); pos = 0; }
    const a = temper(load<u32>(key + (<usize>pos << 2))) >> 5;
    pos++;
    if (pos == N) { twist(key); pos = 0; }
    const b = temper(load<u32>(key + (<usize>pos << 2))) >> 6;
    pos++;
    store<f64>(out + (<usize>i << 3), (<f64>a * 67108864.0 + <f64>b) * TWO_M53);
  }
  return pos;
}
