/**
 * Where a ufunc's loop may go to the thread pool (runtime/wasm/parallel-map.ts): the
 * output and every array operand dense in the same order (C or F), so that the loop is one
 * flat run; size-1 operands are scalars. Anything else (strided views, broadcasting along
 * some axes) takes the one-thread row loop.
 */
import type { NDArray } from './ndarray';
import { parallelBinary, parallelUnary, parallelComplexUnary, parallelMapMin } from './wasm/parallel-map';

type FloatArray = Float64Array | Float32Array;

const isFloatData = (a: NDArray): boolean => a.data instanceof Float64Array || a.data instanceof Float32Array;

/** Whether `x` (of the output's shape) lies in memory in the same flat order as `out`. */
function sameRun(x: NDArray, out: NDArray, outC: boolean): boolean {
  if (x.ndim !== out.ndim || x.shape.some((n, i) => n !== out.shape[i])) return false;
  return outC ? x.isCContiguous : x.isFContiguous;
}

/** The dense order of `out` ('C' true, 'F' false), or null when it is neither. */
function runOrder(out: NDArray): boolean | null {
  return out.isCContiguous ? true : out.isFContiguous ? false : null;
}

/**
 * Runs the unary loop `expr` from `a` into `out` on the pool; false, having done nothing,
 * when it stays on one thread.
 *
 * @example
 * if (!parallelUnaryInto('Math.sin(x)', out, a)) unaryRows(...)
 */
export function parallelUnaryInto(expr: string, out: NDArray, a: NDArray): boolean {
  if (out.size < parallelMapMin() || !isFloatData(out)) return false;
  const c = runOrder(out);
  if (c === null || !sameRun(a, out, c)) return false;
  return parallelUnary(expr, out.size, out.data as FloatArray, out.offset, a.data as FloatArray, a.offset);
}

/**
 * Runs the binary loop `expr` of `a` and `b` (broadcast to `out`'s shape) into `out` on
 * the pool; false, having done nothing, when it stays on one thread.
 *
 * @example
 * if (!parallelBinaryInto('Math.pow(x, y)', out, a, b)) binaryRows(...)
 */
export function parallelBinaryInto(expr: string, out: NDArray, a: NDArray, b: NDArray): boolean {
  if (out.size < parallelMapMin() || !isFloatData(out)) return false;
  const c = runOrder(out);
  if (c === null) return false;
  const as = a.size === 1 ? 0 : sameRun(a, out, c) ? 1 : -1;
  const bs = b.size === 1 ? 0 : sameRun(b, out, c) ? 1 : -1;
  if (as < 0 || bs < 0 || as + bs === 0) return false;
  return parallelBinary(expr, out.size, out.data as FloatArray, out.offset, a.data as FloatArray, a.offset, as, b.data as FloatArray, b.offset, bs);
}

/**
 * Runs the complex unary ufunc `name` from `a` into `out` (the same complex dtype) on the
 * pool; false, having done nothing, when it stays on one thread.
 *
 * @example
 * if (!parallelComplexUnaryInto('exp', out, z)) forEachRow(...)
 */
export function parallelComplexUnaryInto(name: string, out: NDArray, a: NDArray): boolean {
  if (out.size < parallelMapMin() || !isFloatData(out) || out.dtype !== a.dtype) return false;
  const c = runOrder(out);
  if (c === null || !sameRun(a, out, c)) return false;
  return parallelComplexUnary(name, out.size, out.data as FloatArray, out.offset, a.data as FloatArray, a.offset);
}
