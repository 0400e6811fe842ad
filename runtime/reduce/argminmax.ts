/** np.argmax and np.argmin: the first index of the extreme value (a NaN wins), flat or along an axis, with keepdims. */
import { type TypedArray, kindOf } from '../dtype';
import { NDArray, zerosOf, copyToContiguous } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { normalizeAxis } from '../shape';
import { ValueError } from '../errors';
import { UntypedArgs, WholeOptions, ArrayOptions, KeepOptions } from './types';
import { keptShape } from './core';

/** Options of argmin/argmax. */
export interface ArgOptions {
  axis?: number | null;
  keepdims?: boolean;
}

export function argReduce(name: 'argmax' | 'argmin', a: ArrayLike, axis?: number | null | ArgOptions, opts: ArgOptions = {}): any {
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
export function complexArgPick(max: boolean, d: TypedArray, off: number, n: number, st: number): number {
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
export function forEachRowOuter(x: NDArray, axes: number[], fn: (off: number) => void): void {
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
