/**
 * NumPy 2's array-API functions that are not just new names (those are aliases on `np`,
 * runtime/index.ts): cumulative_sum and cumulative_prod (`include_initial`, and an axis
 * required past one dimension), unstack; and the shape helpers np.ndim, np.shape, np.size,
 * np.broadcast_shapes.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError, NumpyTypeError } from '../errors';
import { pyTypeName } from '../validate';
import { normalizeAxis } from '../shape';
import { cumsum, cumprod } from '../reduce';
import { concatenate } from '../manipulation';
import { moveaxis } from '../views';
import { full } from '../creation';
import type { DTypeLike } from '../dtype';

/** Options of np.cumulative_sum and np.cumulative_prod (NumPy's keywords). */
export interface CumulativeOptions {
  axis?: number | null;
  dtype?: DTypeLike | null;
  /** Start with the operation's identity (0 for sums, 1 for products): one more element along the axis. */
  include_initial?: boolean;
}

function cumulative(kind: 'sum' | 'prod', x: ArrayLike, opts: CumulativeOptions): NDArray {
  const a = asarray(x);
  let axis = opts.axis ?? null;
  if (axis === null) {
    if (a.ndim > 1) throw new ValueError('For arrays which have more than one dimension ``axis`` argument is required.');
    axis = 0;
  }
  const ax = normalizeAxis(axis, Math.max(1, a.ndim));
  const src = a.ndim === 0 ? a.reshape(1) : a;
  const r = (kind === 'sum' ? cumsum : cumprod)(src, { axis: ax, dtype: opts.dtype ?? null });
  if (!opts.include_initial) return r;
  const shape = [...r.shape];
  shape[ax] = 1;
  return concatenate([full(shape, kind === 'sum' ? 0 : 1, { dtype: r.dtype }), r], ax);
}

/**
 * Cumulative sum along an axis (NumPy 2's array-API `cumsum`): `include_initial` starts
 * with 0; arrays of more than one dimension need `axis`.
 *
 * @example
 * np.cumulative_sum(np.array([1, 2, 3]), {include_initial: true})   // array([0, 1, 3, 6])
 */
export function cumulative_sum(x: ArrayLike, opts: CumulativeOptions = {}): NDArray {
  return cumulative('sum', x, opts);
}

/**
 * Cumulative product along an axis (NumPy 2's array-API `cumprod`): `include_initial`
 * starts with 1; arrays of more than one dimension need `axis`.
 *
 * @example
 * np.cumulative_prod(np.array([1, 2, 3]))   // array([1, 2, 6])
 */
export function cumulative_prod(x: ArrayLike, opts: CumulativeOptions = {}): NDArray {
  return cumulative('prod', x, opts);
}

/**
 * Splits an array into its slices along an axis (the inverse of np.stack), as views.
 *
 * @example
 * np.unstack(np.arange(6).reshape(2, 3))   // [array([0, 1, 2]), array([3, 4, 5])]
 */
export function unstack(x: ArrayLike, opts: { axis?: number } = {}): NDArray[] {
  const a = asarray(x);
  if (a.ndim === 0) throw new ValueError('Input array must be at least 1-d.');
  const m = moveaxis(a, opts.axis ?? 0, 0);
  return Array.from({ length: m.shape[0] }, (_, i) => m.get(i) as NDArray);
}

/**
 * The number of dimensions of an array or array_like.
 *
 * @example
 * np.ndim([[1, 2], [3, 4]])   // 2
 */
export function ndim(a: ArrayLike): number {
  return asarray(a).ndim;
}

/**
 * The shape of an array or array_like (a tuple in Python, an array here).
 *
 * @example
 * np.shape([[1, 2, 3]])   // [1, 3]
 */
export function shape(a: ArrayLike): number[] {
  return [...asarray(a).shape];
}

/**
 * The number of elements, or the length along `axis`.
 *
 * @example
 * np.size(np.ones([2, 3]))      // 6
 * np.size(np.ones([2, 3]), 1)   // 3
 */
export function size(a: ArrayLike, axis: number | null | { axis?: number | null } = null): number {
  const ax = axis !== null && typeof axis === 'object' ? (axis.axis ?? null) : axis;
  const x = asarray(a);
  return ax === null ? x.size : x.shape[normalizeAxis(ax, x.ndim)];
}

/**
 * The shape arrays of these shapes broadcast to, or NumPy's error naming the two that do not fit.
 *
 * @example
 * np.broadcast_shapes([2, 1], [3])   // [2, 3]
 */
export function broadcast_shapes(...shapes: (number | readonly number[])[]): number[] {
  const list = shapes.map(shapeArg);
  let out: number[] = [];
  list.forEach((s, k) => {
    const nd = Math.max(out.length, s.length);
    const next = new Array<number>(nd).fill(1);
    for (let i = 0; i < nd; i++) {
      const a = out[i - (nd - out.length)] ?? 1;
      const b = s[i - (nd - s.length)] ?? 1;
      if (a !== b && a !== 1 && b !== 1) {
        const j = list.findIndex((t, idx) => idx < k && (t[t.length - (nd - i)] ?? 1) === a);
        throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${j} with shape ${pyTuple(list[j])} and arg ${k} with shape ${pyTuple(s)}.`);
      }
      next[i] = a === 1 ? b : a;
    }
    out = next;
  });
  return out;
}

/** One shape argument as a list of lengths, or NumPy's TypeError. */
function shapeArg(s: unknown): number[] {
  if (s === null || s === undefined) throw new NumpyTypeError('Use () not None as shape arguments');
  const dims = typeof s === 'number' ? [s] : Array.isArray(s) ? s : null;
  if (!dims) throw new NumpyTypeError(`'${pyTypeName(s)}' object cannot be interpreted as an integer`);
  for (const d of dims) if (typeof d !== 'number' || !Number.isInteger(d)) throw new NumpyTypeError(`'${pyTypeName(d)}' object cannot be interpreted as an integer`);
  return [...dims];
}

/** A shape as Python prints a tuple: (2, 1), (3,), (). */
function pyTuple(s: readonly number[]): string {
  return `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
}
