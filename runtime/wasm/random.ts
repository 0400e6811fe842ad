/**
 * The bulk double streams of PCG64 and MT19937 on the wasm kernels (wasm/random.ts),
 * bit for bit the JS loops of runtime/random/pcg64.ts and mt19937.ts: the generator's
 * state is copied into the scratch memory, the doubles are made there a block at a time
 * and copied out, and the advanced state is copied back. Each returns false, having done
 * nothing, when the wasm kernels are unavailable.
 */
import { kernels, scratch, releaseScratch } from './module';

/** Streams shorter than this stay in JS (the copies and the calls would not pay). */
export const WASM_STREAM_MIN = 1024;
/** Doubles per kernel call: the block stays in L2 between the kernel and the copy out. */
const BLOCK = 16384;

/**
 * PCG64's `fillDoubles` on the kernel: `st` is the class's eight int32 limbs (state then
 * increment, least significant first), advanced in place.
 */
export function wasmPcg64Doubles(st: Int32Array, out: Float64Array, start: number, end: number): boolean {
  const K = kernels();
  if (!K) return false;
  const base = scratch(K, 64 + BLOCK * 8);
  if (base < 0) return false;
  const buf = K.memory.buffer;
  const state = new Int32Array(buf, base, 8);
  state.set(st);
  const block = new Float64Array(buf, base + 64, BLOCK);
  for (let i = start; i < end; i += BLOCK) {
    const len = Math.min(BLOCK, end - i);
    K.pcg64_fill_f64(base, base + 64, len);
    out.set(len === BLOCK ? block : block.subarray(0, len), i);
  }
  st.set(state.subarray(0, 4));
  releaseScratch(K);
  return true;
}

/**
 * MT19937's `fillDoubles` on the kernel: `key` is the 624-word state (twisted in place as
 * it is used up) and `pos` the next word's index; returns the new index, or -1 when the
 * kernels are unavailable (nothing done).
 */
export function wasmMt19937Doubles(key: Uint32Array, pos: number, out: Float64Array, start: number, end: number): number {
  const K = kernels();
  if (!K) return -1;
  const keyBytes = 2560;
  const base = scratch(K, keyBytes + BLOCK * 8);
  if (base < 0) return -1;
  const buf = K.memory.buffer;
  const words = new Uint32Array(buf, base, key.length);
  words.set(key);
  const block = new Float64Array(buf, base + keyBytes, BLOCK);
  for (let i = start; i < end; i += BLOCK) {
    const len = Math.min(BLOCK, end - i);
    pos = K.mt19937_fill_f64(base, pos, base + keyBytes, len);
    out.set(len === BLOCK ? block : block.subarray(0, len), i);
  }
  key.set(words);
  releaseScratch(K);
  return pos;
}
