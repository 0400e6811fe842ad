/**
 * The ufuncs' complex loops: ufunc.ts hands any call with a complex operand here. Inputs
 * are cast to the common complex dtype, broadcast, and walked row by row; the kernels of
 * the arithmetic Mandelbrot needs (add, subtract, multiply, abs) are written out with
 * contiguous fast paths, the rest go through the scalar functions of cmath.ts.
 */
import { NDArray, zerosOf, copyToContiguous, copyInto } from '../ndarray';
import { type DType, kindOf, partDType } from '../dtype';
import { allocate } from '../allocate';
import { broadcastShapes, broadcastStrides, shapeStr, sizeOf } from '../shape';
import { forEachRow } from '../iter';
import { ValueError, NumpyTypeError, UFuncTypeError } from '../errors';
import * as cm from './cmath';
import { Complex, type ComplexLike } from './complex';
import { specialize } from '../kernels';
import { UNARY, unRow } from './unary-loops';
import { parallelComplexUnaryInto } from '../ufunc-parallel';

const R = cm.R;
type Bin = (ar: number, ai: number, br: number, bi: number) => void;

/** Binary ufuncs with a complex loop: the scalar function, and whether the result is bool. */
const BINARY: Record<string, Bin> = {
  add: (ar, ai, br, bi) => { R.re = ar + br; R.im = ai + bi; },
  subtract: (ar, ai, br, bi) => { R.re = ar - br; R.im = ai - bi; },
  multiply: cm.cmul,
  divide: cm.cdiv,
  power: cm.cpow,
  float_power: cm.cpow,
  maximum: (ar, ai, br, bi) => {
    const keep = ar !== ar || ai !== ai || ge(ar, ai, br, bi);
    R.re = keep ? ar : br; R.im = keep ? ai : bi;
  },
  minimum: (ar, ai, br, bi) => {
    const keep = ar !== ar || ai !== ai || le(ar, ai, br, bi);
    R.re = keep ? ar : br; R.im = keep ? ai : bi;
  },
};

// NumPy's lexicographic complex order (CGE, CLE, CGT, CLT in loops.c.src).
const ge = (xr: number, xi: number, yr: number, yi: number) => (xr > yr && xi === xi && yi === yi) || (xr === yr && xi >= yi);
const le = (xr: number, xi: number, yr: number, yi: number) => (xr < yr && xi === xi && yi === yi) || (xr === yr && xi <= yi);
const gt = (xr: number, xi: number, yr: number, yi: number) => (xr > yr && xi === xi && yi === yi) || (xr === yr && xi > yi);
const lt = (xr: number, xi: number, yr: number, yi: number) => (xr < yr && xi === xi && yi === yi) || (xr === yr && xi < yi);

type Pred2 = (ar: number, ai: number, br: number, bi: number) => boolean;
const COMPARE: Record<string, Pred2> = {
  equal: (ar, ai, br, bi) => ar === br && ai === bi,
  not_equal: (ar, ai, br, bi) => ar !== br || ai !== bi,
  less: lt,
  less_equal: le,
  greater: gt,
  greater_equal: ge,
  logical_and: (ar, ai, br, bi) => (ar !== 0 || ai !== 0) && (br !== 0 || bi !== 0),
  logical_or: (ar, ai, br, bi) => ar !== 0 || ai !== 0 || br !== 0 || bi !== 0,
  logical_xor: (ar, ai, br, bi) => (ar !== 0 || ai !== 0) !== (br !== 0 || bi !== 0),
};


/** Unary ufuncs whose complex loop gives a real (float or bool) result. */
const TO_REAL: Record<string, (a: number, b: number) => number> = {
  absolute: (a, b) => Math.hypot(a, b),
  isnan: (a, b) => (a !== a || b !== b ? 1 : 0),
  isinf: (a, b) => (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity ? 1 : 0),
  isfinite: (a, b) => (a - a === 0 && b - b === 0 ? 1 : 0),
  logical_not: (a, b) => (a === 0 && b === 0 ? 1 : 0),
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

/** An operand in the loop's complex dtype. */
function asComplex(a: NDArray, d: DType): NDArray {
  return a.dtype === d ? a : copyToContiguous(a, d);
}

/** A complex binary ufunc over arrays already promoted to `common` (a complex dtype). */
export function complexBinary(name: string, x: NDArray, y: NDArray, common: DType, out?: NDArray | null): NDArray {
  const cmp = COMPARE[name] as Pred2 | undefined;
  const op = BINARY[name];
  if (!cmp && !op) noComplexLoop(name);
  const a = asComplex(x, common);
  const b = asComplex(y, common);
  const shape = broadcastShapes(a.shape, b.shape);
  const t = target(name, shape, cmp ? 'bool' : common, out);
  const o = t.data;
  const ad = a.data;
  const bd = b.data;
  const as = broadcastStrides(a.shape, a.elementStrides, shape);
  const bs = broadcastStrides(b.shape, b.elementStrides, shape);
  forEachRow(shape, [t.offset, a.offset, b.offset], [t.elementStrides, as, bs], (n, offs, st) => {
    if (cmp) compareRow(cmp, n, o, offs[0], st[0], ad, offs[1], st[1], bd, offs[2], st[2]);
    else if (name === 'add') addFor(o)(n, o, offs[0], st[0], ad, offs[1], st[1], bd, offs[2], st[2], 1);
    else if (name === 'subtract') addFor(o)(n, o, offs[0], st[0], ad, offs[1], st[1], bd, offs[2], st[2], -1);
    else if (name === 'multiply') mulFor(o)(n, o, offs[0], st[0], ad, offs[1], st[1], bd, offs[2], st[2]);
    else binRow(op, n, o, offs[0], st[0], ad, offs[1], st[1], bd, offs[2], st[2]);
  });
  return finish(t, out);
}

// Row kernels: offsets and strides count complex elements; the pair of k is [2k], [2k+1].

function addRow(n: number, o: any, oo: number, os: number, a: any, ao: number, as: number, b: any, bo: number, bs: number, sign: number): void {
  if (os === 1 && as === 1 && bs === 1) {
    const o2 = 2 * oo, a2 = 2 * ao, b2 = 2 * bo;
    if (sign > 0) for (let i = 0; i < 2 * n; i++) o[o2 + i] = a[a2 + i] + b[b2 + i];
    else for (let i = 0; i < 2 * n; i++) o[o2 + i] = a[a2 + i] - b[b2 + i];
    return;
  }
  for (let i = 0, p = 2 * oo, q = 2 * ao, r = 2 * bo; i < n; i++, p += 2 * os, q += 2 * as, r += 2 * bs) {
    o[p] = a[q] + sign * b[r];
    o[p + 1] = a[q + 1] + sign * b[r + 1];
  }
}

function mulRow(n: number, o: any, oo: number, os: number, a: any, ao: number, as: number, b: any, bo: number, bs: number): void {
  for (let i = 0, p = 2 * oo, q = 2 * ao, r = 2 * bo; i < n; i++, p += 2 * os, q += 2 * as, r += 2 * bs) {
    const ar = a[q], ai = a[q + 1], br = b[r], bi = b[r + 1];
    o[p] = ar * br - ai * bi;
    o[p + 1] = ar * bi + ai * br;
  }
}

// One compiled copy per storage type (complex64 / complex128), so each stays monomorphic.
const addFor = specialize(addRow);
const mulFor = specialize(mulRow);

function binRow(f: Bin, n: number, o: any, oo: number, os: number, a: any, ao: number, as: number, b: any, bo: number, bs: number): void {
  for (let i = 0, p = 2 * oo, q = 2 * ao, r = 2 * bo; i < n; i++, p += 2 * os, q += 2 * as, r += 2 * bs) {
    f(a[q], a[q + 1], b[r], b[r + 1]);
    o[p] = R.re;
    o[p + 1] = R.im;
  }
}

function compareRow(f: Pred2, n: number, o: any, oo: number, os: number, a: any, ao: number, as: number, b: any, bo: number, bs: number): void {
  for (let i = 0, p = oo, q = 2 * ao, r = 2 * bo; i < n; i++, p += os, q += 2 * as, r += 2 * bs) {
    o[p] = f(a[q], a[q + 1], b[r], b[r + 1]) ? 1 : 0;
  }
}

/** A complex unary ufunc (input of a complex dtype). */
export function complexUnary(name: string, x: NDArray, out?: NDArray | null): NDArray {
  const toReal = TO_REAL[name] as ((a: number, b: number) => number) | undefined;
  const f = UNARY[name];
  if (!toReal && !f) noComplexLoop(name);
  const shape = x.shape.slice();
  const rdt: DType = name === 'absolute' ? partDType(x.dtype) : 'bool';
  const t = target(name, shape, toReal ? rdt : x.dtype, out);
  if (!toReal && parallelComplexUnaryInto(name, t, x)) return finish(t, out);
  const o = t.data;
  const ad = x.data;
  forEachRow(shape, [t.offset, x.offset], [t.elementStrides, x.elementStrides], (n, offs, st) => {
    if (name === 'absolute') absFor(ad)(n, o, offs[0], st[0], ad, offs[1], st[1]);
    else if (toReal) realRow(toReal, n, o, offs[0], st[0], ad, offs[1], st[1]);
    else unRow(f, n, o, offs[0], st[0], ad, offs[1], st[1]);
  });
  return finish(t, out);
}

function absRow(n: number, o: any, oo: number, os: number, a: any, ao: number, as: number): void {
  for (let i = 0, p = oo, q = 2 * ao; i < n; i++, p += os, q += 2 * as) {
    let x = a[q];
    let y = a[q + 1];
    const s = x * x + y * y;
    // The sum of squares neither overflowed nor lost the smaller part to underflow.
    if (s < 1e300 && s > 1e-290) {
      o[p] = Math.sqrt(s);
      continue;
    }
    // hypot, scaled (self-contained: specialize() compiles this function from its text)
    x = Math.abs(x);
    y = Math.abs(y);
    if (x === Infinity || y === Infinity) o[p] = Infinity;
    else if (x !== x || y !== y) o[p] = NaN;
    else {
      const hi = x > y ? x : y;
      const lo = x > y ? y : x;
      const r = hi === 0 ? 0 : lo / hi;
      o[p] = hi * Math.sqrt(1 + r * r);
    }
  }
}
const absFor = specialize(absRow);

function realRow(f: (a: number, b: number) => number, n: number, o: any, oo: number, os: number, a: any, ao: number, as: number): void {
  for (let i = 0, p = oo, q = 2 * ao; i < n; i++, p += os, q += 2 * as) o[p] = f(a[q], a[q + 1]);
}


/** A JS-scalar result of a complex ufunc: a Complex, or a number/boolean for real results. */
export function complexScalar(a: NDArray): Complex | number | boolean {
  if (kindOf(a.dtype) === 'c') return new Complex(a.data[2 * a.offset], a.data[2 * a.offset + 1]);
  const v = a.data[a.offset];
  return a.dtype === 'bool' ? v !== 0 : v;
}

export type { ComplexLike };
