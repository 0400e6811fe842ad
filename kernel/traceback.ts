/**
 * Errors as IPython shows them: the class name, the message, and a traceback of the cell
 * frames (most recent call last), each naming the cell, line and column in the
 * TypeScript the user wrote, with that line and a caret under the column.
 *
 * Frames come from V8's `error.stack` (the worker is Chromium's V8; Node's is the same
 * format), where cell code is named by its sourceURL; compile.ts's chained source maps
 * turn the generated position into the user's. Frames inside np and the kernel are left
 * out: they are not code the user can act on.
 */
import { CompileError, type CompiledCell } from './compile';
import { suggestName } from './python';

/** A compiled cell as the traceback needs it. */
export interface CellRecord {
  /** Its execution count: `Cell In[count]`. */
  count: number;
  compiled: CompiledCell;
}

export interface ErrorParts {
  ename: string;
  evalue: string;
  traceback: string[];
}

interface Frame {
  fn: string;
  url: string;
  line: number;
  column: number;
}

/** `    at f (url:3:9)`, `    at url:3:9`, `    at async f (url:3:9)`; also `f@url:3:9`. */
const V8_FRAME = /^\s*at (?:async )?(?:(.+?) \()?([^()\s]+):(\d+):(\d+)\)?\s*$/;
const GECKO_FRAME = /^(.*)@(.+):(\d+):(\d+)$/;

function framesOf(stack: string): Frame[] {
  const frames: Frame[] = [];
  for (const l of stack.split('\n')) {
    const m = V8_FRAME.exec(l) ?? GECKO_FRAME.exec(l);
    if (m) frames.push({ fn: m[1] ?? '', url: m[2], line: +m[3], column: +m[4] - 1 });
  }
  return frames;
}

/** The code line and a caret under `column` (leading indentation dropped, as Python does). */
function excerpt(text: string, column: number): string[] {
  const trimmed = text.trimStart();
  const cut = text.length - trimmed.length;
  if (!trimmed) return [];
  return [`    ${trimmed.trimEnd()}`, `    ${' '.repeat(Math.max(0, column - cut))}^`];
}

/** A frame's function name as the user wrote it ('' for a cell's top level). */
function frameName(fn: string): string {
  const name = fn.replace(/^new /, '').replace(/ \[as .*\]$/, '');
  return name === 'eval' || name === '<anonymous>' || name === 'Object.<anonymous>' ? '' : fn;
}

/** Traceback lines for one error's stack (cell frames only, outermost first). */
function cellFrames(stack: string, lookup: (url: string) => CellRecord | undefined): string[] {
  const lines: string[] = [];
  let previous = '';
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 0) lines.push(`  [Previous frame repeated ${repeats} more time${repeats > 1 ? 's' : ''}]`);
    repeats = 0;
  };
  for (const f of framesOf(stack).reverse()) {
    const rec = lookup(f.url);
    if (!rec) continue;
    const pos = rec.compiled.originalPosition(f.line, f.column);
    const name = frameName(f.fn);
    const where = `  Cell In[${rec.count}]` + (pos ? `, line ${pos.line}, col ${pos.column + 1}` : '') + (name ? `, in ${name}` : '');
    if (where === previous) {
      repeats++;
      continue;
    }
    flushRepeats();
    previous = where;
    lines.push(where);
    if (pos) lines.push(...excerpt(rec.compiled.source.split('\n')[pos.line - 1] ?? '', pos.column));
  }
  flushRepeats();
  return lines;
}

/** ename and evalue of any thrown value (a thrown string or number is not an Error). */
function describe(err: unknown): { ename: string; evalue: string; stack: string } {
  if (err instanceof Error || (err !== null && typeof err === 'object' && 'message' in err && 'stack' in err)) {
    const e = err as Error;
    const ename = typeof e.name === 'string' && e.name ? e.name : e.constructor?.name ?? 'Error';
    return { ename, evalue: String(e.message), stack: typeof e.stack === 'string' ? e.stack : '' };
  }
  let text: string;
  try {
    text = typeof err === 'string' ? JSON.stringify(err) : String(err);
  } catch {
    text = Object.prototype.toString.call(err);
  }
  return { ename: 'Uncaught', evalue: `${text} (a value thrown that is not an Error has no traceback)`, stack: '' };
}

/** `prnt is not defined` gets Python 3.12's hint: the nearest name the namespace has. */
function withSuggestion(ename: string, evalue: string): string {
  const missing = ename === 'ReferenceError' ? /^(\S+) is not defined$/.exec(evalue)?.[1] : undefined;
  if (!missing) return evalue;
  const near = suggestName(missing, Object.getOwnPropertyNames(globalThis));
  return near ? `${evalue}. Did you mean: '${near}'?` : evalue;
}

/** An error output's parts for a value thrown by cell code. */
export function errorParts(err: unknown, lookup: (url: string) => CellRecord | undefined): ErrorParts {
  const described = describe(err);
  const { ename, stack } = described;
  const evalue = withSuggestion(ename, described.evalue);
  const traceback: string[] = [];
  // Python's chained exceptions: the cause first.
  const cause = err instanceof Error ? err.cause : undefined;
  if (cause instanceof Error) {
    traceback.push(...errorParts(cause, lookup).traceback, '', 'The above exception was the direct cause of the following exception:', '');
  }
  const frames = cellFrames(stack, lookup);
  if (frames.length) traceback.push('Traceback (most recent call last):', ...frames);
  traceback.push(evalue ? `${ename}: ${evalue}` : ename);
  return { ename, evalue, traceback };
}

/** An error output's parts for a cell that does not compile: Python's SyntaxError look. */
export function compileErrorParts(e: CompileError, count: number): ErrorParts {
  const traceback: string[] = [];
  if (e.line !== null) {
    traceback.push(`  Cell In[${count}], line ${e.line}, col ${e.column + 1}`, ...excerpt(e.lineText, e.column));
  } else traceback.push(`  Cell In[${count}]`);
  traceback.push(`${e.name}: ${e.message}`);
  return { ename: e.name, evalue: e.message, traceback };
}
