/**
 * The kernel's message protocol: the only thing web/ and kernel/ share. Request and reply
 * types, nothing else. Names follow Jupyter's messaging so saving to .ipynb maps directly.
 */

/** A request from the page to the kernel worker. */
export type ToKernel = { type: 'execute'; id: string; code: string };

/** A message from the kernel worker to the page. */
export type FromKernel =
  | { type: 'status'; state: 'starting' | 'idle' | 'busy' }
  | { type: 'result'; parent: string; data: { 'text/plain': string } }
  | { type: 'error'; parent: string; ename: string; evalue: string };
