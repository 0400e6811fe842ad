/**
 * NumPy's `SeedSequence` (numpy/random/bit_generator.pyx): turns seed entropy into
 * well-mixed state words for the bit generators (hashmix / mix over a 4-word pool).
 */
import { ValueError, NumpyTypeError } from '../errors';


const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;
const DEFAULT_POOL_SIZE = 4;

/** Entropy a SeedSequence accepts: a non-negative integer, a BigInt, or a list of them. */
export type Entropy = number | bigint | readonly (number | bigint)[];

function intToWords(n: number | bigint, out: number[]): void {
  if (typeof n === 'number') {
    if (!Number.isInteger(n)) {
      throw new NumpyTypeError(`SeedSequence expects int or sequence of ints for entropy not ${n}`);
    }
    if (n < 0) throw new ValueError('expected non-negative integer');
    if (n === 0) { out.push(0); return; }
    while (n > 0) {
      out.push(n % 4294967296);
      n = Math.floor(n / 4294967296);
    }
    return;
  }
  if (n < 0n) throw new ValueError('expected non-negative integer');
  if (n === 0n) { out.push(0); return; }
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
}

/**
 * NumPy's `_coerce_to_uint32_array`: an integer's 32-bit words, least significant first;
 * a list is the concatenation of its elements' words.
 *
 * Parameters
 * ----------
 * x : number | bigint | (number | bigint)[]
 *     Non-negative integers.
 *
 * @example
 * coerceToUint32(2 ** 32 + 5)   // [5, 1]
 */
export function coerceToUint32(x: Entropy): number[] {
  const out: number[] = [];
  if (typeof x === 'number' || typeof x === 'bigint') intToWords(x, out);
  else for (const v of x) intToWords(v, out);
  return out;
}

function hashmix(value: number, hc: { v: number }): number {
  value = (value ^ hc.v) >>> 0;
  hc.v = Math.imul(hc.v, MULT_A) >>> 0;
  value = Math.imul(value, hc.v) >>> 0;
  value = (value ^ (value >>> XSHIFT)) >>> 0;
  return value;
}

function mix(x: number, y: number): number {
  let r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  r = (r ^ (r >>> XSHIFT)) >>> 0;
  return r;
}

function randomEntropy(words: number): number[] {
  const out = new Uint32Array(words);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(out);
  else for (let i = 0; i < words; i++) out[i] = Math.floor(Math.random() * 4294967296) >>> 0;
  return Array.from(out);
}

/**
 * NumPy's `np.random.SeedSequence`: mixes seed entropy into a pool and hands out
 * well-spread state words.
 *
 * Parameters
 * ----------
 * entropy : number | bigint | number[], optional
 *     The seed. Omitted: 128 bits from the platform's crypto source.
 * options.spawn_key : number[], optional
 *     The spawn key (as NumPy's `spawn_key=`).
 * options.pool_size : number, optional
 *     Pool size in 32-bit words, default 4.
 *
 * @example
 * new SeedSequence(42).generate_state(4);   // as np.random.SeedSequence(42).generate_state(4)
 */
export class SeedSequence {
  readonly entropy: Entropy;
  readonly spawn_key: readonly number[];
  readonly pool_size: number;
  n_children_spawned: number;
  readonly pool: Uint32Array;

  constructor(entropy?: Entropy | null, options: { spawn_key?: readonly number[]; pool_size?: number; n_children_spawned?: number } = {}) {
    if (entropy === undefined || entropy === null) {
      const w = randomEntropy(4);
      entropy = ((BigInt(w[3]) << 96n) | (BigInt(w[2]) << 64n) | (BigInt(w[1]) << 32n) | BigInt(w[0]));
    }
    this.entropy = entropy;
    this.spawn_key = options.spawn_key ?? [];
    this.pool_size = options.pool_size ?? DEFAULT_POOL_SIZE;
    this.n_children_spawned = options.n_children_spawned ?? 0;
    this.pool = new Uint32Array(this.pool_size);
    this.mixEntropy(this.assembledEntropy());
  }

  private assembledEntropy(): number[] {
    let run = coerceToUint32(this.entropy);
    const spawn = coerceToUint32(this.spawn_key);
    if (spawn.length > 0 && run.length < this.pool_size) {
      run = run.concat(new Array<number>(this.pool_size - run.length).fill(0));
    }
    return run.concat(spawn);
  }

  private mixEntropy(ent: number[]): void {
    const mixer = this.pool;
    const n = mixer.length;
    const hc = { v: INIT_A };
    for (let i = 0; i < n; i++) mixer[i] = hashmix(i < ent.length ? ent[i] : 0, hc);
    for (let s = 0; s < n; s++) {
      for (let d = 0; d < n; d++) {
        if (s !== d) mixer[d] = mix(mixer[d], hashmix(mixer[s], hc));
      }
    }
    for (let s = n; s < ent.length; s++) {
      for (let d = 0; d < n; d++) mixer[d] = mix(mixer[d], hashmix(ent[s], hc));
    }
  }

  /**
   * State words for seeding a bit generator (NumPy's `generate_state`).
   *
   * Parameters
   * ----------
   * n_words : number
   *     How many words of `dtype`.
   * dtype : 'uint32' | 'uint64', optional
   *     Word size; uint64 words are returned as BigInts.
   *
   * Returns
   * -------
   * Uint32Array | bigint[]
   *
   * @example
   * new SeedSequence(0).generate_state(2);
   */
  generate_state(n_words: number, dtype?: 'uint32'): Uint32Array;
  generate_state(n_words: number, dtype: 'uint64'): bigint[];
  generate_state(n_words: number, dtype: 'uint32' | 'uint64' = 'uint32'): Uint32Array | bigint[] {
    if (dtype !== 'uint32' && dtype !== 'uint64') throw new ValueError('only support uint32 or uint64');
    const n = dtype === 'uint64' ? n_words * 2 : n_words;
    const state = new Uint32Array(n);
    let hc = INIT_B;
    const pool = this.pool;
    for (let i = 0; i < n; i++) {
      let v = pool[i % pool.length];
      v = (v ^ hc) >>> 0;
      hc = Math.imul(hc, MULT_B) >>> 0;
      v = Math.imul(v, hc) >>> 0;
      v = (v ^ (v >>> XSHIFT)) >>> 0;
      state[i] = v;
    }
    if (dtype === 'uint32') return state;
    const out: bigint[] = [];
    for (let i = 0; i < n_words; i++) out.push((BigInt(state[2 * i + 1]) << 32n) | BigInt(state[2 * i]));
    return out;
  }

  /**
   * Child sequences for parallel streams (NumPy's `spawn`).
   *
   * Parameters
   * ----------
   * n_children : number
   *
   * @example
   * const [a, b] = new SeedSequence(1).spawn(2);
   */
  spawn(n_children: number): SeedSequence[] {
    const out: SeedSequence[] = [];
    for (let i = this.n_children_spawned; i < this.n_children_spawned + n_children; i++) {
      out.push(new SeedSequence(this.entropy, { spawn_key: [...this.spawn_key, i], pool_size: this.pool_size }));
    }
    this.n_children_spawned += n_children;
    return out;
  }
}

