/**
 * Array products: np.matmul, np.dot, np.inner, np.outer, np.vdot and np.trace, with
 * NumPy's shapes, broadcasting, dtypes and error messages. Floating products run on the
 * blocked gemm kernels (wasm SIMD where it pays, JS otherwise); integer products keep their
 * integer dtype (int64 @ int64 is int64, computed exactly within +-2^53 and wrapped to the
 * dtype as NumPy wraps), float32 stays float32 (large products accumulated in float32 as
 * NumPy's sgemm does, small ones in float64 and rounded once), bool @ bool is bool.
 */
import { type DType, type DTypeLike, toDType, promoteTypes, kindOf } from '../dtype';
import { NDArray, copyToContiguous, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { shapeStr, sizeOf, normalizeAxis } from '../shape';
import { multiply } from '../math';
import { pairwiseSum, pairwiseSum32 } from '../reduce';
import { gemm } from './gemm';
import { fromFloat64, scalarOf, broadcastBatch, batchOffsets } from './stack';

const MATMUL_SIG = '(n?,k),(k,m?)->(n?,m?)';

/** Options of np.matmul (NumPy's keyword arguments). */
export interface MatmulOptions {
  /** Result dtype (inputs are computed in float64 and cast). */
  dtype?: DTypeLike | null;
  /** Array to write the result into. */
  out?: NDArray | null;
}

function finish(result: NDArray, out: NDArray | null | undefined): NDArray {
  if (out) {
    if (out.shape.length !== result.shape.length || out.shape.some((d, i) => d !== result.shape[i])) {
      throw new ValueError(`non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(result.shape)}`);
    }
    copyInto(out, result);
    return out;
  }
  return result;
}

/** Product storage: float32 results are computed in float32 (as NumPy's sgemm), the rest in float64. */
function productBuffer(dt: DType, length: number): Float64Array | Float32Array {
  return dt === 'float32' ? new Float32Array(length) : new Float64Array(length);
}

/** The result array of a product computed into `C` (see productBuffer). */
function productResult(C: Float64Array | Float32Array, shape: number[], dt: DType): NDArray {
  return C instanceof Float32Array ? new NDArray(C, 'float32', shape) : fromFloat64(C, shape, dt);
}

/** Sum of x[i] * y[i] over two 1-d arrays of equal length (float64 accumulation). */
function dot1d(a: NDArray, b: NDArray): number {
  const n = a.shape[0];
  const ad = a.data, bd = b.data;
  const as = a.elementStrides[0], bs = b.elementStrides[0];
  let s = 0;
  for (let i = 0, p = a.offset, q = b.offset; i < n; i++, p += as, q += bs) s += ad[p] * bd[q];
  return s;
}

/**
 * Matrix product of two arrays, as `a @ b` (np.matmul): 1-d operands are promoted to a row
 * (first) or column (second) vector and the added dimension removed afterwards; leading
 * (batch) dimensions broadcast. Two 1-d operands give a number.
 *
 * Parameters
 * - x1, x2: array_like, not scalars.
 * - opts.dtype: the result dtype; opts.out: an array to write into.
 *
 * @example
 * np.matmul(np.array([[1, 2], [3, 4]]), np.array([[5, 6], [7, 8]]))
 * // array([[19, 22],
 * //        [43, 50]])
 * np.arange(24).reshape(2, 3, 4).matmul(np.ones([4, 2])).shape   // [2, 3, 2]
 * np.matmul(np.array([1, 2, 3]), np.array([4, 5, 6]))              // 32
 */
export function matmul(x1: ArrayLike, x2: ArrayLike, opts: MatmulOptions = {}): any {
  const a = asarray(x1);
  const b = asarray(x2);
  if (a.ndim === 0 || b.ndim === 0) {
    throw new ValueError(
      `matmul: Input operand ${a.ndim === 0 ? 0 : 1} does not have enough dimensions (has 0, gufunc core with signature ${MATMUL_SIG} requires 1)`,
    );
  }
  const dt = opts.dtype !== undefined && opts.dtype !== null ? toDType(opts.dtype) : promoteTypes(a.dtype, b.dtype);
  const aVec = a.ndim === 1;
  const bVec = b.ndim === 1;
  const m = aVec ? 1 : a.shape[a.ndim - 2];
  const k = a.shape[a.ndim - 1];
  const kb = bVec ? b.shape[0] : b.shape[b.ndim - 2];
  const n = bVec ? 1 : b.shape[b.ndim - 1];
  if (kb !== k) {
    throw new ValueError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${MATMUL_SIG} (size ${kb} is different from ${k})`,
    );
  }
  if (aVec && bVec && !opts.out) return scalarOf(dot1d(a, b), dt);
  const aBatch = aVec ? [] : a.shape.slice(0, -2);
  const bBatch = bVec ? [] : b.shape.slice(0, -2);
  const core = [...(aVec ? [] : [m]), ...(bVec ? [] : [n])];
  const batch = broadcastBatch([aBatch, bBatch], [a.shape, b.shape], [aVec ? 1 : 2, bVec ? 1 : 2], core);
  const count = sizeOf(batch);
  const C = productBuffer(dt, count * m * n);
  const aRs = aVec ? 0 : a.elementStrides[a.ndim - 2];
  const aCs = a.elementStrides[a.ndim - 1];
  const bRs = bVec ? b.elementStrides[0] : b.elementStrides[b.ndim - 2];
  const bCs = bVec ? 0 : b.elementStrides[b.ndim - 1];
  const aOffs = batchOffsets(aBatch, a.elementStrides, a.offset, batch);
  const bOffs = batchOffsets(bBatch, b.elementStrides, b.offset, batch);
  for (let t = 0; t < count; t++) {
    gemm(m, n, k, a.data, aOffs[t], aRs, aCs, b.data, bOffs[t], bRs, bCs, C, t * m * n, n);
  }
  return finish(productResult(C, [...batch, ...core], dt), opts.out);
}

/**
 * Dot product of two arrays (np.dot): for 1-d arrays the inner product (a number), for 2-d
 * the matrix product, for a scalar operand the elementwise product, and in general a sum
 * product over the last axis of `a` and the second-to-last of `b`.
 *
 * Parameters
 * - x1, x2: array_like.
 * - opts.out: an array to write the result into.
 *
 * @example
 * np.dot(np.array([1, 2, 3]), np.array([4, 5, 6]))   // 32
 * np.dot(np.array([[1, 2], [3, 4]]), np.array([[5, 6], [7, 8]]))
 * // array([[19, 22],
 * //        [43, 50]])
 */
export function dot(x1: ArrayLike, x2: ArrayLike, opts: { out?: NDArray | null } = {}): any {
  const a = asarray(x1);
  const b = asarray(x2);
  if (a.ndim === 0 || b.ndim === 0) return multiply(x1 as any, x2 as any, opts.out ? { out: opts.out } : {});
  const dt = promoteTypes(a.dtype, b.dtype);
  const k = a.shape[a.ndim - 1];
  const bAxis = b.ndim === 1 ? 0 : b.ndim - 2;
  if (b.shape[bAxis] !== k) {
    throw new ValueError(
      `shapes ${shapeStr(a.shape)} and ${shapeStr(b.shape)} not aligned: ${k} (dim ${a.ndim - 1}) != ${b.shape[bAxis]} (dim ${bAxis})`,
    );
  }
  if (a.ndim === 1 && b.ndim === 1 && !opts.out) return scalarOf(dot1d(a, b), dt);
  // a as an M x k matrix
  let A = a;
  let aRs: number, aCs: number;
  if (a.ndim === 1) {
    aRs = 0;
    aCs = a.elementStrides[0];
  } else if (a.ndim === 2) {
    aRs = a.elementStrides[0];
    aCs = a.elementStrides[1];
  } else {
    if (!a.isCContiguous) A = copyToContiguous(a);
    aRs = k;
    aCs = 1;
  }
  const M = sizeOf(a.shape.slice(0, -1));
  const n = b.ndim === 1 ? 1 : b.shape[b.ndim - 1];
  const bBatch = b.shape.slice(0, bAxis);
  const B = sizeOf(bBatch);
  const bRs = b.elementStrides[bAxis];
  const bCs = b.ndim === 1 ? 0 : b.elementStrides[b.ndim - 1];
  const bOffs = batchOffsets(bBatch, b.elementStrides, b.offset, bBatch);
  const C = productBuffer(dt, M * B * n);
  for (let t = 0; t < B; t++) gemm(M, n, k, A.data, A.offset, aRs, aCs, b.data, bOffs[t], bRs, bCs, C, t * n, B * n);
  const shape = [...a.shape.slice(0, -1), ...bBatch, ...(b.ndim === 1 ? [] : [n])];
  return finish(productResult(C, shape, dt), opts.out);
}

/**
 * Inner product over the last axes (np.inner): for 1-d arrays the ordinary inner product
 * (a number), in general `sum(a[..., :] * b[..., :])` with result shape
 * `a.shape[:-1] + b.shape[:-1]`.
 *
 * @example
 * np.inner(np.array([1, 2, 3]), np.array([0, 1, 0]))   // 2
 * np.inner(np.eye(2), np.array([[1, 2], [3, 4]]))
 * // array([[1., 3.],
 * //        [2., 4.]])
 */
export function inner(x1: ArrayLike, x2: ArrayLike): any {
  const a = asarray(x1);
  const b = asarray(x2);
  if (a.ndim === 0 || b.ndim === 0) return multiply(x1 as any, x2 as any);
  if (b.ndim < 2) return dot(a, b);
  const nd = b.ndim;
  const shape = b.shape.slice();
  const strides = b.elementStrides.slice();
  [shape[nd - 2], shape[nd - 1]] = [shape[nd - 1], shape[nd - 2]];
  [strides[nd - 2], strides[nd - 1]] = [strides[nd - 1], strides[nd - 2]];
  return dot(a, new NDArray(b.data, b.dtype, shape, strides, b.offset, b));
}

/**
 * Outer product of two vectors (np.outer); inputs of more dimensions are flattened first.
 *
 * @example
 * np.outer(np.array([1, 2, 3]), np.array([1, 10]))
 * // array([[ 1, 10],
 * //        [ 2, 20],
 * //        [ 3, 30]])
 */
export function outer(x1: ArrayLike, x2: ArrayLike, opts: { out?: NDArray | null } = {}): NDArray {
  const a = asarray(x1);
  const b = asarray(x2);
  const dt = promoteTypes(a.dtype, b.dtype);
  const M = a.size, N = b.size;
  const ad = a.contiguousData(), bd = b.contiguousData();
  const C = new Float64Array(M * N);
  for (let i = 0; i < M; i++) {
    const x = ad[i];
    const r = i * N;
    for (let j = 0; j < N; j++) C[r + j] = x * bd[j];
  }
  return finish(fromFloat64(C, [M, N], dt), opts.out);
}

/**
 * Dot product of two arrays flattened to vectors (np.vdot); a number.
 *
 * @example
 * np.vdot(np.array([[1, 4], [5, 6]]), np.array([[4, 1], [2, 2]]))   // 30
 */
export function vdot(x1: ArrayLike, x2: ArrayLike): any {
  const a = asarray(x1);
  const b = asarray(x2);
  if (a.size !== b.size) throw new ValueError(`cannot reshape array of size ${b.size} into shape ${shapeStr([a.size])}`);
  const dt = promoteTypes(a.dtype, b.dtype);
  const ad = a.contiguousData(), bd = b.contiguousData();
  let s = 0;
  for (let i = 0; i < ad.length; i++) s += ad[i] * bd[i];
  return scalarOf(s, dt);
}

/** Options of np.trace (NumPy's keyword arguments). */
export interface TraceOptions {
  offset?: number;
  axis1?: number;
  axis2?: number;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
}

/** The dtype np.sum gives by default: small integers widen to int64 / uint64, bool to int64. */
function sumType(d: DType): DType {
  const k = kindOf(d);
  if (k === 'b') return 'int64';
  if (k === 'i') return 'int64';
  if (k === 'u') return 'uint64';
  return d;
}

/**
 * Sum along a diagonal (np.trace): `offset` above (>0) or below (<0) the main diagonal, of
 * the 2-d sub-arrays spanned by axis1 and axis2. A number for a 2-d array.
 *
 * Parameters
 * - x: array_like, at least 2-d.
 * - offset, axis1, axis2: positional as in NumPy, or in an options object with dtype, out.
 *
 * @example
 * np.trace(np.arange(9).reshape(3, 3))      // 12
 * np.trace(np.arange(9).reshape(3, 3), 1)   // 6
 * np.trace(np.ones([2, 3, 3]), {axis1: 1, axis2: 2})   // array([3., 3.])
 */
export function trace(
  x: ArrayLike, offset: number | TraceOptions = 0, axis1: number | TraceOptions = 0, axis2: number | TraceOptions = 1,
  opts: TraceOptions = {},
): any {
  // NumPy's positional order (offset, axis1, axis2), or an options object in any position
  let o: TraceOptions = { ...opts };
  const pos = [offset, axis1, axis2];
  const firstObj = pos.findIndex((v) => typeof v === 'object' && v !== null);
  if (firstObj >= 0) o = { ...(pos[firstObj] as TraceOptions), ...opts };
  const positional = (i: number, fallback: number) =>
    firstObj >= 0 && i >= firstObj ? fallback : (pos[i] as number);
  const off = positional(0, o.offset ?? 0);
  const ax1 = positional(1, o.axis1 ?? 0);
  const ax2 = positional(2, o.axis2 ?? 1);
  const a = asarray(x);
  if (a.ndim < 2) throw new ValueError('diag requires an array of at least two dimensions');
  const i1 = normalizeAxis(ax1, a.ndim);
  const i2 = normalizeAxis(ax2, a.ndim);
  if (i1 === i2) throw new ValueError('axis1 and axis2 cannot be the same');
  const dt = o.dtype !== undefined && o.dtype !== null ? toDType(o.dtype) : sumType(a.dtype);
  const n1 = a.shape[i1], n2 = a.shape[i2];
  const len = Math.max(0, off >= 0 ? Math.min(n1, n2 - off) : Math.min(n1 + off, n2));
  const start = a.offset + (len > 0 ? (off >= 0 ? off * a.elementStrides[i2] : -off * a.elementStrides[i1]) : 0);
  const step = a.elementStrides[i1] + a.elementStrides[i2];
  const rest: number[] = [];
  for (let d = 0; d < a.ndim; d++) if (d !== i1 && d !== i2) rest.push(d);
  const outShape = rest.map((d) => a.shape[d]);
  const offs = batchOffsets(outShape, rest.map((d) => a.elementStrides[d]), start, outShape);
  const vals = new Float64Array(offs.length);
  const data = a.data;
  for (let t = 0; t < offs.length; t++) {
    if (dt === 'float64' || (kindOf(dt) === 'f' && dt !== 'float32')) vals[t] = pairwiseSum(data, offs[t], len, step);
    else if (dt === 'float32') vals[t] = pairwiseSum32(data, offs[t], len, step);
    else {
      let s = 0;
      for (let i = 0, p = offs[t]; i < len; i++, p += step) s += data[p];
      vals[t] = s;
    }
  }
  if (outShape.length === 0 && !o.out) return scalarOf(vals[0], dt);
  return finish(fromFloat64(vals, outShape, dt), o.out);
}
