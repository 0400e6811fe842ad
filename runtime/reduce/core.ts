/**
 * The reduction engine: walks an array's reduced axes in NumPy's iteration order
 * (reduce-iteration.ts) and hands rows to the kernels (rows.ts, pairwise.ts); then the
 * result's finishing (keepdims, out, a JS scalar for a full reduction), the accumulator
 * dtypes, the argument parsing and the complex branch every reduction shares.
 */
import { type DType, type TypedArray, toDType, kindOf, castScalar } from '../dtype';
import { NDArray, zerosOf, copyToContiguous, copyInto } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { normalizeAxes, coalesce, sizeOf } from '../shape';
import { allocate } from '../allocate';
import { ValueError } from '../errors';
import { not_equal } from '../math';
import { complexReduce, complexItem, rejectComplex } from '../complex/reduce';
import { iterationOrder, denseStrides, bufferSchedule, callsAreRows, forEachCall, type BufferSchedule } from '../reduce-iteration';
import { Axis, ReduceOptions, Kind, IDENTITY } from './types';
import { pairwiseFor, pairwise32For, sqDevFor, sqDev32For } from './pairwise';
import { addRowsFor, addSqDevFor, addSqDev32For, gatherFor, gatherSqDevFor, gatherSqDev32For, reduceRow, accumulateRow } from './rows';

/** Shape of the result with reduced axes kept as 1. */
export function keptShape(shape: number[], axes: number[]): number[] {
  return shape.map((n, i) => (axes.includes(i) ? 1 : n));
}

/**
 * Reduces `x` over `axes` with an operation, in NumPy's iteration order, into an array of
 * dtype `acc` (values are read as doubles and stored into acc's storage). With `center`
 * (laid out as the result, C order), kind 'sum' adds the squared deviations
 * (x - center)**2 instead of x: var's second pass.
 */
export function reduceCore(kind: Kind, x: NDArray, axes: number[], acc: DType, center?: Float64Array): NDArray {
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
export function walk(
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
export function chunkedSum(
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
export function finish(r: NDArray, axes: number[], ndim: number, keepdims: boolean | undefined, out?: NDArray | null): any {
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

export function copyToOut(out: NDArray, r: NDArray): void {
  if (out.shape.length !== r.shape.length || out.shape.some((n, i) => n !== r.shape[i])) {
    throw new ValueError(`output parameter for reduction operation has the wrong number of dimensions`);
  }
  for (let i = 0; i < r.size; i++) out.flatSet(i, r.flatGet(i));
}

/** The accumulator dtype of sum/prod: small ints widen to int64/uint64 as NumPy does. */
export function sumDType(d: DType): DType {
  const k = kindOf(d);
  if (k === 'b') return 'int64';
  if (k === 'i') return 'int64';
  if (k === 'u') return 'uint64';
  return d;
}

export function parse(a: ArrayLike, axisOrOpts: Axis | ReduceOptions | undefined, opts: ReduceOptions): [NDArray, ReduceOptions] {
  const x = asarray(a);
  if (axisOrOpts !== null && typeof axisOrOpts === 'object' && !Array.isArray(axisOrOpts)) return [x, axisOrOpts as ReduceOptions];
  return [x, { ...opts, axis: axisOrOpts as Axis }];
}

export function noIdentity(name: string): never {
  throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
}

/**
 * A complex reduction's result, finished as `finish` does: axes kept as 1 on request,
 * copied into `out`, and a full reduction as a Complex scalar.
 */
export function finishComplex(r: NDArray, x: NDArray, axes: number[], keepdims: boolean | undefined, out?: NDArray | null): any {
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
export function genericComplex(kind: Kind | 'mean', x: NDArray, o: ReduceOptions): any {
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

export function generic(kind: Kind, a: ArrayLike, axisOrOpts: Axis | ReduceOptions | undefined, opts: ReduceOptions, defaultAcc: (d: DType) => DType): any {
  const [x0, o] = parse(a, axisOrOpts, opts);
  if (kindOf(x0.dtype) === 'c') return genericComplex(kind, x0, o);
  const axes = normalizeAxes(o.axis, x0.ndim);
  let x = x0;
  const acc = o.dtype ? toDType(o.dtype) : defaultAcc(x.dtype);
  if ((kind === 'max' || kind === 'min') && axes.some((ax) => x.shape[ax] === 0)) noIdentity(kind === 'max' ? 'maximum' : 'minimum');
  if (o.dtype && kindOf(acc) !== kindOf(x.dtype) && kindOf(x.dtype) === 'f') x = copyToContiguous(x, acc);
  return finish(reduceCore(kind, x, axes, acc), axes, x.ndim, o.keepdims, o.out);
}
