/**
 * The WebAssembly SIMD kernels (wasm/*.ts, AssemblyScript, embedded by wasm/build.mjs):
 * instantiated on first use, synchronously (the runtime runs in a Worker or in Node, where
 * compiling a small module synchronously is allowed), with one scratch memory that
 * operands are copied into. Arrays themselves stay in ordinary ArrayBuffers
 * (ARCHITECTURE.md, "Memory"). The relaxed-SIMD build (fused multiply-adds) is taken where
 * the engine validates it, else the plain SIMD one; where WebAssembly or its SIMD is
 * missing, `kernels()` is null and callers keep their JS kernels.
 */
import { WASM_BASE64, WASM_RELAXED_BASE64, WASM_SHARED_BASE64, WASM_RELAXED_SHARED_BASE64 } from './kernels.generated';

/** The module's exports (wasm/index.ts). Pointers and strides are i32; sizes in elements unless named bytes. */
export interface KernelExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  gemmWorkBytes(size: number): number;
  gemm_f64(m: number, n: number, k: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number,
    c: number, ldc: number, alpha: number, beta: number, work: number): void;
  gemm_f32(m: number, n: number, k: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number,
    c: number, ldc: number, alpha: number, beta: number, work: number): void;
  block_size(): number;
  lu_panel_f64(n: number, a: number, lda: number, perm: number, j0: number): number;
  trsm_f64(lower: number, n: number, nrhs: number, a: number, lda: number, b: number, ldb: number, work: number): void;
  chol_panel_f64(n: number, a: number, lda: number, t: number, j0: number): number;
  rot_rows_f64(w: number, ld: number, ncols: number, count: number, seq: number): void;
  reflect_f64(v: number, c: number, ld: number, len: number, count: number): void;
  bidiag_pass_f64(v: number, c: number, ld: number, len: number, count: number, r: number, wPrev: number, e: number, acc: number): void;
  bidiag_right_f64(c: number, ld: number, len: number, count: number, r: number, w: number): void;
  tred2_f64(t: number, d: number, e: number, n: number, accumulate: number): void;
  radix_sort_f64(a: number, b: number, c: number, n: number, bits: number): void;
  radix_sort_32(a: number, wa: number, wb: number, c: number, n: number, bits: number, type: number): void;
  radix_argsort_f64(src: number, ra: number, rb: number, c: number, out: number, n: number, bits: number): void;
  radix_argsort_32(src: number, ra: number, rb: number, c: number, out: number, n: number, bits: number, type: number): void;
  pcg64_fill_f64(st: number, out: number, n: number): void;
  mt19937_fill_f64(key: number, pos: number, out: number, n: number): number;
  house_left_f64(v: number, tau: number, c: number, ld: number, len: number, count: number): void;
  larft_f64(vt: number, ld: number, mr: number, jb: number, tau: number, t: number, z: number): void;
}

/** Scratch kept between calls up to this size; past it the instance (and its memory) is dropped after the call. */
const KEEP_BYTES = 256 * 2 ** 20;

/** Which kernels run: the best this engine has, plain SIMD only, or none (the JS kernels). */
export type WasmMode = 'auto' | 'simd' | 'off';
/** A build of the kernels ('-shared': on the thread pool's shared memory). */
export type WasmVariant = 'relaxed-simd' | 'simd' | 'relaxed-simd-shared' | 'simd-shared';

const SOURCES: Record<WasmVariant, string> = {
  'relaxed-simd': WASM_RELAXED_BASE64, simd: WASM_BASE64,
  'relaxed-simd-shared': WASM_RELAXED_SHARED_BASE64, 'simd-shared': WASM_SHARED_BASE64,
};

/** The builds to try, best first, for the mode and memory in force. */
function candidates(): WasmVariant[] {
  const order: WasmVariant[] = mode === 'auto' ? ['relaxed-simd', 'simd'] : ['simd'];
  return shared ? order.map((v) => `${v}-shared` as WasmVariant) : order;
}
const modules = new Map<WasmVariant, WebAssembly.Module | null>();
let instance: KernelExports | null = null;
let variant: WasmVariant | null = null;
let mode: WasmMode = 'auto';
/** The thread pool's memory (runtime/wasm/threads.ts), when there is a pool. */
let shared: WebAssembly.Memory | null = null;

/**
 * From now on the kernels run the shared build on `memory`, the one the pool's threads
 * share (null: back to a private memory). Called by runtime/wasm/threads.ts.
 */
export function useSharedMemory(memory: WebAssembly.Memory | null): void {
  shared = memory;
  instance = null;
  variant = null;
}

/**
 * The shared build's module the kernels would run (imports env.memory; the pool's threads
 * must run the same), or null where the engine cannot run one.
 */
export function sharedModule(): WebAssembly.Module | null {
  for (const v of (mode === 'auto' ? ['relaxed-simd-shared', 'simd-shared'] : ['simd-shared']) as WasmVariant[]) {
    const m = compiled(v);
    if (m) return m;
  }
  return null;
}

/** Whether the kernels run on the pool's shared memory. */
export function onSharedMemory(k: KernelExports): boolean {
  return shared !== null && k.memory === shared;
}

/**
 * Chooses the kernels (see WasmMode): the tests compare the paths (plain SIMD sums as the
 * JS kernels do, bit for bit), the benches time them.
 */
export function setWasmMode(m: WasmMode): void {
  mode = m;
  instance = null;
  variant = null;
}

/** The build `kernels()` runs, or null when the JS kernels run. */
export function wasmVariant(): WasmVariant | null {
  return kernels() ? variant : null;
}

function compiled(v: WasmVariant): WebAssembly.Module | null {
  if (!modules.has(v)) {
    let m: WebAssembly.Module | null = null;
    try {
      const bytes = decode(SOURCES[v]);
      if (typeof WebAssembly === 'object' && WebAssembly.validate(bytes)) m = new WebAssembly.Module(bytes);
    } catch {
      // no WebAssembly, or not this feature: another build, or the JS kernels
    }
    modules.set(v, m);
  }
  return modules.get(v)!;
}

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** The kernels' exports, or null when they are turned off or this engine cannot run them. */
export function kernels(): KernelExports | null {
  if (mode === 'off') return null;
  if (instance) return instance;
  for (const v of candidates()) {
    const m = compiled(v);
    if (!m) continue;
    if (shared) {
      // the shared build imports its memory rather than exporting it
      const exports = new WebAssembly.Instance(m, { env: { memory: shared } }).exports;
      instance = { ...(exports as unknown as KernelExports), memory: shared };
    } else {
      instance = new WebAssembly.Instance(m, {}).exports as unknown as KernelExports;
    }
    variant = v;
    return instance;
  }
  return null;
}

/**
 * Makes [base, base + bytes) of the scratch memory usable and returns base (16-byte
 * aligned), or -1 when memory cannot grow that far (the caller falls back to JS).
 */
export function scratch(k: KernelExports, bytes: number): number {
  const base = (k.heapBase() + 63) & ~63;
  const need = base + bytes;
  // the kernels compute byte offsets in i32
  if (need > 2 ** 31 - 2 ** 16) return -1;
  const have = k.memory.buffer.byteLength;
  if (need > have) {
    try {
      k.memory.grow(Math.ceil((need - have) / 65536));
    } catch {
      return -1;
    }
  }
  return base;
}

/** After a call: a scratch memory grown past KEEP_BYTES is let go (wasm memory never shrinks). */
export function releaseScratch(k: KernelExports): void {
  // the pool's shared memory is the pool's to replace (its threads hold it)
  if (shared && k.memory === shared) sharedRelease?.(shared);
  else if (k === instance && !shared && k.memory.buffer.byteLength > KEEP_BYTES) instance = null;
}

let sharedRelease: ((memory: WebAssembly.Memory) => void) | null = null;

/** Called by runtime/wasm/threads.ts: `cb` hears of every call's end on the pool's memory (null: no more). */
export function onSharedRelease(cb: ((memory: WebAssembly.Memory) => void) | null): void {
  sharedRelease = cb;
}

/** Rounds a byte offset up to a multiple of 64 (cache lines; v128 alignment). */
export const align = (bytes: number): number => Math.ceil(bytes / 64) * 64;
