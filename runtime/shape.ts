/**
 * Shapes and strides: sizes, C-order strides, broadcasting and axis normalisation, with
 * NumPy's error messages.
 */
import { ValueError, axisError, NumpyTypeError } from './errors';

export type Shape = number[];

/** Number of elements of a shape (1 for a 0-d shape). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** C-order element strides of a shape. */
export function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/**
 * C-order element strides as NumPy fills them in for a view given no strides
 * (_array_fill_strides): a 0-length axis counts as 1, so `(3, 0)` gets `[1, 1]`.
 */
export function fillStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    if (shape[i] !== 0) acc *= shape[i];
  }
  return s;
}

/** A shape as NumPy writes it in error messages: `(2,3)`, `(3,)`, `()`. */
export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

/** A shape as Python's repr of a tuple: `(2, 3)`, `(3,)`. */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * Turns a shape argument (number, number[] or positional numbers) into a validated shape.
 * Throws NumPy's `negative dimensions are not allowed`.
 */
export function toShape(shape: number | readonly number[] | undefined | null, fn = 'shape'): Shape {
  if (shape === undefined || shape === null) return [];
  const s = typeof shape === 'number' ? [shape] : Array.from(shape);
  for (const d of s) {
    if (typeof d !== 'number' || !Number.isInteger(d)) {
      throw new NumpyTypeError(`'${typeof d === 'number' ? 'float' : typeof d}' object cannot be interpreted as an integer`);
    }
    if (d < 0) throw new ValueError('negative dimensions are not allowed');
  }
  void fn;
  return s;
}

/** The broadcast shape of several shapes, or NumPy's ValueError. */
export function broadcastShapes(...shapes: (readonly number[])[]): Shape {
  let nd = 0;
  for (const s of shapes) nd = Math.max(nd, s.length);
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = nd - s.length + i;
      const d = s[i];
      if (d === out[j] || d === 1) continue;
      if (out[j] === 1) out[j] = d;
      else throw new ValueError(`operands could not be broadcast together with shapes ${shapes.map(shapeStr).join(' ')} `);
    }
  }
  return out;
}

/** Element strides to read an array of `shape`/`strides` as if it had shape `to` (0 where broadcast). */
export function broadcastStrides(shape: readonly number[], strides: readonly number[], to: readonly number[]): number[] {
  const out = new Array<number>(to.length).fill(0);
  const off = to.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[off + i] = shape[i] === 1 && to[off + i] !== 1 ? 0 : strides[i];
  return out;
}

/** Normalises a possibly negative axis, or throws NumPy's AxisError. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (typeof axis !== 'number' || !Number.isInteger(axis)) {
    throw new NumpyTypeError(`'${typeof axis === 'number' ? 'float' : typeof axis}' object cannot be interpreted as an integer`);
  }
  if (axis < -ndim || axis >= ndim) throw axisError(axis, ndim);
  return axis < 0 ? axis + ndim : axis;
}

/**
 * Normalises an axis argument (undefined/null for all axes, a number, or a list) into a
 * sorted list of distinct axes. Throws `duplicate value in 'axis'` as NumPy does.
 */
export function normalizeAxes(axis: number | readonly number[] | null | undefined, ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : Array.from(axis);
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out.sort((a, b) => a - b);
}

/**
 * Merges adjacent dimensions that every operand walks contiguously, so the common case of
 * same-layout operands becomes one flat loop. Returns the new shape and strides lists.
 */
export function coalesce(shape: readonly number[], strides: (readonly number[])[]): [number[], number[][]] {
  const sh: number[] = [];
  const st: number[][] = strides.map(() => []);
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 1) continue;
    const k = sh.length - 1;
    if (k >= 0 && strides.every((s, j) => st[j][k] === s[i] * shape[i])) {
      sh[k] *= shape[i];
      for (let j = 0; j < strides.length; j++) st[j][k] = strides[j][i];
    } else {
      sh.push(shape[i]);
      for (let j = 0; j < strides.length; j++) st[j].push(strides[j][i]);
    }
  }
  return [sh, st];
}
