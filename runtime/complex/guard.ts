/**
 * The one gate for function families with no complex support yet (sorting, linalg, the
 * products, statistics, rounding): a complex argument is NumPy-style TypeError naming the
 * function, never interleaved (re, im) storage silently read as reals.
 */
import { NDArray } from '../ndarray';
import { kindOf } from '../dtype';
import { NumpyTypeError } from '../errors';
import { Complex, isComplexLike } from './complex';
import { asarray } from '../asarray';
import { real, imag } from './functions';
import { complexParts, complexFromParts } from './parts';

/** Whether an argument holds complex data: a complex array, a Complex, or a list with one. */
export function holdsComplex(v: unknown, depth = 0): boolean {
  if (v instanceof NDArray) return kindOf(v.dtype) === 'c';
  if (Array.isArray(v)) return depth < 32 && v.some((e) => holdsComplex(e, depth + 1));
  return isComplexLike(v);
}

/** `fn` with complex arguments refused: `np.${name}` in the message. */
export function refuseComplex<F extends (...args: any[]) => any>(fn: F, name: string): F {
  const g = function (this: unknown, ...args: any[]) {
    for (const a of args) {
      if (holdsComplex(a)) {
        const dt = a instanceof NDArray ? a.dtype : 'complex128';
        throw new NumpyTypeError(`np.${name} does not support complex input (dtype ${dt}) in np`);
      }
    }
    return fn.apply(this, args);
  };
  Object.defineProperty(g, 'name', { value: fn.name });
  return g as unknown as F;
}

/** Every function of a module object refused complex input (other members pass through). */
export function refuseComplexAll<T extends Record<string, any>>(mod: T, prefix = '', except: readonly string[] = []): T {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(mod)) {
    const isClass = typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
    out[k] = typeof v === 'function' && !isClass && !except.includes(k) ? refuseComplex(v, prefix + k) : v;
  }
  return out as T;
}

/**
 * `fn` made complex-aware by parts, for functions that only move elements (take, repeat,
 * pad, resize, compress, extract): the real and imaginary parts go through it separately
 * and the results are paired again. `at` is the position of the data argument.
 */
export function byParts<F extends (...args: any[]) => any>(fn: F, at: number): F {
  const g = function (this: unknown, ...args: any[]) {
    if (!holdsComplex(args[at])) return fn.apply(this, args);
    const a = asarray(args[at]);
    const withPart = (p: unknown) => fn.apply(this, args.map((v, i) => (i === at ? p : v)));
    const re = withPart(real(a));
    const im = withPart(imag(a));
    if (!(re instanceof NDArray)) return new Complex(+re, +im);
    return complexFromParts(complexParts(re).re, complexParts(im as NDArray).re, re.shape.slice(), a.dtype as 'complex64' | 'complex128');
  };
  Object.defineProperty(g, 'name', { value: fn.name });
  return g as unknown as F;
}

/** The ndarray methods `names` refuse a complex array (`this`) or complex arguments. */
export function refuseComplexMethods(proto: Record<string, any>, names: readonly string[]): void {
  for (const k of names) {
    const f = proto[k];
    if (typeof f !== 'function') continue;
    const checked = refuseComplex(f, k);
    proto[k] = function (this: NDArray, ...args: any[]) {
      if (kindOf(this.dtype) === 'c') throw new NumpyTypeError(`np.${k} does not support complex input (dtype ${this.dtype}) in np`);
      return checked.apply(this, args);
    };
  }
}

/**
 * An assertion `fn(actual, desired, ...)` checked on complex input part by part: the real
 * parts, then the imaginary parts (a real side has zero imaginary parts), so a difference
 * in either part fails as NumPy's does.
 */
export function assertByParts<F extends (...args: any[]) => any>(fn: F): F {
  const g = function (this: unknown, ...args: any[]) {
    if (!holdsComplex(args[0]) && !holdsComplex(args[1])) return fn.apply(this, args);
    const a = asarray(args[0]);
    const b = asarray(args[1]);
    fn.apply(this, [real(a), real(b), ...args.slice(2)]);
    return fn.apply(this, [imag(a), imag(b), ...args.slice(2)]);
  };
  Object.defineProperty(g, 'name', { value: fn.name });
  return g as unknown as F;
}
