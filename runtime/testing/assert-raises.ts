import { AssertionError, NumpyTypeError } from '../errors';
import { requireCallable } from '../validate';

/** An exception class: NumPy's (`np.ValueError`, `np.AxisError`, ...) or any Error class. */
export type ExceptionClass = abstract new (...args: any[]) => Error;

/** Whether `e` is an instance of `cls`; `np.TypeError` (Python's TypeError) also catches JS TypeErrors. */
function isInstance(e: unknown, cls: ExceptionClass): boolean {
  if (e instanceof cls) return true;
  return cls === NumpyTypeError && e instanceof TypeError;
}

/** The class's name, as unittest names it in its message. */
const className = (cls: ExceptionClass): string => cls.name;

/** A callable's `__name__`: an anonymous function is Python's `<lambda>`. */
const callableName = (f: Function): string => f.name || '<lambda>';

/**
 * Fail unless `callable(...args)` throws an exception of class `exception_class`
 * (`np.testing.assert_raises`, the callable form: JavaScript has no `with` block).
 *
 * An exception of another class is not caught: it propagates, as in NumPy. Subclasses
 * count (`np.AxisError` is a `np.ValueError`), and `np.TypeError` also catches the
 * JavaScript TypeErrors thrown by the engine. Only synchronous throws are seen: a
 * callable returning a rejected Promise does not count.
 *
 * Parameters
 * - exception_class: the class expected (`np.ValueError`, `np.IndexError`, ...).
 * - callable: the function to call.
 * - args: the arguments to call it with.
 *
 * @throws AssertionError `ValueError not raised by <name>` when nothing is thrown.
 * @example
 * np.testing.assert_raises(np.ValueError, np.reshape, np.arange(6), [4])
 * np.testing.assert_raises(np.IndexError, () => np.arange(3).get(5))
 * np.testing.assert_raises(np.ValueError, np.zeros, 3)
 * // AssertionError: ValueError not raised by zeros
 */
export function assert_raises<A extends unknown[]>(exception_class: ExceptionClass, callable: (...args: A) => unknown, ...args: A): void {
  const f = requireCallable<(...a: A) => unknown>(callable);
  try {
    f(...args);
  } catch (e) {
    if (isInstance(e, exception_class)) return;
    throw e;
  }
  throw new AssertionError(`${className(exception_class)} not raised by ${callableName(f)}`);
}

/**
 * Fail unless `callable(...args)` throws an exception of class `exception_class` whose
 * message matches `expected_regexp` (`np.testing.assert_raises_regex`, the callable form).
 *
 * The pattern is searched for in the message (Python's `re.search`), as a JavaScript
 * RegExp (or a string compiled to one); an exception of another class propagates.
 *
 * Parameters
 * - exception_class: the class expected.
 * - expected_regexp: a RegExp or a pattern string.
 * - callable: the function to call, then its arguments.
 *
 * @throws AssertionError `"<pattern>" does not match "<message>"`, or `ValueError not raised by <name>`.
 * @example
 * np.testing.assert_raises_regex(np.ValueError, 'cannot reshape', np.reshape, np.arange(6), [4])
 */
export function assert_raises_regex<A extends unknown[]>(
  exception_class: ExceptionClass, expected_regexp: RegExp | string, callable: (...args: A) => unknown, ...args: A
): void {
  const f = requireCallable<(...a: A) => unknown>(callable);
  const re = typeof expected_regexp === 'string' ? new RegExp(expected_regexp) : expected_regexp;
  try {
    f(...args);
  } catch (e) {
    if (!isInstance(e, exception_class)) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    re.lastIndex = 0;
    if (!re.test(msg)) throw new AssertionError(`"${re.source}" does not match "${msg}"`);
    return;
  }
  throw new AssertionError(`${className(exception_class)} not raised by ${callableName(f)}`);
}

/**
 * Assert that works in release mode (`np.testing.assert_`): throw an AssertionError with
 * `msg` unless `val` is truthy. `msg` may be a function, called only on failure.
 *
 * @example
 * np.testing.assert_(np.array([1, 2]).shape[0] === 2, 'two elements')
 */
export function assert_(val: unknown, msg: string | (() => string) = ''): void {
  if (!val) throw new AssertionError(typeof msg === 'function' ? msg() : msg);
}
