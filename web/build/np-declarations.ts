/**
 * np's declarations for the editor, made at build time (a Vite plugin): the module
 * `virtual:np-declarations` exports `{filePath, content}[]`, the extra libs web/editor.ts
 * hands Monaco's TypeScript worker so that `np.` completes and hovers with the runtime's
 * signatures and JSDoc.
 *
 * - Every runtime module (and kernel/loaders.ts, the cells' loadImage & co.) becomes its
 *   `.d.ts`: signatures and JSDoc, no bodies. The worker then reads ~250 KB of
 *   declarations instead of ~750 KB of sources whose bodies it would have to check to
 *   infer types, which made the first hover take seconds.
 * - `runtime/index.ts` stays as source: its `np` object spreads the modules, and TypeScript
 *   checks that against the modules' declarations cheaply, keeping each member linked to
 *   its declaration (hence its JSDoc); index's own `.d.ts` would inline the members and
 *   lose their docs. A module whose declarations cannot be emitted (TS4023 and friends)
 *   also stays as source, with a warning.
 * - The declarations come from the TypeScript that Monaco's worker runs (5.x, bundled in
 *   monaco-editor; the project's `typescript` is the native port, without this API).
 *   Emitting checks every runtime file (seconds), so results are cached under
 *   node_modules/.cache/numbook/ with the hashes of the files read, and reused while
 *   they are unchanged.
 */
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface DeclarationFile {
  /** `file:///runtime/creation.d.ts`: where the editor's TypeScript worker sees it. */
  filePath: string;
  content: string;
}

/** Bumped when the output changes for the same inputs (the cache entry is then made again). */
const FORMAT = 1;
/** Type-checked roots, relative to the project root. */
const ROOTS = ['runtime/index.ts', 'kernel/loaders.ts'];
/** Kept as source (see above). */
const AS_SOURCE = new Set(['runtime/index.ts']);
const TS_SERVICES = 'monaco-editor/languages/features/typescript/lib/typescriptServices.js';
const TS_LIBS = 'monaco-editor/languages/features/typescript/lib/lib.js';

/** The slice of TypeScript's compiler API used here (monaco-editor ships no types for it). */
interface TS {
  version: string;
  ScriptTarget: { ES2022: number };
  ModuleKind: { ESNext: number };
  ModuleResolutionKind: { Bundler: number };
  createSourceFile(fileName: string, text: string, target: unknown): unknown;
  createProgram(roots: string[], options: Record<string, unknown>, host: Record<string, unknown>): {
    emit(target: undefined, write: undefined, cancel: undefined, declarationsOnly: true): { diagnostics: readonly Diagnostic[] };
  };
  flattenDiagnosticMessageText(m: unknown, newLine: string): string;
}
interface Diagnostic {
  file?: { fileName: string };
  code: number;
  messageText: unknown;
}

/** The .ts files under `dir` (relative to root, `/`-separated), sorted. */
function sources(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(root, rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

interface Result {
  files: DeclarationFile[];
  warnings: string[];
}

interface CacheEntry extends Result {
  format: number;
  /** Every project file the compiler read, with its content's hash: the cache is valid while they are unchanged. */
  inputs: Record<string, string>;
}

/** Whether a cache entry still describes the tree: same inputs, no runtime file added. */
function fresh(root: string, entry: CacheEntry): boolean {
  if (entry.format !== FORMAT) return false;
  for (const rel of sources(root, 'runtime')) if (!(rel in entry.inputs)) return false;
  for (const [rel, sha] of Object.entries(entry.inputs)) {
    const file = path.join(root, rel);
    if (!existsSync(file) || digest(readFileSync(file, 'utf8')) !== sha) return false;
  }
  return true;
}

/** Declarations for np (from the cache when the files they come from are unchanged). */
export async function npDeclarations(root: string): Promise<Result & { inputs: string[] }> {
  const cacheDir = path.join(root, 'node_modules/.cache/numbook');
  const cached = path.join(cacheDir, 'np-declarations.json');
  try {
    const entry = JSON.parse(readFileSync(cached, 'utf8')) as CacheEntry;
    if (fresh(root, entry)) return { files: entry.files, warnings: entry.warnings, inputs: Object.keys(entry.inputs) };
  } catch {
    // None yet, or unreadable: make it.
  }
  const entry = await emit(root);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written whole, then renamed: another process reading the cache never sees half a file.
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, cached);
  } catch {
    // No cache (read-only tree): still correct, only slower next time.
  }
  return { files: entry.files, warnings: entry.warnings, inputs: Object.keys(entry.inputs) };
}

async function emit(root: string): Promise<CacheEntry> {
  const { typescript: ts } = (await import(TS_SERVICES)) as { typescript: TS };
  const { libFileMap } = (await import(TS_LIBS)) as { libFileMap: Record<string, string> };
  const LIB = '/__lib__/';
  const rel = (name: string) => path.relative(root, name).split(path.sep).join('/');
  const inputs: Record<string, string> = {};
  const read = (name: string): string | undefined =>
    name.startsWith(LIB) ? libFileMap[name.slice(LIB.length)] : existsSync(name) ? readFileSync(name, 'utf8') : undefined;
  const emitted = new Map<string, string>();
  const host = {
    getSourceFile: (name: string, target: unknown) => {
      const text = read(name);
      if (text === undefined) return undefined;
      if (!name.startsWith(LIB)) inputs[rel(name)] = digest(text);
      return ts.createSourceFile(name, text, target);
    },
    getDefaultLibFileName: () => `${LIB}lib.d.ts`,
    getDefaultLibLocation: () => LIB,
    writeFile: (name: string, text: string) => emitted.set(rel(name), text),
    getCurrentDirectory: () => root,
    getDirectories: () => [],
    fileExists: (name: string) => (name.startsWith(LIB) ? name.slice(LIB.length) in libFileMap : existsSync(name)),
    readFile: read,
    getCanonicalFileName: (name: string) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    directoryExists: (dir: string) => existsSync(dir),
  };
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.esnext.d.ts', 'lib.webworker.d.ts'],
    strict: true,
    skipLibCheck: true,
    useDefineForClassFields: false,
    declaration: true,
    emitDeclarationOnly: true,
    noEmitOnError: false,
    rootDir: root,
    outDir: root,
  };
  const all = [...new Set([...ROOTS, ...sources(root, 'runtime')])];
  const program = ts.createProgram(all.map((f) => path.join(root, f)), options, host);
  const { diagnostics } = program.emit(undefined, undefined, undefined, true);
  // index.ts's own declarations are not used (see above): what they cannot name does not matter.
  const warnings = diagnostics
    .filter((d) => !(d.file && AS_SOURCE.has(rel(d.file.fileName))))
    .map((d) => `np declarations: ${d.file ? rel(d.file.fileName) : ''} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  const files: DeclarationFile[] = [];
  for (const f of Object.keys(inputs).sort()) {
    const dts = emitted.get(f.replace(/\.ts$/, '.d.ts'));
    if (dts !== undefined && !AS_SOURCE.has(f)) files.push({ filePath: `file:///${f.replace(/\.ts$/, '.d.ts')}`, content: dts });
    else {
      if (!AS_SOURCE.has(f)) warnings.push(`np declarations: ${f} kept as source (its declarations could not be emitted)`);
      files.push({ filePath: `file:///${f}`, content: readFileSync(path.join(root, f), 'utf8') });
    }
  }
  return { format: FORMAT, inputs, files, warnings };
}

const ID = 'virtual:np-declarations';
const RESOLVED = `\0${ID}`;

/** The Vite plugin serving `virtual:np-declarations`. */
export function npDeclarationsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'numbook-np-declarations',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { files, warnings, inputs } = await npDeclarations(root);
      for (const f of inputs) this.addWatchFile(path.join(root, f));
      for (const w of warnings) this.warn(w);
      // JSON.parse of a string literal is quicker for the page than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(files))});`;
    },
  };
}
