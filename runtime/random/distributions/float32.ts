/**
 * Generator's float32 samplers (`dtype: 'float32'`): the 32-bit ziggurats for the normal
 * and exponential and the float gamma of NumPy's `distributions.c`, with every float
 * operation rounded to float32 (`Math.fround`) as the C code computes them.
 */
import type { BitGen } from '../bitgen';
import {
  KE_FLOAT, WE_FLOAT, FE_FLOAT, KI_FLOAT, WI_FLOAT, FI_FLOAT,
  ZIGGURAT_EXP_R_F, ZIGGURAT_NOR_R_F, ZIGGURAT_NOR_INV_R_F,
} from './ziggurat-tables-f32';

const f = Math.fround;

/**
 * `next_float`: the top 24 bits of a 32-bit draw, in [0, 1).
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * nextFloat(new PCG64(0))
 */
export function nextFloat(g: BitGen): number {
  return (g.nextUint32() >>> 8) * (1.0 / 16777216.0);
}

/**
 * `random_standard_exponential_f`: the float32 exponential ziggurat.
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * standardExponentialF(new PCG64(0))
 */
export function standardExponentialF(g: BitGen): number {
  for (;;) {
    const r = g.nextUint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = f(ri * WE_FLOAT[idx]);
    if (ri < KE_FLOAT[idx]) return x;
    if (idx === 0) return f(ZIGGURAT_EXP_R_F - f(Math.log1p(-nextFloat(g))));
    if (f(f(f(FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * nextFloat(g)) + FE_FLOAT[idx]) < f(Math.exp(-x))) return x;
  }
}

/**
 * `random_standard_normal_f`: the float32 normal ziggurat.
 *
 * Parameters
 * ----------
 * g : BitGen
 *
 * @example
 * standardNormalF(new PCG64(0))
 */
export function standardNormalF(g: BitGen): number {
  for (;;) {
    const r = g.nextUint32();
    const idx = r & 0xff;
    const sign = (r >>> 8) & 1;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f(rabs * WI_FLOAT[idx]);
    if (sign) x = -x;
    if (rabs < KI_FLOAT[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f(-ZIGGURAT_NOR_INV_R_F * f(Math.log1p(-nextFloat(g))));
        const yy = -f(Math.log1p(-nextFloat(g)));
        if (f(yy + yy) > f(xx * xx)) return (rabs >>> 8) & 1 ? -f(ZIGGURAT_NOR_R_F + xx) : f(ZIGGURAT_NOR_R_F + xx);
      }
    } else if (f(f(f(FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * nextFloat(g)) + FI_FLOAT[idx]) < Math.exp(-0.5 * x * x)) {
      // NumPy compares with the double exp(-0.5 * x * x) here.
      return x;
    }
  }
}

/**
 * `random_standard_gamma_f`: the float32 gamma sampler.
 *
 * Parameters
 * ----------
 * g : BitGen
 * shape : number
 *     A float32 value.
 *
 * @example
 * standardGammaF(new PCG64(0), 2.5)
 */
export function standardGammaF(g: BitGen, shape: number): number {
  if (shape === 1.0) return standardExponentialF(g);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    const inv = f(1 / shape);
    for (;;) {
      const U = nextFloat(g);
      const V = standardExponentialF(g);
      if (U <= f(1 - shape)) {
        const X = f(Math.pow(U, inv));
        if (X <= V) return X;
      } else {
        const Y = -f(Math.log(f(f(1 - U) / shape)));
        const X = f(Math.pow(f(f(1 - shape) + f(shape * Y)), inv));
        if (X <= f(V + Y)) return X;
      }
    }
  }
  const b = f(shape - f(1 / 3));
  const c = f(1 / f(Math.sqrt(f(9 * b))));
  for (;;) {
    let X: number, V: number;
    do {
      X = standardNormalF(g);
      V = f(1 + f(c * X));
    } while (V <= 0.0);
    V = f(f(V * V) * V);
    const U = nextFloat(g);
    const X2 = f(X * X);
    if (U < f(1 - f(f(f(0.0331) * X2) * X2))) return f(b * V);
    if (f(Math.log(U)) < f(f(f(0.5 * X) * X) + f(b * f(f(1 - V) + f(Math.log(V)))))) return f(b * V);
  }
}
