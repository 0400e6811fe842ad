/**
 * Entry of the page (first cut): sends the snippet to the kernel worker and shows what
 * comes back. Talks to the kernel only through kernel/protocol.ts.
 */
import type { FromKernel, ToKernel } from '../kernel/protocol';

const worker = new Worker(new URL('../kernel/worker.ts', import.meta.url), { type: 'module' });
const code = document.querySelector<HTMLTextAreaElement>('#code')!;
const out = document.querySelector<HTMLPreElement>('#out')!;
let n = 0;

worker.addEventListener('message', (ev: MessageEvent<FromKernel>) => {
  const m = ev.data;
  if (m.type === 'result') {
    out.className = '';
    out.textContent = m.data['text/plain'];
  } else if (m.type === 'error') {
    out.className = 'error';
    out.textContent = `${m.ename}: ${m.evalue}`;
  }
});

function run(): void {
  const msg: ToKernel = { type: 'execute', id: String(++n), code: code.value };
  worker.postMessage(msg);
}

document.querySelector('#run')!.addEventListener('click', run);
code.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.shiftKey) {
    e.preventDefault();
    run();
  }
});
run();
