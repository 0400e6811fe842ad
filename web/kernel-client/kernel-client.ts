/**
 * The page side of the kernel protocol: starts the kernel worker (and the compiler worker
 * that runs esbuild for it, both at once), sends execute requests one at a time from a
 * queue, routes each reply to its cell by request id, interrupts, restarts, and notices a
 * kernel that died.
 *
 * The execute queue lives here, not in the worker: a failed cell aborts the cells queued
 * after it (Jupyter's rule), which the worker could not do for requests still waiting in
 * its event queue behind a blocked cell. Each cell is observed as Observable's runtime
 * observes a variable: pending (it started), output(s), then fulfilled or rejected.
 *
 * Imports only types from kernel/: the kernel, np and esbuild live in the workers.
 */
import type { DoneStatus, FromKernel, KernelState, Output, ToKernel } from '../../kernel/protocol';
import type { CompilerToPage, ToCompiler } from '../../kernel/compiler-protocol';

/** What the client needs of a Worker (a MessagePort wrapper in tests). */
export interface KernelEndpoint {
  postMessage(message: ToKernel, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<FromKernel>) => void): void;
  addEventListener(type: 'error', listener: (ev: ErrorEvent | Event) => void): void;
  terminate(): void;
  /**
   * Sets the interrupt flag to `seq` where the kernel reads it: a sandboxed kernel's flag
   * is its iframe's (web/kernel-client/kernel-sandbox.ts). Without it, the client shares its own flag.
   */
  interrupt?(seq: number): void;
}

/** What the client needs of the compiler worker (kernel/compiler-worker.ts). */
export interface CompilerEndpoint {
  postMessage(message: ToCompiler, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent<CompilerToPage>) => void): void;
  terminate(): void;
}

export interface KernelClientOptions {
  /** Starts a kernel: its worker in a sandboxed iframe (web/kernel-client/kernel-sandbox.ts), or a MessageChannel in tests. */
  spawn(): KernelEndpoint;
  /**
   * Starts the compiler worker, which runs esbuild for every kernel of this client: started
   * with the client, so esbuild comes up while the kernel loads np, and a restarted kernel
   * finds it warm. Without it, each kernel starts esbuild itself from `wasm`.
   */
  spawnCompiler?(): CompilerEndpoint;
  /** esbuild.wasm's URL (absolute, or relative to the page) or its module. */
  wasm: string | WebAssembly.Module;
  /**
   * esbuild.wasm, already being compiled by the page (see web/main.ts): the compiler worker
   * is given the module when it is done, or compiles `wasm` itself if this fails.
   */
  compiledWasm?: Promise<WebAssembly.Module>;
  /** Per-array allocation limit in the kernel, bytes (default: the kernel's, 1 GiB). */
  memoryLimit?: number;
  /** How long an interrupt may take before the kernel is restarted instead (isolated pages). */
  interruptGraceMs?: number;
  /** The same without cross-origin isolation, where only an awaiting cell can stop in place. */
  fallbackGraceMs?: number;
  /** A request the kernel does not take up within this time means it died. */
  ackTimeoutMs?: number;
  /**
   * Asks the user whether cells may read files from `origin` (a loader asked for `url`);
   * asked once per origin per session. Without it, other origins are refused.
   */
  askFetch?(origin: string, url: string): Promise<boolean>;
}

/** How a cell ended, with everything it output (late output from its timers is appended). */
export interface ExecuteReply {
  id: string;
  status: DoneStatus;
  executionCount: number | null;
  outputs: Output[];
  /** The kernel's compile and run times for this cell, in ms. */
  timings?: { compile: number; run: number };
}

/** Follows one cell, as an Observable observer: pending, output*, fulfilled | rejected. */
export interface CellObserver {
  pending?(executionCount: number): void;
  output?(output: Output): void;
  fulfilled?(reply: ExecuteReply): void;
  rejected?(reply: ExecuteReply): void;
}

export interface ExecuteOptions {
  cellId?: string;
  observer?: CellObserver;
  /** Abort the queued cells if this one fails (Jupyter's stop_on_error; default true). */
  stopOnError?: boolean;
  /** Jupyter's store_history (default true): false keeps the execution count and `_` as they were. */
  storeHistory?: boolean;
}

/** The kernel's ready message. */
export type ReadyInfo = Extract<FromKernel, { type: 'ready' }>;

interface Execution {
  id: string;
  seq: number;
  code: string;
  cellId?: string;
  observer: CellObserver;
  stopOnError: boolean;
  storeHistory: boolean;
  reply: ExecuteReply;
  resolve(reply: ExecuteReply): void;
}

const RECENT = 200;

/** Jupyter's words when a kernel dies. */
export const KERNEL_DIED = 'The kernel appears to have died. It will restart automatically.';

/** A URL the kernel can use (its sandbox has no base to resolve a relative one against). */
function absolute<T>(wasm: string | T): string | T {
  const base = globalThis.location?.href;
  return typeof wasm === 'string' && base ? new URL(wasm, base).href : wasm;
}
let ids = 0;

export class KernelClient {
  /** The kernel's state, as its status messages say (plus restarting/dead from here). */
  state: KernelState = 'starting';
  /** Resolves when the (current) kernel is ready; replaced by each restart. */
  ready!: Promise<ReadyInfo>;
  /** The last ready message. */
  info: ReadyInfo | null = null;
  /** The last compiler message: esbuild is up (TypeScript cells compile without waiting). */
  compiler: Extract<FromKernel, { type: 'compiler' }> | null = null;
  /** Whether a blocking cell can be interrupted in place (cross-origin isolated page). */
  readonly isolated: boolean;

  private endpoint: KernelEndpoint | null = null;
  private readonly compilerWorker: CompilerEndpoint | null;
  /**
   * esbuild's compiled module, from the compiler worker. Held only so that it outlives this
   * page a little: V8 shares compiled wasm by its bytes within the renderer, so after a
   * reload the new page's compiler finds the code this one compiled (and tiered up) until
   * the old page's objects are collected. A worker's own objects go with it: measured
   * without this, a reload recompiled 1300 functions (~0.7 s of CPU) to start esbuild.
   */
  private esbuildModule: WebAssembly.Module | null = null;
  private readonly flag: Int32Array | null;
  private readonly listeners = new Set<(m: FromKernel) => void>();
  private readonly queue: Execution[] = [];
  private readonly recent = new Map<string, Execution>();
  /** Origins the user let (true) or did not let (false) cells read files from, this session. */
  private readonly origins = new Map<string, boolean>();
  private running: Execution | null = null;
  private generation = 0;
  private seq = 0;
  private failedBoots = 0;
  private ackTimer: ReturnType<typeof setTimeout> | null = null;
  private readyResolve!: (info: ReadyInfo) => void;
  private readyReject!: (e: Error) => void;

  constructor(private readonly options: KernelClientOptions) {
    const w = options.wasm;
    this.isolated = typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated !== false;
    this.flag = this.isolated ? new Int32Array(new SharedArrayBuffer(4)) : null;
    this.compilerWorker = options.spawnCompiler?.() ?? null;
    if (this.compilerWorker) {
      this.compilerWorker.addEventListener('message', (ev) => (this.esbuildModule = ev.data.module));
      const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
      const start = (wasm: string | WebAssembly.Module) =>
        this.compilerWorker!.postMessage({
          type: 'start',
          wasm: absolute(wasm),
          streaming: navigation?.type !== 'reload',
        });
      if (options.compiledWasm) options.compiledWasm.then((m) => start((this.esbuildModule = m)), () => start(w));
      else start(w);
    }
    this.boot();
  }

  /** Every message from the kernel (and the client's own restart statuses). */
  on(listener: (m: FromKernel) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a cell. Resolves (never rejects) when it is done: ok, error, or aborted because
   * an earlier queued cell failed or the kernel was restarted.
   */
  execute(code: string, options: ExecuteOptions = {}): Promise<ExecuteReply> {
    return new Promise((resolve) => {
      const id = `exec-${++ids}`;
      const ex: Execution = {
        id,
        seq: 0,
        code,
        cellId: options.cellId,
        observer: options.observer ?? {},
        stopOnError: options.stopOnError ?? true,
        storeHistory: options.storeHistory ?? true,
        reply: { id, status: 'ok', executionCount: null, outputs: [] },
        resolve,
      };
      this.queue.push(ex);
      this.pump();
    });
  }

  /**
   * Interrupts the running cell (KeyboardInterrupt: variables stay). If it does not stop
   * within the grace time (no cross-origin isolation and a blocking cell, or a long np
   * call), the kernel is restarted and the cell says that every variable was lost.
   */
  interrupt(): void {
    const ex = this.running;
    if (!ex || !this.endpoint) return;
    if (this.info?.interruptible) {
      if (this.endpoint.interrupt) this.endpoint.interrupt(ex.seq);
      else if (this.flag) Atomics.store(this.flag, 0, ex.seq);
    }
    this.endpoint.postMessage({ type: 'interrupt', id: ex.id });
    const grace = this.info?.interruptible ? (this.options.interruptGraceMs ?? 3000) : (this.options.fallbackGraceMs ?? 300);
    setTimeout(() => {
      if (this.running === ex) {
        this.restartWith(ex, {
          ename: 'KeyboardInterrupt',
          evalue: this.info?.interruptible
            ? 'the cell did not stop, so the kernel was restarted: every variable was lost'
            : 'this page is not cross-origin isolated, so a running cell can only be stopped by restarting the kernel: every variable was lost',
        });
      }
    }, grace);
  }

  /** Restarts the kernel: a fresh worker, every variable gone. Resolves when it is ready. */
  restart(): Promise<ReadyInfo> {
    this.restartWith(this.running, { ename: 'KernelRestart', evalue: 'the kernel was restarted while this cell ran' });
    return this.ready;
  }

  /**
   * Sends a message that is not a cell (uploaded files, the working directory) to the
   * current kernel, if it is ready; a new kernel knows nothing of it, so senders send
   * again on each 'ready' (listeners hear it before any queued cell is sent).
   */
  post(message: ToKernel, transfer: Transferable[] = []): boolean {
    if (!this.info || !this.endpoint) return false;
    this.endpoint.postMessage(message, transfer);
    return true;
  }

  /** Stops the kernel for good. */
  dispose(): void {
    this.generation++;
    this.endpoint?.terminate();
    this.endpoint = null;
    this.compilerWorker?.terminate();
    this.abortQueue();
    this.setState('dead');
  }

  private boot(): void {
    const gen = ++this.generation;
    this.seq = 0;
    if (this.flag) Atomics.store(this.flag, 0, 0);
    this.info = null;
    this.compiler = null;
    this.ready = new Promise<ReadyInfo>((res, rej) => {
      this.readyResolve = res;
      this.readyReject = rej;
    });
    this.ready.catch(() => {});
    this.setState('starting');
    const ep = this.options.spawn();
    this.endpoint = ep;
    ep.addEventListener('message', (ev: MessageEvent<FromKernel>) => gen === this.generation && this.receive(ev.data));
    ep.addEventListener('error', (ev: ErrorEvent | Event) => {
      if (gen !== this.generation) return;
      (ev as Event).preventDefault?.();
      this.crashed((ev as ErrorEvent).message || 'the worker failed');
    });
    ep.postMessage({
      type: 'init',
      interrupt: ep.interrupt ? null : ((this.flag?.buffer as SharedArrayBuffer | undefined) ?? null),
      memoryLimit: this.options.memoryLimit,
      page: globalThis.location?.href,
    });
    if (this.compilerWorker) {
      // A port of its own to the compiler: the kernel hears there when esbuild is up.
      const { port1, port2 } = new MessageChannel();
      this.compilerWorker.postMessage({ type: 'connect', port: port1 }, [port1]);
      ep.postMessage({ type: 'compiler', port: port2 }, [port2]);
    } else ep.postMessage({ type: 'esbuild', wasm: absolute(this.options.wasm) });
  }

  private receive(m: FromKernel): void {
    switch (m.type) {
      case 'status':
        this.state = m.state;
        break;
      case 'compiler':
        this.compiler = m;
        break;
      case 'ready':
        this.info = m;
        this.failedBoots = 0;
        this.readyResolve(m);
        break;
      case 'execute_input': {
        const ex = this.recent.get(m.parent);
        if (this.ackTimer) clearTimeout(this.ackTimer);
        this.ackTimer = null;
        if (ex) {
          ex.reply.executionCount = m.executionCount;
          ex.observer.pending?.(m.executionCount);
        }
        break;
      }
      case 'stream':
      case 'display':
      case 'result':
      case 'error': {
        const ex = this.recent.get(m.parent);
        if (ex) {
          ex.reply.outputs.push(m);
          ex.observer.output?.(m);
        }
        break;
      }
      case 'fetch':
        void this.fetchFor(m);
        break;
      case 'rasterize':
        void this.rasterizeFor(m);
        break;
      case 'done': {
        const ex = this.recent.get(m.parent);
        if (ex && ex === this.running) {
          ex.reply.executionCount = m.executionCount;
          if (m.timings) ex.reply.timings = m.timings;
          this.running = null;
          this.finish(ex, m.status);
          if (m.status === 'error' && ex.stopOnError) this.abortQueue();
        }
        break;
      }
    }
    this.emit(m);
    if (m.type === 'ready' || m.type === 'done') this.pump();
  }

  /**
   * A loader's request for a file on another origin (the kernel's worker may not reach one
   * itself): the user is asked once per origin; the file is fetched without credentials.
   */
  private async fetchFor(m: Extract<FromKernel, { type: 'fetch' }>): Promise<void> {
    const ep = this.endpoint;
    const reply = (r: Extract<ToKernel, { type: 'fetched' }>) => ep?.postMessage(r, r.buffer ? [r.buffer] : []);
    let origin: string;
    try {
      origin = new URL(m.url).origin;
    } catch {
      return reply({ type: 'fetched', id: m.id, ok: false, error: `not a URL: ${m.url}` });
    }
    // The app's own files (the sandboxed kernel's origin is opaque, so they come this way too).
    let allowed = origin === globalThis.location?.origin ? true : this.origins.get(origin);
    if (allowed === undefined) {
      allowed = (await this.options.askFetch?.(origin, m.url).catch(() => false)) ?? false;
      this.origins.set(origin, allowed);
    }
    if (!allowed) return reply({ type: 'fetched', id: m.id, ok: false, denied: true });
    try {
      const res = await fetch(m.url, { credentials: 'omit' });
      const buffer = await res.arrayBuffer();
      reply({ type: 'fetched', id: m.id, ok: res.ok, status: res.status, statusText: res.statusText, contentType: res.headers.get('content-type') ?? '', buffer });
    } catch (e) {
      reply({ type: 'fetched', id: m.id, ok: false, error: `Failed to fetch ${m.url} (${(e as Error).message}; the server may not allow cross-origin requests: CORS)` });
    }
  }

  /** `plt.savefig()` in a cell: the figure drawn by the renderer that draws figure outputs. */
  private async rasterizeFor(m: Extract<FromKernel, { type: 'rasterize' }>): Promise<void> {
    const ep = this.endpoint;
    try {
      const { rasterizeFigure } = await import('../outputs/renderers/figure-draw');
      const png = (await rasterizeFigure(m.figure as Parameters<typeof rasterizeFigure>[0], m.dpi)).slice().buffer;
      ep?.postMessage({ type: 'rasterized', id: m.id, png }, [png]);
    } catch (e) {
      ep?.postMessage({ type: 'rasterized', id: m.id, error: (e as Error).message });
    }
  }

  /** Sends the next queued cell if the kernel is ready and free. */
  private pump(): void {
    if (this.running || !this.info || !this.endpoint) return;
    const ex = this.queue.shift();
    if (!ex) return;
    this.running = ex;
    ex.seq = ++this.seq;
    this.recent.set(ex.id, ex);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.endpoint.postMessage({ type: 'execute', id: ex.id, seq: ex.seq, code: ex.code, cellId: ex.cellId, ...(ex.storeHistory ? {} : { storeHistory: false }) });
    const timeout = this.options.ackTimeoutMs ?? 10_000;
    this.ackTimer = setTimeout(() => {
      if (this.running === ex && ex.reply.executionCount === null) this.crashed('it stopped responding');
    }, timeout);
  }

  private finish(ex: Execution, status: DoneStatus): void {
    ex.reply.status = status;
    if (status === 'ok') ex.observer.fulfilled?.(ex.reply);
    else ex.observer.rejected?.(ex.reply);
    ex.resolve(ex.reply);
  }

  /** Jupyter's rule: after a failure the queued cells do not run; they say so. */
  private abortQueue(): void {
    for (const ex of this.queue.splice(0)) {
      this.emit({ type: 'done', parent: ex.id, status: 'aborted', executionCount: null });
      this.finish(ex, 'aborted');
    }
  }

  /** Ends `ex` (if any) with an error output, aborts the queue, and starts a new worker. */
  private restartWith(ex: Execution | null, error: { ename: string; evalue: string }, reason?: string): void {
    this.generation++;
    this.endpoint?.terminate();
    this.endpoint = null;
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.running = null;
    if (ex) {
      const out: Output = { type: 'error', parent: ex.id, ...error, traceback: [`${error.ename}: ${error.evalue}`] };
      ex.reply.outputs.push(out);
      ex.observer.output?.(out);
      this.emit(out);
      this.emit({ type: 'done', parent: ex.id, status: 'error', executionCount: ex.reply.executionCount });
      this.finish(ex, 'error');
    }
    this.abortQueue();
    this.setState('restarting', reason ?? (ex ? error.evalue : 'restart requested'));
    this.boot();
  }

  private crashed(detail: string): void {
    if (!this.info) {
      // Not started yet: try once more (queued cells wait), then give up loudly.
      this.generation++;
      this.endpoint?.terminate();
      this.endpoint = null;
      if (++this.failedBoots < 2) return this.boot();
      this.abortQueue();
      this.setState('dead', `the kernel could not start: ${detail}`);
      this.readyReject(new Error(`the kernel could not start: ${detail}`));
      return;
    }
    this.restartWith(this.running, { ename: 'KernelDied', evalue: `${KERNEL_DIED} (${detail}; every variable was lost)` }, KERNEL_DIED);
  }

  private setState(state: KernelState, reason?: string): void {
    this.state = state;
    this.emit({ type: 'status', state, ...(reason ? { reason } : {}) });
  }

  private emit(m: FromKernel): void {
    for (const l of this.listeners) l(m);
  }
}
