/**
 * Reading what a check program (program.ts) sent back: the report in its result's MIME
 * bundle, or why there is none (the program failed: a check that does not compile).
 */
import type { Output } from '../../kernel/protocol';
import type { CheckOutcome } from './format';
import { REPORT_MIME } from './program';

export interface CheckReport {
  exercise: string;
  results: CheckOutcome[];
  passed: number;
  total: number;
  points: number;
  max: number;
}

/** The report a check program's outputs carry, or an Error saying why the checks could not run. */
export function reportOf<T = CheckReport>(outputs: readonly Output[]): T | Error {
  for (const o of outputs) if ((o.type === 'result' || o.type === 'display') && o.data[REPORT_MIME]) return o.data[REPORT_MIME] as T;
  const err = outputs.find((o) => o.type === 'error');
  if (err && err.type === 'error') return new Error(`the checks could not run: ${err.ename}: ${err.evalue}`);
  return new Error('the checks could not run: they reported nothing');
}
