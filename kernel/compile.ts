/**
 * Compiling a cell: esbuild-wasm strips the TypeScript, transform.ts makes it a notebook
 * cell, and the two source maps chained lead any position in the code that runs back to
 * the line and column the user wrote. esbuild is passed in (the worker initialises the
 * browser build once; tests pass Node's), so this file runs unchanged in both.
 */
import { TraceMap, originalPositionFor, GREATEST_LOWER_BOUND } from '@jridgewell/trace-mapping';
import type { TransformOptions } from 'esbuild-wasm';
import { transformCell } from './transform';

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
    let map: TraceMap | null = null;
    return {
      code: t.code,
      names: t.names,
      source,
      originalPosition(line, column) {
        map ??= new TraceMap(t.map() as ConstructorParameters<typeof TraceMap>[0]);
        const p = originalPositionFor(map, { line, column, bias: GREATEST_LOWER_BOUND });
        return p.line == null ? null : { line: p.line, column: p.column };
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
    throw new CompileError(first.text, loc?.line ?? null, loc?.column ?? 0, loc?.lineText ?? '');
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

  let maps: [TraceMap, TraceMap] | null = null;
  return {
    code: t.code,
    names: t.names,
    source,
    originalPosition(line, column) {
      // Built only when an error needs them: most cells never do.
      maps ??= [new TraceMap(t.map() as ConstructorParameters<typeof TraceMap>[0]), new TraceMap(esMap)];
      const inJs = originalPositionFor(maps[0], { line, column, bias: GREATEST_LOWER_BOUND });
      if (inJs.line == null) return null;
      const inTs = originalPositionFor(maps[1], { line: inJs.line, column: inJs.column, bias: GREATEST_LOWER_BOUND });
      if (inTs.line == null) return null;
      return { line: inTs.line, column: inTs.column };
    },
  };
}
