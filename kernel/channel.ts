/**
 * The kernel's outgoing side: every message to the page goes through here, in order.
 *
 * Stream text (console output) is buffered and sent in chunks: a cell printing in a tight
 * loop would otherwise post a message per line. The buffer is flushed before any other
 * message (so a display or the result never overtakes text printed before it), when it
 * grows large, when it is older than FLUSH_MS at the next write (a long synchronous cell
 * still shows its output as it goes), and by a timer while the worker is idle or awaiting.
 */
import type { FromKernel } from './protocol';

/** The port the kernel talks through: a worker's global scope or a MessagePort. */
export interface KernelPort {
  postMessage(message: FromKernel, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
}

const FLUSH_MS = 50;
const FLUSH_BYTES = 64 * 1024;

// Captured once: a cell may rebind the globals.
const now = performance.now.bind(performance);
const later = setTimeout;

export class Channel {
  private buf: { name: 'stdout' | 'stderr'; parent: string; text: string } | null = null;
  private since = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly port: KernelPort) {}

  /** Sends a message (flushing buffered stream text first); `transfer` moves buffers. */
  send(message: FromKernel, transfer: Transferable[] = []): void {
    this.flush();
    this.port.postMessage(message, transfer);
  }

  /** Appends console text for `parent`; consecutive text of one stream is one message. */
  write(parent: string, name: 'stdout' | 'stderr', text: string): void {
    const b = this.buf;
    if (b && (b.name !== name || b.parent !== parent)) this.flush();
    if (this.buf) this.buf.text += text;
    else {
      this.buf = { name, parent, text };
      this.since = now();
      this.timer ??= later(() => {
        this.timer = null;
        this.flush();
      }, FLUSH_MS);
    }
    if (this.buf!.text.length > FLUSH_BYTES || now() - this.since > FLUSH_MS) this.flush();
  }

  /** Sends buffered stream text now. */
  flush(): void {
    const b = this.buf;
    if (!b) return;
    this.buf = null;
    this.port.postMessage({ type: 'stream', parent: b.parent, name: b.name, text: b.text }, []);
  }
}
