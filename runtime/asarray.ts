/**
 * array_like to NDArray: nested JS arrays, numbers, booleans, typed arrays and NDArrays,
 * with NumPy's dtype inference and its ragged-sequence error.
 */
import { type DType, type DTypeLike, type TypedArray, toDType, promoteTypes, scalarKind, defaultDType, castScalar, kindOf, dtypeRange, isPythonInt } from './dtype';
import { NDArray, copyToContiguous, zerosOf } from './ndarray';
import { ValueError, OverflowError, NumpyTypeError } from './errors';
import { shapeStr } from './shape';
import { isComplexLike, type ComplexLike } from './complex/complex';

/** Anything NumPy would take as an array: an NDArray, a number, a boolean or nested arrays of them. */
export type ArrayLike = NDArray | number | boolean | ComplexLike | TypedArray | readonly ArrayLike[];

const TYPED: [Function, DType][] = [
  [Float64Array, 'float64'], [Float32Array, 'float32'], [Int8Array, 'int8'], [Int16Array, 'int16'],
  [Int32Array, 'int32'], [Uint8Array, 'uint8'], [Uint8ClampedArray, 'uint8'], [Uint16Array, 'uint16'],
  [Uint32Array, 'uint32'],
];

function typedDType(x: unknown): DType | null {
  for (const [C, d] of TYPED) if (x instanceof (C as any)) return d;
  return null;
}

/** Shape and strong dtype of a nested list, or NumPy's inhomogeneous-shape error. */
function inspect(x: readonly unknown[]): { shape: number[]; dtype: DType } {
  const shape: number[] = [];
  // The shape is read along the first elements, then every element is checked against it.
  let probe: unknown = x;
  while (true) {
    if (Array.isArray(probe)) {
      shape.push(probe.length);
      if (probe.length === 0) break;
      probe = probe[0];
    } else if (probe instanceof NDArray) {
      shape.push(...probe.shape);
      break;
    } else if (typedDType(probe)) {
      shape.push((probe as TypedArray).length);
      break;
    } else break;
  }
  let dtype: DType | null = null;
  let kind = -1; // -1 none, 0 bool, 1 int, 2 float, 3 complex (for Python scalars)
  const ragged = (depth: number): never => {
    throw new ValueError(
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was ${shapeStr(shape.slice(0, depth))} + inhomogeneous part.`,
    );
  };
  const walk = (v: unknown, depth: number): void => {
    if (depth < shape.length) {
      if (Array.isArray(v)) {
        if (v.length !== shape[depth]) ragged(depth);
        for (const e of v) walk(e, depth + 1);
        return;
      }
      if (v instanceof NDArray || typedDType(v)) {
        const s = v instanceof NDArray ? v.shape : [(v as TypedArray).length];
        if (s.length !== shape.length - depth || s.some((n, i) => n !== shape[depth + i])) ragged(depth);
        const d = v instanceof NDArray ? v.dtype : typedDType(v)!;
        dtype = dtype === null ? d : promoteTypes(dtype, d);
        return;
      }
      ragged(depth);
    }
    if (Array.isArray(v) || v instanceof NDArray) ragged(depth);
    if (typeof v === 'boolean') kind = Math.max(kind, 0);
    else if (typeof v === 'number') kind = Math.max(kind, isPythonInt(v) ? 1 : 2);
    else if (typeof v === 'bigint') kind = Math.max(kind, 1);
    else if (isComplexLike(v)) kind = 3;
    else throw new NumpyTypeError(`unsupported array element ${v === null ? 'null' : typeof v}: np.array takes numbers, booleans, arrays and nested lists of them`);
  };
  walk(x, 0);
  let d: DType;
  if (kind >= 0) {
    const sk = defaultDType(kind === 0 ? 'bool' : kind === 1 ? 'int' : kind === 2 ? 'float' : 'complex');
    d = dtype === null ? sk : promoteTypes(dtype, sk);
  } else d = dtype ?? 'float64';
  return { shape, dtype: d };
}

/**
 * Writes the leaves of a nested list into `out` in C order, cast to `dtype`. `pos.i`
 * counts storage scalars: a complex element takes two (re, im).
 */
function fill(x: unknown, out: TypedArray, dtype: DType, pos: { i: number }): void {
  const cplx = kindOf(dtype) === 'c';
  if (Array.isArray(x)) {
    for (const e of x) fill(e, out, dtype, pos);
  } else if (x instanceof NDArray) {
    const c = copyToContiguous(x, dtype).data;
    out.set(c, pos.i);
    pos.i += c.length;
  } else if (ArrayBuffer.isView(x)) {
    const t = x as TypedArray;
    for (let k = 0; k < t.length; k++) {
      out[pos.i++] = castScalar(t[k], dtype);
      if (cplx) out[pos.i++] = 0;
    }
  } else if (isComplexLike(x)) {
    if (!cplx) throw new NumpyTypeError(`float() argument must be a string or a real number, not 'complex'`);
    out[pos.i++] = x.re;
    out[pos.i++] = x.im;
  } else if (cplx) {
    out[pos.i++] = typeof x === 'boolean' ? (x ? 1 : 0) : Number(x);
    out[pos.i++] = 0;
  } else {
    const v = typeof x === 'bigint' ? Number(x) : (x as number | boolean);
    if (typeof v === 'number' && isPythonInt(v) && (kindOf(dtype) === 'i' || kindOf(dtype) === 'u')) {
      const [lo, hi] = dtypeRange(dtype);
      if (v < lo || v > hi) throw new OverflowError(`Python integer ${v} out of bounds for ${dtype}`);
    }
    out[pos.i++] = castScalar(v, dtype);
  }
}

/**
 * Creates an array from array_like data (always a copy).
 *
 * Parameters
 * - object: nested arrays of numbers or booleans, a number, a typed array or an NDArray.
 * - dtype: the element type; by default inferred as NumPy does (whole numbers give int64,
 *   any fraction float64, booleans bool).
 *
 * @example
 * np.array([1, 2, 3])                          // array([1, 2, 3])
 * np.array([[1, 2], [3, 4]], {dtype: 'float32'})
 */
export function array(object: ArrayLike, opts: { dtype?: DTypeLike | null } = {}): NDArray {
  if (object instanceof NDArray) return copyToContiguous(object, toDType(opts.dtype, object.dtype));
  return build(object, opts.dtype);
}

function build(object: unknown, dt: DTypeLike | null | undefined): NDArray {
  if (isComplexLike(object)) {
    const dtype = toDType(dt, 'complex128');
    const out = zerosOf([], dtype);
    fill(object, out.data, dtype, { i: 0 });
    return out;
  }
  if (typeof object === 'number' || typeof object === 'boolean' || typeof object === 'bigint') {
    const v = typeof object === 'bigint' ? Number(object) : object;
    const dtype = toDType(dt, defaultDType(scalarKind(v)));
    const out = zerosOf([], dtype);
    fill(v, out.data, dtype, { i: 0 });
    return out;
  }
  const td = typedDType(object);
  if (td) {
    const t = object as TypedArray;
    const dtype = toDType(dt, td);
    const out = zerosOf([t.length], dtype);
    fill(t, out.data, dtype, { i: 0 });
    return out;
  }
  if (!Array.isArray(object)) {
    throw new NumpyTypeError(`cannot make an array from ${object === null ? 'null' : typeof object}`);
  }
  const info = inspect(object);
  const dtype = toDType(dt, info.dtype);
  const out = zerosOf(info.shape, dtype);
  fill(object, out.data, dtype, { i: 0 });
  return out;
}

/**
 * Converts the input to an array, without copying when it already is one of that dtype.
 *
 * @example
 * np.asarray([1, 2, 3.5])   // array([1. , 2. , 3.5])
 */
export function asarray(a: ArrayLike, opts: { dtype?: DTypeLike | null } = {}): NDArray {
  if (a instanceof NDArray) {
    if (opts.dtype === undefined || opts.dtype === null) return a;
    const d = toDType(opts.dtype);
    return d === a.dtype ? a : copyToContiguous(a, d);
  }
  return build(a, opts.dtype);
}
