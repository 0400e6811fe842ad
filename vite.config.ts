import { defineConfig } from 'vite';

// Cross-origin isolation (COOP/COEP) lets the kernel share a SharedArrayBuffer with the
// page, which interrupting a running cell needs; dev and preview servers both send it.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolation, host: '127.0.0.1', port: 5173 },
  preview: { headers: isolation, host: '127.0.0.1', port: 4173 },
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
    ],
  },
  build: { target: 'es2022', outDir: 'dist' },
});
