/**
 * The notebook's namespace: the worker's global object, as IPython's is `__main__`'s dict.
 * A cell's top-level declarations are compiled to assignments (transform.ts); before the
 * cell runs, each name it declares is made a plain writable property of the global object
 * here, so the assignments land there and every cell, and every closure, reads the
 * current value.
 *
 * Unlike Python's, this namespace is also the runtime's global scope, so rebinding `Math`
 * or `Array` would break np itself: the JavaScript built-ins are refused with a clear
 * error. Web API names (`name`, `location`, `close`...) may be shadowed: the kernel keeps
 * its own references to what it needs.
 */

/** ECMAScript globals the runtime and kernel rely on: a cell may not redeclare them. */
export const PROTECTED = new Set([
  'globalThis', 'undefined', 'NaN', 'Infinity', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt', 'Math', 'JSON', 'Reflect', 'Proxy',
  'Promise', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Iterator',
  'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'Intl', 'WebAssembly',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'console', 'crypto', 'performance', 'queueMicrotask', 'structuredClone',
]);

/** A cell declared a name it may not (thrown before the cell runs, as a SyntaxError). */
export class RedeclarationError extends Error {
  override name = 'SyntaxError';
}

const g = globalThis as unknown as Record<string, unknown>;

/** Names cells declared, in first-declared order: the variable inspector's rows. */
const declared = new Set<string>();

/** The names cells have declared so far (the namespace's user variables, as `%who` lists). */
export function declaredNames(): Iterable<string> {
  return declared;
}

/**
 * Makes each name a writable, configurable own data property of the global object,
 * keeping its current value (a `var` without initialiser keeps it, as in JS; the cell
 * itself resets what `let`/`const` declare).
 */
export function declareNames(names: readonly string[]): void {
  for (const n of names) {
    if (PROTECTED.has(n)) {
      throw new RedeclarationError(`Cannot redeclare '${n}': it is a JavaScript global that np and the kernel rely on; choose another name`);
    }
  }
  for (const n of names) {
    declared.add(n);
    const d = Object.getOwnPropertyDescriptor(g, n);
    if (d && 'value' in d && d.writable) continue;
    if (d && !d.configurable) throw new RedeclarationError(`Cannot redeclare '${n}': the global is not configurable`);
    Object.defineProperty(g, n, { value: d && 'value' in d ? d.value : undefined, writable: true, configurable: true, enumerable: true });
  }
}

/** Defines a kernel-provided global (np, display) the same way, so cells may rebind it. */
export function provide(name: string, value: unknown): void {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
}

/** IPython's output history: `_` is the last result, `__` the one before, `___` before that. */
export function recordResult(value: unknown): void {
  g.___ = g.__;
  g.__ = g._;
  g._ = value;
}
