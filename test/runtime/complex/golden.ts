/** complex.json goldens (test/goldens/make_complex_goldens.py): complex arrays as {dtype, shape, re, im}. */
import { np, NDArray } from '../../../runtime/index';
import { complexFromParts } from '../../../runtime/complex/parts';
import { loadGolden } from '../golden';

export interface CArr {
  dtype: string;
  shape: number[];
  re: (number | boolean | string)[];
  im?: (number | string)[];
}

export const G = loadGolden<any>('complex.json');

export function num(v: number | boolean | string): number {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (v === '-0') return -0;
  return typeof v === 'boolean' ? (v ? 1 : 0) : (v as number);
}

/** The golden as an NDArray of its dtype. */
export function fromC(g: CArr): NDArray {
  if (g.im) {
    return complexFromParts(Float64Array.from(g.re, num), Float64Array.from(g.im, num), g.shape, g.dtype as 'complex64' | 'complex128');
  }
  return np.array(g.re.map(num), { dtype: g.dtype }).reshape(g.shape);
}

/**
 * Equal within `rtol` of `scale` (the element's modulus: a complex result's error is
 * relative to it, not to each part). NaN matches NaN; infinities must be equal.
 */
function close(x: number, y: number, rtol: number, scale: number): boolean {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= rtol * scale || Math.abs(x - y) < 1e-300;
}

/**
 * The first mismatch of `a` against golden `g` (dtype, shape, parts within rtol), or null.
 * `skip(i)` leaves element i out (special-value inputs of functions not held to them).
 */
export function mismatch(a: NDArray, g: CArr, rtol = 0, skip: (i: number) => boolean = () => false): string | null {
  if (a.dtype !== g.dtype) return `dtype ${a.dtype} != ${g.dtype}`;
  if (a.shape.join() !== g.shape.join()) return `shape ${a.shape} != ${g.shape}`;
  for (let i = 0; i < a.size; i++) {
    if (skip(i)) continue;
    const re = a.flatGet(i);
    const want = num(g.re[i]);
    const wi = g.im ? num(g.im[i]) : 0;
    const scale = Math.hypot(want, wi);
    if (!close(re, want, rtol, scale)) return `re[${i}] ${re} != ${want}`;
    if (g.im) {
      const im = a.flatGetImag(i);
      if (!close(im, wi, rtol, scale)) return `im[${i}] ${im} != ${wi}`;
    }
  }
  return null;
}
