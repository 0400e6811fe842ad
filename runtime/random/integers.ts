/**
 * Bounded random integers as NumPy's `_bounded_integers.pyx` (`_rand_int64` and friends):
 * scalar bounds go through one sampler call per element with a shared buffer, array
 * bounds broadcast element by element. RandomState uses masked rejection, Generator
 * Lemire's method.
 */
import { type DType, type TypedArray, toDType, dtypeRange } from '../dtype';
import { ValueError, NumpyTypeError } from '../errors';
import { type BitGen, BoundedSampler } from './bitgen';
import { broadcastParams, eachBroadcast, param, prod } from './common';
import { storage } from './nd';

const BITS: Partial<Record<DType, number>> = {
  bool: 1, int8: 8, uint8: 8, int16: 16, uint16: 16, int32: 32, uint32: 32, int64: 64, uint64: 64,
};

/** A raw result: the values, their shape (null for a scalar) and dtype. */
export interface RawInts {
  data: TypedArray;
  shape: number[] | null;
  dtype: DType;
}

function boundsError(closed: boolean, low: number | null): string {
  if (!closed) return low === 0 ? 'high <= 0' : 'low >= high';
  return 'low > high';
}

/**
 * Uniform integers in [low, high) (or [low, high] with `endpoint`), as NumPy's
 * `RandomState.randint` (`masked`) and `Generator.integers`.
 *
 * Parameters
 * ----------
 * g : BitGen
 * fn : string
 *     'randint' or 'integers', for error messages.
 * low, high : number | array_like
 *     Bounds; `high` undefined means [0, low).
 * size : number[] | null
 *     Output shape, or null for NumPy's `size=None`.
 * dtypeArg : string
 *     Output dtype, an integer type or bool.
 * masked : boolean
 * endpoint : boolean
 *
 * @example
 * randomIntegers(mt, 'randint', 0, 10, [5], 'int64', true, false);
 */
export function randomIntegers(
  g: BitGen, fn: string, low: unknown, high: unknown, size: number[] | null, dtypeArg: unknown,
  masked: boolean, endpoint: boolean,
): RawInts {
  const dtype = toDType(dtypeArg as string | undefined, 'int64');
  const bits = BITS[dtype];
  if (bits === undefined) throw new NumpyTypeError(`Unsupported dtype dtype('${dtype}') for ${fn}`);
  if (high === undefined || high === null) {
    high = low;
    low = 0;
  }
  if (size !== null && prod(size) === 0) return { data: storage(dtype, 0), shape: size, dtype };
  const [lb, ub] = dtype === 'bool' ? [0, 1] : dtypeRange(dtype);
  const pl = param(low, 0);
  const ph = param(high, 0);
  const sampler = new BoundedSampler(g, bits, masked);
  if (pl.data === null && ph.data === null) {
    const lo = Math.trunc(pl.v);
    let hi = Math.trunc(ph.v);
    if (!endpoint) hi -= 1;
    if (lo < lb) throw new ValueError(`low is out of bounds for ${dtype}`);
    if (hi > ub) throw new ValueError(`high is out of bounds for ${dtype}`);
    if (lo > hi) throw new ValueError(boundsError(endpoint, lo));
    const rng = hi - lo;
    const n = size === null ? 1 : prod(size);
    const out = storage(dtype, n);
    for (let i = 0; i < n; i++) out[i] = sampler.draw(lo, rng);
    return { data: out, shape: size, dtype };
  }
  // Array bounds: checked as whole arrays first, then one draw per broadcast element.
  const lows = pl.data ?? [pl.v];
  const highs = ph.data ?? [ph.v];
  for (const v of lows) if (Math.trunc(v) < lb) throw new ValueError(`low is out of bounds for ${dtype}`);
  for (const v of highs) if (Math.trunc(v) - (endpoint ? 0 : 1) > ub) throw new ValueError(`high is out of bounds for ${dtype}`);
  const { shape, strides } = broadcastParams(size, [pl, ph]);
  const outShape = shape as number[];
  const out = storage(dtype, prod(outShape));
  // NumPy compares the broadcast arrays before drawing anything.
  eachBroadcast(outShape, [pl, ph], strides, (_i, a, b) => {
    const lo = Math.trunc(a);
    const hi = Math.trunc(b) - (endpoint ? 0 : 1);
    if (lo > hi) throw new ValueError(boundsError(endpoint, null));
  });
  eachBroadcast(outShape, [pl, ph], strides, (i, a, b) => {
    const lo = Math.trunc(a);
    const hi = Math.trunc(b) - (endpoint ? 0 : 1);
    out[i] = sampler.draw(lo, hi - lo);
  });
  return { data: out, shape: outShape, dtype };
}
