/**
 * The sort kernels of runtime/sorting/ (LSD radix for long rows, merge sort for short ones)
 * against a reference comparison sort, for every dtype: np.sort must give the reference's
 * values bit for bit (NaN last, -0 and +0 in input order, as NumPy's stable sort) and
 * np.argsort its stable permutation, at lengths that reach each kernel and digit width,
 * on data full of NaN, signed zeros, infinities, subnormals and duplicates.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np } from '../../runtime/index';
import { fromTypedArray, type NDArray } from '../../runtime/ndarray';
import { storageOf, type DType, type TypedArray } from '../../runtime/dtype';

/** A small deterministic generator, so a fast-check seed fixes a whole array. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** A float64 drawn from `mode`: few distinct values, any bit pattern, or specials. */
function draw64(r: () => number, mode: number): number {
  if (mode === 0) return Math.floor(r() * 7) - 3;
  if (mode === 1) {
    words[0] = (r() * 4294967296) >>> 0;
    words[1] = (r() * 4294967296) >>> 0;
    return bits[0];
  }
  const specials = [NaN, -0, 0, Infinity, -Infinity, 5e-324, -5e-324, 1e-310, -1e-310, 1, -1, 0.5, -2.5, Number.MAX_VALUE, -Number.MAX_VALUE];
  return r() < 0.5 ? specials[Math.floor(r() * specials.length)] : (r() - 0.5) * 10;
}

const RANGES: Record<string, [number, number]> = {
  bool: [0, 1], int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535],
  int32: [-2147483648, 2147483647], uint32: [0, 4294967295],
};

/** n values of `dtype` in its storage, from the seeded generator. */
function makeData(dtype: DType, n: number, seed: number, mode: number): TypedArray {
  const r = lcg(seed);
  const out = new (storageOf(dtype))(n);
  for (let i = 0; i < n; i++) {
    if (dtype === 'float64' || dtype === 'float32') out[i] = draw64(r, mode);
    else if (dtype === 'int64') out[i] = mode === 0 ? Math.floor(r() * 7) - 3 : Math.floor((r() - 0.5) * 2 ** (r() * 63));
    else if (dtype === 'uint64') out[i] = mode === 0 ? Math.floor(r() * 7) : Math.floor(r() * 2 ** (r() * 64));
    else {
      const [lo, hi] = RANGES[dtype];
      out[i] = mode === 0 ? lo + Math.floor(r() * Math.min(7, hi - lo + 1)) : lo + Math.floor(r() * (hi - lo + 1));
    }
  }
  return out;
}

/** NumPy's order: NaN after everything, -0 equal to +0. */
function compare(x: number, y: number): number {
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The stable sorting permutation by a comparison sort. */
function referencePerm(v: TypedArray): number[] {
  return Array.from(v, (_, i) => i).sort((a, b) => compare(v[a], v[b]) || a - b);
}

/** Asserts np.sort and np.argsort of a 1-d array against the reference. */
function checkRow(v: TypedArray, got: NDArray, gotIdx: NDArray, where: string): void {
  const perm = referencePerm(v);
  const idx = Array.from(gotIdx.data as Float64Array);
  if (idx.join() !== perm.join()) expect(idx, `${where}: argsort`).toEqual(perm);
  const s = got.data;
  for (let i = 0; i < perm.length; i++) {
    const want = v[perm[i]];
    if (!Object.is(s[i], want) && !(s[i] !== s[i] && want !== want)) {
      expect([i, s[i]], `${where}: sort`).toEqual([i, want]);
    }
  }
}

const DTYPES: DType[] = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64'];

describe('sort kernels against a reference comparison sort', () => {
  for (const dtype of DTYPES) {
    it(`${dtype}: short and long rows, all value mixes`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2 ** 31 }),
          fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 300, max: 3000 })),
          fc.integer({ min: 0, max: 2 }),
          (seed, n, mode) => {
            const v = makeData(dtype, n, seed, mode);
            const a = fromTypedArray(v, [n], dtype);
            checkRow(v, np.sort(a), np.argsort(a), `${dtype} n=${n} mode=${mode}`);
          },
        ),
        { numRuns: 25 },
      );
    });
  }
  it('rows past 65536 (16-bit digits) for each storage type', () => {
    for (const dtype of ['float64', 'float32', 'int32', 'uint16', 'int8'] as DType[]) {
      for (const mode of [0, 1, 2]) {
        const n = 70001;
        const v = makeData(dtype, n, 17 + mode, mode);
        const a = fromTypedArray(v, [n], dtype);
        checkRow(v, np.sort(a), np.argsort(a), `${dtype} n=${n} mode=${mode}`);
      }
    }
  });
  it('keeps NaN payloads and the sign of zeros (bit for bit) in long float64 rows', () => {
    const n = 5000;
    const v = makeData('float64', n, 99, 2);
    const sorted = np.sort(fromTypedArray(v, [n], 'float64')).data as Float64Array;
    const perm = referencePerm(v);
    const want = Float64Array.from(perm, (i) => v[i]);
    expect(Array.from(new Uint32Array(sorted.buffer))).toEqual(Array.from(new Uint32Array(want.buffer)));
  });
  it('mixed -0 and +0 keep their input order in every kernel', () => {
    for (const n of [10, 600, 70000]) {
      const v = new Float64Array(n);
      const r = lcg(n);
      for (let i = 0; i < n; i++) v[i] = r() < 0.3 ? (r() < 0.5 ? -0 : 0) : r() - 0.5;
      for (const dtype of ['float64', 'float32'] as DType[]) {
        const data = dtype === 'float64' ? v : Float32Array.from(v);
        const a = fromTypedArray(data, [n], dtype);
        checkRow(data, np.sort(a), np.argsort(a), `${dtype} zeros n=${n}`);
      }
    }
  });
});

describe('axis sorts use the same kernels per row', () => {
  it('2-d arrays along either axis match sorting each row or column on its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.constantFrom<[number, number]>([3, 700], [700, 3], [5, 7], [1, 600]),
        fc.constantFrom<DType>('float64', 'float32', 'int16', 'uint32'),
        (seed, [rows, cols], dtype) => {
          const v = makeData(dtype, rows * cols, seed, 2);
          const a = fromTypedArray(v, [rows, cols], dtype);
          for (const axis of [0, 1]) {
            const s = np.sort(a, axis);
            const idx = np.argsort(a, axis);
            const lines = axis === 1 ? rows : cols;
            const len = axis === 1 ? cols : rows;
            for (let l = 0; l < lines; l++) {
              const at = (k: number) => (axis === 1 ? l * cols + k : k * cols + l);
              const line = new (storageOf(dtype))(len);
              for (let k = 0; k < len; k++) line[k] = v[at(k)];
              const sl = fromTypedArray(new (storageOf(dtype))(len).map((_, k) => s.data[at(k)]), [len], dtype);
              const il = fromTypedArray(Float64Array.from({ length: len }, (_, k) => idx.data[at(k)]), [len], 'int64');
              checkRow(line, sl, il, `${dtype} ${rows}x${cols} axis=${axis} line ${l}`);
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
