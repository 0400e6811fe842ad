/**
 * Monaco's TypeScript worker, made to agree with the kernel about operators: the service
 * reads each cell (`file:///cells/<id>.ts`) as its operator view (ts-operator-view.ts), so
 * `a * 2` on an ndarray is typed `NDArray`, and every method that takes an offset or gives
 * spans maps them between the cell's text, which Monaco holds, and the view. Syntax errors,
 * formatting and the outline come from the cell's own text (a parse of it, or a second,
 * syntax-only service), never the view's: formatting the view would edit helper text.
 */
import { cellDiagnostics, mapDiagnostic, relatedInCell } from './ts-operator-diagnostics';
import { HELPERS, operatorView, type OperatorView } from './ts-operator-view';
import type { Bias } from './ts-offset-map';
import type { TsApi, TsDiagnostic, TsProgram } from './ts-api';
import { aliasTargetKind, unaliased } from './ts-alias';

const isCell = (fileName: string) => /^file:\/\/\/cells\/[^/]+\.ts$/.test(fileName);

type Span = { start: number; length: number };

/** A completion list as TypeScript gives it (the fields used). */
interface CompletionInfo {
  isMemberCompletion?: boolean;
  entries: CompletionEntry[];
}
interface CompletionEntry {
  name: string;
  kind: string;
  sortText: string;
}

/** TypeScript's sort text for a member that came from a spread (`{...creation}`), and for any other member. */
const SPREAD_MEMBER = '13';
const MEMBER = '11';

/**
 * Members in the order a reader looks for them: after `np.` the functions (`np.abs`,
 * `np.add`, ...) first, classes last (`np.Complex`, the error classes `np.AxisError`,
 * `np.ValueError`, and `np.ndarray`). TypeScript sorts the members np spreads from its modules (most
 * functions) after the ones its object literal names (the error classes among them), and
 * Monaco then sorts by name ignoring case: capitals first was an accident of that.
 */
export function memberSortText(e: CompletionEntry): string {
  // NumPy's functions are lower case: a capitalised member is a class (np.Complex, np.AxisError) whatever kind TypeScript gives it (a spread or re-export says 'property' or 'alias').
  const classLike = e.kind === 'class' || /^[A-Z]/.test(e.name);
  return (classLike ? '2' : '0') + (e.sortText === SPREAD_MEMBER ? MEMBER : e.sortText);
}

/** A helper call's opening (`__nb.mul(`), ending where its arguments begin. */
const HELPER_OPENING = new RegExp(`${HELPERS}\\.\\w+\\($`);
/** Fields of TypeScript's results that hold a span in the file named by the nearest `fileName`. */
const SPAN_FIELDS = new Set(['textSpan', 'contextSpan', 'replacementSpan', 'optionalReplacementSpan', 'applicableSpan', 'triggerSpan', 'span']);

/** The TypeScript service as Monaco's worker holds it, the methods used here. */
interface LanguageService {
  getProgram(): TsProgram | undefined;
  getNavigationTree(fileName: string): unknown;
  getFormattingEditsForDocument(fileName: string, options: unknown): { span: Span; newText: string }[];
  getFormattingEditsForRange(fileName: string, start: number, end: number, options: unknown): { span: Span; newText: string }[];
  getFormattingEditsAfterKeystroke(fileName: string, position: number, key: string, options: unknown): { span: Span; newText: string }[];
}

/** What of Monaco's `TypeScriptWorker` (tsWorker.js) the subclass uses. */
export interface BaseWorker {
  _languageService: LanguageService;
  _compilerOptions: Record<string, unknown>;
  _getScriptText(fileName: string): string | undefined;
  getScriptVersion(fileName: string): string;
  getScriptKind(fileName: string): number;
  getSyntacticDiagnostics(fileName: string): Promise<TsDiagnostic[]>;
  getSemanticDiagnostics(fileName: string): Promise<TsDiagnostic[]>;
  getSuggestionDiagnostics(fileName: string): Promise<TsDiagnostic[]>;
  getCompletionsAtPosition(fileName: string, position: number): Promise<unknown>;
  getCompletionEntryDetails(fileName: string, position: number, entry: string): Promise<unknown>;
  getSignatureHelpItems(fileName: string, position: number, options: unknown): Promise<unknown>;
  getQuickInfoAtPosition(fileName: string, position: number): Promise<unknown>;
  getDocumentHighlights(fileName: string, position: number, filesToSearch: string[]): Promise<unknown>;
  getDefinitionAtPosition(fileName: string, position: number): Promise<unknown>;
  getReferencesAtPosition(fileName: string, position: number): Promise<unknown>;
  findRenameLocations(fileName: string, position: number, findInStrings: boolean, findInComments: boolean, prefixAndSuffix: boolean): Promise<unknown>;
  getRenameInfo(fileName: string, position: number, options: unknown): Promise<unknown>;
  getCodeFixesAtPosition(fileName: string, start: number, end: number, errorCodes: number[], formatOptions: unknown): Promise<unknown>;
  provideInlayHints(fileName: string, start: number, end: number): Promise<unknown>;
  getNavigationTree(fileName: string): Promise<unknown>;
  getFormattingEditsForDocument(fileName: string, options: unknown): Promise<unknown>;
  getFormattingEditsForRange(fileName: string, start: number, end: number, options: unknown): Promise<unknown>;
  getFormattingEditsAfterKeystroke(fileName: string, position: number, key: string, options: unknown): Promise<unknown>;
}

/** A mixin base must take `any[]` (TypeScript's rule for classes extended through a type parameter). */
type BaseClass = new (...args: any[]) => BaseWorker;

/** Monaco's worker class `Base` (with its TypeScript, `ts`) reading cells through their operator views. */
export function withOperatorView<B extends BaseClass>(Base: B, ts: TsApi & { createLanguageService(host: unknown): unknown; ScriptSnapshot: { fromString(text: string): unknown } }) {
  return class OperatorViewWorker extends Base {
    private views = new Map<string, OperatorView>();
    private syntaxService: LanguageService | undefined;

    /** The cell's text as Monaco holds it. */
    originalText(fileName: string): string | undefined {
      return super._getScriptText(fileName);
    }

    /** The view of a cell (made again when its text changes), or undefined for other files. */
    viewOf(fileName: string): OperatorView | undefined {
      if (!isCell(fileName)) return undefined;
      const text = this.originalText(fileName);
      if (text === undefined) return undefined;
      let view = this.views.get(fileName);
      if (view?.original !== text) {
        view = operatorView(ts, text, fileName);
        this.views.set(fileName, view);
      }
      return view;
    }

    override _getScriptText(fileName: string): string | undefined {
      return this.viewOf(fileName)?.text ?? super._getScriptText(fileName);
    }

    private toView(fileName: string, position: number, bias: Bias): number {
      return this.viewOf(fileName)?.map.toView(position, bias) ?? position;
    }

    /** A copy of a result with every span in a cell mapped to the cell's text. */
    private mapResult<T>(fileName: string, result: T): T {
      const walk = (value: unknown, file: string): unknown => {
        if (Array.isArray(value)) return value.map((v) => walk(v, file));
        if (!value || typeof value !== 'object') return value;
        const obj = value as Record<string, unknown>;
        const here = typeof obj.fileName === 'string' ? obj.fileName : file;
        const view = this.viewOf(here);
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(obj)) {
          if (view && SPAN_FIELDS.has(k) && v && typeof v === 'object' && 'start' in v) out[k] = view.map.spanToOrig(v as Span);
          else if (view && k === 'position' && typeof v === 'number') out[k] = view.map.toOrig(v);
          else out[k] = k === 'displayParts' || k === 'documentation' || k === 'tags' ? v : walk(v, here);
        }
        return out;
      };
      return walk(result, fileName) as T;
    }

    /** TypeScript on the cells' own texts, for what needs only syntax (no program is built). */
    private syntax(): LanguageService {
      this.syntaxService ??= ts.createLanguageService({
        getCompilationSettings: () => this._compilerOptions,
        getScriptFileNames: () => [],
        getScriptVersion: (f: string) => this.getScriptVersion(f),
        getScriptKind: (f: string) => this.getScriptKind(f),
        getScriptSnapshot: (f: string) => {
          const text = this.originalText(f);
          return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
        },
        getCurrentDirectory: () => '',
        getDefaultLibFileName: () => 'lib.d.ts',
      }) as LanguageService;
      return this.syntaxService;
    }

    override async getSyntacticDiagnostics(fileName: string): Promise<TsDiagnostic[]> {
      const view = this.viewOf(fileName);
      if (!view) return super.getSyntacticDiagnostics(fileName);
      // The parse of the cell's own text: its errors are the cell's syntax errors.
      return (view.sourceFile.parseDiagnostics ?? []).map((d) =>
        relatedInCell({ ...d, file: { fileName }, relatedInformation: d.relatedInformation?.map((r) => ({ ...r, file: { fileName } })) }, () => view.original),
      );
    }

    override async getSemanticDiagnostics(fileName: string): Promise<TsDiagnostic[]> {
      const diagnostics = await super.getSemanticDiagnostics(fileName);
      const view = this.viewOf(fileName);
      const program = this._languageService.getProgram();
      if (!view || !program) return diagnostics.map((d) => mapDiagnostic(d, view, (f) => this.viewOf(f)));
      return cellDiagnostics(ts, program, fileName, view, diagnostics, (f) => this.viewOf(f));
    }

    override async getSuggestionDiagnostics(fileName: string): Promise<TsDiagnostic[]> {
      const view = this.viewOf(fileName);
      return (await super.getSuggestionDiagnostics(fileName)).map((d) => mapDiagnostic(d, view, (f) => this.viewOf(f)));
    }

    override async getCompletionsAtPosition(fileName: string, position: number): Promise<unknown> {
      const info = (await super.getCompletionsAtPosition(fileName, this.toView(fileName, position, 'token'))) as CompletionInfo | undefined;
      // The helpers' namespace is the view's, not a name the user has.
      if (info) info.entries = info.entries.filter((e) => e.name !== HELPERS);
      if (info?.isMemberCompletion) for (const e of info.entries) e.sortText = memberSortText(e);
      if (info) for (const e of info.entries) e.kind = aliasTargetKind(e);
      return this.mapResult(fileName, info);
    }

    override async getCompletionEntryDetails(fileName: string, position: number, entry: string): Promise<unknown> {
      return this.mapResult(fileName, unaliased(await super.getCompletionEntryDetails(fileName, this.toView(fileName, position, 'token'), entry)));
    }

    // Signature help is for the user's calls, never a helper's: at the end of an operand
    // (`f(a * 2|)`) the position is past the helper call; inside one (`f(a |* 2)`, `a[1, |2]`)
    // it is asked again just before the helper call, until the answer is a call written.
    override async getSignatureHelpItems(fileName: string, position: number, options: unknown): Promise<unknown> {
      const view = this.viewOf(fileName);
      let at = this.toView(fileName, position, 'after');
      for (;;) {
        const help = (await super.getSignatureHelpItems(fileName, at, options)) as { applicableSpan: Span } | undefined;
        const opening = help && view ? HELPER_OPENING.exec(view.text.slice(Math.max(0, help.applicableSpan.start - 40), help.applicableSpan.start)) : null;
        if (!opening) return this.mapResult(fileName, help);
        at = help!.applicableSpan.start - opening[0].length;
      }
    }

    override async getQuickInfoAtPosition(fileName: string, position: number): Promise<unknown> {
      return this.mapResult(fileName, unaliased(await super.getQuickInfoAtPosition(fileName, this.toView(fileName, position, 'after'))));
    }

    override async getDocumentHighlights(fileName: string, position: number, filesToSearch: string[]): Promise<unknown> {
      return this.mapResult(fileName, await super.getDocumentHighlights(fileName, this.toView(fileName, position, 'after'), filesToSearch));
    }

    override async getDefinitionAtPosition(fileName: string, position: number): Promise<unknown> {
      return this.mapResult(fileName, await super.getDefinitionAtPosition(fileName, this.toView(fileName, position, 'after')));
    }

    override async getReferencesAtPosition(fileName: string, position: number): Promise<unknown> {
      return this.mapResult(fileName, await super.getReferencesAtPosition(fileName, this.toView(fileName, position, 'after')));
    }

    override async findRenameLocations(fileName: string, position: number, findInStrings: boolean, findInComments: boolean, prefixAndSuffix: boolean): Promise<unknown> {
      return this.mapResult(fileName, await super.findRenameLocations(fileName, this.toView(fileName, position, 'after'), findInStrings, findInComments, prefixAndSuffix));
    }

    override async getRenameInfo(fileName: string, position: number, options: unknown): Promise<unknown> {
      return this.mapResult(fileName, await super.getRenameInfo(fileName, this.toView(fileName, position, 'after'), options));
    }

    override async getCodeFixesAtPosition(fileName: string, start: number, end: number, errorCodes: number[], formatOptions: unknown): Promise<unknown> {
      const fixes = await super.getCodeFixesAtPosition(fileName, this.toView(fileName, start, 'after'), this.toView(fileName, end, 'token'), errorCodes, formatOptions);
      return this.mapResult(fileName, fixes);
    }

    override async provideInlayHints(fileName: string, start: number, end: number): Promise<unknown> {
      return this.mapResult(fileName, await super.provideInlayHints(fileName, this.toView(fileName, start, 'after'), this.toView(fileName, end, 'token')));
    }

    override async getNavigationTree(fileName: string): Promise<unknown> {
      return isCell(fileName) ? this.syntax().getNavigationTree(fileName) : super.getNavigationTree(fileName);
    }

    override async getFormattingEditsForDocument(fileName: string, options: unknown): Promise<unknown> {
      return isCell(fileName) ? this.syntax().getFormattingEditsForDocument(fileName, options) : super.getFormattingEditsForDocument(fileName, options);
    }

    override async getFormattingEditsForRange(fileName: string, start: number, end: number, options: unknown): Promise<unknown> {
      return isCell(fileName) ? this.syntax().getFormattingEditsForRange(fileName, start, end, options) : super.getFormattingEditsForRange(fileName, start, end, options);
    }

    override async getFormattingEditsAfterKeystroke(fileName: string, position: number, key: string, options: unknown): Promise<unknown> {
      return isCell(fileName) ? this.syntax().getFormattingEditsAfterKeystroke(fileName, position, key, options) : super.getFormattingEditsAfterKeystroke(fileName, position, key, options);
    }
  };
}
