/**
 * NumPy's exception classes. Each is an `Error` subclass whose `name` is NumPy's class
 * name, so `e.name === 'ValueError'` reads as it does in Python, and the class hierarchy
 * follows NumPy's (AxisError is both a ValueError and an IndexError there; here it
 * extends ValueError and answers `instanceof IndexError` too).
 */

function named<T extends new (...args: any[]) => Error>(base: T, name: string): T {
  const cls = class extends base {};
  Object.defineProperty(cls, 'name', { value: name });
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
  return cls;
}

/** Python's ValueError: right type, wrong value (shapes that do not fit, bad options). */
export const ValueError = named(class extends Error {}, 'ValueError');
export type ValueError = InstanceType<typeof ValueError>;

/** Python's IndexError: an index outside an axis, or too many indices. */
export const IndexError = named(class extends Error {}, 'IndexError');
export type IndexError = InstanceType<typeof IndexError>;

/**
 * Python's TypeError. A subclass of JavaScript's own TypeError, so code catching either
 * catches it.
 */
export const NumpyTypeError = named(class extends TypeError {}, 'TypeError');
export type NumpyTypeError = InstanceType<typeof NumpyTypeError>;

/** NumPy's UFuncTypeError: a ufunc has no loop for the input dtypes. */
export const UFuncTypeError = named(class extends NumpyTypeError {}, 'UFuncTypeError');
export type UFuncTypeError = InstanceType<typeof UFuncTypeError>;

/** Python's MemoryError: an array larger than the runtime may allocate. */
export const MemoryError = named(class extends Error {}, 'MemoryError');
export type MemoryError = InstanceType<typeof MemoryError>;

/** Python's OverflowError: a Python (JS) integer that does not fit the array's dtype. */
export const OverflowError = named(class extends Error {}, 'OverflowError');
export type OverflowError = InstanceType<typeof OverflowError>;

/** Python's ZeroDivisionError. */
export const ZeroDivisionError = named(class extends Error {}, 'ZeroDivisionError');
export type ZeroDivisionError = InstanceType<typeof ZeroDivisionError>;

/** Python's NotImplementedError: a NumPy feature this runtime does not have yet. */
export const NotImplementedError = named(class extends Error {}, 'NotImplementedError');
export type NotImplementedError = InstanceType<typeof NotImplementedError>;

/**
 * Python's AssertionError: what the `np.testing` asserts throw when a check fails, with
 * NumPy's message text.
 */
export const AssertionError = named(class extends Error {}, 'AssertionError');
export type AssertionError = InstanceType<typeof AssertionError>;

/** `np.exceptions.AxisError`: an axis argument outside the array's dimensions. */
export const AxisError = named(class extends ValueError {}, 'AxisError');
export type AxisError = InstanceType<typeof AxisError>;
// NumPy's AxisError also derives from IndexError.
Object.defineProperty(IndexError, Symbol.hasInstance, {
  value: (v: unknown) => Function.prototype[Symbol.hasInstance].call(IndexError, v) || v instanceof AxisError,
});

/** `np.linalg.LinAlgError`: a singular matrix, a non-square input, no convergence. */
export const LinAlgError = named(class extends ValueError {}, 'LinAlgError');
export type LinAlgError = InstanceType<typeof LinAlgError>;

/** NumPy's `axis 2 is out of bounds for array of dimension 2`. */
export function axisError(axis: number, ndim: number): AxisError {
  return new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
}

/** Python's AttributeError: a name that a module or object does not have (`np.zeroes`). */
export const AttributeError = named(class extends Error {}, 'AttributeError');
export type AttributeError = InstanceType<typeof AttributeError>;

/** Python's KeyError (a missing name in an `.npz` archive). Its message is shown quoted, as Python shows the key. */
export const KeyError = named(class extends Error {}, 'KeyError');
export type KeyError = InstanceType<typeof KeyError>;
