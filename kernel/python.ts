/**
 * Python habits that work in cells: `print(...)` as Python prints, `len(x)`, and names
 * that do not exist answered as Python 3.12 answers them, with the nearest real name
 * (`np.zeroes` → "module 'numpy' has no attribute 'zeroes'. Did you mean: 'zeros'?").
 */
import { NDArray } from '../runtime/index';
import { AttributeError, NumpyTypeError } from '../runtime/errors';
import { pyTypeName } from '../runtime/validate';
import { inspect } from './inspect';

/** print()'s keyword arguments, as a trailing options object. */
export interface PrintOptions {
  /** Between the values (default one space). */
  sep?: string;
  /** After the last value (default a newline). */
  end?: string;
  /** Accepted for Python's sake: output is always flushed. */
  flush?: boolean;
}

const PRINT_KEYS = new Set(['sep', 'end', 'flush']);

/** Whether the last argument is print()'s options (a plain object of only its keys). */
function isPrintOptions(v: unknown): v is PrintOptions {
  if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => PRINT_KEYS.has(k));
}

/** Python's `str(v)` of a cell value: strings as they are, arrays as NumPy's str. */
function strOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof NDArray) return v.toString();
  return inspect(v);
}

/**
 * Python's `print(*values, sep=' ', end='\n')`, writing to `write`.
 * @example print("mean:", a.mean(), {sep: " = "})
 */
export function makePrint(write: (text: string) => void): (...values: unknown[]) => void {
  return (...values: unknown[]) => {
    const opts = values.length && isPrintOptions(values[values.length - 1]) ? (values.pop() as PrintOptions) : {};
    const sep = opts.sep ?? ' ';
    const end = opts.end ?? '\n';
    write(values.map(strOf).join(sep) + end);
  };
}

/**
 * Python's `len(x)`: an array's first dimension, a string's or list's length, a Map's or
 * Set's size.
 * @example len(np.zeros([3, 4]))   // 3
 */
export function len(x: unknown): number {
  if (x instanceof NDArray) {
    if (x.ndim === 0) throw new NumpyTypeError('len() of unsized object');
    return x.shape[0];
  }
  if (typeof x === 'string' || Array.isArray(x) || ArrayBuffer.isView(x)) return (x as { length: number }).length;
  if (x instanceof Map || x instanceof Set) return x.size;
  const n = (x as { length?: unknown } | null)?.length;
  if (typeof x === 'object' && x !== null && typeof n === 'number') return n;
  throw new NumpyTypeError(`object of type '${pyTypeName(x)}' has no len()`);
}

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;

const substitutionCost = (a: string, b: string): number => (a === b ? 0 : a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST);

/** CPython's `_levenshtein_distance` (traceback.py), with its costs and early exits. */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(b[bi], a[i]);
      distance = row[i];
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/**
 * The candidate nearest to `wrong`, as CPython's `_compute_suggestion_error` picks it (no
 * more than a third of the characters changed; ties go to the first in sorted order), or
 * null. Names starting with `_` are offered only for a name that does.
 */
export function suggestName(wrong: string, candidates: Iterable<string>): string | null {
  if (wrong.length > MAX_STRING_SIZE) return null;
  const names = [...new Set(candidates)].filter((c) => wrong.startsWith('_') || !c.startsWith('_')).sort();
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const name of names) {
    if (name === wrong) continue;
    const max = Math.min(Math.floor(((name.length + wrong.length + 3) * MOVE_COST) / 6), best - 1);
    const d = levenshtein(wrong, name, max);
    if (d > max) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

/** Lookups that must stay quiet: promise checks, inspection, JSON, conversions. */
const QUIET = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect', 'valueOf', 'toString']);

/**
 * Makes reading a missing attribute of a namespace object (`np`, `np.random`, ...) throw
 * Python's AttributeError with a suggestion, instead of giving `undefined` (`np.pie * 2`
 * would be NaN). Existing properties are as fast as before: the check sits in the
 * prototype chain, which only a missing name reaches.
 */
export function guardNamespace(obj: object, moduleName: string): void {
  const proto = Object.getPrototypeOf(obj) as object | null;
  if (proto && (proto as { __numbookGuard?: boolean }).__numbookGuard) return;
  const names = () => Object.keys(obj);
  const guard = new Proxy(proto ?? Object.create(null), {
    get(target, key, receiver) {
      if (key === '__numbookGuard') return true;
      if (typeof key === 'symbol' || QUIET.has(key) || key in target) return Reflect.get(target, key, receiver);
      const near = suggestName(key, names());
      throw new AttributeError(`module '${moduleName}' has no attribute '${key}'` + (near ? `. Did you mean: '${near}'?` : ''));
    },
  });
  Object.setPrototypeOf(obj, guard);
}

/**
 * esbuild's message for Python's slice syntax (`a[1:3]`, `a[:, 0]`), which TypeScript cannot
 * parse, with the spelling that works: NumPy's index as a string, `a.get("1:3")`.
 * `lineText` and `column` are where esbuild found the `:`; null if it is not a slice.
 */
export function sliceSyntaxMessage(message: string, lineText: string, column: number): string | null {
  if (message !== 'Expected "]" but found ":"' && message !== 'Unexpected ":"') return null;
  let open = -1;
  for (let i = column - 1, depth = 0; i >= 0; i--) {
    const c = lineText[i];
    if (c === ']' || c === ')') depth++;
    else if (c === '(' || (c === '[' && depth > 0)) depth--;
    else if (c === '[' && depth === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  let close = -1;
  for (let i = column, depth = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if (c === ']') {
      close = i;
      break;
    }
  }
  const target = /[\w$.\])]+$/.exec(lineText.slice(0, open))?.[0] ?? 'a';
  const index = close < 0 ? lineText.slice(open + 1).trim() : lineText.slice(open + 1, close);
  const written = `${target}[${index}]`;
  const assigns = close >= 0 && /^\s*=(?!=)/.test(lineText.slice(close + 1));
  const spelled = assigns ? `${target}.set(${JSON.stringify(index)}, value)` : `${target}.get(${JSON.stringify(index)})`;
  return `Python's slice syntax ${written} is not TypeScript: write ${spelled}, NumPy's index as a string`;
}

/**
 * Python's floor division, `a // 2`, is a comment in TypeScript: the line silently means
 * `a`. Warns (as Python warns, on stderr) where a line's code ends in an operand and its
 * comment is only a number or a parenthesised expression.
 */
export function floorDivisionWarnings(source: string, count: number): string[] {
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    const m = /([\w$)\]]+)\s*\/\/\s*(\d[\w.]*|\([^()]*\))\s*;?\s*$/.exec(line);
    if (!m || /["'`]/.test(line.slice(0, m.index))) return;
    const [, left, right] = m;
    const code = line.slice(0, m.index + left.length).trim();
    const operand = /[\w$.]+(\([^()]*\)|\[[^[\]]*\])?$/.exec(code)?.[0] ?? left;
    out.push(
      `Cell In[${count}], line ${i + 1}: SyntaxWarning: "${operand} // ${right}" is a comment in TypeScript, not floor division; ` +
        `write np.floor_divide(${operand}, ${right}) (or Math.floor(${operand} / ${right}) for numbers)\n`,
    );
  });
  return out;
}
