/**
 * Monaco, loaded lazily, and the TypeScript service the cells share.
 *
 * - `loadMonaco()` imports a trimmed Monaco (the editor, its contributions, TypeScript and
 *   Markdown) once; nothing here runs until the notebook has been drawn.
 * - `np` is typed from declarations made at build time (web/build/np-declarations.ts):
 *   each runtime module's `.d.ts` (signatures and JSDoc, no bodies) and `runtime/index.ts`
 *   itself, added as extra libs under `file:///runtime/...`, and a globals lib declaring
 *   `declare var np: typeof import('./runtime/index').np`, the kernel's `display`,
 *   loaders and `_`/`__`/`___`. So `np.` completes with the real signatures, and hover
 *   shows the JSDoc (summary and example) written in runtime/. Declarations rather than
 *   sources: the worker would otherwise check ~750 KB of function bodies before its first
 *   answer. The worker's lib is the Web Worker's, not the DOM's: cells run in the kernel's
 *   worker (no `document`), and lib.dom alone is 1.9 MB to read.
 * - Hover is ours (ts-hover.ts): Monaco's runs an `@example`'s lines together.
 * - The TypeScript worker is ours too (ts-worker.ts): it reads each cell with NumPy's
 *   operators as calls of typed helpers (ts-operator-view.ts, ts-operator-helpers.ts), so
 *   `a * 2` on an ndarray is an `NDArray` here as in the kernel, not an error.
 * - Every code cell is a model `file:///cells/<id>.ts`, a global script: top-level
 *   declarations of every cell are visible in the others, as the kernel's namespace. With
 *   eager model sync the service sees all cell models, not only the focused one.
 *   Diagnostics that the kernel's semantics make wrong are ignored: re-declaring a name in
 *   another cell (or re-running it), top-level await in a script, use before declaration
 *   across cells. Only models with an editor are checked (`onlyVisible`): a 100-cell
 *   notebook does not queue 300 requests ahead of the first hover.
 * - Models are cheap and made for every code cell; editors (DOM, listeners) are made only
 *   for the cells the user reaches or sees, so a 100-cell notebook opens at once.
 */
import type * as MonacoNS from 'monaco-editor/editor';
import { typescriptHoverProvider } from './ts-hover';
import { OPERATOR_HELPERS, OPERATOR_HELPERS_PATH } from './ts-operator-helpers';

export type Monaco = typeof MonacoNS;
export type CodeEditor = MonacoNS.editor.IStandaloneCodeEditor;
export type TextModel = MonacoNS.editor.ITextModel;

/** TypeScript codes that the notebook's semantics make false alarms. */
export const IGNORED_DIAGNOSTICS = [
  2451, // Cannot redeclare block-scoped variable (same name in two cells, or np/display)
  2300, // Duplicate identifier
  2393, // Duplicate function implementation
  2323, // Cannot redeclare exported variable
  2448, // Block-scoped variable used before its declaration (declared in a later cell)
  2454, // Variable is used before being assigned
  2403, // Subsequent variable declarations must have the same type
  2374, // Duplicate index signature
  2567, // Enum declarations can only merge with namespace or other enum declarations
  2813, // Class declaration cannot implement overload list (redeclared class)
  2814, // Function with bodies can only merge with classes that are ambient
  1375, // 'await' expressions are only allowed at the top level of a file when that file is a module
  1378, // Top-level 'await' expressions are only allowed when the 'module' option is...
  1431, // 'for await' loops are only allowed at the top level of a file when that file is a module
  1432, // Top-level 'for await' loops are only allowed when...
];

/** The cells' globals (the kernel's names), an extra lib. */
export const GLOBALS = `
/** NumPy for TypeScript, preloaded in the kernel: \`np.arange(12).reshape(3, 4)\`. */
declare var np: typeof import('./runtime/index').np;
interface DisplayOptions {
  /** \`value\` is a MIME bundle ({'text/html': ...}) to show as is. */
  raw?: boolean;
  metadata?: Record<string, unknown>;
  /** Names the output so a later display with \`update: true\` replaces it. */
  display_id?: string;
  update?: boolean;
  /** How an ndarray is first drawn (the reader can still switch views). */
  view?: 'text' | 'table' | 'heatmap' | 'image' | 'plot';
}
/**
 * Shows a value in the cell's output now (IPython's display): an ndarray is drawn by the
 * array renderers, other values as text, a MIME bundle as is with \`{raw: true}\`.
 * @example display(np.random.default_rng(0).random([8, 8]), {view: 'heatmap'})
 */
declare function display(value: unknown, options?: DisplayOptions): void;
/**
 * matplotlib's pyplot, preloaded: figures drawn in a cell are shown when it ends.
 * @example const x = np.linspace(0, 2 * np.pi, 200);
 * plt.plot(x, np.sin(x), {label: 'sin'}); plt.legend();
 */
declare var plt: typeof import('./runtime/plt/pyplot');
/** Decodes an image into a uint8 H x W x 3|4 array (kernel/loaders.ts). */
declare var loadImage: typeof import('./kernel/loaders').loadImage;
/** Decodes a WAV file: \`{rate, samples}\` (kernel/loaders.ts). */
declare var loadAudio: typeof import('./kernel/loaders').loadAudio;
/** Reads a text file (kernel/loaders.ts). */
declare var loadText: typeof import('./kernel/loaders').loadText;
/**
 * The helpers of exercise checks written as code (a check fails by throwing; its message is what the student reads).
 * @example check.that(total > 0, "total should be more than 0");
 * check.shape(grid, [3, 4], "grid");
 */
declare var check: import('./kernel/exercises/check').CheckApi;
/** In an exercise notebook with per-student variants: this student's variant, 0 to N-1 (from the name they typed). */
declare var variant: number;
/**
 * Python's print: the values separated by \`sep\` (a space), then \`end\` (a newline); an
 * ndarray prints as NumPy's str.
 * @example print("mean:", a.mean())
 * print(1, 2, 3, {sep: ", ", end: "!\\n"})
 */
declare function print(...values: unknown[]): void;
/**
 * Python's len: an ndarray's first dimension, a string's or array's length, a Map's or Set's size.
 * @example len(np.zeros([3, 4]))   // 3
 */
declare function len(x: unknown): number;
/** The last cell result. */
declare var _: any;
/** The result before the last. */
declare var __: any;
/** The result before that. */
declare var ___: any;
`;

let loading: Promise<Monaco> | null = null;
/** Set once Monaco has loaded (for code that may run before, e.g. keyboard checks). */
export let monacoInstance: Monaco | null = null;

/** Loads Monaco and sets up the TypeScript service (once). */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    // The TypeScript worker is started at once, not when Monaco first asks for it: reading its
    // 7 MB script takes longer than loading Monaco, and the first hover waits for it.
    let early: Worker | null = null;
    const [monaco, ts, { default: EditorWorker }, TsWorker, { default: npDeclarations }] = await Promise.all([
      import('./monaco'),
      import('monaco-editor/languages/features/typescript/register'),
      import('monaco-editor/editor/editor.worker?worker'),
      import('./ts-worker?worker').then(({ default: W }) => {
        early = new W();
        return W;
      }),
      import('virtual:np-declarations'),
    ]);
    (globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
      getWorker(_id: string, label: string) {
        if (label !== 'typescript' && label !== 'javascript') return new EditorWorker();
        // The early one the first time; a new one if Monaco stopped it (idle) and asks again.
        const w = early ?? new TsWorker();
        early = null;
        return w;
      },
    };
    const defaults = ts.typescriptDefaults;
    defaults.setCompilerOptions({
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.NodeJs,
      allowNonTsExtensions: true,
      strict: true,
      noImplicitAny: false,
      skipLibCheck: true,
      lib: ['esnext', 'webworker', 'webworker.iterable'],
    });
    defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false, onlyVisible: true, diagnosticCodesToIgnore: IGNORED_DIAGNOSTICS });
    defaults.setEagerModelSync(true);
    defaults.setModeConfiguration({ ...defaults.modeConfiguration, hovers: false });
    monaco.languages.registerHoverProvider('typescript', typescriptHoverProvider(monaco, ts.getTypeScriptWorker));
    defaults.setExtraLibs([
      ...npDeclarations,
      { filePath: 'file:///numbook-globals.d.ts', content: GLOBALS },
      { filePath: OPERATOR_HELPERS_PATH, content: OPERATOR_HELPERS },
    ]);
    // Monaco's theme is global: it follows the page's (web/notebook/theme.ts). The light one is 'vs'
    // with the tokens under 4.5:1 contrast on a cell's background darkened (numbers, types,
    // the second bracket colour).
    monaco.editor.defineTheme('numbook-light', {
      base: 'vs',
      inherit: true,
      rules: [
        { token: 'number', foreground: '07704a' },
        { token: 'type', foreground: '1d6a80' },
        { token: 'type.identifier', foreground: '1d6a80' },
      ],
      colors: { 'editorBracketHighlight.foreground2': '#25752a' },
    });
    const monacoTheme = () => (document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'numbook-light');
    monaco.editor.setTheme(monacoTheme());
    window.addEventListener('nb-theme', () => monaco.editor.setTheme(monacoTheme()));
    monacoInstance = monaco;
    return monaco;
  })();
  return loading;
}

/** A cell's editor language: TypeScript (code), markdown, or plain text (a raw cell). */
export type CellLanguage = 'typescript' | 'markdown' | 'plaintext';
const EXTENSION: Record<CellLanguage, string> = { typescript: 'ts', markdown: 'md', plaintext: 'txt' };

/** The URI of a cell's model. */
export function cellUri(monaco: Monaco, cellId: string, language: CellLanguage): MonacoNS.Uri {
  return monaco.Uri.parse(`file:///cells/${cellId}.${EXTENSION[language]}`);
}

/** The cell's model, made if need be (code cells' models exist for every cell: the service sees them all). */
export function modelFor(monaco: Monaco, cellId: string, language: CellLanguage, text: string): TextModel {
  const uri = cellUri(monaco, cellId, language);
  const m = monaco.editor.getModel(uri);
  if (m) {
    if (m.getValue() !== text) m.setValue(text);
    return m;
  }
  return monaco.editor.createModel(text, language, uri);
}

/** Drops a cell's model (the cell was deleted, or the notebook closed). */
export function disposeModel(monaco: Monaco, cellId: string): void {
  for (const ext of Object.values(EXTENSION)) monaco.editor.getModel(monaco.Uri.parse(`file:///cells/${cellId}.${ext}`))?.dispose();
}

/** Models of cells no longer in the notebook are dropped. */
export function pruneModels(monaco: Monaco, keep: Set<string>): void {
  for (const m of monaco.editor.getModels()) {
    const id = /^\/cells\/(.+)\.(ts|md|txt)$/.exec(m.uri.path)?.[1];
    if (id && !keep.has(id)) m.dispose();
  }
}

export interface EditorOptions {
  language: CellLanguage;
  onChange(text: string): void;
  onFocus?(): void;
  onBlur?(): void;
}

/** A Monaco editor for one cell, sized to its content (no inner scrollbar, as Jupyter). */
export function createEditor(monaco: Monaco, host: HTMLElement, model: TextModel, options: EditorOptions): CodeEditor {
  const editor = monaco.editor.create(host, {
    model,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    lineNumbers: 'off',
    glyphMargin: false,
    folding: false,
    lineDecorationsWidth: 6,
    lineNumbersMinChars: 0,
    renderLineHighlight: 'none',
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    overviewRulerBorder: false,
    scrollbar: { vertical: 'hidden', alwaysConsumeMouseWheel: false, horizontalScrollbarSize: 8 },
    fontSize: 14,
    lineHeight: 20,
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
    automaticLayout: false,
    wordWrap: options.language === 'typescript' ? 'off' : 'on',
    tabSize: 2,
    fixedOverflowWidgets: true,
    contextmenu: true,
    padding: { top: 6, bottom: 6 },
    quickSuggestions: options.language === 'typescript',
    ariaLabel: options.language === 'typescript' ? 'Code cell' : options.language === 'markdown' ? 'Markdown cell' : 'Raw cell',
  });
  const fit = () => {
    const height = Math.max(editor.getContentHeight(), 32);
    const width = host.clientWidth;
    host.style.height = `${height}px`;
    editor.layout({ width, height });
    // The whole text shows: no inner scroll (typing fast can leave it scrolled by a line).
    if (editor.getScrollTop() !== 0) editor.setScrollTop(0);
  };
  editor.onDidContentSizeChange(fit);
  editor.onDidChangeModelContent(() => options.onChange(editor.getValue()));
  if (options.onFocus) editor.onDidFocusEditorText(options.onFocus);
  if (options.onBlur) editor.onDidBlurEditorText(options.onBlur);
  const ro = new ResizeObserver(() => {
    if (host.clientWidth !== editor.getLayoutInfo().width) fit();
  });
  ro.observe(host);
  editor.onDidDispose(() => ro.disconnect());
  fit();
  return editor;
}

/** Whether a widget that wants Escape/Enter (suggest, parameter hints, find...) is open in the editor. */
export function widgetOpen(editor: CodeEditor): boolean {
  const dom = editor.getDomNode();
  return !!dom?.querySelector('.suggest-widget.visible, .parameter-hints-widget.visible, .find-widget.visible, .rename-box');
}

/** Marks `line` (1-based) of a cell's model as where its error was raised. */
export function markErrorLine(monaco: Monaco, model: TextModel, line: number | null, message = ''): void {
  monaco.editor.setModelMarkers(
    model,
    'numbook-run',
    line == null
      ? []
      : [{ severity: monaco.MarkerSeverity.Error, message, startLineNumber: line, endLineNumber: line, startColumn: 1, endColumn: model.getLineMaxColumn(Math.min(line, model.getLineCount())) }],
  );
}
