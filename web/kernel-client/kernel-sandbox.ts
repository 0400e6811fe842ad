/**
 * The kernel in an iframe of its own origin and process: a KernelEndpoint (kernel-client.ts)
 * whose worker runs inside an opaque-origin sandboxed iframe (`sandbox="allow-scripts"`).
 *
 * Why: Chromium puts that iframe in a renderer process of its own, so a cell that fills the
 * JavaScript heap kills that process and not the page (measured: the same worker in the
 * page, or in a same-origin iframe, takes the tab down). And an opaque origin has no
 * storage of the app's: a cell cannot open the IndexedDB where notebooks and uploads live.
 *
 * The iframe is `srcdoc`: it inherits the page's COEP (with `allow="cross-origin-isolated"`
 * it is isolated, so the interrupt flag is shared memory there) on any host, including a
 * static one where only the service worker adds headers, which it cannot do for a sandboxed
 * frame's requests. Its only script is kernel-sandbox-host.ts. Its policy (a meta CSP, which
 * its workers inherit) lets scripts come only from the app's origin and blob:, and
 * connections only to the app's origin: a cell cannot send data elsewhere. The page's
 * messages reach the kernel worker on a MessagePort transferred once; the host answers
 * pings on a second port. A host that stops answering is a dead kernel process: the client
 * hears an 'error' and restarts the kernel.
 */
import type { FromKernel, ToKernel } from '../../kernel/protocol';
import type { KernelEndpoint } from './kernel-client';
import { sandboxHost, type SandboxControl, type SandboxReport, type SandboxStart } from './kernel-sandbox-host';

export interface SandboxOptions {
  /** The kernel worker's code (a build's one file) or its module's URL (the dev server). */
  script: Promise<SandboxStart['script']>;
  /** Make the shared interrupt flag (the page is cross-origin isolated, so the iframe can be). */
  isolated: boolean;
  /** Ping period; the kernel is dead after `misses` pings in a row are not answered. */
  pingMs?: number;
  misses?: number;
  /** How long the iframe may take to answer its first ping. */
  startMs?: number;
}

/** The iframe's document: its policy, then the host's script. */
export function sandboxDocument(origin: string): string {
  const csp = [
    "default-src 'none'",
    `script-src ${origin} blob: 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'`,
    'worker-src blob:',
    `connect-src ${origin} blob: data:`,
    'img-src blob: data:',
  ].join('; ');
  // `<\/` keeps the source text from closing the script element.
  const host = `(${sandboxHost.toString()})()`.replace(/<\//g, '<\\/');
  return `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><script>${host}</script>`;
}

type Listener = (ev: MessageEvent<FromKernel> | ErrorEvent) => void;

export function sandboxedKernel(options: SandboxOptions): KernelEndpoint & { interrupt(seq: number): void } {
  const pingMs = options.pingMs ?? 1000;
  const misses = options.misses ?? 4;
  const kernel = new MessageChannel();
  const control = new MessageChannel();
  const errors = new Set<Listener>();
  const frame = document.createElement('iframe');
  // Set before the frame navigates: they apply to the document it loads.
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('allow', 'cross-origin-isolated');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'kernel';
  // Not display: none, not 0 x 0, not off screen: Chromium throttles a cross-origin frame it
  // sees as hidden and may give its process a background priority. One transparent pixel.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none;';
  frame.srcdoc = sandboxDocument(location.origin);

  let sent = 0;
  let answered = 0;
  let timer: ReturnType<typeof setInterval> | null = null;
  let ended = false;
  const fail = (message: string) => {
    if (ended) return;
    stop();
    const ev = new ErrorEvent('error', { message });
    for (const l of errors) l(ev);
  };
  const stop = () => {
    ended = true;
    if (timer) clearInterval(timer);
    timer = null;
  };
  control.port1.onmessage = (ev: MessageEvent<SandboxReport>) => {
    const m = ev.data;
    if (m.type === 'pong') answered = Math.max(answered, m.n);
    else fail(m.message);
  };
  // A slow start (a loaded machine making a process) is not a death: misses count from the first answer.
  const started = Date.now();
  timer = setInterval(() => {
    const unanswered = sent - answered;
    if (answered === 0 ? Date.now() - started > (options.startMs ?? 30_000) : unanswered >= misses) {
      return fail(answered === 0 ? 'its process did not start' : 'its process stopped answering');
    }
    control.port1.postMessage({ type: 'ping', n: ++sent } satisfies SandboxControl);
  }, pingMs);

  frame.addEventListener('load', () => {
    void options.script.then(
      (script) => {
        if (ended) return;
        const start: SandboxStart = { script, kernel: kernel.port2, control: control.port2, isolated: options.isolated };
        // '*': the iframe's origin is opaque, no name can address it.
        frame.contentWindow?.postMessage(start, '*', [kernel.port2, control.port2]);
      },
      (e: Error) => fail(`the kernel's script could not be read: ${e.message}`),
    );
  }, { once: true });
  document.body.append(frame);

  kernel.port1.start();
  return {
    postMessage: (m: ToKernel, transfer: Transferable[] = []) => kernel.port1.postMessage(m, transfer),
    addEventListener(type: 'message' | 'error', listener: Listener) {
      if (type === 'message') kernel.port1.addEventListener('message', listener as (ev: MessageEvent) => void);
      else errors.add(listener);
    },
    terminate() {
      stop();
      kernel.port1.close();
      control.port1.close();
      frame.remove();
    },
    interrupt: (seq: number) => control.port1.postMessage({ type: 'interrupt', seq } satisfies SandboxControl),
  } as KernelEndpoint & { interrupt(seq: number): void };
}
