/**
 * esbuild in the page's compiler worker (compiler-worker.ts), seen from a kernel: the
 * Esbuild that compile.ts takes, its transforms sent over the port the page gave this
 * kernel. Resolves once the compiler says esbuild is up; rejects if it could not start
 * (TypeScript cells then fail with that reason).
 */
import type { Esbuild } from './compile';
import type { CompilerToKernel, TransformRequest } from './compiler-protocol';

export function remoteEsbuild(port: MessagePort): Promise<Esbuild> {
  // Bound now: a cell may replace MessagePort.prototype.postMessage.
  const post = port.postMessage.bind(port) as (m: TransformRequest) => void;
  const pending = new Map<number, { resolve(out: Awaited<ReturnType<Esbuild['transform']>>): void; reject(e: Error): void }>();
  let ids = 0;
  return new Promise((ready, failed) => {
    port.onmessage = (ev: MessageEvent<CompilerToKernel>) => {
      const m = ev.data;
      if (m.type === 'ready') {
        if (!m.ok) return failed(new Error(m.error));
        ready({
          version: m.esbuildVersion,
          transform: (code, options) =>
            new Promise((resolve, reject) => {
              const id = ++ids;
              pending.set(id, { resolve, reject });
              post({ type: 'transform', id, code, options });
            }),
        });
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      // A failure keeps esbuild's shape (`errors`), which compile.ts turns into a SyntaxError.
      if ('failure' in m) p.reject(Object.assign(new Error(m.failure.message), { errors: m.failure.errors }));
      else p.resolve({ code: m.code, map: m.map, warnings: m.warnings });
    };
  });
}
