/**
 * What the distribution samplers draw from: NumPy's `bitgen_t` plus the three primitive
 * variates, which differ between `Generator` (ziggurat normal and exponential,
 * `distributions.c`) and the legacy `RandomState` (polar Gauss with its cached spare and
 * `-log(1 - U)`, `legacy-distributions.c`).
 */
import type { BitGen } from '../bitgen';
import { KI_DOUBLE, WI_DOUBLE, FI_DOUBLE, ZIGGURAT_NOR_R, ZIGGURAT_NOR_INV_R } from '../ziggurat';
import { KE_DOUBLE, WE_DOUBLE, FE_DOUBLE, ZIGGURAT_EXP_R } from './ziggurat-tables';

/** A sampler's source of uniforms, normals and exponentials. */
export interface Source {
  /** The bit generator behind the variates. */
  readonly g: BitGen;
  /** `next_double`: a double in [0, 1). */
  double(): number;
  /** A standard normal. */
  normal(): number;
  /** A standard exponential. */
  exponential(): number;
  /** The legacy (RandomState) variants of the algorithms that changed in Generator. */
  readonly legacy: boolean;
}

/**
 * `random_standard_normal`: the 256-layer ziggurat on one 64-bit draw (52-bit magnitude,
 * sign bit, 8-bit layer index), as Generator draws it.
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * zigguratNormal(new PCG64(1))   // 0.345584192064786
 */
export function zigguratNormal(g: BitGen): number {
  for (;;) {
    g.nextUint64();
    const lo = g.lo;
    const idx = lo & 0xff;
    const rabs = (g.hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * WI_DOUBLE[idx];
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < KI_DOUBLE[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * Math.log1p(-g.nextDouble());
        const yy = -Math.log1p(-g.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
      }
    } else if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * g.nextDouble() + FI_DOUBLE[idx] < Math.exp(-0.5 * x * x)) {
      return x;
    }
  }
}

/**
 * `random_standard_exponential`: the 256-layer exponential ziggurat on one 64-bit draw
 * (bits 3..10 pick the layer, bits 11..63 the 53-bit magnitude).
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * zigguratExponential(new PCG64(0))
 */
export function zigguratExponential(g: BitGen): number {
  for (;;) {
    g.nextUint64();
    const lo = g.lo;
    const idx = (lo >>> 3) & 0xff;
    const ri = g.hi * 2097152 + (lo >>> 11);
    const x = ri * WE_DOUBLE[idx];
    if (ri < KE_DOUBLE[idx]) return x;
    if (idx === 0) return ZIGGURAT_EXP_R - Math.log1p(-g.nextDouble());
    if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * g.nextDouble() + FE_DOUBLE[idx] < Math.exp(-x)) return x;
  }
}

/**
 * A Generator's source: ziggurat normals and exponentials on `g`.
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * const src = generatorSource(new PCG64(0));
 * src.exponential()
 */
export function generatorSource(g: BitGen): Source {
  return {
    g,
    double: () => g.nextDouble(),
    normal: () => zigguratNormal(g),
    exponential: () => zigguratExponential(g),
    legacy: false,
  };
}
