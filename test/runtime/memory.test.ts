/**
 * Memory layout against NumPy (test/goldens/breadth.json's `memory`, from
 * make_breadth_goldens.py): which views of one array share memory (exactly and by bounds),
 * a.flags, np.require, np.isfortran, plus np.iterable, np.apply_over_axes, np.fromiter and
 * a.mT.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { np } from '../../runtime';
import { fromGolden } from './golden';

const ndFromJson = (v: { nd: Parameters<typeof fromGolden>[0] }) => fromGolden(v.nd);

const golden = JSON.parse(readFileSync(new URL('../goldens/breadth.json', import.meta.url), 'utf8')).memory;
const base = np.arange(24).reshape(4, 6);
const views = (golden.views as string[]).map((v) => base.get(v));
const FLAGS = ['C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA'] as const;

describe('views and their memory', () => {
  it('np.shares_memory is exact for every pair of views', () => {
    const got = views.map((x) => views.map((y) => np.shares_memory(x, y)));
    expect(got).toEqual(golden.shares);
  });
  it('np.may_share_memory compares bounds', () => {
    const got = views.map((x) => views.map((y) => np.may_share_memory(x, y)));
    expect(got).toEqual(golden.may_share);
  });
  it('a.flags names the layout, and prints as NumPy', () => {
    expect(views.map((v) => FLAGS.map((k) => v.flags[k]))).toEqual(golden.flags);
    expect(String(base.get(':, ::2').flags)).toBe(golden.flags_repr);
    expect(base.T.flags.f_contiguous && base.T.flags.fnc).toBe(true);
  });
  it('np.require, np.asfortranarray and np.isfortran', () => {
    const c = np.require(base.T, { requirements: ['C'] });
    expect([c.flags.C_CONTIGUOUS, c.flags.F_CONTIGUOUS]).toEqual(golden.require_C_of_T);
    const fo = np.require(base, null, 'FO');
    expect(FLAGS.map((k) => fo.flags[k])).toEqual(golden.require_FO);
    expect(np.array_equal(fo, base)).toBe(true);
    expect([np.isfortran(base), np.isfortran(base.T), np.isfortran(np.asfortranarray(base))]).toEqual(golden.isfortran);
    expect(() => np.require(base, null, 'CF')).toThrow('Cannot specify both "C" and "F" order');
  });
  it('a.mT swaps the last two axes as a view', () => {
    const s = np.arange(24).reshape(2, 3, 4);
    expect(s.mT.shape).toEqual([2, 4, 3]);
    expect(np.shares_memory(s, s.mT)).toBe(true);
    expect(s.mT.get(1, 2, 0)).toBe(s.get(1, 0, 2));
  });
});

describe('np.iterable, np.apply_over_axes, np.fromiter', () => {
  it('iterable', () => {
    expect([[1], np.array(1), 2, 'ab', np.arange(2), null].map((v) => np.iterable(v))).toEqual(golden.iterable);
  });
  it('apply_over_axes keeps the reduced axes', () => {
    const r = np.apply_over_axes((a, axis) => np.sum(a, axis), np.arange(24).reshape(2, 3, 4), [0, 2]);
    expect(np.array_equal(r, ndFromJson(golden.apply_over_axes))).toBe(true);
    const m = np.apply_over_axes((a, axis) => np.mean(a, axis), np.arange(24, { dtype: 'float64' }).reshape(2, 3, 4), -1);
    expect(np.array_equal(m, ndFromJson(golden.apply_over_axes_neg))).toBe(true);
    expect(m.shape).toEqual(golden.apply_over_axes_neg.nd.shape);
  });
  it('fromiter reads a generator, stops at count, converts to the dtype', () => {
    function* squares() {
      for (let x = 0; ; x++) yield x * x;
    }
    const a = np.fromiter(squares(), 'int64', 3);
    expect(a.dtype).toBe('int64');
    expect(a.tolist()).toEqual(ndFromJson(golden.fromiter).tolist());
    const b = np.fromiter([1.5, 2, -3.7][Symbol.iterator](), { dtype: 'int8' });
    expect([b.dtype, b.tolist()]).toEqual([golden.fromiter_int8.nd.dtype, ndFromJson(golden.fromiter_int8).tolist()]);
    expect(() => np.fromiter([1, 2], 'int64', 5)).toThrow(golden.fromiter_short);
  });
});

describe('complex arrays and their real and imaginary views', () => {
  const cbase = np.multiply(np.arange(12).reshape(3, 4), np.complex(1, 2));
  const cview = ([v, part]: [string, string | null]) => {
    const x = cbase.get(v);
    return part === 'real' ? np.real(x) : part === 'imag' ? np.imag(x) : x;
  };
  const cviews = (golden.complex_views as [string, string | null][]).map(cview);
  it('strides in bytes as NumPy', () => {
    expect(cviews.map((v) => v.strides)).toEqual(golden.complex_strides);
  });
  it('np.shares_memory tells the real part from the imaginary part', () => {
    expect(cviews.map((x) => cviews.map((y) => np.shares_memory(x, y)))).toEqual(golden.complex_shares);
  });
});
