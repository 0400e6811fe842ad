/**
 * np.polynomial's Chebyshev, Legendre, Laguerre, Hermite and HermiteE classes and the
 * cheb* / leg* / lag* / herm* / herme* module functions against NumPy 2.4
 * (test/goldens/polybases.json, made by test/goldens/make_polybases_goldens.py): printing
 * byte for byte, values, fits, conversions between kinds, quadratures and errors.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { np } from '../../runtime';
import type { ABCPolyBase } from '../../runtime/polynomial/polybase';

const golden = JSON.parse(readFileSync(new URL('../goldens/polybases.json', import.meta.url), 'utf8'));
const npp = np.polynomial;
const P = npp.Polynomial;
const x = np.linspace(0, 10, 21);
const y = np.add(np.add(np.subtract(np.multiply(x, 0.5), np.multiply(np.square(x), 0.2)), 3), np.sin(x));
const f64 = (v: number[]) => np.array(v, { dtype: 'float64' });

const CLASSES = { Chebyshev: npp.Chebyshev, Legendre: npp.Legendre, Laguerre: npp.Laguerre, Hermite: npp.Hermite, HermiteE: npp.HermiteE };

function printedCases(K: (typeof CLASSES)[keyof typeof CLASSES]): Record<string, () => ABCPolyBase> {
  return {
    basic: () => new K([1, 2, 3]),
    neg_small: () => new K([0, -1.5, 1e-9]),
    wide: () => new K(np.arange(1, 16)),
    domain_shift: () => new K([1, 2, 3], [0, 2]),
    symbol: () => new K([1, -2, 0.25], { symbol: 't' }),
    fit: () => K.fit(x, y, 3),
    product: () => new K([1, 2, 3]).__mul__(new K([1, -1])),
    power: () => new K([1, 1]).__pow__(3),
    deriv: () => new K([1, 2, 3, 4]).deriv(),
    deriv2_domain: () => new K([1, 2, 3, 4], [0, 4]).deriv(2),
    integ: () => new K([1, 2, 3]).integ(),
    integ_k_lbnd: () => new K([1, 2, 3]).integ(2, [1, 2], 1),
    fromroots: () => K.fromroots([1, 2, -3]),
    identity_domain: () => K.identity({ domain: [0, 10] }),
    basis: () => K.basis(3),
    sub_scalar: () => new K([1, 2]).__sub__(3),
    rsub_scalar: () => new K([1, 2]).__rsub__(3),
    rmul_scalar: () => new K([1, 2]).__rmul__(2),
    div_scalar: () => new K([2, 4, 6]).__truediv__(2),
    floordiv: () => new K([1, 2, 1, 3]).__floordiv__(new K([1, 1])),
    mod: () => new K([1, 2, 2, 3]).__mod__(new K([1, 1])),
    compose: () => new K([1, 2, 3]).call(new K([0.5, 2])),
    to_poly: () => new K([1, 2, 3]).convert({ kind: P }),
    from_poly: () => new P([1, 2, 3]).convert({ kind: K }),
    cast_domain: () => K.cast(new P([1, 2, 3], [0, 2])),
    fit_to_poly: () => K.fit(x, y, 3).convert({ kind: P }),
    to_legendre: () => new K([1, 2, 3]).convert({ kind: npp.Legendre }),
    convert_domain: () => new K([1, 2, 3]).convert({ domain: [0, 4] }),
  };
}

afterEach(() => npp.set_default_printstyle('unicode'));

/** Roots against NumPy's: the same dtype (float64 when all real, complex128 otherwise) and values. */
const sameRoots = (got: any, want: { dtype: string; re: number[]; im: number[] }, rtol = 1e-10) => {
  expect(got.dtype).toBe(want.dtype);
  close((np as any).real(got).tolist(), want.re, rtol);
  close((np as any).imag(got).tolist(), want.im, rtol);
};

const close = (got: unknown, want: unknown, rtol = 1e-12) => {
  const g = np.array(got as number[]);
  const w = np.array(want as number[]);
  expect(g.shape).toEqual(w.shape);
  expect(np.allclose(g, w, { rtol, atol: rtol })).toBe(true);
};

for (const [name, K] of Object.entries(CLASSES)) {
  describe(`${name} prints as NumPy`, () => {
    const cases = printedCases(K);
    it('covers every golden case', () => {
      expect(Object.keys(cases).sort()).toEqual(Object.keys(golden.printed[name]).sort());
    });
    for (const [c, make] of Object.entries(cases)) {
      it(c, () => {
        const p = make();
        const want = golden.printed[name][c];
        expect(String(p)).toBe(want.str);
        expect(p.format('ascii')).toBe(want.ascii);
        expect(p.__repr__()).toBe(want.repr);
        expect(p._repr_latex_()).toBe(want.latex);
      });
    }
  });

  describe(`${name} values and fits`, () => {
    const v = golden.values[name];
    it('evaluates at numbers and arrays, through the domain', () => {
      close((new K([1, 2, 3]).call(f64([0.5, -1, 3])) as any).tolist(), v.call_array);
      close((new K([1, 2, 3], [0, 2]).call(f64([0, 1, 2])) as any).tolist(), v.call_domain);
      const s = new K([1, -2, 3, 0.5]).call(0.3);
      expect(typeof s).toBe('number');
      close([s], [v.call_scalar]);
    });
    it('fits (degree 5 over the data domain, weights) and samples with linspace', () => {
      close(K.fit(x, y, 5).call(x).tolist(), v.fit_values, 1e-10);
      close(K.fit(x, y, 2, { w: np.linspace(1, 2, 21) }).convert({ kind: P }).coef.tolist(), v.fit_weighted, 1e-10);
      const [lx, ly] = new K([1, 0, -1], [0, 2]).linspace(5);
      close(lx.tolist(), v.linspace[0]);
      close(ly.tolist(), v.linspace[1]);
    });
    it('roots, mapped to the domain, sorted, complex when need be', () => {
      const rs = [K.fromroots([1, 2, -3]).roots(), new K([1, 2, 3, 4]).roots(), new K([1, 2, 3], [0, 2]).roots(), K.fit(x, y, 3).roots(), new K([1, 2, 3, 0]).roots(), new K([2]).roots()];
      rs.forEach((r, i) => sameRoots(r, v.roots[i]));
    });
    it('fits chosen degrees only, and full gives the rank', () => {
      close(K.fit(x, y, [1, 3]).coef.tolist(), v.fit_degs, 1e-10);
      const [series, info] = K.fit(x, y, 4, { full: true });
      expect(series.degree()).toBe(4);
      expect(info[1]).toBe(v.fit_full_rank);
    });
    it('equality needs the same class, domain and coefficients', () => {
      expect([new K([1, 2]).__eq__(new K([1, 2])), new K([1, 2]).__eq__(new P([1, 2])), new K([1, 2]).__eq__(new K([1, 2], [0, 3]))]).toEqual(v.eq);
    });
    it('a series fitted back from its own samples', () => {
      const xs = np.linspace(-3, 7, 30);
      const p = new K([2, -1, 0.5, 0.25], [-3, 7]);
      const fitted = K.fit(xs, p.call(xs), 3);
      expect(np.allclose(fitted.coef, p.coef, { rtol: 1e-10, atol: 1e-10 })).toBe(true);
    });
  });
}

const MODULES = { cheb: npp.chebyshev, leg: npp.legendre, lag: npp.laguerre, herm: npp.hermite, herme: npp.hermite_e };

for (const [p, M] of Object.entries(MODULES)) {
  describe(`np.polynomial's ${p}* functions`, () => {
    const m = M as unknown as Record<string, (...a: any[]) => any>;
    const f = (n: string) => m[p + n];
    const g = golden.modules[p];
    const list = (a: any) => (Array.isArray(a) ? a.map((e) => e.tolist()) : a.tolist());
    const xs = np.divide(x, 10);
    const cases: Record<string, () => unknown> = {
      val: () => list(f('val')(np.array([[0.5, -1.5], [2.0, 0.25]]), [1, -2, 3, 0.5])),
      val_scalar: () => f('val')(0.7, [1, 2, 3, 4, 5]),
      fit: () => list(f('fit')(xs, y, 4)),
      fit_w: () => list(f('fit')(xs, y, 3, { w: np.linspace(1, 2, 21) })),
      fit_degs: () => list(f('fit')(xs, y, [3, 0, 2])),
      fit_2d: () => list(f('fit')(xs, np.stack([y, np.square(y)], { axis: 1 }), 2)),
      fit_full: () => {
        const [c, [resids, rank, sv, rcond]] = f('fit')(xs, y, 3, { full: true });
        return [c.tolist(), [resids.tolist(), rank, sv.tolist(), rcond]];
      },
      add: () => list(f('add')([1, 2, 3], [1, 0, -3])),
      sub: () => list(f('sub')([1, 2], [1, 2, 3])),
      mul: () => list(f('mul')([1, 2, 3], [0.5, -1, 2, 4])),
      mulx: () => list(f('mulx')([1, 2, 3])),
      div: () => list(f('div')([1, 2, 3, 4, 5], [1, -1, 2])),
      pow: () => list(f('pow')([1, 2, 0.5], 3)),
      der: () => list(f('der')([1, 2, 3, 4, 5], 2, 3)),
      der1: () => list(f('der')([1, 2, 3, 4])),
      int: () => list(f('int')([1, 2, 3], 2, { k: [1, 2], lbnd: -1, scl: 2 })),
      int1: () => list(f('int')([1, 2, 3, 4])),
      vander: () => list(f('vander')([0.5, -1, 2], 4)),
      fromroots: () => list(f('fromroots')([3, -1, 0.5, 2])),
      line: () => list(f('line')(3, 2)),
      trim: () => list(f('trim')([1, 2, 1e-12, 0], 1e-10)),
      companion: () => list(f('companion')([1, 2, 3, 4, 5])),
      companion2: () => list(f('companion')([1, 2])),
      roots: () => [[1, 2, 3, 4, 5], [1, 2], [5], [0, 0, 1], f('fromroots')([-1, 0.5, 2, 3]), [1, -2, 0.5, 3, 1, -1, 2]].map((c) => f('roots')(c)),
      gauss: () => list(f('gauss')(5)),
      gauss1: () => list(f('gauss')(1)),
      gauss20: () => list(f('gauss')(20)),
      weight: () => list(f('weight')(f64([0.1, 0.5, 0.9]))),
      to_poly: () => list(f('2poly')([1, 2, 3, 4, 5])),
      to_poly2: () => list(f('2poly')([1, 2])),
      from_poly: () => list(m[`poly2${p}`]([1, 2, 3, 4, 5])),
      domain: () => list(m[`${p}domain`] as unknown as any),
      x: () => list(m[`${p}x`] as unknown as any),
    };
    if (p === 'cheb') {
      cases.pts1 = () => npp.chebyshev.chebpts1(5).tolist();
      cases.pts2 = () => npp.chebyshev.chebpts2(5).tolist();
      cases.interpolate = () => npp.chebyshev.chebinterpolate((t) => np.exp(t), 6).tolist();
    }
    it('covers every golden case', () => {
      expect(Object.keys(cases).sort()).toEqual(Object.keys(g).sort());
    });
    for (const [name, fn] of Object.entries(cases)) {
      // quadrature nodes come from eigvalsh then one Newton step: agreement to ~1e-14 relative
      it(name, () => {
        const got = fn();
        const tol = name.startsWith('gauss') ? 1e-13 : 1e-12;
        if (name === 'div') (got as number[][]).forEach((part, i) => close(part, g[name][i], tol));
        else if (name === 'roots') (got as any[]).forEach((r, i) => sameRoots(r, g.roots[i]));
        else if (name === 'fit_full') {
          const [c, [resids, rank, sv, rcond]] = got as any;
          close(c, g.fit_full[0], tol);
          close(resids, g.fit_full[1][0], 1e-9);
          expect(rank).toBe(g.fit_full[1][1]);
          close(sv, g.fit_full[1][2], 1e-10);
          expect(rcond).toBe(g.fit_full[1][3]);
        }
        else close(got, g[name], tol);
      });
    }
    it('the quadrature integrates its degree-(2n-1) polynomials exactly', () => {
      const [gx, gw] = f('gauss')(6);
      const c = [1, -2, 0.5, 3, 0.25, -1, 0.5, 2, -0.5, 1, 0.125, 0.3];
      const quad = np.sum(np.multiply(gw, f('val')(gx, c))) as number;
      // ∫ w·Σ c_k B_k = c_0 ∫ w: every basis function but B_0 = 1 is orthogonal to 1
      const integralW = (np.sum(gw) as number) * c[0];
      expect(Math.abs(quad - integralW)).toBeLessThan(1e-10 * Math.abs(integralW));
    });
  });
}

describe("2-d and 3-d series (val2d, grid3d, vander2d ...) in every basis", () => {
  const c2 = np.subtract(np.divide(np.arange(12).reshape([3, 4]), 7), 0.5);
  const c3 = np.subtract(np.divide(np.arange(24).reshape([2, 3, 4]), 11), 1);
  const px = f64([0.5, -1.5, 2.0, 0.25]).reshape([2, 2]);
  const py = f64([0.1, 0.7, -0.3, 1.25]).reshape([2, 2]);
  const pz = f64([1.0, -0.5, 0.2, 0.9]).reshape([2, 2]);
  for (const [p, M] of Object.entries({ ...MODULES, poly: npp.polynomial })) {
    const m = M as unknown as Record<string, (...a: any[]) => any>;
    const g = golden.nd[p];
    it(`${p}roots, ${p}val of several series, ${p}val2d/3d, ${p}grid2d/3d, ${p}vander2d/3d`, () => {
      [[1, 2, 3, 4, 5], [1, 2], [5], [0, 0, 1], [1, -2, 0.5, 3, 1, -1, 2]].forEach((c, i) => sameRoots(m[`${p}roots`](c), g.roots[i]));
      close(m[`${p}val`](f64([0.5, -1, 2]), c2).tolist(), g.val_tensor);
      close(m[`${p}val`](0.5, c2).tolist(), g.val_tensor_scalar);
      close(m[`${p}val`](f64([0.5, -1, 2, 0.1]), c2, { tensor: false }).tolist(), g.val_no_tensor);
      close(m[`${p}val2d`](px, py, c2).tolist(), g.val2d);
      close(m[`${p}val3d`](px, py, pz, c3).tolist(), g.val3d);
      const s = m[`${p}val2d`](0.3, -0.6, c2);
      expect(typeof s).toBe('number');
      close([s], [g.val2d_scalar]);
      close(m[`${p}grid2d`]([0.5, -1, 2], [0.1, 0.9], c2).tolist(), g.grid2d);
      close(m[`${p}grid3d`]([0.5, -1], [0.1, 0.9, 1.5], [0.3, -0.2], c3).tolist(), g.grid3d);
      close(m[`${p}vander2d`]([0.5, -1, 2], [0.1, 0.9, 1.5], [2, 3]).tolist(), g.vander2d);
      close(m[`${p}vander3d`]([0.5, -1], [0.1, 0.9], [2, 3], [1, 2, 1]).tolist(), g.vander3d);
    });
  }
});

describe('np.polynomial.polyutils and the has_same* methods', () => {
  const pu = npp.polyutils;
  const v = golden.values.polyutils;
  it('as NumPy', () => {
    expect(pu.as_series([[1, 2, 0], [3]]).map((a) => a.tolist())).toEqual(v.as_series);
    expect(pu.as_series([[1, 2, 0]], false).map((a) => a.tolist())).toEqual(v.as_series_untrimmed);
    expect(pu.trimseq([1, 2, 0, 0]).tolist()).toEqual(v.trimseq);
    expect(pu.trimcoef([1, 2, 1e-9, -1e-8], 1e-6).tolist()).toEqual(v.trimcoef);
    expect(pu.getdomain([3, -1, 2]).tolist()).toEqual(v.getdomain);
    expect(pu.mapparms([0, 2], [-1, 1])).toEqual(v.mapparms);
    expect((pu.mapdomain(f64([0, 1, 2]), [0, 2], [-1, 1]) as any).tolist()).toEqual(v.mapdomain);
    expect([pu.format_float(0.5), pu.format_float(1e-9, true), pu.format_float(123456789.0)]).toEqual(v.format_float);
  });
  it("Polynomial's LaTeX (what the notebook shows, as Jupyter)", () => {
    const ps = [new P([1, 0, 3]), new P([1, -2], [0, 2]), new P([0]), new P([1, 2, 3], [1, 3], [0, 2])];
    expect(ps.map((p) => p._repr_latex_())).toEqual(golden.values.latex_poly);
    expect(ps[0]._repr_mimebundle_()).toEqual({ 'text/latex': golden.values.latex_poly[0] });
  });
  it("the classes' default domain, window and basis_name", () => {
    const got = Object.fromEntries(Object.entries({ ...CLASSES, Polynomial: P }).map(([n, K]) => [n, [K.domain.tolist(), K.window.tolist(), K.basis_name]]));
    expect(got).toEqual(golden.values.class_attrs);
  });
  it('polyvalfromroots', () => {
    close(npp.polynomial.polyvalfromroots(f64([0.5, 1.5, 2.0, -3.0]).reshape([2, 2]), [1, 2, -0.5]), golden.values.valfromroots[0]);
    expect(npp.polynomial.polyvalfromroots(2.5, [1, 2])).toBe(golden.values.valfromroots[1]);
  });
  it('has_samecoef/domain/window/type', () => {
    const L = npp.Legendre;
    expect([
      new L([1, 2]).has_samecoef(new L([1, 2])), new L([1, 2]).has_samecoef(new L([1, 3])),
      new L([1]).has_samedomain(new L([1], [0, 1])), new L([1]).has_samewindow(new L([1], [0, 1])),
      new L([1]).has_sametype(new P([1])), new L([1]).has_sametype(new L([2])),
    ]).toEqual(golden.values.has_same);
  });
});

describe('Chebyshev.interpolate', () => {
  it('maps the domain as NumPy', () => {
    const c = npp.Chebyshev.interpolate((t) => np.exp(t), 6, { domain: [0, 2] });
    const want = golden.values.Chebyshev.interpolate;
    close(c.coef.tolist(), want.coef);
    expect(c.__repr__()).toBe(want.repr);
    expect(c.domain.tolist()).toEqual([0, 2]);
  });
});

describe("the series classes' errors are NumPy's", () => {
  const errs: Record<string, () => unknown> = {
    types_differ: () => new npp.Chebyshev([1]).__add__(new npp.Legendre([1])),
    domains_differ: () => new npp.Hermite([1]).__mul__(new npp.Hermite([1], [0, 1])),
    pow_large: () => new npp.Legendre([1, 1]).__pow__(101),
    module_pow_large: () => npp.chebyshev.chebpow([1, 1], 17),
    truediv_series: () => new npp.Chebyshev([1]).__truediv__(new npp.Chebyshev([1])),
    format: () => new npp.Laguerre([1]).format('latex' as any),
    gauss_deg: () => npp.legendre.leggauss(0),
    pts1: () => npp.chebyshev.chebpts1(0),
    pts2: () => npp.chebyshev.chebpts2(1),
    companion: () => npp.hermite.hermcompanion([1]),
    int_constants: () => npp.laguerre.lagint([1, 2], 1, { k: [1, 2] }),
    der_negative: () => npp.hermite_e.hermeder([1, 2], -1),
    vander_deg: () => npp.chebyshev.chebvander([1, 2], -1),
    div_zero: () => npp.legendre.legdiv([1, 2], [0]),
    fit_deg: () => npp.Chebyshev.fit([1, 2], [1, 2], -1),
    fit_2d_class: () => npp.Chebyshev.fit(x, np.stack([y, y], { axis: 1 }), 2),
    fit_deg_empty: () => npp.chebyshev.chebfit([1, 2], [1, 2], []),
    val2d_shapes: () => npp.chebyshev.chebval2d([1, 2], [1, 2, 3], [[1]]),
    val3d_shapes: () => npp.hermite.hermval3d([1, 2], [1, 2], [1], [[[1]]]),
  };
  it('covers every golden case', () => expect(Object.keys(errs).sort()).toEqual(Object.keys(golden.errors).sort()));
  for (const [name, fn] of Object.entries(errs)) {
    it(name, () => {
      const want = golden.errors[name];
      expect(fn).toThrow(expect.objectContaining({ name: want.type, message: want.message }));
    });
  }
});

describe('printstyle applies to every class', () => {
  it('ascii by default after set_default_printstyle', () => {
    npp.set_default_printstyle('ascii');
    expect(String(new npp.HermiteE([1, 2, 3]))).toBe(golden.printed.HermiteE.basic.ascii);
  });
});
