/**
 * np.einsum with NumPy's subscripts: explicit ('ij,jk->ik') and implicit ('ij,jk': the
 * labels seen once, in letter order, uppercase first) output, '...' for broadcast
 * dimensions, a label repeated in one operand for its diagonal, dimensions of 1
 * broadcasting, and NumPy's error messages. Two operands whose labels make a (batched)
 * matrix product run on the GEMM (np.matmul); everything else on one strided loop over
 * all labels, accumulating in float64.
 */
import { NDArray } from '../ndarray';
import { asarray, type ArrayLike } from '../asarray';
import { ValueError } from '../errors';
import { promoteTypes, type DType } from '../dtype';
import { reshape, transpose } from '../views';
import { matmul } from './products';
import { fromFloat64 } from './stack';

/** A label: a letter's char code, or 1000 + k for the k-th broadcast dimension from the right. */
type Label = number;
const ELLIPSIS_BASE = 1000;

const isLetter = (c: string): boolean => /^[A-Za-z]$/.test(c);

/** One operand's labels, in its axis order (ellipsis dimensions expanded). */
function operandLabels(sub: string, ndim: number, index: number): Label[] {
  const before: Label[] = [], after: Label[] = [];
  let ellipsis = false;
  for (let i = 0; i < sub.length; i++) {
    const c = sub[i];
    if (c === ' ') continue;
    if (c === '.') {
      if (ellipsis || sub.slice(i, i + 3) !== '...') {
        throw new ValueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand ${index}`);
      }
      ellipsis = true;
      i += 2;
      continue;
    }
    if (!isLetter(c)) throw new ValueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
    (ellipsis ? after : before).push(c.charCodeAt(0));
  }
  const named = before.length + after.length;
  if (named > ndim) throw new ValueError(`einstein sum subscripts string contains too many subscripts for operand ${index}`);
  if (!ellipsis && named < ndim) {
    throw new ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
  }
  const extra = ndim - named;
  return [...before, ...Array.from({ length: extra }, (_, k) => ELLIPSIS_BASE + extra - 1 - k), ...after];
}

/** The output's labels: explicit, or NumPy's implicit order. */
function outputLabels(out: string | null, inputs: Label[][], ellipsisDims: number): Label[] {
  const counts = new Map<Label, number>();
  for (const labels of inputs) for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const broadcast = Array.from({ length: ellipsisDims }, (_, k) => ELLIPSIS_BASE + ellipsisDims - 1 - k);
  if (out === null) {
    const once = [...counts.keys()].filter((l) => l < ELLIPSIS_BASE && counts.get(l) === 1).sort((x, y) => x - y);
    return [...broadcast, ...once];
  }
  const labels: Label[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === ' ') continue;
    if (c === '.' && out.slice(i, i + 3) === '...') {
      labels.push(...broadcast);
      i += 2;
      continue;
    }
    if (!isLetter(c)) throw new ValueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
    const l = c.charCodeAt(0);
    if (labels.includes(l)) throw new ValueError(`einstein sum subscripts string includes output subscript '${c}' multiple times`);
    if (!counts.has(l)) throw new ValueError(`einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
    labels.push(l);
  }
  return labels;
}

/** Options of np.einsum (NumPy's keyword arguments this runtime takes; `optimize` changes nothing here). */
export interface EinsumOptions {
  optimize?: boolean | string;
}

/**
 * Einstein summation (np.einsum(subscripts, *operands)): a 0-d result is an NDArray of
 * shape [].
 *
 * @example
 * np.einsum('ij,jk->ik', np.ones([2, 3]), np.ones([3, 4]))   // 2 x 4 of 3.
 * np.einsum('ii', np.arange(9).reshape(3, 3))                // array(12), the trace
 * np.einsum('ij->ji', np.arange(6).reshape(2, 3)).shape      // [3, 2]
 */
export function einsum(subscripts: string, ...args: (ArrayLike | EinsumOptions)[]): NDArray {
  if (subscripts === undefined && args.length === 0) {
    throw new ValueError('must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list');
  }
  // NumPy's other form (operand, sublist, ...) is not supported: its message for too few arguments.
  if (typeof subscripts !== 'string') throw new ValueError('must provide at least an operand and a subscripts list to einsum');
  const last = args[args.length - 1];
  if (last !== null && typeof last === 'object' && !Array.isArray(last) && !(last instanceof NDArray) && !ArrayBuffer.isView(last)) args.pop();
  const ops = args.map((a) => asarray(a as ArrayLike));
  // the first '-' or '>' must begin '->' (a later one is an invalid output subscript)
  const first = subscripts.search(/[->]/);
  if (first >= 0 && subscripts.slice(first, first + 2) !== '->') {
    throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
  }
  const inPart = first < 0 ? subscripts : subscripts.slice(0, first);
  const outPart = first < 0 ? null : subscripts.slice(first + 2);
  const subs = inPart.split(',');
  // (NumPy's two messages read the other way round; they are kept as NumPy words them)
  if (subs.length < ops.length) throw new ValueError('fewer operands provided to einstein sum function than specified in the subscripts string');
  if (subs.length > ops.length) throw new ValueError('more operands provided to einstein sum function than specified in the subscripts string');
  const labels = ops.map((op, i) => operandLabels(subs[i], op.ndim, i));
  const ellipsisDims = Math.max(0, ...labels.map((ls) => ls.filter((l) => l >= ELLIPSIS_BASE).length));
  const out = outputLabels(outPart, labels, ellipsisDims);

  // each label's size: repeated within an operand must match; across operands 1 broadcasts
  const size = new Map<Label, number>();
  labels.forEach((ls, i) => {
    const own = new Map<Label, number>();
    ls.forEach((l, ax) => {
      const d = ops[i].shape[ax];
      const seen = own.get(l);
      if (seen !== undefined && seen !== d) {
        throw new ValueError(`dimensions in operand ${i} for collapsing index '${String.fromCharCode(l)}' don't match (${seen} != ${d})`);
      }
      own.set(l, d);
    });
  });
  const summed = [...new Set(labels.flat())].filter((l) => !out.includes(l)).sort((x, y) => x - y);
  const iter = [...out, ...summed];
  for (const ls of labels) for (const l of ls) size.set(l, 1);
  labels.forEach((ls, i) => ls.forEach((l, ax) => {
    const d = ops[i].shape[ax], s = size.get(l)!;
    if (d !== 1 && s !== 1 && d !== s) throw broadcastError(ops, labels, iter);
    if (d !== 1) size.set(l, d);
  }));
  const dt = ops.map((o) => o.dtype).reduce((x, y) => promoteTypes(x, y) as DType);
  const outShape = out.map((l) => size.get(l)!);
  const viaGemm = ops.length === 2 ? gemmPath(ops, labels, out, size) : null;
  if (viaGemm) return viaGemm.dtype === dt ? viaGemm : viaGemm.astype(dt);
  return loop(ops, labels, iter, out.length, size, outShape, dt);
}

/** NumPy's message for operands whose labels' dimensions disagree. */
function broadcastError(ops: NDArray[], labels: Label[][], iter: Label[]): ValueError {
  const shape = (s: (number | string)[]): string => `(${s.join(',')})`;
  const parts = ops.map((op, i) => {
    const remapped = iter.map((l) => {
      const ax = labels[i].indexOf(l);
      return ax < 0 ? 'newaxis' : op.shape[ax];
    });
    // leading new axes go without saying (broadcasting aligns shapes on the right)
    while (remapped[0] === 'newaxis') remapped.shift();
    return `${shape(op.shape)}->${shape(remapped)}`;
  });
  return new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')} `);
}

/**
 * Two operands, each label in one of them at most once and of full size, every label in
 * the output or in both: (batch, free a, free b, contracted) as a batched matmul. Null
 * where the labels do not fit that pattern.
 */
function gemmPath(ops: NDArray[], labels: Label[][], out: Label[], size: Map<Label, number>): NDArray | null {
  const [la, lb] = labels;
  const [a, b] = ops;
  if (new Set(la).size !== la.length || new Set(lb).size !== lb.length) return null;
  if (la.some((l, ax) => a.shape[ax] !== size.get(l)) || lb.some((l, ax) => b.shape[ax] !== size.get(l))) return null;
  const batch = out.filter((l) => la.includes(l) && lb.includes(l));
  const freeA = out.filter((l) => la.includes(l) && !lb.includes(l));
  const freeB = out.filter((l) => lb.includes(l) && !la.includes(l));
  const contracted = la.filter((l) => lb.includes(l) && !out.includes(l));
  if (batch.length + freeA.length + contracted.length !== la.length) return null;
  if (batch.length + freeB.length + contracted.length !== lb.length) return null;
  const prod = (ls: Label[]): number => ls.reduce((p, l) => p * size.get(l)!, 1);
  const am = reshape(transpose(a, [...batch, ...freeA, ...contracted].map((l) => la.indexOf(l))),
    [prod(batch), prod(freeA), prod(contracted)]);
  const bm = reshape(transpose(b, [...batch, ...contracted, ...freeB].map((l) => lb.indexOf(l))),
    [prod(batch), prod(contracted), prod(freeB)]);
  const order = [...batch, ...freeA, ...freeB];
  const r = reshape(matmul(am, bm) as NDArray, order.map((l) => size.get(l)!));
  return transpose(r, out.map((l) => order.indexOf(l))).copy();
}

/** The strided loop over every label (output labels outermost), products summed in float64. */
function loop(
  ops: NDArray[], labels: Label[][], iter: Label[], nOut: number, size: Map<Label, number>, outShape: number[], dt: DType,
): NDArray {
  const dims = iter.map((l) => size.get(l)!);
  // per operand, its element stride along each iteration label (0 where absent or broadcast;
  // a label repeated in the operand adds its strides: the diagonal)
  const strides = ops.map((op, i) => iter.map((l) => {
    let s = 0;
    labels[i].forEach((m, ax) => { if (m === l && op.shape[ax] !== 1) s += op.elementStrides[ax]; });
    return s;
  }));
  const total = dims.reduce((p, d) => p * d, 1);
  const outSize = outShape.reduce((p, d) => p * d, 1);
  const C = new Float64Array(outSize);
  // the output labels are outermost: each run of `inner` steps sums one output element
  const inner = total / Math.max(1, outSize);
  const idx = new Array(iter.length).fill(0);
  const pos = ops.map((op) => op.offset);
  const data = ops.map((op) => op.data);
  let o = 0, t = 0, sum = 0;
  for (let it = 0; it < total; it++) {
    let p = 1;
    for (let k = 0; k < ops.length; k++) p *= data[k][pos[k]];
    sum += p;
    if (++t === inner) {
      C[o++] = sum;
      sum = 0;
      t = 0;
    }
    for (let ax = iter.length - 1; ax >= 0; ax--) {
      idx[ax]++;
      for (let k = 0; k < ops.length; k++) pos[k] += strides[k][ax];
      if (idx[ax] < dims[ax]) break;
      for (let k = 0; k < ops.length; k++) pos[k] -= strides[k][ax] * dims[ax];
      idx[ax] = 0;
    }
  }
  return fromFloat64(C, outShape, dt);
}
