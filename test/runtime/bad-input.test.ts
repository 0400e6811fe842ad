/**
 * Bad input gets NumPy's error, never a JavaScript accident: every public function of np
 * is called with wrong shapes, dtypes, axes and argument types, and whatever it throws
 * must be one of NumPy's error classes with a message that is not a JS engine's.
 */
import { describe, it, expect } from 'vitest';
import { np } from '../../runtime/index';

const NUMPY_ERRORS = new Set([
  'ValueError', 'TypeError', 'IndexError', 'AxisError', 'LinAlgError', 'OverflowError', 'MemoryError',
  'UFuncTypeError', 'ZeroDivisionError', 'NotImplementedError', 'KeyError',
  // Python's, from the functions that write files (np.save('name', a)) outside a notebook.
  'OSError',
]);
const JS_ACCIDENT = /Cannot read propert|is not a function|is not iterable|undefined is not|null is not|Cannot convert|Invalid array length|Maximum call stack|is not a constructor|Cannot destructure/;

const BAD_ARGS: unknown[][] = [
  [],
  [undefined],
  [null],
  ['text'],
  [{}],
  [np.ones([2, 3]), 'x'],
  [np.ones([2, 3]), { axis: 5 }],
  [np.ones([2, 3]), { axis: 'a' }],
  [np.ones([2, 3]), np.ones([4, 5])],
  [[[1, 2], [3]]],
  [np.ones([2, 3]), undefined, undefined],
  [() => 1],
  [Symbol('s')],
];

/** Functions that legitimately take anything (constants, namespaces, option setters). */
const SKIP = new Set(['ndarray', 'random', 'linalg', 'exceptions', 'printoptions', 'reset_printoptions', 'set_printoptions', 'get_printoptions', 'load', 'seed']);

function calls(): [string, (...a: unknown[]) => unknown][] {
  return Object.entries(np)
    .filter(([k, v]) => typeof v === 'function' && !SKIP.has(k) && !/^[A-Z]/.test(k))
    .map(([k, v]) => [k, v as (...a: unknown[]) => unknown]);
}

describe('bad input', () => {
  it('every np function throws a NumPy error class with a NumPy-style message, or returns', () => {
    const accidents: string[] = [];
    for (const [name, f] of calls()) {
      for (const args of BAD_ARGS) {
        try {
          const r = f(...args);
          if (r instanceof Promise) r.catch(() => undefined);
        } catch (e) {
          const err = e as Error;
          const ok = err instanceof Error && NUMPY_ERRORS.has(err.name) && !JS_ACCIDENT.test(err.message);
          if (!ok) accidents.push(`np.${name}(${args.map((a) => (typeof a === 'symbol' ? 'Symbol' : typeof a === 'function' ? 'fn' : JSON.stringify(a)?.slice(0, 30))).join(', ')}): ${err?.name}: ${err?.message}`);
        }
      }
    }
    expect(accidents).toEqual([]);
  });

  it('every ndarray method does the same', () => {
    const accidents: string[] = [];
    const proto = Object.getPrototypeOf(np.ones(1)) as Record<string, unknown>;
    const names = Object.getOwnPropertyNames(proto).filter((k) => {
      const d = Object.getOwnPropertyDescriptor(proto, k)!;
      // flat* are the view's low-level accessors, not NumPy API.
      return typeof d.value === 'function' && k !== 'constructor' && k !== 'toString' && !k.startsWith('flat');
    });
    for (const name of names) {
      for (const args of BAD_ARGS) {
        const a = np.arange(6).reshape(2, 3);
        try {
          (a as any)[name](...args);
        } catch (e) {
          const err = e as Error;
          const ok = err instanceof Error && NUMPY_ERRORS.has(err.name) && !JS_ACCIDENT.test(err.message);
          if (!ok) accidents.push(`a.${name}(${args.map((x) => (typeof x === 'symbol' ? 'Symbol' : typeof x === 'function' ? 'fn' : JSON.stringify(x)?.slice(0, 30))).join(', ')}): ${err?.name}: ${err?.message}`);
        }
      }
    }
    expect(accidents).toEqual([]);
  });
});
