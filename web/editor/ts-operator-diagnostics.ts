/**
 * A cell's diagnostics, computed on its operator view (ts-operator-view.ts), in the user's
 * terms: spans mapped back to the cell's text, and a helper call that no overload takes
 * ("No overload matches this call" on `__nb.mul`) said as TypeScript says an operator error,
 * "Operator '*' cannot be applied to types 'string' and '{}'.", on the expression written.
 * And what the view loses: `x += 1` on a `const` number is an error again (the view's
 * `__nb.iadd(x, 1)` assigns nothing; on an ndarray it is in place, so allowed).
 */
import { HELPERS, type OperatorRewrite, type OperatorView } from './ts-operator-view';
import type { TsApi, TsCallExpression, TsDiagnostic, TsIdentifier, TsNode, TsProgram, TsPropertyAccessExpression, TsSourceFile, TsType } from './ts-api';

/** What TypeScript reports on a call whose arguments its signatures do not take. */
const CALL_FAILURES = new Set([2769, 2345, 2554, 2555, 2556, 2559, 2322]);

/** TypeScript's operator checks: left/right-hand side of an arithmetic operation, operator cannot be applied, unary on symbol/bigint. */
const OPERATOR_CHECKS = new Set([2362, 2363, 2365, 2469, 2736]);

/** TypeScript's "Operator '{0}' cannot be applied to types '{1}' and '{2}'." */
export const BINARY_OPERATOR_ERROR = 2365;
/** TypeScript's "Operator '{0}' cannot be applied to type '{1}'." */
export const UNARY_OPERATOR_ERROR = 2736;
/** TypeScript's "Cannot assign to '{0}' because it is a constant." */
export const CONST_ASSIGNMENT_ERROR = 2588;

interface HelperCall {
  call: TsCallExpression;
  rewrite: OperatorRewrite;
  /** View offsets: the call, and where its arguments begin (after `__nb.mul(`). */
  start: number;
  argsStart: number;
}

/** The helper calls in a view's syntax tree, with the rewrite each stands for. */
function helperCalls(ts: TsApi, sf: TsSourceFile, view: OperatorView): HelperCall[] {
  const K = ts.SyntaxKind;
  const out: HelperCall[] = [];
  const visit = (n: TsNode): void => {
    if (n.kind === K.CallExpression) {
      const call = n as TsCallExpression;
      const callee = call.expression as TsPropertyAccessExpression;
      if (callee.kind === K.PropertyAccessExpression && callee.expression.kind === K.Identifier && (callee.expression as TsIdentifier).text === HELPERS) {
        const start = call.getStart(sf);
        const origStart = view.map.toOrig(start);
        const origEnd = view.map.toOrig(call.end);
        const rewrite = view.rewrites.find((r) => r.start === origStart && r.end === origEnd && r.helper === callee.name.text);
        if (rewrite) out.push({ call, rewrite, start, argsStart: call.arguments.pos });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The helper call a diagnostic is about: on its callee (`__nb.mul(`) or exactly on one of its arguments. */
function failedCall(sf: TsSourceFile, calls: HelperCall[], d: TsDiagnostic): HelperCall | undefined {
  if (d.start === undefined || !CALL_FAILURES.has(d.code)) return undefined;
  const start = d.start;
  const end = start + (d.length ?? 0);
  return calls.find((c) => (start >= c.start && end <= c.argsStart) || c.call.arguments.some((a) => a.getStart(sf) === start && a.end === end));
}

/** Is (or may be) an ndarray, or `any`: an in-place operator then changes no binding. */
function arrayOrAny(ts: TsApi, t: TsType): boolean {
  if (t.flags & ts.TypeFlags.Any) return true;
  return (t.types ?? [t]).some((m) => m.symbol?.name === 'NDArray');
}

function diagnostic(fileName: string, start: number, end: number, code: number, messageText: string): TsDiagnostic {
  return { file: { fileName }, start, length: end - start, code, category: 1, messageText, source: 'ts' };
}

/**
 * `diagnostics` (TypeScript's, on the view of `fileName`) for the cell's text. `viewOf`
 * gives another cell's view, for related information that points into it.
 */
export function cellDiagnostics(
  ts: TsApi,
  program: TsProgram,
  fileName: string,
  view: OperatorView,
  diagnostics: readonly TsDiagnostic[],
  viewOf: (fileName: string) => OperatorView | undefined,
): TsDiagnostic[] {
  const sf = program.getSourceFile(fileName);
  if (!sf || sf.text !== view.text) return diagnostics.map((d) => mapDiagnostic(d, view, viewOf));
  // An operator being typed (left alone: it touches a syntax error) is not judged yet.
  const typing = (d: TsDiagnostic) =>
    OPERATOR_CHECKS.has(d.code) && d.start !== undefined && view.unchecked.some((u) => d.start! >= view.map.toView(u.start) && d.start! + (d.length ?? 0) <= view.map.toView(u.end, 'after'));
  const judged = diagnostics.filter((d) => !typing(d));
  const checker = program.getTypeChecker();
  const typeName = (n: TsNode) => checker.typeToString(checker.getBaseTypeOfLiteralType(checker.getTypeAtLocation(n)));
  const calls = helperCalls(ts, sf, view);
  const out: TsDiagnostic[] = [];
  const reported = new Set<HelperCall>();
  for (const d of judged) {
    const failed = failedCall(sf, calls, d);
    if (failed) {
      if (reported.has(failed)) continue;
      reported.add(failed);
      const { rewrite, call } = failed;
      const [left, right] = call.arguments;
      out.push(
        rewrite.kind === 'unary'
          ? diagnostic(fileName, rewrite.start, rewrite.end, UNARY_OPERATOR_ERROR, `Operator '${rewrite.operator}' cannot be applied to type '${typeName(left)}'.`)
          : diagnostic(fileName, rewrite.start, rewrite.end, BINARY_OPERATOR_ERROR, `Operator '${rewrite.operator}' cannot be applied to types '${typeName(left)}' and '${typeName(right)}'.`),
      );
      continue;
    }
    out.push(mapDiagnostic(d, view, viewOf));
  }
  for (const { rewrite, call } of calls) {
    if (rewrite.kind !== 'compound') continue;
    const target = call.arguments[0];
    if (target.kind !== ts.SyntaxKind.Identifier || arrayOrAny(ts, checker.getTypeAtLocation(target))) continue;
    const decl = checker.getSymbolAtLocation(target)?.declarations?.[0];
    const list = decl?.kind === ts.SyntaxKind.VariableDeclaration ? decl.parent : undefined;
    if (!list || !((list as TsNode & { flags: number }).flags & ts.NodeFlags.Const)) continue;
    const { start, end } = rewrite.operands[0];
    out.push(diagnostic(fileName, start, end, CONST_ASSIGNMENT_ERROR, `Cannot assign to '${(target as TsIdentifier).text}' because it is a constant.`));
  }
  return out;
}

/** A diagnostic with its span, and its related information's, in the cells' texts (said without file names: relatedInCell). */
export function mapDiagnostic(d: TsDiagnostic, view: OperatorView | undefined, viewOf: (fileName: string) => OperatorView | undefined): TsDiagnostic {
  const mapped: TsDiagnostic = { ...d };
  if (view && d.start !== undefined) Object.assign(mapped, view.map.spanToOrig({ start: d.start, length: d.length ?? 0 }));
  if (d.relatedInformation) {
    mapped.relatedInformation = d.relatedInformation.map((r) => {
      const other = r.file ? viewOf(r.file.fileName) : view;
      return other && r.start !== undefined ? { ...r, ...other.map.spanToOrig({ start: r.start, length: r.length ?? 0 }) } : r;
    });
  }
  return relatedInCell(mapped, (f) => viewOf(f)?.original);
}

const messageOf = (m: TsDiagnostic['messageText']): string => (typeof m === 'string' ? m : m.messageText);

/**
 * Related information ("'x' is declared here.") names a file and a place, and Monaco's
 * hover shows it as `file(line, col): text`: for a cell an internal name (`<id>.ts`), for
 * np a declaration file (`sorting.d.ts(244, 35)`). Said here without file names, in the
 * message: "(line 2: 'x' is declared here.)" for a place in this cell, "(in another cell:
 * ...)" for another cell's; places in np's declarations or TypeScript's libraries are left
 * out. `textOf` gives a cell's text (undefined for other files). `d` is already mapped to
 * the cell's text.
 */
export function relatedInCell(d: TsDiagnostic, textOf: (fileName: string) => string | undefined): TsDiagnostic {
  if (!d.relatedInformation?.length) return d;
  const notes: string[] = [];
  for (const r of d.relatedInformation) {
    const file = r.file?.fileName ?? d.file?.fileName;
    const text = file ? textOf(file) : undefined;
    if (text === undefined || r.start === undefined) continue;
    const message = messageOf(r.messageText);
    if (file === d.file?.fileName) {
      let line = 1;
      for (let i = text.indexOf('\n'); i >= 0 && i < r.start; i = text.indexOf('\n', i + 1)) line++;
      notes.push(`(line ${line}: ${message})`);
    } else notes.push(`(in another cell: ${message})`);
  }
  const { relatedInformation: _, ...rest } = d;
  if (!notes.length) return rest;
  const m = d.messageText;
  const messageText =
    typeof m === 'string' ? `${m}\n${notes.join('\n')}` : { ...m, next: [...(m.next ?? []), ...notes.map((n) => ({ messageText: n, code: 0, category: 3 }))] };
  return { ...rest, messageText };
}
