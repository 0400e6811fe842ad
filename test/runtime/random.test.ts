/**
 * np.random against NumPy's own streams (test/goldens/random.json, written by
 * test/goldens/make_random_goldens.py): every float compared exactly.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RandomState, Generator, default_rng, PCG64, SeedSequence, MT19937 } from '../../runtime/random/index';
import * as random from '../../runtime/random/index';
import { glibcLog } from '../../runtime/random/libm';
import { NDArray, fromTypedArray } from '../../runtime/ndarray';
import { storageOf, type DType } from '../../runtime/dtype';

type Json = any;
const golden: Json = JSON.parse(readFileSync(fileURLToPath(new URL('../goldens/random.json', import.meta.url)), 'utf8'));

function fnv1a(values: ArrayLike<number>): number {
  const f = Float64Array.from(values as ArrayLike<number>);
  const bytes = new Uint8Array(f.buffer);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function decode(a: Json): any {
  if (Array.isArray(a)) return a.map(decode);
  if (a !== null && typeof a === 'object') {
    if ('nd' in a) {
      const { data, shape, dtype } = a.nd;
      const C = storageOf(dtype as DType);
      return fromTypedArray(C.from(data as number[]), shape, dtype);
    }
    if ('big' in a) return BigInt(a.big);
    if ('float' in a) return Number(a.float.replace('inf', 'Infinity'));
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(a)) o[k] = decode(a[k]);
    return o;
  }
  return a;
}

function flat(a: NDArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.size; i++) out.push(a.flatGet(i));
  return out;
}

function check(got: unknown, exp: Json, where: string): void {
  if ('scalar' in exp) {
    expect(got instanceof NDArray, `${where}: expected a scalar`).toBe(false);
    if (exp.type === 'bool') expect(got, where).toBe(exp.scalar);
    else expect(got, where).toBe(exp.scalar);
    return;
  }
  expect(got, `${where}: expected an ndarray`).toBeInstanceOf(NDArray);
  const a = got as NDArray;
  expect(a.dtype, where).toBe(exp.dtype);
  expect(a.shape, where).toEqual(exp.shape);
  const vals = exp.dtype === 'bool' ? flat(a).map((v) => v !== 0) : flat(a);
  if ('hash' in exp) {
    expect(vals.slice(0, 5), where).toEqual(exp.head);
    expect(vals.length, where).toBe(exp.n);
    expect(fnv1a(flat(a)), `${where}: hash of ${exp.n} values`).toBe(exp.hash);
  } else {
    expect(vals, where).toEqual(exp.data);
  }
}

function callArgs(rec: Json): unknown[] {
  const args = decode(rec.args) as unknown[];
  const kw = decode(rec.kw) as Record<string, unknown>;
  return Object.keys(kw).length ? [...args, kw] : args;
}

function replay(obj: any, calls: Json[], label: string): void {
  calls.forEach((rec, k) => {
    const where = `${label} #${k} ${rec.fn}(${JSON.stringify(rec.args)}, ${JSON.stringify(rec.kw)})`;
    const args = callArgs(rec);
    if (rec.fn === 'shuffle') {
      obj.shuffle(...args);
      check(args[0], rec.expect, where);
      return;
    }
    check(obj[rec.fn](...args), rec.expect, where);
  });
}

describe('np.random goldens (NumPy ' + golden.numpy + ')', () => {
  for (const c of golden.cases as Json[]) {
    if (c.kind === 'legacy') {
      it(`RandomState(${JSON.stringify(c.seed)}) stream`, () => {
        replay(new RandomState(decode(c.seed)), c.calls, `RandomState(${JSON.stringify(c.seed)})`);
      });
    } else if (c.kind === 'generator') {
      it(`default_rng(${JSON.stringify(c.seed)}) stream`, () => {
        replay(default_rng(decode(c.seed)), c.calls, `default_rng(${JSON.stringify(c.seed)})`);
      });
    } else if (c.kind === 'generator-mt') {
      it(`Generator(MT19937(${JSON.stringify(c.seed)})) stream`, () => {
        replay(new Generator(new MT19937(decode(c.seed))), c.calls, `Generator(MT19937(${JSON.stringify(c.seed)}))`);
      });
    } else if (c.kind === 'global') {
      it('global np.random functions, reseeding resets the stream and cached Gaussian', () => {
        let at = 0;
        for (const [s, n] of c.reseeds as [number, number][]) {
          random.seed(s);
          replay(random, c.calls.slice(at, at + n), `np.random after seed(${s})`);
          at += n;
        }
      });
    }
  }

  it('raises NumPy errors', () => {
    for (const e of golden.errors as Json[]) {
      let fn: () => unknown;
      if (e.kind === 'seed') fn = () => random.seed(decode(e.seed));
      else if (e.kind === 'rng-seed') fn = () => default_rng(e.seed);
      else {
        const obj: any = e.kind === 'legacy' ? new RandomState(e.seed) : default_rng(e.seed);
        const args = callArgs(e);
        fn = () => obj[e.fn](...args);
      }
      let err: any = null;
      try { fn(); } catch (x) { err = x; }
      expect(err, `${e.kind} ${e.fn ?? ''} ${JSON.stringify(e.args ?? e.seed)}`).not.toBeNull();
      expect(err.name, `${e.fn} ${JSON.stringify(e.args)}`).toBe(e.error.type);
      expect(err.message, `${e.fn} ${JSON.stringify(e.args)}`).toBe(e.error.message);
    }
  });
});

describe('bit generators', () => {
  it('SeedSequence.generate_state matches NumPy', () => {
    for (const s of golden.raw.seedseq as Json[]) {
      expect(Array.from(new SeedSequence(decode(s.entropy)).generate_state(8)), JSON.stringify(s.entropy)).toEqual(s.u32);
    }
  });

  it('PCG64 raw 64-bit outputs match NumPy', () => {
    for (const s of golden.raw.pcg64_u64 as Json[]) {
      const bg = new PCG64(decode(s.seed));
      const got: string[] = [];
      for (let i = 0; i < s.u64.length; i++) {
        bg.nextUint64();
        got.push(((BigInt(bg.hi) << 32n) | BigInt(bg.lo)).toString());
      }
      expect(got).toEqual(s.u64);
    }
  });

  it('MT19937(seed) raw outputs match NumPy (SeedSequence seeding)', () => {
    for (const s of golden.raw.mt19937_ss_u32 as Json[]) {
      const mt = new MT19937(decode(s.seed));
      const got: number[] = [];
      for (let i = 0; i < s.u32.length; i++) got.push(mt.nextUint32());
      expect(got).toEqual(s.u32);
    }
  });

  it('MT19937 legacy-seeded raw 32-bit outputs match NumPy', () => {
    for (const s of golden.raw.mt19937_u32 as Json[]) {
      const mt = new MT19937();
      mt.seed(s.seed);
      const got: number[] = [];
      for (let i = 0; i < s.u32.length; i++) got.push(mt.nextUint32());
      expect(got).toEqual(s.u32);
    }
  });

  it('PCG64.advance jumps the stream', () => {
    const a = new PCG64(3);
    const b = new PCG64(3);
    for (let i = 0; i < 1000; i++) a.nextUint64();
    b.advance(1000);
    a.nextUint64();
    b.nextUint64();
    expect([b.hi, b.lo]).toEqual([a.hi, a.lo]);
  });

  it('glibc-exact log on landmarks', () => {
    expect(glibcLog(1)).toBe(0);
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(0.5)).toBe(-0.6931471805599453);
    expect(glibcLog(Math.E)).toBe(1);
    expect(glibcLog(5e-324)).toBe(-744.4400719213812);
  });
});

describe('np.random API shape', () => {
  it('sizes: undefined gives a number, numbers and lists give arrays', () => {
    random.seed(0);
    expect(typeof random.random()).toBe('number');
    expect((random.random(3) as NDArray).shape).toEqual([3]);
    expect((random.random([2, 3]) as NDArray).shape).toEqual([2, 3]);
    expect((random.random({ size: [1, 2] }) as NDArray).shape).toEqual([1, 2]);
    expect((random.rand(2, 3) as NDArray).shape).toEqual([2, 3]);
    expect((random.random([]) as NDArray).shape).toEqual([]);
    expect(typeof random.randint(10)).toBe('number');
    expect(typeof random.choice(5)).toBe('number');
    expect(typeof random.choice([1.5, 2.5])).toBe('number');
    expect(typeof random.randint(2, { dtype: 'bool' })).toBe('boolean');
    expect((random.randint(0, 5, { size: 0 }) as NDArray).shape).toEqual([0]);
  });

  it('shuffle works in place on views and plain arrays', () => {
    const base = fromTypedArray(Float64Array.from({ length: 12 }, (_, i) => i), [12], 'int64');
    const view = new NDArray(base.data, 'int64', [6], [2], 0, base); // base[::2]
    new RandomState(0).shuffle(view);
    const expected = fromTypedArray(Float64Array.from([0, 2, 4, 6, 8, 10]), [6], 'int64');
    new RandomState(0).shuffle(expected);
    expect(flat(view)).toEqual(flat(expected));
    expect(flat(base).filter((_, i) => i % 2 === 1)).toEqual([1, 3, 5, 7, 9, 11]);
    const list = [1, 2, 3, 4, 5];
    new RandomState(0).shuffle(list);
    const ref = fromTypedArray(Float64Array.from([1, 2, 3, 4, 5]), [5], 'int64');
    new RandomState(0).shuffle(ref);
    expect(list).toEqual(flat(ref));
  });

  it('Generator and RandomState are exported classes; default_rng passes Generators through', () => {
    const g = default_rng(1);
    expect(g).toBeInstanceOf(Generator);
    expect(default_rng(g)).toBe(g);
    expect(new Generator(new PCG64(42)).random()).toBe(0.7739560485559633);
    expect(random.default_rng).toBe(default_rng);
    expect(random.RandomState).toBe(RandomState);
    expect(random.Generator).toBe(Generator);
  });

  it('get_state / set_state replays the legacy stream', () => {
    random.seed(11);
    random.randn();
    const st = random.get_state();
    const a = random.randn(5) as NDArray;
    random.set_state(st);
    expect(flat(random.randn(5) as NDArray)).toEqual(flat(a));
  });

  it('options: unknown keyword and too many positionals are TypeErrors', () => {
    expect(() => random.randint(0, 10, { sise: 3 })).toThrow("randint() got an unexpected keyword argument 'sise'");
    expect(() => random.random(1, 2)).toThrow('random() takes at most 1 positional arguments (2 given)');
  });
});

// The repo's copy of the shared conformance corpus (test/conformance/README.md).
const CONFORMANCE = fileURLToPath(new URL('../conformance/public.jsonl', import.meta.url));

describe('conformance cases (rand.*, rng.*)', () => {
  const lines = readFileSync(CONFORMANCE, 'utf8').split('\n').filter(Boolean);
  const cases = lines.map((l) => JSON.parse(l)).filter((c) => /^(rand|rng)\./.test(c.id));
  const np = {
    random,
    array: (x: number[]) => fromTypedArray(Float64Array.from(x), [x.length], 'int64'),
    arange: (n: number) => fromTypedArray(Float64Array.from({ length: n }, (_, i) => i), [n], 'int64'),
  };
  for (const c of cases) {
    it(c.id, () => {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const got = new Function('np', `${c.setup}\nreturn (${c.expr});`)(np);
      const e = c.expect;
      if (e.kind === 'number') expect(got).toBe(e.value);
      else check(got, { dtype: e.dtype, shape: e.shape, data: e.data }, c.id);
    });
  }
});
