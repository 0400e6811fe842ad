/**
 * NumPy indexing: `a[...]` as `a.get(...)`, `a[...] = v` as `a.set(..., v)`.
 *
 * Basic indices (integers, slices, `None`, `...`) make views; integer and boolean arrays
 * (fancy indexing) make copies. The index may be one string in Python's syntax
 * (`"1:, ::2"`), separate arguments (`":", 1`), or a mix.
 */
import { Complex } from './complex/complex';
import { NDArray, copyInto } from './ndarray';
import { asarray, type ArrayLike } from './asarray';
import { broadcastShapes, broadcastStrides, cStrides, shapeStr, sizeOf } from './shape';
import { IndexError, ValueError } from './errors';
import { allocate } from './allocate';
import { kindOf, type TypedArray } from './dtype';
import { specialize } from './kernels';

/** A Python slice `start:stop:step`; `null` parts take their defaults. */
export class Slice {
  constructor(
    readonly start: number | null = null,
    readonly stop: number | null = null,
    readonly step: number | null = null,
  ) {}

  /** Python's `slice.indices(n)`: concrete start, step and length for an axis of size n. */
  indices(n: number): { start: number; step: number; length: number } {
    const step = this.step ?? 1;
    if (step === 0) throw new ValueError('slice step cannot be zero');
    let start: number;
    let stop: number;
    if (step > 0) {
      start = this.start === null ? 0 : clamp(this.start < 0 ? this.start + n : this.start, 0, n);
      stop = this.stop === null ? n : clamp(this.stop < 0 ? this.stop + n : this.stop, 0, n);
    } else {
      start = this.start === null ? n - 1 : clamp(this.start < 0 ? this.start + n : this.start, -1, n - 1);
      stop = this.stop === null ? -1 : clamp(this.stop < 0 ? this.stop + n : this.stop, -1, n - 1);
    }
    const length = Math.max(0, Math.ceil((stop - start) / step));
    return { start, step, length };
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * Makes a slice object, as Python's `slice(start, stop, step)`.
 *
 * @example
 * np.arange(10).get(np.slice(2, 8, 2))   // array([2, 4, 6])
 */
export function slice(start: number | null = null, stop: number | null = null, step: number | null = null): Slice {
  return new Slice(start, stop, step);
}

/** One index item: an integer, a slice string or Slice, `null` (newaxis), an index array. */
export type IndexItem = number | string | null | Slice | NDArray | readonly (number | boolean | readonly any[])[];

type Item =
  | { kind: 'int'; v: number }
  | { kind: 'slice'; s: Slice }
  | { kind: 'none' }
  | { kind: 'ellipsis' }
  | { kind: 'array'; arr: NDArray }
  | { kind: 'bool'; arr: NDArray };

const INVALID =
  'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

function parseInt10(tok: string): number {
  if (!/^[+-]?\d+$/.test(tok)) throw new IndexError(INVALID);
  return Number(tok);
}

function parseToken(tok: string): Item {
  const t = tok.trim();
  if (t === '...' || t === 'Ellipsis') return { kind: 'ellipsis' };
  if (t === 'None' || t === 'np.newaxis' || t === 'newaxis' || t === 'null') return { kind: 'none' };
  if (t.includes(':')) {
    const parts = t.split(':');
    if (parts.length > 3) throw new IndexError(INVALID);
    const num = (p: string | undefined) => (p === undefined || p.trim() === '' ? null : parseInt10(p.trim()));
    return { kind: 'slice', s: new Slice(num(parts[0]), num(parts[1]), num(parts[2])) };
  }
  return { kind: 'int', v: parseInt10(t) };
}

function parseItems(index: readonly IndexItem[]): Item[] {
  const items: Item[] = [];
  for (const x of index) {
    if (typeof x === 'number') {
      if (!Number.isInteger(x)) throw new IndexError(INVALID);
      items.push({ kind: 'int', v: x });
    } else if (typeof x === 'string') {
      for (const tok of x.split(',')) {
        if (tok.trim() === '' && x.split(',').length > 1) continue; // "1," is Python's (1,)
        items.push(parseToken(tok));
      }
    } else if (x === null) items.push({ kind: 'none' });
    else if (x instanceof Slice) items.push({ kind: 'slice', s: x });
    else if (x instanceof NDArray || Array.isArray(x)) {
      const arr = x instanceof NDArray ? x : asarray(x as ArrayLike);
      if (arr.dtype === 'bool') items.push({ kind: 'bool', arr });
      else if (kindOf(arr.dtype) === 'i' || kindOf(arr.dtype) === 'u' || (Array.isArray(x) && x.length === 0)) {
        items.push({ kind: 'array', arr: arr.dtype === 'float64' ? asarray(arr, { dtype: 'int64' }) : arr });
      } else throw new IndexError('arrays used as indices must be of integer (or boolean) type');
    } else if (typeof x === 'boolean') {
      items.push({ kind: 'bool', arr: asarray(x) });
    } else throw new IndexError(INVALID);
  }
  return items;
}

/** Where an index lands: a view (basic indexing) or a list of buffer offsets (fancy). */
export type Target =
  | { kind: 'view'; view: NDArray; scalar: boolean }
  | { kind: 'gather'; shape: number[]; offsets: Float64Array };

function outOfBounds(i: number, axis: number, n: number): never {
  throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
}

/** Resolves an index against `a` without reading or writing any element. */
export function resolveIndex(a: NDArray, index: readonly IndexItem[]): Target {
  const items = parseItems(index);
  const ellipses = items.filter((it) => it.kind === 'ellipsis').length;
  if (ellipses > 1) throw new IndexError("an index can only have a single ellipsis ('...')");
  let consumed = 0;
  for (const it of items) consumed += it.kind === 'int' || it.kind === 'slice' || it.kind === 'array' ? 1 : it.kind === 'bool' ? Math.max(it.arr.ndim, 0) : 0;
  // A 0-d boolean index adds an axis instead of consuming one.
  if (consumed > a.ndim) {
    throw new IndexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${consumed} were indexed`);
  }
  const advanced = items.some((it) => it.kind === 'array' || it.kind === 'bool');

  // Walk the items, building the view of basic indices; advanced items keep their axes whole.
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = a.offset;
  let d = 0;
  const adv: { dim: number; arr: NDArray; axis: number }[] = [];
  let allInts = true;
  for (const it of items) {
    switch (it.kind) {
      case 'int': {
        const n = a.shape[d];
        const i = it.v < 0 ? it.v + n : it.v;
        if (i < 0 || i >= n) outOfBounds(it.v, d, n);
        if (advanced) {
          adv.push({ dim: shape.length, arr: asarray(i), axis: d });
          shape.push(n);
          strides.push(a.elementStrides[d]);
        } else offset += i * a.elementStrides[d];
        d++;
        break;
      }
      case 'slice': {
        allInts = false;
        const { start, step, length } = it.s.indices(a.shape[d]);
        // NumPy points an empty slice at the axis' start, with the axis' own stride.
        if (length > 0) offset += start * a.elementStrides[d];
        shape.push(length);
        strides.push(length > 0 ? a.elementStrides[d] * step : a.elementStrides[d]);
        d++;
        break;
      }
      case 'none':
        allInts = false;
        shape.push(1);
        strides.push(0);
        break;
      case 'ellipsis': {
        allInts = false;
        const fill = a.ndim - consumed;
        for (let k = 0; k < fill; k++, d++) {
          shape.push(a.shape[d]);
          strides.push(a.elementStrides[d]);
        }
        break;
      }
      case 'array':
        allInts = false;
        adv.push({ dim: shape.length, arr: it.arr, axis: d });
        shape.push(a.shape[d]);
        strides.push(a.elementStrides[d]);
        d++;
        break;
      case 'bool': {
        allInts = false;
        const m = it.arr;
        for (let k = 0; k < m.ndim; k++) {
          if (m.shape[k] !== a.shape[d + k]) {
            throw new IndexError(
              `boolean index did not match indexed array along axis ${d + k}; size of axis is ${a.shape[d + k]} but size of corresponding boolean axis is ${m.shape[k]}`,
            );
          }
        }
        if (m.ndim === 0) {
          // x[True] adds an axis of length 1, x[False] one of length 0.
          adv.push({ dim: shape.length, arr: asarray(m.item() ? [0] : [], { dtype: 'int64' }), axis: -1 });
          shape.push(1);
          strides.push(0);
          break;
        }
        const nz = nonzeroLists(m);
        for (let k = 0; k < m.ndim; k++, d++) {
          adv.push({ dim: shape.length, arr: nz[k], axis: d });
          shape.push(a.shape[d]);
          strides.push(a.elementStrides[d]);
        }
        break;
      }
    }
  }
  for (; d < a.ndim; d++) {
    shape.push(a.shape[d]);
    strides.push(a.elementStrides[d]);
  }
  if (!advanced) {
    return { kind: 'view', view: new NDArray(a.data, a.dtype, shape, strides, offset, a), scalar: allInts && shape.length === 0 };
  }
  return gather(shape, strides, offset, adv);
}

/** Index arrays of the true elements of a boolean mask, one per axis (C order). */
function nonzeroLists(m: NDArray): NDArray[] {
  const n = m.size;
  let count = 0;
  for (let i = 0; i < n; i++) if (m.flatGet(i) !== 0) count++;
  const lists = Array.from({ length: m.ndim }, () => new Float64Array(count));
  const cs = cStrides(m.shape);
  let j = 0;
  for (let i = 0; i < n; i++) {
    if (m.flatGet(i) === 0) continue;
    let r = i;
    for (let k = 0; k < m.ndim; k++) {
      lists[k][j] = Math.floor(r / cs[k]);
      r %= cs[k];
    }
    j++;
  }
  return lists.map((l) => new NDArray(l, 'int64', [count]));
}

/** Enumerates the buffer offsets (relative) of a shape/strides walk in C order. */
function offsetsOf(shape: number[], strides: number[]): Float64Array {
  const out = new Float64Array(sizeOf(shape));
  let k = 0;
  const rec = (d: number, off: number) => {
    if (d === shape.length) {
      out[k++] = off;
      return;
    }
    for (let i = 0; i < shape[d]; i++) rec(d + 1, off + i * strides[d]);
  };
  rec(0, 0);
  return out;
}

function gather(
  shape: number[],
  strides: number[],
  offset: number,
  adv: { dim: number; arr: NDArray; axis: number }[],
): Target {
  let B: number[];
  try {
    B = broadcastShapes(...adv.map((x) => x.arr.shape));
  } catch {
    throw new IndexError(
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${adv.map((x) => shapeStr(x.arr.shape)).join(' ')} `,
    );
  }
  const nb = sizeOf(B);
  const advOff = new Float64Array(nb);
  for (const { dim, arr, axis } of adv) {
    const n = shape[dim];
    const st = broadcastStrides(arr.shape, arr.elementStrides, B);
    const view = new NDArray(arr.data, arr.dtype, B.slice(), st, arr.offset);
    for (let i = 0; i < nb; i++) {
      let v = view.flatGet(i);
      if (v < 0) v += n;
      if (v < 0 || v >= n) outOfBounds(view.flatGet(i), axis, n);
      advOff[i] += v * strides[dim];
    }
  }
  const dims = adv.map((x) => x.dim);
  const consecutive = dims.every((x, i) => i === 0 || x === dims[i - 1] + 1);
  const restShape: number[] = [];
  const restStrides: number[] = [];
  let p = 0;
  shape.forEach((n, i) => {
    if (dims.includes(i)) return;
    if (i < dims[0]) p++;
    restShape.push(n);
    restStrides.push(strides[i]);
  });
  if (!consecutive) p = 0;
  const pre = offsetsOf(restShape.slice(0, p), restStrides.slice(0, p));
  const post = offsetsOf(restShape.slice(p), restStrides.slice(p));
  const outShape = [...restShape.slice(0, p), ...B, ...restShape.slice(p)];
  const offsets = new Float64Array(pre.length * nb * post.length);
  let k = 0;
  for (let i = 0; i < pre.length; i++) {
    for (let j = 0; j < nb; j++) {
      const base = offset + pre[i] + advOff[j];
      for (let q = 0; q < post.length; q++) offsets[k++] = base + post[q];
    }
  }
  return { kind: 'gather', shape: outShape, offsets };
}

function sameShape(p: readonly number[], q: readonly number[]): boolean {
  return p.length === q.length && p.every((n, i) => n === q[i]);
}

/**
 * `a[mask]` for a C-ordered mask of a's own shape (the common `a[a > 0.5]`): the selected
 * elements in C order, as the general path gives, in two flat passes. Both loops are
 * branch-free: on random masks a branch per element mispredicts half the time.
 */
function compress(a: NDArray, m: NDArray): NDArray {
  const n = a.size;
  const md = m.data;
  const mo = m.offset;
  let count = 0;
  for (let i = 0; i < n; i++) count += +(md[mo + i] !== 0);
  const out = allocate(a.dtype, count, [count]);
  // Writes go to out[k] before k advances, so stop at the last selected element.
  let last = n - 1;
  while (last >= 0 && md[mo + last] === 0) last--;
  if (kindOf(a.dtype) === 'c') compressPairsFor(a.data)(out, a.data, a.offset, md, mo, last + 1);
  else compressInto(out, a.data, a.offset, md, mo, last + 1);
  return new NDArray(out, a.dtype, [count]);
}

/** compressLoop for complex storage: offsets count (re, im) pairs. */
function compressPairsLoop(out: any, d: any, off: number, md: any, mo: number, n: number): void {
  let k = 0;
  for (let i = 0, q = 2 * off; i < n; i++, q += 2) {
    out[k] = d[q];
    out[k + 1] = d[q + 1];
    k += 2 * +(md[mo + i] !== 0);
  }
}
const compressPairsFor = specialize(compressPairsLoop);

function compressLoop(out: any, d: any, off: number, md: any, mo: number, n: number): void {
  let k = 0;
  for (let i = 0; i < n; i++) {
    out[k] = d[off + i];
    k += +(md[mo + i] !== 0);
  }
}
const compressFor = specialize(compressLoop);

function compressInto(out: TypedArray, d: TypedArray, off: number, md: TypedArray, mo: number, n: number): void {
  compressFor(d)(out, d, off, md, mo, n);
}

/** `a[index]`: a view for basic indices, a copy for fancy ones, a number for a full integer index. */
export function getItem(a: NDArray, index: readonly IndexItem[]): any {
  const m = index.length === 1 ? index[0] : null;
  const cplx = kindOf(a.dtype) === 'c';
  if (m instanceof NDArray && m.dtype === 'bool' && m.ndim > 0 && sameShape(m.shape, a.shape) && m.isCContiguous && a.isCContiguous) {
    return compress(a, m);
  }
  const t = resolveIndex(a, index);
  if (t.kind === 'view') {
    if (t.scalar) {
      if (cplx) return new Complex(a.data[2 * t.view.offset], a.data[2 * t.view.offset + 1]);
      const v = a.data[t.view.offset];
      return a.dtype === 'bool' ? v !== 0 : v;
    }
    return t.view;
  }
  const out = allocate(a.dtype, t.offsets.length, t.shape);
  const src = a.data;
  const offs = t.offsets;
  if (cplx) {
    for (let i = 0; i < offs.length; i++) {
      out[2 * i] = src[2 * offs[i]];
      out[2 * i + 1] = src[2 * offs[i] + 1];
    }
  } else for (let i = 0; i < offs.length; i++) out[i] = src[offs[i]];
  return new NDArray(out, a.dtype, t.shape);
}

/** Broadcasts `value` to `shape`, with NumPy's setitem message when it does not fit. */
function valueFor(value: ArrayLike, a: NDArray, shape: number[]): NDArray {
  const v = value instanceof NDArray ? value : asarray(value, { dtype: kindOfValue(value, a) });
  const vs = v.shape;
  const ok = vs.length <= shape.length && vs.every((n, i) => n === 1 || n === shape[shape.length - vs.length + i]);
  if (!ok) {
    // NumPy drops leading 1s of the value before it complains.
    let trimmed = vs.slice();
    while (trimmed.length > shape.length && trimmed[0] === 1) trimmed = trimmed.slice(1);
    if (trimmed.length !== vs.length) return valueFor(new NDArray(v.data, v.dtype, trimmed, v.elementStrides.slice(vs.length - trimmed.length), v.offset), a, shape);
    throw new ValueError(`could not broadcast input array from shape ${shapeStr(vs)} into shape ${shapeStr(shape)}`);
  }
  return new NDArray(v.data, v.dtype, shape.slice(), broadcastStrides(vs, v.elementStrides, shape), v.offset);
}

/** Python values assigned into an array convert straight to its dtype (300 into uint8 is an error). */
function kindOfValue(value: ArrayLike, a: NDArray) {
  if (typeof value === 'number' && !Number.isInteger(value) && a.dtype !== 'float32' && a.dtype !== 'float64') {
    if (Number.isNaN(value) && kindOf(a.dtype) !== 'b') throw new ValueError('cannot convert float NaN to integer');
    return undefined;
  }
  return (typeof value === 'number' || typeof value === 'boolean') && kindOf(a.dtype) !== 'c' ? a.dtype : undefined;
}

/** `a[mask] = value` for a C-ordered mask of a's own shape (`a[a > 0.5] = 0`): one pass over the mask, no index lists. */
function maskAssign(a: NDArray, m: NDArray, value: ArrayLike): void {
  const n = a.size;
  const md = m.data;
  const mo = m.offset;
  let count = 0;
  for (let i = 0; i < n; i++) count += +(md[mo + i] !== 0);
  if (value instanceof NDArray && value.ndim === 1 && value.size !== 1 && value.size !== count) {
    throw new ValueError(`NumPy boolean array indexing assignment cannot assign ${value.size} input values to the ${count} output values where the mask is true`);
  }
  const v = valueFor(value, a, [count]);
  // One value for every selected element (a[mask] = 0): cast it once, no count-sized copy.
  const one = count > 0 && v.elementStrides[0] === 0;
  const len = one ? 1 : count;
  const tmp = new NDArray(allocate(a.dtype, len, [len]), a.dtype, [len]);
  copyInto(tmp, one ? new NDArray(v.data, v.dtype, [1], [0], v.offset) : v);
  const step = one ? 0 : 1;
  if (kindOf(a.dtype) === 'c') maskScatterPairsFor(a.data)(a.data, a.offset, md, mo, n, tmp.data, step);
  else maskScatterFor(a.data)(a.data, a.offset, md, mo, n, tmp.data, step);
}

/** d[off + i] = the next src value where the mask is set (`step` 0: src[0] everywhere). */
function maskScatterLoop(d: any, off: number, md: any, mo: number, n: number, src: any, step: number): void {
  for (let i = 0, k = 0; i < n; i++) {
    if (md[mo + i] !== 0) {
      d[off + i] = src[k];
      k += step;
    }
  }
}
const maskScatterFor = specialize(maskScatterLoop);

/** maskScatterLoop for complex storage: offsets count (re, im) pairs. */
function maskScatterPairsLoop(d: any, off: number, md: any, mo: number, n: number, src: any, step: number): void {
  for (let i = 0, k = 0, q = 2 * off; i < n; i++, q += 2) {
    if (md[mo + i] !== 0) {
      d[q] = src[k];
      d[q + 1] = src[k + 1];
      k += 2 * step;
    }
  }
}
const maskScatterPairsFor = specialize(maskScatterPairsLoop);

/** `a[index] = value`, broadcasting the value and casting it to a's dtype. */
export function setItem(a: NDArray, index: readonly IndexItem[], value: ArrayLike): void {
  const m = index.length === 1 ? index[0] : null;
  if (m instanceof NDArray && m.dtype === 'bool' && m.ndim > 0 && sameShape(m.shape, a.shape) && m.isCContiguous && a.isCContiguous) {
    maskAssign(a, m, value);
    return;
  }
  const t = resolveIndex(a, index);
  if (t.kind === 'view') {
    // a[:] = a[::-1] reads every element before writing any, as NumPy's buffered copy does.
    const src = value instanceof NDArray && value.data.buffer === a.data.buffer ? value.copy() : value;
    copyInto(t.view, valueFor(src, a, t.view.shape));
    return;
  }
  const v = valueFor(value, a, t.shape);
  const tmp = new NDArray(allocate(a.dtype, t.offsets.length, t.shape), a.dtype, t.shape);
  copyInto(tmp, v);
  const dst = a.data;
  const src = tmp.data;
  const offs = t.offsets;
  if (kindOf(a.dtype) === 'c') {
    for (let i = 0; i < offs.length; i++) {
      dst[2 * offs[i]] = src[2 * i];
      dst[2 * offs[i] + 1] = src[2 * i + 1];
    }
  } else for (let i = 0; i < offs.length; i++) dst[offs[i]] = src[i];
}
