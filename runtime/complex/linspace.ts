/**
 * np.linspace with complex endpoints: evenly spaced points on the segment from start to
 * stop in the complex plane, computed as NumPy does (arange * step + start in complex
 * arithmetic, step = (stop - start) / div by its complex division), so the last bits agree.
 */
import { NDArray, copyToContiguous } from '../ndarray';
import { toDType, type DTypeLike } from '../dtype';
import { ValueError } from '../errors';
import { requireInt } from '../validate';
import { Complex, type ComplexLike, isComplexLike } from './complex';
import { complexFromParts } from './parts';
import { R, cdiv, cmul } from './cmath';

/** Options of np.linspace. */
export interface ComplexLinspaceOptions {
  endpoint?: boolean;
  retstep?: boolean;
  dtype?: DTypeLike | null;
}

const parts = (v: number | ComplexLike): [number, number] => (isComplexLike(v) ? [v.re, v.im] : [Number(v), 0]);

/**
 * `num` evenly spaced complex samples from `start` to `stop` (np.linspace with a complex
 * endpoint); with `retstep`, `[samples, step]` and the step is a Complex (NaN for one sample).
 *
 * @example
 * np.linspace(0, np.complex(2, 4), 3)   // array([0.+0.j, 1.+2.j, 2.+4.j])
 */
export function complexLinspace(
  start: number | ComplexLike, stop: number | ComplexLike, num: number | ComplexLinspaceOptions = 50, opts: ComplexLinspaceOptions = {},
): NDArray | [NDArray, Complex | number] {
  if (typeof num === 'object') {
    opts = num;
    num = 50;
  }
  num = requireInt(num);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  const [ar, ai] = parts(start);
  const [br, bi] = parts(stop);
  const endpoint = opts.endpoint ?? true;
  const div = endpoint ? num - 1 : num;
  const dr = br - ar, di = bi - ai;
  const re = new Float64Array(num);
  const im = new Float64Array(num);
  let sr = NaN, si = NaN;
  if (div > 0) {
    cdiv(dr, di, div, 0);
    sr = R.re; si = R.im;
    const stepZero = sr === 0 && si === 0;
    for (let i = 0; i < num; i++) {
      if (stepZero) {
        cdiv(i, 0, div, 0);
        cmul(R.re, R.im, dr, di);
      } else {
        cmul(i, 0, sr, si);
      }
      re[i] = R.re + ar;
      im[i] = R.im + ai;
    }
  } else {
    for (let i = 0; i < num; i++) {
      cmul(i, 0, dr, di);
      re[i] = R.re + ar;
      im[i] = R.im + ai;
    }
  }
  if (endpoint && num > 1) { re[num - 1] = br; im[num - 1] = bi; }
  let out = complexFromParts(re, im, [num], 'complex128');
  if (opts.dtype) out = copyToContiguous(out, toDType(opts.dtype));
  // with no division NumPy's step is the float nan
  return opts.retstep ? [out, div > 0 ? new Complex(sr, si) : NaN] : out;
}
