/**
 * np.polynomial.Polynomial and np.polynomial.polynomial against NumPy 2.4
 * (test/goldens/polynomial_class.json, made by test/goldens/make_polynomial_goldens.py):
 * printing (str, ascii, repr) byte for byte, values, fits, conversions, errors.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { np } from '../../runtime';
import { Polynomial as P } from '../../runtime/polynomial/polynomial';

const golden = JSON.parse(readFileSync(new URL('../goldens/polynomial_class.json', import.meta.url), 'utf8'));
const pp = np.polynomial.polynomial;
const x = np.linspace(0, 10, 21);
const y = np.add(np.add(np.subtract(np.multiply(x, 0.5), np.multiply(np.square(x), 0.2)), 3), np.sin(x));
const f64 = (v: number[]) => np.array(v, { dtype: 'float64' });

const printed: Record<string, () => P> = {
  basic: () => new P([1, 2, 3]),
  neg_small: () => new P([0, -1.5, 1e-9]),
  big: () => new P([1e10, 2, 0.5]),
  nonfinite: () => new P([NaN, Infinity, -2]),
  zero: () => new P([0]),
  wide: () => new P(np.arange(1, 22)),
  domain_shift: () => new P([1, 2, 3], [0, 2]),
  window_same: () => new P([1, 2], [1, 3], [1, 3]),
  scale_only: () => new P([1, 2], { domain: [0, 1], window: [0, 2] }),
  fit: () => P.fit(x, y, 3),
  fit_converted: () => P.fit(x, y, 3).convert(),
  symbol: () => new P([1, -2, 0.25], { symbol: 't' }),
  product: () => new P([1, 2, 3]).__mul__(new P([1, -1])),
  power: () => new P([1, 1]).__pow__(5),
  deriv: () => new P([1, 2, 3, 4]).deriv(),
  deriv2_domain: () => new P([1, 2, 3, 4], [0, 4]).deriv(2),
  integ: () => new P([1, 2, 3]).integ(),
  integ_k_lbnd: () => new P([1, 2, 3]).integ(2, [1, 2], 1),
  fromroots: () => P.fromroots([1, 2, -3]),
  identity_domain: () => P.identity({ domain: [0, 10] }),
  basis: () => P.basis(3),
  sub_scalar: () => new P([1, 2]).__sub__(3),
  rsub_scalar: () => new P([1, 2]).__rsub__(3),
  div_scalar: () => new P([2, 4, 6]).__truediv__(2),
  floordiv: () => new P([1, 2, 1]).__floordiv__(new P([1, 1])),
  mod: () => new P([1, 2, 2]).__mod__(new P([1, 1])),
  trim: () => new P([1, 2, 1e-12, 1e-14]).trim(1e-10),
  cutdeg: () => new P([1, 2, 3, 4]).cutdeg(1),
  compose: () => new P([1, 2, 3]).call(new P([0, 2])),
};

afterEach(() => np.polynomial.set_default_printstyle('unicode'));

describe('Polynomial prints as NumPy', () => {
  it('covers every golden case', () => {
    expect(Object.keys(printed).sort()).toEqual(Object.keys(golden.printed).sort());
  });
  for (const [name, make] of Object.entries(printed)) {
    it(name, () => {
      const p = make();
      const want = golden.printed[name];
      expect(String(p)).toBe(want.str);
      expect(p.format('ascii')).toBe(want.ascii);
      expect(p.__repr__()).toBe(want.repr);
    });
  }
  it('set_default_printstyle switches str to ascii', () => {
    np.polynomial.set_default_printstyle('ascii');
    expect(String(new P([1, 2, 3]))).toBe(golden.printed.basic.ascii);
  });
});

const close = (got: unknown, want: unknown) => {
  const g = np.array(got as number[]);
  const w = np.array(want as number[]);
  expect(g.shape).toEqual(w.shape);
  expect(np.allclose(g, w, { rtol: 1e-12, atol: 1e-12 })).toBe(true);
};

describe('Polynomial values, fits and the np.polynomial.polynomial functions', () => {
  const v = golden.values;
  it('evaluates at numbers and arrays, through the domain', () => {
    expect(new P([1, 2, 3]).call(2)).toBe(v.call_scalar);
    close((new P([1, 2, 3]).call(f64([0.5, -1, 3])) as any).tolist(), v.call_array);
    close((new P([1, 2, 3], [0, 2]).call(f64([0, 1, 2])) as any).tolist(), v.call_domain);
  });
  it('fits as NumPy (scaled domain, weights), and linspace samples the domain', () => {
    close(P.fit(x, y, 3).call(x).tolist(), v.fit_values);
    close(P.fit(x, y, 2, { w: np.linspace(1, 2, 21) }).convert().coef.tolist(), v.fit_weighted);
    const [lx, ly] = new P([1, 0, -1], [0, 2]).linspace(5);
    close(lx.tolist(), v.linspace[0]);
    close(ly.tolist(), v.linspace[1]);
  });
  it('np.polynomial.polynomial functions', () => {
    close(pp.polyfit(x, y, 3).tolist(), v.pp_polyfit);
    close((pp.polyval(f64([1.5, 2.5]), [1, -2, 3]) as any).tolist(), v.pp_polyval);
    close(pp.polyder([1, 2, 3, 4], 2, 3).tolist(), v.pp_polyder);
    close(pp.polyint([1, 2, 3], 2, { k: [1, 2], lbnd: -1, scl: 2 }).tolist(), v.pp_polyint);
    const [q, r] = pp.polydiv([1, 2, 3, 4], [1, 1]);
    close(q.tolist(), v.pp_polydiv[0]);
    close(r.tolist(), v.pp_polydiv[1]);
    close(pp.polyfromroots([3, -1, 0.5]).tolist(), v.pp_polyfromroots);
    close(pp.polyvander([1, 2, 3], 3).tolist(), v.pp_polyvander);
    close(pp.polypow([1, 2], 3).tolist(), v.pp_polypow);
    close(pp.polymulx([1, 2]).tolist(), v.pp_polymulx);
  });
  it('equality and degree', () => {
    expect([
      new P([1, 2]).__eq__(new P([1, 2])),
      new P([1, 2]).__eq__(new P([1, 2], [0, 1])),
      new P([1, 2]).__eq__(new P([1, 2.5])),
    ]).toEqual(v.eq);
    expect(new P([1, 2, 3, 0]).degree()).toBe(v.degree);
  });
  it('an exact polynomial fitted back from its own samples', () => {
    const xs = np.linspace(-3, 7, 30);
    const p = new P([2, -1, 0.5, 0.25]);
    const fitted = P.fit(xs, p.call(xs), 3).convert();
    expect(np.allclose(fitted.coef, p.coef, { rtol: 1e-10, atol: 1e-10 })).toBe(true);
  });
});

describe("Polynomial's errors are NumPy's", () => {
  const errs: Record<string, () => unknown> = {
    domains_differ: () => new P([1]).__add__(new P([1], [0, 1])),
    bad_domain: () => new P([1], [0, 1, 2]),
    bad_symbol: () => new P([1], { symbol: '1x' }),
    truediv_poly: () => new P([1]).__truediv__(new P([1])),
    pow_negative: () => new P([1, 1]).__pow__(-1),
    pow_large: () => new P([1, 1]).__pow__(101),
    empty: () => new P([]),
    fit_deg: () => P.fit([1, 2], [1, 2], -1),
    fit_lengths: () => P.fit([1, 2, 3], [1, 2], 1),
  };
  for (const [name, fn] of Object.entries(errs)) {
    it(name, () => {
      const want = golden.errors[name];
      expect(fn).toThrow(expect.objectContaining({ name: want.type, message: want.message }));
    });
  }
});
