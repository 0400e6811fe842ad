/**
 * Running cells with IPython's semantics, independent of how requests arrive (kernel.ts
 * speaks the protocol; tests call this directly): an execution count per run, compile,
 * declare the cell's names in the namespace, run, the last expression's value as the
 * result (`_` holds it), errors as tracebacks into the user's TypeScript, and interrupt.
 */
import { compileCell, CompileError, type CompiledCell, type Esbuild } from './compile';
import { declareNames, recordResult, RedeclarationError } from './scope';
import { Interrupter, KeyboardInterrupt } from './interrupt';
import { errorParts, compileErrorParts, type CellRecord, type ErrorParts } from './traceback';
import { operatorHelpers, type OperatorHelpers } from './operator-helpers';
import { floorDivisionWarnings } from './python';
import { setInterruptCheck } from '../runtime/interrupt';

/** What a run reports, in order: input (count), then result or error. */
export interface RunHooks {
  /** Milliseconds compiling and running, reported last. */
  timings?(compile: number, run: number): void;
  input?(executionCount: number): void;
  result?(value: unknown, executionCount: number): void;
  error?(parts: ErrorParts): void;
  /** A warning about the cell's code (stderr), before it runs. */
  warning?(text: string): void;
}

/** Cells kept for tracebacks (closures from old cells can still throw). */
const KEEP_CELLS = 1000;

// Captured at load: a cell may rebind the globals (they are protected, but be safe).
const indirectEval = eval;

type CellFunction = (helpers: Helpers, flag: Int32Array) => Promise<{ value: unknown } | undefined>;

/** What cell code calls: the interrupt guard's slow path, `import`, and NumPy's operators. */
export interface Helpers extends OperatorHelpers {
  check(): void;
  import(specifier: string): Promise<unknown>;
}

export class Executor {
  /** Execution count of the last run (IPython's In[n]); 0 before the first. */
  count = 0;
  private readonly cells = new Map<string, CellRecord>();
  private readonly helpers: Helpers;
  /** Rejects the awaiting cell (interrupt by message: the cell yielded, so no guard runs). */
  private stop: ((e: Error) => void) | null = null;

  /**
   * @param esbuild esbuild, or its initialisation still under way (plain-JavaScript cells
   *   do not wait for it)
   * @param modules what `import ... from 'name'` gives for bare names the kernel provides
   *   ('numbook'); other specifiers are loaded with dynamic import().
   */
  constructor(
    private readonly esbuild: Esbuild | Promise<Esbuild>,
    readonly interrupter: Interrupter,
    private readonly modules: Record<string, unknown> = {},
  ) {
    // np's long kernels (a large matrix product) check between chunks of work, as loops do
    setInterruptCheck(() => void (this.interrupter.flag[0] !== 0 && this.interrupter.check()));
    this.helpers = {
      ...operatorHelpers,
      check: () => this.interrupter.check(),
      import: (spec) => (spec in this.modules ? Promise.resolve(this.modules[spec]) : import(/* @vite-ignore */ spec)),
    };
  }

  /** The compiled cell that V8 names `url` in stack traces. */
  readonly lookup = (url: string): CellRecord | undefined => this.cells.get(url);

  /**
   * Runs one cell; resolves to 'ok' or 'error' (never rejects). Without `storeHistory`
   * (Jupyter's store_history: code the page runs for itself, an exercise's checks) the
   * count stays (reported as it is) and `_` is kept.
   */
  async run(code: string, seq: number, hooks: RunHooks = {}, { storeHistory = true }: { storeHistory?: boolean } = {}): Promise<'ok' | 'error'> {
    const count = storeHistory ? ++this.count : this.count;
    const t0 = performance.now();
    let t1 = t0;
    hooks.input?.(count);
    const url = storeHistory ? `numbook-cell-${count}.js` : `numbook-silent-${seq}.js`;
    let compiled: CompiledCell;
    try {
      compiled = await compileCell(this.esbuild, code, storeHistory ? `Cell In[${count}]` : 'Check', url);
    } catch (e) {
      hooks.error?.(e instanceof CompileError ? compileErrorParts(e, count) : errorParts(e, this.lookup));
      return 'error';
    }
    t1 = performance.now();
    if (hooks.warning && code.includes('//')) for (const w of floorDivisionWarnings(code, count)) hooks.warning(w);
    this.cells.set(url, { count, compiled });
    if (this.cells.size > KEEP_CELLS) this.cells.delete(this.cells.keys().next().value!);

    try {
      declareNames(compiled.names);
      const fn = indirectEval(compiled.code) as CellFunction;
      this.interrupter.begin(seq);
      const stopped = new Promise<never>((_, reject) => (this.stop = reject));
      const running = fn(this.helpers, this.interrupter.flag);
      // After an interrupt by message the cell may still reject later: nobody waits then.
      running.catch(() => {});
      const out = await Promise.race([running, stopped]);
      if (out && out.value !== undefined) {
        if (storeHistory) recordResult(out.value);
        hooks.result?.(out.value, count);
      }
      return 'ok';
    } catch (e) {
      if (e instanceof RedeclarationError) hooks.error?.({ ename: e.name, evalue: e.message, traceback: [`  Cell In[${count}]`, `${e.name}: ${e.message}`] });
      else hooks.error?.(errorParts(e, this.lookup));
      return 'error';
    } finally {
      this.stop = null;
      this.interrupter.end();
      hooks.timings?.(t1 - t0, performance.now() - t1);
    }
  }

  /** Interrupts the running cell if it is awaiting (a blocked one is stopped by the flag). */
  interruptAwaiting(): void {
    this.stop?.(new KeyboardInterrupt());
  }
}
