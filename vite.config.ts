import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { npDeclarationsPlugin } from './web/build/np-declarations.js';
import { dropMonacoTsWorker } from './web/build/monaco-ts-worker.js';
import { buildWasmKernels } from './wasm/build.mjs';

// The notebooks we ship (notebooks/<id>/<id>.ipynb) and their data files (notebooks/<id>/data/)
// are fetched at URLs such as /notebooks/visual-numpy/data/bards.wav, or ?url= links to the
// notebook itself: the dev server serves them from the repository as they are; a build copies
// them to the same paths in dist/ (they stay where the notebook is).
function notebookFiles(): Plugin {
  const filesIn = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile()).map((f) => `${dir}/${f.name}`);
    } catch {
      return [];
    }
  };
  return {
    name: 'numbook-notebook-files',
    apply: 'build',
    generateBundle() {
      for (const nb of readdirSync('notebooks', { withFileTypes: true })) {
        if (!nb.isDirectory()) continue;
        const dir = `notebooks/${nb.name}`;
        for (const file of [...filesIn(dir).filter((f) => f.endsWith('.ipynb')), ...filesIn(`${dir}/data`)]) {
          this.emitFile({ type: 'asset', fileName: file, source: readFileSync(file) });
        }
      }
    },
  };
}

// The wasm kernels (wasm/*.ts) into runtime/wasm/kernels.generated.ts: at start and build
// (npm's pre-scripts do it too), and again when a kernel source changes under the dev server.
function wasmKernels(): Plugin {
  return {
    name: 'numbook-wasm-kernels',
    buildStart: async () => void (await buildWasmKernels()),
    configureServer(server) {
      server.watcher.add('wasm');
      server.watcher.on('change', (file) => {
        if (/[\\/]wasm[\\/][^\\/]+\.ts$/.test(file)) buildWasmKernels().catch((e: Error) => server.config.logger.error(e.message));
      });
    },
  };
}

// Cross-origin isolation (COOP/COEP) lets the kernel share a SharedArrayBuffer with the
// page, which interrupting a running cell needs; dev and preview servers both send it.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Worker scripts of this origin (the compiler's, the editor's) may reach only this origin.
// The kernel's worker, where cells run, lives in a sandboxed iframe and inherits the same
// limits from that iframe's own policy (web/kernel-client/kernel-sandbox.ts): a cell's fetch, import() or
// beacon cannot send the user's data off the machine. A worker takes its policy from its
// own script's response; the service worker adds the same header on static hosts
// (public/coi-serviceworker.js).
export const WORKER_CSP =
  "default-src 'self' blob: data:; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval' blob:; connect-src 'self' blob: data:";

function workerPolicy(): Plugin {
  const addHeader = (req: { headers: Record<string, string | string[] | undefined> }, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    if (req.headers['sec-fetch-dest'] === 'worker') res.setHeader('Content-Security-Policy', WORKER_CSP);
    next();
  };
  return {
    name: 'numbook-worker-policy',
    configureServer: (server) => void server.middlewares.use(addHeader),
    configurePreviewServer: (server) => void server.middlewares.use(addHeader),
  };
}

// The kernel runs in an opaque-origin sandboxed iframe (web/kernel-client/kernel-sandbox.ts), whose
// requests say `Origin: null`. A build passes it the kernel worker's code as text; the dev
// server's worker is a tree of modules it imports by URL, so the dev server answers those
// requests with CORS. (Any sandboxed frame says null: while the dev server runs, a sandboxed
// frame of another site could read its files too. Preview and static hosts do not do this.)
// __KERNEL_BY_URL__ tells web/main.ts which (not import.meta.env.DEV: a build made under
// vitest has NODE_ENV=test, so DEV is true there).
function kernelSandbox(): Plugin {
  return {
    name: 'numbook-kernel-sandbox',
    config: (_, { command }) => ({ define: { __KERNEL_BY_URL__: JSON.stringify(command === 'serve') } }),
    configureServer: (server) =>
      void server.middlewares.use((req, res, next) => {
        if (req.headers.origin === 'null') res.setHeader('Access-Control-Allow-Origin', 'null');
        next();
      }),
  };
}

export default defineConfig({
  server: { headers: isolation, host: '127.0.0.1', port: 5173 },
  preview: { headers: isolation, host: '127.0.0.1', port: 4173 },
  plugins: [wasmKernels(), workerPolicy(), kernelSandbox(), notebookFiles(), npDeclarationsPlugin(), dropMonacoTsWorker()],
  worker: { format: 'es' },
  // The kernel worker's dependencies, pre-bundled at start: discovered later, they would
  // make the dev server reload the page mid-session (and mid-test).
  // The notebook page's too (Monaco's parts are imported lazily, so they would be found late).
  optimizeDeps: {
    include: [
      'esbuild-wasm', 'acorn', 'magic-string', '@jridgewell/trace-mapping',
      'lit', 'lit/directives/repeat.js', 'lit/directives/unsafe-html.js', 'idb-keyval', 'marked', 'dompurify', 'katex',
      'monaco-editor/editor', 'monaco-editor/features/register.all',
      'monaco-editor/languages/definitions/typescript/register', 'monaco-editor/languages/definitions/markdown/register',
      'monaco-editor/languages/features/typescript/register',
      // Our TypeScript worker's base (web/editor/ts-worker.ts imports it; Monaco's own was loaded raw).
      'monaco-editor/languages/features/typescript/ts.worker',
    ],
  },
  build: { target: 'es2022', outDir: 'dist' },
});
