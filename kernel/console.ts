/**
 * console.* in cell code becomes the cell's stdout/stderr, as print() and warnings are in
 * IPython: log/info/debug/dir/table go to stdout, warn/error/trace/assert to stderr. The
 * text is Node's console formatting (inspect.ts), with an ndarray printed as NumPy's str.
 */
import { NDArray } from '../runtime/index';
import { formatLog, inspect } from './inspect';

export type Sink = (name: 'stdout' | 'stderr', text: string) => void;

/** console.table's box: the (index) column, then one column per key (or 'Values'). */
export function table(data: unknown, columns?: string[]): string {
  if (data instanceof NDArray) data = data.tolist();
  if (data === null || typeof data !== 'object') return formatLog([data]);
  const rows = data instanceof Map ? [...data.entries()] : Object.entries(data as object);
  const keys: string[] = [];
  let values = false;
  for (const [, row] of rows) {
    if (row !== null && typeof row === 'object') for (const k of Object.keys(row)) !keys.includes(k) && keys.push(k);
    else values = true;
  }
  const cols = columns ?? keys;
  const head = ['(index)', ...cols, ...(values ? ['Values'] : [])];
  const cell = (v: unknown) => (v === undefined ? '' : inspect(v, { quoteStrings: true }));
  const body = rows.map(([k, row]) => {
    const isObj = row !== null && typeof row === 'object';
    const r = row as Record<string, unknown>;
    return [String(k), ...cols.map((c) => (isObj ? cell(r[c]) : '')), ...(values ? [isObj ? '' : cell(row)] : [])];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)) + 2);
  const line = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const row = (cells: string[]) => '│' + cells.map((c, i) => ` ${c.padEnd(widths[i] - 2)} `).join('│') + '│';
  return [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤'), ...body.map(row), line('└', '┴', '┘')].join('\n');
}

/**
 * Replaces the console methods with ones that write to `sink`; returns a function that
 * puts the originals back (the worker never does; tests in Node do).
 */
export function captureConsole(sink: Sink): () => void {
  const c = console as unknown as Record<string, unknown>;
  const saved = { ...c };
  let indent = '';
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const now = performance.now.bind(performance);
  const out = (name: 'stdout' | 'stderr') => (...args: unknown[]) => {
    const text = formatLog(args);
    sink(name, (indent ? text.replace(/^/gm, indent) : text) + '\n');
  };
  const log = out('stdout');
  const err = out('stderr');
  Object.assign(c, {
    log, info: log, debug: log,
    warn: err, error: err,
    dir: (v: unknown) => log(inspect(v, { quoteStrings: true })),
    table: (data: unknown, columns?: string[]) => log(table(data, columns)),
    trace: (...args: unknown[]) => err(['Trace:', ...args].map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ') + '\n' + (new Error().stack ?? '').split('\n').slice(2).join('\n')),
    assert: (cond: unknown, ...args: unknown[]) => {
      if (!cond) err(...(args.length ? ['Assertion failed:', ...args] : ['Assertion failed']));
    },
    group: (...args: unknown[]) => {
      if (args.length) log(...args);
      indent += '  ';
    },
    groupCollapsed: (...args: unknown[]) => (c.group as (...a: unknown[]) => void)(...args),
    groupEnd: () => {
      indent = indent.slice(2);
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      log(`${label}: ${n}`);
    },
    countReset: (label = 'default') => void counts.delete(label),
    time: (label = 'default') => void timers.set(label, now()),
    timeLog: (label = 'default', ...args: unknown[]) => {
      const t = timers.get(label);
      if (t === undefined) err(`Warning: No such label '${label}' for console.timeLog()`);
      else log(`${label}: ${(now() - t).toFixed(3)}ms`, ...args);
    },
    timeEnd: (label = 'default') => {
      (c.timeLog as (l: string) => void)(label);
      timers.delete(label);
    },
  });
  return () => void Object.assign(c, saved);
}
