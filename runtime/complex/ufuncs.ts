/**
 * The ufuncs' complex loops: ufunc.ts hands any call with a complex operand here. Inputs
 * are cast to the common complex dtype (a float array of its part type is read as is,
 * as x + 0j), broadcast without copies, and run through the generated kernels of
 * loops.ts: arithmetic and comparisons written out as expressions, the rest calling the
 * scalar functions of cmath.ts.
 */
import { NDArray, zerosOf, copyToContiguous, copyInto } from '../ndarray';
import { type DType, kindOf, partDType } from '../dtype';
import { allocate } from '../allocate';
import { broadcastShapes, broadcastStrides, shapeStr, sizeOf } from '../shape';
import { binaryRows, unaryRows } from '../iter';
import { ValueError, NumpyTypeError, UFuncTypeError } from '../errors';
import * as cm from './cmath';
import { Complex, type ComplexLike } from './complex';
import { binaryKernel, unaryKernel, type Body, type Kind } from './loops';
import { UNARY as SCALAR_UNARY } from './unary-loops';
import { parallelComplexUnaryInto } from '../ufunc-parallel';

const R = cm.R;

// NumPy's lexicographic complex order (CGE, CLE, CGT, CLT in loops.c.src).
const ge = (xr: number, xi: number, yr: number, yi: number) => (xr > yr && xi === xi && yi === yi) || (xr === yr && xi >= yi);
const le = (xr: number, xi: number, yr: number, yi: number) => (xr < yr && xi === xi && yi === yi) || (xr === yr && xi <= yi);

/** Binary ufuncs with a complex result: kernels.ts-style bodies of the locals ar, ai, br, bi. */
const BINARY: Record<string, Body> = {
  add: { re: 'ar + br', im: 'ai + bi' },
  subtract: { re: 'ar - br', im: 'ai - bi' },
  multiply: { re: 'ar * br - ai * bi', im: 'ar * bi + ai * br' },
  divide: { call: cm.cdiv },
  power: { call: cm.cpow },
  float_power: { call: cm.cpow },
  maximum: {
    call: (ar: number, ai: number, br: number, bi: number) => {
      const keep = ar !== ar || ai !== ai || ge(ar, ai, br, bi);
      R.re = keep ? ar : br; R.im = keep ? ai : bi;
    },
  },
  minimum: {
    call: (ar: number, ai: number, br: number, bi: number) => {
      const keep = ar !== ar || ai !== ai || le(ar, ai, br, bi);
      R.re = keep ? ar : br; R.im = keep ? ai : bi;
    },
  },
};

/** Binary ufuncs with a bool result (the order ones as CGT, CGE, ... in loops.c.src). */
const COMPARE: Record<string, Body> = {
  equal: { pred: '(ar === br && ai === bi ? 1 : 0)' },
  not_equal: { pred: '(ar !== br || ai !== bi ? 1 : 0)' },
  less: { pred: '((ar < br && ai === ai && bi === bi) || (ar === br && ai < bi) ? 1 : 0)' },
  less_equal: { pred: '((ar < br && ai === ai && bi === bi) || (ar === br && ai <= bi) ? 1 : 0)' },
  greater: { pred: '((ar > br && ai === ai && bi === bi) || (ar === br && ai > bi) ? 1 : 0)' },
  greater_equal: { pred: '((ar > br && ai === ai && bi === bi) || (ar === br && ai >= bi) ? 1 : 0)' },
  logical_and: { pred: '((ar !== 0 || ai !== 0) && (br !== 0 || bi !== 0) ? 1 : 0)' },
  logical_or: { pred: '(ar !== 0 || ai !== 0 || br !== 0 || bi !== 0 ? 1 : 0)' },
  logical_xor: { pred: '((ar !== 0 || ai !== 0) !== (br !== 0 || bi !== 0) ? 1 : 0)' },
};

/** Unary ufuncs with a complex result: the arithmetic ones written out, the rest calling the
 * scalar functions the thread pool's loops call too (unary-loops.ts), so a split call gives
 * the same bits. */
const WRITTEN_OUT: Record<string, Body> = {
  negative: { re: '-ar', im: '-ai' },
  positive: { re: 'ar', im: 'ai' },
  conjugate: { re: 'ar', im: '-ai' },
  square: { re: 'ar * ar - ai * ai', im: 'ar * ai + ai * ar' },
};
const UNARY: Record<string, Body> = {
  ...Object.fromEntries(Object.entries(SCALAR_UNARY).map(([name, f]): [string, Body] => [name, { call: f }])),
  ...WRITTEN_OUT,
};

/** |a + bi|: the plain square root while the sum of squares is safe, else a scaled hypot. */
function cabs(x: number, y: number): number {
  const s = x * x + y * y;
  // The sum of squares neither overflowed nor lost the smaller part to underflow.
  if (s < 1e300 && s > 1e-290) return Math.sqrt(s);
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  const hi = x > y ? x : y;
  const lo = x > y ? y : x;
  const r = hi === 0 ? 0 : lo / hi;
  return hi * Math.sqrt(1 + r * r);
}

/** Unary ufuncs whose complex loop gives a real (float or bool) result. */
const TO_REAL: Record<string, Body> = {
  absolute: { real: cabs },
  isnan: { pred: '(ar !== ar || ai !== ai ? 1 : 0)' },
  isinf: { pred: '(ar === Infinity || ar === -Infinity || ai === Infinity || ai === -Infinity ? 1 : 0)' },
  isfinite: { pred: '(ar - ar === 0 && ai - ai === 0 ? 1 : 0)' },
  logical_not: { pred: '(ar === 0 && ai === 0 ? 1 : 0)' },
};

/** NumPy's TypeError for a ufunc with no complex loop (floor, remainder, arctan2, ...). */
export function noComplexLoop(name: string): never {
  throw new NumpyTypeError(
    `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );
}

/** Whether a ufunc of this name has a complex loop. */
export function hasComplexLoop(name: string, arity: 1 | 2): boolean {
  return arity === 2 ? name in BINARY || name in COMPARE : name in UNARY || name in TO_REAL;
}

/** Checks `out` (shape and same_kind cast) and returns where the loop writes. */
function target(name: string, shape: number[], dtype: DType, out: NDArray | null | undefined): NDArray {
  if (!out) return new NDArray(allocate(dtype, sizeOf(shape), shape), dtype, shape);
  if (!(out instanceof NDArray)) throw new NumpyTypeError('return arrays must be of ArrayType');
  if (out.shape.length !== shape.length || out.shape.some((n, i) => n !== shape[i])) {
    throw new ValueError(`non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(shape)}`);
  }
  const cplx = kindOf(dtype) === 'c';
  if (out.dtype !== dtype && cplx && kindOf(out.dtype) !== 'c') {
    throw new UFuncTypeError(`Cannot cast ufunc '${name}' output from dtype('${dtype}') to dtype('${out.dtype}') with casting rule 'same_kind'`);
  }
  return out.dtype === dtype ? out : zerosOf(shape, dtype);
}

function finish(t: NDArray, out: NDArray | null | undefined): NDArray {
  if (out && t !== out) copyInto(out, t);
  return out ?? t;
}

/**
 * An operand in the loop's complex dtype, and how the kernel reads it: a float array of
 * the dtype's part type as it is ('r': x + 0j, what the cast would give, without the
 * copy), any other dtype cast to a complex copy.
 */
function operand(a: NDArray, d: DType): [NDArray, Kind] {
  if (a.dtype === d) return [a, 'c'];
  if (a.dtype === partDType(d)) return [a, 'r'];
  return [copyToContiguous(a, d), 'c'];
}

/** A complex binary ufunc over arrays already promoted to `common` (a complex dtype). */
export function complexBinary(name: string, x: NDArray, y: NDArray, common: DType, out?: NDArray | null): NDArray {
  const cmp = Object.hasOwn(COMPARE, name);
  const body = cmp ? COMPARE[name] : Object.hasOwn(BINARY, name) ? BINARY[name] : undefined;
  if (!body) noComplexLoop(name);
  let [a, ka] = operand(x, common);
  const [b, kb] = operand(y, common);
  // Both real only when both came as part-type arrays and `common` is complex by dtype=.
  if (ka === 'r' && kb === 'r') [a, ka] = [copyToContiguous(a, common), 'c'];
  const shape = broadcastShapes(a.shape, b.shape);
  const t = target(name, shape, cmp ? 'bool' : common, out);
  const kernel = binaryKernel(name, body, ka, kb, t.data, a.data, b.data);
  binaryRows(
    kernel, shape,
    t.data, t.offset, t.elementStrides,
    a.data, a.offset, broadcastStrides(a.shape, a.elementStrides, shape),
    b.data, b.offset, broadcastStrides(b.shape, b.elementStrides, shape),
  );
  return finish(t, out);
}

/** A complex unary ufunc (input of a complex dtype). */
export function complexUnary(name: string, x: NDArray, out?: NDArray | null): NDArray {
  const toReal = Object.hasOwn(TO_REAL, name);
  const body = toReal ? TO_REAL[name] : Object.hasOwn(UNARY, name) ? UNARY[name] : undefined;
  if (!body) noComplexLoop(name);
  const shape = x.shape.slice();
  const rdt: DType = name === 'absolute' ? partDType(x.dtype) : 'bool';
  const t = target(name, shape, toReal ? rdt : x.dtype, out);
  if (!toReal && parallelComplexUnaryInto(name, t, x)) return finish(t, out);
  const kernel = unaryKernel(name, body, t.data, x.data);
  unaryRows(kernel, shape, t.data, t.offset, t.elementStrides, x.data, x.offset, x.elementStrides);
  return finish(t, out);
}

/** A JS-scalar result of a complex ufunc: a Complex, or a number/boolean for real results. */
export function complexScalar(a: NDArray): Complex | number | boolean {
  if (kindOf(a.dtype) === 'c') return new Complex(a.data[2 * a.offset], a.data[2 * a.offset + 1]);
  const v = a.data[a.offset];
  return a.dtype === 'bool' ? v !== 0 : v;
}

export type { ComplexLike };
