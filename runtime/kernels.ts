/**
 * Elementwise kernels, generated once per (expression, storage types) and cached.
 *
 * One generated function per combination keeps every loop monomorphic, which is what
 * lets V8 compile `out[i] = a[i] + b[i]` into a tight loop; a shared loop calling a
 * per-op callback runs several times slower. Each kernel has a contiguous fast path,
 * an array-with-scalar fast path and a general strided loop.
 */
import type { TypedArray } from './dtype';

export type BinaryKernel = (
  n: number, o: TypedArray, oo: number, os: number,
  a: TypedArray, ao: number, as: number, b: TypedArray, bo: number, bs: number,
) => void;

export type UnaryKernel = (n: number, o: TypedArray, oo: number, os: number, a: TypedArray, ao: number, as: number) => void;

const TWO31 = 2147483648;

function bigOp(x: number, y: number, op: (p: bigint, q: bigint) => bigint): number {
  return Number(BigInt.asIntN(64, op(BigInt(x), BigInt(y))));
}

// Scratch views of one float's bits (nextafter, spacing).
const BITS_F64 = new Float64Array(1);
const BITS_I64 = new BigInt64Array(BITS_F64.buffer);
const BITS_F32 = new Float32Array(1);
const BITS_I32 = new Int32Array(BITS_F32.buffer);

/** Scalar helpers the generated expressions call as `H.name(...)`. */
export const H = {
  /** Python's float `%` (NumPy's npy_divmod remainder). */
  fmod(a: number, b: number): number {
    if (b === 0) return NaN;
    let mod = a % b;
    if (mod !== 0) {
      if (b < 0 !== mod < 0) mod += b;
    } else mod = b < 0 ? -0 : 0;
    return mod;
  },
  /** Python's float `//` (NumPy's npy_floor_divide). */
  ffloordiv(a: number, b: number): number {
    if (b === 0) return a / b;
    const mod = a % b;
    let div = (a - mod) / b;
    if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
    if (div === 0) return a / b < 0 ? -0 : 0;
    let f = Math.floor(div);
    if (div - f > 0.5) f += 1;
    return f;
  },
  /** Integer `%` with Python's sign rule; division by zero gives 0 as NumPy does. */
  imod(a: number, b: number): number {
    if (b === 0) return 0;
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
  },
  /** Integer `//`; division by zero gives 0 as NumPy does. */
  ifloordiv(a: number, b: number): number {
    return b === 0 ? 0 : Math.floor(a / b) + 0;
  },
  /** Integer power by squaring; wraps modulo 2^32 so 8-32 bit results wrap as in C. */
  ipow32(a: number, b: number): number {
    let r = 1;
    let x = a | 0;
    while (b > 0) {
      if (b & 1) r = Math.imul(r, x);
      x = Math.imul(x, x);
      b = Math.floor(b / 2);
    }
    return r;
  },
  /** Integer power for int64 (exact while the result is within 2^53). */
  ipow64(a: number, b: number): number {
    let r = 1;
    let x = a;
    while (b > 0) {
      if (b % 2 === 1) r *= x;
      x *= x;
      b = Math.floor(b / 2);
    }
    return r;
  },
  /** Round half to even, as np.rint. */
  rint(x: number): number {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
  },
  band(x: number, y: number): number {
    return x >= -TWO31 && x < TWO31 && y >= -TWO31 && y < TWO31 ? x & y : bigOp(x, y, (p, q) => p & q);
  },
  bor(x: number, y: number): number {
    return x >= -TWO31 && x < TWO31 && y >= -TWO31 && y < TWO31 ? x | y : bigOp(x, y, (p, q) => p | q);
  },
  bxor(x: number, y: number): number {
    return x >= -TWO31 && x < TWO31 && y >= -TWO31 && y < TWO31 ? x ^ y : bigOp(x, y, (p, q) => p ^ q);
  },
  lshift(x: number, y: number): number {
    return bigOp(x, y, (p, q) => p << q);
  },
  rshift(x: number, y: number): number {
    return bigOp(x, y, (p, q) => p >> q);
  },
  /** Wraps a negative result into uint64's range (approximately, as doubles). */
  u64(x: number): number {
    return x < 0 ? x + 18446744073709551616 : x;
  },
  sign(x: number): number {
    return x > 0 ? 1 : x < 0 ? -1 : x;
  },
  /** np.maximum / np.minimum propagate NaN from either side. */
  max(x: number, y: number): number {
    return x >= y || x !== x ? x : y;
  },
  min(x: number, y: number): number {
    return x <= y || x !== x ? x : y;
  },
  fmax(x: number, y: number): number {
    return x >= y || y !== y ? x : y;
  },
  fmin(x: number, y: number): number {
    return x <= y || y !== y ? x : y;
  },
  logaddexp(x: number, y: number): number {
    if (x === y) return x + Math.LN2;
    const d = x - y;
    return d > 0 ? x + Math.log1p(Math.exp(-d)) : d <= 0 ? y + Math.log1p(Math.exp(d)) : d;
  },
  copysign(x: number, y: number): number {
    const neg = y < 0 || Object.is(y, -0);
    return neg ? -Math.abs(x) : Math.abs(x);
  },
  /** log2(2**x + 2**y) as NumPy's npy_logaddexp2. */
  logaddexp2(x: number, y: number): number {
    if (x === y) return x + 1;
    const d = x - y;
    return d > 0 ? x + Math.LOG2E * Math.log1p(Math.pow(2, -d)) : d <= 0 ? y + Math.LOG2E * Math.log1p(Math.pow(2, d)) : d;
  },
  /** The next float64 after x towards y (C's nextafter: np.nextafter). */
  nextafter(x: number, y: number): number {
    if (x !== x || y !== y) return NaN;
    if (x === y) return y;
    if (x === 0) return y > 0 ? 5e-324 : -5e-324;
    BITS_F64[0] = x;
    BITS_I64[0] += (y > x) === (x > 0) ? 1n : -1n;
    return BITS_F64[0];
  },
  /** The next float32 after x towards y (nextafterf). */
  nextafterf(x: number, y: number): number {
    if (x !== x || y !== y) return NaN;
    if (x === y) return y;
    if (x === 0) return y > 0 ? 1.401298464324817e-45 : -1.401298464324817e-45;
    BITS_F32[0] = x;
    BITS_I32[0] += (y > x) === (x > 0) ? 1 : -1;
    return BITS_F32[0];
  },
  /** Distance from x to the next float64 away from zero, signed as x (np.spacing; NaN for inf and NaN). */
  spacing(x: number): number {
    if (!Number.isFinite(x)) return NaN;
    const a = Math.abs(x);
    const d = H.nextafter(a, Infinity) - a;
    return x < 0 || Object.is(x, -0) ? -d : d;
  },
  /** As spacing, in float32. */
  spacingf(x: number): number {
    if (!Number.isFinite(x)) return NaN;
    const a = Math.abs(x);
    const d = Math.fround(H.nextafterf(a, Infinity) - a);
    return x < 0 || Object.is(x, -0) ? -d : d;
  },
  /** Number of 1 bits in |x| (np.bitwise_count), for integers up to 2^53. */
  popcount(x: number): number {
    let v = Math.abs(x);
    let n = 0;
    while (v >= 4294967296) {
      const lo = v % 4294967296;
      n += H.popcount(lo);
      v = (v - lo) / 4294967296;
    }
    v = v >>> 0;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return n + ((((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24);
  },
  /** Greatest common divisor of integers (np.gcd; always non-negative). */
  gcd(x: number, y: number): number {
    x = Math.abs(x);
    y = Math.abs(y);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  },
  /** Least common multiple of integers (np.lcm; 0 when either is 0). */
  lcm(x: number, y: number): number {
    if (x === 0 || y === 0) return 0;
    return Math.abs((x / H.gcd(x, y)) * y);
  },
  /** C's fmod for integers (sign of the dividend); division by zero gives 0 as NumPy does. */
  ifmod(x: number, y: number): number {
    return y === 0 ? 0 : (x % y) + 0;
  },
  /** The fractional part of C's modf: signed like x, 0 for infinities. */
  modfFrac(x: number): number {
    if (x !== x) return x;
    const r = x === Infinity || x === -Infinity ? 0 : x - Math.trunc(x);
    return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
  },
  /** The mantissa of C's frexp, in [0.5, 1) in magnitude (x itself for 0, inf, nan). */
  frexpM(x: number): number {
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
    const e = H.frexpE(x);
    return e > 1023 ? x / 2 / Math.pow(2, e - 1) : x / Math.pow(2, e);
  },
  /** The exponent of C's frexp: x = m * 2**e (0 for 0, inf, nan). */
  frexpE(x: number): number {
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) return 0;
    const a = Math.abs(x);
    let e = Math.floor(Math.log2(a)) + 1;
    // log2 can be off by one next to powers of two and for subnormals.
    const p = (k: number) => (k > 1023 ? Math.pow(2, 1023) * Math.pow(2, k - 1023) : Math.pow(2, k));
    while (a >= p(e)) e++;
    while (a < p(e - 1)) e--;
    return e;
  },
  /** C's ldexp: x * 2**e rounded once (no overflow of 2**e on the way). */
  ldexp(x: number, e: number): number {
    if (x === 0 || x !== x || x === Infinity || x === -Infinity || e === 0) return x;
    const E = H.frexpE(x) + e;
    const m = H.frexpM(x);
    if (E > 1024) return x > 0 ? Infinity : -Infinity;
    if (E >= -1021) return m * 2 * Math.pow(2, E - 1);
    if (E + 1074 < -2) return x < 0 ? -0 : 0;
    // Subnormal result: exact scaling to units of 2**-1074, then one rounding.
    return m * Math.pow(2, E + 1074) * Math.pow(2, -1074);
  },
};

const binaryCache = new Map<string, BinaryKernel>();
const unaryCache = new Map<string, UnaryKernel>();

/**
 * A loop over i in [0, n) whose body is unrolled `k` times. V8 re-checks each typed
 * array's map, length and base pointer once per loop iteration, so unrolling spreads
 * those checks over k elements (measured here, contiguous a + b: 4x unrolled ~1.5x
 * faster than plain, 16x from index 0 ~2x).
 */
function unrolled(body: (i: string) => string, k = 4): string {
  let block = '';
  for (let j = 0; j < k; j++) block += `{ ${body(j === 0 ? 'i' : `i + ${j}`)} } `;
  return `let i = 0;
    for (; i + ${k - 1} < n; i += ${k}) { ${block}}
    for (; i < n; i++) { ${body('i')} }`;
}

/**
 * Contiguous runs at least this long that start at a non-zero offset are rebased with
 * subarray() (about 0.1us per call) so the loop can index from 0: `a[i]` needs no
 * overflow-checked `ao + i`, and runs ~1.4x faster.
 */
const REBASE = 128;

/**
 * Rewrites `(cond) ? 1 : 0` as `+(cond)`: V8 compiles the conditional to a branch, which
 * mispredicts on half of random data (a > 0.5 ran 6x slower than the branch-free form).
 */
function branchFree(expr: string): string {
  const m = /^\((.*)\) \? 1 : 0$/.exec(expr) ?? /^([xy] [=!<>]+ [xy0-9]+) \? 1 : 0$/.exec(expr);
  if (m === null) return expr;
  // Only when the condition's parentheses are balanced on their own (not `(a) && (b) ? ..`).
  let depth = 0;
  for (const ch of m[1]) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return expr;
  }
  return depth === 0 ? `+(${m[1]})` : expr;
}

/** The kernel computing `expr` (of `x` and `y`) for these storage types. */
export function binaryKernel(expr: string, o: TypedArray, a: TypedArray, b: TypedArray): BinaryKernel {
  const key = `${expr}|${o.constructor.name}|${a.constructor.name}|${b.constructor.name}`;
  let k = binaryCache.get(key);
  if (k === undefined) {
    const e = branchFree(expr);
    const body = `
function vv(n, o, a, b) { ${unrolled((i) => `const x = a[${i}], y = b[${i}]; o[${i}] = ${e};`, 16)} }
function vs(n, o, a, y) { ${unrolled((i) => `const x = a[${i}]; o[${i}] = ${e};`, 16)} }
function sv(n, o, x, b) { ${unrolled((i) => `const y = b[${i}]; o[${i}] = ${e};`, 16)} }
return function kernel(n, o, oo, os, a, ao, as, b, bo, bs) {
  if (os === 1 && as === 1 && bs === 1) {
    if (oo === 0 && ao === 0 && bo === 0) vv(n, o, a, b);
    else if (n >= ${REBASE}) vv(n, o.subarray(oo, oo + n), a.subarray(ao, ao + n), b.subarray(bo, bo + n));
    else { ${unrolled((i) => `const x = a[ao + ${i}], y = b[bo + ${i}]; o[oo + ${i}] = ${e};`)} }
  } else if (os === 1 && as === 1 && bs === 0) {
    const y = b[bo];
    if (oo === 0 && ao === 0) vs(n, o, a, y);
    else if (n >= ${REBASE}) vs(n, o.subarray(oo, oo + n), a.subarray(ao, ao + n), y);
    else { ${unrolled((i) => `const x = a[ao + ${i}]; o[oo + ${i}] = ${e};`)} }
  } else if (os === 1 && as === 0 && bs === 1) {
    const x = a[ao];
    if (oo === 0 && bo === 0) sv(n, o, x, b);
    else if (n >= ${REBASE}) sv(n, o.subarray(oo, oo + n), x, b.subarray(bo, bo + n));
    else { ${unrolled((i) => `const y = b[bo + ${i}]; o[oo + ${i}] = ${e};`)} }
  } else {
    for (let i = 0; i < n; i++, oo += os, ao += as, bo += bs) { const x = a[ao], y = b[bo]; o[oo] = ${e}; }
  }
};`;
    k = new Function('H', body)(H) as BinaryKernel;
    binaryCache.set(key, k);
  }
  return k;
}

/** The kernel computing `expr` (of `x`) for these storage types. */
export function unaryKernel(expr: string, o: TypedArray, a: TypedArray): UnaryKernel {
  const key = `${expr}|${o.constructor.name}|${a.constructor.name}`;
  let k = unaryCache.get(key);
  if (k === undefined) {
    const e = branchFree(expr);
    const body = `
function v(n, o, a) { ${unrolled((i) => `const x = a[${i}]; o[${i}] = ${e};`, 16)} }
return function kernel(n, o, oo, os, a, ao, as) {
  if (os === 1 && as === 1) {
    if (oo === 0 && ao === 0) v(n, o, a);
    else if (n >= ${REBASE}) v(n, o.subarray(oo, oo + n), a.subarray(ao, ao + n));
    else { ${unrolled((i) => `const x = a[ao + ${i}]; o[oo + ${i}] = ${e};`)} }
  } else {
    for (let i = 0; i < n; i++, oo += os, ao += as) { const x = a[ao]; o[oo] = ${e}; }
  }
};`;
    k = new Function('H', body)(H) as UnaryKernel;
    unaryCache.set(key, k);
  }
  return k;
}

/**
 * One copy of a self-contained function per typed-array type, so each copy's element
 * reads stay monomorphic (a shared reduction loop over Float64Array, Int32Array and
 * Uint8Array data runs several times slower). `f` must not refer to outer variables
 * (recursion by its own name is fine).
 */
export function specialize<F extends (...args: any[]) => any>(f: F): (data: TypedArray) => F {
  const copies = new Map<string, F>();
  const src = f.toString();
  return (data) => {
    const key = data.constructor.name;
    let c = copies.get(key);
    if (c === undefined) {
      c = new Function(`return (${src.startsWith('function') ? src : `function ${src}`});`)() as F;
      copies.set(key, c);
    }
    return c;
  };
}
