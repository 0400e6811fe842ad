/**
 * NumPy's `cont()` / `disc()` of `_common.pyx` for the distribution samplers: parameter
 * validation with NumPy's messages (`check_constraint` for scalars,
 * `check_array_constraint` for arrays), broadcasting of array parameters against `size`,
 * and one draw per output element in C order.
 */
import { ValueError, NumpyTypeError } from '../../errors';
import { bind, toSize, prod, param, broadcastParams, type Param } from '../common';
import { type NDArray, wrap } from '../nd';
import { type Source, generatorSource } from './source';
import { BlockBitGen, canBlock } from './block';

/** NumPy's parameter constraints (`constraint_type`). */
export type Constraint =
  | 'none' | 'nonneg' | 'pos' | 'pos_notnan' | 'b01' | 'bgt01' | 'blt01' | 'gt1' | 'gte1'
  | 'poisson' | 'legacy_long';

/** `POISSON_LAM_MAX`: int64 max less 10 standard deviations. */
export const POISSON_LAM_MAX = 9.223372006484771e18;
const LONG_MAX = 9223372036854775807;

/** One parameter: its name, its default (undefined: required) and its constraint. */
export type ParamSpec = readonly [name: string, fallback: number | undefined, cons: Constraint];

function anyOf(p: Param, f: (v: number) => boolean): boolean {
  if (p.data === null) return f(p.v);
  for (let i = 0; i < p.data.length; i++) if (f(p.data[i])) return true;
  return false;
}

/**
 * Raises NumPy's ValueError when a parameter breaks its constraint (scalar parameters get
 * `check_constraint`'s wording, arrays `check_array_constraint`'s).
 *
 * Parameters
 * ----------
 * p : Param
 * name : string
 * cons : Constraint
 *
 * @example
 * checkConstraint(param(-1, 0), 'scale', 'nonneg')   // ValueError: scale < 0
 */
export function checkConstraint(p: Param, name: string, cons: Constraint): void {
  const arr = p.data !== null;
  const nan = arr ? 'contains NaNs' : 'is NaN';
  const bad = (msg: string): never => { throw new ValueError(msg); };
  switch (cons) {
    case 'none': return;
    case 'nonneg':
      // signbit of a non-NaN value: -0.0 is rejected too, as in NumPy.
      if (anyOf(p, (v) => !Number.isNaN(v) && (v < 0 || Object.is(v, -0)))) bad(`${name} < 0`);
      return;
    case 'pos_notnan':
      if (anyOf(p, Number.isNaN)) bad(`${name} must not be NaN`);
      if (anyOf(p, (v) => v <= 0)) bad(`${name} <= 0`);
      return;
    case 'pos':
      if (anyOf(p, (v) => v <= 0)) bad(`${name} <= 0`);
      return;
    case 'b01':
      if (anyOf(p, (v) => !(v >= 0) || !(v <= 1))) bad(`${name} < 0, ${name} > 1 or ${name} ${nan}`);
      return;
    case 'bgt01':
      if (anyOf(p, (v) => !(v > 0) || !(v <= 1))) bad(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'blt01':
      if (anyOf(p, (v) => !(v >= 0) || !(v < 1))) bad(`${name} < 0, ${name} >= 1 or ${name} ${nan}`);
      return;
    case 'gt1':
      if (anyOf(p, (v) => !(v > 1))) bad(`${name} <= 1 or ${name} ${nan}`);
      return;
    case 'gte1':
      if (anyOf(p, (v) => !(v >= 1))) bad(`${name} < 1 or ${name} ${nan}`);
      return;
    case 'poisson':
      if (arr) {
        if (anyOf(p, (v) => !(v <= POISSON_LAM_MAX))) bad(`${name} value too large`);
        if (anyOf(p, (v) => !(v >= 0))) bad(`${name} < 0 or ${name} contains NaNs`);
      } else {
        if (!(p.v >= 0)) bad(`${name} < 0 or ${name} is NaN`);
        if (!(p.v <= POISSON_LAM_MAX)) bad(`${name} value too large`);
      }
      return;
    case 'legacy_long':
      if (anyOf(p, (v) => v < 0)) bad(`${name} < 0`);
      if (anyOf(p, (v) => v > LONG_MAX)) {
        bad(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
      }
  }
}

/** Element offsets of `p` for each output element of `shape` (C order). */
function offsetsOf(shape: number[], stride: number[], n: number): Int32Array {
  const out = new Int32Array(n);
  const nd = shape.length;
  const idx = new Array<number>(nd).fill(0);
  let off = 0;
  for (let i = 0; i < n; i++) {
    out[i] = off;
    for (let k = nd - 1; k >= 0; k--) {
      idx[k]++;
      off += stride[k];
      if (idx[k] < shape[k]) break;
      off -= stride[k] * shape[k];
      idx[k] = 0;
    }
  }
  return out;
}

/** A sampler of up to three parameters. */
export type Sampler = (a: number, b: number, c: number) => number;

/**
 * Binds `args` to `[...params, 'size']`, validates and broadcasts the parameters, and
 * draws with `make(src)`: a JS number when there is no size and every parameter is
 * scalar, else an array of `dtype` ('float64' for `cont`, 'int64' for `disc`). With
 * scalar parameters for which `oneWord` holds (every draw takes at least one 64-bit word
 * and no 32-bit draw) and a Generator source on a bulk bit generator, the words come in
 * blocks (`BlockBitGen`): NumPy's values and final state, fewer calls.
 *
 * Parameters
 * ----------
 * fn : string
 *     Method name for error messages.
 * args : unknown[]
 * specs : ParamSpec[]
 * src : Source
 * make : (src) => (a, b, c) => number
 * dtype : 'float64' | 'int64', optional
 * oneWord : (a, b, c) => boolean, optional
 *
 * @example
 * sample('exponential', [2, {size: 3}], [['scale', 1, 'nonneg']], src, (s) => (sc) => sc * s.exponential())
 */
export function sample(
  fn: string, args: readonly unknown[], specs: readonly ParamSpec[], src: Source, make: (s: Source) => Sampler,
  dtype: 'float64' | 'int64' = 'float64', oneWord?: Sampler,
): number | NDArray {
  const a = bind(fn, args, [...specs.map((s) => s[0]), 'size']);
  const ps = specs.map(([name, fallback]) => {
    if (fallback === undefined && a[name] === undefined) {
      throw new NumpyTypeError(`${fn}() missing 1 required positional argument: '${name}'`);
    }
    return param(a[name], fallback ?? 0);
  });
  specs.forEach(([name, , cons], i) => checkConstraint(ps[i], name, cons));
  const size = toSize(a.size);
  if (size !== null && oneWord && !src.legacy && canBlock(src.g) && ps.every((p) => p.data === null)) {
    const p0 = ps[0]?.v ?? 0, p1 = ps[1]?.v ?? 0, p2 = ps[2]?.v ?? 0;
    if (oneWord(p0, p1, p2)) {
      const block = new BlockBitGen(src.g);
      const draw = make(generatorSource(block));
      const n = prod(size);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        block.remaining = n - i;
        out[i] = draw(p0, p1, p2);
      }
      return wrap(out, size, dtype);
    }
  }
  return drawParams(size, ps, make(src), dtype);
}

/**
 * Draws over already validated parameters: `size` null and scalar parameters give one
 * number, else an array broadcast from `size` and the parameters.
 *
 * Parameters
 * ----------
 * size : number[] | null
 * ps : Param[]
 * draw : (a, b, c) => number
 * dtype : 'float64' | 'int64'
 *
 * @example
 * drawParams([3], [param(2, 1)], (s) => s * src.exponential(), 'float64')
 */
export function drawParams(size: number[] | null, ps: readonly Param[], draw: Sampler, dtype: 'float64' | 'int64'): number | NDArray {
  const { shape, strides } = broadcastParams(size, ps);
  const p0 = ps[0]?.v ?? 0, p1 = ps[1]?.v ?? 0, p2 = ps[2]?.v ?? 0;
  if (shape === null) return draw(p0, p1, p2);
  const n = prod(shape);
  const out = new Float64Array(n);
  if (ps.every((p) => p.data === null)) {
    for (let i = 0; i < n; i++) out[i] = draw(p0, p1, p2);
  } else {
    const offs = ps.map((p, j) => (p.data === null ? null : offsetsOf(shape, strides[j], n)));
    const d0 = ps[0]?.data, d1 = ps[1]?.data, d2 = ps[2]?.data;
    const o0 = offs[0], o1 = offs[1], o2 = offs[2];
    for (let i = 0; i < n; i++) {
      out[i] = draw(d0 && o0 ? d0[o0[i]] : p0, d1 && o1 ? d1[o1[i]] : p1, d2 && o2 ? d2[o2[i]] : p2);
    }
  }
  return wrap(out, shape, dtype);
}
