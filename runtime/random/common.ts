/**
 * Argument handling shared by RandomState and Generator: NumPy's `size`, the trailing
 * options object that stands for keyword arguments, and broadcasting of array-valued
 * distribution parameters (NumPy's `cont()` walks the output in C order, one draw each).
 */
import { ValueError, NumpyTypeError } from '../errors';
import { type ArrayInput, type NDArray, isNDArray, toArray, valuesOf, wrap } from './nd';

/** NumPy's `size`: undefined/null for one scalar, a number, or a shape. */
export type Size = number | readonly number[] | null | undefined;

/*
 * Result types. NumPy returns a Python scalar when no `size` is given and every
 * distribution parameter is a scalar, else an ndarray. The types below read the call's
 * argument tuple the way `bind` does (positionals by name, then a trailing options object),
 * so that `rng.random([4, 3, 2]).shape` type-checks in the editor instead of meeting a
 * `number | NDArray` union. An untyped (`any`) argument that could decide the kind makes
 * the result `any`, as elsewhere in np (an untyped value must not be guessed a scalar).
 */

/** Whether `T` is `any`. */
export type IsAny<T> = 0 extends 1 & T ? true : false;

/**
 * Argument types that are array-valued: a JS array (nested or not), a typed array or an
 * ndarray. A 0-d ndarray counts as a scalar at run time, as in NumPy; the types cannot see
 * ndim and call it an array.
 */
export type ArrayValued = NDArray | readonly unknown[] | ArrayBufferView;

/** Whether the last argument `L` is taken as the options object, as `isOptions` decides. */
type IsOptionsArg<L> = IsAny<L> extends true ? false
  : [L] extends [object] ? ([L] extends [ArrayValued | Function] ? false : true)
  : false;

/** Whether `A` has a known length (not `unknown[]`, no optional or rest elements). */
type IsFixed<A extends readonly unknown[]> = number extends A['length'] ? false
  : [A['length']] extends [Required<A>['length']] ? true : false;

/** `[positionals, options]` of an argument tuple: the options object is the last argument. */
type SplitArgs<A extends readonly unknown[]> = A extends readonly [...infer P, infer L]
  ? (IsOptionsArg<L> extends true ? [P, L] : [A, {}])
  : [A, {}];

/** The type bound to parameter `N`: its positional argument, else its option, else undefined. */
type BoundArg<P extends readonly unknown[], Names extends readonly string[], N extends string, K> =
  P extends readonly [infer H, ...infer PT]
    ? Names extends readonly [infer NH, ...infer NT extends readonly string[]]
      ? (NH extends N ? H : BoundArg<PT, NT, N, K>)
      : unknown
    : N extends keyof K ? K[N] : undefined;

/**
 * The type bound to parameter `N` in a call `f(...args: A)` of a function whose parameters
 * are `Names` (in positional order); `unknown` when the tuple's length is not known (`any`
 * for a spread `any[]`).
 */
export type ArgOf<A extends readonly unknown[], Names extends readonly string[], N extends string> =
  IsFixed<A> extends true ? BoundArg<SplitArgs<A>[0], Names, N, SplitArgs<A>[1]>
  : IsAny<A[number]> extends true ? any
  : unknown;

/** A distribution parameter's bearing on the result shape. */
type ParamKind<V> = IsAny<V> extends true ? 'any'
  : [V] extends [number | bigint | boolean | null | undefined] ? 'scalar'
  : [V] extends [ArrayValued] ? 'array'
  : 'either';

/** `size`'s bearing on the result: given (an array), absent (`none`), or unknown. */
type SizeKind<V> = IsAny<V> extends true ? 'any'
  : [V] extends [null | undefined] ? 'none'
  : [V] extends [number | ArrayValued] ? 'given'
  : 'either';

type ParamKinds<A extends readonly unknown[], Names extends readonly string[], P extends string> =
  P extends string ? ParamKind<ArgOf<A, Names, P>> : never;

/** Decides from the kinds of `size` and of the parameters: array, scalar `S`, or unknown. */
type Decide<Z, K, S> = [Z] extends ['given'] ? NDArray
  : 'array' extends K ? NDArray
  : 'any' extends Z | K ? any
  : 'either' extends Z | K ? S | NDArray
  : S;

/**
 * What a sampler returns for the arguments `A`: `NDArray` when a size is given or a
 * parameter in `Params` is array-valued, the scalar `S` when there is no size and every
 * parameter is a scalar, `S | NDArray` when the types cannot tell (an argument typed as a
 * union, or an argument list of unknown length), `any` for an untyped argument.
 *
 * @example
 * type R = Draw<[0, 1, {size: 3}], ['loc', 'scale', 'size'], 'loc' | 'scale'>   // NDArray
 */
export type Draw<A extends readonly unknown[], Names extends readonly string[], Params extends string = never, S = number> =
  IsAny<A> extends true ? any
  : Decide<SizeKind<ArgOf<A, Names, 'size'>>, ParamKinds<A, Names, Params>, S>;

/** The dtype names `toDType` reads as bool (with a byte-order prefix too), and `Boolean`. */
type BoolDType = BooleanConstructor | 'bool' | 'bool_' | '?' | 'b1' | `${'<' | '>' | '=' | '|'}${'bool' | 'bool_' | '?' | 'b1'}`;

/**
 * The scalar an integer sampler (`randint`, `integers`) returns for dtype `D`: `boolean`
 * for a bool dtype, else `number`; both when `D` is a plain `string` or may be bool.
 */
export type IntScalar<D> = IsAny<D> extends true ? number | boolean
  : [D] extends [null | undefined] ? number
  : [D] extends [BoolDType] ? boolean
  : [Extract<D, BoolDType>] extends [never] ? (string extends D ? number | boolean : number)
  : number | boolean;

/**
 * One element of a choice population `P` (a `choice` without `size`): `a` itself is an
 * integer n (an index into `arange(n)`), or a 1-d list gives one of its entries, a list of
 * lists a row; an ndarray gives an element when 1-d and a row otherwise, which the types
 * cannot tell, hence `any`.
 */
export type ChoiceScalar<P> = IsAny<P> extends true ? any
  : [P] extends [number | bigint] ? number
  : [P] extends [NDArray] ? any
  : [P] extends [ArrayBufferView] ? number
  : [P] extends [readonly (infer E)[]]
    ? (IsAny<E> extends true ? any
      : [E] extends [number | bigint] ? number
      : [E] extends [boolean] ? boolean
      : [E] extends [number | bigint | boolean] ? number | boolean
      : [E] extends [readonly unknown[]] ? NDArray
      : number | boolean | NDArray)
  : number | boolean | NDArray;

/** What `rand(...dims)` / `randn(...dims)` return: a number with no dims, else an array. */
export type DimsDraw<D extends readonly unknown[]> = D extends readonly [] ? number
  : D extends readonly [unknown, ...unknown[]] ? NDArray
  : number | NDArray;

/**
 * Whether `x` is a plain options object (keyword arguments), not an array, ndarray or
 * typed array.
 *
 * Parameters
 * ----------
 * x : unknown
 *
 * @example
 * isOptions({size: 3})   // true
 * isOptions([3])         // false
 */
export function isOptions(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !isNDArray(x) && !ArrayBuffer.isView(x);
}

/**
 * Binds positional arguments plus a trailing options object to parameter names, as
 * Python binds keyword arguments, with Python's TypeErrors for extra or unknown ones.
 *
 * Parameters
 * ----------
 * fn : string
 *     Function name for error messages.
 * args : unknown[]
 *     The call's arguments.
 * names : string[]
 *     Parameter names in positional order.
 *
 * @example
 * bind('randint', [0, 10, {size: 5}], ['low', 'high', 'size', 'dtype'])
 * // {low: 0, high: 10, size: 5}
 */
export function bind(fn: string, args: readonly unknown[], names: readonly string[]): Record<string, unknown> {
  let pos = args;
  let opts: Record<string, unknown> = {};
  if (pos.length > 0 && isOptions(pos[pos.length - 1])) {
    opts = pos[pos.length - 1] as Record<string, unknown>;
    pos = pos.slice(0, -1);
  }
  while (pos.length > 0 && pos[pos.length - 1] === undefined) pos = pos.slice(0, -1);
  if (pos.length > names.length) {
    throw new NumpyTypeError(`${fn}() takes at most ${names.length} positional arguments (${pos.length} given)`);
  }
  const out: Record<string, unknown> = {};
  pos.forEach((v, i) => { out[names[i]] = v; });
  for (const k of Object.keys(opts)) {
    if (!names.includes(k)) throw new NumpyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
    if (k in out) throw new NumpyTypeError(`argument for ${fn}() given by name ('${k}') and position (${names.indexOf(k) + 1})`);
    if (opts[k] !== undefined) out[k] = opts[k];
  }
  return out;
}

/**
 * Validates NumPy's `size`: null for "no size" (a scalar result), else the shape.
 *
 * Parameters
 * ----------
 * size : number | number[] | null | undefined
 *
 * @example
 * toSize(3)        // [3]
 * toSize(undefined) // null
 */
export function toSize(size: unknown): number[] | null {
  if (size === undefined || size === null) return null;
  const dims = typeof size === 'number' ? [size] : isNDArray(size) ? Array.from(valuesOf(size)) : size;
  if (!Array.isArray(dims) && !ArrayBuffer.isView(dims)) {
    throw new NumpyTypeError(`expected a sequence of integers or a single integer, got '${String(size)}'`);
  }
  const out: number[] = [];
  for (const d of Array.from(dims as ArrayLike<unknown>)) {
    if (typeof d !== 'number' || !Number.isInteger(d)) {
      throw new NumpyTypeError(`expected a sequence of integers or a single integer, got '${String(size)}'`);
    }
    if (d < 0) throw new ValueError('negative dimensions are not allowed');
    out.push(d);
  }
  return out;
}

/**
 * Number of elements of a shape.
 *
 * Parameters
 * ----------
 * shape : number[]
 *
 * @example
 * prod([2, 3])   // 6
 */
/**
 * `a + b * x` for every x that `fill` draws, in a float64 array of shape `size`: a sampler
 * with scalar parameters drawing in bulk, with the values one-at-a-time draws would give.
 */
export function affine(size: number[], a: number, b: number, fill: (out: Float64Array) => void): NDArray {
  const out = new Float64Array(prod(size));
  fill(out);
  for (let i = 0; i < out.length; i++) out[i] = a + b * out[i];
  return wrap(out, size, 'float64');
}

export function prod(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** A distribution parameter: a scalar, or the C-order values and shape of an array. */
export interface Param {
  /** The value when scalar. */
  v: number;
  /** The values when array-valued (ndim > 0), else null. */
  data: Float64Array | null;
  shape: number[];
}

/**
 * Reads a distribution parameter (`loc`, `scale`, `low`, ...); 0-d arrays count as scalars.
 *
 * Parameters
 * ----------
 * x : number | array_like | undefined
 * fallback : number
 *     The default when `x` is undefined.
 *
 * @example
 * param(undefined, 1)   // {v: 1, data: null, shape: []}
 */
export function param(x: unknown, fallback: number): Param {
  if (x === undefined || x === null) return { v: fallback, data: null, shape: [] };
  if (typeof x === 'number') return { v: x, data: null, shape: [] };
  if (typeof x === 'boolean') return { v: x ? 1 : 0, data: null, shape: [] };
  if (typeof x === 'bigint') return { v: Number(x), data: null, shape: [] };
  const a: NDArray = toArray(x as ArrayInput);
  const vals = valuesOf(a);
  if (a.shape.length === 0) return { v: vals[0], data: null, shape: [] };
  return { v: NaN, data: vals, shape: a.shape.slice() };
}

function shapeStr(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`;
}

/**
 * The shape of the result and, for each parameter, its element strides over that shape
 * (0 along broadcast axes), with NumPy's broadcast errors. `shape` is null for a scalar
 * result (no size, all scalars).
 *
 * Parameters
 * ----------
 * size : number[] | null
 * params : Param[]
 *
 * @example
 * broadcastParams([2, 3], [param(0, 0), param([1, 2, 3], 1)]).shape   // [2, 3]
 */
export function broadcastParams(size: number[] | null, params: readonly Param[]): { shape: number[] | null; strides: number[][] } {
  const allScalar = params.every((p) => p.data === null);
  if (size === null && allScalar) return { shape: null, strides: params.map(() => []) };
  const shapes = (size ? [size] : []).concat(params.map((p) => p.shape));
  const nd = Math.max(...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  const setter = new Array<number>(nd).fill(-1);
  for (let i = 0; i < nd; i++) {
    shapes.forEach((s, j) => {
      const k = i + s.length - nd;
      if (k < 0 || s[k] === 1) return;
      if (out[i] === 1) { out[i] = s[k]; setter[i] = j; }
      else if (out[i] !== s[k]) {
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${setter[i]} with shape ${shapeStr(shapes[setter[i]])} and arg ${j} with shape ${shapeStr(s)}.`,
        );
      }
    });
  }
  if (size && (size.length !== nd || size.some((d, i) => d !== out[i]))) {
    throw new ValueError(`Output size ${shapeStr(size)} is not compatible with broadcast dimensions of inputs ${shapeStr(out)}.`);
  }
  const strides = params.map((p) => {
    const st = new Array<number>(nd).fill(0);
    let acc = 1;
    for (let k = p.shape.length - 1; k >= 0; k--) {
      if (p.shape[k] !== 1) st[nd - p.shape.length + k] = acc;
      acc *= p.shape[k];
    }
    return st;
  });
  return { shape: out, strides };
}

/**
 * Calls `draw(i, a, b)` for each output element `i` in C order with the broadcast values of
 * up to two parameters.
 *
 * Parameters
 * ----------
 * shape : number[]
 * params : Param[]
 * strides : number[][]
 *     From `broadcastParams`.
 * draw : (i, a, b) => void
 *
 * @example
 * eachBroadcast(shape, [loc, scale], strides, (i, l, s) => { out[i] = l + s * gauss(); });
 */
export function eachBroadcast(
  shape: number[], params: readonly Param[], strides: number[][],
  draw: (i: number, a: number, b: number) => void,
): void {
  const n = prod(shape);
  const nd = shape.length;
  const idx = new Array<number>(nd).fill(0);
  const offs = params.map(() => 0);
  for (let i = 0; i < n; i++) {
    const a = params[0] ? (params[0].data ? params[0].data[offs[0]] : params[0].v) : 0;
    const b = params[1] ? (params[1].data ? params[1].data[offs[1]] : params[1].v) : 0;
    draw(i, a, b);
    for (let k = nd - 1; k >= 0; k--) {
      idx[k]++;
      for (let j = 0; j < params.length; j++) offs[j] += strides[j][k];
      if (idx[k] < shape[k]) break;
      for (let j = 0; j < params.length; j++) offs[j] -= strides[j][k] * shape[k];
      idx[k] = 0;
    }
  }
}

/**
 * NumPy's `kahan_sum`, used to validate choice probabilities.
 *
 * Parameters
 * ----------
 * x : ArrayLike<number>
 *
 * @example
 * kahanSum([0.1, 0.2, 0.7])   // 1
 */
export function kahanSum(x: ArrayLike<number>): number {
  if (x.length === 0) return 0;
  let sum = x[0];
  let c = 0;
  for (let i = 1; i < x.length; i++) {
    const y = x[i] - c;
    const t = sum + y;
    c = (t - sum) - y;
    sum = t;
  }
  return sum;
}

/**
 * `cdf = p.cumsum(); cdf /= cdf[-1]`, as choice builds it (cumsum is sequential in NumPy).
 *
 * Parameters
 * ----------
 * p : ArrayLike<number>
 *
 * @example
 * normalizedCdf([0.25, 0.25, 0.5])   // Float64Array [0.25, 0.5, 1]
 */
export function normalizedCdf(p: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) { s += p[i]; cdf[i] = s; }
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/**
 * `cdf.searchsorted(u, side='right')`: the number of cdf entries <= u.
 *
 * Parameters
 * ----------
 * cdf : Float64Array
 *     Sorted ascending.
 * u : number
 *
 * @example
 * searchRight(Float64Array.from([0.25, 0.5, 1]), 0.3)   // 1
 */
export function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
