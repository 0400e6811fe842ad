/**
 * Drops Monaco's own TypeScript worker from the build. The editor runs ours
 * (web/editor/ts-worker.ts, given by `MonacoEnvironment.getWorker`, which Monaco asks first), but
 * Monaco's worker manager names its own as a fallback, `new URL('ts.worker.js', import.meta.url)`,
 * and Vite would emit that 7 MB file too, never loaded. If Monaco's text changes and the
 * fallback is not found, the build says so and keeps it (a larger dist, nothing broken).
 */
import type { Plugin } from 'vite';

const FALLBACK = /createWorker:\s*\(\)\s*=>\s*new Worker\(new URL\(['"]ts\.worker\.js['"],\s*import\.meta\.url\),\s*\{\s*type:\s*"module"\s*\}\),?/;

export function dropMonacoTsWorker(): Plugin {
  return {
    name: 'numbook-drop-monaco-ts-worker',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/monaco-editor\/esm\/vs\/languages\/features\/typescript\/workerManager\.js$/.test(id.split('?')[0])) return null;
      if (!FALLBACK.test(code)) {
        this.warn("Monaco's TypeScript worker fallback not found: dist keeps an unused copy of its worker");
        return null;
      }
      return { code: code.replace(FALLBACK, ''), map: null };
    },
  };
}
