/**
 * Every case of the NumPy conformance corpus (copied into test/conformance/), checked the
 * way ../shared/conformance/run.mjs checks it: dtype, shape, values (rtol 1e-10), NumPy's
 * str/repr of every array result, and error class and message.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { np, NDArray } from '../../runtime/index';

interface Expect {
  kind: string;
  dtype?: string; shape?: number[]; data?: any[]; repr?: string; str?: string;
  value?: any; items?: Expect[]; type?: string; message?: string;
}
interface Case { id: string; section: string; setup: string; expr: string; expect: Expect; tol?: { rtol?: number; atol?: number } }

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../conformance/${name}`, import.meta.url)), 'utf8');
const cases: Case[] = read('public.jsonl').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const known: Record<string, string> = JSON.parse(read('known-failures.json'));

const INT = new Set(['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']);

function numEq(got: unknown, exp: any, rtol: number, atol: number, integral: boolean): boolean {
  if (typeof exp === 'boolean') return got === exp;
  if (typeof got !== 'number') return false;
  if (exp === 'nan') return Number.isNaN(got);
  if (exp === 'inf') return got === Infinity;
  if (exp === '-inf') return got === -Infinity;
  if (!Number.isFinite(got)) return false;
  return integral ? got === exp : Math.abs(got - exp) <= atol + rtol * Math.abs(exp);
}

const flat = (x: any): any[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);

/** null when `got` meets the expectation, else the reason. */
function compare(e: Expect, got: any, rtol: number, atol: number, exact = true): string | null {
  switch (e.kind) {
    case 'ndarray': {
      if (!(got instanceof NDArray)) return `expected an ndarray, got ${String(got)}`;
      if (got.dtype !== e.dtype) return `dtype ${got.dtype}, expected ${e.dtype}`;
      if (JSON.stringify(got.shape) !== JSON.stringify(e.shape)) return `shape ${JSON.stringify(got.shape)}, expected ${JSON.stringify(e.shape)}`;
      const data = flat(got.tolist());
      const bad = e.data!.findIndex((x, i) => !numEq(data[i], x, rtol, atol, INT.has(e.dtype!)));
      if (bad >= 0) return `data[${bad}] = ${data[bad]}, expected ${e.data![bad]}`;
      // A case with its own tolerance (linear algebra) may differ in the last bits, which
      // scientific notation then prints; its text is not compared.
      if (exact && e.str !== undefined && String(got) !== e.str) return `str ${JSON.stringify(String(got))}, expected ${JSON.stringify(e.str)}`;
      if (exact && e.repr !== undefined && np.array_repr(got) !== e.repr) return `repr ${JSON.stringify(np.array_repr(got))}, expected ${JSON.stringify(e.repr)}`;
      return null;
    }
    case 'number':
      return numEq(got, e.value, rtol, atol, INT.has(e.dtype ?? '')) ? null : `got ${String(got)}, expected ${e.value}`;
    case 'boolean':
    case 'string':
      return got === e.value ? null : `got ${JSON.stringify(got)}, expected ${JSON.stringify(e.value)}`;
    case 'list':
      return JSON.stringify(got) === JSON.stringify(e.value) || listClose(got, e.value, rtol, atol) ? null : `got ${JSON.stringify(got)}, expected ${JSON.stringify(e.value)}`;
    case 'tuple': {
      if (!Array.isArray(got) || got.length !== e.items!.length) return `expected a ${e.items!.length}-item array`;
      for (let i = 0; i < got.length; i++) {
        const r = compare(e.items![i], got[i], rtol, atol, exact);
        if (r) return `[${i}]: ${r}`;
      }
      return null;
    }
    default:
      return `unknown kind ${e.kind}`;
  }
}

function listClose(got: any, exp: any, rtol: number, atol: number): boolean {
  if (Array.isArray(exp)) return Array.isArray(got) && got.length === exp.length && exp.every((x, i) => listClose(got[i], x, rtol, atol));
  return numEq(got, exp, rtol, atol, Number.isInteger(exp) && Number.isInteger(got));
}

function run(c: Case): string | null {
  const rtol = c.tol?.rtol ?? 1e-10;
  const atol = c.tol?.atol ?? 1e-14;
  let value: any;
  try {
    value = new Function('np', `${c.setup}\nreturn (${c.expr});`)(np);
  } catch (err: any) {
    if (c.expect.kind !== 'error') return `threw ${err?.name}: ${err?.message}`;
    if (err?.name !== c.expect.type) return `threw ${err?.name}, expected ${c.expect.type}`;
    return err.message === c.expect.message ? null : `message ${JSON.stringify(err.message)}, expected ${JSON.stringify(c.expect.message)}`;
  } finally {
    np.reset_printoptions();
  }
  if (c.expect.kind === 'error') return `returned, expected ${c.expect.type}`;
  return compare(c.expect, value, rtol, atol, !c.tol);
}

describe('NumPy conformance corpus', () => {
  const results = cases.map((c) => ({ id: c.id, section: c.section, reason: run(c) }));

  it('every case passes (values, dtypes, str/repr, error class and message) but the known failures', () => {
    const unexpected = results.filter((r) => r.reason && !(r.id in known)).map((r) => `${r.id}: ${r.reason}`);
    expect(unexpected).toEqual([]);
  });

  it('known failures still fail (remove an id from known-failures.json once it passes)', () => {
    const fixed = results.filter((r) => !r.reason && r.id in known).map((r) => r.id);
    expect(fixed).toEqual([]);
  });

  it('every tutorial section passes in full', () => {
    const tutorial = results.filter((r) => cases.find((c) => c.id === r.id)!.id.startsWith('tut.'));
    expect(tutorial.filter((r) => r.reason).map((r) => r.id)).toEqual([]);
  });
});
