// @ts-check
/**
 * The emitting half of np-declarations.ts, run in a worker thread: TypeScript's emit
 * checks every runtime file, seconds of synchronous work that would otherwise stall the
 * dev server (every request, the page's included) while it runs. Plain JavaScript because
 * a worker thread loads a file as Node runs it, and this Node does not strip types.
 *
 * workerData: { root, roots, asSource, sources } (project-relative paths);
 * posts back { inputs, files, warnings } (see CacheEntry in np-declarations.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The TypeScript that Monaco's worker runs (5.x, bundled in monaco-editor; the project's
// `typescript` is the native port, without this API).
const TS_SERVICES = 'monaco-editor/languages/features/typescript/lib/typescriptServices.js';
const TS_LIBS = 'monaco-editor/languages/features/typescript/lib/lib.js';
const LIB = '/__lib__/';

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text).digest('hex');

/** @param {{ root: string, roots: string[], asSource: string[], sources: string[] }} job */
async function emit({ root, roots, asSource, sources }) {
  const { typescript: ts } = await import(TS_SERVICES);
  const { libFileMap } = await import(TS_LIBS);
  const keep = new Set(asSource);
  /** @param {string} name */
  const rel = (name) => path.relative(root, name).split(path.sep).join('/');
  /** @type {Record<string, string>} */
  const inputs = {};
  /** @param {string} name @returns {string | undefined} */
  const read = (name) => (name.startsWith(LIB) ? libFileMap[name.slice(LIB.length)] : existsSync(name) ? readFileSync(name, 'utf8') : undefined);
  /** @type {Map<string, string>} */
  const emitted = new Map();
  const host = {
    /** @param {string} name @param {unknown} target */
    getSourceFile: (name, target) => {
      const text = read(name);
      if (text === undefined) return undefined;
      if (!name.startsWith(LIB)) inputs[rel(name)] = digest(text);
      return ts.createSourceFile(name, text, target);
    },
    getDefaultLibFileName: () => `${LIB}lib.d.ts`,
    getDefaultLibLocation: () => LIB,
    /** @param {string} name @param {string} text */
    writeFile: (name, text) => emitted.set(rel(name), text),
    getCurrentDirectory: () => root,
    getDirectories: () => [],
    /** @param {string} name */
    fileExists: (name) => (name.startsWith(LIB) ? name.slice(LIB.length) in libFileMap : existsSync(name)),
    readFile: read,
    /** @param {string} name */
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    /** @param {string} dir */
    directoryExists: (dir) => existsSync(dir),
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
  const all = [...new Set([...roots, ...sources])];
  const program = ts.createProgram(all.map((f) => path.join(root, f)), options, host);
  /** @type {{ diagnostics: readonly { file?: { fileName: string }, code: number, messageText: unknown }[] }} */
  const { diagnostics } = program.emit(undefined, undefined, undefined, true);
  // The kept-as-source files' own declarations are not used: what they cannot name does not matter.
  const warnings = diagnostics
    .filter((d) => !(d.file && keep.has(rel(d.file.fileName))))
    .map((d) => `np declarations: ${d.file ? rel(d.file.fileName) : ''} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  /** @type {{ filePath: string, content: string }[]} */
  const files = [];
  for (const f of Object.keys(inputs).sort()) {
    const dts = emitted.get(f.replace(/\.ts$/, '.d.ts'));
    if (dts !== undefined && !keep.has(f)) files.push({ filePath: `file:///${f.replace(/\.ts$/, '.d.ts')}`, content: dts });
    else {
      if (!keep.has(f)) warnings.push(`np declarations: ${f} kept as source (its declarations could not be emitted)`);
      files.push({ filePath: `file:///${f}`, content: readFileSync(path.join(root, f), 'utf8') });
    }
  }
  return { inputs, files, warnings };
}

parentPort?.postMessage(await emit(workerData));
