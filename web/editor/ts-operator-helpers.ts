/**
 * Declarations of the helpers the operator view calls (ts-operator-view.ts), an extra lib of
 * the editor's TypeScript service. Their overloads are the kernel's operator semantics as
 * types: an `any` operand gives `any` (it may be an ndarray at run time); an ndarray with an
 * array_like gives an ndarray; otherwise JavaScript's rules as TypeScript types them
 * (number op number is number, bigint op bigint bigint, string + anything string,
 * comparisons boolean). No overload matching is a type error, which the worker words as
 * TypeScript words an operator's (ts-operator-diagnostics.ts).
 */

export const OPERATOR_HELPERS_PATH = 'file:///numbook-operators.d.ts';

export const OPERATOR_HELPERS = `
declare namespace __nb {
  type A = import('./runtime/index').NDArray;
  type L = import('./runtime/asarray').ArrayLike;
  /** Only an \`any\` argument is this: TypeScript gives \`any\` to the first overload that takes it. */
  interface Untyped { readonly __nbUntyped: 'only an any value is this' }
  /** What TypeScript lets unary \`+\` and \`-\` make a number of: anything but bigint, symbol, null, undefined. */
  type ToNumber = string | number | boolean | object;
  /** Python's data model (np.poly1d): a.__mul__(b), else b.__rmul__(a), gives the result's type. */
  interface Dunder<F extends string, R extends string> {
    <T>(a: { [K in F]: (b: any) => T }, b: unknown): T;
    <T>(a: unknown, b: { [K in R]: (a: any) => T }): T;
  }
  interface Arithmetic<F extends string = never, R extends string = never> extends Dunder<F, R> {
    (a: Untyped, b: unknown): any;
    (a: unknown, b: Untyped): any;
    (a: A, b: L): A;
    (a: L, b: A): A;
    (a: number, b: number): number;
    (a: bigint, b: bigint): bigint;
  }
  interface Add extends Dunder<'__add__', '__radd__'> {
    (a: Untyped, b: unknown): any;
    (a: unknown, b: Untyped): any;
    (a: string, b: unknown): string;
    (a: unknown, b: string): string;
    (a: A, b: L): A;
    (a: L, b: A): A;
    (a: number, b: number): number;
    (a: bigint, b: bigint): bigint;
  }
  interface Compare {
    (a: Untyped, b: unknown): any;
    (a: unknown, b: Untyped): any;
    (a: A, b: L): A;
    (a: L, b: A): A;
    (a: number | bigint, b: number | bigint): boolean;
    (a: string, b: string): boolean;
    <T extends {}>(a: T, b: T): boolean;
  }
  interface Equal {
    (a: Untyped, b: unknown): any;
    (a: unknown, b: Untyped): any;
    (a: A, b: unknown): A;
    (a: unknown, b: A): A;
    (a: unknown, b: unknown): boolean;
  }
  /** In place on an ndarray (the binding stays the same array); JavaScript's assignment otherwise. */
  interface InPlace {
    (a: Untyped, b: unknown): any;
    (a: A, b: L): A;
    (a: number, b: number): number;
    (a: bigint, b: bigint): bigint;
  }
  interface InPlaceAdd {
    (a: Untyped, b: unknown): any;
    (a: A, b: L): A;
    (a: string, b: unknown): string;
    (a: number, b: number): number;
    (a: bigint, b: bigint): bigint;
  }
  interface Negate {
    (a: Untyped): any;
    <T>(a: { __neg__(): T }): T;
    (a: A): A;
    (a: bigint): bigint;
    (a: ToNumber): number;
  }
  /** Unary plus: as TypeScript, a number from anything but a bigint. */
  interface Plus {
    (a: Untyped): any;
    (a: A): A;
    (a: ToNumber): number;
  }
  const add: Add;
  const sub: Arithmetic<'__sub__', '__rsub__'>, mul: Arithmetic<'__mul__', '__rmul__'>, div: Arithmetic<'__truediv__', '__rtruediv__'>, mod: Arithmetic<'__mod__', '__rmod__'>, pow: Arithmetic<'__pow__', '__rpow__'>;
  const and: Arithmetic, or: Arithmetic, xor: Arithmetic, lshift: Arithmetic, rshift: Arithmetic;
  const lt: Compare, le: Compare, gt: Compare, ge: Compare;
  const eq: Equal, ne: Equal;
  const iadd: InPlaceAdd;
  const isub: InPlace, imul: InPlace, idiv: InPlace, imod: InPlace, ipow: InPlace;
  const iand: InPlace, ior: InPlace, ixor: InPlace, ilshift: InPlace, irshift: InPlace;
  const neg: Negate, invert: Negate;
  const pos: Plus;
  /** \`a[1, 2]\`: NumPy's tuple index; what it gives is typed \`any\`, as \`a[0]\`. */
  function tuple(...index: unknown[]): any;
}
`;
