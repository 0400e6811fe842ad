/**
 * np.fft's array API against NumPy (test/goldens/fft.json): values, dtypes, shapes and
 * printed text of every function with n/axis/s/axes/norm, the frequency helpers, errors.
 */
import { describe, expect, it } from 'vitest';
import { np } from '../../../runtime/index';
import { complexParts } from '../../../runtime/complex/parts';
import { loadGolden } from '../golden';

interface Res { dtype: string; shape: number[]; re: number[]; im: number[]; repr: string }
interface Call { fn: string; x: { dtype: string; shape: number[]; data: number[] }; args: unknown[]; opts: Record<string, unknown>; out: Res }
const G = loadGolden<{ api: Call[]; freqs: { fn: string; n: number; d: number; out: Res }[]; errors: { label: string; type: string; msg: string }[] }>('fft.json');

function check(got: any, want: Res, rtol: number): void {
  expect(got.dtype).toBe(want.dtype);
  expect(got.shape).toEqual(want.shape);
  const { re, im } = complexParts(got);
  let mx = 0;
  for (let i = 0; i < want.re.length; i++) mx = Math.max(mx, Math.hypot(want.re[i], want.im[i]));
  for (let i = 0; i < want.re.length; i++) {
    expect(Math.abs(re[i] - want.re[i]), `re[${i}]`).toBeLessThanOrEqual(rtol * mx);
    expect(Math.abs(im[i] - want.im[i]), `im[${i}]`).toBeLessThanOrEqual(rtol * mx);
  }
}

describe('np.fft API vs NumPy', () => {
  for (const c of G.api) {
    const label = `${c.fn}(${c.x.dtype}${JSON.stringify(c.x.shape)}, ${JSON.stringify(c.args)}, ${JSON.stringify(c.opts)})`;
    it(label, () => {
      const x = np.array(c.x.data, { dtype: c.x.dtype as any }).reshape(c.x.shape);
      const args = Object.keys(c.opts).length ? [...c.args, c.opts] : c.args;
      const got = (np.fft as any)[c.fn](x, ...args);
      const single = c.out.dtype === 'complex64' || c.out.dtype === 'float32';
      check(got, c.out, single ? 1e-6 : 1e-14);
      if (!single) expect(np.array_repr(got)).toBe(c.out.repr);
    });
  }
  for (const f of G.freqs) {
    it(`${f.fn}(${f.n}, ${f.d})`, () => {
      const got = (np.fft as any)[f.fn](f.n, f.d);
      check(got, f.out, 0);
      expect(np.array_repr(got)).toBe(f.out.repr);
      expect(np.array_repr((np.fft as any)[f.fn](f.n, { d: f.d }))).toBe(f.out.repr);
    });
  }
});

describe('np.fft errors as NumPy', () => {
  const calls: Record<string, () => unknown> = {
    'n=0': () => np.fft.fft([1, 2], { n: 0 }),
    empty: () => np.fft.fft([]),
    norm: () => np.fft.fft([1, 2], { norm: 'x' as any }),
    axis: () => np.fft.fft(np.ones([2, 3]), { axis: 2 }),
    'irfft 1': () => np.fft.irfft([1]),
    'n=2.5': () => np.fft.fft([1, 2, 3], { n: 2.5 }),
    's/axes': () => np.fft.fftn(np.ones([2, 2]), { s: [2], axes: [0, 1] }),
  };
  for (const e of G.errors) {
    it(e.label, () => {
      let err: any = null;
      try { calls[e.label](); } catch (x) { err = x; }
      expect(err?.name).toBe(e.type);
      expect(err?.message).toBe(e.msg);
    });
  }
});

describe('np.fft properties', () => {
  it('ifft(fft(x)) = x along any axis, and irfftn(rfftn(x), s) = x', () => {
    const x = np.random.default_rng(3).random([3, 5, 6]);
    const back = np.fft.ifft(np.fft.fft(x, { axis: 1 }), { axis: 1 });
    expect(np.allclose(np.real(back), x, { rtol: 0, atol: 1e-15 })).toBe(true);
    const r = np.fft.irfftn(np.fft.rfftn(x), [3, 5, 6], [0, 1, 2]);
    expect(np.allclose(r, x, { rtol: 0, atol: 1e-15 })).toBe(true);
  });
  it('Parseval with norm ortho', () => {
    const x = np.random.default_rng(4).random(1000);
    const X = np.fft.fft(x, { norm: 'ortho' });
    const ex = x.mul(x).sum() as number, eX = (np.abs(X) as any).pow(2).sum() as number;
    expect(Math.abs(ex - eX) / ex).toBeLessThan(1e-13);
  });
});
