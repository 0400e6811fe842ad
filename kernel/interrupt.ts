/**
 * Interrupting a running cell without losing the kernel, as Python's KeyboardInterrupt.
 *
 * A cell that blocks the worker (`while (true) {}`) never lets a message in, so the page
 * cannot ask it to stop by postMessage. Instead page and worker share one Int32 of memory:
 * the page stores there the `seq` of the request it wants stopped, and the compiler puts a
 * guard at the top of every loop body and function body of cell code
 * (`$nbI$[0] !== 0 && $nb$.check()`: one load and compare while nothing is asked). The
 * guard throws KeyboardInterrupt inside the cell; variables defined so far stay.
 *
 * Why a seq and not a boolean: a stale request (for a cell that ended before the guard
 * saw it) must not stop the next cell, and a request for a cell the worker has not yet
 * started must not be lost. Shared memory needs cross-origin isolation; without it the
 * flag is a private array that stays 0, and the page falls back to a restart.
 */

/** Python's KeyboardInterrupt: the user stopped the cell. */
export class KeyboardInterrupt extends Error {
  override name = 'KeyboardInterrupt';
  constructor(message = 'the cell was interrupted; every variable is kept') {
    super(message);
  }
}

export class Interrupter {
  /** The shared word: 0, or the seq of the request to stop. */
  readonly flag: Int32Array;
  /** Whether the page can set `flag` while the worker is blocked. */
  readonly shared: boolean;
  /** Seq of the running request (0 when none). */
  private current = 0;
  /** Seq of the last request started: flags at or below it, not current, are stale. */
  private last = 0;

  constructor(buffer: SharedArrayBuffer | null) {
    this.shared = buffer !== null;
    this.flag = new Int32Array(buffer ?? new ArrayBuffer(4));
  }

  /** Starts request `seq`; throws KeyboardInterrupt if it was interrupted before it began. */
  begin(seq: number): void {
    this.current = seq;
    this.last = Math.max(this.last, seq);
    const v = Atomics.load(this.flag, 0);
    if (v === seq) throw new KeyboardInterrupt();
    if (v !== 0 && v < seq) Atomics.compareExchange(this.flag, 0, v, 0);
  }

  /**
   * The guard's slow path: the flag is set. Throws when it names the running request; the
   * flag stays set until the cell ends, so a `catch` in the cell cannot swallow it for good.
   */
  check(): void {
    const v = Atomics.load(this.flag, 0);
    if (v === 0) return;
    if (v === this.current) throw new KeyboardInterrupt();
    // No cell runs, yet code does (a timer a cell left) and blocks a request the page
    // wants stopped: stop this code (the request then starts interrupted).
    if (this.current === 0 && v > this.last) throw new KeyboardInterrupt('background code of an earlier cell was interrupted');
    if (v <= this.last) Atomics.compareExchange(this.flag, 0, v, 0);
  }

  /** Ends the running request and clears a flag that named it. */
  end(): void {
    Atomics.compareExchange(this.flag, 0, this.current, 0);
    this.current = 0;
  }
}
