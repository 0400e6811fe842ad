/**
 * np.savetxt against NumPy's own output (test/goldens/savetxt.json, made by
 * make_savetxt_goldens.py): the same text byte for byte (Python's %-formatting of each row,
 * exact digits with ties to even), or the same error; the file goes to the host's files.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { np, NDArray } from '../../runtime/index';
import { setSourceHost } from '../../runtime/source';
import { printf } from '../../runtime/printf';
import { decode } from './stats-goldens';

interface Case { array: unknown; kwargs: Record<string, unknown>; expect: { text?: string; error?: string; message?: string } }
const goldens: { numpy: string; cases: Case[] } = JSON.parse(readFileSync(new URL('../goldens/savetxt.json', import.meta.url), 'utf8'));

/** A host that keeps what is written. */
function memoryHost() {
  const files = new Map<string, string>();
  setSourceHost({ file: () => undefined, base: () => null, write: (path, bytes) => files.set(path, new TextDecoder().decode(bytes)) });
  return files;
}

afterEach(() => setSourceHost(null));

describe(`np.savetxt against NumPy ${goldens.numpy}`, () => {
  it(`writes NumPy's bytes or raises NumPy's error (${goldens.cases.length} cases)`, () => {
    const files = memoryHost();
    const failures: string[] = [];
    goldens.cases.forEach((c, i) => {
      const a = decode(c.array) as NDArray;
      try {
        np.savetxt(`out${i}.txt`, a, c.kwargs as never);
        const text = files.get(`out${i}.txt`);
        if (c.expect.error) failures.push(`#${i}: expected ${c.expect.error}: ${c.expect.message}, wrote ${JSON.stringify(text)}`);
        else if (text !== c.expect.text) failures.push(`#${i} ${JSON.stringify(c.kwargs)}: ${JSON.stringify(text)} != ${JSON.stringify(c.expect.text)}`);
      } catch (e) {
        const err = e as Error;
        if (err.name !== c.expect.error || err.message !== c.expect.message) failures.push(`#${i}: ${err.name}: ${err.message}; expected ${JSON.stringify(c.expect)}`);
      }
    });
    expect(failures).toEqual([]);
  });

  it('without a notebook there is nowhere to write: an OSError', () => {
    expect(() => np.savetxt('x.txt', np.arange(3))).toThrow(/Read-only file system: 'x.txt'/);
  });

  it("printf rounds ties to even and counts its arguments as Python's %", () => {
    const f = (v: number) => ({ v, kind: 'f' as const, type: 'numpy.float64' });
    expect(printf('%.0f %.0f %.1f %.0e', [f(0.5), f(1.5), f(0.25), f(2.5)])).toBe('0 2 0.2 2e+00');
    expect(() => printf('%d %d', [f(1)])).toThrow('not enough arguments for format string');
    expect(() => printf('%d', [f(1), f(2)])).toThrow('not all arguments converted during string formatting');
    expect(printf('%5.1f%%', [f(12.34)])).toBe(' 12.3%');
  });
});
