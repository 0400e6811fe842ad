/**
 * Reductions (sum, prod, min, max, mean, var, std, all, any, argmin, argmax) and
 * accumulations (cumsum, cumprod), over any set of axes, with `keepdims` and `dtype`.
 *
 * Summation follows NumPy's order so results agree to the last bit: axes are walked in
 * NumPy's iteration order (reduce-iteration.ts); when the innermost axis is reduced each
 * inner-loop call NumPy makes is summed pairwise (NumPy's 8-way unrolled blocks of 128):
 * a row, or several rows gathered as NumPy's buffer holds them; when it is kept, rows are
 * added into the output one after another (which is also what makes the axis-0 sum of a
 * C array fast).
 *
 * Sums stay on one thread. The pairwise tree's top split could go to the thread pool bit
 * for bit, but a pool thread reads only the shared memory, and copying half of the array
 * there costs about 0.42 of the whole sum (np.sum of 1e7 float64: 22.4 ms, copying 5e6
 * 9.5 ms; bench/parallel-map.mjs): 1.08x at best with both cores free, a loss otherwise.
 */
import { type DType, type DTypeLike, type TypedArray, toDType, kindOf, castScalar } from './dtype';
import { specialize } from './kernels';
import { NDArray, zerosOf, copyToContiguous, copyInto } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { normalizeAxes, normalizeAxis, coalesce, sizeOf } from './shape';
import { allocate } from './allocate';
import { ValueError } from './errors';
import { subtract, multiply, sqrt, not_equal } from './math';
import { complexReduce, complexVar, complexAccumulate, complexItem, rejectComplex } from './complex/reduce';
import type { UntypedValue } from './ufunc';
import { iterationOrder, denseStrides, bufferSchedule, callsAreRows, forEachCall, copyKeepOrder, type BufferSchedule } from './reduce-iteration';

/** Axis argument: one axis, a list of axes, or null/undefined for all. */
export type Axis = number | readonly number[] | null;

/** NumPy's keyword options of the reductions. */
export interface ReduceOptions {
  axis?: Axis;
  keepdims?: boolean;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
}

// Result types of the reductions, as overloads, so the editor completes `a.mean(0).`: a
// full reduction gives a JS scalar, an axis, `keepdims: true` or `out` gives an NDArray,
// and what the types cannot tell apart (an `any` argument, a union such as
// `keepdims: boolean`) stays `any`. The types cannot see dtype or ndim, so two run-time
// cases differ from them: a bool array's max/min (or a `dtype: 'bool'` sum) is a boolean,
// and axes covering every dimension (axis 0 of a 1-d array) give a scalar, as NumPy does.

/** Reduction arguments with an `any` among them (UntypedValue routes them to an `any` overload, as for ufuncs). */
export type UntypedArgs<A, O> = [axis: O & UntypedValue, opts?: O] | [axis: A | O | undefined, opts: O & UntypedValue];
/** Options of a full reduction to a JS scalar: no axis, no `keepdims: true`, no `out`. */
export type WholeOptions<O> = O & { axis?: null; keepdims?: false } & ('out' extends keyof O ? { out?: null } : unknown);
/** Options that make a reduction return an NDArray: an axis, `keepdims: true` or `out`. */
export type ArrayOptions<O> = O & ({ axis: number | readonly number[] } | { keepdims: true } | ('out' extends keyof O ? { out: NDArray } : never));
/** Trailing options that make a reduction return an NDArray whatever their `axis` (a positional axis overrides it). */
export type KeepOptions<O> = O & ({ keepdims: true } | ('out' extends keyof O ? { out: NDArray } : never));

type Kind = 'sum' | 'prod' | 'max' | 'min' | 'any' | 'all';

const IDENTITY: Record<Kind, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity, any: 0, all: 1 };

/** NumPy's pairwise sum of n values from `d[off]` with stride `st` (float64 arithmetic). */
export function pairwiseSum(d: ArrayLike2, off: number, n: number, st: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += d[off + i * st];
    // -0 + 0 is 0: NumPy's sum of [-0.] is -0. only because it starts from -0.; keep 0.
    return r;
  }
  if (n <= 128) {
    let r0 = d[off], r1 = d[off + st], r2 = d[off + 2 * st], r3 = d[off + 3 * st];
    let r4 = d[off + 4 * st], r5 = d[off + 5 * st], r6 = d[off + 6 * st], r7 = d[off + 7 * st];
    const m = n - (n % 8);
    let i = 8;
    if (st === 1) {
      // Two groups of 8 per iteration (each accumulator still adds its values in order):
      // fewer loop-carried checks per element.
      for (; i + 8 < m; i += 16) {
        const p = off + i;
        r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
        r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
        r0 += d[p + 8]; r1 += d[p + 9]; r2 += d[p + 10]; r3 += d[p + 11];
        r4 += d[p + 12]; r5 += d[p + 13]; r6 += d[p + 14]; r7 += d[p + 15];
      }
      for (; i < m; i += 8) {
        const p = off + i;
        r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
        r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
      }
    } else {
      for (; i < m; i += 8) {
        const p = off + i * st;
        r0 += d[p]; r1 += d[p + st]; r2 += d[p + 2 * st]; r3 += d[p + 3 * st];
        r4 += d[p + 4 * st]; r5 += d[p + 5 * st]; r6 += d[p + 6 * st]; r7 += d[p + 7 * st];
      }
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += d[off + i * st];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(d, off, n2, st) + pairwiseSum(d, off + n2 * st, n - n2, st);
}

/** The same pairwise sum rounded to float32 at every step, as NumPy's float32 loop. */
export function pairwiseSum32(d: ArrayLike2, off: number, n: number, st: number): number {
  const f = Math.fround;
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r = f(r + d[off + i * st]);
    return r;
  }
  if (n <= 128) {
    let r0 = d[off], r1 = d[off + st], r2 = d[off + 2 * st], r3 = d[off + 3 * st];
    let r4 = d[off + 4 * st], r5 = d[off + 5 * st], r6 = d[off + 6 * st], r7 = d[off + 7 * st];
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = off + i * st;
      r0 = f(r0 + d[p]); r1 = f(r1 + d[p + st]); r2 = f(r2 + d[p + 2 * st]); r3 = f(r3 + d[p + 3 * st]);
      r4 = f(r4 + d[p + 4 * st]); r5 = f(r5 + d[p + 5 * st]); r6 = f(r6 + d[p + 6 * st]); r7 = f(r7 + d[p + 7 * st]);
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) res = f(res + d[off + i * st]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum32(d, off, n2, st) + pairwiseSum32(d, off + n2 * st, n - n2, st));
}

/**
 * pairwiseSum of the squared deviations (d[i] - c)**2, in the same tree: what NumPy's
 * var computes as `x = a - mean; x = x * x; sum(x)`, without the temporary array.
 */
function pairwiseSqDev(d: ArrayLike2, off: number, n: number, st: number, c: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      const v = d[off + i * st] - c;
      r += v * v;
    }
    return r;
  }
  if (n <= 128) {
    let v0 = d[off] - c, v1 = d[off + st] - c, v2 = d[off + 2 * st] - c, v3 = d[off + 3 * st] - c;
    let v4 = d[off + 4 * st] - c, v5 = d[off + 5 * st] - c, v6 = d[off + 6 * st] - c, v7 = d[off + 7 * st] - c;
    let r0 = v0 * v0, r1 = v1 * v1, r2 = v2 * v2, r3 = v3 * v3, r4 = v4 * v4, r5 = v5 * v5, r6 = v6 * v6, r7 = v7 * v7;
    const m = n - (n % 8);
    let i = 8;
    if (st === 1) {
      for (; i < m; i += 8) {
        const p = off + i;
        v0 = d[p] - c; v1 = d[p + 1] - c; v2 = d[p + 2] - c; v3 = d[p + 3] - c;
        v4 = d[p + 4] - c; v5 = d[p + 5] - c; v6 = d[p + 6] - c; v7 = d[p + 7] - c;
        r0 += v0 * v0; r1 += v1 * v1; r2 += v2 * v2; r3 += v3 * v3;
        r4 += v4 * v4; r5 += v5 * v5; r6 += v6 * v6; r7 += v7 * v7;
      }
    } else {
      for (; i < m; i += 8) {
        const p = off + i * st;
        v0 = d[p] - c; v1 = d[p + st] - c; v2 = d[p + 2 * st] - c; v3 = d[p + 3 * st] - c;
        v4 = d[p + 4 * st] - c; v5 = d[p + 5 * st] - c; v6 = d[p + 6 * st] - c; v7 = d[p + 7 * st] - c;
        r0 += v0 * v0; r1 += v1 * v1; r2 += v2 * v2; r3 += v3 * v3;
        r4 += v4 * v4; r5 += v5 * v5; r6 += v6 * v6; r7 += v7 * v7;
      }
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) {
      const v = d[off + i * st] - c;
      res += v * v;
    }
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSqDev(d, off, n2, st, c) + pairwiseSqDev(d, off + n2 * st, n - n2, st, c);
}

/** pairwiseSqDev in float32, rounding as NumPy's float32 subtract, multiply and sum do. */
function pairwiseSqDev32(d: ArrayLike2, off: number, n: number, st: number, c: number): number {
  const f = Math.fround;
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      const v = f(d[off + i * st] - c);
      r = f(r + f(v * v));
    }
    return r;
  }
  if (n <= 128) {
    let v0 = f(d[off] - c), v1 = f(d[off + st] - c), v2 = f(d[off + 2 * st] - c), v3 = f(d[off + 3 * st] - c);
    let v4 = f(d[off + 4 * st] - c), v5 = f(d[off + 5 * st] - c), v6 = f(d[off + 6 * st] - c), v7 = f(d[off + 7 * st] - c);
    let r0 = f(v0 * v0), r1 = f(v1 * v1), r2 = f(v2 * v2), r3 = f(v3 * v3);
    let r4 = f(v4 * v4), r5 = f(v5 * v5), r6 = f(v6 * v6), r7 = f(v7 * v7);
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = off + i * st;
      v0 = f(d[p] - c); v1 = f(d[p + st] - c); v2 = f(d[p + 2 * st] - c); v3 = f(d[p + 3 * st] - c);
      v4 = f(d[p + 4 * st] - c); v5 = f(d[p + 5 * st] - c); v6 = f(d[p + 6 * st] - c); v7 = f(d[p + 7 * st] - c);
      r0 = f(r0 + f(v0 * v0)); r1 = f(r1 + f(v1 * v1)); r2 = f(r2 + f(v2 * v2)); r3 = f(r3 + f(v3 * v3));
      r4 = f(r4 + f(v4 * v4)); r5 = f(r5 + f(v5 * v5)); r6 = f(r6 + f(v6 * v6)); r7 = f(r7 + f(v7 * v7));
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) {
      const v = f(d[off + i * st] - c);
      res = f(res + f(v * v));
    }
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSqDev32(d, off, n2, st, c) + pairwiseSqDev32(d, off + n2 * st, n - n2, st, c));
}

type ArrayLike2 = { readonly [i: number]: number; readonly length: number };

const pairwiseFor = specialize(pairwiseSum);
const pairwise32For = specialize(pairwiseSum32);
const sqDevFor = specialize(pairwiseSqDev);
const sqDev32For = specialize(pairwiseSqDev32);

/**
 * out[oo + i*os] += d[off + r*rs + i*st] for i < n, for m rows `rs` apart that all add into the same output row, in row order.
 * Eight rows go through each output element at a time (`s = o[j]; s += row0[j]; ...;
 * s += row7[j]; o[j] = s`): the same additions in the same order as one row after
 * another, but the output is loaded and stored once per eight rows (3x faster here).
 */
function addRowsInto(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number, m: number, rs: number): void {
  let r = 0;
  if (os === 1 && st === 1) {
    for (; r + 7 < m; r += 8) {
      const p0 = off + r * rs, p1 = p0 + rs, p2 = p1 + rs, p3 = p2 + rs, p4 = p3 + rs, p5 = p4 + rs, p6 = p5 + rs, p7 = p6 + rs;
      for (let i = 0; i < n; i++) {
        let v = o[oo + i];
        v += d[p0 + i]; v += d[p1 + i]; v += d[p2 + i]; v += d[p3 + i];
        v += d[p4 + i]; v += d[p5 + i]; v += d[p6 + i]; v += d[p7 + i];
        o[oo + i] = v;
      }
    }
  }
  for (; r < m; r++) {
    const p = off + r * rs;
    if (os === 1 && st === 1) {
      let i = 0;
      for (; i + 3 < n; i += 4) {
        o[oo + i] += d[p + i];
        o[oo + i + 1] += d[p + i + 1];
        o[oo + i + 2] += d[p + i + 2];
        o[oo + i + 3] += d[p + i + 3];
      }
      for (; i < n; i++) o[oo + i] += d[p + i];
    } else for (let i = 0; i < n; i++) o[oo + i * os] += d[p + i * st];
  }
}
const addRowsFor = specialize(addRowsInto);

/** out[oo + i*os] += (d[off + i*st] - c[oo + i*os])**2: var's kept-axis accumulation. */
function addSqDevRow(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number, c: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const v = d[off + i * st] - c[oo + i * os];
    o[oo + i * os] += v * v;
  }
}
const addSqDevFor = specialize(addSqDevRow);

/** addSqDevRow in float32 arithmetic. */
function addSqDevRow32(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number, c: Float64Array): void {
  const f = Math.fround;
  for (let i = 0; i < n; i++) {
    const v = f(d[off + i * st] - c[oo + i * os]);
    o[oo + i * os] = f(o[oo + i * os] + f(v * v));
  }
}
const addSqDev32For = specialize(addSqDevRow32);

/** b[k + i] = d[q + i*st] for i < n: one row's part of a buffered inner-loop call. */
function gatherRow(b: Float64Array, k: number, d: ArrayLike2, q: number, n: number, st: number, _c: number): void {
  for (let i = 0; i < n; i++, q += st) b[k + i] = d[q];
}
const gatherFor = specialize(gatherRow);

/** b[k + i] = (d[q + i*st] - c)**2: gatherRow of var's squared deviations. */
function gatherSqDevRow(b: Float64Array, k: number, d: ArrayLike2, q: number, n: number, st: number, c: number): void {
  for (let i = 0; i < n; i++, q += st) {
    const v = d[q] - c;
    b[k + i] = v * v;
  }
}
const gatherSqDevFor = specialize(gatherSqDevRow);

/** gatherSqDevRow in float32 arithmetic. */
function gatherSqDevRow32(b: Float64Array, k: number, d: ArrayLike2, q: number, n: number, st: number, c: number): void {
  const f = Math.fround;
  for (let i = 0; i < n; i++, q += st) {
    const v = f(d[q] - c);
    b[k + i] = f(v * v);
  }
}
const gatherSqDev32For = specialize(gatherSqDevRow32);

/** Combines a strided row into one accumulator value. */
function reduceRow(kind: Kind, acc: number, d: TypedArray, off: number, n: number, st: number, f32: boolean): number {
  switch (kind) {
    case 'sum':
      return f32 ? Math.fround(acc + pairwise32For(d)(d, off, n, st)) : acc + pairwiseFor(d)(d, off, n, st);
    case 'prod':
      for (let i = 0; i < n; i++) acc *= d[off + i * st];
      return f32 ? Math.fround(acc) : acc;
    case 'max':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        if (v > acc || v !== v) acc = v;
        if (acc !== acc) break;
      }
      return acc;
    case 'min':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        if (v < acc || v !== v) acc = v;
        if (acc !== acc) break;
      }
      return acc;
    case 'any':
      if (acc) return 1;
      for (let i = 0; i < n; i++) if (d[off + i * st] !== 0) return 1;
      return 0;
    case 'all':
      if (!acc) return 0;
      for (let i = 0; i < n; i++) if (d[off + i * st] === 0) return 0;
      return 1;
  }
}

/** Adds a strided row elementwise into a strided output row (the kept-inner-axis case). */
function accumulateRow(kind: Kind, o: Float64Array, oo: number, os: number, d: TypedArray, off: number, st: number, n: number, f32: boolean): void {
  switch (kind) {
    case 'sum':
      if (f32) for (let i = 0; i < n; i++) o[oo + i * os] = Math.fround(o[oo + i * os] + d[off + i * st]);
      else addRowsFor(d)(o, oo, os, d, off, st, n, 1, 0);
      return;
    case 'prod':
      for (let i = 0; i < n; i++) o[oo + i * os] *= d[off + i * st];
      return;
    case 'max':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        const a = o[oo + i * os];
        if (v > a || v !== v) o[oo + i * os] = v;
      }
      return;
    case 'min':
      for (let i = 0; i < n; i++) {
        const v = d[off + i * st];
        const a = o[oo + i * os];
        if (v < a || v !== v) o[oo + i * os] = v;
      }
      return;
    case 'any':
      for (let i = 0; i < n; i++) if (d[off + i * st] !== 0) o[oo + i * os] = 1;
      return;
    case 'all':
      for (let i = 0; i < n; i++) if (d[off + i * st] === 0) o[oo + i * os] = 0;
      return;
  }
}

/** Shape of the result with reduced axes kept as 1. */
function keptShape(shape: number[], axes: number[]): number[] {
  return shape.map((n, i) => (axes.includes(i) ? 1 : n));
}

/**
 * Reduces `x` over `axes` with an operation, in NumPy's iteration order, into an array of
 * dtype `acc` (values are read as doubles and stored into acc's storage). With `center`
 * (laid out as the result, C order), kind 'sum' adds the squared deviations
 * (x - center)**2 instead of x: var's second pass.
 */
function reduceCore(kind: Kind, x: NDArray, axes: number[], acc: DType, center?: Float64Array): NDArray {
  const kshape = keptShape(x.shape, axes);
  // Float64 scratch so accumulation happens in double, then cast into the result dtype.
  const f32 = acc === 'float32';
  // Outermost first. NumPy lays the result out in this order (C order unless x's axes are
  // permuted); its strides decide how the walk coalesces, so the scratch uses them too.
  const order = iterationOrder(x.shape, [x.elementStrides]);
  const cstr = denseStrides(x.shape, x.shape.map((_, i) => i), axes);
  const vstr = denseStrides(x.shape, order, axes);
  const permuted = vstr.some((v, i) => v !== cstr[i]);
  const scratch = allocate('float64', sizeOf(kshape), kshape) as Float64Array;
  if (IDENTITY[kind] !== 0) scratch.fill(IDENTITY[kind]);
  let cen = center;
  if (center && permuted) {
    cen = new Float64Array(center.length);
    copyInto(new NDArray(cen, 'float64', kshape, vstr), new NDArray(center, 'float64', kshape));
  }
  // A float accumulator reading another dtype makes NumPy buffer (and so chunk) the input.
  // (var's second pass sums NumPy's own temporary, already of dtype acc.)
  const cast = !center && x.dtype !== acc && kindOf(acc) === 'f';
  const shape = order.map((i) => x.shape[i]);
  const xs = order.map((i) => x.elementStrides[i]);
  const os = order.map((i) => vstr[i]);
  if (x.size > 0) walk(kind, scratch, shape, os, xs, x.data, x.offset, f32, cen, cast);
  let res = scratch;
  if (permuted) {
    res = allocate('float64', scratch.length, kshape) as Float64Array;
    copyInto(new NDArray(res, 'float64', kshape), new NDArray(scratch, 'float64', kshape, vstr));
  }
  if (acc === 'float64') return new NDArray(res, 'float64', kshape);
  const out = zerosOf(kshape, acc);
  for (let i = 0; i < res.length; i++) out.data[i] = castScalar(res[i], acc);
  return out;
}

/**
 * The row walk of reduceCore (what forEachRow would do, with the per-type loops looked up
 * once): rows along the innermost coalesced axis, in the given (NumPy's) order. When the
 * inner axis is reduced, each row folds into one output element (pairwise for sums, or
 * chunkedSum when NumPy's buffering groups rows otherwise); when it is kept, rows add
 * elementwise into an output row, eight rows at a time for float64 sums.
 */
function walk(
  kind: Kind, o: Float64Array, shape: number[], ostr: number[], xstr: number[],
  d: TypedArray, off: number, f32: boolean, center: Float64Array | undefined, cast: boolean,
): void {
  const [sh, st] = coalesce(shape, [ostr, xstr]);
  const [so, sx] = st;
  let nd = sh.length;
  if (nd === 0) {
    // A single element: one row of length 1.
    sh.push(1);
    so.push(0);
    sx.push(0);
    nd = 1;
  }
  const n = sh[nd - 1], io = so[nd - 1], ix = sx[nd - 1];
  // The axis outside the rows, walked here; the rest by an index counter.
  const m = nd >= 2 ? sh[nd - 2] : 1, mo = nd >= 2 ? so[nd - 2] : 0, mx = nd >= 2 ? sx[nd - 2] : 0;
  const outer = Math.max(nd - 2, 0);
  const sum = kind === 'sum';
  if (sum && io === 0) {
    // NumPy's inner-loop calls may group rows (or split them): then sum call by call.
    const sch = bufferSchedule(sh, so, sx, cast);
    if (!callsAreRows(sch, n)) return chunkedSum(o, sh, so, sx, d, off, f32, center, sch);
  }
  const sqdev = sum && center !== undefined;
  const pw: (d: TypedArray, off: number, n: number, st: number) => number = f32 ? pairwise32For(d) : pairwiseFor(d);
  const sd: (d: TypedArray, off: number, n: number, st: number, c: number) => number = f32 ? sqDev32For(d) : sqDevFor(d);
  const addRows = addRowsFor(d);
  const addSq: (o: Float64Array, oo: number, os: number, d: TypedArray, off: number, st: number, n: number, c: Float64Array) => void =
    f32 ? addSqDev32For(d) : addSqDevFor(d);
  const idx = new Array<number>(outer).fill(0);
  let rows = 1;
  for (let k = 0; k < outer; k++) rows *= sh[k];
  let oo = 0;
  let xo = off;
  for (let r = 0; r < rows; r++) {
    if (io === 0) {
      // Inner axis reduced: each row folds into o[oo + j*mo].
      for (let j = 0, p = oo, q = xo; j < m; j++, p += mo, q += mx) {
        if (sqdev) o[p] = f32 ? Math.fround(o[p] + sd(d, q, n, ix, center![p])) : o[p] + sd(d, q, n, ix, center![p]);
        else if (sum) o[p] = f32 ? Math.fround(o[p] + pw(d, q, n, ix)) : o[p] + pw(d, q, n, ix);
        else o[p] = reduceRow(kind, o[p], d, q, n, ix, f32);
      }
    } else if (sqdev) {
      for (let j = 0, p = oo, q = xo; j < m; j++, p += mo, q += mx) addSq(o, p, io, d, q, ix, n, center!);
    } else if (sum && !f32 && mo === 0) {
      // Inner axis kept, next axis reduced: m rows add into the same output row.
      addRows(o, oo, io, d, xo, ix, n, m, mx);
    } else {
      for (let j = 0, p = oo, q = xo; j < m; j++, p += mo, q += mx) accumulateRow(kind, o, p, io, d, q, ix, n, f32);
    }
    for (let k = outer - 1; k >= 0; k--) {
      oo += so[k];
      xo += sx[k];
      if (++idx[k] < sh[k]) break;
      oo -= so[k] * sh[k];
      xo -= sx[k] * sh[k];
      idx[k] = 0;
    }
  }
}

/**
 * The sum walk (inner axis reduced) when NumPy's inner-loop calls are not whole rows.
 * A call within a row is one strided pairwise sum. A call over several rows is the
 * pairwise sum of its elements in iteration order, as NumPy's buffer holds them: the
 * same recursion, run over the rows in place; only a block of <= 128 that crosses a row
 * end is gathered first.
 */
function chunkedSum(
  o: Float64Array, sh: number[], so: number[], sx: number[], d: TypedArray, off: number,
  f32: boolean, center: Float64Array | undefined, sch: BufferSchedule,
): void {
  const nd = sh.length;
  const n = sh[nd - 1], ix = sx[nd - 1];
  const pw: (d: TypedArray, off: number, n: number, st: number) => number = f32 ? pairwise32For(d) : pairwiseFor(d);
  const sd: (d: TypedArray, off: number, n: number, st: number, c: number) => number = f32 ? sqDev32For(d) : sqDevFor(d);
  const gather: (b: Float64Array, k: number, d: TypedArray, q: number, n: number, st: number, c: number) => void =
    center === undefined ? gatherFor(d) : f32 ? gatherSqDev32For(d) : gatherSqDevFor(d);
  const block = new Float64Array(128);
  const pwBlock = f32 ? pairwise32For(block) : pairwiseFor(block);
  // The cursor: position i0 in the current row, which starts at xrow (input) / orow (output).
  const outer = nd - 1;
  const idx = new Array<number>(outer).fill(0);
  let i0 = 0, xrow = off, orow = 0;
  const nextRow = (): void => {
    i0 = 0;
    for (let k = outer - 1; k >= 0; k--) {
      xrow += sx[k];
      orow += so[k];
      if (++idx[k] < sh[k]) return;
      xrow -= sx[k] * sh[k];
      orow -= so[k] * sh[k];
      idx[k] = 0;
    }
  };
  // Start offsets of the rows a call covers; elements j of the call sit at row j / n.
  const rows: number[] = [];
  let cp = 0;
  const rowsPairwise = (j: number, m: number): number => {
    const r = Math.floor(j / n), i = j - r * n;
    // Within one row the recursion is pairwiseSum's own.
    if (i + m <= n) return center === undefined ? pw(d, rows[r] + i * ix, m, ix) : sd(d, rows[r] + i * ix, m, ix, cp);
    if (m <= 128) {
      for (let k = 0, rr = r, ii = i; k < m; rr++, ii = 0) {
        const take = Math.min(n - ii, m - k);
        gather(block, k, d, rows[rr] + ii * ix, take, ix, cp);
        k += take;
      }
      return pwBlock(block, 0, m, 1);
    }
    let n2 = Math.floor(m / 2);
    n2 -= n2 % 8;
    const s = rowsPairwise(j, n2) + rowsPairwise(j + n2, m - n2);
    return f32 ? Math.fround(s) : s;
  };
  forEachCall(sch, sizeOf(sh), sh[nd - 1 - sch.outerDim], (c) => {
    // The output stays put through a call (its stride is zero over the call's axes).
    const p = orow;
    cp = center === undefined ? 0 : center[p];
    let v: number;
    if (i0 + c <= n) {
      const q = xrow + i0 * ix;
      v = center === undefined ? pw(d, q, c, ix) : sd(d, q, c, ix, cp);
      i0 += c;
      if (i0 === n) nextRow();
    } else {
      const j0 = i0;
      rows.length = 0;
      rows.push(xrow);
      let left = c - (n - i0);
      nextRow();
      while (left > 0) {
        rows.push(xrow);
        if (left >= n) {
          left -= n;
          nextRow();
        } else {
          i0 = left;
          left = 0;
        }
      }
      v = rowsPairwise(j0, c);
    }
    o[p] = f32 ? Math.fround(o[p] + v) : o[p] + v;
  });
}

/** Drops the kept-as-1 axes unless keepdims; a full reduction without keepdims gives a JS scalar. */
function finish(r: NDArray, axes: number[], ndim: number, keepdims: boolean | undefined, out?: NDArray | null): any {
  let res: NDArray = r;
  if (!keepdims) {
    const shape = r.shape.filter((_, i) => !axes.includes(i));
    res = new NDArray(r.data, r.dtype, shape);
  }
  if (out) {
    copyToOut(out, res);
    return out;
  }
  if (res.ndim === 0 && axes.length === ndim) {
    const v = res.data[0];
    return res.dtype === 'bool' ? v !== 0 : v;
  }
  return res;
}

function copyToOut(out: NDArray, r: NDArray): void {
  if (out.shape.length !== r.shape.length || out.shape.some((n, i) => n !== r.shape[i])) {
    throw new ValueError(`output parameter for reduction operation has the wrong number of dimensions`);
  }
  for (let i = 0; i < r.size; i++) out.flatSet(i, r.flatGet(i));
}

/** The accumulator dtype of sum/prod: small ints widen to int64/uint64 as NumPy does. */
function sumDType(d: DType): DType {
  const k = kindOf(d);
  if (k === 'b') return 'int64';
  if (k === 'i') return 'int64';
  if (k === 'u') return 'uint64';
  return d;
}

function parse(a: ArrayLike, axisOrOpts: Axis | ReduceOptions | undefined, opts: ReduceOptions): [NDArray, ReduceOptions] {
  const x = asarray(a);
  if (axisOrOpts !== null && typeof axisOrOpts === 'object' && !Array.isArray(axisOrOpts)) return [x, axisOrOpts as ReduceOptions];
  return [x, { ...opts, axis: axisOrOpts as Axis }];
}

function noIdentity(name: string): never {
  throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
}

/**
 * A complex reduction's result, finished as `finish` does: axes kept as 1 on request,
 * copied into `out`, and a full reduction as a Complex scalar.
 */
function finishComplex(r: NDArray, x: NDArray, axes: number[], keepdims: boolean | undefined, out?: NDArray | null): any {
  let res = r;
  if (keepdims) res = new NDArray(r.data, r.dtype, x.shape.map((n, i) => (axes.includes(i) ? 1 : n)));
  if (out) {
    copyInto(out, res);
    return out;
  }
  if (res.ndim === 0 && axes.length === x.ndim) return kindOf(res.dtype) === 'c' ? complexItem(res) : res.data[0];
  return res;
}

/** sum/prod/mean/all/any of a complex array (max/min order complex lexicographically: not here). */
function genericComplex(kind: Kind | 'mean', x: NDArray, o: ReduceOptions): any {
  const axes = normalizeAxes(o.axis, x.ndim);
  if (kind === 'all' || kind === 'any') return generic(kind, not_equal(x, 0) as NDArray, o, {}, () => 'bool');
  if ((kind === 'max' || kind === 'min') && axes.some((ax) => x.shape[ax] === 0)) noIdentity(kind === 'max' ? 'maximum' : 'minimum');
  let xc = x;
  if (o.dtype) {
    const d = toDType(o.dtype);
    if (kindOf(d) !== 'c') rejectComplex(`np.${kind} with dtype=${d}`, x);
    xc = copyToContiguous(x, d);
  }
  return finishComplex(complexReduce(kind as 'sum' | 'prod' | 'mean' | 'max' | 'min', xc, axes), x, axes, o.keepdims, o.out);
}

function generic(kind: Kind, a: ArrayLike, axisOrOpts: Axis | ReduceOptions | undefined, opts: ReduceOptions, defaultAcc: (d: DType) => DType): any {
  const [x0, o] = parse(a, axisOrOpts, opts);
  if (kindOf(x0.dtype) === 'c') return genericComplex(kind, x0, o);
  const axes = normalizeAxes(o.axis, x0.ndim);
  let x = x0;
  const acc = o.dtype ? toDType(o.dtype) : defaultAcc(x.dtype);
  if ((kind === 'max' || kind === 'min') && axes.some((ax) => x.shape[ax] === 0)) noIdentity(kind === 'max' ? 'maximum' : 'minimum');
  if (o.dtype && kindOf(acc) !== kindOf(x.dtype) && kindOf(x.dtype) === 'f') x = copyToContiguous(x, acc);
  return finish(reduceCore(kind, x, axes, acc), axes, x.ndim, o.keepdims, o.out);
}

/**
 * Sum of array elements over the given axes.
 *
 * Parameters
 * - axis: an axis, a list of axes, or null (all; the default).
 * - keepdims: keep reduced axes as length 1.
 * - dtype: accumulator type; bool and small ints sum as int64 (uint64 for unsigned).
 *
 * @example
 * np.sum(np.array([1, 2, 3]))                        // 6
 * np.array([[1, 2], [3, 4]]).sum({axis: 0})          // array([4, 6])
 */
export function sum(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function sum(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function sum(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function sum(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function sum(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function sum(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('sum', a, axis, opts, sumDType);
}

/**
 * Product of array elements over the given axes.
 *
 * @example
 * np.prod(np.array([1, 2, 3, 4]))   // 24
 */
export function prod(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function prod(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function prod(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function prod(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function prod(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function prod(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('prod', a, axis, opts, sumDType);
}

/**
 * Maximum of array elements over the given axes (NaN propagates).
 *
 * @example
 * np.max(np.array([[1, 2], [5, 3]]), {axis: 0})   // array([5, 3])
 */
export function max(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function max(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function max(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function max(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function max(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function max(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('max', a, axis, opts, (d) => d);
}

/**
 * Minimum of array elements over the given axes (NaN propagates).
 *
 * @example
 * np.min(np.array([3, 1, 2]))   // 1
 */
export function min(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function min(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function min(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function min(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function min(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function min(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('min', a, axis, opts, (d) => d);
}

/** Alias of `max`. */
export const amax = max;
/** Alias of `min`. */
export const amin = min;

/**
 * Whether all elements (over the given axes) are true.
 *
 * @example
 * np.all(np.array([1, 2]).gt(0))   // true
 */
export function all(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function all(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): boolean;
export function all(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function all(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function all(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function all(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('all', a, axis, opts, () => 'bool');
}

/**
 * Whether any element (over the given axes) is true.
 *
 * @example
 * np.any(np.array([0, 0, 3]))   // true
 */
export function any(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function any(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): boolean;
export function any(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function any(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function any(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function any(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  return generic('any', a, axis, opts, () => 'bool');
}

/** The dtype of a mean: float32 stays, everything else computes in float64. */
function meanDType(d: DType): DType {
  return d === 'float32' ? 'float32' : 'float64';
}

function countOf(x: NDArray, axes: number[]): number {
  return axes.reduce((p, ax) => p * x.shape[ax], 1);
}

/**
 * Arithmetic mean over the given axes (ints average in float64).
 *
 * @example
 * np.mean(np.array([1, 2, 3, 4]))                       // 2.5
 * np.array([[1, 2], [3, 4]]).mean({axis: 1})           // array([1.5, 3.5])
 */
export function mean(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function mean(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function mean(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function mean(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function mean(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function mean(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  const [x, o] = parse(a, axis, opts);
  if (kindOf(x.dtype) === 'c') return genericComplex('mean', x, o);
  const axes = normalizeAxes(o.axis, x.ndim);
  const acc = o.dtype ? toDType(o.dtype) : meanDType(x.dtype);
  const s = reduceCore('sum', x, axes, acc);
  const n = countOf(x, axes);
  const d = s.data;
  // An integer dtype= truncates the quotient, as NumPy's true_divide cast back does.
  const intAcc = kindOf(acc) === 'i' || kindOf(acc) === 'u';
  for (let i = 0; i < d.length; i++) d[i] = intAcc ? castScalar(d[i] / n, acc) : acc === 'float32' ? Math.fround(d[i] / n) : d[i] / n;
  return finish(s, axes, x.ndim, o.keepdims, o.out);
}

/**
 * Whether x's elements fill a block of memory with positive strides in some axis order,
 * so walking x in memory order walks exactly the array NumPy's `a - mean` allocates (in
 * that same order) and the rows of both walks coalesce alike.
 */
function isDense(x: NDArray): boolean {
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
function complexSpread(x: NDArray, axes: number[], o: VarOptions, isStd: boolean): any {
  const r = complexVar(x, axes, o.ddof ?? 0, isStd, (sq, ax) => reduceCore('sum', sq, ax, sq.dtype));
  return finish(r, axes, x.ndim, o.keepdims, o.out);
}

/** Options of argmin/argmax. */
export interface ArgOptions {
  axis?: number | null;
  keepdims?: boolean;
}

function argReduce(name: 'argmax' | 'argmin', a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
  const x0 = asarray(a);
  const o: ArgOptions = axis !== null && typeof axis === 'object' ? axis : { ...opts, axis: axis as number | null | undefined };
  const better = name === 'argmax' ? (v: number, b: number) => v > b : (v: number, b: number) => v < b;
  const cplx = kindOf(x0.dtype) === 'c';
  const pick = (x: NDArray, off: number, n: number, st: number): number => {
    if (n === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
    if (cplx) return complexArgPick(name === 'argmax', x.data, off, n, st);
    let bi = 0;
    let bv = x.data[off];
    if (bv !== bv) return 0;
    for (let i = 1; i < n; i++) {
      const v = x.data[off + i * st];
      if (v !== v) return i;
      if (better(v, bv)) {
        bv = v;
        bi = i;
      }
    }
    return bi;
  };
  if (o.axis === undefined || o.axis === null) {
    const x = copyToContiguous(x0);
    const r = pick(x, 0, x.size, 1);
    return o.keepdims ? new NDArray(new Float64Array([r]), 'int64', x0.shape.map(() => 1)) : r;
  }
  const ax = normalizeAxis(o.axis, x0.ndim);
  const outShape = x0.shape.filter((_, i) => i !== ax);
  const res = zerosOf(outShape, 'int64');
  const rest = x0.shape.map((_, i) => i).filter((i) => i !== ax);
  let k = 0;
  forEachRowOuter(x0, rest, (off) => {
    res.data[k++] = pick(x0, off, x0.shape[ax], x0.elementStrides[ax]);
  });
  if (o.keepdims) return new NDArray(res.data, 'int64', keptShape(x0.shape, [ax]));
  // Along a 1-d array's only axis NumPy returns a scalar, as for the flattened array.
  return res.ndim === 0 ? res.data[0] : res;
}

/**
 * NumPy's complex argmax/argmin: lexicographic (real part, then imaginary), the first
 * element with a NaN part wins. Offsets count complex elements.
 */
function complexArgPick(max: boolean, d: TypedArray, off: number, n: number, st: number): number {
  let br = d[2 * off];
  let bi = d[2 * off + 1];
  if (br !== br || bi !== bi) return 0;
  let at = 0;
  for (let i = 1; i < n; i++) {
    const q = 2 * (off + i * st);
    const r = d[q];
    const m = d[q + 1];
    if (r !== r || m !== m) return i;
    if (max ? r > br || (r === br && m > bi) : r < br || (r === br && m < bi)) {
      br = r;
      bi = m;
      at = i;
    }
  }
  return at;
}

/** Calls fn with the buffer offset of every index combination of `axes`, in C order. */
function forEachRowOuter(x: NDArray, axes: number[], fn: (off: number) => void): void {
  const rec = (k: number, off: number) => {
    if (k === axes.length) return fn(off);
    const ax = axes[k];
    for (let i = 0; i < x.shape[ax]; i++) rec(k + 1, off + i * x.elementStrides[ax]);
  };
  rec(0, x.offset);
}

/**
 * Index of the maximum (first occurrence; a NaN wins), over the flattened array or an axis.
 *
 * @example
 * np.argmax(np.array([1, 3, 3, 2]))                     // 1
 * np.array([[1, 5], [4, 2]]).argmax({axis: 0})          // array([1, 0])
 */
export function argmax(a: ArrayLike, ...untyped: UntypedArgs<number | null, ArgOptions>): any;
export function argmax(a: ArrayLike, axis?: null | WholeOptions<ArgOptions>, opts?: WholeOptions<ArgOptions>): number;
export function argmax(a: ArrayLike, axis: number | ArrayOptions<ArgOptions>, opts?: ArgOptions): NDArray;
export function argmax(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ArgOptions>): NDArray;
export function argmax(a: ArrayLike, axis?: number | null | ArgOptions, opts?: ArgOptions): any;
export function argmax(a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
  return argReduce('argmax', a, axis, opts);
}

/**
 * Index of the minimum (first occurrence; a NaN wins), over the flattened array or an axis.
 *
 * @example
 * np.argmin(np.array([3, 1, 2]))   // 1
 */
export function argmin(a: ArrayLike, ...untyped: UntypedArgs<number | null, ArgOptions>): any;
export function argmin(a: ArrayLike, axis?: null | WholeOptions<ArgOptions>, opts?: WholeOptions<ArgOptions>): number;
export function argmin(a: ArrayLike, axis: number | ArrayOptions<ArgOptions>, opts?: ArgOptions): NDArray;
export function argmin(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ArgOptions>): NDArray;
export function argmin(a: ArrayLike, axis?: number | null | ArgOptions, opts?: ArgOptions): any;
export function argmin(a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
  return argReduce('argmin', a, axis, opts);
}

/** Options of cumsum/cumprod. */
export interface AccumulateOptions {
  axis?: number | null;
  dtype?: DTypeLike | null;
}

function accumulate(kind: 'sum' | 'prod', a: ArrayLike, axis?: number | null | AccumulateOptions, opts: AccumulateOptions = {}): NDArray {
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

/**
 * Range of values (max - min) over the given axes.
 *
 * @example
 * np.ptp(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 1})   // array([4, 4])
 */
export function ptp(a: ArrayLike, ...untyped: UntypedArgs<Axis, ReduceOptions>): any;
export function ptp(a: ArrayLike, axis?: null | WholeOptions<ReduceOptions>, opts?: WholeOptions<ReduceOptions>): number;
export function ptp(a: ArrayLike, axis: number | readonly number[] | ArrayOptions<ReduceOptions>, opts?: ReduceOptions): NDArray;
export function ptp(a: ArrayLike, axis: null | undefined, opts: KeepOptions<ReduceOptions>): NDArray;
export function ptp(a: ArrayLike, axis?: Axis | ReduceOptions, opts?: ReduceOptions): any;
export function ptp(a: ArrayLike, axis?: Axis | ReduceOptions, opts: ReduceOptions = {}): any {
  // One options object (axis given either way), `out` kept for the difference: max and min
  // must not both write into it.
  const { out, ...o }: ReduceOptions = axis !== null && typeof axis === 'object' && !Array.isArray(axis) ? { ...(axis as ReduceOptions), ...opts } : { ...opts, axis: axis as Axis };
  const hi = max(a, o);
  const lo = min(a, o);
  if (typeof hi === 'number' && !out) return hi - (lo as number);
  return subtract(hi, lo, out ? { out } : undefined);
}

/**
 * Number of non-zero values, over all elements or the given axes.
 *
 * @example
 * np.count_nonzero(np.array([0, 1, 2, 0, 3]))   // 3
 */
export function count_nonzero(a: ArrayLike, axis?: Axis | { axis?: Axis; keepdims?: boolean }, opts: { keepdims?: boolean } = {}): any {
  const x = asarray(a);
  const o = axis !== null && typeof axis === 'object' && !Array.isArray(axis) ? (axis as { axis?: Axis; keepdims?: boolean }) : { ...opts, axis: axis as Axis };
  const axes = normalizeAxes(o.axis, x.ndim);
  const nz = reduceCore('sum', copyToContiguous(x, 'bool'), axes, 'int64');
  return finish(nz, axes, x.ndim, o.keepdims);
}
