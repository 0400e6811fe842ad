/**
 * NumPy's other series classes: ABCPolyBase (polybase.ts) over each basis's kernels, with
 * NumPy's default domain/window and printed basis letter (`1.0 + 2.0·T₁(x)`, ascii
 * `1.0 + 2.0 T_1(x)`).
 */
import type { NDArray } from '../ndarray';
import type { ArrayLike } from '../asarray';
import { ABCPolyBase } from './polybase';
import { chebKernels, chebinterpolate } from './chebyshev';
import { legKernels } from './legendre';
import { lagKernels } from './laguerre';
import { hermKernels } from './hermite';
import { hermeKernels } from './hermite_e';
import { mapparms } from './series';

/**
 * A Chebyshev series `c[0]·T₀(x) + c[1]·T₁(x) + ...` (domain and window [-1, 1]).
 *
 * @example
 * const c = np.polynomial.Chebyshev.fit(x, y, 5);   // well conditioned high-degree fits
 * String(new np.polynomial.Chebyshev([1, 2]))        // '1.0 + 2.0·T₁(x)'
 */
export class Chebyshev extends ABCPolyBase {
  static override kernels = chebKernels;
  static override basisName = 'T';
  static override module = 'numpy.polynomial.chebyshev.Chebyshev';

  /**
   * The Chebyshev interpolant of func of degree deg over a domain (default [-1, 1]), at
   * the Chebyshev points of the first kind.
   *
   * @example
   * np.polynomial.Chebyshev.interpolate((x) => np.cos(x), 8, { domain: [0, 3] })
   */
  static interpolate(func: (x: NDArray, ...args: unknown[]) => unknown, deg: number, opts: { domain?: ArrayLike | null; args?: unknown[] } = {}): Chebyshev {
    const domain = opts.domain ?? chebKernels.domain;
    const [off, scl] = mapparms(chebKernels.domain, domain);
    const coef = chebinterpolate((x) => func(x.multiply(scl).add(off), ...(opts.args ?? [])), deg);
    return new Chebyshev(coef, domain);
  }
}

/**
 * A Legendre series `c[0]·P₀(x) + c[1]·P₁(x) + ...` (domain and window [-1, 1]).
 *
 * @example
 * String(new np.polynomial.Legendre([1, 2]))   // '1.0 + 2.0·P₁(x)'
 */
export class Legendre extends ABCPolyBase {
  static override kernels = legKernels;
  static override basisName = 'P';
  static override module = 'numpy.polynomial.legendre.Legendre';
}

/**
 * A Laguerre series `c[0]·L₀(x) + c[1]·L₁(x) + ...` (domain and window [0, 1]).
 *
 * @example
 * String(new np.polynomial.Laguerre([1, 2]))   // '1.0 + 2.0·L₁(x)'
 */
export class Laguerre extends ABCPolyBase {
  static override kernels = lagKernels;
  static override basisName = 'L';
  static override module = 'numpy.polynomial.laguerre.Laguerre';
}

/**
 * A physicists' Hermite series `c[0]·H₀(x) + c[1]·H₁(x) + ...` (domain and window [-1, 1]).
 *
 * @example
 * String(new np.polynomial.Hermite([1, 2]))   // '1.0 + 2.0·H₁(x)'
 */
export class Hermite extends ABCPolyBase {
  static override kernels = hermKernels;
  static override basisName = 'H';
  static override module = 'numpy.polynomial.hermite.Hermite';
}

/**
 * A probabilists' Hermite series `c[0]·He₀(x) + c[1]·He₁(x) + ...` (domain and window [-1, 1]).
 *
 * @example
 * String(new np.polynomial.HermiteE([1, 2]))   // '1.0 + 2.0·He₁(x)'
 */
export class HermiteE extends ABCPolyBase {
  static override kernels = hermeKernels;
  static override basisName = 'He';
  static override module = 'numpy.polynomial.hermite_e.HermiteE';
}
