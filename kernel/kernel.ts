/**
 * The kernel: the protocol (protocol.ts) on one port, dispatched to the executor. It runs
 * wherever it gets a port: worker.ts gives it the worker's global scope; tests in Node
 * give it one end of a MessageChannel.
 *
 * Requests run one at a time in arrival order. The page-side client keeps the notebook's
 * execute queue (and applies Jupyter's rule that a failure aborts the cells queued after
 * it), so a request here is only ever queued behind one that is finishing.
 */
import { np, NDArray } from '../runtime/index';
import { setMemoryLimit } from '../runtime/allocate';
import type { Esbuild } from './compile';
import type { MimeBundle, ToKernel } from './protocol';
import { Channel, type KernelPort } from './channel';
import { captureConsole } from './console';
import { bundleOf, rawBundle } from './display';
import { loadImage, loadAudio, loadText } from './loaders';
import { Executor } from './execute';
import { Interrupter } from './interrupt';
import { provide } from './scope';
import { listVariables } from './variables';
import { FileTable } from './files';
import { setSourceHost } from '../runtime/source';
import { makePrint, len, guardNamespace } from './python';
import { RemoteFetch } from './remote-fetch';
import { check, exercisesRuntime } from './exercises/check';
import * as pyplot from '../runtime/plt/pyplot';
import { closeAll, flushFigures, setRasterizer, setShowHook } from '../runtime/plt/state';
import type { Figure } from '../runtime/plt/figure';
import { FIGURE_MIME } from '../runtime/plt/spec';
import { figureTransfer } from './figures';
import { PageRasterizer } from './page-rasterizer';

/** Per-array allocation limit: np raises MemoryError past it instead of the tab dying. */
export const DEFAULT_MEMORY_LIMIT = 2 ** 30;

export interface KernelOptions {
  /**
   * esbuild from what the page sent (once per worker; cells needing it wait): the port of
   * the page's compiler worker, or the module or URL of esbuild.wasm to start it here.
   */
  loadEsbuild(source: MessagePort | WebAssembly.Module | string): Promise<Esbuild>;
  /** performance.now() when np finished loading (for the ready message's timings). */
  npLoadedAt?: number;
  /**
   * The interrupt flag, when the page cannot share memory with the kernel (a sandboxed
   * kernel's iframe makes it: web/kernel-client/kernel-sandbox-host.ts); init's own flag comes first.
   */
  interrupt?: SharedArrayBuffer | null;
  /** Console text that is not the user's (the dev server's client logs in the worker too). */
  ignoreConsole?: (text: string) => boolean;
}

/** display()'s options, as IPython's display(obj, raw=, metadata=, display_id=, update=). */
export interface DisplayOptions {
  /** `value` is a MIME bundle ({'text/html': ...}) to show as is. */
  raw?: boolean;
  metadata?: Record<string, unknown>;
  /** Names the output so a later display with `update: true` replaces it. */
  display_id?: string;
  update?: boolean;
  /** How an ndarray is first drawn (the reader can still switch): kept as `metadata.numbook.view`. */
  view?: 'text' | 'table' | 'heatmap' | 'image' | 'plot';
}

/** The output's metadata: `opts.metadata` with `opts.view` merged into its `numbook` entry. */
function displayMetadata(opts: DisplayOptions): Record<string, unknown> {
  const metadata = opts.metadata ?? {};
  if (opts.view === undefined) return metadata;
  return { ...metadata, numbook: { ...(metadata.numbook as object | undefined), view: String(opts.view) } };
}

/** `np.zeroes` and `np.random.rnd` raise Python's AttributeError with a suggestion. */
function guardNamespaces(): void {
  guardNamespace(np, 'numpy');
  for (const [name, v] of Object.entries(np)) {
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) guardNamespace(v, `numpy.${name}`);
  }
}

export class Kernel {
  private readonly channel: Channel;
  private executor: Executor | null = null;
  private ready: Promise<void> | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Request being run, and the last one run (output from timers it left goes there). */
  private current: string | null = null;
  private lastParent = '';
  private readonly restoreConsole: () => void;
  /** esbuild, once the page sends its module; cells that need it wait on this. */
  private esbuildResolve!: (e: Esbuild) => void;
  private readonly esbuild = new Promise<Esbuild>((resolve) => (this.esbuildResolve = resolve));
  private esbuildLoading = false;
  /** savefig's drawing, done by the page (page-rasterizer.ts). */
  private readonly rasterizer = new PageRasterizer((m) => this.channel.send(m));
  /** Uploaded files and the working directory, read by every loader (files.ts). */
  readonly files = new FileTable();

  constructor(port: KernelPort, private readonly options: KernelOptions) {
    this.channel = new Channel(port);
    this.restoreConsole = captureConsole((name, text) => {
      if (!options.ignoreConsole?.(text)) this.channel.write(this.parent, name, text);
    });
    provide('np', np);
    guardNamespaces();
    provide('print', makePrint((text) => this.channel.write(this.parent, 'stdout', text)));
    provide('len', len);
    provide('display', (value: unknown, opts?: DisplayOptions) => this.display(value, opts));
    provide('loadImage', loadImage);
    provide('loadAudio', loadAudio);
    provide('loadText', loadText);
    // matplotlib's pyplot: figures a cell draws are shown when it ends (Jupyter's inline backend).
    const plt = { ...pyplot };
    guardNamespace(plt, 'matplotlib.pyplot');
    provide('plt', plt);
    closeAll();
    setShowHook((fig) => this.displayFigure(fig));
    setRasterizer(this.rasterizer.rasterize);
    // Exercise checks (kernel/exercises/): `check` for checks written as code, the runner for the page's check programs.
    provide('check', check);
    provide('__numbook_exercises', exercisesRuntime);
    this.files.remote = new RemoteFetch((m) => this.channel.send(m));
    this.files.announce = (m, transfer) => this.channel.send(m, transfer);
    provide('fetch', this.files.remote.cellFetch);
    setSourceHost(this.files);
    port.addEventListener('message', (ev: MessageEvent<ToKernel>) => this.receive(ev.data));
    this.channel.send({ type: 'status', state: 'starting' });
  }

  /** The request output belongs to now. */
  private get parent(): string {
    return this.current ?? this.lastParent;
  }

  private receive(m: ToKernel): void {
    switch (m.type) {
      case 'init':
        this.ready ??= this.init(m);
        break;
      case 'esbuild':
        this.loadEsbuild(m.wasm);
        break;
      case 'compiler':
        this.loadEsbuild(m.port);
        break;
      case 'execute':
        this.chain = this.chain.then(() => this.execute(m.id, m.seq, m.code, m.storeHistory ?? true)).catch((e) => this.internalError(m.id, e));
        break;
      case 'interrupt':
        if (this.current === m.id) this.executor?.interruptAwaiting();
        break;
      case 'files':
        this.files.apply(m);
        break;
      case 'cwd':
        this.files.setBase(m.url);
        break;
      case 'fetched':
        this.files.remote?.answer(m);
        break;
      case 'rasterized':
        this.rasterizer.answer(m);
        break;
      // The inspector's questions wait for the running cell: rows from a half-run cell would mislead.
      case 'variables':
        this.chain = this.chain.then(() => this.channel.send({ type: 'variables', id: m.id, variables: listVariables() }));
        break;
      case 'variable':
        this.chain = this.chain.then(() => this.sendVariable(m.id, m.name));
        break;
    }
  }

  /** One variable as display() would show it (the inspector's click). */
  private sendVariable(id: number, name: string): void {
    const g = globalThis as unknown as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(g, name)) {
      this.channel.send({ type: 'variable', id, name, error: `NameError: name '${name}' is not defined` });
      return;
    }
    try {
      const { data, transfer } = bundleOf(g[name]);
      this.channel.send({ type: 'variable', id, name, data }, transfer);
    } catch (e) {
      this.channel.send({ type: 'variable', id, name, error: String((e as Error)?.message ?? e) });
    }
  }

  private loadEsbuild(source: MessagePort | WebAssembly.Module | string): void {
    if (this.esbuildLoading) return;
    this.esbuildLoading = true;
    this.options.loadEsbuild(source).then(
      (esbuild) => {
        this.channel.send({ type: 'compiler', ok: true, esbuildVersion: esbuild.version, at: performance.now() });
        this.esbuildResolve(esbuild);
      },
      (e) => {
        const error = e instanceof Error ? e.message : String(e);
        this.channel.send({ type: 'compiler', ok: false, esbuildVersion: '', at: performance.now(), error });
        // TypeScript cells fail with this instead of waiting for ever.
        const failed: Esbuild = { version: '', transform: () => Promise.reject(new Error(`esbuild failed to start: ${error}`)) };
        this.esbuildResolve(failed);
      },
    );
  }

  private async init(m: Extract<ToKernel, { type: 'init' }>): Promise<void> {
    setMemoryLimit(m.memoryLimit ?? DEFAULT_MEMORY_LIMIT);
    if (m.page) this.files.remote?.setPage(m.page);
    const interrupter = new Interrupter(m.interrupt ?? this.options.interrupt ?? null);
    this.executor = new Executor(this.esbuild, interrupter, {
      numbook: { np, NDArray, display: (globalThis as Record<string, unknown>).display, plt: (globalThis as Record<string, unknown>).plt, default: np },
    });
    this.channel.send({
      type: 'ready',
      interruptible: interrupter.shared,
      timings: { np: this.options.npLoadedAt ?? 0, total: performance.now(), origin: performance.timeOrigin },
    });
    this.channel.send({ type: 'status', state: 'idle' });
  }

  private async execute(id: string, seq: number, code: string, storeHistory: boolean): Promise<void> {
    if (!this.ready) throw new Error('execute before init');
    await this.ready;
    const ex = this.executor!;
    this.current = id;
    this.channel.send({ type: 'status', state: 'busy', parent: id });
    let count: number | null = null;
    let timings: { compile: number; run: number } | undefined;
    const status = await ex.run(code, seq, {
      input: (n) => {
        count = n;
        this.channel.send({ type: 'execute_input', parent: id, executionCount: n, code });
      },
      result: (value, n) => {
        const b = bundleOf(value);
        this.channel.send({ type: 'result', parent: id, executionCount: n, data: b.data, metadata: {} }, b.transfer);
      },
      error: (parts) => this.channel.send({ type: 'error', parent: id, ...parts }),
      warning: (text) => this.channel.write(id, 'stderr', text),
      timings: (compile, run) => (timings = { compile, run }),
    }, { storeHistory });
    // Figures the cell left open are shown, then closed, even after an error (as Jupyter's inline backend).
    try {
      flushFigures();
    } catch (e) {
      this.channel.write(id, 'stderr', `Figure could not be shown: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    }
    this.channel.send({ type: 'done', parent: id, status, executionCount: count, ...(timings ? { timings } : {}) });
    this.lastParent = id;
    this.current = null;
    this.channel.send({ type: 'status', state: 'idle', parent: id });
  }

  /** A failure of the kernel itself while running a request: reported, and the queue goes on. */
  private internalError(id: string, e: unknown): void {
    const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    this.channel.send({ type: 'error', parent: id, ename: 'KernelError', evalue: text, traceback: [`KernelError: ${text}`] });
    this.channel.send({ type: 'done', parent: id, status: 'error', executionCount: null });
    this.current = null;
    this.channel.send({ type: 'status', state: 'idle', parent: id });
  }

  /** The `display` global: a rich output now, in order with the cell's other output. */
  display(value: unknown, opts: DisplayOptions = {}): void {
    const b = opts.raw && value !== null && typeof value === 'object' ? rawBundle(value as Record<string, unknown>) : bundleOf(value);
    this.channel.send(
      {
        type: 'display',
        parent: this.parent,
        data: b.data,
        metadata: displayMetadata(opts),
        ...(opts.display_id !== undefined ? { displayId: String(opts.display_id) } : {}),
        ...(opts.update ? { update: true } : {}),
      },
      b.transfer,
    );
  }

  /**
   * A figure as an output: the figure's data (drawn by the page's figure renderer) and
   * matplotlib's text (`<Figure size 640x480 with 1 Axes>`); a figure without Axes is its
   * text only, as Jupyter shows it.
   */
  displayFigure(fig: Figure): void {
    const data: MimeBundle = { 'text/plain': fig.repr() };
    let transfer: ArrayBuffer[] = [];
    if (fig.axes.length) {
      const spec = fig.spec();
      data[FIGURE_MIME] = spec;
      transfer = figureTransfer(spec);
    }
    this.channel.send({ type: 'display', parent: this.parent, data, metadata: {} }, transfer);
  }

  /** An error no cell caught (a timer's, an unawaited promise's): stderr of the cell it came from. */
  background(err: unknown, prefix = 'Uncaught'): void {
    const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    this.channel.write(this.parent, 'stderr', `${prefix} ${text}\n`);
  }

  /** Puts the console back (tests; a worker just ends). */
  dispose(): void {
    this.restoreConsole();
  }
}
