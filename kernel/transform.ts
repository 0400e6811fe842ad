/**
 * The cell transform: esbuild's JavaScript for one cell, rewritten so that the cell behaves
 * like an IPython cell. It runs after esbuild (which strips the types) and before eval.
 *
 * The notebook's namespace is the worker's global object, as IPython's is `__main__`'s
 * dict: top-level declarations become assignments to global properties that the kernel
 * defines before the cell runs (see scope.ts). So re-running `const x = 1` rebinds x
 * instead of throwing "already declared", and a function made in one cell reads a name's
 * current value when called, after later cells rebind it. Lookups stay plain global
 * property accesses, which V8 keeps fast (a `with` scope would not).
 *
 *   const a = 1, {b} = o;     →  a = 1, ({b} = o);
 *   let c;                    →  c = void 0;
 *   function f() {}           →  f = function () {};     (moved to the top: hoisting)
 *   class K {}                →  K = class K {};
 *   import x, {y} from 'm'    →  ({default: x, y} = await $nb$.import("m"));
 *   var v inside blocks       →  assignment too (var is function-scoped: top-level here)
 *   last expression `e;`      →  return {value: (e)};    (Out[n]; wrapped so a promise is not awaited)
 *   every loop body and function body starts with an interrupt guard (interrupt.ts).
 *   NumPy's operators, `a * 2`, `a[1, 2]`, `a += 1`: see operators.ts (runs first).
 *
 * The result is one async function expression (top-level await works), strict, taking
 * the kernel's helper object and the interrupt flag. Its source map leads back to
 * esbuild's output; compile.ts chains that to the user's TypeScript.
 */
import { parse, type Node, type Program, type Pattern, type VariableDeclaration, type Function as FunctionNode } from 'acorn';
import MagicString, { type DecodedSourceMap } from 'magic-string';
import { rewriteOperators, type TokenSpan } from './operators';

/** Name of the kernel helper object inside cell code (see execute.ts). */
export const HELPERS = '$nb$';
/** Name of the interrupt flag (an Int32Array) inside cell code. */
export const FLAG = '$nbI$';
/** The loop/function-entry check: one typed-array load and compare when not interrupted. */
const GUARD = `${FLAG}[0] !== 0 && ${HELPERS}.check();`;
const GUARD_EXPR = `${FLAG}[0] !== 0 && ${HELPERS}.check()`;

export interface Transformed {
  /** `(async function ($nb$, $nbI$) {...})`: evaluate, then call with the helpers and flag. */
  code: string;
  /** Every name the cell declares at top level: the kernel defines them before it runs. */
  names: string[];
  /** Whether the last statement is an expression whose value is the cell's result. */
  hasResult: boolean;
  /** Maps `code` back to the JavaScript given to `transformCell`, built on first use. */
  map(): DecodedSourceMap;
}

type AnyNode = Node & Record<string, any>;

/** Names bound by a binding pattern (`{a, b: [c], ...d}` gives a, c, d). */
export function patternNames(p: Pattern, out: string[] = []): string[] {
  switch (p.type) {
    case 'Identifier': out.push(p.name); break;
    case 'ObjectPattern':
      for (const prop of p.properties) patternNames(prop.type === 'RestElement' ? prop.argument : (prop.value as Pattern), out);
      break;
    case 'ArrayPattern': for (const el of p.elements) if (el) patternNames(el, out); break;
    case 'RestElement': patternNames(p.argument, out); break;
    case 'AssignmentPattern': patternNames(p.left, out); break;
    default: break; // MemberExpression: only in assignment targets, binds nothing
  }
  return out;
}

const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * Rewrites one cell's JavaScript (esbuild's output: types gone, ESM syntax kept; or the
 * cell itself when it is plain JavaScript). Throws acorn's SyntaxError if it cannot read
 * it; `ecmaVersion` 2022 refuses syntax esbuild would lower for the target. `operators`
 * false leaves JavaScript's operators alone (the benchmark's baseline).
 */
export function transformCell(js: string, sourceURL: string, ecmaVersion: 2022 | 'latest' = 'latest', operators = true): Transformed {
  const tokens: TokenSpan[] = [];
  const ast = parse(js, {
    ecmaVersion,
    sourceType: 'module',
    allowAwaitOutsideFunction: true,
    onToken: operators ? (t) => tokens.push({ start: t.start, end: t.end }) : undefined,
  }) as Program;
  const s = new MagicString(js);
  // First: its edits are the innermost (an operator inside a statement the walk below wraps).
  const ops = operators ? rewriteOperators(ast as AnyNode, js, s, tokens, HELPERS, GUARD) : { topTemps: 0, blockArrows: new Set<number>() };
  const names: string[] = [];
  const declare = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  const body = ast.body as AnyNode[];
  /** Inside a function (its `var`s are its own) / rewriting a for-loop's init. */
  let inFunction = false;
  let inForInit = false;
  /** Where hoisted function declarations go: before the first statement. */
  const top = body.length ? body[0].start : js.length;

  /** `const a = 1, {b} = o` → `a = 1, ({b} = o)`; `forHead`: the left of for-in/of (no `void 0`). */
  const rewriteDeclaration = (decl: VariableDeclaration, forHead: boolean) => {
    // A pattern first would start the statement with `(`, which a previous line without a
    // semicolon would call: `f()\n({a} = o)`. `void 0, ` starts it safely, also as an if body.
    const first = decl.declarations[0];
    const guardParen = !forHead && first.id.type !== 'Identifier' && first.init && !inForInit;
    s.overwrite(decl.start, first.start, guardParen ? 'void 0, ' : '');
    for (const d of decl.declarations) {
      patternNames(d.id).forEach(declare);
      if (d.init) {
        if (d.id.type !== 'Identifier') {
          s.prependRight(d.start, '(');
          s.appendLeft(d.end, ')');
        }
      } else if (!forHead) {
        // `let c;` resets c, as a fresh binding would; `var c;` keeps c's value, as in JS.
        if (decl.kind === 'var') s.overwrite(d.start, d.end, 'void 0');
        else s.appendLeft(d.end, ' = void 0');
      }
    }
  };

  /** Top-level statement: declarations become assignments to the namespace. */
  const rewriteTop = (node: AnyNode) => {
    switch (node.type) {
      case 'VariableDeclaration':
        rewriteDeclaration(node as unknown as VariableDeclaration, false);
        for (const d of node.declarations) walk(d.init);
        return;
      case 'FunctionDeclaration': {
        const fn = node as unknown as FunctionNode;
        const name = fn.id!.name;
        declare(name);
        // What it leaves behind still ends a statement (the next line may start with `(`).
        if (fn.start !== top) s.appendLeft(fn.start, ';');
        s.overwrite(fn.start, fn.id!.end, `${name} = ${fn.async ? 'async ' : ''}function${fn.generator ? '*' : ''} `);
        s.appendLeft(fn.end, ';\n');
        walkFunction(node);
        if (fn.start !== top) s.move(fn.start, fn.end, top);
        return;
      }
      case 'ClassDeclaration': {
        declare(node.id.name);
        s.prependRight(node.start, `${node.id.name} = `);
        s.appendLeft(node.end, ';');
        walk(node);
        return;
      }
      case 'ImportDeclaration': {
        const spec = JSON.stringify(node.source.value);
        const parts: string[] = [];
        let ns: string | null = null;
        for (const sp of node.specifiers as AnyNode[]) {
          declare(sp.local.name);
          if (sp.type === 'ImportNamespaceSpecifier') ns = sp.local.name;
          else if (sp.type === 'ImportDefaultSpecifier') parts.push(`default: ${sp.local.name}`);
          else {
            const imported = sp.imported.type === 'Identifier' ? sp.imported.name : JSON.stringify(sp.imported.value);
            parts.push(imported === sp.local.name ? imported : `${imported}: ${sp.local.name}`);
          }
        }
        const load = `await ${HELPERS}.import(${spec})`;
        let text = `${load};`;
        if (ns && parts.length) text = `${ns} = ${load}; ({${parts.join(', ')}} = ${ns});`;
        else if (ns) text = `${ns} = ${load};`;
        else if (parts.length) text = `;({${parts.join(', ')}} = ${load});`;
        s.overwrite(node.start, node.end, text);
        return;
      }
      case 'ExportNamedDeclaration':
        // `export` means nothing in a cell: its declaration is a top-level one.
        if (node.declaration) {
          s.remove(node.start, node.declaration.start);
          rewriteTop(node.declaration);
        } else s.overwrite(node.start, node.end, ';');
        return;
      case 'ExportAllDeclaration':
        s.overwrite(node.start, node.end, ';');
        return;
      case 'ExportDefaultDeclaration':
        // The exported value is just a value: the cell's result when it comes last.
        s.overwrite(node.start, node.declaration.start, '(');
        s.appendLeft(node.declaration.end, ')');
        walk(node.declaration);
        return;
      default:
        walk(node);
    }
  };

  /** Inner statements: `var` (function-scoped, so top-level) and loop guards. */
  const walk = (node: AnyNode | null | undefined): void => {
    if (!node || typeof node.type !== 'string') return;
    if (FUNCTIONS.has(node.type)) return walkFunction(node);
    if (node.type === 'StaticBlock') {
      // A class static block scopes its own `var`s, like a function body.
      const outer = inFunction;
      inFunction = true;
      (node.body as AnyNode[]).forEach(walk);
      inFunction = outer;
      return;
    }
    if (node.type === 'VariableDeclaration' && node.kind === 'var' && !inFunction) {
      rewriteDeclaration(node as unknown as VariableDeclaration, false);
      for (const d of node.declarations) walk(d.init);
      return;
    }
    if (LOOPS.has(node.type)) {
      for (const key of ['init', 'left'] as const) {
        const head = node[key];
        if (head?.type === 'VariableDeclaration' && head.kind === 'var' && !inFunction) {
          inForInit = key === 'init';
          rewriteDeclaration(head, key === 'left');
          inForInit = false;
          for (const d of head.declarations) walk(d.init);
        } else walk(head);
      }
      walk(node.test);
      walk(node.update);
      walk(node.right);
      guardStatement(node.body);
      walk(node.body);
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const v = node[key];
      if (Array.isArray(v)) v.forEach((c) => c && typeof c === 'object' && walk(c));
      else if (v && typeof v === 'object') walk(v);
    }
  };

  /** A function body gets a guard too, so deep recursion without loops is interruptible. */
  const walkFunction = (fn: AnyNode) => {
    const outer = inFunction;
    inFunction = true;
    for (const p of fn.params) walk(p);
    if (fn.body.type === 'BlockStatement') {
      s.appendLeft(fn.body.start + 1, GUARD);
      walk(fn.body);
    } else if (ops.blockArrows.has(fn.start)) {
      walk(fn.body); // operators.ts gave it a block body that starts with the guard
    } else {
      s.prependRight(fn.body.start, `(${GUARD_EXPR}, `);
      s.appendLeft(fn.body.end, ')');
      walk(fn.body);
    }
    inFunction = outer;
  };

  /** Puts a guard first in a loop body (wrapping a single statement in a block). */
  const guardStatement = (stmt: AnyNode) => {
    if (stmt.type === 'BlockStatement') s.appendLeft(stmt.start + 1, GUARD);
    else {
      s.prependRight(stmt.start, `{${GUARD}`);
      s.appendLeft(stmt.end, '}');
    }
  };

  body.forEach((node) => rewriteTop(node));

  const last = body[body.length - 1];
  // A lone string is a directive to the parser, but a value to a notebook user.
  const hasResult = last?.type === 'ExpressionStatement';
  if (hasResult) {
    // The statement's range, not the expression's: acorn's excludes parentheses, `({a: 1})`.
    let end = last.end;
    while (end > last.start && /[\s;]/.test(js[end - 1])) end--;
    s.prependRight(last.start, 'return {value: (');
    s.appendLeft(end, ')}');
  }

  const temps = Array.from({ length: ops.topTemps }, (_, i) => `$nbT${i}`).join(', ');
  s.prepend(`(async function (${HELPERS}, ${FLAG}) {"use strict";${temps ? `let ${temps};` : ''}`);
  s.append(`\n})\n//# sourceURL=${sourceURL}`);
  return {
    code: s.toString(),
    names,
    hasResult,
    map: () => s.generateDecodedMap({ hires: true, source: 'cell.js', includeContent: false }),
  };
}
