/**
 * np.linalg for complex input: inv, det, slogdet and solve on the complex LU
 * (complex-lu.ts); norm, svdvals and matrix_rank through the singular values, which for a
 * complex A are those of the real embedding [[Ar, -Ai], [Ai, Ar]] (each appears twice).
 * Results are complex64 when every input is complex64 (or float32), as NumPy's
 * `_commonType`, otherwise complex128; real results (norms, log|det|) are their part type.
 */
import { NDArray } from '../ndarray';
import { type DType } from '../dtype';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError, NumpyTypeError } from '../errors';
import { cStrides, normalizeAxis, sizeOf } from '../shape';
import { Complex } from '../complex/complex';
import { complexParts, complexFromParts } from '../complex/parts';
import { absolute } from '../math';
import { complexLuSolve, complexSlogdet } from './complex-lu';
import { complexEig, complexEigvals } from './complex-eig';
import { LinAlgError } from '../errors';
import { assert2d, batchOffsets, broadcastBatch, fromFloat64, matrixInput } from './stack';
import { matmul, dot } from './products';
import { multilinearByParts, FIRST_TWO } from '../complex/products';
import { holdsComplex } from '../complex/guard';

export { holdsComplex };

const EPS = 2.220446049250313e-16;
const EPS32 = 1.1920928955078125e-7;

type CDType = 'complex64' | 'complex128';

/** NumPy's `_commonType` for complex input: complex64 only when every input is single precision. */
function complexType(...dts: DType[]): CDType {
  return dts.every((d) => d === 'complex64' || d === 'float32') ? 'complex64' : 'complex128';
}

const partType = (c: CDType): 'float32' | 'float64' => (c === 'complex64' ? 'float32' : 'float64');

function cscalar(re: number, im: number, dt: CDType): Complex {
  return dt === 'complex64' ? new Complex(Math.fround(re), Math.fround(im)) : new Complex(re, im);
}

/**
 * `realFn` when none of the first `arity` arguments is complex, `complexFn` otherwise.
 */
export function withComplex<F extends (...args: any[]) => any>(realFn: F, complexFn: (...args: any[]) => any, arity = 1): F {
  const g = function (this: unknown, ...args: any[]) {
    for (let i = 0; i < arity; i++) if (holdsComplex(args[i])) return complexFn(...args);
    return realFn.apply(this, args);
  };
  Object.defineProperty(g, 'name', { value: realFn.name });
  return g as unknown as F;
}

/** The matrices of a square stack as parts. */
function squareStack(x: ArrayLike) {
  const a = matrixInput(x, true);
  const n = a.shape[a.ndim - 1];
  const { re, im } = complexParts(a);
  const batch = a.shape.slice(0, -2);
  return { a, n, re, im, batch, count: sizeOf(batch) };
}

/**
 * Inverse of a complex matrix or stack (np.linalg.inv for complex input).
 *
 * @example
 * np.linalg.inv(np.array([[np.complex(0, 2)]]))   // array([[0.-0.5j]])
 */
export function complexInv(x: ArrayLike): NDArray {
  const { a, n, re, im, count } = squareStack(x);
  const eyeR = new Float64Array(n * n);
  const eyeI = new Float64Array(n * n);
  for (let i = 0; i < n; i++) eyeR[i * n + i] = 1;
  const outR = new Float64Array(re.length);
  const outI = new Float64Array(re.length);
  const nn = n * n;
  for (let b = 0; b < count; b++) {
    const s = complexLuSolve(re.subarray(b * nn, (b + 1) * nn), im.subarray(b * nn, (b + 1) * nn), n, eyeR, eyeI, n);
    outR.set(s.re, b * nn);
    outI.set(s.im, b * nn);
  }
  return complexFromParts(outR, outI, a.shape.slice(), complexType(a.dtype));
}

/**
 * Sign (complex, of modulus 1; 0 when singular) and log|det| of a complex matrix or stack
 * (np.linalg.slogdet for complex input), as [sign, logabsdet].
 *
 * @example
 * np.linalg.slogdet(np.array([[np.complex(0, 2)]]))   // [Complex(0, 1), 0.6931471805599453]
 */
export function complexSlogdetStack(x: ArrayLike): [any, any] {
  const { a, n, re, im, batch, count } = squareStack(x);
  const dt = complexType(a.dtype);
  const sr = new Float64Array(count);
  const si = new Float64Array(count);
  const ld = new Float64Array(count);
  const nn = n * n;
  for (let b = 0; b < count; b++) {
    [sr[b], si[b], ld[b]] = complexSlogdet(re.subarray(b * nn, (b + 1) * nn), im.subarray(b * nn, (b + 1) * nn), n);
  }
  const pt = partType(dt);
  if (batch.length === 0) return [cscalar(sr[0], si[0], dt), pt === 'float32' ? Math.fround(ld[0]) : ld[0]];
  return [complexFromParts(sr, si, batch, dt), fromFloat64(ld, batch, pt)];
}

/**
 * Determinant of a complex matrix or stack: sign * exp(logabsdet), as NumPy computes it.
 *
 * @example
 * np.linalg.det(np.array([[np.complex(0, 1), 0], [0, np.complex(0, 1)]]))   // Complex(-1, 0)
 */
export function complexDet(x: ArrayLike): any {
  const { a, n, re, im, batch, count } = squareStack(x);
  const dt = complexType(a.dtype);
  const dr = new Float64Array(count);
  const di = new Float64Array(count);
  const nn = n * n;
  for (let b = 0; b < count; b++) {
    const [sr, si, ld] = complexSlogdet(re.subarray(b * nn, (b + 1) * nn), im.subarray(b * nn, (b + 1) * nn), n);
    const e = Math.exp(ld);
    dr[b] = sr * e;
    di[b] = si * e;
  }
  if (batch.length === 0) return cscalar(dr[0], di[0], dt);
  return complexFromParts(dr, di, batch, dt);
}

/**
 * Solves a x = b with complex a or b (np.linalg.solve for complex input); b is (M,) or
 * (..., M, K) with broadcast batch dimensions, as the real solve.
 *
 * @example
 * np.linalg.solve(np.array([[np.complex(0, 2)]]), [2])   // array([0.-1.j])
 */
export function complexSolve(a: ArrayLike, b: ArrayLike): NDArray {
  const A = matrixInput(a, true);
  const B = asarray(b);
  const n = A.shape[A.ndim - 1];
  const dt = complexType(A.dtype, B.dtype);
  const Ap = complexParts(A);
  const Bp = complexParts(B);
  const aBatch = A.shape.slice(0, -2);
  const nn = n * n;
  if (B.ndim === 1) {
    if (B.shape[0] !== n) {
      throw new ValueError(
        `solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size ${B.shape[0]} is different from ${n})`,
      );
    }
    const count = sizeOf(aBatch);
    const outR = new Float64Array(count * n);
    const outI = new Float64Array(count * n);
    for (let t = 0; t < count; t++) {
      const s = complexLuSolve(Ap.re.subarray(t * nn, (t + 1) * nn), Ap.im.subarray(t * nn, (t + 1) * nn), n, Bp.re, Bp.im, 1);
      outR.set(s.re, t * n);
      outI.set(s.im, t * n);
    }
    return complexFromParts(outR, outI, [...aBatch, n], dt);
  }
  if (B.ndim === 0 || B.shape[B.ndim - 2] !== n) {
    throw new ValueError(
      `solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size ${B.ndim === 0 ? 0 : B.shape[B.ndim - 2]} is different from ${n})`,
    );
  }
  const k = B.shape[B.ndim - 1];
  const bBatch = B.shape.slice(0, -2);
  const batch = broadcastBatch([aBatch, bBatch], [A.shape, B.shape], [2, 2], [n, k]);
  const aOffs = batchOffsets(aBatch, cStrides(A.shape), 0, batch);
  const bOffs = batchOffsets(bBatch, cStrides(B.shape), 0, batch);
  const count = sizeOf(batch);
  const outR = new Float64Array(count * n * k);
  const outI = new Float64Array(count * n * k);
  for (let t = 0; t < count; t++) {
    const ao = aOffs[t], bo = bOffs[t];
    const s = complexLuSolve(
      Ap.re.subarray(ao, ao + nn), Ap.im.subarray(ao, ao + nn), n,
      Bp.re.subarray(bo, bo + n * k), Bp.im.subarray(bo, bo + n * k), k,
    );
    outR.set(s.re, t * n * k);
    outI.set(s.im, t * n * k);
  }
  return complexFromParts(outR, outI, [...batch, n, k], dt);
}

/**
 * The real embedding [[Ar, -Ai], [Ai, Ar]] of each matrix of a complex stack (..., m, n),
 * as a float64 (..., 2m, 2n) array: its singular values are A's, each twice.
 */
function embedding(a: NDArray): NDArray {
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  const batch = a.shape.slice(0, -2);
  const count = sizeOf(batch);
  const { re, im } = complexParts(a);
  const out = new Float64Array(count * 4 * m * n);
  const w = 2 * n;
  for (let b = 0; b < count; b++) {
    const src = b * m * n, dst = b * 4 * m * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        const r = re[src + i * n + j], c = im[src + i * n + j];
        out[dst + i * w + j] = r;
        out[dst + i * w + n + j] = -c;
        out[dst + (m + i) * w + j] = c;
        out[dst + (m + i) * w + n + j] = r;
      }
    }
  }
  return new NDArray(out, 'float64', [...batch, 2 * m, 2 * n]);
}

/**
 * Singular values of a complex matrix or stack, descending (np.linalg.svdvals /
 * svd(compute_uv=False) for complex input), through the real embedding.
 *
 * @example
 * complexSvdvals(np.array([[np.complex(0, 3), 0], [0, 4]]), svdvals)   // array([4., 3.])
 */
export function complexSvdvals(x: ArrayLike, realSvdvals: (a: NDArray) => NDArray): NDArray {
  const a = matrixInput(x);
  const S = realSvdvals(embedding(a)).contiguousData();
  const k2 = S.length === 0 ? 0 : Math.min(2 * a.shape[a.ndim - 2], 2 * a.shape[a.ndim - 1]);
  const k = k2 / 2;
  const batch = a.shape.slice(0, -2);
  const count = sizeOf(batch);
  const out = new Float64Array(count * k);
  for (let t = 0; t < count; t++) for (let i = 0; i < k; i++) out[t * k + i] = S[t * k2 + 2 * i];
  return fromFloat64(out, [...batch, k], partType(complexType(a.dtype)));
}

/**
 * np.linalg.matrix_rank for complex input: singular values above tol (default
 * S.max() * max(M, N) * eps), as the real one.
 */
export function complexMatrixRank(x: ArrayLike, tol: any, hermitian: boolean | undefined, opts: any, realSvdvals: (a: NDArray) => NDArray): any {
  let o: { tol?: number | null; rtol?: number | null } = { tol: typeof tol === 'number' ? tol : null, ...(opts ?? {}) };
  if (tol !== null && typeof tol === 'object') o = { ...tol, ...(opts ?? {}) };
  const a = asarray(x);
  if (a.ndim < 2) {
    const { re, im } = complexParts(a);
    for (let i = 0; i < re.length; i++) if (re[i] !== 0 || im[i] !== 0) return 1;
    return 0;
  }
  const S = complexSvdvals(a, realSvdvals);
  const k = S.shape[S.ndim - 1];
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  const sd = S.contiguousData();
  const count = sizeOf(S.shape.slice(0, -1));
  const eps = S.dtype === 'float32' ? EPS32 : EPS;
  const ranks = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    let smax = 0;
    for (let i = 0; i < k; i++) smax = Math.max(smax, sd[t * k + i]);
    const thr = o.tol !== null && o.tol !== undefined ? o.tol : smax * (o.rtol ?? Math.max(m, n) * eps);
    let r = 0;
    for (let i = 0; i < k; i++) if (sd[t * k + i] > thr) r++;
    ranks[t] = r;
  }
  return a.ndim === 2 ? ranks[0] : fromFloat64(ranks, S.shape.slice(0, -1), 'int64');
}

/**
 * np.linalg.norm for complex input: every norm but the matrix 2, -2 and 'nuc' norms is the
 * norm of |x| (NumPy takes abs first too); those three come from the singular values.
 */
export function complexNorm(
  realNorm: (...args: any[]) => any, realSvdvals: (a: NDArray) => NDArray,
  x: ArrayLike, ord: any = null, axis: any = null, keepdims = false,
): any {
  let o = ord;
  let ax = axis;
  let kd = keepdims;
  if (ord !== null && typeof ord === 'object') {
    o = ord.ord ?? null;
    ax = ord.axis ?? null;
    kd = ord.keepdims ?? false;
  }
  const a = asarray(x);
  const spectral = o === 2 || o === -2 || o === 'nuc';
  const matrixAxes = ax === null || ax === undefined ? (a.ndim === 2 ? [0, 1] : null) : (Array.isArray(ax) && ax.length === 2 ? ax : null);
  if (!spectral || matrixAxes === null) return realNorm(absolute(a), { ord: o, axis: ax, keepdims: kd });
  const r = normalizeAxis(matrixAxes[0], a.ndim);
  const c = normalizeAxis(matrixAxes[1], a.ndim);
  if (r === c) throw new ValueError('Duplicate axes given.');
  const rest = a.shape.map((_, i) => i).filter((i) => i !== r && i !== c);
  const moved = a.transpose([...rest, r, c]);
  const S = complexSvdvals(moved, realSvdvals);
  const k = S.shape[S.ndim - 1];
  const sd = S.contiguousData();
  const count = sizeOf(S.shape.slice(0, -1));
  const vals = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    if (k === 0) throw new ValueError('zero-size array to reduction operation maximum which has no identity');
    let v = o === 'nuc' ? 0 : o === 2 ? -Infinity : Infinity;
    for (let i = 0; i < k; i++) {
      const s = sd[t * k + i];
      v = o === 'nuc' ? v + s : o === 2 ? Math.max(v, s) : Math.min(v, s);
    }
    vals[t] = v;
  }
  const outShape = kd ? a.shape.map((s, i) => (i === r || i === c ? 1 : s)) : rest.map((i) => a.shape[i]);
  const pt = S.dtype as 'float32' | 'float64';
  if (outShape.length === 0) return pt === 'float32' ? Math.fround(vals[0]) : vals[0];
  return fromFloat64(vals, outShape, pt);
}

const cMatmul = multilinearByParts(matmul, 'matmul', FIRST_TWO);
const cDot = multilinearByParts(dot, 'dot', FIRST_TWO);

/**
 * A complex square matrix (or stack) to an integer power (np.linalg.matrix_power for complex
 * input): binary powering with the complex matmul; negative powers invert first.
 *
 * @example
 * np.linalg.matrix_power(np.array([[np.complex(0, 1)]]), 2)   // array([[-1.+0.j]])
 */
export function complexMatrixPower(x: ArrayLike, n: number): NDArray {
  let a = matrixInput(x, true);
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new NumpyTypeError('exponent must be an integer');
  if (n === 0) {
    const m = a.shape[a.ndim - 1];
    const re = new Float64Array(a.size);
    for (let t = 0; t < a.size / Math.max(1, m * m); t++) for (let i = 0; i < m; i++) re[t * m * m + i * m + i] = 1;
    return complexFromParts(re, new Float64Array(a.size), a.shape.slice(), a.dtype as CDType);
  }
  if (n < 0) {
    a = complexInv(a);
    n = -n;
  }
  if (n === 1) return a.copy();
  let z: NDArray | null = null;
  let result: NDArray | null = null;
  while (n > 0) {
    z = z === null ? a : (cMatmul(z, z) as NDArray);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : (cMatmul(result, z) as NDArray);
  }
  return result!;
}

/**
 * np.linalg.multi_dot with complex operands: the chain multiplied left to right with the
 * complex dot (the evaluation order changes only rounding, not the result).
 *
 * @example
 * np.linalg.multi_dot([np.array([np.complex(0, 1)]), np.ones([1, 2]), np.ones(2)])   // Complex(0, 2)
 */
export function complexMultiDot(arrays: readonly ArrayLike[]): any {
  const n = arrays.length;
  if (n < 2) throw new ValueError('Expecting at least two arrays.');
  const arrs = arrays.map((x) => asarray(x));
  arrs.forEach((x, i) => {
    if (!((i === 0 || i === n - 1) && x.ndim === 1)) assert2d(x);
  });
  let r: any = arrs[0];
  for (let i = 1; i < n; i++) r = cDot(r, arrs[i]);
  return r;
}

/**
 * Eigenvalues of a complex square matrix or stack (np.linalg.eigvals for complex input),
 * always complex (complex64 for complex64 input).
 *
 * @example
 * np.linalg.eigvals(np.array([[np.complex(0, 1), 0], [0, 2]]))   // array([0.+1.j, 2.+0.j])
 */
export function complexEigvalsStack(x: ArrayLike): NDArray {
  const { a, n, re, im, batch, count } = squareStack(x);
  for (let i = 0; i < re.length; i++) {
    if (!Number.isFinite(re[i]) || !Number.isFinite(im[i])) throw new LinAlgError('Array must not contain infs or NaNs');
  }
  const outR = new Float64Array(count * n);
  const outI = new Float64Array(count * n);
  const nn = n * n;
  for (let b = 0; b < count; b++) {
    const w = complexEigvals(re.subarray(b * nn, (b + 1) * nn), im.subarray(b * nn, (b + 1) * nn), n);
    outR.set(w.re, b * n);
    outI.set(w.im, b * n);
  }
  return complexFromParts(outR, outI, [...batch, n], complexType(a.dtype));
}

/**
 * Eigenvalues and right eigenvectors of a complex square matrix or stack (np.linalg.eig
 * for complex input), as [w, v] with v[:, i] belonging to w[i]; both complex.
 *
 * @example
 * const [w, v] = np.linalg.eig(np.array([[np.complex(0, 1), 0], [0, 2]]));   // w: array([0.+1.j, 2.+0.j])
 */
export function complexEigStack(x: ArrayLike): [NDArray, NDArray] {
  const { a, n, re, im, batch, count } = squareStack(x);
  for (let i = 0; i < re.length; i++) {
    if (!Number.isFinite(re[i]) || !Number.isFinite(im[i])) throw new LinAlgError('Array must not contain infs or NaNs');
  }
  const wR = new Float64Array(count * n), wI = new Float64Array(count * n);
  const vR = new Float64Array(re.length), vI = new Float64Array(re.length);
  const nn = n * n;
  for (let b = 0; b < count; b++) {
    const r = complexEig(re.subarray(b * nn, (b + 1) * nn), im.subarray(b * nn, (b + 1) * nn), n);
    wR.set(r.wr, b * n); wI.set(r.wi, b * n);
    vR.set(r.vr, b * nn); vI.set(r.vi, b * nn);
  }
  const dt = complexType(a.dtype);
  return [complexFromParts(wR, wI, [...batch, n], dt), complexFromParts(vR, vI, a.shape.slice(), dt)];
}

/** Refusal kept for what has no complex kernel yet (as complex/guard.ts's message). */
export function noComplex(name: string): (...args: any[]) => never {
  return (...args: any[]) => {
    const a = args[0];
    const dt = a instanceof NDArray ? a.dtype : 'complex128';
    throw new NumpyTypeError(`np.linalg.${name} does not support complex input (dtype ${dt}) in np`);
  };
}
