/**
 * esbuild's options for a cell, shared by compile.ts (which transforms cells) and the
 * compiler worker (whose warm-up transform must take the same paths through esbuild).
 * `verbatimModuleSyntax` keeps imports whose bindings the cell itself does not use (a
 * later cell may); es2022 keeps top-level await and class fields as written and lowers
 * what acorn cannot read (decorators).
 */
import type { TransformOptions } from 'esbuild-wasm';

export const CELL_OPTIONS: TransformOptions = {
  loader: 'ts',
  target: 'es2022',
  sourcemap: 'external',
  charset: 'utf8',
  logLevel: 'silent',
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
};
