/**
 * A way out of long kernels: a matrix product of minutes runs in wasm calls of a fraction
 * of a second each, and between them calls the check the host installed (the notebook
 * kernel's interrupt guard, which throws KeyboardInterrupt when the user pressed Stop), so
 * Stop ends it in place and every variable is kept. Without a host nothing is checked.
 */

let check: (() => void) | null = null;

/**
 * Installs (or, with null, removes) the check; it throws to stop the running kernel.
 *
 * @example
 * setInterruptCheck(() => { if (flag[0] !== 0) throw new Error('stopped'); });
 */
export function setInterruptCheck(fn: (() => void) | null): void {
  check = fn;
}

/**
 * Called by long kernels between chunks of work: throws what the host's check throws.
 *
 * @example
 * for (const chunk of chunks) { run(chunk); checkInterrupt(); }
 */
export function checkInterrupt(): void {
  check?.();
}
