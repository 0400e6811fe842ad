/**
 * Complex operands for the products (dot, matmul, inner, outer, vdot, vecdot, matvec,
 * vecmat, tensordot, einsum). Every product is linear in each operand, so a complex product
 * is the sum of the real products of the parts: (Ar + iAi)(Br + iBi) = ArBr - AiBi +
 * i(ArBi + AiBr). Each term runs through the real kernel (blocked GEMM, pairwise sums), so
 * the real paths stay untouched and the error is that of four real products, within NumPy's
 * zgemm bound n·eps·|A||B|. A real operand has no imaginary term: complex @ real is two
 * real products, not four.
 */
import { NDArray, copyToContiguous } from '../ndarray';
import { kindOf, promoteTypes, type DType } from '../dtype';
import { asarray } from '../asarray';
import { NumpyTypeError } from '../errors';
import { Complex, isComplexLike } from './complex';
import { real, imag } from './functions';
import { complexParts, complexFromParts } from './parts';
import { holdsComplex } from './guard';

/** An operand's parts: the real part and the imaginary part (null for real operands). */
interface Parts { re: NDArray; im: NDArray | null; dtype: DType }

function split(x: unknown, conj: boolean): Parts {
  const a = asarray(x as any);
  if (kindOf(a.dtype) !== 'c') return { re: a, im: null, dtype: a.dtype };
  // contiguous copies of the parts: the real kernels' fast paths (wasm GEMM) want them
  const im = copyToContiguous(imag(a) as NDArray);
  return { re: copyToContiguous(real(a) as NDArray), im: conj ? (im.neg() as NDArray) : im, dtype: a.dtype };
}

/**
 * `fn` made complex-aware: the arguments at the positions `operands(args)` returns are
 * split into parts and the product is expanded term by term (2^k real calls for k complex
 * operands); `conj` lists operand numbers (0 = first) whose complex conjugate is used
 * (np.vdot, np.vecdot, np.vecmat). Real arguments call `fn` unchanged.
 */
export function multilinearByParts<F extends (...args: any[]) => any>(
  fn: F, name: string, operands: (args: any[]) => number[], conj: readonly number[] = [],
): F {
  const g = function (this: unknown, ...args: any[]) {
    const pos = operands(args);
    if (!pos.some((p) => holdsComplex(args[p]))) return fn.apply(this, args);
    const rest = args.slice();
    const last = rest[rest.length - 1];
    if (last !== null && typeof last === 'object' && !(last instanceof NDArray) && !Array.isArray(last) && (last as any).out != null) {
      throw new NumpyTypeError(`np.${name} does not support out= with complex operands in np`);
    }
    const parts = pos.map((p, k) => split(args[p], conj.includes(k)));
    const dtype = parts.reduce<DType>((d, p) => promoteTypes(d, p.dtype), parts[0].dtype);
    const complexIdx = parts.map((p, k) => (p.im ? k : -1)).filter((k) => k >= 0);
    let re: Float64Array | null = null;
    let im: Float64Array | null = null;
    let shape: number[] | null = null;
    // term `mask`: bit b set = operand complexIdx[b] contributes its imaginary part; the
    // term is multiplied by i^(bits set).
    for (let mask = 0; mask < 1 << complexIdx.length; mask++) {
      let bits = 0;
      const call = args.slice();
      parts.forEach((p, k) => { call[pos[k]] = p.re; });
      complexIdx.forEach((k, b) => {
        if (mask & (1 << b)) { call[pos[k]] = parts[k].im; bits++; }
      });
      const r = fn.apply(this, call);
      let vals: Float64Array;
      if (r instanceof NDArray) {
        vals = complexParts(r).re;
        shape ??= r.shape.slice();
      } else {
        vals = Float64Array.of(Number(r));
      }
      re ??= new Float64Array(vals.length);
      im ??= new Float64Array(vals.length);
      const target = bits % 2 === 0 ? re : im;
      const sign = bits % 4 < 2 ? 1 : -1;
      for (let i = 0; i < vals.length; i++) target[i] += sign * vals[i];
    }
    const cdt = (kindOf(dtype) === 'c' ? dtype : 'complex128') as 'complex64' | 'complex128';
    if (shape === null) {
      return cdt === 'complex64' ? new Complex(Math.fround(re![0]), Math.fround(im![0])) : new Complex(re![0], im![0]);
    }
    return complexFromParts(re!, im!, shape, cdt);
  };
  Object.defineProperty(g, 'name', { value: fn.name });
  return g as unknown as F;
}

/** The first two arguments are the operands. */
export const FIRST_TWO = (): number[] => [0, 1];

/** np.einsum's operands: every argument after the subscripts except a trailing options object. */
export function einsumOperands(args: any[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const isOpts = i === args.length - 1 && a !== null && typeof a === 'object' && !Array.isArray(a)
      && !(a instanceof NDArray) && !ArrayBuffer.isView(a) && !isComplexLike(a);
    if (!isOpts) out.push(i);
  }
  return out;
}

/**
 * np.average's operand: the data (linear in it for real weights). Complex weights and
 * `returned` (a pair) have no by-parts form: refused as the other complex gaps are.
 */
export function averageOperands(args: any[]): number[] {
  for (const o of args.slice(1)) {
    if (o !== null && typeof o === 'object' && !Array.isArray(o) && !(o instanceof NDArray)) {
      if (o.returned || holdsComplex(o.weights)) {
        if (holdsComplex(args[0]) || holdsComplex(o.weights)) {
          throw new NumpyTypeError('np.average does not support complex input with complex weights or returned in np');
        }
      }
    }
  }
  return [0];
}
