/**
 * The script of the kernel's sandboxed iframe (web/kernel-client/kernel-sandbox.ts writes it into the
 * iframe by its source text, so it must stay self-contained: no imports, nothing named from
 * outside the function). The iframe's origin is opaque, so Chromium gives it a process of
 * its own: a cell that fills the JavaScript heap takes this process down, not the page.
 *
 * It starts the kernel worker from a blob: URL (the only script URL an opaque origin may
 * start a worker from), as a classic worker (Chromium refuses a module worker's blob: script
 * in an opaque origin, measured) whose one line imports the kernel's module: the build's
 * one file, which the page fetched and this script makes a blob: URL of, or the dev
 * server's module (read with CORS). The worker says `loaded` when its module has run; then
 * the kernel's own port goes to it. The page talks to this script only on the
 * control port: pings it answers while the worker is busy (a busy kernel is not a dead
 * one), interrupts it writes into the flag it shares with the worker (the page cannot share
 * memory with another origin), and the worker's load errors it reports.
 */

/** The page's first message to the iframe (posted to its window, ports transferred). */
export interface SandboxStart {
  /** The kernel worker's code, or the URL of its module. */
  script: { text: string } | { url: string };
  /** The kernel protocol's port (kernel/protocol.ts), handed to the worker. */
  kernel: MessagePort;
  /** Control: SandboxControl in, SandboxReport out. */
  control: MessagePort;
  /** Make the shared interrupt flag (when the iframe is cross-origin isolated). */
  isolated: boolean;
}

export type SandboxControl = { type: 'ping'; n: number } | { type: 'interrupt'; seq: number };
export type SandboxReport = { type: 'pong'; n: number } | { type: 'error'; message: string };

/** The host's first message to the kernel worker, once it said `loaded` (kernel/worker.ts reads it). */
export interface KernelWorkerStart {
  port: MessagePort;
  interrupt: SharedArrayBuffer | null;
}

export function sandboxHost(): void {
  const first = (ev: MessageEvent<SandboxStart>): void => {
    if (ev.source !== parent) return;
    removeEventListener('message', first);
    const { script, kernel, control, isolated } = ev.data;
    const report = (m: SandboxReport) => control.postMessage(m);
    const module = 'text' in script ? URL.createObjectURL(new Blob([script.text], { type: 'text/javascript' })) : script.url;
    // A module that fails to load becomes an uncaught error: the worker's error event.
    const code = `import(${JSON.stringify(module)}).catch((e) => setTimeout(() => { throw e; }));\n`;
    const flag = isolated && crossOriginIsolated ? new SharedArrayBuffer(4) : null;
    const word = flag && new Int32Array(flag);
    let worker: Worker;
    try {
      worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'numbook-kernel' });
    } catch (e) {
      return report({ type: 'error', message: `the kernel worker could not start: ${(e as Error).message}` });
    }
    worker.onerror = (e) => {
      e.preventDefault();
      report({ type: 'error', message: e.message || 'the kernel worker failed to load' });
    };
    const start: KernelWorkerStart = { port: kernel, interrupt: flag };
    // Messages from the worker after `loaded` are a cell's (`self.postMessage`): ignored.
    worker.onmessage = () => {
      worker.onmessage = null;
      worker.postMessage(start, [kernel]);
    };
    control.onmessage = (e: MessageEvent<SandboxControl>) => {
      const m = e.data;
      if (m.type === 'ping') report({ type: 'pong', n: m.n });
      else if (m.type === 'interrupt' && word) Atomics.store(word, 0, m.seq);
    };
  };
  addEventListener('message', first);
}
