/**
 * Compiling a cell: esbuild-wasm strips the TypeScript, transform.ts makes it a notebook
 * cell, and the two source maps chained lead any position in the code that runs back to
 * the line and column the user wrote. esbuild is passed in (the worker initialises the
 * browser build once; tests pass Node's), so this file runs unchanged in both.
 */
import { TraceMap, originalPositionFor, GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND } from '@jridgewell/trace-mapping';
import type { TransformOptions } from 'esbuild-wasm';
import { transformCell, HELPERS, type Transformed } from './transform';
import { BINARY } from './operators';
import { sliceSyntaxMessage } from './python';

/** The slice of esbuild's API the kernel uses (same in esbuild-wasm's browser and Node builds). */
export interface Esbuild {
  version: string;
  transform(code: string, options: TransformOptions): Promise<{ code: string; map: string; warnings: unknown[] }>;
}

/** A position in the user's TypeScript: line 1-based, column 0-based (as source maps). */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface CompiledCell {
  /** `(async function ($nb$, $nbI$) {...})`, ending in its sourceURL. */
  code: string;
  /** The top-level names the cell declares (defined as globals before it runs). */
  names: string[];
  /** The cell's TypeScript, as written (for traceback context lines). */
  source: string;
  /** Where a position in `code` (line 1-based, column 0-based) came from, or null. */
  originalPosition(line: number, column: number): SourcePosition | null;
}

/**
 * A cell that does not compile: esbuild's message and where (Python's SyntaxError). The
 * `line`/`column` are the user's (1-based line, 0-based column).
 */
export class CompileError extends Error {
  override name = 'SyntaxError';
  constructor(
    message: string,
    readonly line: number | null,
    readonly column: number,
    readonly lineText: string,
  ) {
    super(message);
  }
}

/**
 * esbuild's options for a cell. `verbatimModuleSyntax` keeps imports whose bindings the
 * cell itself does not use (a later cell may); es2022 keeps top-level await and class
 * fields as written and lowers what acorn cannot read (decorators).
 */
const OPTIONS: TransformOptions = {
  loader: 'ts',
  target: 'es2022',
  sourcemap: 'external',
  charset: 'utf8',
  logLevel: 'silent',
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
};

/** Helpers that operators.ts puts in front of an expression (`$nb$.mul(a, b)`). */
const PREFIX_HELPERS = new Set([...Object.values(BINARY), ...Object.values(BINARY).map((n) => `${n}B`), 'bool', 'cond', 'tuple']);

/**
 * Where a position in the transformed cell came from. V8 places a call at its property
 * name, so an error in `a * b` is reported at `mul` in `$nb$.mul(a, b)`: inserted text with
 * no mapping of its own, which belongs to the expression after it (the least upper bound),
 * not to the code before it. Anything else takes the greatest lower bound, as usual.
 */
function transformedOrigin(t: Transformed, map: TraceMap, lines: string[], line: number, column: number): { line: number | null; column: number | null } {
  const text = lines[line - 1] ?? '';
  const call = /^(\w+)\(/.exec(text.slice(column))?.[1];
  if (call && PREFIX_HELPERS.has(call) && text.slice(column - HELPERS.length - 1, column) === `${HELPERS}.`) {
    const next = originalPositionFor(map, { line, column, bias: LEAST_UPPER_BOUND });
    if (next.line != null) return next;
  }
  return originalPositionFor(map, { line, column, bias: GREATEST_LOWER_BOUND });
}

/** Lazily built lookup from a position in a transformed cell to the JavaScript given to the transform. */
function transformLookup(t: Transformed): (line: number, column: number) => { line: number | null; column: number | null } {
  let built: [TraceMap, string[]] | null = null;
  return (line, column) => {
    // Built only when an error needs it: most cells never do.
    built ??= [new TraceMap(t.map() as ConstructorParameters<typeof TraceMap>[0]), t.code.split('\n')];
    return transformedOrigin(t, built[0], built[1], line, column);
  };
}

interface EsbuildFailure {
  errors?: { text: string; location: { line: number; column: number; lineText: string } | null }[];
}

/**
 * Compiles one cell. `fileName` is what errors call it (`Cell In[3]`); `sourceURL` is the
 * name V8 gives its frames in stack traces (unique per execution).
 *
 * Fast path: a cell that is already plain JavaScript (no type annotations: `1 + 1`,
 * `np.ones([3, 3]).sum()`) is transformed directly, without esbuild: a fraction of a
 * millisecond instead of several, and it runs before esbuild has even loaded. JavaScript
 * up to ES2022 means the same as TypeScript (one corner aside: `f < a > (b)` compares
 * in JavaScript, a generic call in TypeScript). Anything else goes through esbuild.
 */
export async function compileCell(esbuild: Esbuild | Promise<Esbuild>, source: string, fileName: string, sourceURL: string): Promise<CompiledCell> {
  let direct: ReturnType<typeof transformCell> | null = null;
  try {
    direct = transformCell(source, sourceURL, 2022);
  } catch {
    // not plain ES2022: TypeScript (or an error esbuild will describe better)
  }
  if (direct) {
    const t = direct;
    const lookup = transformLookup(t);
    return {
      code: t.code,
      names: t.names,
      source,
      originalPosition(line, column) {
        const p = lookup(line, column);
        return p.line == null ? null : { line: p.line, column: p.column ?? 0 };
      },
    };
  }

  let js: string;
  let esMap: string;
  try {
    const out = await (await esbuild).transform(source, { ...OPTIONS, sourcefile: fileName });
    js = out.code;
    esMap = out.map;
  } catch (e) {
    const first = (e as EsbuildFailure).errors?.[0];
    if (!first) throw e;
    const loc = first.location;
    const text = (loc && sliceSyntaxMessage(first.text, loc.lineText, loc.column)) ?? first.text;
    throw new CompileError(text, loc?.line ?? null, loc?.column ?? 0, loc?.lineText ?? '');
  }
  let t: ReturnType<typeof transformCell>;
  try {
    t = transformCell(js, sourceURL);
  } catch (e) {
    // acorn read esbuild's output differently: report it at the user's line if we can.
    const pos = (e as { loc?: { line: number; column: number } }).loc;
    const orig = pos ? originalPositionFor(new TraceMap(esMap), { line: pos.line, column: pos.column }) : null;
    const line = orig?.line ?? null;
    throw new CompileError((e as Error).message.replace(/ \(\d+:\d+\)$/, ''), line, orig?.column ?? 0, line ? source.split('\n')[line - 1] ?? '' : '');
  }

  const lookup = transformLookup(t);
  let tsMap: TraceMap | null = null;
  return {
    code: t.code,
    names: t.names,
    source,
    originalPosition(line, column) {
      const inJs = lookup(line, column);
      if (inJs.line == null) return null;
      tsMap ??= new TraceMap(esMap);
      const inTs = originalPositionFor(tsMap, { line: inJs.line, column: inJs.column ?? 0, bias: GREATEST_LOWER_BOUND });
      if (inTs.line == null) return null;
      return { line: inTs.line, column: inTs.column };
    },
  };
}
