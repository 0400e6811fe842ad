/**
 * np's declarations for the editor, made at build time (a Vite plugin): the module
 * `virtual:np-declarations` exports `{filePath, content}[]`, the extra libs web/editor/editor.ts
 * hands Monaco's TypeScript worker so that `np.` completes and hovers with the runtime's
 * signatures and JSDoc.
 *
 * - Every runtime module (and kernel/loaders.ts, the cells' loadImage & co., and
 *   kernel/exercises/check.ts, the `check` of exercise checks) becomes its
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
 *   Emitting checks every runtime file (seconds), so it runs in a worker thread, begins
 *   when the dev server starts, and its results are cached under
 *   node_modules/.cache/numbook/ with the hashes of the files read, reused while they are
 *   unchanged.
 */
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface DeclarationFile {
  /** `file:///runtime/creation.d.ts`: where the editor's TypeScript worker sees it. */
  filePath: string;
  content: string;
}

/** Bumped when the output changes for the same inputs (the cache entry is then made again). */
const FORMAT = 3;
/** Type-checked roots, relative to the project root. */
const ROOTS = ['runtime/index.ts', 'kernel/loaders.ts', 'kernel/exercises/check.ts'];
/** Kept as source (see above). */
const AS_SOURCE = ['runtime/index.ts'];
/** The emitter, run in a worker thread (its header says why); relative to the project root. */
const WORKER = 'web/build/declarations-worker.mjs';

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

interface Emitted extends Result {
  /** Every project file the compiler read, with its content's hash: the cache is valid while they are unchanged. */
  inputs: Record<string, string>;
}

interface CacheEntry extends Emitted {
  format: number;
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

/** Runs the emitter in a worker thread: the caller's event loop (the dev server's) keeps serving. */
function emitInWorker(root: string): Promise<Emitted> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(root, WORKER), { workerData: { root, roots: ROOTS, asSource: AS_SOURCE, sources: sources(root, 'runtime') } });
    worker.once('message', (result: Emitted) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`np declarations: the emitter exited with code ${code}`)));
  });
}

/** The generation in progress per root: a page load and the server's start share one. */
const running = new Map<string, Promise<Result & { inputs: string[] }>>();

/** Declarations for np (from the cache when the files they come from are unchanged). */
export function npDeclarations(root: string): Promise<Result & { inputs: string[] }> {
  let job = running.get(root);
  if (!job) {
    job = generate(root).finally(() => running.delete(root));
    running.set(root, job);
  }
  return job;
}

async function generate(root: string): Promise<Result & { inputs: string[] }> {
  const cacheDir = path.join(root, 'node_modules/.cache/numbook');
  const cached = path.join(cacheDir, 'np-declarations.json');
  try {
    const entry = JSON.parse(readFileSync(cached, 'utf8')) as CacheEntry;
    if (fresh(root, entry)) return { files: entry.files, warnings: entry.warnings, inputs: Object.keys(entry.inputs) };
  } catch {
    // None yet, or unreadable: make it.
  }
  const entry: CacheEntry = { format: FORMAT, ...(await emitInWorker(root)) };
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
    // Begun at start, not at the first page load, so the editor rarely waits for it.
    configureServer() {
      npDeclarations(root).catch(() => undefined); // a failure is reported by load()
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
