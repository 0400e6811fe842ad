/** np.cumsum and np.cumprod: running sums and products along an axis (flattened without one), in NumPy's accumulator dtypes. */
import { type DTypeLike, toDType, kindOf } from '../dtype';
import { NDArray, zerosOf, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { normalizeAxis } from '../shape';
import { complexAccumulate } from '../complex/reduce';
import { sumDType } from './core';

/** Options of cumsum/cumprod. */
export interface AccumulateOptions {
  axis?: number | null;
  dtype?: DTypeLike | null;
}

export function accumulate(kind: 'sum' | 'prod', a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
  let x = asarray(a);
  const o: AccumulateOptions = axis !== null && typeof axis === 'object' ? axis : { ...opts, axis: axis as number | null | undefined };
  if (kindOf(x.dtype) === 'c') {
    return complexAccumulate(kind, x, o.axis === undefined || o.axis === null ? null : normalizeAxis(o.axis, x.ndim));
  }
  const dtype = o.dtype ? toDType(o.dtype) : sumDType(x.dtype);
  let ax: number;
  if (o.axis === undefined || o.axis === null) {
    x = copyToContiguous(x);
    x = new NDArray(x.data, x.dtype, [x.size]);
    ax = 0;
  } else ax = normalizeAxis(o.axis, x.ndim);
  const out = zerosOf(x.shape.slice(), dtype);
  const cs = out.elementStrides;
  const rest = x.shape.map((_, i) => i).filter((i) => i !== ax);
  const n = x.shape[ax];
  const f32 = dtype === 'float32';
  const src = x;
  const rec = (k: number, xoff: number, ooff: number) => {
    if (k < rest.length) {
      const r = rest[k];
      for (let i = 0; i < x.shape[r]; i++) rec(k + 1, xoff + i * x.elementStrides[r], ooff + i * cs[r]);
      return;
    }
    let acc = kind === 'sum' ? 0 : 1;
    for (let i = 0; i < n; i++) {
      const v = src.data[xoff + i * src.elementStrides[ax]];
      acc = kind === 'sum' ? acc + v : acc * v;
      if (f32) acc = Math.fround(acc);
      out.data[ooff + i * cs[ax]] = acc;
    }
  };
  rec(0, x.offset, 0);
  return out;
}

/**
 * Cumulative sum along an axis (flattened when axis is null). Small ints widen to int64.
 *
 * @example
 * np.cumsum(np.array([1, 2, 3]))   // array([1, 3, 6])
 */
export function cumsum(a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
  return accumulate('sum', a, axis, opts);
}

/**
 * Cumulative product along an axis (flattened when axis is null).
 *
 * @example
 * np.cumprod(np.array([1, 2, 3]))   // array([1, 2, 6])
 */
export function cumprod(a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
  return accumulate('prod', a, axis, opts);
}
