/**
 * Runs cells in Node through the kernel's executor (esbuild-wasm's Node build, the global
 * object as namespace, as in the worker), collecting what each run reports.
 */
import * as esbuild from 'esbuild-wasm';
import { Executor } from '../../kernel/execute';
import { Interrupter } from '../../kernel/interrupt';
import type { ErrorParts } from '../../kernel/traceback';
import { provide } from '../../kernel/scope';
import { np } from '../../runtime/index';

export interface Run {
  status: 'ok' | 'error';
  count: number;
  value?: unknown;
  hasValue: boolean;
  error?: ErrorParts;
}

export function makeRunner() {
  provide('np', np);
  const ex = new Executor(esbuild, new Interrupter(null), { numbook: { np, default: np } });
  let seq = 0;
  return {
    executor: ex,
    async run(code: string): Promise<Run> {
      const r: Run = { status: 'ok', count: 0, hasValue: false };
      r.status = await ex.run(code, ++seq, {
        input: (n) => (r.count = n),
        result: (v) => {
          r.value = v;
          r.hasValue = true;
        },
        error: (e) => (r.error = e),
      });
      return r;
    },
    /** Runs and returns the value, failing with the traceback on error. */
    async value(code: string): Promise<unknown> {
      const r = await this.run(code);
      if (r.status !== 'ok') throw new Error(r.error!.traceback.join('\n'));
      return r.value;
    },
  };
}
