/**
 * The kernel worker (first cut): evaluates a snippet with `np` in scope and replies with
 * the NumPy repr of its value. The full kernel (esbuild-wasm compile, persistent scope,
 * streams, interrupt) replaces the body of `execute`.
 */
import { np, NDArray } from '../runtime/index';
import type { FromKernel, ToKernel } from './protocol';

const post = (m: FromKernel) => (self as unknown as Worker).postMessage(m);

/** Text a value shows as, as IPython's Out[n]: repr for arrays. */
function textOf(v: unknown): string {
  if (v instanceof NDArray) return np.array_repr(v);
  return typeof v === 'string' ? v : String(v);
}

function execute(id: string, code: string): void {
  post({ type: 'status', state: 'busy' });
  try {
    const lines = code.trim().split('\n');
    const last = lines.pop() ?? '';
    const fn = new Function('np', `${lines.join('\n')}\nreturn (${last.replace(/;\s*$/, '')});`);
    post({ type: 'result', parent: id, data: { 'text/plain': textOf(fn(np)) } });
  } catch (e) {
    const err = e as Error;
    post({ type: 'error', parent: id, ename: err?.name ?? 'Error', evalue: err?.message ?? String(e) });
  }
  post({ type: 'status', state: 'idle' });
}

self.addEventListener('message', (ev: MessageEvent<ToKernel>) => {
  if (ev.data.type === 'execute') execute(ev.data.id, ev.data.code);
});
post({ type: 'status', state: 'idle' });
