/**
 * Text of a JavaScript value, as Node's `util.inspect` shows it (what TypeScript users
 * expect from console.log and a REPL), except that an ndarray shows as NumPy shows it:
 * `str` where print() would use it, `repr` inside containers and as a result.
 */
import { np, NDArray } from '../runtime/index';

export interface InspectOptions {
  /** Quote a top-level string ('abc'), as a result does; console.log prints it raw. */
  quoteStrings?: boolean;
  /** Top-level ndarray as NumPy's str (print) instead of repr. */
  arrayStr?: boolean;
}

const MAX_ITEMS = 100;
const MAX_DEPTH = 2;
const LINE = 72;

const IDENT = /^[A-Za-z_$][\w$]*$/;

function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(new RegExp(q, 'g'), `\\${q}`);
  return q + body + q;
}

function fnText(f: Function): string {
  const src = Function.prototype.toString.call(f);
  if (/^class[\s{]/.test(src)) return `[class ${f.name || '(anonymous)'}]`;
  return `[Function: ${f.name || '(anonymous)'}]`;
}

/** Joins parts on one line when short, one per line otherwise (as Node does). */
function group(open: string, parts: string[], close: string, indent: string): string {
  if (parts.length === 0) return `${open}${close}`.replace(/\s+/g, '');
  const flat = `${open} ${parts.join(', ')} ${close}`;
  if (flat.length <= LINE && !flat.includes('\n')) return flat;
  const pad = `${indent}  `;
  return `${open}\n${parts.map((p) => pad + p.replace(/\n/g, `\n${pad}`)).join(',\n')}\n${indent}${close}`;
}

function inner(v: unknown, depth: number, seen: Set<object>): string {
  switch (typeof v) {
    case 'string': return quote(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
    case 'function': return fnText(v);
  }
  if (v === null) return 'null';
  const o = v as object;
  if (o instanceof NDArray) return np.array_repr(o);
  // Python's repr for objects that define one (plt's figures, axes and artists).
  if (typeof (o as { __repr__?: unknown }).__repr__ === 'function') return String((o as { __repr__(): unknown }).__repr__());
  if (seen.has(o)) return '[Circular]';
  if (o instanceof Error) return `${o.name}: ${o.message}`;
  if (o instanceof Date) return Number.isNaN(o.getTime()) ? 'Invalid Date' : o.toISOString();
  if (o instanceof RegExp) return String(o);
  if (o instanceof Promise) return 'Promise { <pending> }';
  if (o instanceof WeakMap || o instanceof WeakSet) return `${o.constructor.name} { <items unknown> }`;
  const nested = (x: unknown) => (depth >= MAX_DEPTH && x !== null && typeof x === 'object' && !(x instanceof NDArray) ? (Array.isArray(x) ? '[Array]' : '[Object]') : inner(x, depth + 1, seen));
  seen.add(o);
  try {
    const indent = '';
    if (Array.isArray(o)) {
      const parts = o.slice(0, MAX_ITEMS).map(nested);
      if (o.length > MAX_ITEMS) parts.push(`... ${o.length - MAX_ITEMS} more items`);
      return group('[', parts, ']', indent);
    }
    if (ArrayBuffer.isView(o) && !(o instanceof DataView)) {
      const ta = o as unknown as ArrayLike<number> & { constructor: { name: string } };
      const parts = Array.from({ length: Math.min(ta.length, MAX_ITEMS) }, (_, i) => inner(ta[i], depth + 1, seen));
      if (ta.length > MAX_ITEMS) parts.push(`... ${ta.length - MAX_ITEMS} more items`);
      return group(`${ta.constructor.name}(${ta.length}) [`, parts, ']', indent);
    }
    if (o instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${o.byteLength} }`;
    if (o instanceof Map) {
      const parts = [...o].slice(0, MAX_ITEMS).map(([k, x]) => `${nested(k)} => ${nested(x)}`);
      return group(`Map(${o.size}) {`, parts, '}', indent);
    }
    if (o instanceof Set) {
      const parts = [...o].slice(0, MAX_ITEMS).map(nested);
      return group(`Set(${o.size}) {`, parts, '}', indent);
    }
    const proto = Object.getPrototypeOf(o);
    const ctor = proto === null ? '[Object: null prototype]' : proto === Object.prototype ? '' : proto?.constructor?.name ?? '';
    const keys = Object.keys(o);
    const parts = keys.slice(0, MAX_ITEMS).map((k) => `${IDENT.test(k) ? k : quote(k)}: ${nested((o as Record<string, unknown>)[k])}`);
    if (keys.length > MAX_ITEMS) parts.push(`... ${keys.length - MAX_ITEMS} more items`);
    return group(ctor ? `${ctor} {` : '{', parts, '}', indent);
  } finally {
    seen.delete(o);
  }
}

/** The text of `v` (see the file comment). */
export function inspect(v: unknown, opts: InspectOptions = {}): string {
  if (typeof v === 'string' && !opts.quoteStrings) return v;
  if (v instanceof NDArray && opts.arrayStr) return String(v);
  return inner(v, 0, new Set());
}

/**
 * console.log's text of its arguments: printf-style `%s %d %i %f %o %O %j %c` in a first
 * string argument, the rest joined by spaces; an ndarray prints as NumPy's str.
 */
export function formatLog(args: unknown[]): string {
  const out: string[] = [];
  let rest = args;
  if (typeof args[0] === 'string' && args[0].includes('%')) {
    let i = 1;
    const fmt = args[0].replace(/%([sdifoOjc%])/g, (m, c: string) => {
      if (c === '%') return '%';
      if (i >= args.length) return m;
      const a = args[i++];
      switch (c) {
        case 's': return inspect(a, { arrayStr: true });
        case 'd': case 'i': {
          const n = typeof a === 'bigint' ? a : Number(a);
          return typeof n === 'bigint' ? `${n}n` : String(c === 'i' ? Math.trunc(n) : n);
        }
        case 'f': return String(Number(a));
        case 'j': try { return JSON.stringify(a); } catch { return '[Circular]'; }
        case 'c': return '';
        default: return inspect(a, { quoteStrings: true });
      }
    });
    out.push(fmt);
    rest = args.slice(i);
  } else if (args.length) {
    out.push(inspect(args[0], { arrayStr: true }));
    rest = args.slice(1);
  }
  for (const a of rest) out.push(inspect(a, { arrayStr: true }));
  return out.join(' ');
}
