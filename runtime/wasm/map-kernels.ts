/**
 * The elementwise loops the thread pool runs (runtime/wasm/parallel-map.ts splits them):
 * one table, imported by the caller and by every pool thread, of the ufunc expressions
 * worth splitting. A thread builds its loop from the same expression with the same
 * generator (runtime/kernels.ts) the caller's one-thread path uses, so each element goes
 * through the same JS function in both places: the results are bit for bit the same.
 *
 * Only compute-bound expressions are listed. Copying an operand into the shared memory and
 * the result out costs about what a bandwidth-bound loop (x + y, x * y, Math.sqrt, a
 * comparison) costs, so those stay on one thread.
 */
import { binaryKernel, unaryKernel } from '../kernels';
import { UNARY, unRow } from '../complex/unary-loops';
import type { KernelExports } from './module';

/**
 * The expressions (runtime/math.ts's loops for float32 and float64) a pool thread runs, by
 * index: [expression, arity].
 */
export const MAP_EXPRS: readonly (readonly [string, 1 | 2])[] = [
  ['Math.sin(x)', 1], ['Math.cos(x)', 1], ['Math.tan(x)', 1],
  ['Math.asin(x)', 1], ['Math.acos(x)', 1], ['Math.atan(x)', 1],
  ['Math.sinh(x)', 1], ['Math.cosh(x)', 1], ['Math.tanh(x)', 1],
  ['Math.asinh(x)', 1], ['Math.acosh(x)', 1], ['Math.atanh(x)', 1],
  ['Math.exp(x)', 1], ['Math.pow(2, x)', 1], ['Math.expm1(x)', 1],
  ['Math.log(x)', 1], ['Math.log1p(x)', 1], ['Math.log2(x)', 1], ['Math.log10(x)', 1],
  ['Math.cbrt(x)', 1],
  ['Math.atan2(x, y)', 2], ['Math.hypot(x, y)', 2], ['Math.pow(x, y)', 2], ['H.logaddexp(x, y)', 2],
];

const IDS = new Map<string, number>(MAP_EXPRS.map(([e, arity], i) => [`${arity}:${e}`, i]));

/** The table index of a unary (arity 1) or binary (2) expression, or -1 when it is not split. */
export function mapKernelId(expr: string, arity: 1 | 2): number {
  return IDS.get(`${arity}:${expr}`) ?? -1;
}

/** The complex unary ufuncs (complex/unary-loops.ts's loops) a pool thread runs: ids from COMPLEX_BASE. */
export const COMPLEX_MAP_NAMES: readonly string[] = [
  'sqrt', 'exp', 'exp2', 'expm1', 'log', 'log10', 'log2', 'log1p', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
  'arcsin', 'arccos', 'arctan', 'arcsinh', 'arccosh', 'arctanh',
];
const COMPLEX_BASE = 1000;

/** The id of complex unary ufunc `name`'s loop, or -1 when it is not split. */
export function complexMapId(name: string): number {
  const i = COMPLEX_MAP_NAMES.indexOf(name);
  return i < 0 ? -1 : COMPLEX_BASE + i;
}

/** Job.Map's first argument for the caller's own share (runLocalShare's function). */
export const LOCAL_SHARE = -1;

let local: (() => void) | null = null;

/**
 * Runs `share` as the caller's part of the next runOnThreads call (jobs[0] = [Job.Map,
 * [LOCAL_SHARE]]): the caller's share reads and writes the arrays themselves, no copy.
 */
export function setLocalShare(share: (() => void) | null): void {
  local = share;
}

/**
 * A Job.Map call: args [id, float32 (0/1), n, out, x, x stride, y, y stride] with byte
 * pointers into the kernels' memory and element strides 1 or 0 (a scalar operand).
 * `expr(x[i], y[i])` is written to out[i] for i < n (complex loops: f(x[i]), each element
 * two scalars).
 */
export function runMapJob(k: KernelExports, args: ArrayLike<number>): void {
  const id = args[0];
  if (id === LOCAL_SHARE) {
    local?.();
    return;
  }
  const View = args[1] ? Float32Array : Float64Array;
  const mem = new View(k.memory.buffer);
  const sz = View.BYTES_PER_ELEMENT;
  if (id >= COMPLEX_BASE) {
    // offsets in complex elements (two scalars each)
    unRow(UNARY[COMPLEX_MAP_NAMES[id - COMPLEX_BASE]], args[2], mem, args[3] / (2 * sz), 1, mem, args[4] / (2 * sz), args[5]);
    return;
  }
  const [expr, arity] = MAP_EXPRS[id];
  const n = args[2], o = args[3] / sz, x = args[4] / sz, xs = args[5];
  if (arity === 1) unaryKernel(expr, mem, mem)(n, mem, o, 1, mem, x, xs);
  else binaryKernel(expr, mem, mem, mem)(n, mem, o, 1, mem, x, xs, mem, args[6] / sz, args[7]);
}
