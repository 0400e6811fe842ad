#!/usr/bin/env node
// `node bench/wasm_proto.mjs`: a measured prototype, not used by the runtime. Hand-assembled
// wasm SIMD (no toolchain) for NumPy's pairwise sum, bit-identical to np.sum, and a + b,
// timed on data already in a WebAssembly.Memory against the same work in plain JS; plus
// what it costs to get data there (copying in, or one Memory per array).
//
// Tried and dropped (session 2): every array of 4 KiB or more in one reserved 1 GiB
// Memory, freed by a FinalizationRegistry, with these kernels (all bit-identical). Sums on
// heap data ran 3x faster, but (1) V8 clears weak references only in full GCs, and
// finalizers run only between tasks, so a loop of `a + b` never gets a block back and
// walks into fresh heap pages; (2) fresh wasm pages get no huge pages (THP is `madvise`
// here and V8 does not ask), so each fresh 8 MB result cost 30-200 ms where malloc'd
// ArrayBuffers cost ~0.4 ms. A heap pays only with explicit frees (tfjs's dispose/tidy).
import { withHugePages } from './hugepages.mjs';
import { loadNp } from './load-np.mjs';

withHugePages();

// --- a tiny assembler -----------------------------------------------------------------
/** The module: pw(byteOffset, n) -> f64, NumPy's pairwise sum of n float64 (8 lanes as four
 * f64x2, combined as NumPy does); add(o, a, b, n) with byte offsets, o = a + b. */
function assemble() {
  const uleb = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
  const sleb = (n) => { const o = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { o.push(b); return o; } o.push(b | 0x80); } };
  const vec = (items) => [...uleb(items.length), ...items.flat()];
  const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
  const I32 = 0x7f, F64 = 0x7c, V128 = 0x7b;
  // opcodes
  const lg = (i) => [0x20, ...uleb(i)], ls = (i) => [0x21, ...uleb(i)];
  const ic = (v) => [0x41, ...sleb(v)];
  const fc = (v) => [0x44, ...new Uint8Array(new Float64Array([v]).buffer)];
  const add = [0x6a], sub = [0x6b], shl = [0x74], shru = [0x76], and = [0x71];
  const ltu = [0x49], geu = [0x4f], leu = [0x4d];
  const fload = (off = 0) => [0x2b, 3, ...uleb(off)], fstore = (off = 0) => [0x39, 3, ...uleb(off)];
  const fadd = [0xa0];
  const vload = (off = 0) => [0xfd, 0x00, 4, ...uleb(off)], vstore = (off = 0) => [0xfd, 0x0b, 4, ...uleb(off)];
  const vadd = [0xfd, 0xf0, 0x01];
  const lane = (l) => [0xfd, 0x21, l];
  const block = (...b) => [0x02, 0x40, ...b.flat(), 0x0b], loop = (...b) => [0x03, 0x40, ...b.flat(), 0x0b];
  const iff = (...b) => [0x04, 0x40, ...b.flat(), 0x0b];
  const br = (d) => [0x0c, d], brif = (d) => [0x0d, d], ret = [0x0f], call = (f) => [0x10, ...uleb(f)];

  // func 0: pw(off:i32 bytes, n:i32) -> f64
  // locals: 2 i(i32) 3 m(i32) 4 p(i32) 5 n2(i32) ; 6 res(f64) ; 7..10 acc(v128)
  const OFF = 0, N = 1, I = 2, M = 3, P = 4, N2 = 5, RES = 6, A0 = 7, A1 = 8, A2 = 9, A3 = 10;
  const pwBody = [
    // if n < 8: sequential
    lg(N), ic(8), ltu, iff(
      fc(0), ls(RES), ic(0), ls(I),
      block(loop(lg(I), lg(N), geu, brif(1),
        lg(RES), lg(OFF), lg(I), ic(3), shl, add, fload(), fadd, ls(RES),
        lg(I), ic(1), add, ls(I), br(0))),
      lg(RES), ret),
    // if n <= 128: leaf
    lg(N), ic(128), leu, iff(
      lg(OFF), vload(0), ls(A0), lg(OFF), vload(16), ls(A1), lg(OFF), vload(32), ls(A2), lg(OFF), vload(48), ls(A3),
      lg(N), ic(-8), and, ls(M), ic(8), ls(I),
      block(loop(lg(I), lg(M), geu, brif(1),
        lg(OFF), lg(I), ic(3), shl, add, ls(P),
        lg(A0), lg(P), vload(0), vadd, ls(A0), lg(A1), lg(P), vload(16), vadd, ls(A1),
        lg(A2), lg(P), vload(32), vadd, ls(A2), lg(A3), lg(P), vload(48), vadd, ls(A3),
        lg(I), ic(8), add, ls(I), br(0))),
      // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
      lg(A0), lane(0), lg(A0), lane(1), fadd, lg(A1), lane(0), lg(A1), lane(1), fadd, fadd,
      lg(A2), lane(0), lg(A2), lane(1), fadd, lg(A3), lane(0), lg(A3), lane(1), fadd, fadd, fadd, ls(RES),
      block(loop(lg(I), lg(N), geu, brif(1),
        lg(RES), lg(OFF), lg(I), ic(3), shl, add, fload(), fadd, ls(RES),
        lg(I), ic(1), add, ls(I), br(0))),
      lg(RES), ret),
    // n2 = (n >> 1) & ~7; return pw(off, n2) + pw(off + n2*8, n - n2)
    lg(N), ic(1), shru, ic(-8), and, ls(N2),
    lg(OFF), lg(N2), call(0),
    lg(OFF), lg(N2), ic(3), shl, add, lg(N), lg(N2), sub, call(0),
    fadd,
  ].flat();
  const pwFunc = [...vec([[...uleb(4), I32], [1, F64], [4, V128]]), ...pwBody, 0x0b];

  // func 1: add(o, a, b, n) (byte offsets), o[i] = a[i] + b[i]
  const O = 0, AA = 1, BB = 2, NN = 3, J = 4, E = 5;
  const addBody = [
    ic(0), ls(J), lg(NN), ic(3), shl, ic(-32), and, ls(E),
    block(loop(lg(J), lg(E), geu, brif(1),
      lg(O), lg(J), add, lg(AA), lg(J), add, vload(0), lg(BB), lg(J), add, vload(0), vadd, vstore(0),
      lg(O), lg(J), add, lg(AA), lg(J), add, vload(16), lg(BB), lg(J), add, vload(16), vadd, vstore(16),
      lg(J), ic(32), add, ls(J), br(0))),
    lg(NN), ic(3), shl, ls(E),
    block(loop(lg(J), lg(E), geu, brif(1),
      lg(O), lg(J), add, lg(AA), lg(J), add, fload(), lg(BB), lg(J), add, fload(), fadd, fstore(),
      lg(J), ic(8), add, ls(J), br(0))),
  ].flat();
  const addFunc = [...vec([[2, I32]]), ...addBody, 0x0b];

  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([[0x60, ...vec([[I32], [I32]]), ...vec([[F64]])], [0x60, ...vec([[I32], [I32], [I32], [I32]]), 0]])),
    ...section(2, vec([[...vec([..."e"].map((c) => [c.charCodeAt(0)])), ...vec([..."m"].map((c) => [c.charCodeAt(0)])), 0x02, 0x00, 1]])),
    ...section(3, vec([[0], [1]])),
    ...section(7, vec([[...vec([[0x70], [0x77]]), 0x00, 0], [...vec([[0x61], [0x64], [0x64]]), 0x00, 1]])),
    ...section(10, vec([[...uleb(pwFunc.length), ...pwFunc], [...uleb(addFunc.length), ...addFunc]])),
  ]);
  return bytes;
}
const wasmModule = new WebAssembly.Module(assemble());

// --- measurements ---------------------------------------------------------------------
const np = await loadNp();

const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
function time(name, f) {
  f();
  const t = [];
  const end = performance.now() + 1500;
  while (t.length < 5 || (performance.now() < end && t.length < 1000)) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  console.log(`${name.padEnd(46)}${median(t).toFixed(3)} ms`);
}

const N = 1e6;
const memory = new WebAssembly.Memory({ initial: Math.ceil((3 * N * 8) / 65536) + 1 });
const { pw, add } = new WebAssembly.Instance(wasmModule, { e: { m: memory } }).exports;
const heap = new Float64Array(memory.buffer);
const a = heap.subarray(0, N), b = heap.subarray(N, 2 * N);
const ja = np.random.default_rng(0).random(N), jb = np.random.default_rng(1).random(N);
a.set(ja.data);
b.set(jb.data);
let same = true;
for (const n of [0, 1, 7, 8, 9, 127, 128, 129, 1000, 4097, 12345, N]) {
  if (!Object.is(pw(0, n), np.sum(ja.get(`:${n}`)))) same = false;
}
add(2 * N * 8, 0, N * 8, N);
console.log(`wasm pairwise sum bit-identical to np.sum: ${same}; wasm a + b correct: ${heap.subarray(2 * N, 3 * N).every((v, i) => v === a[i] + b[i])}`);
const out = np.zeros([N]);
time('np.sum(a), 1e6 (JS)', () => np.sum(ja));
time('wasm SIMD pairwise sum, 1e6, data in Memory', () => pw(0, N));
time('copy into Memory + wasm sum, 1e6', () => {
  a.set(ja.data);
  return pw(0, N);
});
time('np.add(a, b, {out}), 1e6 (JS)', () => np.add(ja, jb, { out }));
time('wasm SIMD a + b into Memory, 1e6', () => add(2 * N * 8, 0, N * 8, N));
time('new Float64Array(1e6) + set', () => new Float64Array(N).set(ja.data));
const pages = Math.ceil((N * 8) / 65536);
time('new WebAssembly.Memory (8 MB) + set', () => new Float64Array(new WebAssembly.Memory({ initial: pages }).buffer, 0, N).set(ja.data));
time('WebAssembly.Instance on a Memory', () => new WebAssembly.Instance(wasmModule, { e: { m: memory } }));
