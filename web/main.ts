/**
 * Entry of the start page (until the notebook UI replaces it): one code box whose cell
 * runs in the kernel worker, its outputs below, and Run / Interrupt / Restart. It talks to
 * the kernel only through web/kernel-client.ts (protocol types from kernel/protocol.ts).
 *
 * `window.numbook` exposes the client and timings to end-to-end tests and the benchmark.
 */
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import { KernelClient, type ExecuteReply, type KernelClientOptions } from './kernel-client';
import type { Output } from '../kernel/protocol';

/** A kernel client with this page's worker and esbuild (tests make extra ones with other options). */
function createClient(options: Partial<KernelClientOptions> = {}): KernelClient {
  return new KernelClient({
    wasm: wasmURL,
    spawn: () => new Worker(new URL('../kernel/worker.ts', import.meta.url), { type: 'module', name: 'numbook-kernel' }),
    ...options,
  });
}
const client = createClient();

const code = document.querySelector<HTMLTextAreaElement>('#code')!;
const out = document.querySelector<HTMLDivElement>('#out')!;
const status = document.querySelector<HTMLSpanElement>('#status')!;
const prompt = document.querySelector<HTMLSpanElement>('#prompt')!;

const numbook = { client, createClient, startedAt: performance.now(), readyAt: 0, compilerAt: 0, lastReply: null as ExecuteReply | null };
(window as unknown as { numbook: typeof numbook }).numbook = numbook;
void client.ready.then(() => (numbook.readyAt = performance.now()));

client.on((m) => {
  if (m.type === 'compiler') numbook.compilerAt = performance.now();
  if (m.type === 'status') {
    status.textContent = m.state + (m.reason ? `: ${m.reason}` : '');
    status.dataset.state = m.state;
  }
});

/** One output as text: the stream's text, a bundle's text/plain, an error's traceback. */
function show(o: Output): void {
  const pre = document.createElement('pre');
  pre.className = o.type;
  if (o.type === 'stream') {
    pre.classList.add(o.name);
    pre.textContent = o.text;
  } else if (o.type === 'error') pre.textContent = o.traceback.join('\n');
  else pre.textContent = o.data['text/plain'];
  out.append(pre);
}

async function run(): Promise<void> {
  out.replaceChildren();
  prompt.textContent = 'In [*]:';
  numbook.lastReply = await client.execute(code.value, {
    observer: { output: show },
  });
  prompt.textContent = `In [${numbook.lastReply.executionCount ?? ' '}]:`;
}

document.querySelector('#run')!.addEventListener('click', () => void run());
document.querySelector('#interrupt')!.addEventListener('click', () => client.interrupt());
document.querySelector('#restart')!.addEventListener('click', () => void client.restart());
code.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.shiftKey) {
    e.preventDefault();
    void run();
  }
});
void run();
