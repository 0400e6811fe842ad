/**
 * Python's argument binding for the `np.testing` functions: after the required arguments,
 * positional ones fill NumPy's parameters in order, and a trailing plain object holds the
 * keyword arguments (API.md rule 3), so `assert_allclose(a, b, 1e-5, {atol: 1e-8})` reads
 * as `assert_allclose(a, b, 1e-5, atol=1e-8)`. Wrong calls raise Python's TypeError text.
 */
import { NDArray } from '../ndarray';
import { NumpyTypeError } from '../errors';
import { requireNumber } from '../validate';

/** A plain `{...}` object: the keyword arguments, never an array_like. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof NDArray || ArrayBuffer.isView(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Bind the optional arguments of `fn(required..., *rest)`.
 *
 * @param fn - the function's name, for messages.
 * @param nRequired - how many required positional arguments came before `rest`.
 * @param positional - the names of the optional positional-or-keyword parameters, in order.
 * @param keywordOnly - the keyword-only parameters (after NumPy's `*`).
 * @param rest - the arguments after the required ones; a trailing plain object is keywords.
 * @returns The bound values by name (absent ones omitted).
 */
export function bindArgs(
  fn: string, nRequired: number, positional: readonly string[], keywordOnly: readonly string[], rest: readonly unknown[],
): Record<string, unknown> {
  const args = [...rest];
  while (args.length && args[args.length - 1] === undefined) args.pop();
  const kw = args.length && isPlainObject(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
  if (args.length > positional.length) {
    const most = nRequired + positional.length;
    throw new NumpyTypeError(`${fn}() takes from ${nRequired} to ${most} positional arguments but ${nRequired + args.length} were given`);
  }
  const out: Record<string, unknown> = {};
  args.forEach((v, i) => {
    if (v !== undefined) out[positional[i]] = v;
  });
  for (const [k, v] of Object.entries(kw)) {
    if (!positional.includes(k) && !keywordOnly.includes(k)) {
      throw new NumpyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
    }
    if (k in out) throw new NumpyTypeError(`${fn}() got multiple values for argument '${k}'`);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** A real-number parameter (bools count, as in Python), or its default when absent. */
export function realArg(v: unknown, fn: string, name: string, fallback: number): number {
  return v === undefined ? fallback : requireNumber(v, fn, name);
}
