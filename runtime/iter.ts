/**
 * The strided loop driver: walks every operand of a broadcast operation row by row and
 * hands each row to a kernel that loops over it. Kernels see (length, offsets, strides)
 * and never allocate; the driver coalesces dimensions so same-layout operands make a
 * single flat row.
 */
import { coalesce } from './shape';
import { iterationOrder } from './reduce-iteration';

/**
 * Element strides NumPy's nditer (order='K') gives an output it allocates for operands
 * of `shape` with these `strides`: dense, positive, axes nested in the operands' memory
 * order (ties keep C order). Size-1 axes get the stride they would have, not 0.
 */
export function keepOrderStrides(shape: readonly number[], strides: readonly (readonly number[])[]): number[] {
  const order = iterationOrder(shape, strides);
  const out = new Array<number>(shape.length).fill(0);
  let k = 1;
  for (let j = order.length - 1; j >= 0; j--) {
    out[order[j]] = k;
    k *= shape[order[j]];
  }
  return out;
}

/**
 * The operands' axes reordered so the innermost memory axis comes last (as nditer walks
 * them), so the kernels' inner loop runs along it whatever the layout; element order does
 * not matter to an elementwise loop. Returns null when C order already is that order.
 */
function memoryOrder(shape: readonly number[], strides: readonly (readonly number[])[]): [number[], number[][]] | null {
  if (shape.length < 2) return null;
  let descend = true;
  for (let j = 0; j < strides.length && descend; j++) descend = stridesDescend(shape, strides[j]);
  if (descend) return null;
  const order = iterationOrder(shape, strides);
  if (order.every((ax, i) => ax === i)) return null;
  return [order.map((ax) => shape[ax]), strides.map((s) => order.map((ax) => s[ax]))];
}

/** Runs `row(n, offsets, strides)` for every innermost row of a broadcast iteration. */
export function forEachRow(
  shape: readonly number[],
  offsets: readonly number[],
  strides: (readonly number[])[],
  row: (n: number, offsets: number[], strides: number[]) => void,
): void {
  for (const n of shape) if (n === 0) return;
  const [sh, st] = coalesce(shape, strides);
  const nops = offsets.length;
  const offs = offsets.slice();
  const nd = sh.length;
  if (nd === 0) {
    row(1, offs, new Array(nops).fill(0));
    return;
  }
  const n = sh[nd - 1];
  const inner = st.map((s) => s[nd - 1]);
  if (nd === 1) {
    row(n, offs, inner);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const cur = offs.slice();
  const rows = sh.slice(0, nd - 1).reduce((a, b) => a * b, 1);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < nops; j++) offs[j] = cur[j];
    row(n, offs, inner);
    for (let k = nd - 2; k >= 0; k--) {
      idx[k]++;
      for (let j = 0; j < nops; j++) cur[j] += st[j][k];
      if (idx[k] < sh[k]) break;
      for (let j = 0; j < nops; j++) cur[j] -= st[j][k] * sh[k];
      idx[k] = 0;
    }
  }
}

type Kernel3 = (
  n: number, o: any, oo: number, os: number, a: any, ao: number, as: number, b: any, bo: number, bs: number,
) => void;
type Kernel2 = (n: number, o: any, oo: number, os: number, a: any, ao: number, as: number) => void;

/**
 * forEachRow for a binary kernel, without the per-row closure and offset arrays: one
 * kernel call for coalesced operands, a plain loop over rows for 2-d iterations.
 */
export function binaryRows(
  kernel: Kernel3, shape: readonly number[],
  o: any, oo: number, ost: readonly number[],
  a: any, ao: number, ast: readonly number[],
  b: any, bo: number, bst: readonly number[],
): void {
  for (let i = 0; i < shape.length; i++) if (shape[i] === 0) return;
  const ordered = memoryOrder(shape, [ost, ast, bst]);
  const [sh, st] = ordered ? coalesce(ordered[0], ordered[1]) : coalesce(shape, [ost, ast, bst]);
  const nd = sh.length;
  if (nd === 0) {
    kernel(1, o, oo, 0, a, ao, 0, b, bo, 0);
    return;
  }
  const n = sh[nd - 1];
  const [so, sa, sb] = st;
  const io = so[nd - 1], ia = sa[nd - 1], ib = sb[nd - 1];
  if (nd === 1) {
    kernel(n, o, oo, io, a, ao, ia, b, bo, ib);
    return;
  }
  if (nd === 2) {
    const m = sh[0], to = so[0], ta = sa[0], tb = sb[0];
    for (let r = 0; r < m; r++, oo += to, ao += ta, bo += tb) kernel(n, o, oo, io, a, ao, ia, b, bo, ib);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const rows = sizeOfPrefix(sh, nd - 1);
  for (let r = 0; r < rows; r++) {
    kernel(n, o, oo, io, a, ao, ia, b, bo, ib);
    for (let k = nd - 2; k >= 0; k--) {
      oo += so[k];
      ao += sa[k];
      bo += sb[k];
      if (++idx[k] < sh[k]) break;
      oo -= so[k] * sh[k];
      ao -= sa[k] * sh[k];
      bo -= sb[k] * sh[k];
      idx[k] = 0;
    }
  }
}

/** binaryRows for a unary kernel. */
export function unaryRows(
  kernel: Kernel2, shape: readonly number[],
  o: any, oo: number, ost: readonly number[],
  a: any, ao: number, ast: readonly number[],
): void {
  for (let i = 0; i < shape.length; i++) if (shape[i] === 0) return;
  const ordered = memoryOrder(shape, [ost, ast]);
  const [sh, st] = ordered ? coalesce(ordered[0], ordered[1]) : coalesce(shape, [ost, ast]);
  const nd = sh.length;
  if (nd === 0) {
    kernel(1, o, oo, 0, a, ao, 0);
    return;
  }
  const n = sh[nd - 1];
  const [so, sa] = st;
  const io = so[nd - 1], ia = sa[nd - 1];
  if (nd === 1) {
    kernel(n, o, oo, io, a, ao, ia);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const rows = sizeOfPrefix(sh, nd - 1);
  for (let r = 0; r < rows; r++) {
    kernel(n, o, oo, io, a, ao, ia);
    for (let k = nd - 2; k >= 0; k--) {
      oo += so[k];
      ao += sa[k];
      if (++idx[k] < sh[k]) break;
      oo -= so[k] * sh[k];
      ao -= sa[k] * sh[k];
      idx[k] = 0;
    }
  }
}

/** Whether |strides| never grow from outer to inner axes (size-1 and zero strides aside): C order. */
function stridesDescend(shape: readonly number[], strides: readonly number[]): boolean {
  let prev = Infinity;
  for (let i = 0; i < shape.length; i++) {
    const s = Math.abs(strides[i]);
    if (shape[i] === 1 || s === 0) continue;
    if (s > prev) return false;
    prev = s;
  }
  return true;
}

function sizeOfPrefix(sh: readonly number[], k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p *= sh[i];
  return p;
}
