/**
 * Universal functions: type resolution (NumPy 2 promotion with weak Python scalars),
 * broadcasting, the `out` argument, and the elementwise loops from kernels.ts.
 */
import {
  type DType, type DTypeLike, toDType, promoteTypes, promoteWithScalar, scalarKind, checkScalarFits,
  castScalar, kindOf, isFloat, canCastSameKind, storageOf,
} from './dtype';
import { NDArray, zerosOf, copyInto, copyToContiguous } from './ndarray';
import { allocate } from './allocate';
import { asarray, type ArrayLike } from './asarray';
import { broadcastShapes, broadcastStrides, shapeStr, sizeOf, cStrides } from './shape';
import { binaryRows, unaryRows, keepOrderStrides } from './iter';
import { binaryKernel, unaryKernel } from './kernels';
import { parallelBinaryInto, parallelUnaryInto } from './ufunc-parallel';
import { ValueError, NumpyTypeError, UFuncTypeError } from './errors';
import { pyTypeName } from './validate';
import { isComplexLike, type ComplexLike } from './complex/complex';
import { complexBinary, complexUnary, complexScalar } from './complex/ufuncs';

/** Keyword options every ufunc takes. */
export interface UfuncOptions {
  /** Array to write the result into (NumPy's `out=`); it is also returned. */
  out?: NDArray | null;
  /** dtype to compute in (NumPy's `dtype=`). */
  dtype?: DTypeLike | null;
}

/** A ufunc result: an array, or a JS number/boolean when every input was a JS scalar. */
export type UfuncResult = NDArray | number | boolean;

/**
 * What only an untyped (`any`) value can be passed as: overloads taking it come first and
 * return `any`. TypeScript gives an `any` argument to the first overload that accepts it,
 * so without them `np.sin(untyped).mul(2)` picked the scalar overload and the editor said
 * "mul does not exist on number". The reductions' overloads use it the same way.
 */
export interface UntypedValue {
  readonly __untypedValue: 'only an any value is this';
}

/** A binary ufunc as callers see it: scalars in, scalar out; any array in, array out. */
export interface BinaryUfunc<S = number> {
  (x1: UntypedValue, x2: number | boolean | UntypedValue, opts?: UfuncOptions): any;
  (x1: number | boolean, x2: UntypedValue, opts?: UfuncOptions): any;
  (x1: number | boolean, x2: number | boolean, opts?: UfuncOptions): S;
  (x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions): NDArray;
}

/** A unary ufunc as callers see it. */
export interface UnaryUfunc<S = number> {
  (x: UntypedValue, opts?: UfuncOptions): any;
  (x: number | boolean, opts?: UfuncOptions): S;
  (x: ArrayLike, opts?: UfuncOptions): NDArray;
}

export function makeBinary<S = number>(spec: BinaryUfuncSpec): BinaryUfunc<S> {
  const f = (x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptions) => applyBinary(spec, x1, x2, opts);
  Object.defineProperty(f, 'name', { value: spec.name });
  return f as BinaryUfunc<S>;
}

export function makeUnary<S = number>(spec: UnaryUfuncSpec): UnaryUfunc<S> {
  const f = (x: ArrayLike, opts?: UfuncOptions) => applyUnary(spec, x, opts);
  Object.defineProperty(f, 'name', { value: spec.name });
  return f as UnaryUfunc<S>;
}

/** An operand after conversion: a strong array, or a weak Python-style scalar (a Complex too). */
type Prepared = { arr: NDArray; weak: number | boolean | ComplexLike | null };

function prepare(x: ArrayLike): Prepared {
  if (typeof x === 'number' || typeof x === 'boolean' || isComplexLike(x)) return { arr: asarray(x), weak: x };
  return { arr: asarray(x), weak: null };
}

const complexDType = (d: DType): boolean => kindOf(d) === 'c';

/** The operands of a complex loop: weak scalars become 0-d arrays of the common dtype. */
function complexOperand(p: Prepared, common: DType): NDArray {
  if (p.weak === null) return p.arr;
  const out = zerosOf([], common);
  const w = p.weak;
  if (typeof w === 'object') {
    out.data[0] = w.re;
    out.data[1] = w.im;
  } else out.data[0] = +w;
  return out;
}

/** What a binary ufunc computes for a pair of input dtypes. */
export interface BinaryLoop {
  /** dtype both inputs are cast to. */
  input: DType;
  /** dtype of the result. */
  output: DType;
  /** JS expression of `x` and `y` (values read from the inputs). */
  expr: string;
}

export interface BinaryUfuncSpec {
  name: string;
  /**
   * Picks the loop for the promoted dtype `common`; `d1`, `d2` are the operands' own
   * dtypes (a weak scalar counts as `common`). Throws NumPy's TypeError when none fits.
   */
  loop(common: DType, d1: DType, d2: DType): BinaryLoop;
  /** Comparisons take Python ints of any size (NEP 50); arithmetic checks they fit. */
  comparison?: boolean;
  /** Extra validation of the prepared inputs (e.g. negative integer powers). */
  check?(a: NDArray, b: NDArray, loop: BinaryLoop): void;
}

export interface UnaryUfuncSpec {
  name: string;
  loop(input: DType): { input: DType; output: DType; expr: string };
}

// NumPy also unwraps 0-d array results to scalars; here only all-JS-scalar calls give a
// number, so that a call with an NDArray argument is typed, and is, an NDArray.
function isScalarResult(ps: Prepared[], opts: UfuncOptions): boolean {
  return !opts.out && ps.every((p) => p.weak !== null);
}

function unwrap(a: NDArray): number | boolean {
  if (complexDType(a.dtype)) return complexScalar(a) as number;
  const v = a.data[a.offset];
  return a.dtype === 'bool' ? v !== 0 : v;
}

/** Resolves the common dtype of the inputs with NEP 50 rules for weak scalars. */
export function resultType(ps: { arr: NDArray; weak: number | boolean | ComplexLike | null }[]): DType {
  const strong = ps.filter((p) => p.weak === null);
  if (strong.length === 0) {
    // All Python scalars: NumPy promotes them among themselves (bool < int < float).
    let d: DType = 'bool';
    for (const p of ps) d = promoteTypes(d, p.arr.dtype);
    return d;
  }
  let d = strong[0].arr.dtype;
  for (const p of strong.slice(1)) d = promoteTypes(d, p.arr.dtype);
  for (const p of ps) if (p.weak !== null) d = promoteWithScalar(d, scalarKind(p.weak));
  return d;
}

/** A weak scalar becomes a 0-d array of the loop's input dtype (checking int bounds). */
function castWeak(p: Prepared, input: DType, comparison: boolean): NDArray {
  if (p.weak === null) return p.arr;
  const v = p.weak;
  if (typeof v === 'object') return complexOperand(p, input);
  const k = kindOf(input);
  if (typeof v === 'number' && Number.isInteger(v) && (k === 'i' || k === 'u')) {
    if (comparison) return asarray(v, { dtype: 'float64' });
    checkScalarFits(v, input);
  }
  const out = zerosOf([], input);
  out.data[0] = castScalar(v, input);
  return out;
}

/**
 * Checks `out` and returns the array the loop writes into (out itself or a temporary).
 * Without `out`, a new array laid out as NumPy lays it out from the `inputs`: a ufunc of
 * F-ordered or transposed arrays is F-ordered or transposed too.
 */
function outputFor(
  name: string, shape: number[], dtype: DType, out: NDArray | null | undefined, inputs: readonly LayoutOperand[],
): NDArray {
  if (!out) return newOutput(shape, dtype, resultStrides(shape, inputs));
  if (!(out instanceof NDArray)) throw new NumpyTypeError('return arrays must be of ArrayType');
  if (out.shape.length !== shape.length || out.shape.some((n, i) => n !== shape[i])) {
    throw new ValueError(
      `non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(shape)}`,
    );
  }
  if (out.dtype !== dtype && !canCastSameKind(dtype, out.dtype)) {
    throw new UFuncTypeError(
      `Cannot cast ufunc '${name}' output from dtype('${dtype}') to dtype('${out.dtype}') with casting rule 'same_kind'`,
    );
  }
  return out.dtype === dtype ? out : zerosOf(shape, dtype);
}

function newOutput(shape: number[], dtype: DType, strides: number[]): NDArray {
  return new NDArray(allocate(dtype, sizeOf(shape), shape), dtype, shape, strides);
}

/** An input as NumPy's ufunc machinery sees it when choosing the output layout. */
interface LayoutOperand {
  /** The input before any dtype conversion. */
  arr: NDArray;
  /** Whether the loop reads it through a dtype cast. */
  cast: boolean;
}

/** NumPy's buffer size in elements: a cast 1-d input up to this size is copied, not iterated. */
const BUFSIZE = 8192;

/**
 * Element strides NumPy gives a ufunc's new output of `shape`. Its trivial loop (inputs
 * 0-d, 1-d or all C- or all F-contiguous, one shape, no cast of an n-d input) allocates
 * plain C or F order; otherwise the order='K' iterator nests axes as the inputs lie in
 * memory. Empty results get zero strides, as every array NumPy allocates empty.
 */
function resultStrides(shape: readonly number[], ops: readonly LayoutOperand[]): number[] {
  if (sizeOf(shape) === 0) return shape.map(() => 0);
  const trivial = trivialOrder(ops);
  if (trivial === 'C') return cStrides(shape);
  if (trivial === 'F') return fStrides(shape);
  return keepOrderStrides(shape, ops.map((o) => broadcastStrides(o.arr.shape, o.arr.elementStrides, shape)));
}

/** The order try_trivial_single_output_loop allocates in, or null when it does not apply. */
function trivialOrder(ops: readonly LayoutOperand[]): 'C' | 'F' | null {
  let first: NDArray | null = null;
  let order = 0; // 1: C-contiguous, 2: F-contiguous, 3: both, as NumPy's flags
  for (const { arr, cast } of ops) {
    if (arr.ndim === 0) continue;
    // check_for_trivial_loop copies only 0-d and small 1-d inputs that need a cast.
    if (cast && (arr.ndim > 1 || arr.size > BUFSIZE)) return null;
    if (first === null) first = arr;
    else if (!sameShape(arr.shape, first.shape)) return null;
    if (arr.ndim === 1) continue;
    const flags = (isDense(arr.shape, arr.elementStrides, false) ? 1 : 0) | (isDense(arr.shape, arr.elementStrides, true) ? 2 : 0);
    if (flags === 0) return null;
    if (order === 0) order = flags;
    else if (order !== flags) return null;
  }
  return order === 2 ? 'F' : 'C';
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** NumPy's C_CONTIGUOUS (or, `fortran`, F_CONTIGUOUS) flag: size-1 axes do not count. */
function isDense(shape: readonly number[], strides: readonly number[], fortran: boolean): boolean {
  if (sizeOf(shape) === 0) return true;
  let expect = 1;
  for (let j = 0; j < shape.length; j++) {
    const i = fortran ? j : shape.length - 1 - j;
    if (shape[i] === 1) continue;
    if (strides[i] !== expect) return false;
    expect *= shape[i];
  }
  return true;
}

function fStrides(shape: readonly number[]): number[] {
  const s: number[] = [];
  let k = 1;
  for (const n of shape) {
    s.push(k);
    k *= n;
  }
  return s;
}

/** How input `p` (as `arr` after a weak scalar's conversion) enters the layout choice. */
function operandLayout(p: Prepared, arr: NDArray, input: DType): LayoutOperand {
  return p.weak !== null ? { arr, cast: false } : { arr: p.arr, cast: p.arr.dtype !== input };
}

/** An input that shares memory with the output in another layout is read from a copy first. */
function unaliased(x: NDArray, out: NDArray, shape: number[]): NDArray {
  if (x.data.buffer !== out.data.buffer || x.ndim === 0) return x;
  const xs = broadcastStrides(x.shape, x.elementStrides, shape);
  const same = x.data === out.data && x.offset === out.offset && xs.every((s, i) => s === out.elementStrides[i]);
  return same ? x : copyToContiguous(x);
}

/** The keyword options object of a ufunc call (absent or null means none). */
function optionsOf(name: string, options: unknown): UfuncOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options) || options instanceof NDArray) {
    throw new NumpyTypeError(`${name}() takes its keyword arguments as an options object, e.g. {out: a}; got ${pyTypeName(options)}`);
  }
  return options as UfuncOptions;
}

/** uint64 lives in a Float64Array, which does not wrap negatives the way Uint32Array does. */
function wrapUnsigned(expr: string, output: DType): string {
  return output === 'uint64' ? `H.u64(${expr})` : expr;
}

/** Applies a binary ufunc with NumPy's broadcasting, promotion and `out` semantics. */
export function applyBinary(spec: BinaryUfuncSpec, x1: ArrayLike, x2: ArrayLike, options?: UfuncOptions | null): UfuncResult {
  const opts = optionsOf(spec.name, options);
  const p1 = prepare(x1);
  const p2 = prepare(x2);
  const common = opts.dtype ? toDType(opts.dtype) : resultType([p1, p2]);
  if (complexDType(common)) {
    const r = complexBinary(spec.name, complexOperand(p1, common), complexOperand(p2, common), common, opts.out);
    return isScalarResult([p1, p2], opts) ? unwrap(r) : r;
  }
  const loop = spec.loop(common, p1.weak === null ? p1.arr.dtype : common, p2.weak === null ? p2.arr.dtype : common);
  let a = castWeak(p1, loop.input, !!spec.comparison);
  let b = castWeak(p2, loop.input, !!spec.comparison);
  const a0 = a;
  const b0 = b;
  if (opts.dtype) {
    if (a.dtype !== loop.input) a = copyToContiguous(a, loop.input);
    if (b.dtype !== loop.input) b = copyToContiguous(b, loop.input);
  }
  spec.check?.(a, b, loop);
  const shape = broadcastShapes(a.shape, b.shape);
  const layout = [operandLayout(p1, a0, loop.input), operandLayout(p2, b0, loop.input)];
  const target = outputFor(spec.name, shape, loop.output, opts.out, layout);
  if (opts.out) {
    a = unaliased(a, target, shape);
    b = unaliased(b, target, shape);
  }
  if (!parallelBinaryInto(loop.expr, target, a, b)) {
    const kernel = binaryKernel(wrapUnsigned(loop.expr, loop.output), target.data, a.data, b.data);
    const o = target.data;
    const ad = a.data;
    const bd = b.data;
    binaryRows(
      kernel, shape,
      o, target.offset, target.elementStrides,
      ad, a.offset, broadcastStrides(a.shape, a.elementStrides, shape),
      bd, b.offset, broadcastStrides(b.shape, b.elementStrides, shape),
    );
  }
  if (opts.out) {
    if (target !== opts.out) copyInto(opts.out, target);
    return opts.out;
  }
  return isScalarResult([p1, p2], opts) ? unwrap(target) : target;
}

/** Applies a unary ufunc. */
export function applyUnary(spec: UnaryUfuncSpec, x: ArrayLike, options?: UfuncOptions | null): UfuncResult {
  const opts = optionsOf(spec.name, options);
  const p = prepare(x);
  let a = p.arr;
  if (opts.dtype) a = copyToContiguous(a, toDType(opts.dtype));
  if (complexDType(a.dtype)) {
    const r = complexUnary(spec.name, a, opts.out);
    return isScalarResult([p], opts) ? unwrap(r) : r;
  }
  const loop = spec.loop(a.dtype);
  if (a.dtype !== loop.input) a = copyToContiguous(a, loop.input);
  const shape = a.shape.slice();
  const target = outputFor(spec.name, shape, loop.output, opts.out, [{ arr: p.arr, cast: p.arr.dtype !== loop.input }]);
  if (opts.out) a = unaliased(a, target, shape);
  if (!parallelUnaryInto(loop.expr, target, a)) {
    const kernel = unaryKernel(wrapUnsigned(loop.expr, loop.output), target.data, a.data);
    const o = target.data;
    const ad = a.data;
    unaryRows(kernel, shape, o, target.offset, target.elementStrides, ad, a.offset, a.elementStrides);
  }
  if (opts.out) {
    if (target !== opts.out) copyInto(opts.out, target);
    return opts.out;
  }
  return isScalarResult([p], opts) ? unwrap(target) : target;
}

/** NumPy's message when no loop fits the inputs. */
export function noLoop(name: string): never {
  throw new NumpyTypeError(
    `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );
}

const DTYPE_CLASS: Record<string, string> = { bool: 'Bool', float32: 'Float32', float64: 'Float64' };

/** NumPy's UFuncTypeError for a dtype a ufunc has no loop for at all (np.sign of bool). */
export function noLoopFor(name: string, d: DType): never {
  const cls = DTYPE_CLASS[d] ?? d.replace(/^(u?)int/, (_, u) => (u ? 'UInt' : 'Int'));
  throw new UFuncTypeError(`ufunc '${name}' did not contain a loop with signature matching types <class 'numpy.dtypes.${cls}DType'> -> None`);
}

/**
 * The float dtype a float-only ufunc computes in: float32 and float64 stay, 32/64-bit
 * ints become float64. NumPy gives float16 for bool and 8-bit ints and float32 for
 * 16-bit ints; without a float16 dtype, both get float32 here.
 */
export function floatLoopType(d: DType): DType {
  if (isFloat(d)) return d;
  return d === 'int32' || d === 'int64' || d === 'uint32' || d === 'uint64' ? 'float64' : 'float32';
}

/** True when `d`'s storage is a 32-bit (or narrower) integer typed array. */
export function isNarrowInt(d: DType): boolean {
  const k = kindOf(d);
  return (k === 'i' || k === 'u') && storageOf(d) !== Float64Array;
}
