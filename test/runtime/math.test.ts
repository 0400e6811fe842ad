import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { loadGolden, fromGolden, mismatch, type GoldenArray } from './golden';

interface Case { op: string; a: string; b?: string; scalar?: number | boolean; ok?: GoldenArray; error?: string; message?: string }
const core = loadGolden<{
  samples: Record<string, GoldenArray>; samples2: Record<string, GoldenArray>; samples2pos: Record<string, GoldenArray>;
  binary: Case[]; scalars: Case[]; unary: Case[];
}>('core.json');

const fn = (name: string) => (np as any)[name] as (...args: any[]) => any;

function check(c: Case, call: () => unknown): string | null {
  let got: unknown;
  try {
    got = call();
  } catch (e) {
    const err = e as Error;
    if (c.error) return err.name === c.error ? null : `threw ${err.name}: ${err.message}, expected ${c.error}`;
    return `threw ${err.name}: ${err.message}`;
  }
  if (c.error) return `returned, expected ${c.error}: ${c.message}`;
  // Transcendental functions may differ from C's libm in the last bit; NumPy's float32
  // loops compute in float32 (SIMD expf, sinf...), here in double then rounded, so they
  // may differ by a float32 ulp or two.
  const f32 = c.ok!.dtype === 'float32' || c.ok!.dtype === 'float16';
  return mismatch(got, c.ok!, f32 ? 5e-7 : 1e-14, 1e-300);
}

describe('ufuncs against NumPy for every dtype pair', () => {
  it('binary ufuncs: result dtype (NumPy 2 promotion), values and errors', () => {
    const failures = core.binary
      .map((c) => {
        const b = c.op === 'power' ? core.samples2pos[c.b!] : core.samples2[c.b!];
        return [c, check(c, () => fn(c.op)(fromGolden(core.samples[c.a]), fromGolden(b)))] as const;
      })
      .filter(([, r]) => r !== null)
      .map(([c, r]) => `${c.op}(${c.a}, ${c.b}): ${r}`);
    expect(failures).toEqual([]);
  });

  it('array with a weak Python scalar (NEP 50), including OverflowError for ints that do not fit', () => {
    const failures = core.scalars
      .map((c) => [c, check(c, () => fn(c.op)(fromGolden(core.samples[c.a]), c.scalar))] as const)
      .filter(([, r]) => r !== null)
      .map(([c, r]) => `${c.op}(${c.a}, ${c.scalar}): ${r}`);
    expect(failures).toEqual([]);
  });

  it('unary ufuncs (float16 results of NumPy are float32 here)', () => {
    const failures = core.unary
      .map((c) => [c, check(c, () => fn(c.op)(fromGolden(core.samples[c.a])))] as const)
      .filter(([, r]) => r !== null)
      .map(([c, r]) => `${c.op}(${c.a}): ${r}`);
    expect(failures).toEqual([]);
  });
});

describe('ufunc machinery', () => {
  it('writes into out= and returns it', () => {
    const a = np.zeros([2, 3]);
    const r = np.add(a, np.array([1, 2, 3]), { out: a });
    expect(r).toBe(a);
    expect(a.tolist()).toEqual([[1, 2, 3], [1, 2, 3]]);
  });

  it('reads overlapping input through a copy (a[1:] += a[:-1])', () => {
    const a = np.arange(5);
    np.add(a.get('1:'), a.get(':-1'), { out: a.get('1:') });
    expect(a.tolist()).toEqual([0, 1, 3, 5, 7]);
  });

  it('refuses an out= that would need broadcasting, with NumPy message', () => {
    expect(() => np.add(np.zeros(3), np.ones([2, 3]), { out: np.zeros(3) })).toThrow(
      "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
    );
  });

  it('refuses an unsafe out= cast (same_kind)', () => {
    expect(() => np.add(np.arange(3), 1.5, { out: np.arange(3) })).toThrow(/Cannot cast ufunc 'add' output from dtype\('float64'\) to dtype\('int64'\)/);
  });

  it('refuses a signed-to-unsigned out= (same_kind orders bool < unsigned < signed < float)', () => {
    expect(() => np.add(np.arange(3), 1, { out: np.zeros(3, { dtype: 'uint8' }) })).toThrow(
      "Cannot cast ufunc 'add' output from dtype('int64') to dtype('uint8') with casting rule 'same_kind'",
    );
    const u = np.zeros(3, { dtype: 'int16' });
    np.add(np.array([1, 2, 3], { dtype: 'uint8' }), np.array([1, 1, 1], { dtype: 'uint8' }), { out: u });
    expect(u.tolist()).toEqual([2, 3, 4]);
  });

  it('takes whole numbers past 2^64 as floats, not as out-of-bounds ints', () => {
    expect(np.array([1.5]).add(1e20).tolist()).toEqual([1e20 + 1.5]);
    expect(np.array([1e20]).dtype).toBe('float64');
  });

  it('scalars in give a scalar out', () => {
    expect(np.add(1, 2)).toBe(3);
    expect(np.greater(2, 1)).toBe(true);
    expect(np.sqrt(4)).toBe(2);
  });

  it('uses NumPy broadcasting messages', () => {
    expect(() => np.ones([2, 3]).add(np.ones(4))).toThrow('operands could not be broadcast together with shapes (2,3) (4,) ');
  });

  it('property: broadcast result shape follows the rules, elementwise by elementwise', () => {
    const dim = fc.integer({ min: 1, max: 4 });
    fc.assert(
      fc.property(fc.array(dim, { minLength: 0, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (shape, ones) => {
        // b's shape: a suffix of a's shape with some dims replaced by 1.
        const bShape = shape.slice(Math.floor(shape.length / 2)).map((n, i) => (ones[i] ? 1 : n));
        const a = np.arange(shape.reduce((p, q) => p * q, 1)).reshape(shape);
        const b = np.arange(bShape.reduce((p, q) => p * q, 1)).reshape(bShape);
        const r = a.add(b) as NDArray;
        expect(r.shape).toEqual(shape);
        // Spot check through explicit broadcast_to.
        const bb = np.broadcast_to(b, shape);
        for (let i = 0; i < r.size; i++) expect(r.flatGet(i)).toBe(a.flatGet(i) + bb.flatGet(i));
      }),
      { numRuns: 60 },
    );
  });
});
