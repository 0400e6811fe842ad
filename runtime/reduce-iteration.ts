/**
 * What NumPy's buffered iterator (nditer) decides for a reduction, which fixes the order
 * and grouping of a float sum's additions and so its last bits:
 *
 * - the axis order: axes sorted innermost-first by |stride|, a stable insertion sort in
 *   which zero strides (size-1 or broadcast axes) compare with nothing
 *   (npyiter_find_best_axis_ordering); reductions never flip negative strides;
 * - the inner-loop calls: after coalescing, npyiter_find_buffering_setup picks a "core"
 *   (the axes inside an outer axis) and a buffer of whole cores up to 8192 elements;
 *   each call of the add loop with a reduced inner axis is one pairwise sum added into
 *   the output. An operand that is not one stride over the core gets copied into the
 *   buffer, so a sum of A[::2, ::2] is pairwise over chunks of 8 rows, not row by row.
 */
import type { DType } from './dtype';
import { NDArray, copyInto } from './ndarray';
import { allocate } from './allocate';

/** NumPy's default buffer size in elements (NPY_BUFSIZE). */
const BUFSIZE = 8192;

/**
 * NumPy's iteration order of operands sharing `shape` (one stride list per operand):
 * axes outermost first. A size-1 axis has stride 0 for every operand, as in nditer.
 * Where operands disagree about two axes, they keep their C order, as in NumPy's sort.
 */
export function iterationOrder(shape: readonly number[], strides: readonly (readonly number[])[]): number[] {
  const nd = shape.length;
  // nditer keeps its axes innermost first: C order reversed.
  const perm: number[] = [];
  for (let i = nd - 1; i >= 0; i--) perm.push(i);
  const st = (op: number, ax: number): number => (shape[ax] === 1 ? 0 : strides[op][ax]);
  for (let i0 = 1; i0 < nd; i0++) {
    const a0 = perm[i0];
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const a1 = perm[i1];
      let ambiguous = true;
      let swap = false;
      for (let op = 0; op < strides.length; op++) {
        const s0 = st(op, a0);
        const s1 = st(op, a1);
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) swap = false;
          else if (ambiguous) swap = true;
          ambiguous = false;
        }
      }
      if (!ambiguous) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) {
      perm.splice(i0, 1);
      perm.splice(ipos, 0, a0);
    }
  }
  return perm.reverse();
}

/**
 * Element strides of a dense array of `shape` laid out in the iteration `order`
 * (outermost first), skipping `skip` axes (stride 0): how nditer allocates an output,
 * and NumPy's order='K' copies. All zero for an empty shape, as NumPy allocates it.
 */
export function denseStrides(shape: readonly number[], order: readonly number[], skip: readonly number[] = []): number[] {
  const strides = new Array<number>(shape.length).fill(0);
  // NumPy allocates an empty array with all-zero strides.
  if (shape.includes(0)) return strides;
  let k = 1;
  for (let j = order.length - 1; j >= 0; j--) {
    const ax = order[j];
    if (skip.includes(ax)) continue;
    if (shape[ax] !== 1) strides[ax] = k;
    k *= shape[ax];
  }
  return strides;
}

/**
 * A dense copy of `x` cast to `dtype`, laid out as NumPy lays out a ufunc's output or an
 * order='K' copy: x's axis order (with the other operands' `strides`), positive strides.
 */
export function copyKeepOrder(x: NDArray, dtype: DType, strides: readonly (readonly number[])[] = []): NDArray {
  const layout = denseStrides(x.shape, iterationOrder(x.shape, [x.elementStrides, ...strides]));
  const out = new NDArray(allocate(dtype, x.size, x.shape), dtype, x.shape.slice(), layout);
  copyInto(out, x);
  return out;
}

/** How the buffered iterator splits a reduction into inner-loop calls. */
export interface BufferSchedule {
  /** Elements of the axes inside the outer axis: calls never straddle a core. */
  core: number;
  /** The outer axis, counted innermost first (0: the core is one element). */
  outerDim: number;
  /** Elements per buffer fill: whole cores, at most BUFSIZE when anything is buffered. */
  bufSize: number;
  /** Reduce mode: every call is exactly one core (the output moves between cores). */
  reduceMode: boolean;
}

/**
 * npyiter_find_buffering_setup for the two operands of a reduction (the output, written,
 * and the input, read, `cast` when it needs converting), over coalesced axes given
 * outermost first as in reduce/core.ts's walk.
 */
export function bufferSchedule(sh: readonly number[], so: readonly number[], sx: readonly number[], cast: boolean): BufferSchedule {
  const nd = sh.length;
  // nditer counts axes innermost first.
  const n = (i: number): number => sh[nd - 1 - i];
  const os = (i: number): number => so[nd - 1 - i];
  const xs = (i: number): number => sx[nd - 1 - i];
  // Cost model: 1 + the number of buffered operands, against the elements per fill.
  let cost = cast ? 2 : 1;
  // How many inner axes each operand walks with a single stride.
  let outSingle = 1;
  let inSingle = 1;
  // Where the output's stride turns between zero and non-zero: the buffer cannot grow past it.
  let outerReduceDim = 0;
  let size = n(0);
  let bestDim = 0;
  let bestCost = cost;
  let bestSize = size;
  let bestCore = 1;
  for (let idim = 1; idim < nd; idim++) {
    if (outerReduceDim !== 0) break;
    if (size >= BUFSIZE && cost > 1) break;
    const p = idim - 1;
    let outJoins = false;
    if (outSingle === idim) {
      if (os(p) * n(p) === os(idim)) {
        outSingle++;
        outJoins = true;
      } else cost++;
    }
    if (!outJoins && (os(idim) === 0 || os(p) === 0)) outerReduceDim = idim;
    if (inSingle === idim) {
      if (xs(p) * n(p) === xs(idim)) inSingle++;
      else if (!cast) cost++;
    }
    const core = size;
    size *= n(idim);
    const bufsize = size > BUFSIZE && cost > 1 ? BUFSIZE : size;
    if (cost * bestSize <= bestCost * bufsize) {
      bestCost = cost;
      bestCore = core;
      bestSize = size;
      bestDim = idim;
    }
  }
  const reduceMode = outerReduceDim !== 0 && bestDim === outerReduceDim;
  // Whether each operand iterates as a reduce operand (one stride per core, another per core step).
  const asReduce = (single: number, mustReduce: boolean, stride0AtOuter: boolean, buffered: boolean): number => {
    if (!reduceMode) return 0;
    if (mustReduce) return 1;
    if (single === bestDim && !buffered) return 1;
    return stride0AtOuter && single <= bestDim ? 1 : 0;
  };
  const outReduce = asReduce(outSingle, true, os(outerReduceDim) === 0, false);
  const inReduce = asReduce(inSingle, false, xs(outerReduceDim) === 0, cast);
  const mustBuffer = cast || outSingle + outReduce <= bestDim || inSingle + inReduce <= bestDim;
  if (mustBuffer && BUFSIZE < bestSize) bestSize = bestCore * Math.floor(BUFSIZE / bestCore);
  return { core: bestCore, outerDim: bestDim, bufSize: bestSize, reduceMode };
}

/**
 * Whether every inner-loop call is exactly one row of the innermost coalesced axis
 * (length `n`), so a row-by-row walk adds in NumPy's grouping.
 */
export function callsAreRows(s: BufferSchedule, n: number): boolean {
  if (s.reduceMode) return s.outerDim === 1;
  return s.outerDim === 0 && s.bufSize >= n;
}

/**
 * Calls `call(length)` for each inner-loop call of a walk of `total` elements, in order,
 * as npyiter_copy_to_buffers sizes the fills (`nOuter`: length of the outer axis).
 */
export function forEachCall(s: BufferSchedule, total: number, nOuter: number, call: (length: number) => void): void {
  const core = s.core;
  let it = 0;
  while (it < total) {
    const coreOffset = it % core;
    let t = s.bufSize;
    if (coreOffset !== 0) t = core - coreOffset;
    else {
      const remaining = nOuter - (Math.floor(it / core) % nOuter);
      if (t > core * remaining) t = core * remaining;
    }
    if (t > total - it) t = total - it;
    if (s.reduceMode && t >= 2 * core) {
      const k = Math.floor(t / core);
      for (let j = 0; j < k; j++) call(core);
      it += k * core;
    } else {
      call(t);
      it += t;
    }
  }
}
