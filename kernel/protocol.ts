/**
 * The kernel's message protocol: the only thing web/ and kernel/ share. Request and reply
 * types, nothing else (web/ imports these as types; no value crosses the boundary).
 *
 * Names follow Jupyter's messaging (execute_input, stream, display_data, execute_result,
 * error, status) so saving a notebook to .ipynb is a direct mapping:
 *
 *   page ── init ───────────────▶ kernel            once per worker (restart = new worker)
 *        ◀── ready ─────────────  (np loaded: cells run)
 *        ── compiler{port} ────▶  (or esbuild{wasm}: the kernel starts esbuild itself)
 *        ◀── compiler ──────────  (TypeScript cells compile)
 *        ── execute{id, code} ─▶
 *        ◀── status busy, execute_input{executionCount},
 *            stream* / display* (in the order the cell made them), result?, error?,
 *            done{status}, status idle
 *        ── interrupt{id} ─────▶  (plus the shared flag, which works while the cell blocks)
 *        ── files / cwd ───────▶  (uploads and the working directory, after each ready)
 *        ── variables{id} ────▶  (the variable inspector, between cells)
 *        ◀── variables{id, rows}
 *        ── variable{id, name} ▶ ◀── variable{id, data} (one variable as a bundle)
 *
 * Every kernel message about a cell names it by `parent` (the execute request's `id`).
 * Output made after a cell finished (a timer it left behind) names the last cell run,
 * as in Jupyter.
 */

/** A plt figure as data (runtime/plt/spec.ts): what the page's figure renderer draws. */
export type { FigureSpec } from '../runtime/plt/spec';

/** The MIME type of an ndarray in a bundle. */
export type NDArrayMime = 'application/vnd.numbook.ndarray+json';

/**
 * An ndarray as it crosses the boundary: C-order elements in a transferred ArrayBuffer of
 * its own (never the array's live storage), read with the typed array named by `storage`.
 * int64 and uint64 arrive as Float64Array (the runtime stores them as doubles), bool as
 * Uint8Array of 0/1.
 */
export interface NDArrayPayload {
  dtype: 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'float32' | 'float64';
  shape: number[];
  storage: 'Uint8Array' | 'Int8Array' | 'Int16Array' | 'Int32Array' | 'Uint16Array' | 'Uint32Array' | 'Float32Array' | 'Float64Array';
  /** The elements; absent when the array is larger than the kernel sends (`truncated`). */
  buffer?: ArrayBuffer;
  /** True when `buffer` was left out because the array is too large to send. */
  truncated?: boolean;
}

/**
 * A rendermime bundle: one value in several representations, the UI picks the richest it
 * can draw. `text/plain` is always there (NumPy's repr for an ndarray).
 */
export interface MimeBundle {
  'text/plain': string;
  'text/html'?: string;
  'text/markdown'?: string;
  'image/svg+xml'?: string;
  'application/json'?: unknown;
  'application/vnd.numbook.ndarray+json'?: NDArrayPayload;
  [mime: string]: unknown;
}

/** One row of the variable inspector (kernel/variables.ts). */
export interface VariableSummary {
  name: string;
  /** 'ndarray', 'number', 'string', 'function', or an object's class name ('Map', 'Figure'). */
  type: string;
  /** An ndarray's shape; a string's, Array's, typed array's, Map's or Set's length. */
  shape?: number[];
  dtype?: string;
  /** Bytes of storage: an ndarray's nbytes, a typed array's or ArrayBuffer's byteLength. */
  bytes?: number;
  /** One line, at most 80 characters (an array's edges only). */
  preview: string;
}

/** A request from the page to the kernel worker. */
export type ToKernel =
  | {
      type: 'init';
      /**
       * Int32Array[1] over shared memory: the page stores the `seq` of the execute request
       * to interrupt; loop guards in cell code read it. Null when the page is not
       * cross-origin isolated (interrupting a blocking cell then needs a restart), or when
       * the kernel's sandbox holds the flag (the page cannot share memory with it).
       */
      interrupt: SharedArrayBuffer | null;
      /** Largest ndarray allocation in bytes (MemoryError beyond). */
      memoryLimit?: number;
      /**
       * The page's address: relative URLs in cells resolve against it, and its origin's files
       * are read through the page (the sandboxed kernel's own origin is opaque).
       */
      page?: string;
    }
  | {
      /**
       * esbuild's WebAssembly module or the URL of esbuild.wasm: the kernel starts esbuild on
       * its own thread (a page without a compiler worker). Sent after init: the kernel is
       * ready before esbuild, plain-JavaScript cells do not need it.
       */
      type: 'esbuild';
      wasm: WebAssembly.Module | string;
    }
  | {
      /**
       * Instead of `esbuild`, sent with init: esbuild already starting in the page's compiler
       * worker (compiler-worker.ts, shared by the page's kernels); the kernel sends its
       * transforms to this port and says `compiler` once the worker says esbuild is up.
       */
      type: 'compiler';
      port: MessagePort;
    }
  | {
      type: 'execute';
      /** Request id; replies name it as `parent`. */
      id: string;
      /** Positive int32, increasing per request: what the interrupt flag holds. */
      seq: number;
      code: string;
      /** The notebook cell this code came from (for the UI; the kernel only echoes it). */
      cellId?: string;
      /**
       * Jupyter's store_history (default true). False for code the page runs on its own
       * behalf (an exercise's checks): the execution count does not advance and `_` is kept,
       * so the user's numbering and last result are as they were.
       */
      storeHistory?: boolean;
    }
  | { type: 'interrupt'; id: string }
  | {
      /**
       * The open notebook's uploaded files (dropped on the page or picked in a dialog):
       * loaders read them by name (`await loadImage('scene.png')`), as files next to a
       * notebook in Jupyter. Buffers are transferred. The page sends every file again to
       * each new kernel (restart), and `clear` first when another notebook is opened.
       */
      type: 'files';
      clear?: boolean;
      remove?: string[];
      put?: { name: string; buffer: ArrayBuffer }[];
    }
  | {
      /**
       * The working directory: the URL relative paths in loaders resolve against (the
       * notebook's location for a shipped or linked notebook, else the page's).
       */
      type: 'cwd';
      url: string;
    }
  | {
      /**
       * The answer to a 'fetch' request: the response's bytes (transferred), or why there
       * are none (`denied`: the user said no to that origin).
       */
      type: 'fetched';
      id: number;
      ok: boolean;
      status?: number;
      statusText?: string;
      contentType?: string;
      buffer?: ArrayBuffer;
      error?: string;
      denied?: boolean;
    }
  | {
      /** The answer to 'rasterize': the figure's PNG bytes (transferred), or why there are none. */
      type: 'rasterized';
      id: number;
      png?: ArrayBuffer;
      error?: string;
    }
  /** The variable inspector asks for every variable's row (answered between cells). */
  | { type: 'variables'; id: number }
  /** The variable inspector asks for one variable as a display bundle (a click on its row). */
  | { type: 'variable'; id: number; name: string };

/** Lifecycle state, as Jupyter's status message (plus the page-side restart states). */
export type KernelState = 'starting' | 'idle' | 'busy' | 'restarting' | 'dead';

/** Why a cell finished: 'aborted' cells never ran (an earlier cell failed: Jupyter's rule). */
export type DoneStatus = 'ok' | 'error' | 'aborted';

/** A cell output: what the notebook stores and draws (Jupyter's output types). */
export type Output =
  | { type: 'stream'; parent: string; name: 'stdout' | 'stderr'; text: string }
  | { type: 'display'; parent: string; data: MimeBundle; metadata: Record<string, unknown>; displayId?: string; update?: boolean }
  | { type: 'result'; parent: string; executionCount: number; data: MimeBundle; metadata: Record<string, unknown> }
  | {
      type: 'error';
      parent: string;
      /** Class name, as Python's: 'ValueError', 'SyntaxError', 'KeyboardInterrupt'. */
      ename: string;
      evalue: string;
      /** Lines, most recent call last, naming `Cell In[n], line L, col C` of the user's TypeScript. */
      traceback: string[];
    };

/** A message from the kernel worker (or, for restarts, from the page-side client). */
export type FromKernel =
  | { type: 'status'; state: KernelState; parent?: string; reason?: string }
  | {
      /** The kernel runs cells from now on (TypeScript ones wait for esbuild if need be). */
      type: 'ready';
      /** True when the shared interrupt flag is in use (loops stop without a restart). */
      interruptible: boolean;
      /**
       * Milliseconds since the worker started: np loaded, and ready; `origin` is the worker's
       * performance.timeOrigin (places these times on the page's clock).
       */
      timings: { np: number; total: number; origin?: number };
    }
  | {
      /** esbuild initialised (or failed to): TypeScript cells compile from now on. */
      type: 'compiler';
      ok: boolean;
      esbuildVersion: string;
      /** Milliseconds since the worker started. */
      at: number;
      error?: string;
    }
  | { type: 'execute_input'; parent: string; executionCount: number; code: string }
  | {
      /**
       * A loader (or a cell's fetch of the app's files) wants a file. The kernel's origin is
       * opaque and its policy lets it reach only the app's origin (web/kernel-client/kernel-sandbox.ts): the
       * page reads its own origin's files at once, asks the user once per other origin,
       * fetches without credentials, and answers with 'fetched'.
       */
      type: 'fetch';
      id: number;
      url: string;
    }
  | {
      /**
       * `plt.savefig()`: the page draws the figure (`figure` is the figure's data, as in its
       * output) with the same renderer as its outputs, at `dpi`, and answers 'rasterized'.
       */
      type: 'rasterize';
      id: number;
      figure: unknown;
      dpi: number;
    }
  | { type: 'variables'; id: number; variables: VariableSummary[] }
  | {
      /** A cell wrote a file into the working directory (np.savetxt): the page keeps it with the notebook's files. */
      type: 'file_written';
      name: string;
      mime: string;
      /** The file's bytes (a copy, transferred). */
      buffer: ArrayBuffer;
    }
  | {
      /** One variable's bundle, as display() would show it; `error` when the name is not defined. */
      type: 'variable';
      id: number;
      name: string;
      data?: MimeBundle;
      error?: string;
    }
  | Output
  | {
      type: 'done';
      parent: string;
      status: DoneStatus;
      executionCount: number | null;
      /** Milliseconds spent compiling (esbuild + transform) and running, when it ran. */
      timings?: { compile: number; run: number };
    };
