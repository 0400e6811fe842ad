/** np.var (`variance`) and np.std: NumPy's two passes (the mean, then the pairwise sum of squared deviations) with ddof. */
import { toDType, kindOf } from '../dtype';
import { NDArray, copyToContiguous } from '../ndarray';
import { type ArrayLike } from '../asarray';
import { normalizeAxes } from '../shape';
import { subtract, multiply, sqrt } from '../math';
import { complexVar } from '../complex/reduce';
import { copyKeepOrder } from '../reduce-iteration';
import { Axis, ReduceOptions, UntypedArgs, WholeOptions, ArrayOptions, KeepOptions } from './types';
import { reduceCore, finish, parse } from './core';
import { meanDType, countOf } from './reductions';

/**
 * Whether x's elements fill a block of memory with positive strides in some axis order,
 * so walking x in memory order walks exactly the array NumPy's `a - mean` allocates (in
 * that same order) and the rows of both walks coalesce alike.
 */
export function isDense(x: NDArray): boolean {
  const dims = x.shape.map((_, i) => i).filter((i) => x.shape[i] !== 1);
  dims.sort((p, q) => x.elementStrides[p] - x.elementStrides[q]);
  let expect = 1;
  for (const i of dims) {
    if (x.elementStrides[i] !== expect) return false;
    expect *= x.shape[i];
  }
  return true;
}

/** Options of var and std: the reduction options plus `ddof`. */
export interface VarOptions extends ReduceOptions {
  /** Delta degrees of freedom: the divisor is N - ddof. */
  ddof?: number;
}

/**
 * Variance over the given axes: mean of squared deviations, divided by N - ddof.
 *
 * @example
 * np.var(np.array([1, 2, 3, 4]))            // 1.25
 * np.var(np.array([1, 2, 3, 4]), {ddof: 1}) // 1.6666666666666667
 */
export function variance(a: ArrayLike, ...untyped: UntypedArgs<Axis, VarOptions>): any;
export function variance(a: ArrayLike, axis?: null | WholeOptions<VarOptions>, opts?: WholeOptions<VarOptions>): number;
export function variance(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<VarOptions>, opts?: VarOptions): NDArray;
export function variance(a: ArrayLike, axis: null | undefined, opts: KeepOptions<VarOptions>): NDArray;
export function variance(a: ArrayLike, axis?: Axis | VarOptions, opts?: VarOptions): any;
export function variance(a: ArrayLike, axis?: Axis | VarOptions, opts: VarOptions = {}): any {
  const [x, o] = parse(a, axis, opts) as [NDArray, VarOptions];
  const axes = normalizeAxes(o.axis, x.ndim);
  if (kindOf(x.dtype) === 'c') return complexSpread(x, axes, o, false);
  const acc = o.dtype ? toDType(o.dtype) : meanDType(x.dtype);
  const n = countOf(x, axes);
  const m = reduceCore('sum', x, axes, acc);
  for (let i = 0; i < m.data.length; i++) m.data[i] = acc === 'float32' ? Math.fround(m.data[i] / n) : m.data[i] / n;
  let s: NDArray;
  if (acc === 'float64' || (acc === 'float32' && x.dtype === 'float32')) {
    // NumPy's x = a - mean is a dense array in a's axis order: a itself when a is dense,
    // else a copy so laid out. The squared deviations of it feed the same pairwise tree
    // NumPy's sum(x * x) uses, so the bits agree without the temporary.
    const xd = isDense(x) ? x : copyKeepOrder(x, acc);
    s = reduceCore('sum', xd, axes, acc, m.data as Float64Array);
  } else {
    const dev = subtract(x.dtype === acc ? x : copyToContiguous(x, acc), m) as NDArray;
    const sq = multiply(dev, dev, { out: dev }) as NDArray;
    s = reduceCore('sum', sq, axes, acc);
  }
  const div = Math.max(n - (o.ddof ?? 0), 0);
  for (let i = 0; i < s.data.length; i++) s.data[i] = acc === 'float32' ? Math.fround(s.data[i] / div) : s.data[i] / div;
  return finish(s, axes, x.ndim, o.keepdims, o.out);
}

/**
 * Standard deviation over the given axes: sqrt(var), with `ddof` as in var.
 *
 * @example
 * np.std(np.array([1, 2, 3]))   // 0.816496580927726
 */
export function std(a: ArrayLike, ...untyped: UntypedArgs<Axis, VarOptions>): any;
export function std(a: ArrayLike, axis?: null | WholeOptions<VarOptions>, opts?: WholeOptions<VarOptions>): number;
export function std(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<VarOptions>, opts?: VarOptions): NDArray;
export function std(a: ArrayLike, axis: null | undefined, opts: KeepOptions<VarOptions>): NDArray;
export function std(a: ArrayLike, axis?: Axis | VarOptions, opts?: VarOptions): any;
export function std(a: ArrayLike, axis?: Axis | VarOptions, opts: VarOptions = {}): any {
  const [x, o] = parse(a, axis, opts) as [NDArray, VarOptions];
  if (kindOf(x.dtype) === 'c') return complexSpread(x, normalizeAxes(o.axis, x.ndim), o, true);
  const v = variance(x, o);
  // A float32 variance has a float32 square root (the double one, rounded, is exact).
  const f32 = (o.dtype ? toDType(o.dtype) : meanDType(x.dtype)) === 'float32';
  if (typeof v === 'number') return f32 ? Math.fround(Math.sqrt(v)) : Math.sqrt(v);
  return sqrt(v as NDArray, { out: v as NDArray });
}

/** var/std of a complex array: a float result (the mean of |x - mean|^2), summed pairwise as NumPy. */
export function complexSpread(x: NDArray, axes: number[], o: VarOptions, isStd: boolean): any {
  const r = complexVar(x, axes, o.ddof ?? 0, isStd, (sq, ax) => reduceCore('sum', sq, ax, sq.dtype));
  return finish(r, axes, x.ndim, o.keepdims, o.out);
}
