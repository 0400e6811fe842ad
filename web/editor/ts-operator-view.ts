/**
 * The operator view of a cell: its text as the editor's TypeScript service reads it, with
 * NumPy's operators (which the kernel gives cells) as calls of typed helpers that the
 * service understands (ts-operator-helpers.ts):
 *
 *     a * 2        ->  __nb.mul(a, 2)
 *     -a           ->  __nb.neg( a)
 *     a += b       ->  __nb.iadd(a, b)
 *     a[1, 2]      ->  a[__nb.tuple(1, 2)]
 *
 * Only insertions, and operators replaced by a comma and spaces of the same length, so an
 * offset maps exactly both ways outside inserted text (ts-offset-map.ts). Left alone, where
 * TypeScript's own types are already the kernel's or a rewrite would lose meaning: operands
 * that are all literals (`1 << 4`, `"x" - 2`, TypeScript's errors stay its own), `+` with a
 * string literal or `typeof` side, `x == null`, `typeof x == "s"`, `kind == "a"` (narrowing), enum
 * initialisers (constant expressions), and any expression touching a syntax error (the
 * text being typed keeps TypeScript's recovery and messages).
 */
import { OffsetMap, type Insertion } from './ts-offset-map';
import type { TsApi, TsBinaryExpression, TsElementAccessExpression, TsIdentifier, TsNode, TsParenthesizedExpression, TsPrefixUnaryExpression, TsSourceFile } from './ts-api';

/** The namespace the helper calls live in (declared in ts-operator-helpers.ts). */
export const HELPERS = '__nb';

/** Helper for each binary operator token, by TypeScript's SyntaxKind name. */
const BINARY: Record<string, string> = {
  PlusToken: 'add', MinusToken: 'sub', AsteriskToken: 'mul', SlashToken: 'div', PercentToken: 'mod', AsteriskAsteriskToken: 'pow',
  LessThanToken: 'lt', LessThanEqualsToken: 'le', GreaterThanToken: 'gt', GreaterThanEqualsToken: 'ge',
  EqualsEqualsToken: 'eq', ExclamationEqualsToken: 'ne',
  AmpersandToken: 'and', BarToken: 'or', CaretToken: 'xor', LessThanLessThanToken: 'lshift', GreaterThanGreaterThanToken: 'rshift',
  PlusEqualsToken: 'iadd', MinusEqualsToken: 'isub', AsteriskEqualsToken: 'imul', SlashEqualsToken: 'idiv', PercentEqualsToken: 'imod',
  AsteriskAsteriskEqualsToken: 'ipow', AmpersandEqualsToken: 'iand', BarEqualsToken: 'ior', CaretEqualsToken: 'ixor',
  LessThanLessThanEqualsToken: 'ilshift', GreaterThanGreaterThanEqualsToken: 'irshift',
};

/** Helper for each prefix operator. */
const UNARY: Record<string, string> = { MinusToken: 'neg', PlusToken: 'pos', TildeToken: 'invert' };

/** One operator expression of the cell that the view spells as a helper call. */
export interface OperatorRewrite {
  /** `mul`, `iadd`, `neg`, `tuple`. */
  helper: string;
  /** The operator as written (`*`, `+=`, `-`); `,` for a tuple index. */
  operator: string;
  kind: 'binary' | 'compound' | 'unary' | 'tuple';
  /** The expression in the original text, without trivia. */
  start: number;
  end: number;
  /** The operands' spans in the original text (one for unary). */
  operands: { start: number; end: number }[];
}

export interface OperatorView {
  original: string;
  text: string;
  map: OffsetMap;
  rewrites: OperatorRewrite[];
  /**
   * Operator expressions left alone because they touch a syntax error (`a * ` being typed):
   * TypeScript's operator errors there (`a` is not a number) are noise until the text parses.
   */
  unchecked: { start: number; end: number }[];
  /** The original text's syntax tree (its parse errors are the cell's syntax errors). */
  sourceFile: TsSourceFile;
}

/** The operator view of `text` (a cell), parsed with `ts` (Monaco's bundled TypeScript). */
export function operatorView(ts: TsApi, text: string, fileName = 'cell.ts'): OperatorView {
  const K = ts.SyntaxKind;
  // By kind number from the names: the enum's reverse mapping gives aliases (FirstCompoundAssignment).
  const byKind = (table: Record<string, string>) => new Map(Object.entries(table).map(([name, helper]) => [K[name], helper]));
  const binaryHelper = byKind(BINARY);
  const unaryHelper = byKind(UNARY);
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const errorStarts = (sf.parseDiagnostics ?? []).map((d) => d.start ?? 0);
  const touchesError = (n: TsNode) => {
    const s = n.getStart(sf);
    return errorStarts.some((e) => e >= s && e <= n.end);
  };

  const insertions: (Insertion & { seq: number })[] = [];
  const replaced = new Map<number, string>();
  const rewrites: OperatorRewrite[] = [];
  const unchecked: { start: number; end: number }[] = [];
  let seq = 0;
  const span = (n: TsNode) => ({ start: n.getStart(sf), end: n.end });

  const unparen = (n: TsNode): TsNode => (n.kind === K.ParenthesizedExpression ? unparen((n as TsParenthesizedExpression).expression) : n);
  const isLiteralOnly = (n: TsNode): boolean => {
    switch (n.kind) {
      case K.NumericLiteral: case K.BigIntLiteral: case K.StringLiteral: case K.NoSubstitutionTemplateLiteral:
      case K.TrueKeyword: case K.FalseKeyword:
        return true;
      case K.ParenthesizedExpression:
        return isLiteralOnly((n as TsParenthesizedExpression).expression);
      case K.PrefixUnaryExpression:
        return isLiteralOnly((n as TsPrefixUnaryExpression).operand);
      case K.BinaryExpression: {
        const b = n as TsBinaryExpression;
        return !isAssignment(b.operatorToken.kind) && isLiteralOnly(b.left) && isLiteralOnly(b.right);
      }
    }
    return false;
  };
  const isAssignment = (kind: number) => kind >= K.FirstAssignment && kind <= K.LastAssignment;
  /** Is a string whatever the other operand is. */
  const isStringish = (n: TsNode): boolean => {
    const u = unparen(n);
    if (u.kind === K.StringLiteral || u.kind === K.NoSubstitutionTemplateLiteral || u.kind === K.TemplateExpression || u.kind === K.TypeOfExpression) return true;
    if (u.kind === K.BinaryExpression) {
      const b = u as TsBinaryExpression;
      return b.operatorToken.kind === K.PlusToken && (isStringish(b.left) || isStringish(b.right));
    }
    return false;
  };
  /**
   * `null`, `undefined`, `void 0`, `typeof x`, a string literal: an `==` with one stays
   * JavaScript's, which TypeScript narrows by (`x == null`, `kind == "line"`); an ndarray
   * is never compared with these in NumPy code.
   */
  const keepsJsEquality = (n: TsNode): boolean => {
    const u = unparen(n);
    switch (u.kind) {
      case K.NullKeyword: case K.VoidExpression: case K.TypeOfExpression: case K.StringLiteral: case K.NoSubstitutionTemplateLiteral:
        return true;
      case K.Identifier:
        return (u as TsIdentifier).text === 'undefined';
    }
    return false;
  };

  const open = (pos: number, helper: string) => insertions.push({ pos, text: `${HELPERS}.${helper}(`, open: true, seq: seq++ });
  const close = (pos: number) => insertions.push({ pos, text: ')', open: false, seq: seq++ });
  /** The operator token becomes `,` and spaces (same length: offsets do not move). */
  const toComma = (start: number, end: number) => {
    replaced.set(start, ',');
    for (let i = start + 1; i < end; i++) replaced.set(i, ' ');
  };

  const rewriteBinary = (b: TsBinaryExpression): boolean => {
    const opKind = b.operatorToken.kind;
    const helper = binaryHelper.get(opKind);
    if (!helper) return false;
    if (touchesError(b)) {
      unchecked.push(span(b));
      return false;
    }
    if (isLiteralOnly(b.left) && isLiteralOnly(b.right)) return false;
    if ((opKind === K.EqualsEqualsToken || opKind === K.ExclamationEqualsToken) && (keepsJsEquality(b.left) || keepsJsEquality(b.right))) return false;
    if (opKind === K.PlusToken && (isStringish(b.left) || isStringish(b.right))) return false;
    const opStart = b.operatorToken.getStart(sf);
    const start = b.getStart(sf);
    open(start, helper);
    toComma(opStart, b.operatorToken.end);
    visit(b.left);
    visit(b.right);
    close(b.end);
    rewrites.push({
      helper,
      operator: text.slice(opStart, b.operatorToken.end),
      kind: isAssignment(opKind) ? 'compound' : 'binary',
      start,
      end: b.end,
      operands: [span(b.left), span(b.right)],
    });
    return true;
  };

  const rewriteUnary = (u: TsPrefixUnaryExpression): boolean => {
    const helper = unaryHelper.get(u.operator);
    if (!helper || isLiteralOnly(u.operand)) return false;
    if (touchesError(u)) {
      unchecked.push(span(u));
      return false;
    }
    const start = u.getStart(sf);
    open(start, helper);
    replaced.set(start, ' ');
    visit(u.operand);
    close(u.end);
    rewrites.push({ helper, operator: text[start], kind: 'unary', start, end: u.end, operands: [span(u.operand)] });
    return true;
  };

  /** `a[1, 2]`: the comma list is NumPy's tuple index, not JavaScript's comma operator. */
  const rewriteTupleIndex = (e: TsElementAccessExpression): boolean => {
    const arg = e.argumentExpression;
    if (!isComma(arg) || touchesError(arg)) return false;
    visit(e.expression);
    const start = arg.getStart(sf);
    open(start, 'tuple');
    const items: TsNode[] = [];
    const flatten = (n: TsNode) => {
      if (isComma(n)) {
        flatten((n as TsBinaryExpression).left);
        items.push((n as TsBinaryExpression).right);
      } else items.push(n);
    };
    flatten(arg);
    items.forEach(visit);
    close(arg.end);
    rewrites.push({ helper: 'tuple', operator: ',', kind: 'tuple', start, end: arg.end, operands: items.map(span) });
    return true;
  };
  const isComma = (n: TsNode) => n.kind === K.BinaryExpression && (n as TsBinaryExpression).operatorToken.kind === K.CommaToken;

  function visit(node: TsNode): void {
    switch (node.kind) {
      case K.EnumMember:
        return; // initialisers must stay constant expressions
      case K.BinaryExpression:
        if (rewriteBinary(node as TsBinaryExpression)) return;
        break;
      case K.PrefixUnaryExpression:
        if (rewriteUnary(node as TsPrefixUnaryExpression)) return;
        break;
      case K.ElementAccessExpression:
        if (rewriteTupleIndex(node as TsElementAccessExpression)) return;
        break;
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);

  // At one offset: closings before openings (an expression ends before the next starts);
  // openings outer first (made in pre-order), closings inner first (made in post-order).
  insertions.sort((a, b) => a.pos - b.pos || Number(a.open) - Number(b.open) || a.seq - b.seq);
  let out = '';
  let at = 0;
  for (const ins of insertions) {
    out += spliceReplaced(text, at, ins.pos, replaced) + ins.text;
    at = ins.pos;
  }
  out += spliceReplaced(text, at, text.length, replaced);
  const map = new OffsetMap(insertions.map(({ pos, text, open }) => ({ pos, text, open })));
  rewrites.sort((a, b) => a.start - b.start || b.end - a.end);
  return { original: text, text: out, map, rewrites, unchecked, sourceFile: sf };
}

/** `text[from, to)` with the replaced characters swapped in. */
function spliceReplaced(text: string, from: number, to: number, replaced: Map<number, string>): string {
  let s = '';
  for (let i = from; i < to; i++) s += replaced.get(i) ?? text[i];
  return s;
}
