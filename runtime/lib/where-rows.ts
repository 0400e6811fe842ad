/**
 * Row kernels of np.where: out = cond ? x : y along a row, for real storage and for
 * complex (re, im) pairs. Each has its contiguous path (the usual full-size condition and
 * operands) and a general strided one (broadcast scalars have stride 0); specialize()
 * compiles one copy per storage type so each loop stays monomorphic.
 */
import { specialize } from '../kernels';
import type { TypedArray } from '../dtype';

/** (n, o, oo, os, c, co, cs, x, xo, xs, y, yo, ys): offsets and strides in elements. */
export type WhereRow = (
  n: number, o: TypedArray, oo: number, os: number, c: TypedArray, co: number, cs: number,
  x: TypedArray, xo: number, xs: number, y: TypedArray, yo: number, ys: number,
) => void;

function whereRow(n: number, o: any, oo: number, os: number, c: any, co: number, cs: number, x: any, xo: number, xs: number, y: any, yo: number, ys: number): void {
  if (os === 1 && cs === 1 && xs === 1 && ys === 1) {
    for (let i = 0; i < n; i++) o[oo + i] = c[co + i] !== 0 ? x[xo + i] : y[yo + i];
    return;
  }
  for (let i = 0; i < n; i++, oo += os, co += cs, xo += xs, yo += ys) o[oo] = c[co] !== 0 ? x[xo] : y[yo];
}

function wherePairsRow(n: number, o: any, oo: number, os: number, c: any, co: number, cs: number, x: any, xo: number, xs: number, y: any, yo: number, ys: number): void {
  for (let i = 0, p = 2 * oo, q = 2 * xo, r = 2 * yo; i < n; i++, p += 2 * os, co += cs, q += 2 * xs, r += 2 * ys) {
    if (c[co] !== 0) {
      o[p] = x[q];
      o[p + 1] = x[q + 1];
    } else {
      o[p] = y[r];
      o[p + 1] = y[r + 1];
    }
  }
}

const realFor = specialize(whereRow);
const pairsFor = specialize(wherePairsRow);

/** The row kernel for an output of this storage (`pairs`: a complex dtype). */
export function whereRowFor(o: TypedArray, pairs: boolean): WhereRow {
  return (pairs ? pairsFor : realFor)(o) as WhereRow;
}
