/**
 * The row kernels the reductions run on: rows added into an output row (a kept inner
 * axis), rows gathered as NumPy's buffer holds them, and one strided row reduced into an
 * accumulator (sum, prod, max, min, any, all) or accumulated along (cumsum, cumprod).
 */
import { type TypedArray } from '../dtype';
import { specialize } from '../kernels';
import { Kind } from './types';
import { ArrayLike2, pairwiseFor, pairwise32For } from './pairwise';

/**
 * out[oo + i*os] += d[off + r*rs + i*st] for i < n, for m rows `rs` apart that all add into the same output row, in row order.
 * Eight rows go through each output element at a time (`s = o[j]; s += row0[j]; ...;
 * s += row7[j]; o[j] = s`): the same additions in the same order as one row after
 * another, but the output is loaded and stored once per eight rows (3x faster here).
 */
export function addRowsInto(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number, m: number, rs: number): void {
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
export const addRowsFor = specialize(addRowsInto);

/** out[oo + i*os] += (d[off + i*st] - c[oo + i*os])**2: var's kept-axis accumulation. */
export function addSqDevRow(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number, c: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const v = d[off + i * st] - c[oo + i * os];
    o[oo + i * os] += v * v;
  }
}
export const addSqDevFor = specialize(addSqDevRow);

/** addSqDevRow in float32 arithmetic. */
export function addSqDevRow32(o: Float64Array, oo: number, os: number, d: ArrayLike2, off: number, st: number, n: number, c: Float64Array): void {
  const f = Math.fround;
  for (let i = 0; i < n; i++) {
    const v = f(d[off + i * st] - c[oo + i * os]);
    o[oo + i * os] = f(o[oo + i * os] + f(v * v));
  }
}
export const addSqDev32For = specialize(addSqDevRow32);

/** b[k + i] = d[q + i*st] for i < n: one row's part of a buffered inner-loop call. */
export function gatherRow(b: Float64Array, k: number, d: ArrayLike2, q: number, n: number, st: number, _c: number): void {
  for (let i = 0; i < n; i++, q += st) b[k + i] = d[q];
}
export const gatherFor = specialize(gatherRow);

/** b[k + i] = (d[q + i*st] - c)**2: gatherRow of var's squared deviations. */
export function gatherSqDevRow(b: Float64Array, k: number, d: ArrayLike2, q: number, n: number, st: number, c: number): void {
  for (let i = 0; i < n; i++, q += st) {
    const v = d[q] - c;
    b[k + i] = v * v;
  }
}
export const gatherSqDevFor = specialize(gatherSqDevRow);

/** gatherSqDevRow in float32 arithmetic. */
export function gatherSqDevRow32(b: Float64Array, k: number, d: ArrayLike2, q: number, n: number, st: number, c: number): void {
  const f = Math.fround;
  for (let i = 0; i < n; i++, q += st) {
    const v = f(d[q] - c);
    b[k + i] = f(v * v);
  }
}
export const gatherSqDev32For = specialize(gatherSqDevRow32);

/** Combines a strided row into one accumulator value. */
export function reduceRow(kind: Kind, acc: number, d: TypedArray, off: number, n: number, st: number, f32: boolean): number {
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
export function accumulateRow(kind: Kind, o: Float64Array, oo: number, os: number, d: TypedArray, off: number, st: number, n: number, f32: boolean): void {
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
