/**
 * `np.polynomial.Polynomial`: a power series with a domain and a window, NumPy's
 * `ABCPolyBase` (polybase.ts) over the power-series kernels of series.ts. In cells its
 * operators are Python's (`p + q`, `2 * p`, `p ** 2`, `-p`, `p == q`: the kernel calls
 * the dunders); it evaluates with `p.call(x)` (`p(x)` in Python).
 */
import { ABCPolyBase } from './polybase';
import { seriesMul, seriesDiv, seriesPow, seriesValAt, seriesDer, seriesInt, powerVander, trimseq } from './series';
import { radd, rmul, companionCheck, type F64, type Ring } from './polyutils';
import type { Kernels } from './seriesmodule';

export { set_default_printstyle } from './printstyle';
export type { PolynomialOptions } from './polybase';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Horner's rule over numbers or series objects (polyval with a series argument: composition). */
function valRing(x: Ring, c: F64): Ring {
  let c0: Ring = radd(c[c.length - 1], rmul(x, 0));
  for (let i = 2; i <= c.length; i++) c0 = radd(c[c.length - i], rmul(c0, x));
  return c0;
}

/** NumPy's polycompanion: ones below the diagonal, the scaled coefficients in the last column. */
export function polyCompanion(c: F64): F64 {
  companionCheck(c);
  if (c.length === 2) return Float64Array.of(-c[0] / c[1]);
  const n = c.length - 1;
  const mat = new Float64Array(n * n);
  for (let i = 1; i < n; i++) mat[i * n + i - 1] = 1;
  for (let i = 0; i < n; i++) mat[i * n + n - 1] -= c[i] / c[n];
  return mat;
}

export const polyKernels: Kernels = {
  domain: Float64Array.of(-1, 1),
  x: Float64Array.of(0, 1),
  mulx: (cIn) => {
    const c = trimseq(cIn);
    if (c.length === 1 && c[0] === 0) return c;
    const out = new Float64Array(c.length + 1);
    out.set(c, 1);
    return out;
  },
  mul: seriesMul,
  div: seriesDiv,
  pow: seriesPow,
  valAt: seriesValAt,
  valRing,
  der: seriesDer,
  int: (c, m, k, lbnd, scl) => seriesInt(c, m, typeof k === 'number' ? [k] : k, lbnd, scl),
  vander: powerVander,
  line: (off, scl) => (scl !== 0 ? Float64Array.of(off, scl) : Float64Array.of(off)),
  companion: polyCompanion,
};

/**
 * A power series `c[0] + c[1]·x + ...` (coefficients in increasing order), as NumPy's
 * `np.polynomial.Polynomial`: `domain` is mapped onto `window` before evaluation (both
 * `[-1, 1]` by default; `Polynomial.fit` sets the domain to the data's range for a well
 * conditioned fit, and `convert()` gives the plain coefficients).
 *
 * @example
 * const p = new np.polynomial.Polynomial([1, 2, 3]);
 * String(p)                  // '1.0 + 2.0·x + 3.0·x²'
 * p.call(2)                  // 17
 * p.deriv().coef             // array([2., 6.])
 * const f = np.polynomial.Polynomial.fit(x, y, 2);
 * f.convert().coef           // coefficients in the unscaled x
 */
export class Polynomial extends ABCPolyBase {
  static override kernels = polyKernels;
  static override module = 'numpy.polynomial.polynomial.Polynomial';

  protected override strTermUnicode(i: string, arg: string): string {
    return i === '1' ? `·${arg}` : `·${arg}${Array.from(i, (d) => SUPERSCRIPT[+d]).join('')}`;
  }

  protected override reprLatexTerm(i: number, arg: string, needsParens: boolean): string {
    const a = needsParens ? `\\left(${arg}\\right)` : arg;
    return i === 0 ? '1' : i === 1 ? a : `${a}^{${i}}`;
  }

  protected override strTermAscii(i: string, arg: string): string {
    return i === '1' ? ` ${arg}` : ` ${arg}**${i}`;
  }
}
