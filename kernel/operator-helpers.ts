/**
 * What cells rewritten by operators.ts call: NumPy's meaning when an operand is an
 * ndarray (or, for `+`, a string beside one), JavaScript's otherwise. Each helper is small
 * and starts with a typeof test for two numbers, so V8 inlines it and a scalar loop runs as
 * fast as it did before the rewrite (`npm run bench`: the scalar-loop ratio).
 */
import { np, NDArray } from '../runtime/index';
import { ValueError, NumpyTypeError } from '../runtime/errors';
import { pyTypeName } from '../runtime/validate';

type Binary = (a: any, b: any, options?: { out: NDArray }) => any;

const isArray = (x: unknown): x is NDArray => x instanceof NDArray;
const isObj = (x: unknown): boolean => x !== null && typeof x === 'object';

/** `a[i, j]`: the key of a comma index. JavaScript objects see the last item, as `o[(i, j)]`. */
export class Tuple {
  constructor(readonly items: unknown[]) {}
  [Symbol.toPrimitive](): unknown {
    const last = this.items[this.items.length - 1];
    return typeof last === 'symbol' ? last : String(last);
  }
}

/** `a op= b` on an ndarray: in place (`np.add(a, b, {out: a})`), as NumPy's `__iadd__`. */
function inplace(ufunc: Binary, a: NDArray, b: unknown): NDArray {
  ufunc(a, b, { out: a });
  return a;
}

/** NumPy's `bool(a)`: only a one-element array has a truth value. */
function truth(a: NDArray): boolean {
  if (a.size !== 1) {
    throw new ValueError(
      a.size === 0
        ? 'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.'
        : 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()',
    );
  }
  return Boolean(a.item());
}

/** A string beside an ndarray in `+` concatenates NumPy's `str(a)`. */
function plus(a: any, b: any): any {
  if (typeof a === 'string' || typeof b === 'string') return String(a) + String(b);
  if (isArray(a) || isArray(b)) return np.add(a, b);
  return dunder(a, b, '__add__', '__radd__', jsAdd);
}

/** Python's NotImplemented: what a `__mul__` returns to let the other operand's `__rmul__` try. */
export const NotImplemented = Symbol.for('NotImplemented');

/**
 * Python's data model for objects that are not ndarrays (np.poly1d): `a * b` calls
 * `a.__mul__(b)`, then `b.__rmul__(a)`; neither gives JavaScript's meaning.
 */
function dunder(a: any, b: any, name: string, rname: string, js: (a: any, b: any) => any): any {
  if (a !== null && typeof a === 'object' && typeof a[name] === 'function') {
    const r = a[name](b);
    if (r !== NotImplemented) return r;
  }
  if (b !== null && typeof b === 'object' && typeof b[rname] === 'function') {
    const r = b[rname](a);
    if (r !== NotImplemented) return r;
  }
  return js(a, b);
}

// JavaScript's meaning of each operator, for objects with no data-model method (module-level: no closure per call).
const jsAdd = (a: any, b: any) => a + b;
const jsSub = (a: any, b: any) => a - b;
const jsMul = (a: any, b: any) => a * b;
const jsDiv = (a: any, b: any) => a / b;
const jsMod = (a: any, b: any) => a % b;
const jsPow = (a: any, b: any) => a ** b;
// eslint-disable-next-line eqeqeq
const jsEq = (a: any, b: any) => a == b;
// eslint-disable-next-line eqeqeq
const jsNe = (a: any, b: any) => a != b;

/** Properties of an ndarray (`a['shape']`) stay properties; anything else is NumPy's index. */
const isProperty = (a: NDArray, k: unknown): boolean => typeof k === 'symbol' || (typeof k === 'string' && k in a);

export const operators = {
  N: NDArray,
  add: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a + b : plus(a, b)),
  sub: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a - b : isArray(a) || isArray(b) ? np.subtract(a, b) : dunder(a, b, '__sub__', '__rsub__', jsSub)),
  mul: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a * b : isArray(a) || isArray(b) ? np.multiply(a, b) : dunder(a, b, '__mul__', '__rmul__', jsMul)),
  div: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a / b : isArray(a) || isArray(b) ? np.divide(a, b) : dunder(a, b, '__truediv__', '__rtruediv__', jsDiv)),
  mod: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a % b : isArray(a) || isArray(b) ? np.remainder(a, b) : dunder(a, b, '__mod__', '__rmod__', jsMod)),
  pow: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a ** b : isArray(a) || isArray(b) ? np.power(a, b) : dunder(a, b, '__pow__', '__rpow__', jsPow)),
  lt: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a < b : isArray(a) || isArray(b) ? np.less(a, b) : a < b),
  le: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a <= b : isArray(a) || isArray(b) ? np.less_equal(a, b) : a <= b),
  gt: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a > b : isArray(a) || isArray(b) ? np.greater(a, b) : a > b),
  ge: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a >= b : isArray(a) || isArray(b) ? np.greater_equal(a, b) : a >= b),
  // eslint-disable-next-line eqeqeq
  eq: (a: any, b: any): any => (isArray(a) || isArray(b) ? np.equal(a, b) : isObj(a) || isObj(b) ? dunder(a, b, '__eq__', '__eq__', jsEq) : a == b),
  // eslint-disable-next-line eqeqeq
  ne: (a: any, b: any): any => (isArray(a) || isArray(b) ? np.not_equal(a, b) : isObj(a) || isObj(b) ? dunder(a, b, '__ne__', '__ne__', jsNe) : a != b),
  and: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a & b : isArray(a) || isArray(b) ? np.bitwise_and(a, b) : a & b),
  or: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a | b : isArray(a) || isArray(b) ? np.bitwise_or(a, b) : a | b),
  xor: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a ^ b : isArray(a) || isArray(b) ? np.bitwise_xor(a, b) : a ^ b),
  lshift: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a << b : isArray(a) || isArray(b) ? np.left_shift(a, b) : a << b),
  rshift: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a >> b : isArray(a) || isArray(b) ? np.right_shift(a, b) : a >> b),
  neg: (a: any): any => (typeof a === 'number' ? -a : isArray(a) ? np.negative(a) : a !== null && typeof a === 'object' && typeof a.__neg__ === 'function' ? a.__neg__() : -a),
  pos: (a: any): any => (typeof a === 'number' ? a : isArray(a) ? np.positive(a) : +a),
  invert: (a: any): any => (typeof a === 'number' ? ~a : isArray(a) ? np.invert(a) : ~a),

  iadd: (a: any, b: any): any => (typeof a === 'number' && typeof b === 'number' ? a + b : isArray(a) ? inplace(np.add, a, b) : plus(a, b)),
  isub: (a: any, b: any): any => (isArray(a) ? inplace(np.subtract, a, b) : operators.sub(a, b)),
  imul: (a: any, b: any): any => (isArray(a) ? inplace(np.multiply, a, b) : operators.mul(a, b)),
  idiv: (a: any, b: any): any => (isArray(a) ? inplace(np.divide, a, b) : operators.div(a, b)),
  imod: (a: any, b: any): any => (isArray(a) ? inplace(np.remainder, a, b) : operators.mod(a, b)),
  ipow: (a: any, b: any): any => (isArray(a) ? inplace(np.power, a, b) : operators.pow(a, b)),
  iand: (a: any, b: any): any => (isArray(a) ? inplace(np.bitwise_and, a, b) : operators.and(a, b)),
  ior: (a: any, b: any): any => (isArray(a) ? inplace(np.bitwise_or, a, b) : operators.or(a, b)),
  ixor: (a: any, b: any): any => (isArray(a) ? inplace(np.bitwise_xor, a, b) : operators.xor(a, b)),
  ilshift: (a: any, b: any): any => (isArray(a) ? inplace(np.left_shift, a, b) : operators.lshift(a, b)),
  irshift: (a: any, b: any): any => (isArray(a) ? inplace(np.right_shift, a, b) : operators.rshift(a, b)),

  // Comparisons as conditions (`if (a < b)`): one call, a boolean, NumPy's truth for arrays.
  ltB: (a: any, b: any): boolean => (typeof a === 'number' && typeof b === 'number' ? a < b : operators.bool(operators.lt(a, b))),
  leB: (a: any, b: any): boolean => (typeof a === 'number' && typeof b === 'number' ? a <= b : operators.bool(operators.le(a, b))),
  gtB: (a: any, b: any): boolean => (typeof a === 'number' && typeof b === 'number' ? a > b : operators.bool(operators.gt(a, b))),
  geB: (a: any, b: any): boolean => (typeof a === 'number' && typeof b === 'number' ? a >= b : operators.bool(operators.ge(a, b))),
  // eslint-disable-next-line eqeqeq
  eqB: (a: any, b: any): boolean => (isArray(a) || isArray(b) ? truth(np.equal(a, b)) : isObj(a) || isObj(b) ? Boolean(dunder(a, b, '__eq__', '__eq__', jsEq)) : a == b),
  // eslint-disable-next-line eqeqeq
  neB: (a: any, b: any): boolean => (isArray(a) || isArray(b) ? truth(np.not_equal(a, b)) : isObj(a) || isObj(b) ? Boolean(dunder(a, b, '__ne__', '__ne__', jsNe)) : a != b),

  /** A condition's value: an ndarray's truth as NumPy's `bool(a)`. */
  bool: (x: any): boolean => (typeof x === 'boolean' ? x : isArray(x) ? truth(x) : Boolean(x)),
  /** The left of `&&`/`||`: an ndarray is checked as in `bool`, other values pass through. */
  cond: (x: any): any => (isArray(x) ? truth(x) : x),

  tuple: (...items: unknown[]): Tuple => new Tuple(items),
  /** `a[k]` for an ndarray. */
  getitem(a: NDArray, k: unknown): any {
    if (k instanceof Tuple) return a.get(...(k.items as any[]));
    if (isProperty(a, k)) return (a as any)[k as string];
    return a.get(k as any);
  },
  /**
   * `o[i, j]` on anything but an ndarray: nested JS arrays (a subplots grid, a list of
   * rows) are indexed level by level, an ndarray met on the way takes the rest; any other
   * object gets JavaScript's comma meaning (the last key).
   */
  index(o: any, k: Tuple): any {
    if (!Array.isArray(o)) return o[k as any];
    let cur = o;
    for (let i = 0; i < k.items.length; i++) {
      if (cur instanceof NDArray) return cur.get(...(k.items.slice(i) as any[]));
      // One index too many: Python's words for indexing a number.
      if (cur === null || typeof cur !== 'object') throw new NumpyTypeError(`'${pyTypeName(cur)}' object is not subscriptable`);
      cur = cur[k.items[i] as any];
    }
    return cur;
  },
  /** `o[i, j] = v` on anything but an ndarray, as `index` reads it. */
  assign(o: any, k: Tuple, v: unknown): unknown {
    if (!Array.isArray(o)) return (o[k as any] = v);
    const items = k.items;
    const holder = items.length > 1 ? operators.index(o, new Tuple(items.slice(0, -1))) : o;
    if (holder instanceof NDArray) holder.set(items[items.length - 1] as any, v as any);
    else holder[items[items.length - 1] as any] = v;
    return v;
  },
  /** `a[k] = v` for an ndarray; the value of the assignment is `v`. */
  setitem(a: NDArray, k: unknown, v: unknown): unknown {
    if (k instanceof Tuple) a.set(...(k.items as any[]), v as any);
    else if (isProperty(a, k)) (a as any)[k as string] = v;
    else a.set(k as any, v as any);
    return v;
  },
};

/**
 * What cells get: the helpers, and the same again as `o` for the slow branch of inline
 * operators (`typeof a === 'number' ? a * b : $nb$.o.mul(a, b)`): a name of their own tells
 * compile.ts's traceback mapping that the call lies inside the rewritten expression, not in
 * front of it.
 */
export const operatorHelpers = { ...operators, o: operators };

export type OperatorHelpers = typeof operatorHelpers;
