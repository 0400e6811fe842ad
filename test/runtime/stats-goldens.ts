/**
 * The runner for test/goldens/stats.json (made by test/goldens/make_stats_goldens.py with
 * NumPy 2.4), shared by the statistics, logic and elementwise tests: decodes the cases'
 * arguments, calls np, and compares dtype, shape and values bit for bit (or NumPy's error
 * class and message).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { np, NDArray } from '../../runtime/index';

export type Num = number | string | boolean;
export interface NdJson { nd: { dtype: string; shape: number[]; data: Num[] } }
export interface Case { fn: string; args: unknown[]; kwargs: Record<string, unknown>; expect: any; tol?: number }
export const goldens: { numpy: string; inputs: Record<string, NdJson>; cases: Case[] } = JSON.parse(
  readFileSync(new URL('../goldens/stats.json', import.meta.url), 'utf8'),
);

export const num = (v: Num): number | boolean =>
  v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === '-0' ? -0 : (v as number | boolean);

export function decode(v: unknown): any {
  if (Array.isArray(v)) return v.map(decode);
  if (v === 'nan' || v === 'inf' || v === '-inf' || v === '-0') return num(v);
  if (v !== null && typeof v === 'object') {
    if ('ref' in v) return decode(goldens.inputs[(v as { ref: string }).ref]);
    if ('nd' in v) {
      const { dtype, shape, data } = (v as NdJson).nd;
      const flat = np.array(data.map(num) as number[], { dtype });
      return flat.reshape(shape);
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

export function call(c: Case): unknown {
  const args = c.args.map(decode);
  const fn = (np as any)[c.fn];
  if (typeof fn !== 'function') throw new Error(`np.${c.fn} is missing`);
  return Object.keys(c.kwargs).length ? fn(...args, decode(c.kwargs)) : fn(...args);
}

export function same(got: number, want: number, tol: number): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (tol === 0 || !Number.isFinite(want)) return Object.is(got, want);
  return Math.abs(got - want) <= tol * Math.max(Math.abs(want), 1e-300) + 1e-300;
}

/** Null when the result matches, else why not. */
export function check(got: unknown, want: any, tol: number, at = 'result'): string | null {
  if ('nd' in want) {
    if (!(got instanceof NDArray)) return `${at}: expected an ndarray, got ${String(got)}`;
    const { shape, data } = want.nd as NdJson['nd'];
    // No float16 here: NumPy's float16 results are float32 (README, differences).
    const dtype = want.nd.dtype === 'float16' ? 'float32' : want.nd.dtype;
    if (want.nd.dtype === 'float16') tol = Math.max(tol, 1e-3);
    if (got.dtype !== dtype) return `${at}: dtype ${got.dtype}, expected ${dtype}`;
    if (JSON.stringify(got.shape) !== JSON.stringify(shape)) return `${at}: shape [${got.shape}], expected [${shape}]`;
    for (let i = 0; i < data.length; i++) {
      const g = got.flatGet(i);
      const w = num(data[i]);
      const ok = typeof w === 'boolean' ? (g !== 0) === w : same(g, w, tol);
      if (!ok) return `${at}[${i}]: ${g}, expected ${w}`;
    }
    return null;
  }
  if ('scalar' in want) {
    const w = num(want.scalar);
    if (typeof w === 'boolean') return got === w ? null : `${at}: ${String(got)}, expected ${w}`;
    if (typeof got !== 'number') return `${at}: expected a number, got ${String(got)}`;
    return same(got, w, tol) ? null : `${at}: ${got}, expected ${w}`;
  }
  if ('bool' in want) return got === want.bool ? null : `${at}: ${String(got)}, expected ${want.bool}`;
  if ('str' in want) return got === want.str ? null : `${at}: ${JSON.stringify(got)}, expected ${JSON.stringify(want.str)}`;
  if ('tuple' in want) {
    if (!Array.isArray(got) || got.length !== want.tuple.length) return `${at}: expected a ${want.tuple.length}-tuple`;
    for (let i = 0; i < got.length; i++) {
      const r = check(got[i], want.tuple[i], tol, `${at}[${i}]`);
      if (r) return r;
    }
    return null;
  }
  return `${at}: unknown expectation`;
}

export function runCase(c: Case): string | null {
  const tol = c.tol ?? 0;
  if ('error' in c.expect) {
    try {
      const v = call(c);
      return `expected ${c.expect.error} but got ${String(v)}`;
    } catch (e) {
      const err = e as Error;
      // The goldens record UFuncTypeError under its base class, TypeError.
      const name = err.name === 'UFuncTypeError' ? 'TypeError' : err.name;
      if (name !== c.expect.error) return `threw ${err.name}: ${err.message}; expected ${c.expect.error}: ${c.expect.message}`;
      return err.message === c.expect.message ? null : `message ${JSON.stringify(err.message)}, expected ${JSON.stringify(c.expect.message)}`;
    }
  }
  let got: unknown;
  try {
    got = call(c);
  } catch (e) {
    return `threw ${(e as Error).name}: ${(e as Error).message}`;
  }
  return check(got, c.expect, tol);
}

export function goldenSuite(fns: readonly string[], looseFns: readonly string[] = []): void {
  const byFn = new Map<string, Case[]>();
  for (const c of goldens.cases) if (fns.includes(c.fn)) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  for (const [fn, cs] of byFn) {
    it(`np.${fn} matches NumPy ${goldens.numpy} (${cs.length} cases)`, () => {
      const failures = cs
        .map((c) => [c, runCase(looseFns.includes(fn) ? { ...c, tol: c.tol ?? 1e-13 } : c)] as const)
        .filter(([, r]) => r !== null)
        .map(([c, r]) => `${c.fn}(${JSON.stringify(c.args).slice(0, 80)}, ${JSON.stringify(c.kwargs)}): ${r}`);
      expect(failures).toEqual([]);
    });
  }
}
// ---------------------------------------------------------------------------------------------
