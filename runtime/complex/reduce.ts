/**
 * Reductions of complex arrays: sum and mean (NumPy's complex pairwise summation along a
 * contiguous axis, so the bits agree), prod, cumsum, cumprod, and var/std (real results:
 * the mean of |x - mean|^2). reduce/core.ts hands complex input here.
 */
import { NDArray, zerosOf, copyToContiguous } from '../ndarray';
import { type DType, kindOf, partDType } from '../dtype';
import { cStrides, sizeOf } from '../shape';
import { NumpyTypeError, ValueError } from '../errors';
import { Complex } from './complex';
import { R, cdiv, cmul } from './cmath';

/**
 * NumPy's `@TYPE@_pairwise_sum` for complex, one part: m elements `st` scalars apart from
 * `off`. Blocks of up to 64 elements use four accumulators; longer runs split in two.
 */
function pairwisePart(d: ArrayLike<number>, off: number, m: number, st: number, f32: boolean): number {
  if (m < 4) {
    let r = -0;
    for (let i = 0; i < m; i++) r = f32 ? Math.fround(r + d[off + i * st]) : r + d[off + i * st];
    return r;
  }
  if (m <= 64) {
    let r0 = d[off], r1 = d[off + st], r2 = d[off + 2 * st], r3 = d[off + 3 * st];
    let i = 4;
    const end = m - (m % 4);
    if (f32) {
      for (; i < end; i += 4) {
        const q = off + i * st;
        r0 = Math.fround(r0 + d[q]); r1 = Math.fround(r1 + d[q + st]); r2 = Math.fround(r2 + d[q + 2 * st]); r3 = Math.fround(r3 + d[q + 3 * st]);
      }
      let res = Math.fround(Math.fround(r0 + r1) + Math.fround(r2 + r3));
      for (; i < m; i++) res = Math.fround(res + d[off + i * st]);
      return res;
    }
    for (; i < end; i += 4) {
      const q = off + i * st;
      r0 += d[q]; r1 += d[q + st]; r2 += d[q + 2 * st]; r3 += d[q + 3 * st];
    }
    let res = (r0 + r1) + (r2 + r3);
    for (; i < m; i++) res += d[off + i * st];
    return res;
  }
  const m2 = (m - (m % 8)) / 2;
  const s = pairwisePart(d, off, m2, st, f32) + pairwisePart(d, off + m2 * st, m - m2, st, f32);
  return f32 ? Math.fround(s) : s;
}

type Kind = 'sum' | 'prod' | 'mean' | 'max' | 'min';

/** The reduced axes moved last and merged: [outer shape, a view/copy of shape outer + [n]]. */
function arrange(x: NDArray, axes: number[]): { outer: number[]; v: NDArray; n: number; pairwise: boolean } {
  const keep = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const outer = keep.map((i) => x.shape[i]);
  const n = axes.reduce((p, ax) => p * x.shape[ax], 1);
  if (axes.length === 1) {
    const ax = axes[0];
    const v = new NDArray(x.data, x.dtype, [...outer, n], [...keep.map((i) => x.elementStrides[i]), x.elementStrides[ax]], x.offset, x);
    // NumPy sums pairwise along the reduced axis when it is the one its loop runs along
    // (the innermost in memory); otherwise row by row, element by element.
    const inner = x.elementStrides[ax];
    const pairwise = x.ndim === 1 || keep.every((i) => x.shape[i] === 1 || Math.abs(x.elementStrides[i]) > Math.abs(inner));
    return { outer, v, n, pairwise };
  }
  // Several axes: a C-ordered copy with the reduced axes last (the whole array: its C order).
  const order = [...keep, ...axes];
  const t = new NDArray(x.data, x.dtype, order.map((i) => x.shape[i]), order.map((i) => x.elementStrides[i]), x.offset, x);
  const c = copyToContiguous(t);
  return { outer, v: new NDArray(c.data, c.dtype, [...outer, n]), n, pairwise: true };
}

/** Visits every outer position: `fn(k, off)` with the output's flat index and the row's element offset. */
function eachRow(v: NDArray, fn: (k: number, off: number) => void): void {
  const outerShape = v.shape.slice(0, -1);
  const count = sizeOf(outerShape);
  const st = v.elementStrides;
  for (let k = 0; k < count; k++) {
    let off = v.offset;
    let rem = k;
    for (let d = outerShape.length - 1; d >= 0; d--) {
      off += (rem % outerShape[d]) * st[d];
      rem = Math.floor(rem / outerShape[d]);
    }
    fn(k, off);
  }
}

/** sum, prod, mean, max or min of a complex array over `axes` (normalised); the result keeps no axes. */
export function complexReduce(kind: Kind, x: NDArray, axes: number[]): NDArray {
  const { outer, v, n, pairwise } = arrange(x, axes);
  const out = zerosOf(outer, x.dtype);
  const o = out.data;
  const d = v.data;
  const f32 = x.dtype === 'complex64';
  const es = v.elementStrides[v.ndim - 1];
  eachRow(v, (k, off) => {
    let re: number;
    let im: number;
    if (kind === 'max' || kind === 'min') {
      // np.maximum.reduce: lexicographic order, a NaN part propagates (the loop's CGE/CLE).
      re = d[2 * off];
      im = d[2 * off + 1];
      for (let i = 1; i < n; i++) {
        const q = 2 * (off + i * es);
        const br = d[q], bi = d[q + 1];
        const keep = re !== re || im !== im || (kind === 'max'
          ? (re > br && bi === bi) || (re === br && im >= bi)
          : (re < br && bi === bi) || (re === br && im <= bi));
        if (!keep) {
          re = br;
          im = bi;
        }
      }
    } else if (kind === 'prod') {
      re = 1;
      im = 0;
      for (let i = 0; i < n; i++) {
        const q = 2 * (off + i * es);
        cmul(re, im, d[q], d[q + 1]);
        re = f32 ? Math.fround(R.re) : R.re;
        im = f32 ? Math.fround(R.im) : R.im;
      }
    } else if (pairwise) {
      re = pairwisePart(d, 2 * off, n, 2 * es, f32);
      im = pairwisePart(d, 2 * off + 1, n, 2 * es, f32);
    } else {
      re = n > 0 ? d[2 * off] : 0;
      im = n > 0 ? d[2 * off + 1] : 0;
      for (let i = 1; i < n; i++) {
        const q = 2 * (off + i * es);
        re = f32 ? Math.fround(re + d[q]) : re + d[q];
        im = f32 ? Math.fround(im + d[q + 1]) : im + d[q + 1];
      }
    }
    if (kind === 'mean') {
      cdiv(re, im, n, 0);
      re = R.re;
      im = R.im;
    }
    o[2 * k] = re;
    o[2 * k + 1] = im;
  });
  return out;
}

/** var (or std) of a complex array: the mean of |x - mean|^2 over `axes`, a float result. */
export function complexVar(x: NDArray, axes: number[], ddof: number, std: boolean, sumReal: (a: NDArray, axes: number[]) => NDArray): NDArray {
  const m = complexReduce('mean', x, axes);
  const n = axes.reduce((p, ax) => p * x.shape[ax], 1);
  // The mean broadcast back over the reduced axes (kept as length 1).
  const mShape = x.shape.map((s, i) => (axes.includes(i) ? 1 : s));
  const mStr = cStrides(mShape).map((s, i) => (axes.includes(i) ? 0 : s));
  const pd = partDType(x.dtype);
  const sq = zerosOf(x.shape.slice(), pd);
  const f32 = pd === 'float32';
  const size = x.size;
  const xs = x.elementStrides;
  const sh = x.shape;
  for (let i = 0; i < size; i++) {
    let xo = x.offset;
    let mo = 0;
    let rem = i;
    for (let dd = sh.length - 1; dd >= 0; dd--) {
      const idx = rem % sh[dd];
      rem = Math.floor(rem / sh[dd]);
      xo += idx * xs[dd];
      mo += idx * mStr[dd];
    }
    let dr = x.data[2 * xo] - m.data[2 * mo];
    let di = x.data[2 * xo + 1] - m.data[2 * mo + 1];
    if (f32) {
      dr = Math.fround(dr);
      di = Math.fround(di);
    }
    sq.data[i] = f32 ? Math.fround(Math.fround(dr * dr) + Math.fround(di * di)) : dr * dr + di * di;
  }
  const s = sumReal(sq, axes);
  const div = Math.max(n - ddof, 0);
  for (let i = 0; i < s.data.length; i++) {
    let v = f32 ? Math.fround(s.data[i] / div) : s.data[i] / div;
    if (std) v = f32 ? Math.fround(Math.sqrt(v)) : Math.sqrt(v);
    s.data[i] = v;
  }
  return s;
}

/** cumsum / cumprod of a complex array along `axis` (null: flattened). */
export function complexAccumulate(kind: 'sum' | 'prod', x: NDArray, axis: number | null): NDArray {
  if (axis === null) {
    const c = copyToContiguous(x);
    x = new NDArray(c.data, c.dtype, [c.size]);
    axis = 0;
  }
  const out = zerosOf(x.shape.slice(), x.dtype);
  const { v } = arrange(x, [axis]);
  const ov = arrange(out, [axis]).v;
  const n = x.shape[axis];
  const es = v.elementStrides[v.ndim - 1];
  const os = ov.elementStrides[ov.ndim - 1];
  const f32 = x.dtype === 'complex64';
  const offsets: number[] = [];
  eachRow(ov, (_k, off) => offsets.push(off));
  eachRow(v, (k, off) => {
    let re = kind === 'sum' ? 0 : 1;
    let im = 0;
    const oo = offsets[k];
    for (let i = 0; i < n; i++) {
      const q = 2 * (off + i * es);
      if (kind === 'sum') {
        re += x.data[q];
        im += x.data[q + 1];
      } else {
        cmul(re, im, x.data[q], x.data[q + 1]);
        re = R.re;
        im = R.im;
      }
      if (f32) {
        re = Math.fround(re);
        im = Math.fround(im);
      }
      out.data[2 * (oo + i * os)] = re;
      out.data[2 * (oo + i * os) + 1] = im;
    }
  });
  return out;
}

/** A full reduction's 0-d complex result as the Complex scalar NumPy returns. */
export function complexItem(a: NDArray): Complex {
  return new Complex(a.data[2 * a.offset], a.data[2 * a.offset + 1]);
}

/**
 * The one check for functions with no complex support: NumPy-style TypeError naming the
 * function, instead of reading interleaved (re, im) storage as reals.
 */
export function rejectComplex(fn: string, ...arrays: { dtype: DType }[]): void {
  for (const a of arrays) {
    if (kindOf(a.dtype) === 'c') {
      throw new NumpyTypeError(`${fn} does not support complex input (dtype ${a.dtype}) in np`);
    }
  }
}

export { ValueError };
