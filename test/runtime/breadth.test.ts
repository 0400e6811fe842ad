/**
 * Issue 16 item 6 ("the rest users reach for") against NumPy's own results: every case of
 * test/goldens/breadth.json (made by test/goldens/make_breadth_goldens.py with NumPy 2.4)
 * must give the same dtype, shape and values (bit for bit, zero signs included, unless the
 * case sets a tolerance: geomspace and the windows call libm's pow/cos/exp), or the same
 * error class and message. The sweep of diagonal offsets k over square and non-square
 * shapes covers triu, tril, their indices, eye, tri, diag and diagflat. Then properties
 * (ravel_multi_index inverts unravel_index; take_along_axis with argsort sorts) and the
 * functions that take callbacks (apply_along_axis, vectorize).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { np, NDArray } from '../../runtime/index';
import { check, decode } from './stats-goldens';

interface Case { fn: string; args: unknown[]; kwargs: Record<string, unknown>; expect: any; tol?: number; inplace?: boolean }
const goldens: { numpy: string; cases: Case[] } = JSON.parse(readFileSync(new URL('../goldens/breadth.json', import.meta.url), 'utf8'));

function run(c: Case): string | null {
  const args = c.args.map(decode);
  const fn = (np as any)[c.fn];
  if (typeof fn !== 'function') return `np.${c.fn} is missing`;
  const call = () => (Object.keys(c.kwargs).length ? fn(...args, decode(c.kwargs)) : fn(...args));
  if ('error' in c.expect) {
    try {
      const v = call();
      return `expected ${c.expect.error} but got ${String(v)}`;
    } catch (e) {
      const err = e as Error;
      const name = err.name === 'UFuncTypeError' ? 'TypeError' : err.name;
      if (name !== c.expect.error) return `threw ${err.name}: ${err.message}; expected ${c.expect.error}: ${c.expect.message}`;
      return err.message === c.expect.message ? null : `message ${JSON.stringify(err.message)}, expected ${JSON.stringify(c.expect.message)}`;
    }
  }
  let got: unknown;
  try {
    got = call();
  } catch (e) {
    return `threw ${(e as Error).name}: ${(e as Error).message}`;
  }
  return check(c.inplace ? args[0] : got, c.expect, c.tol ?? 0);
}

describe('breadth goldens (NumPy ' + goldens.numpy + ')', () => {
  const byFn = new Map<string, Case[]>();
  for (const c of goldens.cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  for (const [fn, cs] of byFn) {
    it(`np.${fn} matches NumPy (${cs.length} cases)`, () => {
      const failures = cs
        .map((c) => [c, run(c)] as const)
        .filter(([, r]) => r !== null)
        .map(([c, r]) => `${c.fn}(${JSON.stringify(c.args).slice(0, 100)}, ${JSON.stringify(c.kwargs)}): ${r}`);
      expect(failures).toEqual([]);
    });
  }
});

describe('breadth: properties', () => {
  const shapes = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 });

  it('ravel_multi_index inverts unravel_index (C and F order)', () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom('C', 'F'), fc.nat(), (shape, order, seed) => {
        const size = shape.reduce((p, n) => p * n, 1);
        const flat = np.array(Array.from({ length: 7 }, (_, i) => (seed + i * 31) % size));
        const multi = np.unravel_index(flat, shape, { order: order as 'C' | 'F' }) as NDArray[];
        const back = np.ravel_multi_index(multi, shape, { order: order as 'C' | 'F' }) as NDArray;
        expect(back.tolist()).toEqual(flat.tolist());
      }),
      { numRuns: 60 },
    );
  });

  it('take_along_axis with argsort sorts along every axis', () => {
    fc.assert(
      fc.property(shapes, fc.nat(), (shape, seed) => {
        const size = shape.reduce((p, n) => p * n, 1);
        const a = np.array(Array.from({ length: size }, (_, i) => ((seed + i * 7919) % 101) - 50)).reshape(shape);
        for (let axis = -shape.length; axis < shape.length; axis++) {
          const got = np.take_along_axis(a, np.argsort(a, axis), axis);
          expect(got.tolist()).toEqual(np.sort(a, axis).tolist());
        }
      }),
      { numRuns: 40 },
    );
  });

  it('put_along_axis writes where take_along_axis reads', () => {
    const a = np.arange(12).reshape(3, 4);
    const idx = np.argmax(a, { axis: 1, keepdims: true }) as NDArray;
    np.put_along_axis(a, idx, -1, 1);
    expect((np.take_along_axis(a, idx, 1) as NDArray).tolist()).toEqual([[-1], [-1], [-1]]);
  });

  it('triu + tril - diag gives the array back, for every k', () => {
    const a = np.arange(1, 21).reshape(4, 5);
    for (let k = -5; k <= 5; k++) {
      const s = np.add(np.triu(a, k), np.tril(a, k - 1));
      expect(s.tolist()).toEqual(a.tolist());
      const [r, c] = np.triu_indices(4, k, 5);
      const mask = np.zeros([4, 5], { dtype: 'bool' });
      mask.set(r, c, true);
      expect(np.where(mask, a, 0).tolist()).toEqual(np.triu(a, k).tolist());
    }
  });

  it('mask_indices(n, np.triu, k) is triu_indices(n, k); histogramdd of two columns is histogram2d', () => {
    for (let k = -3; k <= 3; k++) {
      const [r, c] = np.mask_indices(4, np.triu, k);
      const [r2, c2] = np.triu_indices(4, k);
      expect([r.tolist(), c.tolist()]).toEqual([r2.tolist(), c2.tolist()]);
    }
    const x = np.array([0.5, 1.5, 2.5, 2.5, 0.1], { dtype: 'float64' });
    const y = np.array([1, 3, 2, 2, 0]);
    const [H2] = np.histogram2d(x, y, { bins: [3, 2] });
    const [Hd, edges] = np.histogramdd([x, y], { bins: [3, 2] });
    expect(Hd.tolist()).toEqual(H2.tolist());
    expect(edges.length).toBe(2);
  });

  it('ix_ picks the cross product', () => {
    const a = np.arange(10).reshape(2, 5);
    expect(a.get(...np.ix_([0, 1], [2, 4])).tolist()).toEqual([[2, 4], [7, 9]]);
  });
});

describe('breadth: methods and callbacks', () => {
  it('a.take and a.put are the functions', () => {
    const a = np.arange(6).reshape(2, 3);
    expect(a.take([0, 2], { axis: 1 }).tolist()).toEqual([[0, 2], [3, 5]]);
    expect(a.take(4)).toBe(4);
    a.put([0, 5], [-1, -2]);
    expect(a.tolist()).toEqual([[-1, 1, 2], [3, 4, -2]]);
  });

  it('works on strided views as on their copies (and writes through views)', () => {
    const base = np.arange(24).reshape(4, 6);
    const v = base.get('::2, ::-2').T; // shape [3, 2], no contiguous layout
    const c = v.copy();
    expect(np.take(v, [0, 5, 3]).tolist()).toEqual(np.take(c, [0, 5, 3]).tolist());
    expect(np.triu(v, -1).tolist()).toEqual(np.triu(c, -1).tolist());
    expect(np.take_along_axis(v, np.argsort(v, 0), 0).tolist()).toEqual(np.sort(c, 0).tolist());
    np.put_along_axis(v, np.array([0, 5]), -7, null);
    np.put_along_axis(c, np.array([0, 5]), -7, null);
    expect(v.tolist()).toEqual(c.tolist());
    np.fill_diagonal(v, 100);
    np.fill_diagonal(c, 100);
    expect(v.tolist()).toEqual(c.tolist());
    np.put(v, [1], 55);
    expect(base.get(2, 5)).toBe(55); // v[0, 1] is base[2, 5]
  });

  it('apply_along_axis stacks results where the axis was (NumPy docs examples)', () => {
    const b = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const mid = (a: NDArray) => np.divide(np.add(a.get(0), a.get(-1)), 2);
    // NumPy: float64 [4., 5., 6.]. JS numbers carry no dtype: whole results give int64,
    // and one fractional result makes them all float64 (never truncated).
    const r0 = np.apply_along_axis(mid, 0, b);
    expect([r0.dtype, r0.tolist()]).toEqual(['int64', [4, 5, 6]]);
    const r1 = np.apply_along_axis(mid, 0, np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]]));
    expect([r1.dtype, r1.tolist()]).toEqual(['float64', [4, 5, 6.5]]);
    expect(np.apply_along_axis(mid, 1, b).tolist()).toEqual([2, 5, 8]);
    const f32 = np.apply_along_axis((r: NDArray) => r.astype('float32').get('1:'), 1, b);
    expect([f32.dtype, f32.shape]).toEqual(['float32', [3, 2]]);
    const sorted = np.apply_along_axis((r: NDArray) => np.sort(r).get('::-1'), 0, np.array([[8, 1, 7], [4, 3, 9], [5, 2, 6]]));
    expect(sorted.tolist()).toEqual([[8, 3, 9], [5, 2, 7], [4, 1, 6]]);
    const diag = np.apply_along_axis((r: NDArray) => np.diag(r), -1, b);
    expect(diag.shape).toEqual([3, 3, 3]);
    expect(diag.get(1).tolist()).toEqual([[4, 0, 0], [0, 5, 0], [0, 0, 6]]);
    expect(() => np.apply_along_axis((r: NDArray) => r, 0, np.zeros([2, 0]))).toThrow('Cannot apply_along_axis when any iteration dimensions are 0');
  });

  it('vectorize broadcasts a scalar function (NumPy docs example)', () => {
    const vf = np.vectorize((a: number, b: number) => (a > b ? a - b : a + b));
    const r = vf(np.array([1, 2, 3, 4]), 2);
    expect(r.dtype).toBe('int64');
    expect(r.tolist()).toEqual([3, 4, 1, 2]);
    const f = np.vectorize((a: number, b: number) => a / b, { otypes: ['float32'] });
    const g = f(np.array([[1], [2]]), np.array([2, 4]));
    expect(g.dtype).toBe('float32');
    expect(g.tolist()).toEqual([[0.5, 0.25], [1, 0.5]]);
    expect(np.vectorize((x: number) => x > 1)(np.array([1, 2])).dtype).toBe('bool');
    expect(np.vectorize((x: number) => x / 2)(np.array([0, 1])).dtype).toBe('float64');
    const ex = np.vectorize((p: number[], x: number) => p[0] * x + p[1], { excluded: [0] });
    expect(ex([2, 1], np.array([0, 1, 2])).tolist()).toEqual([1, 3, 5]);
  });
});

describe('poly1d against NumPy (str, repr, order, call, deriv, integ)', () => {
  const cases: { coeffs: unknown; variable: string | null; str: string; repr: string; order: number; at: unknown; deriv: unknown; integ: unknown }[] =
    (goldens as unknown as { poly1d: never[] }).poly1d;
  it(`prints and computes as NumPy (${cases.length} polynomials)`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const p = np.poly1d(decode(c.coeffs) as NDArray, false, c.variable);
      const got = { str: String(p), repr: p.__repr__(), order: p.order };
      const want = { str: c.str, repr: c.repr, order: c.order };
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${c.repr}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      for (const [what, v, e] of [['call', p.call(1.5), c.at], ['deriv', p.deriv().coeffs, c.deriv], ['integ', p.integ().coeffs, c.integ]] as const) {
        const r = check(v, e, 1e-15);
        if (r) failures.push(`${c.repr}.${what}: ${r}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
