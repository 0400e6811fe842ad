/**
 * The part of TypeScript's compiler API that the editor's operator view uses, typed here:
 * the API is Monaco's bundled TypeScript 5 (its `typescriptServices.js` has no `.d.ts`), and
 * the project's own `typescript` is the native port, which has no JS API. Structural and
 * partial on purpose: only the members read, so a test can pass the real module.
 */

export interface TsNode {
  kind: number;
  /** Start including leading trivia (comments, spaces). */
  pos: number;
  end: number;
  parent?: TsNode;
  /** Start of the first token (no trivia). */
  getStart(sourceFile?: TsSourceFile): number;
}

export interface TsDiagnostic {
  start?: number;
  length?: number;
  code: number;
  category: number;
  messageText: string | { messageText: string; code: number; category: number; next?: unknown[] };
  file?: { fileName: string };
  relatedInformation?: TsDiagnostic[];
  reportsUnnecessary?: unknown;
  reportsDeprecated?: unknown;
  source?: string;
}

export interface TsSourceFile extends TsNode {
  text: string;
  /** Internal but stable since TypeScript 1: the parser's errors for this text. */
  parseDiagnostics?: readonly TsDiagnostic[];
}

export interface TsBinaryExpression extends TsNode {
  left: TsNode;
  operatorToken: TsNode;
  right: TsNode;
}

export interface TsPrefixUnaryExpression extends TsNode {
  operator: number;
  operand: TsNode;
}

export interface TsElementAccessExpression extends TsNode {
  expression: TsNode;
  argumentExpression: TsNode;
}

export interface TsParenthesizedExpression extends TsNode {
  expression: TsNode;
}

export interface TsIdentifier extends TsNode {
  text: string;
}

export interface TsCallExpression extends TsNode {
  expression: TsNode;
  arguments: readonly TsNode[] & { pos: number; end: number };
}

export interface TsPropertyAccessExpression extends TsNode {
  expression: TsNode;
  name: TsIdentifier;
}

/** The TypeScript module (`ts`), the members the view and the worker read. */
export interface TsApi {
  SyntaxKind: Record<string, number>;
  ScriptTarget: Record<string, number>;
  ScriptKind: Record<string, number>;
  NodeFlags: Record<string, number>;
  TypeFlags: Record<string, number>;
  createSourceFile(fileName: string, text: string, target: number, setParentNodes?: boolean, scriptKind?: number): TsSourceFile;
  forEachChild<T>(node: TsNode, cb: (node: TsNode) => T | undefined): T | undefined;
  flattenDiagnosticMessageText(text: TsDiagnostic['messageText'] | undefined, newLine: string): string;
}

export interface TsType {
  flags: number;
  symbol?: { name: string };
  /** A union's members. */
  types?: TsType[];
}

export interface TsSymbol {
  name: string;
  declarations?: TsNode[];
}

export interface TsTypeChecker {
  getTypeAtLocation(node: TsNode): TsType;
  getBaseTypeOfLiteralType(type: TsType): TsType;
  typeToString(type: TsType): string;
  getSymbolAtLocation(node: TsNode): TsSymbol | undefined;
}

export interface TsProgram {
  getSourceFile(fileName: string): TsSourceFile | undefined;
  getTypeChecker(): TsTypeChecker;
}
